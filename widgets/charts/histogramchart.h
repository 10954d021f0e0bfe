#pragma once

#include "maps/style/fieldhistogram.h"
#include "widgets/charts/themedchartview.h"

#include <QPointer>

class QLineSeries;
class QAreaSeries;

namespace CityAtlas {

class FeatureSelection;

// A field's histogram (FieldHistogram), each bin drawn in its class colour, with the class
// breaks as vertical lines. Linked to the shared selection: clicking a bin selects its units
// (Shift+click adds them, clicking beside the bins clears), and the selected units of each
// bin are drawn over it. With editable breaks, a break line can be dragged (breakMoved()).
class HistogramChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit HistogramChart(QWidget *parent = nullptr);

    void setSelection(FeatureSelection *selection);
    // binColors: one per bin; breaks: the x of each line (inner class bounds).
    void setHistogram(const FieldHistogram &histogram, const QList<QColor> &binColors, const QList<double> &breaks,
                      const QString &title);
    void setBreaksEditable(bool editable) { m_breaksEditable = editable; }

    // How the bins were chosen, e.g. "Bins: 12 of width 250 (Freedman–Diaconis: 2·IQR·n^(−1/3))";
    // shown as the value axis's title.
    static QString binRuleText(const FieldHistogram &histogram);

    const FieldHistogram &histogram() const { return m_histogram; }
    QList<double> breakLines() const;      // x of the break lines as drawn
    QList<int> highlightedCounts() const;  // per bin, the selected units drawn over it
    QPoint positionOf(QPointF value) const; // widget coordinates of a point in chart values
    QPointF valueAt(QPoint position) const;

signals:
    void breakMoved(int index, double value);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void showSelection();
    QLineSeries *addLine(double x, const QPen &pen);
    int breakNear(QPoint position) const;
    double dragLimit(int index, bool upper) const;

    FieldHistogram m_histogram;
    QPointer<FeatureSelection> m_selection;
    QList<QLineSeries *> m_breakSeries;
    QList<QAreaSeries *> m_highlights; // one per bin, zero height when nothing is selected
    double m_top = 1.0;
    bool m_breaksEditable = false;
    int m_dragged = -1;
};

} // namespace CityAtlas
