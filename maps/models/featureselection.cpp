#include "maps/models/featureselection.h"

namespace CityAtlas {

void FeatureSelection::setRows(const QSet<int> &rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    emit changed(m_rows);
}

void FeatureSelection::toggle(int row)
{
    QSet<int> rows = m_rows;
    if (!rows.remove(row))
        rows.insert(row);
    setRows(rows);
}

QList<int> FeatureSelection::indicesIn(const QList<int> &rows) const
{
    QList<int> indices;
    for (int i = 0; i < rows.size(); ++i)
        if (m_rows.contains(rows[i]))
            indices << i;
    return indices;
}

void FeatureSelection::add(const QSet<int> &rows)
{
    setRows(m_rows | rows);
}

} // namespace CityAtlas
