// cityatlas-cli report as a user runs it: the default template without a project, a project
// without reports (the default), a saved report by name, Chinese, and clear errors.
#include "tests/app/clirunner.h"
#include "maps/project/projectstore.h"
#include "maps/report/reportdefinition.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace CliTest;
using namespace Qt::StringLiterals;

namespace {

QString output(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(output(u"pdfinfo"_s, {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of pages from `first` on, without spaces (lines wrap anywhere) and ligatures.
QString pdfText(const QString &pdf, int first)
{
    return output(u"pdftotext"_s, {u"-f"_s, QString::number(first), u"-raw"_s, pdf, u"-"_s})
        .normalized(QString::NormalizationForm_KC).remove(QRegularExpression(u"\\s"_s));
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()) : QString();
}

bool oneLine(const QString &text) { return !text.trimmed().isEmpty() && !text.trimmed().contains(u'\n'); }

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A project with one saved report (a text block and the coverage table) and two records.
    QString projectWithReport()
    {
        const QString file = path(u"saved.cityatlas"_s);
        if (QFile::exists(file))
            return file;
        auto created = ProjectStore::create(file);
        if (!created.store)
            return {};
        ReportDefinition report;
        report.name = u"coverage-note"_s;
        report.title = u"Coverage note"_s;
        ReportItem text;
        text.kind = ReportItem::Kind::Text;
        text.text = u"Reviewed by the planning office."_s;
        ReportItem table;
        table.kind = ReportItem::Kind::Table;
        table.table = u"coverage"_s;
        table.title = u"Coverage"_s;
        ReportPage page;
        page.items = {text, table};
        report.pages = {page};
        created.store->setReport(report.name, QString::fromUtf8(report.toJsonText()));
        ReviewRecord guangzhou;
        guangzhou.unitId = u"440100"_s;
        guangzhou.status = ReviewStatus::Approved;
        ReviewRecord xiongan;
        xiongan.unitId = u"NA19"_s;
        xiongan.status = ReviewStatus::Preparing;
        if (!created.store->setReviewRecord(guangzhou, u"Li Wei"_s).isEmpty()
            || !created.store->setReviewRecord(xiongan, u"Li Wei"_s).isEmpty() || !created.store->save().isEmpty())
            return {};
        return file;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are needed");
    }

    void defaultTemplate()
    {
        const QString pdf = path(u"default.pdf"_s);
        const Run r = runCli({u"report"_s, u"--template"_s, u"default"_s, u"--out"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), pdf);
        // The template's 9 pages, then the provenance (two pages: it lists 19 datasets).
        QCOMPARE(pdfPages(pdf), 11);
        const QString provenance = pdfText(pdf, 10);
        QVERIFY2(provenance.contains(u"ProvenanceGeneratedbyCityAtlas"_s), qPrintable(provenance.left(300)));
        QVERIFY(provenance.contains(u"SHA-256"_s + sha256Of(dataset("china_provinces.gpkg"))));
        QVERIFY(provenance.contains(u"SHA-256"_s + sha256Of(dataset("china_prefectures.gpkg.zip"))));
        QVERIFY(provenance.contains(u"[sample]sample_smart_city_indicators.csv"_s));
        QVERIFY(provenance.contains(u"Moran'sI:fielddensity_2022,queencontiguity,snap100m,row-standardised,999permutations,seed42"_s));
        QVERIFY(provenance.contains(u"Compositeindex:systemsample-system.json,weightsentropy"_s));
        // The first page: the title in the header, the footer, the introduction.
        const QString first = pdfText(pdf, 1);
        QVERIFY2(first.startsWith(u"SmartcitiesinChinaPage1CityAtlas"_s), qPrintable(first.left(300)));
        QVERIFY(first.contains(u"Aboutthisreport"_s));
    }

    // The default report of a project with review records, as a user makes it: fig6 is then
    // drawn from the records on page 4, in an item of 2103 × 686 pixels at 200 dpi, and is laid
    // out for that size: the report is written, without a warning about fig6.
    void defaultReportWithReviewRecords()
    {
        const QString project = path(u"reviewed.cityatlas"_s);
        Run r = runCli({u"project"_s, u"new"_s, project, u"--layer"_s, dataset("china_provinces.gpkg")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({u"review"_s, u"import"_s, project, data("review_records.csv"), u"--reviewer"_s, u"X"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString pdf = path(u"reviewed.pdf"_s);
        r = runCli({u"report"_s, project, u"--out"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), pdf);
        QVERIFY2(!r.err.contains(u"fig6"_s), qPrintable(r.err)); // fig6 fits its item: not even a warning
        for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(u"cityatlas-cli: warning: "_s), qPrintable(line));
        QVERIFY(pdfPages(pdf) >= 11);
        // The same as HTML, where fig6 is an SVG with its text: drawn from the 7 review records
        // of tests/data/review_records.csv, next to the published numbers (Beijing and
        // Guangzhou: 2 of the 19 units of the top level, all 19 published).
        const QString html = path(u"reviewed.html"_s);
        r = runCli({u"report"_s, project, u"--out"_s, html});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpressionMatch fig6 =
            QRegularExpression(u"alt=\"fig6\" src=\"data:image/svg\\+xml;base64,([^\"]+)\""_s).match(readAll(html));
        QVERIFY(fig6.hasMatch());
        const QString svg = QString::fromUtf8(QByteArray::fromBase64(fig6.captured(1).toLatin1()));
        for (const char *text : {"reviewed.cityatlas (7 review record", "Vice-provincial level and above", "records 2/19",
                                 "published 19/19", "National urban clusters"})
            QVERIFY2(svg.contains(QString::fromUtf8(text)), text);
        QVERIFY(!svg.contains(QChar(0x2026)) && !svg.contains(u"..."_s)); // nothing elided
    }

    void projectWithoutReportGivesTheDefault()
    {
        const QString project = path(u"empty.cityatlas"_s);
        Run r = runCli({u"project"_s, u"new"_s, project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString html = path(u"empty.html"_s);
        r = runCli({u"report"_s, project, u"--out"_s, html});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = readAll(html);
        QVERIFY(text.contains(u"<h1>Smart cities in China</h1>"_s));
        QVERIFY(text.contains(u"Project: empty.cityatlas"_s));
        QVERIFY(!QRegularExpression(u"\\b(href|src)=\"(?!data:)"_s).match(text).hasMatch());
        QCOMPARE(int(text.count(u"<img "_s)), int(text.count(u"<img alt=\"\" src=\"data:image/svg+xml;base64,"_s))
                                                  + int(text.count(QRegularExpression(u"<img alt=\"[^\"]+\" src=\"data:image/svg\\+xml;base64,"_s))));
    }

    void savedReportByName()
    {
        const QString project = projectWithReport();
        QVERIFY(!project.isEmpty());
        const QString pdf = path(u"saved.pdf"_s);
        const Run r = runCli({u"report"_s, project, u"--name"_s, u"coverage-note"_s, u"--out"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pdfPages(pdf), 2); // one page and the provenance
        const QString page = pdfText(pdf, 1);
        QVERIFY2(page.contains(u"ReviewedbytheplanningOffice."_s, Qt::CaseInsensitive), qPrintable(page));
        // Guangzhou is a vice-provincial city (1 of 19), Xiong'an a national-level new area (1 of 19).
        QVERIFY2(page.contains(u"Vice-provinciallevelandabove11955.3%"_s) || page.contains(u"Vice-provinciallevelandabove1195.3%"_s),
                 qPrintable(page));
        QVERIFY2(page.contains(u"2reviewrecord"_s), qPrintable(page)); // "records" in English, "record(s)" without a translator
        const QString provenance = pdfText(pdf, 2);
        QVERIFY(provenance.contains(u"Project:saved.cityatlas"_s));
        QVERIFY(provenance.contains(u"Reviewrecordsoftheprojectsaved.cityatlas"_s));
        // Without --name, the only report is the one written.
        const Run again = runCli({u"report"_s, project, u"--out"_s, path(u"again.pdf"_s)});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(pdfPages(path(u"again.pdf"_s)), 2);
    }

    // A project whose layer lies next to it (stored relative to the project's folder), with
    // review records and a report of that layer, fig6 from the records and the coverage table,
    // written from another working directory, with the datasets folder named relatively too:
    // the provenance names each file as read, absolute, with its SHA-256.
    void provenanceFromAnotherFolder()
    {
        QTemporaryDir projectDir, workDir;
        QVERIFY(projectDir.isValid() && workDir.isValid());
        const QString layer = projectDir.filePath(u"layer.geojson"_s);
        QVERIFY(QFile::copy(data("grid3x3_styles.geojson"), layer));
        const QString project = projectDir.filePath(u"p.cityatlas"_s);
        Run r = runCli({u"project"_s, u"new"_s, project, u"--layer"_s, layer});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({u"review"_s, u"import"_s, project, data("review_records.csv"), u"--reviewer"_s, u"X"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        {
            auto opened = ProjectStore::open(project);
            QVERIFY(opened.store);
            QCOMPARE(opened.store->content().layers.value(0).sourcePath, u"layer.geojson"_s); // relative
            ReportItem map;
            map.kind = ReportItem::Kind::Map;
            map.layer = opened.store->content().layers.value(0).name;
            map.field = u"value"_s;
            map.title = u"Values"_s;
            ReportItem chart;
            chart.kind = ReportItem::Kind::Chart;
            chart.figure = u"fig6"_s;
            ReportItem table;
            table.kind = ReportItem::Kind::Table;
            table.table = u"coverage"_s;
            ReportDefinition report;
            report.name = u"layer"_s;
            report.title = u"Layer"_s;
            report.pages = {ReportPage{QPageSize::A4, QPageLayout::Portrait, {map, chart}},
                            ReportPage{QPageSize::A4, QPageLayout::Portrait, {table}}};
            opened.store->setReport(report.name, QString::fromUtf8(report.toJsonText()));
            QVERIFY(opened.store->save().isEmpty());
        }
        QProcess process;
        setCliEnvironment(process);
        QProcessEnvironment env = process.processEnvironment();
        env.insert(u"CITYATLAS_DATASETS"_s, QDir(workDir.path()).relativeFilePath(QStringLiteral(CITYATLAS_DATASETS_DIR)));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(workDir.path());
        process.start(QStringLiteral(CITYATLAS_CLI), {u"report"_s, QDir(workDir.path()).relativeFilePath(project),
                                                       u"--out"_s, u"r.html"_s});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QString html = readAll(QDir(workDir.path()).filePath(u"r.html"_s));
        const QRegularExpression item(u"<li>([^<]*)</li>"_s);
        QStringList lines;
        for (auto it = item.globalMatch(html); it.hasNext();)
            lines << it.next().captured(1);
        const auto lineOf = [&](const QString &start) {
            for (const QString &line : std::as_const(lines))
                if (line.startsWith(start))
                    return line;
            return QString();
        };
        // The layer and the project (fig6 reads its review records): named by their absolute path.
        const QString layerLine = lineOf(u"layer.geojson ("_s);
        QVERIFY2(layerLine.startsWith(u"layer.geojson (%1)"_s.arg(QFileInfo(layer).absoluteFilePath())), qPrintable(layerLine));
        QVERIFY2(layerLine.endsWith(u"SHA-256 "_s + sha256Of(layer)), qPrintable(layerLine));
        const QString projectLine = lineOf(u"p.cityatlas ("_s);
        QVERIFY2(projectLine.startsWith(u"p.cityatlas (%1)"_s.arg(QFileInfo(project).absoluteFilePath())), qPrintable(projectLine));
        QVERIFY2(projectLine.endsWith(u"SHA-256 "_s + sha256Of(project)), qPrintable(projectLine));
        // The bundled prefecture map, read as /vsizip/ of a relative archive path: the archive.
        const QString zipLine = lineOf(u"china_prefectures.gpkg.zip ("_s);
        QVERIFY2(zipLine.endsWith(u"SHA-256 "_s + sha256Of(dataset("china_prefectures.gpkg.zip"))), qPrintable(zipLine));
        QVERIFY2(!lineOf(u"fig6_top_level_design.csv ("_s).isEmpty(), qPrintable(lines.join(u'\n')));
        QVERIFY2(!html.contains(u"unavailable"_s), qPrintable(lines.join(u'\n')));
    }

    // The PDF's text layer reads back in both languages: words of the report's own pages, of
    // the maps and of the charts (drawn as text, not outlines), without CJK radicals standing in
    // for ideographs (人 read back as ⼈, U+2F08, where a CJK font maps both to one glyph), and
    // the fonts embedded as subsets (a whole CJK font alone is 5 MB or more). The maps label
    // the provinces with their Chinese names in both languages.
    void pdfTextReadsBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"Smart cities in China"_s, u"Page 1"_s, u"About this report"_s,
                                           u"黑龙江省"_s, u"people per km²"_s, u"Zurich"_s, u"Beijing"_s, u"SHA-256"_s, u"Sketch map (示意图)"_s};
        QTest::newRow("zh_CN") << u"zh_CN"_s
                               << QStringList{u"中国智慧城市"_s, u"第1页"_s, u"关于本报告"_s, u"人口密度"_s, u"黑龙江省"_s,
                                              u"每万人"_s, u"东部"_s, u"Zurich"_s, u"SHA-256"_s, u"示意图，非标准地图"_s};
    }

    void pdfTextReadsBack()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        const QString pdf = path(u"readback-%1.pdf"_s.arg(language));
        const Run r = runCli({u"--lang"_s, language, u"report"_s, u"--template"_s, u"default"_s, u"--out"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = output(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
        const QString squeezed = QString(text).remove(QRegularExpression(u"\\s"_s));
        for (const QString &word : std::as_const(words))
            QVERIFY2(squeezed.contains(QString(word).remove(u' ')), qPrintable(word + u" not in: "_s + text.left(600)));
        // CJK Radicals Supplement and Kangxi Radicals: none of them is written by the report.
        const QRegularExpressionMatch radical = QRegularExpression(u"[\\x{2E80}-\\x{2FDF}]"_s).match(text);
        QVERIFY2(!radical.hasMatch(), qPrintable(u"a radical in the text: "_s + text.mid(std::max(0, int(radical.capturedStart()) - 40), 80)));
        QVERIFY2(QFileInfo(pdf).size() < 2'000'000, qPrintable(QString::number(QFileInfo(pdf).size())));
    }

    void chinese()
    {
        const QString html = path(u"zh.html"_s);
        const Run r = runCli({u"--lang"_s, u"zh_CN"_s, u"report"_s, u"--template"_s, u"default"_s, u"--out"_s, html});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = readAll(html);
        QVERIFY(text.contains(u"<html lang=\"zh-CN\">"_s) || text.contains(u"<html lang=\"zh\">"_s));
        QVERIFY2(text.contains(u"<h1>中国智慧城市</h1>"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"<h2>来源</h2>"_s));
    }

    void badNameIsAClearError()
    {
        const QString project = projectWithReport();
        const QString out = path(u"never.pdf"_s);
        Run r = runCli({u"report"_s, project, u"--name"_s, u"nope"_s, u"--out"_s, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"no report named 'nope' (reports: coverage-note)"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = runCli({u"report"_s, u"--template"_s, u"fancy"_s, u"--out"_s, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"unknown template 'fancy' (templates: default)"_s), qPrintable(r.err));
        r = runCli({u"report"_s, project, u"--out"_s, path(u"r.docx"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"unsupported report format 'docx' (use .pdf or .html)"_s), qPrintable(r.err));
        r = runCli({u"report"_s, project});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--out REPORT.pdf|.html is required"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
