#include "widgets/choroplethcontrols.h"

#include "widgets/methodcombo.h"
#include "widgets/rampcombo.h"
#include "widgets/stylepickers.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace CityAtlas {

ChoroplethControls::ChoroplethControls(QWidget *parent)
    : QWidget(parent)
    , m_pickers(new StylePickers(FieldCombo::Kind::Numeric, this))
{
    m_pickers->field()->setToolTip(tr("Numeric field shown on the map"));
    m_pickers->field()->setMinimumContentsLength(30); // "Population density 2022 (people per km²)" reads whole
    m_pickers->classes()->setRange(2, 9);
    m_pickers->classes()->setToolTip(tr("Number of classes"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(new QLabel(tr("Field:"), this));
    layout->addWidget(m_pickers->field(), 2);
    layout->addWidget(new QLabel(tr("Classes:"), this));
    layout->addWidget(m_pickers->method(), 1);
    layout->addWidget(m_pickers->classes());
    layout->addWidget(new QLabel(tr("Colours:"), this));
    layout->addWidget(m_pickers->ramp(), 1);
    layout->addWidget(m_pickers->reversed());

    connect(m_pickers, &StylePickers::changed, this, &ChoroplethControls::emitChanged);
}

void ChoroplethControls::setFields(const FeatureTable &table, const QString &preferred)
{
    m_updating = true;
    m_pickers->field()->setTable(table, preferred);
    m_updating = false;
    emitChanged();
}

ChoroplethSpec ChoroplethControls::spec() const
{
    ChoroplethSpec spec = m_pickers->spec();
    spec.breaks = m_breaks;
    return spec;
}

void ChoroplethControls::setSpec(const ChoroplethSpec &spec)
{
    m_updating = true;
    FieldCombo *field = m_pickers->field();
    if (field->findData(spec.field) < 0 && !spec.field.isEmpty())
        field->addItem(spec.field, spec.field); // a text field, styled by unique values in the style dialog
    m_pickers->setSpec(spec);
    m_breaks = spec.breaks;
    m_updating = false;
    emitChanged();
}

void ChoroplethControls::emitChanged()
{
    if (!m_updating && m_pickers->field()->count() > 0)
        emit specChanged(spec());
}

} // namespace CityAtlas
