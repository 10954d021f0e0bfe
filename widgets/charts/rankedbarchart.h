#pragma once

#include "widgets/charts/themedchartview.h"

#include <QList>
#include <QStringList>

class QBarSet;

namespace CityAtlas {

// Composite scores as horizontal bars, best unit at the top: the ranking of an evaluation.
// Clicking a bar reports its index (in the order given).
class RankedBarChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit RankedBarChart(QWidget *parent = nullptr);
    // names and scores best first; labels are "rank. name".
    void setScores(const QStringList &names, const QList<double> &scores, const QList<int> &ranks, const QString &title,
                   const QString &scoreTitle);
    void clear(const QString &title);
    int barCount() const;
    // Marks these bars (indices in the order given) as selected.
    void setHighlighted(const QList<int> &indices);

signals:
    void barClicked(int index);

private:
    QBarSet *m_set = nullptr;
};

} // namespace CityAtlas
