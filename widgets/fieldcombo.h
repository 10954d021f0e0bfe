#pragma once

#include "maps/data/featuretable.h"
#include "maps/data/unitnames.h"

#include <QComboBox>

namespace CityAtlas {

// A combo box listing a layer's fields of one kind, with their readable captions.
// currentField() is the field name; an optional "(none)" entry gives an empty name.
class FieldCombo : public QComboBox
{
    Q_OBJECT

public:
    enum class Kind { Numeric, Text, NumericOrText };

    FieldCombo(Kind kind, bool allowNone, QWidget *parent = nullptr);
    void setTable(const FeatureTable &table, const QString &preferred = {});
    QString currentField() const { return currentData().toString(); }

private:
    Kind m_kind;
    bool m_allowNone;
};

} // namespace CityAtlas
