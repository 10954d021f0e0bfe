#pragma once

#include "maps/data/featuretable.h"
#include "maps/style/choropleth.h"

#include <QWidget>

namespace CityAtlas {

class StylePickers;

// The field, classification and colour pickers of a choropleth, in one row. Manual breaks
// are typed in the style dialog (StyleDialog); the row keeps those of the last setSpec().
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

    StylePickers *m_pickers;
    QList<double> m_breaks; // manual breaks of the last setSpec(), typed in the style dialog
    bool m_updating = false;
};

} // namespace CityAtlas
