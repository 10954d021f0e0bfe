#include "widgets/choroplethcontrols.h"

#include "maps/style/colorramp.h"
#include "widgets/fieldcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>

namespace CityAtlas {
namespace {

QIcon rampIcon(const QString &name)
{
    QPixmap pixmap(48, 12);
    QPainter painter(&pixmap);
    const QList<QColor> colors = ColorRamp::byName(name).colors(6);
    for (int i = 0; i < colors.size(); ++i)
        painter.fillRect(i * 8, 0, 8, 12, colors[i]);
    return QIcon(pixmap);
}

} // namespace

ChoroplethControls::ChoroplethControls(QWidget *parent)
    : QWidget(parent)
    , m_field(new FieldCombo(FieldCombo::Kind::Numeric, false, this))
    , m_method(new QComboBox(this))
    , m_classes(new QSpinBox(this))
    , m_ramp(new QComboBox(this))
    , m_reversed(new QCheckBox(tr("Reverse"), this))
{
    m_field->setToolTip(tr("Numeric field shown on the map"));
    m_method->addItem(tr("Quantile"), int(ClassificationMethod::Quantile));
    m_method->addItem(tr("Equal interval"), int(ClassificationMethod::EqualInterval));
    m_method->addItem(tr("Natural breaks (Jenks)"), int(ClassificationMethod::NaturalBreaks));
    m_method->addItem(tr("Standard deviation"), int(ClassificationMethod::StdDev));
    m_classes->setRange(2, 9);
    m_classes->setValue(5);
    m_classes->setToolTip(tr("Number of classes"));
    m_ramp->setIconSize(QSize(48, 12));
    for (const QString &name : ColorRamp::names())
        m_ramp->addItem(rampIcon(name), name);

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
    spec.method = ClassificationMethod(m_method->currentData().toInt());
    spec.classCount = m_classes->value();
    spec.ramp = m_ramp->currentText();
    spec.reversed = m_reversed->isChecked();
    return spec;
}

void ChoroplethControls::setSpec(const ChoroplethSpec &spec)
{
    m_updating = true;
    m_field->setCurrentIndex(std::max(0, m_field->findData(spec.field)));
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(spec.method))));
    m_classes->setValue(spec.classCount);
    m_ramp->setCurrentIndex(std::max(0, m_ramp->findText(spec.ramp)));
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
