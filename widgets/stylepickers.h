#pragma once

#include "maps/style/choropleth.h"
#include "widgets/fieldcombo.h"

#include <QObject>

class QCheckBox;
class QSpinBox;

namespace CityAtlas {

class MethodCombo;
class RampCombo;

// The pickers of a style: field, method, number of classes, colour ramp, reverse. The
// toolbar row (ChoroplethControls) and the style dialog lay them out their own way.
class StylePickers : public QObject
{
    Q_OBJECT

public:
    StylePickers(FieldCombo::Kind fieldKind, QWidget *parent);

    FieldCombo *field() const { return m_field; }
    MethodCombo *method() const { return m_method; }
    QSpinBox *classes() const { return m_classes; }
    RampCombo *ramp() const { return m_ramp; }
    QCheckBox *reversed() const { return m_reversed; }

    ChoroplethSpec spec() const; // without breaks: those are the caller's
    void setSpec(const ChoroplethSpec &spec);

signals:
    void changed(); // whenever the user (or setSpec) changes a picker

private:
    FieldCombo *m_field;
    MethodCombo *m_method;
    QSpinBox *m_classes;
    RampCombo *m_ramp;
    QCheckBox *m_reversed;
};

} // namespace CityAtlas
