// cityatlas-cli under bad input: no output replaces the project or an input (also through a
// symbolic link, "..", or a .csvt sidecar), review values are imported as typed, duplicate
// join keys are reported, out-of-range --dpi and --classes are refused with the range, and a
// damaged project is called damaged.
#include "tests/app/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A project with the provinces and two review records.
    QString project(const QString &name)
    {
        const QString file = path(name);
        if (QFile::exists(file))
            return file;
        if (runCli({u"project"_s, u"new"_s, file, u"--layer"_s, dataset("china_provinces.gpkg") + u":provinces"_s}).exitCode != 0
            || runCli({u"review"_s, u"import"_s, file, data("review_records.csv"), u"--reviewer"_s, u"Li Wei"_s}).exitCode != 0)
            return {};
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Each command is refused, exits 1, names the file, and leaves every input as it was.
    void outputOverInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments"); // {P} stands for the project, {T} for a copy of a table
        QTest::addColumn<QString>("expected");
        QTest::newRow("review export P P") << QStringList{u"review"_s, u"export"_s, u"{P}"_s, u"{P}"_s} << u"is the input"_s;
        QTest::newRow("review export P via a symbolic link")
            << QStringList{u"review"_s, u"export"_s, u"{P}"_s, u"{LINK}"_s} << u"same file as the input"_s;
        QTest::newRow("review export P via ..")
            << QStringList{u"review"_s, u"export"_s, u"{P}"_s, u"{DOTDOT}"_s} << u"the input"_s;
        QTest::newRow("review export over the project's log")
            << QStringList{u"review"_s, u"export"_s, u"{P}"_s, u"{P}-wal"_s} << u"read together with the input"_s;
        QTest::newRow("review audit P --out P") << QStringList{u"review"_s, u"audit"_s, u"{P}"_s, u"--out"_s, u"{P}"_s}
                                                << u"is the input"_s;
        QTest::newRow("report P --out P") << QStringList{u"report"_s, u"{P}"_s, u"--out"_s, u"{P}"_s} << u"is the input"_s;
        QTest::newRow("review export over another project")
            << QStringList{u"review"_s, u"export"_s, u"{P}"_s, u"{OTHER}"_s} << u"is a SQLite database"_s;
        QTest::newRow("map over a project")
            << QStringList{u"map"_s, u"--default"_s, u"--out"_s, u"{P}"_s} << u"is a SQLite database"_s;
        QTest::newRow("analyze lisa --join t.csv --out t.csv")
            << QStringList{u"analyze"_s, u"lisa"_s, u"--join"_s, u"{T}"_s, u"--key"_s, u"name_zh:province"_s, u"--field"_s,
                           u"score"_s, u"--isolates"_s, u"exclude"_s, u"--out"_s, u"{T}"_s}
            << u"is the input"_s;
        QTest::newRow("analyze lisa --map over the join table")
            << QStringList{u"analyze"_s, u"lisa"_s, u"--join"_s, u"{T}"_s, u"--key"_s, u"name_zh:province"_s, u"--field"_s,
                           u"score"_s, u"--isolates"_s, u"exclude"_s, u"--map"_s, u"{T}"_s}
            << u"is the input"_s;
        QTest::newRow("analyze inequality --lorenz t.csv")
            << QStringList{u"analyze"_s, u"inequality"_s, u"--value"_s, u"pop_2022"_s, u"--data"_s, u"{T}"_s, u"--lorenz"_s, u"{T}"_s}
            << u"is the input"_s;
        QTest::newRow("map --out the join table's .csvt")
            << QStringList{u"map"_s, u"--layer"_s, dataset("china_provinces.gpkg") + u":provinces"_s, u"--join"_s, u"{T}"_s,
                           u"--key"_s, u"name_zh:province"_s, u"--field"_s, u"score"_s, u"--out"_s, u"{T}t"_s}
            << u"read together with the input"_s;
        QTest::newRow("evaluate --indicators i.csv --out i.csv")
            << QStringList{u"evaluate"_s, u"--indicators"_s, u"{I}"_s, u"--out"_s, u"{I}"_s} << u"is the input"_s;
        QTest::newRow("evaluate --out the table's .csvt")
            << QStringList{u"evaluate"_s, u"--indicators"_s, u"{I}"_s, u"--out"_s, u"{I}t"_s} << u"read together with the input"_s;
        QTest::newRow("figure over its data")
            << QStringList{u"figure"_s, u"fig6"_s, u"--data"_s, u"{P}"_s, u"--out"_s, u"{P}"_s} << u"is the input"_s;
    }

    void outputOverInputIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString p = project(u"review.cityatlas"_s);
        QVERIFY(!p.isEmpty());
        const QString other = project(u"other.cityatlas"_s);
        QVERIFY(!other.isEmpty());
        const QString t = path(u"t.csv"_s), i = path(u"i.csv"_s);
        QFile::remove(t);
        QFile::remove(i);
        QVERIFY(QFile::copy(data("province_short_names.csv"), t));
        QVERIFY(writeFile(t + u't', "\"String\",\"Integer\"\n"));
        QVERIFY(QFile::copy(data("evaluation_tiny.csv"), i));
        QVERIFY(writeFile(i + u't', "\"String\",\"String\",\"Real\",\"Real\",\"Real\"\n"));
        const QString link = path(u"link.csv"_s);
        QFile::remove(link);
        QVERIFY(QFile::link(p, link));
        QVERIFY(QDir(m_dir.path()).mkpath(u"sub"_s));
        const QMap<QString, QString> places{{u"{P}"_s, p}, {u"{T}"_s, t}, {u"{I}"_s, i}, {u"{LINK}"_s, link},
                                            {u"{DOTDOT}"_s, path(u"sub/../review.cityatlas"_s)}, {u"{OTHER}"_s, other}};
        for (QString &a : arguments)
            for (auto it = places.cbegin(); it != places.cend(); ++it)
                if (a.startsWith(it.key()))
                    a = it.value() + a.mid(it.key().size());
        const QStringList files{p, p + u"-wal"_s, other, t, t + u't', i, i + u't'};
        QList<QByteArray> before;
        for (const QString &f : files)
            before << bytesOf(f);

        const Run r = runCli(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.count(u'\n') == 1, qPrintable(r.err)); // one line, nothing computed or written first
        for (qsizetype k = 0; k < files.size(); ++k)
            QVERIFY2(bytesOf(files[k]) == before[k], qPrintable(files[k] + u" changed"_s));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(!QFile::exists(i.chopped(4) + u".parameters.json"_s));
    }

    // The same commands write when the output is a file of its own.
    void outputElsewhereIsWritten()
    {
        const QString p = project(u"review.cityatlas"_s);
        const QString out = path(u"records-out.csv"_s);
        Run r = runCli({u"review"_s, u"export"_s, p, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(bytesOf(out).startsWith("unit,"));
        r = runCli({u"review"_s, u"audit"_s, p, u"--out"_s, path(u"audit-out.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(bytesOf(path(u"audit-out.csv"_s)).startsWith("id,at,who"));
    }

    // Keys that occur twice in a --join table: the table, the key and the rows on stderr.
    void duplicateJoinKeysAreReported_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString dup = path(u"dup.csv"_s);
        QTest::newRow("map") << QStringList{u"map"_s, u"--layer"_s, dataset("china_provinces.gpkg") + u":provinces"_s,
                                            u"--join"_s, dup, u"--key"_s, u"name_zh:province"_s, u"--field"_s, u"score"_s,
                                            u"--out"_s, path(u"dup.svg"_s), u"--width"_s, u"400"_s, u"--height"_s, u"300"_s};
        QTest::newRow("analyze inequality") << QStringList{u"analyze"_s, u"inequality"_s, u"--join"_s, dup, u"--key"_s,
                                                           u"name_zh:province"_s, u"--value"_s, u"score"_s, u"--group"_s, u"none"_s};
        QTest::newRow("analyze density") << QStringList{u"analyze"_s, u"density"_s, u"--join"_s, dup, u"--key"_s,
                                                        u"name_zh:province"_s, u"--value"_s, u"score"_s, u"--area"_s, u"area_km2"_s};
    }

    void duplicateJoinKeysAreReported()
    {
        QFETCH(QStringList, arguments);
        // Rows 1 and 3 (counting data rows from 1) are both Beijing; rows 2 and 4 match once each.
        const QString dup = path(u"dup.csv"_s);
        QVERIFY(writeFile(dup, "province,score\n北京,10\n内蒙古,20\n北京市,99\n广西,30\n"));
        const Run r = runCli(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"dup.csv: duplicate key: row(s) 3 (key '北京市') match the same unit as row 1; only row 1 is joined"_s),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(u"duplicate key"_s), 1);
    }

    void outOfRangeIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString out = path(u"range.pdf"_s);
        QTest::newRow("map --dpi 1000000") << QStringList{u"map"_s, u"--default"_s, u"--dpi"_s, u"1000000"_s, u"--out"_s, out}
                                           << u"--dpi 1000000 is out of range; use 36 to 2400"_s;
        QTest::newRow("map --dpi 10") << QStringList{u"map"_s, u"--default"_s, u"--dpi"_s, u"10"_s, u"--out"_s, out}
                                      << u"--dpi 10 is out of range; use 36 to 2400"_s;
        QTest::newRow("figure --dpi 1000000") << QStringList{u"figure"_s, u"fig6"_s, u"--dpi"_s, u"1000000"_s, u"--out"_s, out}
                                              << u"--dpi 1000000 is out of range; use 36 to 2400"_s;
        QTest::newRow("map --classes 1000") << QStringList{u"map"_s, u"--default"_s, u"--classes"_s, u"1000"_s, u"--out"_s, out}
                                            << u"--classes 1000 is out of range; use 1 to 12"_s;
        QTest::newRow("map --classes 13 unique")
            << QStringList{u"map"_s, u"--default"_s, u"--field"_s, u"region"_s, u"--method"_s, u"unique"_s, u"--classes"_s, u"13"_s,
                           u"--out"_s, out}
            << u"--classes 13 is out of range; use 1 to 12"_s;
        QTest::newRow("map --breaks with 12 values")
            << QStringList{u"map"_s, u"--default"_s, u"--method"_s, u"manual"_s, u"--breaks"_s, u"1,2,3,4,5,6,7,8,9,10,11,12"_s,
                           u"--out"_s, out}
            << u"at most 11 (12 classes)"_s;
    }

    void outOfRangeIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = runCli(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(u"range.pdf"_s)));
    }

    void highestDpiKeepsThePageSize()
    {
        // 2400 px at 2400 dpi: a PDF page of 1 × 0.75 inch, i.e. 72 × 54 points (not a Letter page).
        const QString out = path(u"small.pdf"_s);
        const Run r = runCli({u"map"_s, u"--default"_s, u"--dpi"_s, u"2400"_s, u"--width"_s, u"2400"_s, u"--height"_s, u"1800"_s,
                              u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(bytesOf(out).contains("/MediaBox [0 0 72.000000 54.000000]"), bytesOf(out).left(2000).constData());
    }

    // Values are imported as typed; what is not a YYYY-MM-DD date is refused.
    void reviewValuesAreImportedAsTyped()
    {
        const QString file = path(u"typed.cityatlas"_s);
        QCOMPARE(runCli({u"project"_s, u"new"_s, file}).exitCode, 0);
        const QString records = path(u"typed.csv"_s);
        QVERIFY(writeFile(records, "unit,status,document,approved_on,department,reviewer,notes\n"
                                   "110000,approved,00123,2022-02-02,1.50,1e5,yes\n"
                                   "120000,preparing,010,,n,Li Wei,\"2022-03-04 10:30:00\"\n"));
        Run r = runCli({u"review"_s, u"import"_s, file, records, u"--reviewer"_s, u"Li Wei"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({u"review"_s, u"audit"_s, file, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QMap<QString, QString> values; // "unit/field" → new value
        for (const QJsonValue &e : QJsonDocument::fromJson(r.out.toUtf8()).array())
            values.insert(e[u"unit"_s].toString() + u'/' + e[u"field"_s].toString(), e[u"new"_s].toString());
        QCOMPARE(values.value(u"110000/document"_s), u"00123"_s);
        QCOMPARE(values.value(u"110000/department"_s), u"1.50"_s);
        QCOMPARE(values.value(u"110000/reviewer"_s), u"1e5"_s);
        QCOMPARE(values.value(u"110000/notes"_s), u"yes"_s);
        QCOMPARE(values.value(u"110000/approved_on"_s), u"2022-02-02"_s);
        QCOMPARE(values.value(u"120000/document"_s), u"010"_s);
        QCOMPARE(values.value(u"120000/department"_s), u"n"_s);
        QCOMPARE(values.value(u"120000/notes"_s), u"2022-03-04 10:30:00"_s);

        const QByteArray audit = bytesOf(file);
        for (const char *date : {"2022/02/02", "2022-03-04 10:30:00", "20220202", "2022-2-2"}) {
            QVERIFY(writeFile(records, "unit,status,approved_on\n440100,approved," + QByteArray(date) + "\n"));
            r = runCli({u"review"_s, u"import"_s, file, records, u"--reviewer"_s, u"Li Wei"_s});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"row 2: approval date '"_s + QString::fromUtf8(date) + u"' is not a valid date in the form YYYY-MM-DD"_s),
                     qPrintable(r.err));
            QCOMPARE(bytesOf(file), audit);
        }
        QVERIFY(writeFile(records, "unit,status\n440100,yes\n"));
        r = runCli({u"review"_s, u"import"_s, file, records, u"--reviewer"_s, u"Li Wei"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"status 'yes' is not one of none, preparing, approved"_s), qPrintable(r.err));
    }

    // A damaged file is called damaged, with SQLite's words, not a permissions problem.
    void damagedProjectIsCalledDamaged()
    {
        const QString file = path(u"damaged.cityatlas"_s);
        QVERIFY(QFile::copy(project(u"review.cityatlas"_s), file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100)); // page 1 after the 100-byte header: the schema
        QVERIFY(f.write(QByteArray(3000, '\x5a')) == 3000);
        f.close();
        const Run r = runCli({u"project"_s, u"info"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"damaged"_s) && r.err.contains(u"not a CityAtlas project"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"read-only"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
