// Figure 4: number of published articles per year, counted from a bibliographic export the
// user loads (the paper prints no counts, so none are bundled): Web of Science tab-delimited
// (PY), Scopus CSV (Year), or any table with a year column, one row per record. A table with
// a count column (year, count) is summed instead.
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"

#include <QLocale>
#include <QMap>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {

FigureResult publicationsPerYear(const QString &dataPath)
{
    using namespace FigureData;
    if (dataPath.isEmpty())
        return FigureResult::failure(FigureText::tr("fig4 needs a bibliographic export (Web of Science, Scopus or a CSV with a year column)"));
    LoadResult loaded = read(dataPath, {});
    if (!loaded.table)
        return loadFailure(loaded);
    const FeatureTable &t = *loaded.table;

    const QStringList yearNames{u"PY"_s, u"Year"_s, u"publication_year"_s, u"PubYear"_s, u"pub_year"_s, u"年份"_s};
    const int year = column(t, yearNames);
    if (year < 0)
        return FigureResult::failure(missingColumn(t, FigureText::tr("publication-year"), yearNames));
    const QStringList countNames{u"count"_s, u"articles"_s, u"publications"_s, u"records"_s, u"n"_s};
    const int count = column(t, countNames);

    FigureResult result;
    QMap<qint64, double> perYear;
    int withoutYear = 0;
    for (int row = 0; row < t.rowCount(); ++row) {
        const QString cell = text(t, row, year);
        const auto y = integer(t, row, year);
        if (cell.isEmpty()) {
            ++withoutYear; // e.g. Web of Science "early access" records
            continue;
        }
        if (!y || *y < 1800 || *y > 2200) {
            result.issues << rowError(t, row, FigureText::tr("'%1' is not a publication year").arg(cell));
            continue;
        }
        double n = 1.0;
        if (count >= 0) {
            const auto c = t.number(row, count);
            if (!c || *c < 0 || !std::isfinite(*c)) {
                result.issues << rowError(t, row, FigureText::tr("the count is not a number ≥ 0"));
                continue;
            }
            n = *c;
        }
        perYear[*y] += n;
    }
    if (hasErrors(result.issues))
        return result;
    if (perYear.isEmpty())
        return FigureResult::failure(FigureText::tr("%1: no record has a publication year").arg(t.sourcePath()), t.sourcePath());
    if (withoutYear > 0)
        result.issues << Issue::warning(
            FigureText::tr("%1: %2 record(s) without a publication year are not counted").arg(t.sourcePath()).arg(withoutYear),
            t.sourcePath());

    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(chart.get());
    chart->setTitle(FigureText::tr("Number of published articles per year"));
    chart->legend()->setVisible(false);
    auto *set = new QBarSet(FigureText::tr("Articles"));
    set->setColor(ChartTheme::accent());
    set->setBorderColor(ChartTheme::accent());
    set->setLabelColor(QColor(0x20, 0x20, 0x20));
    QStringList categories;
    double total = 0, maximum = 0;
    // Every year from the first to the last, so that a year without records shows as 0.
    for (qint64 y = perYear.firstKey(); y <= perYear.lastKey(); ++y) {
        const double n = perYear.value(y, 0.0);
        *set << n;
        categories << QString::number(y);
        total += n;
        maximum = std::max(maximum, n);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(categories.size() <= 30);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setRange(0, maximum * 1.12);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(FigureText::tr("Number of articles"));
    ChartTheme::styleAxis(x);
    ChartTheme::styleAxis(y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    result.chart = std::move(chart);
    result.datasets << fileName(t);
    result.files << t.sourcePath();
    result.provenance = provenanceOf(t, FigureProvenance::UserData);
    result.note = FigureText::tr("%1 records counted").arg(QLocale().toString(qint64(std::llround(total))));
    result.issues << loaded.issues;
    return result;
}

} // namespace CityAtlas::FigureBuilders
