// The paper's figures (widgets/charts/figure.h): each one builds offscreen from its bundled
// or test data with the right series, bars, slices, points and labels; export writes valid
// PNG/SVG/PDF files of the requested size; the gallery shows them.
#include "maps/project/projectstore.h"
#include "maps/project/reviewcatalog.h"
#include "widgets/charts/figure.h"
#include "widgets/charts/figuredata.h"
#include "widgets/charts/figurediagram.h"
#include "widgets/charts/figureexporter.h"
#include "widgets/charts/labelfit.h"
#include "widgets/report/reportrenderer.h"
#include "maps/report/reportdefinition.h"
#include "widgets/figuregallery.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QBarSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QCryptographicHash>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

QString data(const char *name) { return QStringLiteral(CITYATLAS_TEST_DATA_DIR "/") + QString::fromUtf8(name); }

template <typename T>
QList<T *> seriesOf(const QChart &chart)
{
    QList<T *> result;
    for (QAbstractSeries *s : chart.series())
        if (auto *t = qobject_cast<T *>(s))
            result << t;
    return result;
}

template <typename T>
T *axisOf(const QChart &chart, Qt::Orientation orientation, Qt::Alignment alignment = {})
{
    for (QAbstractAxis *axis : chart.axes(orientation))
        if (auto *t = qobject_cast<T *>(axis); t && (!alignment || axis->alignment() == alignment))
            return t;
    return nullptr;
}

QList<double> values(const QBarSet *set)
{
    QList<double> v;
    for (int i = 0; i < set->count(); ++i)
        v << set->at(i);
    return v;
}

// Lays a diagram out at an export size (the exporter's layout) and returns it.
DiagramChart *laidOut(FigureResult &r, const FigureExportOptions &options)
{
    if (!r.chart || FigureExporter::renderImage(*r.chart, r.sourceLine(), options).isNull())
        return nullptr;
    return qobject_cast<DiagramChart *>(r.chart.get());
}

QList<const DiagramChart::Node *> nodesOfLevel(const DiagramChart &chart, int level, bool notes = false)
{
    QList<const DiagramChart::Node *> result;
    for (const DiagramChart::Node &n : chart.nodes())
        if (n.level == level && (n.style == DiagramChart::NodeStyle::Note) == notes)
            result << &n;
    return result;
}

// Every text drawn on a chart after it was laid out for export: QtCharts' own (title, axis
// titles and labels, legend) and the figure's own labels.
QStringList drawnTexts(const QChart &chart)
{
    QStringList texts;
    QList<QGraphicsItem *> items = chart.childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        items << item->childItems();
        if (!item->isVisible())
            continue;
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            texts << text->toPlainText();
        else if (auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            texts << simple->text();
    }
    for (QLegendMarker *marker : chart.legend()->markers())
        if (marker->isVisible())
            texts << marker->label();
    texts.removeAll(QString());
    return texts;
}

bool elided(const QString &text)
{
    const QString t = text.trimmed();
    return t.endsWith(u"..."_s) || t.endsWith(QChar(0x2026));
}

// A text a laid-out figure draws, where, and in which size: QtCharts' own (title, axis titles
// and labels, legend, bar labels), the figure's own labels, and a diagram's node labels.
struct DrawnText
{
    QString text;
    QRectF box;            // scene coordinates, the part the glyphs cover
    double pointSize = 0;
    bool inBox = true;     // a diagram's label: its wrapped text fits its node
    bool own = false;      // placed by the figure (FigureData::addLabel)
};

QList<DrawnText> drawnTextBoxes(const QChart &chart)
{
    QList<DrawnText> drawn;
    QList<QGraphicsItem *> items = chart.childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        if (!item->isVisible())
            continue;
        items << item->childItems();
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item)) {
            if (!text->toPlainText().trimmed().isEmpty())
                drawn.append({text->toPlainText(), text->sceneBoundingRect(), text->font().pointSizeF()});
        } else if (auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item)) {
            if (!simple->text().trimmed().isEmpty())
                drawn.append({simple->text(), FigureData::labelRect(simple), simple->font().pointSizeF(), true,
                              FigureData::labels(chart).contains(simple)});
        }
    }
    if (auto *diagram = qobject_cast<const DiagramChart *>(&chart))
        for (const DiagramChart::Node &n : diagram->nodes())
            drawn.append({n.label, diagram->mapRectToScene(DiagramChart::textRect(n)), n.fittedPointSize,
                          DiagramChart::labelFits(n), true});
    return drawn;
}

