#pragma once

#include "widgets/charts/themedchartview.h"

#include <QList>
#include <QString>

class QScatterSeries;

namespace CityAtlas {

// One unit's rank under uncertainty: its rank with the chosen weights and methods, and the
// median and 5–95 % interval of its rank over Monte Carlo draws.
struct RankInterval
{
    QString name;
    double rank = 0.0;   // nominal
    double median = 0.0;
    double lower = 0.0;  // 5th percentile
    double upper = 0.0;  // 95th percentile
};

// The rank-interval ("caterpillar") chart: one row per unit, sorted by median rank, best at
// the top; a bar from the 5th to the 95th percentile rank, a dot at the median and a diamond
// at the nominal rank. Long bars are the units whose place depends on the weighting choices.
class RankIntervalChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit RankIntervalChart(QWidget *parent = nullptr);
    // Sorts by median rank (then nominal rank); unitCount is the number of ranked units (the
    // rank axis runs 1..unitCount). Returns the order: position → index into `intervals`.
    QList<int> setIntervals(const QList<RankInterval> &intervals, int unitCount, const QString &title);
    void clear(const QString &title);
    int intervalCount() const { return int(m_order.size()); }
    // Marks these units (indices into the intervals given) as selected.
    void setHighlighted(const QList<int> &indices);

signals:
    void unitClicked(int index); // index into the intervals given

private:
    QList<int> m_order;        // position (0 = best) → index into the intervals
    QList<RankInterval> m_intervals;
    QScatterSeries *m_selected = nullptr;
};

} // namespace CityAtlas
