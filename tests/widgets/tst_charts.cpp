// The analysis charts at the sizes they get in the main window's docks: round tick steps from
// the room the axes have, so that no tick label is elided ("…"); the Moran scatter plot's axes
// from the data; the histogram's stated bin rule.
#include "widgets/charts/histogramchart.h"
#include "widgets/charts/lorenzchart.h"
#include "widgets/charts/moranscatterchart.h"

#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QValueAxis>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

// Every text the chart's scene draws (titles, tick labels).
QStringList texts(QChartView &view)
{
    QStringList list;
    for (QGraphicsItem *item : view.scene()->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            list << text->toPlainText();
    return list;
}

// The chart's title, axis titles and legend names: what is not a tick label.
QStringList titlesOf(QChartView &view)
{
    QStringList titles{view.chart()->title()};
    for (QAbstractAxis *axis : view.chart()->axes())
        titles << axis->titleText();
    for (QAbstractSeries *series : view.chart()->series())
        titles << series->name();
    return titles;
}

QValueAxis *valueAxis(QChartView &view, Qt::Orientation orientation)
{
    return qobject_cast<QValueAxis *>(view.chart()->axes(orientation).value(0));
}

// A scatter whose values reach z = 5.2 and lag = -1.8 (the shape of the provinces' density:
// one far outlier, lags much smaller).
MoranScatter skewedScatter()
{
    MoranScatter s;
    s.z = {5.2, -0.6, -0.4, -0.5, 0.3, -0.7, 0.1, -0.2, -0.9, -0.8};
    s.lag = {0.4, 1.2, -0.3, -1.8, 0.2, -0.1, 0.5, -0.6, 0.1, 0.3};
    s.slope = 0.12;
    return s;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    // Round steps: labels 60 px apart over 300 px leave 5 intervals; 100 / 5 = 20.
    // 11.4 over 200 px, labels 40 px apart: 5 intervals of 2.28, rounded up to 2.5.
    // 0..1 printed with one decimal over 300 px, labels 20 px apart: 15 intervals of 0.067 → 0.1;
    // with labels 140 px apart: 2 intervals of 0.5.
    void tickSteps()
    {
        QCOMPARE(ThemedChartView::tickStep(100.0, 300.0, 60.0), 20.0);
        QCOMPARE(ThemedChartView::tickStep(11.4, 200.0, 40.0), 2.5);
        QCOMPARE(ThemedChartView::tickStep(1.0, 300.0, 20.0, 1), 0.1);
        QCOMPARE(ThemedChartView::tickStep(1.0, 300.0, 140.0, 1), 0.5);
        // 0.25 cannot be printed with one decimal: 0.5 instead.
        QCOMPARE(ThemedChartView::tickStep(1.0, 300.0, 75.0, 1), 0.5);
        // Whole numbers (%d): never below 1.
        QCOMPARE(ThemedChartView::tickStep(3.0, 600.0, 20.0, 0), 1.0);
        // -1.65..1.65 over 80 px, labels 22 px apart: 3 intervals of 1.1 would round up to 2, which
        // leaves only the tick at 0; the step below, 1, gives -1, 0, 1.
        QCOMPARE(ThemedChartView::tickStep(3.3, 80.0, 22.0), 1.0);
    }

    // Each axis symmetric, a tenth beyond the largest |z| (5.2 → 5.72) or |lag| (1.8 → 1.98).
    void moranAxesFromTheData()
    {
        MoranScatterChart chart;
        chart.setScatter(skewedScatter(), {}, u"density"_s);
        QCOMPARE(chart.xExtent(), 5.2 * 1.1);
        QCOMPARE(chart.yExtent(), 1.8 * 1.1);
        QCOMPARE(valueAxis(chart, Qt::Horizontal)->min(), -5.2 * 1.1);
        QCOMPARE(valueAxis(chart, Qt::Horizontal)->max(), 5.2 * 1.1);
        QCOMPARE(valueAxis(chart, Qt::Vertical)->max(), 1.8 * 1.1);
    }

    // At a dock's size (the main window's right dock is about 340 px wide) and at a wide
    // one, no text is elided; narrower still, the titles may be, the tick labels never are.
    // Ticks step by round numbers.
    void noElidedTickLabels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("dock") << QSize(340, 300);
        QTest::newRow("narrow") << QSize(260, 220);
        QTest::newRow("wide") << QSize(900, 500);
    }

    void noElidedTickLabels()
    {
        QFETCH(QSize, size);
        MoranScatterChart moran;
        moran.setScatter(skewedScatter(), {}, u"density"_s);
        LorenzChart lorenz;
        const QList<double> values{1.0, 2.0, 4.0, 9.0};
        const LorenzCurve curve = lorenzCurve(values);
        QVERIFY(curve.ok());
        lorenz.setCurve(curve, u"pop"_s, 0.3);
        for (ThemedChartView *view : {static_cast<ThemedChartView *>(&moran), static_cast<ThemedChartView *>(&lorenz)}) {
            view->resize(size);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
            QCoreApplication::processEvents();
            // Tick labels are never elided; at a dock's size and wider, nothing is.
            const QStringList titles = titlesOf(*view);
            for (const QString &text : texts(*view)) {
                const bool elided = text.contains(u'…') || text.contains(u"..."_s);
                QString start = text;
                start.remove(u'…').remove(u"..."_s);
                const bool isTitle = std::any_of(titles.cbegin(), titles.cend(),
                                                 [&](const QString &t) { return t.startsWith(start); });
                QVERIFY2(!elided || (isTitle && size.width() < 300), qPrintable(text));
            }
            for (const Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
                QValueAxis *axis = valueAxis(*view, o);
                QVERIFY(axis);
                QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
                const double ticks = (axis->max() - axis->min()) / axis->tickInterval();
                QVERIFY2(ticks >= 1.0 && ticks <= 30.0, qPrintable(QString::number(ticks)));
            }
            view->hide();
        }
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