// Text without its white space: wrapping changes where the lines break, not the characters.
QString squeezed(const QString &text)
{
    QString t = text;
    return t.remove(QRegularExpression(u"\\s"_s));
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

#define COMPARE_NEAR(actual, expected, epsilon)                                                                     \
    QVERIFY2(qAbs(double(actual) - double(expected)) <= (epsilon),                                                 \
             qPrintable(u"%1 = %2, expected %3"_s.arg(QStringLiteral(#actual)).arg(double(actual), 0, 'g', 12)     \
                            .arg(double(expected), 0, 'g', 12)))

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTranslator m_chinese; // the application's zh_CN messages (compiled in from translations/)

    // Figures are built in `language` ("en" or "zh_CN") until the next call.
    bool useLanguage(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_chinese);
        if (language == u"en"_s) {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            return true;
        }
        QLocale::setDefault(QLocale(language));
        return QCoreApplication::installTranslator(&m_chinese);
    }

    // A project with seven review records (made once), titled "Test review".
    QString reviewProject()
    {
        const QString path = m_dir.filePath(u"review.cityatlas"_s);
        if (QFile::exists(path))
            return path;
        ProjectStore::OpenResult created = ProjectStore::create(path);
        if (!created.store)
            return {};
        created.store->setTitle(u"Test review"_s);
        const QList<std::pair<const char *, ReviewStatus>> records{
            {"110000", ReviewStatus::Approved},  // Beijing: vice-provincial level and above
            {"440100", ReviewStatus::Preparing}, // Guangzhou: idem
            {"330100", ReviewStatus::None},      // Hangzhou: a record, but nothing planned
            {"620100", ReviewStatus::Approved},  // Lanzhou: prefecture-level city
            {"NA19", ReviewStatus::Preparing},   // Xiong'an New Area
            {"419001", ReviewStatus::Approved},  // Jiyuan: county level
            {"UC01", ReviewStatus::Preparing},   // Beijing–Tianjin–Hebei urban cluster
        };
        for (const auto &[unit, status] : records) {
            ReviewRecord record;
            record.unitId = QString::fromUtf8(unit);
            record.status = status;
            if (!created.store->setReviewRecord(record, u"tester"_s).isEmpty())
                return {};
        }
        return created.store->save().isEmpty() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_chinese.load(u"cityatlas_zh_CN"_s, u":/i18n"_s));
    }

    void registryListsTheFigures()
    {
        const QStringList names = Figure::names();
        for (const char *name : {"fig2", "fig3", "fig4", "fig6", "fig7a", "fig7b", "fig7c", "fig7d", "enterprises", "pilots", "table1", "table1-hdi", "table2"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), name);
        for (const Figure &f : Figure::all())
            QVERIFY(!f.title().isEmpty());
    }

    void unknownFigureIsAnError()
    {
        const FigureResult r = Figure::build(u"fig99"_s);
        QVERIFY(!r.ok());
        QVERIFY(!r.chart);
        QVERIFY(r.issues.first().message.contains(u"unknown figure 'fig99'"_s));
        QVERIFY(r.issues.first().message.contains(u"table2"_s)); // names the known figures
    }

    // Figure 6 from datasets/paper: five levels in the paper's order from the top, the planned
    // share in the first set, the rest of each level in the second.
    void fig6TopLevelDesign()
    {
        const FigureResult r = Figure::build(u"fig6"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto bars = seriesOf<QHorizontalStackedBarSeries>(*r.chart);
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->count(), 2);
        const QList<double> planned = values(bars.first()->barSets().at(0));
        const QList<double> rest = values(bars.first()->barSets().at(1));
        QCOMPARE(planned.size(), 5);
        // Bottom to top: urban clusters 3/10, county 1487/2844, new areas 11/20, prefecture 200/224, 19/19.
        const QList<double> expected{30.0, 100.0 * 1487 / 2844, 55.0, 100.0 * 200 / 224, 100.0};
        for (int i = 0; i < 5; ++i) {
            COMPARE_NEAR(planned[i], expected[i], 1e-9);
            COMPARE_NEAR(planned[i] + rest[i], 100.0, 1e-9);
        }
        auto *axis = axisOf<QBarCategoryAxis>(*r.chart, Qt::Vertical);
        QVERIFY(axis);
        QCOMPARE(axis->count(), 5);
        QStringList levels; // the labels are rich text: long ones are wrapped onto lines
        for (const QString &category : axis->categories())
            levels << FigureData::plainText(category);
        QVERIFY(levels.at(4).startsWith(u"Vice-provincial level and above"_s)); // on top
        QVERIFY(levels.at(4).contains(u"19/19"_s));
        QVERIFY(levels.at(2).contains(u"National-level new area*"_s)); // the OCR doubt is flagged
        QVERIFY(levels.at(1).contains(u"1,487/2,844"_s));
        QCOMPARE(levels.at(3), u"Prefecture-level city (excluding vice-provincial level) (200/224)"_s);
        QVERIFY(axis->at(3).contains(u"<br>"_s));
        QVERIFY(r.sourceLine().contains(u"fig6_top_level_design.csv"_s));
        QVERIFY(r.sourceLine().contains(u"uncertain"_s));
        QVERIFY(!r.sourceLine().contains(u"sample"_s));
    }

    void fig7aMarketSharesAreASample()
    {
        const FigureResult r = Figure::build(u"fig7a"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto pies = seriesOf<QPieSeries>(*r.chart);
        QCOMPARE(pies.size(), 1);
        QCOMPARE(pies.first()->count(), 5);
        QVERIFY(pies.first()->slices().first()->label().startsWith(u"United States: 32.0%"_s));
        QVERIFY(pies.first()->slices().at(3)->label().startsWith(u"Japan"_s));
        COMPARE_NEAR(pies.first()->sum(), 100.0, 1e-9);
        QCOMPARE(r.provenance, FigureProvenance::Sample);
        QVERIFY(r.chart->title().contains(u"sample"_s));
        QVERIFY(r.sourceLine().contains(u"sample"_s));
    }

    // The 2021 total is given (RMB 2.79 trillion); the years before are a derived sample.
    void fig7bInvestmentIsADerivedSample()
    {
        const FigureResult r = Figure::build(u"fig7b"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto bars = seriesOf<QBarSeries>(*r.chart);
        QCOMPARE(bars.size(), 1);
        const QList<double> v = values(bars.first()->barSets().first());
        QCOMPARE(v.size(), 7);
        COMPARE_NEAR(v.last(), 2.79, 1e-12);
        COMPARE_NEAR(v.first(), 2.79 / std::pow(1.85, 6), 0.0005); // 2015, rounded to 3 decimals in the file
        auto *years = axisOf<QBarCategoryAxis>(*r.chart, Qt::Horizontal);
        QCOMPARE(years->count(), 7);
        QCOMPARE(years->at(0), u"2015"_s);
        QCOMPARE(years->at(6), u"2021<br>(given)"_s); // two lines: a column is narrow
        QVERIFY(bars.first()->barSets().first()->isBarSelected(6));
        QCOMPARE(r.provenance, FigureProvenance::DerivedSample);
        QVERIFY(r.chart->title().contains(u"derived sample"_s));
        QVERIFY(r.sourceLine().contains(u"derived sample"_s));
    }

    void fig7cEnterprisesByRegion()
    {
        const FigureResult r = Figure::build(u"fig7c"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto pies = seriesOf<QPieSeries>(*r.chart);
        QCOMPARE(pies.size(), 1);
        QCOMPARE(pies.first()->count(), 4);
        const QStringList regions{u"Eastern"_s, u"Central"_s, u"Western"_s, u"Northeast"_s};
        const QList<double> counts{5200, 1900, 1700, 500};
        for (int i = 0; i < 4; ++i) {
            QVERIFY(pies.first()->slices().at(i)->label().startsWith(regions[i]));
            QCOMPARE(pies.first()->slices().at(i)->value(), counts[i]);
        }
        QVERIFY(r.sourceLine().contains(u"sample"_s));
    }

    // The paper's per-capita method against a hand-computed example. Population 2022 by NBS
    // region (china_province_stats.csv summed by hand, 10,000 persons): Eastern 56569,
    // Central 36456, Western 38306, Northeast 9644. The fixture has 2·56569, 36456, 38306 and
    // 4·9644 enterprises, so r = 2, 1, 1, 4 per 10,000 people, Σ r = 8 and the shares are
    // 2/8, 1/8, 1/8, 4/8. (Its region names are the paper's: "Middle Region" etc.)
    void fig7dPerCapitaSharesHandComputed()
    {
        const FigureResult r = Figure::build(u"fig7d"_s, data("fig7_enterprises_regions.csv"));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto pies = seriesOf<QPieSeries>(*r.chart);
        QCOMPARE(pies.size(), 1);
        QCOMPARE(pies.first()->count(), 4);
        const QList<double> shares{0.25, 0.125, 0.125, 0.5};
        for (int i = 0; i < 4; ++i)
            COMPARE_NEAR(pies.first()->slices().at(i)->value(), shares[i], 1e-12);
        QVERIFY(pies.first()->slices().at(0)->label().startsWith(u"Eastern Region: 25.0%"_s));
        QVERIFY(pies.first()->slices().at(0)->label().contains(u"2.00 per 10,000 people"_s));
        QVERIFY(pies.first()->slices().at(3)->label().contains(u"4.00 per 10,000 people"_s));
        QCOMPARE(r.provenance, FigureProvenance::UserData);
        QVERIFY(r.sourceLine().contains(u"china_province_stats.csv"_s));
    }

    void fig7dBundledSample()
    {
        const FigureResult r = Figure::build(u"fig7d"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto pies = seriesOf<QPieSeries>(*r.chart);
        QCOMPARE(pies.first()->count(), 4);
        // Sample counts 5200, 1900, 1700, 500 over the populations above.
        const double ratios[] = {5200.0 / 56569, 1900.0 / 36456, 1700.0 / 38306, 500.0 / 9644};
        const double sum = ratios[0] + ratios[1] + ratios[2] + ratios[3];
        for (int i = 0; i < 4; ++i)
            COMPARE_NEAR(pies.first()->slices().at(i)->value(), ratios[i] / sum, 1e-12);
        QVERIFY(r.sourceLine().contains(u"sample"_s));
    }

    // Enterprises per 10,000 residents, 2022, from the bundled tables: 31 provinces, the most on the
    // left (Beijing 1,361,791 / 2,184 = 623.5), the least on the right (Tibet 33,092 / 364 = 90.9),
    // one set per region; the legend gives each region's units over its residents (by hand from the
    // two CSV files: Eastern 17,949,250 / 56,569 = 317.3, Central 7,265,665 / 36,456 = 199.3,
    // Western 6,269,839 / 38,306 = 163.7, Northeast 1,343,980 / 9,644 = 139.4), the source line the
    // source and the population-weighted Theil T (0.06869, between regions 0.04634, i.e. 67 %;
    // see tst_cli inequalityOfEnterprisesPerCapita).
    void pilotsPerProvince()
    {
        // The six pilots the sources name (facts.md §4.1): Beijing 3 (东城区, 经济技术开发区,
        // 门头沟区), Zhejiang 1 (温州市), Jiangsu 1 (盐城市城南新区), Hebei 1 (正定县).
        FigureResult r = Figure::build(u"pilots"_s, data("pilots_named_in_sources.csv"));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        QCOMPARE(r.provenance, FigureProvenance::UserData);
        QVERIFY2(r.sourceLine().contains(u"6 of 6 names placed in a province"_s), qPrintable(r.sourceLine()));
        const QList<QBarSet *> sets = seriesOf<QStackedBarSeries>(*r.chart).value(0)->barSets();
        QCOMPARE(sets.size(), 4);
        // Eastern: 6 pilots over 56,569 × 10,000 residents (the ten eastern provinces, 2022).
        QCOMPARE(sets[0]->label(), u"Eastern: %1"_s.arg(QLocale().toString(6.0 / 565.69, 'f', 2)));
        QCOMPARE(sets[1]->label(), u"Central: 0.00"_s);
        auto *axis = axisOf<QBarCategoryAxis>(*r.chart, Qt::Horizontal);
        QCOMPARE(axis->count(), 31);
        QCOMPARE(axis->categories().first(), u"Beijing"_s);
        COMPARE_NEAR(sets[0]->at(0), 3.0 / 21.84, 1e-12); // per million: 3 / (2,184 × 10,000) × 10^6

        const FigureResult none = Figure::build(u"pilots"_s);
        QVERIFY(!none.ok());
        QVERIFY(none.issues.first().message.contains(u"pilot_list_template.csv"_s));
    }

    void enterprisesPerCapitaByProvince()
    {
        FigureResult r = Figure::build(u"enterprises"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        QCOMPARE(r.provenance, FigureProvenance::SecondaryCopy);
        QVERIFY2(r.sourceLine().contains(u"secondary copy of NBS data"_s), qPrintable(r.sourceLine()));
        QVERIFY2(r.sourceLine().contains(u"Source: NBS 企业法人单位数 (secondary copy) and NBS year-end population 2022"_s),
                 qPrintable(r.sourceLine()));
        QVERIFY2(r.sourceLine().contains(u"Theil T (population-weighted) 0.0687: between regions 0.0463 (67 %), within 0.0224"_s),
                 qPrintable(r.sourceLine()));
        QVERIFY(r.datasets.contains(u"nbs_enterprise_legal_units_by_province.csv"_s));
        QVERIFY(!FigureExporter::renderImage(*r.chart, r.sourceLine(), {QSize(2000, 1250), 200}).isNull());
        const auto series = seriesOf<QStackedBarSeries>(*r.chart);
        QCOMPARE(series.size(), 1);
        const QList<QBarSet *> sets = series[0]->barSets();
        QCOMPARE(sets.size(), 4);
        QCOMPARE(sets[0]->label(), u"Eastern: 317"_s);
        QCOMPARE(sets[1]->label(), u"Central: 199"_s);
        QCOMPARE(sets[2]->label(), u"Western: 164"_s);
        QCOMPARE(sets[3]->label(), u"Northeast: 139"_s);
        auto *axis = axisOf<QBarCategoryAxis>(*r.chart, Qt::Horizontal);
        QVERIFY(axis);
        QCOMPARE(axis->count(), 31);
        QCOMPARE(axis->categories().first(), u"Beijing"_s);
        QCOMPARE(axis->categories().last(), u"Tibet"_s);
        COMPARE_NEAR(sets[0]->at(0), 1361791.0 / 2184.0, 1e-9); // Beijing, Eastern
        QCOMPARE(sets[2]->at(0), 0.0);
        COMPARE_NEAR(sets[2]->at(30), 33092.0 / 364.0, 1e-9);   // Tibet, Western
        double eastern = 0;
        for (int i = 0; i < 31; ++i)
            eastern += sets[0]->at(i) > 0 ? 1 : 0;
        QCOMPARE(eastern, 10.0); // the ten Eastern provinces
    }

    void table1RankBump()
    {
        const FigureResult r = Figure::build(u"table1"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto lines = seriesOf<QLineSeries>(*r.chart);
        QCOMPARE(lines.size(), 18);
        const QLineSeries *beijing = nullptr;
        for (const QLineSeries *s : lines)
            if (s->name() == u"Beijing"_s)
                beijing = s;
        QVERIFY(beijing);
        const QList<QPointF> expected{{2019, 30}, {2020, 22}, {2021, 17}, {2023, 12}};
        QCOMPARE(beijing->points(), expected);
        auto *ranks = axisOf<QValueAxis>(*r.chart, Qt::Vertical);
        QVERIFY(ranks);
        QVERIFY(ranks->isReverse()); // rank 1 on top
        QCOMPARE(FigureData::labels(*r.chart, u"end-label-left"_s).size(), 18);
        QCOMPARE(FigureData::labels(*r.chart, u"end-label-right"_s).size(), 18);
        auto *years = axisOf<QCategoryAxis>(*r.chart, Qt::Horizontal);
        QCOMPARE(years->categoriesLabels(), (QStringList{u"2019"_s, u"2020"_s, u"2021"_s, u"2023"_s}));
        QVERIFY(r.sourceLine().contains(u"no 2022 edition"_s));
    }

    void table1RankAgainstHdi()
    {
        const FigureResult r = Figure::build(u"table1-hdi"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto points = seriesOf<QScatterSeries>(*r.chart);
        QCOMPARE(points.size(), 18);
        for (const QScatterSeries *s : points) {
            QCOMPARE(s->count(), 1);
            QCOMPARE(s->pointLabelsFormat(), s->name()); // each point is labelled with its city
            if (s->name() == u"Beijing"_s)
                QCOMPARE(s->at(0), QPointF(0.907, 12));
        }
        QVERIFY(r.chart->title().contains(u"2023"_s));
    }

    // 19 policies: stage 1 has the two 2012 rows and the 2014 urbanization plan, stage 2 the
    // 2014 guidance and 2015, stage 3 the two 2016 and five 2017 rows, stage 4 2018–2022.
    void table2PolicyTimeline()
    {
        const FigureResult r = Figure::build(u"table2"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto dots = seriesOf<QScatterSeries>(*r.chart);
        QCOMPARE(dots.size(), 4);
        QCOMPARE(dots[0]->count(), 3);
        QCOMPARE(dots[1]->count(), 2);
        QCOMPARE(dots[2]->count(), 7);
        QCOMPARE(dots[3]->count(), 7);
        // Every dot lies inside its year.
        QCOMPARE(int(std::floor(dots[1]->at(0).x())), 2014);
        QVERIFY(dots[1]->at(0).x() > 2014.58); // the 2014 guidance: after August 2014 (stage 2)
        auto *rows = axisOf<QValueAxis>(*r.chart, Qt::Vertical);
        QVERIFY(rows && rows->isReverse()); // the oldest on top
        const auto names = FigureData::labels(*r.chart, u"policy-label"_s);
        QCOMPARE(names.size(), 19);
        QVERIFY(names.first()->text().startsWith(u"2012 The State Council"_s));
        QVERIFY(names.last()->text().startsWith(u"2022* Report at the 20th National Congress"_s));
        QCOMPARE(seriesOf<QAreaSeries>(*r.chart).size(), 4); // the four stages, shaded
    }

    // In Chinese, the policies with an official Chinese title in datasets/paper/table2_policies.csv
    // (policy_zh) show it; the others keep the paper's English title, marked.
    void table2ChineseTitles()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const FigureResult r = Figure::build(u"table2"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto names = FigureData::labels(*r.chart, u"policy-label"_s);
        QCOMPARE(names.size(), 19);
        QVERIFY(names[0]->text().contains(u"国务院关于大力推进信息化发展和切实保障信息安全的若干意见"_s));
        QVERIFY(names[3]->text().contains(u"关于促进智慧城市健康发展的指导意见"_s));
        QVERIFY(names[10]->text().contains(u"新一代人工智能发展规划"_s));
        // Row 7 (2016, urban planning and construction management): no Chinese title found.
        QVERIFY(names[6]->text().contains(u"Further strengthen the management of urban planning"_s));
        QVERIFY(names[6]->text().contains(u"(English title)"_s));
        QVERIFY(!names[0]->text().contains(u"(English title)"_s));
    }

    // tests/data/wos_savedrecs.txt: 7 records, one without PY: 2012: 1, 2015: 2, 2017: 3.
    void fig4FromWebOfScience()
    {
        const FigureResult r = Figure::build(u"fig4"_s, data("wos_savedrecs.txt"));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto bars = seriesOf<QBarSeries>(*r.chart);
        QCOMPARE(bars.size(), 1);
        QCOMPARE(values(bars.first()->barSets().first()), (QList<double>{1, 0, 0, 2, 0, 3}));
        auto *years = axisOf<QBarCategoryAxis>(*r.chart, Qt::Horizontal);
        QCOMPARE(years->categories(), (QStringList{u"2012"_s, u"2013"_s, u"2014"_s, u"2015"_s, u"2016"_s, u"2017"_s}));
        QCOMPARE(r.issues.size(), 1); // the record without a year, as a warning
        QCOMPARE(r.issues.first().severity, Issue::Severity::Warning);
        QVERIFY(r.sourceLine().contains(u"wos_savedrecs.txt"_s));
        QVERIFY(r.sourceLine().contains(u"6 records"_s));
    }

    void fig4FromScopus()
    {
        const FigureResult r = Figure::build(u"fig4"_s, data("scopus_export.csv"));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        QCOMPARE(values(seriesOf<QBarSeries>(*r.chart).first()->barSets().first()), (QList<double>{1, 0, 0, 2}));
    }

    void fig4Errors()
    {
        const FigureResult none = Figure::build(u"fig4"_s);
        QVERIFY(!none.ok());
        QVERIFY(none.issues.first().message.contains(u"needs a data file"_s));

        const FigureResult noYear = Figure::build(u"fig4"_s, data("bib_no_year.csv"));
        QVERIFY(!noYear.ok());
        QVERIFY(noYear.issues.first().message.contains(u"bib_no_year.csv: no publication-year column"_s));
        QVERIFY(noYear.issues.first().message.contains(u"PY"_s));

        const FigureResult missing = Figure::build(u"fig4"_s, data("no_such_file.csv"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.issues.first().message.contains(u"no_such_file.csv"_s));
    }

    // Figure 2: a concept diagram, six features around the centre, each joined to it.
    void fig2CoreFeatures()
    {
        FigureResult r = Figure::build(u"fig2"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        QVERIFY(r.chart->series().isEmpty());
        DiagramChart *chart = laidOut(r, {QSize(2000, 1250), 200});
        QVERIFY(chart);
        const auto centre = nodesOfLevel(*chart, 0);
        QCOMPARE(centre.size(), 1);
        QCOMPARE(centre.first()->label, u"Smart city"_s);
        QStringList labels;
        for (const DiagramChart::Node *n : nodesOfLevel(*chart, 1))
            labels << n->label;
        QCOMPARE(labels, (QStringList{u"Comprehensive perception"_s, u"Ubiquitous connectivity"_s, u"Precise management"_s,
                                      u"Innovative applications"_s, u"Participatory governance"_s, u"Harmonious development"_s}));
        int spokes = 0;
        for (const DiagramChart::Edge &e : chart->edges())
            spokes += chart->nodes().at(e.from).level == 0 && chart->nodes().at(e.to).level == 1;
        QCOMPARE(spokes, 6);
        QVERIFY(chart->labelsFit());
        QVERIFY(!chart->nodesOverlap());
        for (const DiagramChart::Node &n : chart->nodes())
            QVERIFY(chart->plotArea().adjusted(-0.01, -0.01, 0.01, 0.01).contains(n.rect));
        QCOMPARE(r.provenance, FigureProvenance::Concept);
        QCOMPARE(r.sourceLine(), u"Concept after the paper's Figure 2 (no data)"_s);

        const FigureResult withData = Figure::build(u"fig2"_s, data("words.csv"));
        QVERIFY(!withData.ok());
        QVERIFY(withData.issues.first().message.contains(u"draws no data"_s));
    }

    // Figure 3 from the bundled GB/T 33356-2016 template: the eight first-level indicators
    // with their weights (37 + 9 + 8 + 7 + 7 + 8 + 4 + 20 = 100 %), L1's nine second-level
    // entries with the unsourced 2 % remainder marked, L2's two names without weights, and
    // a note where the sources give no (or not all) second-level indicators.
    void fig3BundledTemplate()
    {
        FigureResult r = Figure::build(u"fig3"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        DiagramChart *chart = laidOut(r, {QSize(2000, 1500), 200});
        QVERIFY(chart);
        QCOMPARE(nodesOfLevel(*chart, 0).first()->label, u"Evaluation indicators for new-type smart cities (GB/T 33356-2016)"_s);
        const auto first = nodesOfLevel(*chart, 1);
        QCOMPARE(first.size(), 8);
        double sum = 0.0;
        const QList<double> expected{37, 9, 8, 7, 7, 8, 4, 20};
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(first[i]->id, u"L%1"_s.arg(i + 1));
            QVERIFY(first[i]->weightPercent);
            COMPARE_NEAR(*first[i]->weightPercent, expected[i], 1e-9);
            QVERIFY(first[i]->sourced);
            QCOMPARE(first[i]->style, DiagramChart::NodeStyle::Feature);
            sum += *first[i]->weightPercent;
        }
        COMPARE_NEAR(sum, 100.0, 1e-9);
        QCOMPARE(first[0]->label, u"L1 Benefiting-the-people services (public services) 37 %"_s);

        const auto second = nodesOfLevel(*chart, 2);
        QCOMPARE(second.size(), 9 + 2);
        QCOMPARE(second[0]->label, u"L1P1 Government services 8 %"_s);
        const DiagramChart::Node *remainder = second[8];
        QCOMPARE(remainder->id, u"L1-remainder"_s);
        QVERIFY(!remainder->sourced);
        QCOMPARE(remainder->style, DiagramChart::NodeStyle::Unsourced);
        COMPARE_NEAR(*remainder->weightPercent, 2.0, 1e-9);
        QVERIFY(remainder->label.endsWith(u"2 % (not sourced)"_s));
        double l1 = 0.0;
        for (int i = 0; i < 9; ++i)
            l1 += *second[i]->weightPercent;
        COMPARE_NEAR(l1, 37.0, 1e-9);
        for (int i = 9; i < 11; ++i) { // L2: names only
            QVERIFY(!second[i]->weightPercent);
            QCOMPARE(second[i]->style, DiagramChart::NodeStyle::Unsourced);
            QVERIFY(second[i]->label.endsWith(u"(weight not sourced)"_s));
        }
        QCOMPARE(second[9]->label, u"City management (weight not sourced)"_s); // descriptive ids are not shown
        QCOMPARE(nodesOfLevel(*chart, 2, true).size(), 7); // L2 incomplete, L3–L8 without a second level
        // Marked entries are joined by dashed lines.
        for (const DiagramChart::Edge &e : chart->edges())
            QCOMPARE(e.dashed, chart->nodes().at(e.to).style != DiagramChart::NodeStyle::Feature
                                   && chart->nodes().at(e.to).style != DiagramChart::NodeStyle::Box);
        QVERIFY(chart->labelsFit());
        QVERIFY(!chart->nodesOverlap());
        QVERIFY(r.sourceLine().contains(u"gbt33356-2016.json"_s));
        QVERIFY(r.sourceLine().contains(u"dashed grey"_s));
        QVERIFY(!r.sourceLine().contains(u"sample"_s));
    }

    void fig3ChineseNames()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        FigureResult r = Figure::build(u"fig3"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        DiagramChart *chart = laidOut(r, {QSize(2000, 1500), 200});
        QVERIFY(chart);
        QCOMPARE(nodesOfLevel(*chart, 0).first()->label, u"新型智慧城市评价指标（GB/T 33356-2016）"_s);
        QVERIFY(nodesOfLevel(*chart, 1).first()->label.startsWith(u"L1 惠民服务 37"_s));
        QVERIFY(nodesOfLevel(*chart, 2).first()->label.startsWith(u"L1P1 政务服务 8"_s));
        QVERIFY(chart->labelsFit());
        QVERIFY(!chart->nodesOverlap());
    }

    // tests/data/fig3_tiny_system.json (relative weights): A 0.6 {A1 0.5 {A1a}, A2 0.5
    // unsourced}, B 0.4 {B-named without weight, list incomplete}, C without weight and
    // without a second level.
    void fig3FromAFile()
    {
        FigureResult r = Figure::build(u"fig3"_s, data("fig3_tiny_system.json"));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        DiagramChart *chart = laidOut(r, {QSize(1200, 900), 120});
        QVERIFY(chart);
        QCOMPARE(nodesOfLevel(*chart, 0).first()->label, u"Figure 3 test system"_s);
        const auto first = nodesOfLevel(*chart, 1);
        QCOMPARE(first.size(), 3);
        QCOMPARE(first[0]->label, u"Alpha 60 %"_s);
        QCOMPARE(first[1]->label, u"Beta 40 %"_s);
        QCOMPARE(first[2]->label, u"Gamma (weight not sourced)"_s);
        QCOMPARE(first[2]->style, DiagramChart::NodeStyle::Unsourced);
        const auto second = nodesOfLevel(*chart, 2);
        QCOMPARE(second.size(), 3); // A1, A2, B-named; the third level is not drawn
        QCOMPARE(second[0]->label, u"A1 Alpha one 30 %"_s);
        QCOMPARE(second[0]->style, DiagramChart::NodeStyle::Box);
        QCOMPARE(second[1]->label, u"A2 Alpha two 30 % (not sourced)"_s);
        QCOMPARE(second[1]->style, DiagramChart::NodeStyle::Unsourced);
        QCOMPARE(second[2]->label, u"Beta named (weight not sourced)"_s);
        const auto notes = nodesOfLevel(*chart, 2, true);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0]->label, u"… further indicators not in the sources"_s);
        QCOMPARE(notes[1]->label, u"second level not in the sources"_s);
        QCOMPARE(chart->nodes().at(notes[1]->parent).id, u"C"_s);
        QVERIFY(chart->labelsFit());
        QVERIFY(!chart->nodesOverlap());
        QVERIFY(r.sourceLine().contains(u"fig3_tiny_system.json"_s));
        QVERIFY(r.sourceLine().contains(u"third-level"_s));
        QCOMPARE(r.provenance, FigureProvenance::UserData);

        const FigureResult bad = Figure::build(u"fig3"_s, data("indicator_system_badsum.json"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.issues.first().message.contains(u"indicator_system_badsum.json"_s));
        const FigureResult table = Figure::build(u"fig3"_s, data("words.csv"));
        QVERIFY(!table.ok());
    }

    // Figure 6 from a project's review records: planned/total per level next to the
    // published numbers. The project is only read.
    void fig6FromAProject()
    {
        const QString path = reviewProject();
        QVERIFY(!path.isEmpty());
        const QByteArray before = sha256(path);

        const auto catalog = ReviewCatalog::loadBundled();
        QVERIFY(catalog.catalog);
        // Top to bottom: planned / total per level (the county total is the published one).
        const QList<std::pair<int, qint64>> counts{
            {2, catalog.catalog->units(ReviewLevel::ViceProvincialAndAbove).size()},
            {1, catalog.catalog->units(ReviewLevel::PrefectureCity).size()},
            {1, catalog.catalog->units(ReviewLevel::NationalNewArea).size()},
            {1, 2844},
            {1, catalog.catalog->units(ReviewLevel::UrbanCluster).size()},
        };
        const QList<double> published{100.0, 89.3, 55.0, 52.3, 30.0};

        FigureResult r = Figure::build(u"fig6"_s, path);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const auto bars = seriesOf<QHorizontalBarSeries>(*r.chart);
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->count(), 2);
        const QList<double> baseline = values(bars.first()->barSets().at(0));
        const QList<double> project = values(bars.first()->barSets().at(1));
        QCOMPARE(project.size(), 5);
        auto *axis = axisOf<QBarCategoryAxis>(*r.chart, Qt::Vertical);
        QVERIFY(axis);
        QCOMPARE(axis->count(), 5);
        QStringList levels;
        for (const QString &category : axis->categories())
            levels << FigureData::plainText(category);
        for (int i = 0; i < 5; ++i) {
            const int bar = 4 - i; // horizontal bars run from the bottom up
            const auto [planned, total] = counts[i];
            COMPARE_NEAR(project[bar], std::round(1000.0 * planned / total) / 10.0, 1e-9);
            COMPARE_NEAR(baseline[bar], published[i], 1e-9);
            QVERIFY2(levels.at(bar).contains(u"records %1/%2"_s.arg(planned).arg(QLocale().toString(total))),
                     qPrintable(levels.at(bar)));
        }
        QVERIFY(levels.at(4).startsWith(u"Vice-provincial level and above"_s));
        QVERIFY(levels.at(4).contains(u"published 19/19"_s));
        QVERIFY(levels.at(2).contains(u"National-level new area*"_s));
        QVERIFY(levels.at(1).contains(u"2,844†"_s)); // the published total
        // Its labels (a level, then its counts) are laid out for the size asked, down to
        // 1000 × 700, where they used to be refused: not elided nor hidden.
        for (const QSize size : {QSize(1000, 700), QSize(1400, 900), QSize(2000, 1250)}) {
            FigureResult small = Figure::build(u"fig6"_s, path);
            QVERIFY(!FigureExporter::renderImage(*small.chart, small.sourceLine(), {size, 200}).isNull());
            const QStringList texts = drawnTexts(*small.chart);
            for (const QString &text : texts)
                QVERIFY2(!elided(text), qPrintable(text));
            const QString all = squeezed(texts.join(u' ')); // wherever the lines break
            for (const char *level : {"Vice-provincial level and above", "National urban clusters", "County-level"})
                QVERIFY2(all.contains(squeezed(QString::fromUtf8(level))), level);
        }
        QVERIFY(r.chart->title().contains(u"Test review"_s));
        QVERIFY(r.sourceLine().contains(u"review.cityatlas (7 review record"_s));
        QVERIFY(r.sourceLine().contains(u"fig6_top_level_design.csv"_s));
        QCOMPARE(r.provenance, FigureProvenance::UserData);
        QCOMPARE(FigureExporter::exportChart(*r.chart, r.sourceLine(), m_dir.filePath(u"fig6-project.png"_s)), QString());
        QCOMPARE(sha256(path), before); // read, never written
    }

    void fig6FromAProjectWithoutRecords()
    {
        const QString path = m_dir.filePath(u"empty.cityatlas"_s);
        QVERIFY(ProjectStore::create(path).store);
        const FigureResult r = Figure::build(u"fig6"_s, path);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        QCOMPARE(seriesOf<QHorizontalStackedBarSeries>(*r.chart).size(), 1); // the paper's figure
        QVERIFY(r.sourceLine().contains(u"the project empty.cityatlas has no review records: the paper's numbers"_s));
        QVERIFY(r.sourceLine().contains(u"numbers as given in the paper"_s));
    }

    // A project of an older schema would be migrated in place when opened: refused.
    void fig6RefusesAnOldProject()
    {
        QByteArray header(100, '\0');
        header.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        header[63] = 1; // PRAGMA user_version = 1
        const QString path = m_dir.filePath(u"old.cityatlas"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(header) == header.size());
        file.close();
        const FigureResult r = Figure::build(u"fig6"_s, path);
        QVERIFY(!r.ok());
        QVERIFY(r.issues.first().message.contains(u"older"_s));
        QCOMPARE(sha256(path), QCryptographicHash::hash(header, QCryptographicHash::Sha256));

        const FigureResult missing = Figure::build(u"fig6"_s, m_dir.filePath(u"none.cityatlas"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.issues.first().message.contains(u"none.cityatlas"_s));
    }

    void wrongColumnsAreNamed()
    {
        const FigureResult r = Figure::build(u"fig6"_s, data("bib_no_year.csv"));
        QVERIFY(!r.ok());
        QVERIFY(r.issues.first().message.contains(u"no level column"_s));
        const FigureResult regions = Figure::build(u"fig7c"_s, data("province_short_names.csv"));
        QVERIFY(!regions.ok());
    }

    // Every figure of the gallery (cityatlas-cli figure --list) at common sizes and at the
    // sizes of its items in the default report (fig6 also from a project with review records,
    // 2103 × 686 pixels at 200 dpi on page 4), laid out for that size: it is drawn; every text
    // is inside the image, whole (not elided), at least at the floor size, and at the stated
    // minimum unless the export warned; the figure's own labels overlap neither each other
    // nor anything else; every category label is drawn, with all its characters; a
    // diagram's labels fit their nodes. At 1600 × 1000 and larger there is no warning.
    void everyFigureFitsTheSizeAsked_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("mustFit"); // no warning expected
        QTest::addColumn<bool>("report");  // an item of the default report
        QTest::addColumn<QString>("language");
        const auto pathOf = [this](const QString &figure) {
            return figure == u"fig4"_s     ? data("wos_savedrecs.txt")
                 : figure == u"pilots"_s ? data("pilots_named_in_sources.csv")
                                         : QString();
        };
        for (const Figure &f : Figure::all()) {
            for (const QSize size : {QSize(1000, 700), QSize(1400, 900), QSize(1600, 1000), QSize(2000, 1250)})
                QTest::addRow("%s %dx%d", qPrintable(f.name), size.width(), size.height())
                    << f.name << pathOf(f.name) << size << (size.width() >= 1600) << false << u"en"_s;
            // In Chinese too: every figure fits 1600 × 1000 whole, with its Chinese labels.
            for (const QSize size : {QSize(1000, 700), QSize(1600, 1000)})
                QTest::addRow("%s %dx%d zh_CN", qPrintable(f.name), size.width(), size.height())
                    << f.name << pathOf(f.name) << size << (size.width() >= 1600) << false << u"zh_CN"_s;
        }
        // The report's chart items, at the size the report draws them (ReportCharts).
        const ReportDefinition report = ReportDefinition::defaultTemplate();
        const QString project = reviewProject();
        for (int p = 0; p < report.pages.size(); ++p) {
            const QList<QRectF> rects = ReportRenderer::itemRectsMm(report.pages[p]);
            for (int i = 0; i < rects.size(); ++i) {
                const ReportItem &item = report.pages[p].items[i];
                if (item.kind != ReportItem::Kind::Chart)
                    continue;
                const QSizeF pixels = ReportRenderer::chartRect(item, rects[i]).size() / 25.4 * Figure::DefaultDpi;
                // Below the figure's smallest size, the report draws it at that size (ReportCharts).
                FigureResult built = Figure::build(item.figure, pathOf(item.figure));
                QVERIFY(built.ok());
                const QSize size = FigureExporter::minimumSize(*built.chart, QSize(int(std::ceil(pixels.width())),
                                                                                   int(std::ceil(pixels.height()))),
                                                               Figure::DefaultDpi);
                for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
                    QTest::addRow("report page %d item %d %s %dx%d %s", p + 1, i + 1, qPrintable(item.figure), size.width(),
                                  size.height(), qPrintable(language))
                        << item.figure << pathOf(item.figure) << size << false << true << language;
                    if (item.figure == u"fig6"_s)
                        QTest::addRow("report page %d item %d fig6 with review records %dx%d %s", p + 1, i + 1, size.width(),
                                      size.height(), qPrintable(language))
                            << item.figure << project << size << true << true << language;
                }
            }
        }
    }

    void everyFigureFitsTheSizeAsked()
    {
        QFETCH(QString, figure);
        QFETCH(QString, path);
        QFETCH(QSize, size);
        QFETCH(bool, mustFit);
        QFETCH(bool, report);
        QFETCH(QString, language);
        QVERIFY(useLanguage(language));
        const auto english = qScopeGuard([this] { useLanguage(u"en"_s); });
        FigureResult r = Figure::build(figure, path);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        // Below its smallest size a figure is refused, with the size it needs.
        const QSizeF smallest = Figure::find(figure)->smallestInches.isEmpty()
            ? QSizeF(FigureExporter::MinimumWidthInches, FigureExporter::MinimumHeightInches)
            : Figure::find(figure)->smallestInches;
        if (size.width() < smallest.width() * Figure::DefaultDpi || size.height() < smallest.height() * Figure::DefaultDpi) {
            const QString error = FigureExporter::exportChart(*r.chart, r.sourceLine(), m_dir.filePath(u"small.png"_s),
                                                              {size, Figure::DefaultDpi});
            if (language == u"en"_s)
                QVERIFY2(error.contains(u"is too small for %1: it needs at least"_s.arg(figure)), qPrintable(error));
            QVERIFY2(error.contains(figure), qPrintable(error));
            QVERIFY(!QFile::exists(m_dir.filePath(u"small.png"_s)));
            QVERIFY(!report); // the report draws it at its smallest size instead (below)
            return;
        }
        IssueList warnings;
        const QImage image = FigureExporter::renderImage(*r.chart, r.sourceLine(), {size, Figure::DefaultDpi}, &warnings);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        for (const Issue &w : std::as_const(warnings))
            qInfo("%s", qPrintable(w.message));
        if (mustFit)
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0).message));

        const QList<DrawnText> drawn = drawnTextBoxes(*r.chart);
        QVERIFY(!drawn.isEmpty());
        const QRectF chartRect = r.chart->mapRectToScene(r.chart->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
        QStringList texts;
        for (const DrawnText &t : drawn) {
            texts << squeezed(FigureData::plainText(t.text));
            QVERIFY2(chartRect.contains(t.box), qPrintable(t.text));
            QVERIFY2(!elided(t.text), qPrintable(t.text));
            QVERIFY2(t.inBox, qPrintable(t.text));
            QVERIFY2(t.pointSize >= LabelFit::FloorPointSize - 1e-9, qPrintable(t.text));
            if (warnings.isEmpty())
                QVERIFY2(t.pointSize >= LabelFit::MinimumPointSize - 1e-9,
                         qPrintable(u"%1 at %2 pt"_s.arg(t.text).arg(t.pointSize)));
        }
        // The figure's own labels are apart from every other text.
        for (int i = 0; i < drawn.size(); ++i)
            for (int j = 0; j < drawn.size(); ++j) {
                if (i == j || !drawn[i].own || (drawn[j].own && j < i))
                    continue;
                const QRectF common = drawn[i].box.intersected(drawn[j].box);
                QVERIFY2(common.width() < 0.5 || common.height() < 0.5, qPrintable(drawn[i].text + u" / "_s + drawn[j].text));
            }
        // Every category is drawn whole, wherever its lines break.
        for (QAbstractAxis *axis : r.chart->axes())
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis); categories && categories->labelsVisible())
                for (const QString &category : categories->categories())
                    QVERIFY2(texts.contains(squeezed(FigureData::plainText(category))), qPrintable(category));
        if (auto *diagram = qobject_cast<DiagramChart *>(r.chart.get())) {
            QVERIFY(diagram->labelsFit());
            QVERIFY(!diagram->nodesOverlap());
        }
    }

    // Table 1 at 1400 × 900: every city name is drawn whole beside its first and last point,
    // rank 1 on top on both sides, the names in rank order.
    void table1NamesAreReadable()
    {
        FigureResult r = Figure::build(u"table1"_s);
        QVERIFY(r.ok());
        QVERIFY(!FigureExporter::renderImage(*r.chart, r.sourceLine(), {QSize(1400, 900), 200}).isNull());
        const QStringList cities{u"Zurich"_s, u"Oslo"_s, u"Copenhagen"_s, u"London"_s, u"Singapore"_s, u"Helsinki"_s,
                                 u"Geneva"_s, u"Stockholm"_s, u"Beijing"_s, u"Abu Dhabi"_s, u"Prague"_s, u"Amsterdam"_s,
                                 u"Seoul"_s, u"Dubai"_s, u"Auckland"_s, u"Bilbao"_s, u"Vienna"_s, u"Taipei City"_s};
        for (const QString &side : {u"end-label-left"_s, u"end-label-right"_s}) {
            QList<QGraphicsSimpleTextItem *> names = FigureData::labels(*r.chart, side);
            QCOMPARE(names.size(), cities.size());
            QStringList texts;
            for (const QGraphicsSimpleTextItem *n : std::as_const(names))
                texts << n->text();
            for (const QString &city : cities)
                QVERIFY2(texts.filter(city).size() == 1, qPrintable(side + u": "_s + city));
            std::sort(names.begin(), names.end(), [](auto *a, auto *b) { return a->scenePos().y() < b->scenePos().y(); });
            const bool left = side == u"end-label-left"_s;
            QCOMPARE(names.first()->text(), left ? u"Zurich  1"_s : u"1  Zurich"_s); // rank 1 on top
            QCOMPARE(names.last()->text(), left ? u"Beijing  30"_s : u"29  Taipei City"_s);
            for (int i = 1; i < names.size(); ++i) // in rank order, apart
                QVERIFY(FigureData::labelRect(names[i - 1]).bottom() <= FigureData::labelRect(names[i]).top() + 0.5);
        }
    }

    // Figure 3 at 1400 × 900: the unsourced ninth item of L1 is wrapped inside its box.
    void fig3LongItemIsWrapped()
    {
        FigureResult r = Figure::build(u"fig3"_s);
        DiagramChart *chart = laidOut(r, {QSize(1400, 900), 200});
        QVERIFY(chart);
        const DiagramChart::Node *ninth = nullptr;
        const DiagramChart::Node *eighth = nullptr;
        for (const DiagramChart::Node &n : chart->nodes()) {
            if (n.id == u"L1-remainder"_s)
                ninth = &n;
            if (n.id == u"L1P8"_s)
                eighth = &n;
        }
        QVERIFY(ninth && eighth);
        QVERIFY(DiagramChart::labelFits(*ninth));
        QVERIFY(ninth->rect.height() > eighth->rect.height()); // two lines
        QVERIFY(ninth->fittedPointSize >= 5.5);
        QVERIFY(chart->labelsFit());
        QVERIFY(!chart->nodesOverlap());
    }

    void exportPng_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("path");
        for (const char *name : {"fig2", "fig3", "fig6", "fig7d", "table1", "table2"})
            QTest::newRow(name) << QString::fromUtf8(name) << QString();
        QTest::newRow("fig4") << u"fig4"_s << data("wos_savedrecs.txt");
    }

    void exportPng()
    {
        QFETCH(QString, figure);
        QFETCH(QString, path);
        FigureResult r = Figure::build(figure, path);
        QVERIFY(r.ok());
        const QString out = m_dir.filePath(figure + u".png"_s);
        const int dpi = 120;
        QCOMPARE(FigureExporter::exportChart(*r.chart, r.sourceLine(), out, {QSize(900, 600), dpi}), QString());
        const QImage image(out);
        QCOMPARE(image.size(), QSize(900, 600));
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
        // Something is drawn in the chart area and the source line at the bottom.
        int dark = 0, sourceDark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qGray(image.pixel(x, y)) < 128)
                    ++(y > image.height() - 20 ? sourceDark : dark);
        QVERIFY(dark > 1000);
        QVERIFY(sourceDark > 20);
    }

    void exportSvgAndPdf()
    {
        FigureResult r = Figure::build(u"fig7a"_s);
        QVERIFY(r.ok());
        const QString svg = m_dir.filePath(u"fig7a.svg"_s);
        const QString pdf = m_dir.filePath(u"fig7a.pdf"_s);
        QCOMPARE(FigureExporter::exportChart(*r.chart, r.sourceLine(), svg, {QSize(1000, 700), 100}), QString());
        QCOMPARE(FigureExporter::exportChart(*r.chart, r.sourceLine(), pdf, {QSize(1000, 700), 100}), QString());
        QFile svgFile(svg), pdfFile(pdf);
        QVERIFY(svgFile.open(QIODevice::ReadOnly) && pdfFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("sample")); // the source line
        // 1000 × 700 px at 100 dpi = 10 × 7 inches = 254 × 177.8 mm.
        QVERIFY(svgText.contains("width=\"254mm\""));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
    }

    void exportErrors()
    {
        FigureResult r = Figure::build(u"fig6"_s);
        QVERIFY(r.ok());
        QVERIFY(FigureExporter::exportChart(*r.chart, {}, m_dir.filePath(u"x.gif"_s)).contains(u"unsupported output format"_s));
        QVERIFY(!FigureExporter::exportChart(*r.chart, {}, m_dir.filePath(u"x.png"_s), {QSize(0, 10), 100}).isEmpty());
        QVERIFY(!FigureExporter::exportChart(*r.chart, {}, m_dir.filePath(u"no/such/dir/x.png"_s)).isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
        // A chart shown in a view is not taken out of it.
        QChartView view(r.chart.release());
        QVERIFY(FigureExporter::exportChart(*view.chart(), {}, m_dir.filePath(u"y.png"_s)).contains(u"shown in a view"_s));
        QCOMPARE(view.chart()->scene(), view.scene());
    }

    void galleryShowsFigures()
    {
        FigureGallery gallery;
        gallery.resize(700, 600);
        gallery.show();
        QVERIFY(gallery.showFigure(u"fig6"_s));
        QCOMPARE(gallery.chartView()->chart()->series().size(), 1);
        QVERIFY(gallery.sourceLine().contains(u"fig6_top_level_design.csv"_s));
        QVERIFY(gallery.message().isEmpty());

        QVERIFY(gallery.showFigure(u"fig4"_s)); // no bundled data: asks for a file
        QVERIFY(gallery.message().contains(u"Load data"_s));
        gallery.setDataPath(u"fig4"_s, data("wos_savedrecs.txt"));
        QVERIFY(gallery.message().isEmpty());
        QCOMPARE(gallery.chartView()->chart()->series().size(), 1);
        const QImage image = gallery.renderCurrent({QSize(600, 400), 96});
        QCOMPARE(image.size(), QSize(600, 400));

        QVERIFY(gallery.showFigure(u"fig2"_s)); // a diagram: no series
        QVERIFY(gallery.message().isEmpty());
        QVERIFY(qobject_cast<DiagramChart *>(gallery.chartView()->chart()));
        QVERIFY(gallery.showFigure(u"fig3"_s));
        QVERIFY(gallery.sourceLine().contains(u"gbt33356-2016.json"_s));
        auto *tree = qobject_cast<DiagramChart *>(gallery.chartView()->chart());
        QVERIFY(tree);
        QTRY_VERIFY(!tree->nodes().first().rect.isEmpty()); // laid out in the preview
        QVERIFY(tree->labelsFit());

        QVERIFY(!gallery.showFigure(u"nope"_s));
    }
};

QTEST_MAIN(TestFigures)
#include "tst_figures.moc"

