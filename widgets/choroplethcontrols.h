#pragma once

#include "maps/data/featuretable.h"
#include "maps/style/choropleth.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace CityAtlas {

class FieldCombo;

// The field, classification and colour pickers of a choropleth, in one row.
class ChoroplethControls : public QWidget
{
    Q_OBJECT

public:
    explicit ChoroplethControls(QWidget *parent = nullptr);

    // Offers the table's numeric fields; keeps the current field when it still exists.
    void setFields(const FeatureTable &table, const QString &preferred = {});
    ChoroplethSpec spec() const;
    void setSpec(const ChoroplethSpec &spec);

signals:
    void specChanged(const CityAtlas::ChoroplethSpec &spec);

private:
    void emitChanged();

    FieldCombo *m_field;
    QComboBox *m_method;
    QSpinBox *m_classes;
    QComboBox *m_ramp;
    QCheckBox *m_reversed;
    bool m_updating = false;
};

} // namespace CityAtlas
