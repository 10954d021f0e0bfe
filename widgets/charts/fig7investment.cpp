// Figure 7B: investment in smart cities by year, as columns. The paper prints no yearly
// values; the bundled table holds the text's given 2021 total and a derived sample for the
// years before it (status column), and the chart keeps the two apart.
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"

#include <QMap>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QBarSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {

FigureResult investmentByYear(const QString &dataPath)
{
    using namespace FigureData;
    LoadResult loaded = read(dataPath, u"sample_fig7_investment.csv"_s);
    if (!loaded.table)
        return loadFailure(loaded);
    const FeatureTable &t = *loaded.table;
    FigureResult result;
    const int year = column(t, {u"year"_s, u"年份"_s});
    int value = column(t, {u"investment_trillion_yuan"_s, u"investment"_s, u"value"_s});
    if (value < 0)
        value = firstColumn(t, true, {year});
    if (year < 0)
        result.issues << missingColumn(t, FigureText::tr("year"), {u"year"_s});
    if (value < 0)
        result.issues << missingColumn(t, FigureText::tr("investment"), {u"investment_trillion_yuan"_s, u"investment"_s, u"value"_s});
    if (hasErrors(result.issues))
        return result;
    const int status = column(t, {u"status"_s, u"data_status"_s});

    struct Entry { double value; bool given; };
    QMap<qint64, Entry> perYear;
    for (int row = 0; row < t.rowCount(); ++row) {
        const auto y = integer(t, row, year);
        const auto v = t.number(row, value);
        if (!y || *y < 1800 || *y > 2200 || !v || !std::isfinite(*v) || *v < 0) {
            result.issues << rowError(t, row, FigureText::tr("expected a year and a value ≥ 0"));
            continue;
        }
        if (perYear.contains(*y)) {
            result.issues << rowError(t, row, FigureText::tr("the year %1 appears twice").arg(*y));
            continue;
        }
        perYear.insert(*y, {*v, status >= 0 && text(t, row, status).compare(u"given"_s, Qt::CaseInsensitive) == 0});
    }
    if (perYear.isEmpty() && !hasErrors(result.issues))
        result.issues << Issue::error(FigureText::tr("%1: the table has no rows").arg(t.sourcePath()), t.sourcePath());
    if (hasErrors(result.issues))
        return result;
    result.provenance = provenanceOf(t, dataPath.isEmpty() ? FigureProvenance::DerivedSample : FigureProvenance::UserData);

    // One set; the years the paper gives are darker bars, named so on the axis.
    bool anyGiven = false, anyOther = false;
    for (const Entry &e : perYear) {
        anyGiven = anyGiven || e.given;
        anyOther = anyOther || !e.given;
    }
    const bool split = anyGiven && anyOther;
    auto *set = new QBarSet(FigureText::tr("Investment"));
    QStringList categories;
    double maximum = 0;
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        // "(given)" on a line of its own: a narrow column has room for the year only.
        categories << (split && it->given ? FigureText::tr("%1<br>(given)").arg(it.key()) : QString::number(it.key()));
        *set << it->value;
        maximum = std::max(maximum, it->value);
    }
    set->setColor(split ? ChartTheme::accent().lighter(165) : ChartTheme::accent());
    set->setBorderColor(ChartTheme::accent());
    set->setSelectedColor(ChartTheme::accent());
    set->setLabelColor(QColor(0x20, 0x20, 0x20));
    if (split) {
        int index = 0;
        for (const Entry &e : perYear) {
            if (e.given)
                set->selectBar(index);
            ++index;
        }
    }

    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(chart.get());
    chart->setTitle(titleFor(FigureText::tr("Investment in smart cities in China"), result.provenance));
    chart->legend()->setVisible(false);
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setRange(0, maximum * 1.1);
    y->applyNiceNumbers();
    y->setTitleText(FigureText::tr("Trillion yuan"));
    ChartTheme::styleAxis(x);
    ChartTheme::styleAxis(y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    result.chart = std::move(chart);
    result.datasets << fileName(t);
    result.files << t.sourcePath();
    if (dataPath.isEmpty())
        result.note = FigureText::tr("2021: RMB 2.79 trillion (given); 2015–2020 back-computed with the ~85% annual growth the paper gives");
    result.issues << loaded.issues;
    return result;
}

} // namespace CityAtlas::FigureBuilders
