#pragma once

#include <QObject>
#include <QSet>

namespace CityAtlas {

// The selected features (table rows) of the current layer, shared by the map, the attribute
// table and the charts: each view changes it and follows its changed() signal; no view
// talks to another.
class FeatureSelection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const QSet<int> &rows() const { return m_rows; }
    bool contains(int row) const { return m_rows.contains(row); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Where the selected rows stand in rows (e.g. a chart's units): their indices there.
    QList<int> indicesIn(const QList<int> &rows) const;

    void setRows(const QSet<int> &rows);
    void toggle(int row);
    void add(const QSet<int> &rows);
    void clear() { setRows({}); }

signals:
    void changed(const QSet<int> &rows);

private:
    QSet<int> m_rows;
};

} // namespace CityAtlas
