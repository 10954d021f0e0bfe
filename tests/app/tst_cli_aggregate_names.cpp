// cityatlas-cli aggregate names as a user runs it: the JSON contract on a hand-counted list,
// the per-unit CSV, and one clear stderr line per bad input.
#include "tests/app/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace CliTest;

using Counts = QMap<QString, int>;

namespace {

Run cli(const QStringList &arguments)
{
    return runCli(QStringList{u"aggregate"_s, u"names"_s} + arguments);
}

QMap<QString, int> countsOf(const QJsonObject &json)
{
    QMap<QString, int> counts;
    for (const QJsonValue &u : json.value(u"units"_s).toArray())
        counts.insert(u.toObject().value(u"code"_s).toString(), u.toObject().value(u"count"_s).toInt());
    return counts;
}

} // namespace

class TestCliAggregateNames : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_list;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Spreadsheet rows 2–9; row 7 is empty.
        m_list = write(u"pilots.csv"_s, "id,city\n"
                                        "1,北京市东城区\n"
                                        "2,河北省石家庄市正定县\n"
                                        "3,江油市\n"
                                        "4,朝阳区\n"
                                        "5,盐城市城南新区\n"
                                        "6,\n"
                                        "7,火星市\n"
                                        "8,莱芜市\n");
        QVERIFY(!m_list.isEmpty());
    }

    void help()
    {
        const Run r = cli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &option : {u"--list"_s, u"--field"_s, u"--level"_s, u"--json"_s, u"--out"_s})
            QVERIFY2(r.out.contains(option), qPrintable(option));
    }

    void jsonContract_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<Counts>("counts");
        QTest::addColumn<int>("aboveLevel");
        // Hand-counted: 东城 and 正定 and 江油 are in Beijing, Hebei, Sichuan; 盐城 in Jiangsu;
        // 莱芜 is part of 济南, Shandong, since 2019.
        QTest::newRow("province") << u"province"_s
                                  << Counts{{u"110000"_s, 1}, {u"130000"_s, 1}, {u"320000"_s, 1},
                                                        {u"370000"_s, 1}, {u"510000"_s, 1}}
                                  << 0;
        // 北京 counts as its own prefecture-level entry; 江油 is in 绵阳 (510700).
        QTest::newRow("prefecture") << u"prefecture"_s
                                    << Counts{{u"110000"_s, 1}, {u"130100"_s, 1}, {u"320900"_s, 1},
                                                          {u"370100"_s, 1}, {u"510700"_s, 1}}
                                    << 0;
        // 盐城市城南新区 (a zone of 盐城市) and 莱芜市 (now 济南市) have no county.
        QTest::newRow("county") << u"county"_s
                                << Counts{{u"110101"_s, 1}, {u"130123"_s, 1}, {u"510781"_s, 1}} << 2;
    }
    void jsonContract()
    {
        QFETCH(QString, level);
        QFETCH(Counts, counts);
        QFETCH(int, aboveLevel);
        const Run r = cli({u"--list"_s, m_list, u"--field"_s, u"city"_s, u"--level"_s, level, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"n"_s).toInt(), 7); // 8 rows, one empty
        QCOMPARE(countsOf(json), counts);
        const QJsonArray ambiguous = json.value(u"ambiguous"_s).toArray();
        QCOMPARE(ambiguous.size(), 1);
        QCOMPARE(ambiguous[0].toObject().value(u"row"_s).toInt(), 5);
        QCOMPARE(ambiguous[0].toObject().value(u"name"_s).toString(), u"朝阳区"_s);
        QCOMPARE(ambiguous[0].toObject().value(u"candidates"_s).toArray(), QJsonArray({u"110105"_s, u"220104"_s}));
        const QJsonArray unmatched = json.value(u"unmatched"_s).toArray();
        QCOMPARE(unmatched.size(), 1);
        QCOMPARE(unmatched[0].toObject(), QJsonObject({{u"row"_s, 8}, {u"name"_s, u"火星市"_s}}));
        QCOMPARE(json.value(u"above_level"_s).toArray().size(), aboveLevel);
        // How each row matched.
        QStringList methods;
        for (const QJsonValue &row : json.value(u"rows"_s).toArray())
            methods << row.toObject().value(u"method"_s).toString();
        QCOMPARE(methods, QStringList({u"with_parents"_s, u"with_parents"_s, u"exact"_s, u"ambiguous"_s, u"longest_prefix"_s,
                                       u"unmatched"_s, u"renamed"_s}));
        QVERIFY2(r.err.contains(u"pilots.csv: Row 7: the name is empty"_s), qPrintable(r.err));
    }

    void textAndCsv()
    {
        const QString out = m_dir.filePath(u"per_prefecture.csv"_s);
        const Run r = cli({u"--list"_s, m_list, u"--field"_s, u"city"_s, u"--level"_s, u"prefecture"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"220104 朝阳区 (长春市)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"370100 济南市"_s), qPrintable(r.out));
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()),
                 u"code,name_zh,count\n110000,北京市,1\n130100,石家庄市,1\n320900,盐城市,1\n370100,济南市,1\n510700,绵阳市,1\n"_s);
    }

    void oneColumnList()
    {
        // A bare list of names, one per line (GDAL 3.6 alone would not open it).
        const Run r = cli({u"--list"_s, write(u"one_column.csv"_s, "city\n江油市\n朔州市平鲁区\n"), u"--field"_s, u"city"_s,
                           u"--level"_s, u"province"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(countsOf(root), (Counts{{u"140000"_s, 1}, {u"510000"_s, 1}}));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no list") << QStringList{u"--field"_s, u"city"_s, u"--level"_s, u"county"_s} << u"--list FILE is required"_s;
        QTest::newRow("no field") << QStringList{u"--list"_s, u"LIST"_s, u"--level"_s, u"county"_s} << u"--field NAME is required"_s;
        QTest::newRow("bad level") << QStringList{u"--list"_s, u"LIST"_s, u"--field"_s, u"city"_s, u"--level"_s, u"town"_s}
                                   << u"--level must be province, prefecture or county, not 'town'"_s;
        QTest::newRow("missing field") << QStringList{u"--list"_s, u"LIST"_s, u"--field"_s, u"name"_s, u"--level"_s, u"county"_s}
                                       << u"pilots.csv: no field 'name' (fields: id, city)"_s;
        QTest::newRow("unreadable") << QStringList{u"--list"_s, u"NOFILE"_s, u"--field"_s, u"city"_s, u"--level"_s, u"county"_s}
                                    << u"missing.csv"_s;
        QTest::newRow("empty names") << QStringList{u"--list"_s, u"EMPTY"_s, u"--field"_s, u"city"_s, u"--level"_s, u"county"_s}
                                     << u"empty.csv: the field 'city' holds no names"_s;
        QTest::newRow("out over the list") << QStringList{u"--list"_s, u"LIST"_s, u"--field"_s, u"city"_s, u"--level"_s, u"county"_s,
                                                          u"--out"_s, u"LIST"_s}
                                           << u"pilots.csv"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString empty = write(u"empty.csv"_s, "id,city\n1,\n2, \n");
        arguments.replaceInStrings(u"NOFILE"_s, m_dir.filePath(u"missing.csv"_s));
        arguments.replaceInStrings(u"EMPTY"_s, empty);
        arguments.replaceInStrings(u"LIST"_s, m_list);
        const QByteArray before = [&] { QFile f(m_list); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"cityatlas-cli: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QFile f(m_list);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // never overwritten
    }
};

QTEST_GUILESS_MAIN(TestCliAggregateNames)
#include "tst_cli_aggregate_names.moc"
