// cityatlas-cli figure as a user runs it: the list, real PNG/SVG/PDF files of the requested
// size, and one clear line on stderr with a non-zero exit for bad input.
#include "tests/app/clirunner.h"
#include "maps/project/projectstore.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

using namespace CliTest;

Run cli(const QStringList &arguments)
{
    return runCli(arguments);
}


bool oneLine(const QString &text) { return !text.trimmed().isEmpty() && !text.trimmed().contains(u'\n'); }

} // namespace

class TestCliFigure : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void list()
    {
        const Run r = cli({u"figure"_s, u"--list"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *name : {"fig2", "fig3", "fig4", "fig6", "fig7a", "fig7b", "fig7c", "fig7d", "table1", "table1-hdi", "table2"})
            QVERIFY2(r.out.contains(u"\n"_s + QString::fromUtf8(name) + u' ') || r.out.startsWith(QString::fromUtf8(name) + u' '), name);
        QVERIFY(r.out.contains(u"needs --data"_s)); // fig4
    }

    // A figure lays itself out for the size asked: table2 at 1600 × 1000, and at its smallest
    // size, 1400 × 900, is drawn without a warning. Where a figure's labels must be set below
    // their minimum size (fig3 at 1000 × 750), it warns and draws; only below its smallest size
    // (table2: 7 × 4.5 inches, 19 policy names), or any figure's (3 × 2 inches), is it refused,
    // with the size needed.
    void layoutForTheSizeAsked()
    {
        const QString fits = m_dir.filePath(u"table2-1600.png"_s);
        const Run drawn = cli({u"figure"_s, u"table2"_s, u"--out"_s, fits, u"--width"_s, u"1600"_s, u"--height"_s, u"1000"_s});
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
        QVERIFY2(drawn.err.isEmpty(), qPrintable(drawn.err));
        QCOMPARE(QImage(fits).size(), QSize(1600, 1000));

        const QString smallest = m_dir.filePath(u"table2-1400.png"_s);
        const Run whole = cli({u"figure"_s, u"table2"_s, u"--out"_s, smallest, u"--width"_s, u"1400"_s, u"--height"_s, u"900"_s});
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        QVERIFY2(whole.err.isEmpty(), qPrintable(whole.err));
        QCOMPARE(QImage(smallest).size(), QSize(1400, 900));

        const QString crowded = m_dir.filePath(u"fig3-1000.png"_s);
        const Run warned = cli({u"figure"_s, u"fig3"_s, u"--out"_s, crowded, u"--width"_s, u"1000"_s, u"--height"_s, u"750"_s});
        QVERIFY2(warned.exitCode == 0, qPrintable(warned.err));
        QVERIFY2(warned.err.contains(u"warning: fig3 at 1000 × 750 pixels at 200 dpi: the diagram's labels are set at"_s),
                 qPrintable(warned.err));
        QVERIFY2(warned.err.contains(u"below their 5.5 pt minimum"_s), qPrintable(warned.err));
        QCOMPARE(QImage(crowded).size(), QSize(1000, 750));

        const QString small = m_dir.filePath(u"table2-small.png"_s);
        const Run refused = cli({u"figure"_s, u"table2"_s, u"--out"_s, small, u"--width"_s, u"1200"_s, u"--height"_s, u"800"_s});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(oneLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"1200 × 800 pixels at 200 dpi is too small for table2: it needs at least 7 × 4.5 inches "
                                      "(1400 × 900 pixels at 200 dpi)"_s),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(small));
        const Run tiny = cli({u"figure"_s, u"fig7a"_s, u"--out"_s, small, u"--width"_s, u"500"_s, u"--height"_s, u"300"_s});
        QVERIFY(tiny.exitCode != 0);
        QVERIFY2(tiny.err.contains(u"too small for fig7a: it needs at least 3 × 2 inches (600 × 400 pixels at 200 dpi)"_s),
                 qPrintable(tiny.err));
        QVERIFY(!QFile::exists(small));
        // The same physical size at a lower resolution: fewer pixels suffice.
        const Run lowDpi = cli({u"figure"_s, u"table2"_s, u"--out"_s, small, u"--width"_s, u"800"_s, u"--height"_s, u"500"_s,
                                u"--dpi"_s, u"100"_s});
        QVERIFY2(lowDpi.exitCode == 0, qPrintable(lowDpi.err));
    }

    // The figures that fit in 5 × 3.5 inches are drawn at that size.
    void smallSizes_data()
    {
        QTest::addColumn<QString>("figure");
        for (const char *name : {"fig2", "fig6", "fig7a", "fig7b", "fig7c", "fig7d", "table1", "table1-hdi"})
            QTest::newRow(name) << QString::fromUtf8(name);
    }

    void smallSizes()
    {
        QFETCH(QString, figure);
        const QString out = m_dir.filePath(figure + u"-1000x700.png"_s);
        const Run r = cli({u"figure"_s, figure, u"--out"_s, out, u"--width"_s, u"1000"_s, u"--height"_s, u"700"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).size(), QSize(1000, 700));
    }

    void pngOfTheRequestedSize()
    {
        const QString out = m_dir.filePath(u"fig6.png"_s);
        const Run r = cli({u"figure"_s, u"fig6"_s, u"--out"_s, out, u"--width"_s, u"900"_s, u"--height"_s, u"600"_s,
                           u"--dpi"_s, u"150"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), out);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(900, 600));
        QCOMPARE(image.dotsPerMeterX(), qRound(150 / 0.0254));
    }

    void everyBundledFigure_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("fig7a svg") << u"fig7a"_s << u"svg"_s;
        QTest::newRow("fig7b png") << u"fig7b"_s << u"png"_s;
        QTest::newRow("fig7c pdf") << u"fig7c"_s << u"pdf"_s;
        QTest::newRow("fig7d png") << u"fig7d"_s << u"png"_s;
        QTest::newRow("table1 svg") << u"table1"_s << u"svg"_s;
        QTest::newRow("table1-hdi png") << u"table1-hdi"_s << u"png"_s;
        QTest::newRow("table2 pdf") << u"table2"_s << u"pdf"_s;
    }

    void everyBundledFigure()
    {
        QFETCH(QString, figure);
        QFETCH(QString, suffix);
        const QString out = m_dir.filePath(figure + u'.' + suffix);
        const Run r = cli({u"figure"_s, figure, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (suffix == u"png"_s)
            QCOMPARE(QImage::fromData(bytes).size(), QSize(2000, 1250)); // the default size
        else if (suffix == u"svg"_s)
            QVERIFY(bytes.contains("<svg"));
        else
            QVERIFY(bytes.startsWith("%PDF-"));
    }

    void fig4FromAWebOfScienceExport()
    {
        const QString out = m_dir.filePath(u"fig4.png"_s);
        const Run r = cli({u"figure"_s, u"fig4"_s, u"--data"_s, data("wos_savedrecs.txt"), u"--out"_s, out,
                           u"--width"_s, u"800"_s, u"--height"_s, u"500"_s, u"--dpi"_s, u"100"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"without a publication year"_s)); // a warning, not an error
        QCOMPARE(QImage(out).size(), QSize(800, 500));
    }

    // The diagrams: PNG files of the requested size, in English and in Chinese.
    void diagrams_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QSize>("size");
        QTest::newRow("fig2") << QStringList{u"figure"_s, u"fig2"_s} << QSize(1200, 800);
        QTest::newRow("fig2 zh_CN") << QStringList{u"--lang"_s, u"zh_CN"_s, u"figure"_s, u"fig2"_s} << QSize(1000, 700);
        QTest::newRow("fig3") << QStringList{u"figure"_s, u"fig3"_s} << QSize(1600, 1200);
        QTest::newRow("fig3 zh_CN") << QStringList{u"--lang"_s, u"zh_CN"_s, u"figure"_s, u"fig3"_s} << QSize(1400, 1000);
        QTest::newRow("fig3 file") << QStringList{u"figure"_s, u"fig3"_s, u"--data"_s, data("fig3_tiny_system.json")} << QSize(900, 700);
    }

    void diagrams()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QSize, size);
        const QString out = m_dir.filePath(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-') + u".png"_s);
        const Run r = cli(arguments + QStringList{u"--out"_s, out, u"--width"_s, QString::number(size.width()), u"--height"_s,
                                                  QString::number(size.height()), u"--dpi"_s, u"150"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(out);
        QCOMPARE(image.size(), size);
        QCOMPARE(image.dotsPerMeterX(), qRound(150 / 0.0254));
    }

    void diagramDefaultSizes()
    {
        const QString fig2 = m_dir.filePath(u"fig2-default.png"_s), fig3 = m_dir.filePath(u"fig3-default.png"_s);
        QCOMPARE(cli({u"figure"_s, u"fig2"_s, u"--out"_s, fig2}).exitCode, 0);
        QCOMPARE(cli({u"figure"_s, u"fig3"_s, u"--out"_s, fig3}).exitCode, 0);
        QCOMPARE(QImage(fig2).size(), QSize(2000, 1250));
        QCOMPARE(QImage(fig3).size(), QSize(2000, 1500)); // taller: one row per second-level indicator
    }

    // fig6 from a project's review records (built here through the project API).
    void fig6FromAProject()
    {
        const QString project = m_dir.filePath(u"review.cityatlas"_s);
        {
            CityAtlas::ProjectStore::OpenResult created = CityAtlas::ProjectStore::create(project);
            QVERIFY2(created.store, qPrintable(created.issues.value(0).message));
            for (const char *unit : {"110000", "620100", "NA19"}) {
                CityAtlas::ReviewRecord record;
                record.unitId = QString::fromUtf8(unit);
                record.status = CityAtlas::ReviewStatus::Approved;
                QVERIFY(created.store->setReviewRecord(record, u"tester"_s).isEmpty());
            }
            QVERIFY(created.store->save().isEmpty());
        }
        const QString out = m_dir.filePath(u"fig6-project.svg"_s);
        const Run r = cli({u"figure"_s, u"fig6"_s, u"--data"_s, project, u"--out"_s, out, u"--width"_s, u"1600"_s,
                           u"--height"_s, u"1000"_s, u"--dpi"_s, u"160"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("review.cityatlas (3 review record")); // the source line
        QVERIFY(svg.contains("records 1/19"));                      // Beijing of the 19 of its level

        const QString png = m_dir.filePath(u"fig6-project.png"_s);
        const Run zh = cli({u"--lang"_s, u"zh_CN"_s, u"figure"_s, u"fig6"_s, u"--data"_s, project, u"--out"_s, png});
        QVERIFY2(zh.exitCode == 0, qPrintable(zh.err));
        QCOMPARE(QImage(png).size(), QSize(2000, 1250));
    }

    void chineseLanguage()
    {
        const QString out = m_dir.filePath(u"fig7c-zh.png"_s);
        const Run r = cli({u"--lang"_s, u"zh_CN"_s, u"figure"_s, u"fig7c"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(out).isNull());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(u"bad.png"_s);
        QTest::newRow("unknown figure") << QStringList{u"figure"_s, u"fig99"_s, u"--out"_s, out} << u"unknown figure 'fig99'"_s;
        QTest::newRow("fig4 without data") << QStringList{u"figure"_s, u"fig4"_s, u"--out"_s, out} << u"needs a data file"_s;
        QTest::newRow("no year column") << QStringList{u"figure"_s, u"fig4"_s, u"--data"_s, data("bib_no_year.csv"), u"--out"_s, out}
                                        << u"no publication-year column"_s;
        QTest::newRow("unreadable file") << QStringList{u"figure"_s, u"fig6"_s, u"--data"_s, data("no_such_file.csv"), u"--out"_s, out}
                                         << u"no_such_file.csv"_s;
        QTest::newRow("wrong columns") << QStringList{u"figure"_s, u"table1"_s, u"--data"_s, data("words.csv"), u"--out"_s, out}
                                       << u"words.csv"_s;
        QTest::newRow("no --out") << QStringList{u"figure"_s, u"fig6"_s} << u"--out"_s;
        QTest::newRow("fig2 with data") << QStringList{u"figure"_s, u"fig2"_s, u"--data"_s, data("words.csv"), u"--out"_s, out}
                                        << u"draws no data"_s;
        QTest::newRow("fig3 bad system") << QStringList{u"figure"_s, u"fig3"_s, u"--data"_s, data("indicator_system_badsum.json"),
                                                        u"--out"_s, out}
                                         << u"indicator_system_badsum.json"_s;
        QTest::newRow("fig6 no project") << QStringList{u"figure"_s, u"fig6"_s, u"--data"_s, m_dir.filePath(u"none.cityatlas"_s),
                                                        u"--out"_s, out}
                                         << u"none.cityatlas"_s;
        QTest::newRow("bad format") << QStringList{u"figure"_s, u"fig6"_s, u"--out"_s, m_dir.filePath(u"x.gif"_s)}
                                    << u"unsupported output format"_s;
        QTest::newRow("bad size") << QStringList{u"figure"_s, u"fig6"_s, u"--out"_s, out, u"--dpi"_s, u"0"_s}
                                  << u"positive whole numbers"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = cli(arguments);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"bad.png"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliFigure)
#include "tst_cli_figure.moc"
