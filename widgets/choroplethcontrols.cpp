#include "widgets/choroplethcontrols.h"

#include "widgets/fieldcombo.h"
#include "widgets/methodcombo.h"
#include "widgets/rampcombo.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace CityAtlas {

ChoroplethControls::ChoroplethControls(QWidget *parent)
    : QWidget(parent)
    , m_field(new FieldCombo(FieldCombo::Kind::Numeric, false, this))
    , m_method(new MethodCombo(this))
    , m_classes(new QSpinBox(this))
    , m_ramp(new RampCombo(this))
    , m_reversed(new QCheckBox(tr("Reverse"), this))
{
    m_field->setToolTip(tr("Numeric field shown on the map"));
    m_classes->setRange(2, 9);
    m_classes->setValue(5);
    m_classes->setToolTip(tr("Number of classes"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(new QLabel(tr("Field:"), this));
    layout->addWidget(m_field, 2);
    layout->addWidget(new QLabel(tr("Classes:"), this));
    layout->addWidget(m_method, 1);
    layout->addWidget(m_classes);
    layout->addWidget(new QLabel(tr("Colours:"), this));
    layout->addWidget(m_ramp, 1);
    layout->addWidget(m_reversed);

    connect(m_field, &QComboBox::currentIndexChanged, this, &ChoroplethControls::emitChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ChoroplethControls::emitChanged);
    connect(m_classes, &QSpinBox::valueChanged, this, &ChoroplethControls::emitChanged);
    connect(m_ramp, &QComboBox::currentIndexChanged, this, &ChoroplethControls::emitChanged);
    connect(m_reversed, &QCheckBox::toggled, this, &ChoroplethControls::emitChanged);
}

void ChoroplethControls::setFields(const FeatureTable &table, const QString &preferred)
{
    m_updating = true;
    m_field->setTable(table, preferred);
    m_updating = false;
    emitChanged();
}

ChoroplethSpec ChoroplethControls::spec() const
{
    ChoroplethSpec spec;
    spec.field = m_field->currentField();
    spec.method = m_method->currentMethod();
    spec.classCount = m_classes->value();
    spec.ramp = m_ramp->currentRamp();
    spec.reversed = m_reversed->isChecked();
    spec.breaks = m_breaks;
    return spec;
}

void ChoroplethControls::setSpec(const ChoroplethSpec &spec)
{
    m_updating = true;
    if (m_field->findData(spec.field) < 0 && !spec.field.isEmpty())
        m_field->addItem(spec.field, spec.field); // a text field, styled by unique values in the style dialog
    m_field->setCurrentIndex(std::max(0, m_field->findData(spec.field)));
    m_method->setCurrentMethod(spec.method);
    m_classes->setValue(spec.classCount);
    m_ramp->setCurrentRamp(spec.ramp);
    m_breaks = spec.breaks;
    m_reversed->setChecked(spec.reversed);
    m_updating = false;
    emitChanged();
}

void ChoroplethControls::emitChanged()
{
    if (!m_updating && m_field->count() > 0)
        emit specChanged(spec());
}

} // namespace CityAtlas
