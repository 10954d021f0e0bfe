// Reports: the definition's JSON and its round trip through a project, the PDF (page count,
// page sizes, provenance text read back with pdftotext), the self-contained HTML, and clear
// errors for bad items.
#include "maps/data/bundleddata.h"
#include "maps/project/projectstore.h"
#include "widgets/report/reportcharts.h"
#include "widgets/report/reportrenderer.h"
#include "tests/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace CityAtlas::TestSupport;
using namespace Qt::StringLiterals;

namespace {

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

ReportItem item(ReportItem::Kind kind)
{
    ReportItem i;
    i.kind = kind;
    return i;
}

// Two pages: a map with a text block (A4 portrait), then a Moran table and a chart (A3 landscape).
ReportDefinition twoPages()
{
    ReportItem map = item(ReportItem::Kind::Map);
    map.field = u"density_2022"_s;
    map.title = u"Density"_s;
    map.method = u"jenks"_s;
    ReportItem text = item(ReportItem::Kind::Text);
    text.title = u"Notes"_s;
    text.text = u"First paragraph.\n\nSecond paragraph with 中文."_s;
    text.height = 0.3;
    ReportItem moran = item(ReportItem::Kind::Table);
    moran.table = u"moran"_s;
    moran.title = u"Moran"_s;
    moran.parameters = {{u"field"_s, u"density_2022"_s}, {u"weights"_s, u"queen"_s}, {u"permutations"_s, 999}, {u"seed"_s, 42}};
    ReportItem chart = item(ReportItem::Kind::Chart);
    chart.figure = u"fig7b"_s;
    ReportDefinition report;
    report.name = u"two-pages"_s;
    report.title = u"Two pages"_s;
    ReportPage first;
    first.items = {text, map};
    ReportPage second;
    second.size = QPageSize::A3;
    second.orientation = QPageLayout::Landscape;
    second.items = {moran, chart};
    report.pages = {first, second};
    return report;
}

ReportRenderer prepared(const ReportDefinition &report, IssueList *issues)
{
    ReportRenderer::Input input;
    input.report = report;
    input.charts = ReportCharts::prepare(report);
    ReportRenderer renderer(std::move(input));
    *issues = renderer.prepare();
    return renderer;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(u"0.1.0-test"_s);
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
    }

    void jsonRoundTrip()
    {
        const ReportDefinition report = ReportDefinition::defaultTemplate();
        QCOMPARE(report.pages.size(), 9);
        IssueList issues;
        const ReportDefinition back = ReportDefinition::fromJsonText(report.toJsonText(), {}, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(messages(issues)));
        QCOMPARE(back, report);
    }

    void badDefinitionsNameThePlace()
    {
        IssueList issues;
        ReportDefinition::fromJsonText(R"({"name":"x","pages":[{"size":"A5"},{"items":[{"kind":"map"},{"kind":"graph"}]}]})",
                                       {}, &issues);
        const QString text = messages(issues);
        QVERIFY2(text.contains(u"report 'x', page 1: unknown page size 'A5' (A4 or A3)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"report 'x', page 2, item 1: a map item needs 'field'"_s), qPrintable(text));
        QVERIFY2(text.contains(u"report 'x', page 2, item 2: unknown item kind 'graph'"_s), qPrintable(text));
        issues.clear();
        ReportDefinition::fromJsonText("{not json", u"broken"_s, &issues);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues[0].message.startsWith(u"report 'broken': not a valid report definition"_s), qPrintable(issues[0].message));
    }

    void roundTripThroughProject()
    {
        const QString path = m_dir.filePath(u"reports.cityatlas"_s);
        const ReportDefinition report = twoPages();
        {
            auto created = ProjectStore::create(path);
            QVERIFY(created.store);
            created.store->setReport(report.name, QString::fromUtf8(report.toJsonText()));
            QVERIFY(created.store->save().isEmpty());
        }
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.store);
        const SavedReport *saved = opened.store->report(u"two-pages"_s);
        QVERIFY(saved);
        IssueList issues;
        QCOMPARE(ReportDefinition::fromJsonText(saved->definitionJson.toUtf8(), saved->name, &issues), report);
        QVERIFY(issues.isEmpty());
    }

