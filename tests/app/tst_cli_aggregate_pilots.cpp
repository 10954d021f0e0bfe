// cityatlas-cli aggregate pilots: pilot density by province from a list of real unit names,
// against counts and rates worked out by hand from the bundled tables.
#include "tests/app/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

Run cli(const QStringList &arguments)
{
    return runCli(QStringList{u"aggregate"_s, u"pilots"_s} + arguments);
}

QJsonObject province(const QJsonObject &root, const QString &code)
{
    for (const QJsonValue &p : root.value(u"provinces"_s).toArray())
        if (p.toObject().value(u"code"_s).toString() == code)
            return p.toObject();
    return {};
}

} // namespace

class TestCliAggregatePilots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_list;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Real unit names in the styles of the MOHURD lists (not a pilot list): three units in
        // Beijing, two in 石家庄 and one in 唐山 (Hebei), one zone in 盐城 (Jiangsu), a former
        // name (莱芜市, in 济南 today), a name that fits two units, an unknown one.
        m_list = m_dir.filePath(u"pilots.csv"_s);
        QFile f(m_list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("unit,batch\n"
                "北京市东城区,1\n"
                "北京市门头沟区,3\n"
                "北京经济技术开发区,2\n"
                "河北省石家庄市正定县,3\n"
                "石家庄市,1\n"
                "唐山市,2\n"
                "盐城市城南新区,1\n"
                "莱芜市,1\n"
                "朝阳区,2\n"
                "火星市,1\n");
    }

    void densityByProvince()
    {
        const Run r = cli({u"--list"_s, m_list, u"--field"_s, u"unit"_s, u"--batch"_s, u"batch"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"n"_s).toInt(), 10);
        QCOMPARE(root.value(u"pilots"_s).toInt(), 8);
        QCOMPARE(root.value(u"provinces"_s).toArray().size(), 31);

        // Beijing: 3 pilots; land area 16,411 km², population 2,184 × 10,000 (2022), and a
        // municipality is one prefecture-level unit.
        const QJsonObject beijing = province(root, u"110000"_s);
        QCOMPARE(beijing.value(u"pilots"_s).toInt(), 3);
        QCOMPARE(beijing.value(u"pilots_per_10k_km2"_s).toDouble(), 3.0 / 16411.0 * 1e4);
        QCOMPARE(beijing.value(u"pilots_per_million"_s).toDouble(), 3.0 / (2184.0 * 1e4) * 1e6);
        QCOMPARE(beijing.value(u"prefectures"_s).toInt(), 1);
        QCOMPARE(beijing.value(u"prefecture_share"_s).toDouble(), 1.0);
        QCOMPARE(beijing.value(u"pilots_batch_1"_s).toInt(), 1);
        QCOMPARE(beijing.value(u"pilots_batch_2"_s).toInt(), 1);
        QCOMPARE(beijing.value(u"pilots_batch_3"_s).toInt(), 1);

        // Hebei: 3 pilots in 2 of its 11 prefecture-level cities; 188,800 km², 7,420 × 10,000.
        const QJsonObject hebei = province(root, u"130000"_s);
        QCOMPARE(hebei.value(u"pilots"_s).toInt(), 3);
        QCOMPARE(hebei.value(u"prefectures"_s).toInt(), 11);
        QCOMPARE(hebei.value(u"prefectures_with_pilot"_s).toInt(), 2);
        QCOMPARE(hebei.value(u"prefecture_share"_s).toDouble(), 2.0 / 11.0);
        QCOMPARE(hebei.value(u"pilots_per_10k_km2"_s).toDouble(), 3.0 / 188800.0 * 1e4);

        // Shandong: 莱芜市 counts in 济南 (16 prefecture-level cities since 2019).
        const QJsonObject shandong = province(root, u"370000"_s);
        QCOMPARE(shandong.value(u"pilots"_s).toInt(), 1);
        QCOMPARE(shandong.value(u"prefectures"_s).toInt(), 16);
        QCOMPARE(province(root, u"320000"_s).value(u"pilots"_s).toInt(), 1);
        QCOMPARE(province(root, u"120000"_s).value(u"pilots"_s).toInt(), 0);
        QCOMPARE(province(root, u"120000"_s).value(u"prefecture_share"_s).toDouble(), 0.0);

        const QJsonArray ambiguous = root.value(u"ambiguous"_s).toArray();
        QCOMPARE(ambiguous.size(), 1);
        QCOMPARE(ambiguous.first().toObject().value(u"row"_s).toInt(), 10);
        QCOMPARE(root.value(u"unmatched"_s).toArray().first().toObject().value(u"name"_s).toString(), u"火星市"_s);
    }

    void tableJoinsForTheAnalyses()
    {
        const QString out = m_dir.filePath(u"density.csv"_s);
        const Run r = cli({u"--list"_s, m_list, u"--field"_s, u"unit"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 32);
        QCOMPARE(lines.first(), QByteArray("code,name_zh,pilots,pilots_per_10k_km2,pilots_per_million,prefectures,"
                                           "prefectures_with_pilot,prefecture_share"));
        // The table joins onto the bundled provinces for the imbalance analyses.
        const Run gini = runCli({u"analyze"_s, u"inequality"_s, u"--join"_s, out, u"--key"_s, u"code"_s,
                                 u"--field"_s, u"pilots_per_million"_s, u"--json"_s});
        QVERIFY2(gini.exitCode == 0, qPrintable(gini.err));
        QVERIFY(gini.out.contains(u"\"gini\""_s));
    }

    void badInput()
    {
        const Run noField = cli({u"--list"_s, m_list, u"--field"_s, u"name"_s});
        QCOMPARE(noField.exitCode, 1);
        QVERIFY2(noField.err.contains(u"pilots.csv: no field 'name' (fields: unit, batch)"_s), qPrintable(noField.err));
        const Run noBatch = cli({u"--list"_s, m_list, u"--field"_s, u"unit"_s, u"--batch"_s, u"round"_s});
        QCOMPARE(noBatch.exitCode, 1);
        QVERIFY2(noBatch.err.contains(u"no field 'round'"_s), qPrintable(noBatch.err));
        const Run overwrite = cli({u"--list"_s, m_list, u"--field"_s, u"unit"_s, u"--out"_s, m_list});
        QCOMPARE(overwrite.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliAggregatePilots)
#include "tst_cli_aggregate_pilots.moc"
