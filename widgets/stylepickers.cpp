#include "widgets/stylepickers.h"

#include "widgets/methodcombo.h"
#include "widgets/rampcombo.h"

#include <QCheckBox>
#include <QSpinBox>

namespace CityAtlas {

StylePickers::StylePickers(FieldCombo::Kind fieldKind, QWidget *parent)
    : QObject(parent)
    , m_field(new FieldCombo(fieldKind, false, parent))
    , m_method(new MethodCombo(parent))
    , m_classes(new QSpinBox(parent))
    , m_ramp(new RampCombo(parent))
    , m_reversed(new QCheckBox(tr("Reverse"), parent))
{
    m_classes->setValue(5);
    connect(m_field, &QComboBox::currentIndexChanged, this, &StylePickers::changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, &StylePickers::changed);
    connect(m_classes, &QSpinBox::valueChanged, this, &StylePickers::changed);
    connect(m_ramp, &QComboBox::currentIndexChanged, this, &StylePickers::changed);
    connect(m_reversed, &QCheckBox::toggled, this, &StylePickers::changed);
}

ChoroplethSpec StylePickers::spec() const
{
    ChoroplethSpec spec;
    spec.field = m_field->currentField();
    spec.method = m_method->currentMethod();
    spec.classCount = m_classes->value();
    spec.ramp = m_ramp->currentRamp();
    spec.reversed = m_reversed->isChecked();
    return spec;
}

void StylePickers::setSpec(const ChoroplethSpec &spec)
{
    m_field->setCurrentIndex(std::max(0, m_field->findData(spec.field)));
    m_method->setCurrentMethod(spec.method);
    m_classes->setValue(spec.classCount);
    m_ramp->setCurrentRamp(spec.ramp);
    m_reversed->setChecked(spec.reversed);
}

} // namespace CityAtlas