    void pdfHasPagesAndProvenance()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are needed");
        IssueList issues;
        ReportRenderer renderer = prepared(twoPages(), &issues);
        QVERIFY2(!hasErrors(issues), qPrintable(messages(issues)));
        const QString pdf = m_dir.filePath(u"two-pages.pdf"_s);
        QCOMPARE(renderer.writePdf(pdf), QString());
        // Two pages of the report and one of provenance.
        QCOMPARE(renderer.pdfPageCount(), 3);
        const QString info = run(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"3"_s, pdf});
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+3\\n"_s)), qPrintable(info));
        // A4 portrait is 595.28 × 841.89 pt, A3 landscape 1190.55 × 841.89 pt (pdfinfo rounds them).
        QVERIFY2(info.contains(QRegularExpression(u"Page\\s+1 size:\\s+595 x 842 pts \\(A4\\)"_s)), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(u"Page\\s+2 size:\\s+1191 x 842 pts \\(A3\\)"_s)), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(u"Page\\s+3 size:\\s+595 x 842 pts \\(A4\\)"_s)), qPrintable(info));

        // NFKC: pdftotext gives the ligatures the font drew (ﬁ, ﬀ) as single characters.
        const QString last = run(u"pdftotext"_s, {u"-f"_s, u"3"_s, u"-l"_s, u"3"_s, u"-raw"_s, pdf, u"-"_s})
                                 .normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY2(last.contains(u"Provenance"_s), qPrintable(last));
        QVERIFY2(last.contains(u"Generated by CityAtlas 0.1.0-test"_s), qPrintable(last));
        // Lines wrap anywhere: compare without spaces.
        const QString compact = QString(last).remove(u' ');
        // Each dataset with its licence and the SHA-256 of the file, computed here independently.
        for (const QString &file : {BundledData::provincesPath(), BundledData::provinceStatsPath(),
                                    BundledData::path(u"sample_fig7_investment.csv"_s)}) {
            const QString sha = sha256Of(file);
            QCOMPARE(sha.size(), 64);
            QVERIFY2(compact.contains(u"SHA-256"_s + sha), qPrintable(file + u": "_s + sha));
        }
        QVERIFY2(compact.contains(u"china_provinces.gpkg(provincial-leveldivisionsofChina)"_s), qPrintable(last));
        QVERIFY2(compact.contains(u"Licence:ApacheLicense2.0"_s), qPrintable(last));
        QVERIFY2(compact.contains(u"[sample]sample_fig7_investment.csv"_s), qPrintable(last));
        // Every method with its parameters.
        QVERIFY2(compact.contains(u"Moran'sI:fielddensity_2022,queencontiguity,snap100m,row-standardised,999permutations,seed42"_s),
                 qPrintable(last));
        QVERIFY2(compact.contains(u"Choroplethmapofdensity_2022:5classes(jenks)"_s), qPrintable(last));

        const QString second = run(u"pdftotext"_s, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, pdf, u"-"_s});
        QVERIFY2(second.contains(u"Moran's I"_s) && second.contains(u"999 permutations"_s), qPrintable(second));
        QVERIFY2(second.contains(u"Page 2"_s), qPrintable(second));
    }

    void htmlIsSelfContained()
    {
        IssueList issues;
        ReportRenderer renderer = prepared(twoPages(), &issues);
        QVERIFY2(!hasErrors(issues), qPrintable(messages(issues)));
        const QString path = m_dir.filePath(u"two-pages.html"_s);
        QCOMPARE(renderer.writeHtml(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        // No reference outside the file: every src is a data: URI, no href, no CSS url(), no @import.
        static const QRegularExpression reference(u"\\b(src|href|srcset|action|poster)\\s*=\\s*[\"']?([^\"'\\s>]*)"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        int images = 0;
        for (auto it = reference.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QCOMPARE(m.captured(1).toLower(), u"src"_s);
            QVERIFY2(m.captured(2).startsWith(u"data:image/"_s), qPrintable(m.captured(0).left(80)));
            ++images;
        }
        QCOMPARE(int(html.count(u"<img"_s)), images);
        QCOMPARE(images, 2); // the map and the chart
        QVERIFY(!html.contains(u"url("_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"@import"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive) && !html.contains(u"<link"_s, Qt::CaseInsensitive));
        // The embedded SVGs do not point outside either.
        static const QRegularExpression data(u"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)"_s);
        for (auto it = data.globalMatch(html); it.hasNext();) {
            const QByteArray svg = QByteArray::fromBase64(it.next().captured(1).toLatin1());
            QVERIFY(svg.startsWith("<?xml"));
            QVERIFY(!QRegularExpression(u"href\\s*=\\s*\"(?!data:|#)"_s).match(QString::fromUtf8(svg)).hasMatch());
        }
        QVERIFY(html.contains(u"<th>Statistic</th>"_s));
        QVERIFY(html.contains(u"Second paragraph with 中文."_s));
        QVERIFY(html.contains(u"SHA-256 "_s + sha256Of(BundledData::provincesPath())));
        QVERIFY(html.contains(u"999 permutations, seed 42"_s));
    }

    void badItemsGiveClearErrors()
    {
        ReportDefinition report;
        report.name = u"bad"_s;
        ReportItem chart = item(ReportItem::Kind::Chart);
        chart.figure = u"fig99"_s;
        ReportItem map = item(ReportItem::Kind::Map);
        map.field = u"no_such_field"_s;
        ReportItem table = item(ReportItem::Kind::Table);
        table.table = u"anova"_s;
        ReportPage page;
        page.items = {chart, map, table};
        report.pages = {page};
        IssueList issues;
        ReportRenderer renderer = prepared(report, &issues);
        const QString text = messages(issues);
        QVERIFY2(text.contains(u"report 'bad', page 1, item 1: unknown figure 'fig99' (figures: fig2,"_s), qPrintable(text));
        QVERIFY2(text.contains(u"report 'bad', page 1, item 2: "_s) && text.contains(u"no_such_field"_s), qPrintable(text));
        QVERIFY2(text.contains(u"report 'bad', page 1, item 3: unknown table 'anova' (tables: inequality, moran, coverage, evaluation)"_s),
                 qPrintable(text));
        const QString pdf = m_dir.filePath(u"bad.pdf"_s);
        QVERIFY(!renderer.writePdf(pdf).isEmpty());
        QVERIFY(!QFile::exists(pdf));
    }

    // A report comes from a project, which is data: it names no files and its work is bounded.
    void hostileReportParameters_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QJsonObject>("parameters");
        QTest::addColumn<QString>("expected");
        QTest::newRow("weights file") << u"moran"_s << QJsonObject{{u"weights"_s, u"/etc/stolen.gal"_s}}
                                      << u"a report cannot read a weights file"_s;
        QTest::newRow("permutations") << u"moran"_s << QJsonObject{{u"permutations"_s, 1000000000}}
                                      << u"permutations must be between 0 and 99999, not 1000000000"_s;
        QTest::newRow("system file") << u"evaluation"_s << QJsonObject{{u"system"_s, u"/dev/zero"_s}}
                                     << u"'/dev/zero' is not a bundled indicator system"_s;
    }

    void hostileReportParameters()
    {
        QFETCH(QString, table);
        QFETCH(QJsonObject, parameters);
        QFETCH(QString, expected);
        ReportItem hostile = item(ReportItem::Kind::Table);
        hostile.table = table;
        hostile.parameters = parameters;
        ReportDefinition report;
        report.name = u"hostile"_s;
        report.pages = {ReportPage{QPageSize::A4, QPageLayout::Portrait, {hostile}}};
        IssueList issues;
        prepared(report, &issues);
        QVERIFY2(messages(issues).contains(expected), qPrintable(messages(issues)));
    }

    void tooManyPages()
    {
        QJsonArray pages;
        for (int p = 0; p < 501; ++p)
            pages.append(QJsonObject{{u"items"_s, QJsonArray{}}});
        IssueList issues;
        const ReportDefinition report = ReportDefinition::fromJson({{u"name"_s, u"big"_s}, {u"pages"_s, pages}}, &issues);
        QVERIFY(report.pages.isEmpty());
        QVERIFY2(messages(issues).contains(u"report 'big': 501 pages; a report has at most 500"_s), qPrintable(messages(issues)));
    }

    void mapOfAProjectLayer()
    {
        const QString path = m_dir.filePath(u"layers.cityatlas"_s);
        auto created = ProjectStore::create(path);
        QVERIFY(created.store);
        IssueList issues;
        const qint64 id = created.store->addLayer(BundledData::provincesPath(), u"provinces"_s, u"my provinces"_s, false, &issues);
        QVERIFY(id > 0);
        QVERIFY(created.store->addJoin({0, id, BundledData::provinceStatsPath(), u"code"_s, u"code"_s, u"code"_s, {}, {}}, &issues) > 0);
        ReportItem map = item(ReportItem::Kind::Map);
        map.layer = u"my provinces"_s;
        map.field = u"pop_2022"_s; // only there through the join
        ReportDefinition report;
        report.name = u"layers"_s;
        report.pages = {ReportPage{QPageSize::A4, QPageLayout::Portrait, {map}}};
        // A layer the project may not open: a VRT that names a remote source.
        QVERIFY(QFile::copy(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/hostile_remote.vrt"), m_dir.filePath(u"remote.vrt"_s)));
        QVERIFY(created.store->addLayer(m_dir.filePath(u"remote.vrt"_s), {}, u"remote"_s, false, &issues) > 0);
        IssueList warnings;
        ReportRenderer::Input input = ReportRenderer::inputFor(report, created.store.get(), &warnings);
        QCOMPARE(input.layers.size(), 1); // the VRT is not among the layers to read
        ReportRenderer renderer(input);
        issues = renderer.prepare();
        QVERIFY2(!hasErrors(issues), qPrintable(messages(issues)));
        QCOMPARE(renderer.provenance().datasets().size(), 2);
        QCOMPARE(renderer.provenance().datasets()[1].fileName, u"china_province_stats.csv"_s);
        input.report.pages[0].items[0].layer = u"remote"_s;
        ReportRenderer refused(input);
        QVERIFY2(messages(refused.prepare()).contains(u"the layer 'remote' of the project cannot be read"_s), "the VRT was read");
        // An unknown layer names the ones there are.
        input.report.pages[0].items[0].layer = u"roads"_s;
        ReportRenderer unknown(input);
        issues = unknown.prepare();
        QVERIFY2(messages(issues).contains(u"report 'layers', page 1, item 1: unknown layer 'roads' (layers: provinces, prefectures, "
                                           "my provinces, remote)"_s), qPrintable(messages(issues)));
    }

    void provenanceRecords()
    {
        ReportProvenance provenance;
        provenance.addDataset(BundledData::provinceStatsPath());
        provenance.addDataset(BundledData::path(u"paper/fig6_top_level_design.csv"_s));
        provenance.addDataset(BundledData::path(u"paper/../china_province_stats.csv"_s)); // the same file: listed once
        provenance.addDataset(BundledData::prefecturesPath());     // inside a zip: the archive is the file
        provenance.addDataset(BundledData::path(u"sample_fig7_investment.csv"_s));
        const QList<DatasetRecord> &records = provenance.datasets();
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].fileName, u"china_province_stats.csv"_s);
        QCOMPARE(records[0].sha256, sha256Of(BundledData::provinceStatsPath()));
        QVERIFY(!records[0].sample);
        QCOMPARE(records[1].fileName, u"fig6_top_level_design.csv"_s);
        QCOMPARE(records[1].licence, u"as the paper"_s); // from the datasets README's row for paper/*.csv
        QCOMPARE(records[2].fileName, u"china_prefectures.gpkg.zip"_s);
        QCOMPARE(records[2].sha256, sha256Of(BundledData::path(u"china_prefectures.gpkg.zip"_s)));
        QVERIFY(records[2].licence.contains(u"WTFPL"_s));
        QVERIFY(records[3].sample);
        QVERIFY(records[3].title.startsWith(u"DERIVED SAMPLE for Figure 7B"_s));
    }

    void previewPage()
    {
        IssueList issues;
        ReportRenderer renderer = prepared(twoPages(), &issues);
        const QImage page = renderer.renderPage(1, 50);
        // A3 landscape, 420 × 297 mm at 50 dpi: 826.8 × 584.6 pixels, rounded.
        QCOMPARE(page.size(), QSize(827, 585));
        QVERIFY(renderer.renderPage(2, 50).isNull());
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
