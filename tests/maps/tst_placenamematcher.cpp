// Place names to units (PlaceNameMatcher) and counts per unit (aggregatePlaceNames) with the
// bundled gazetteer. Expected codes were looked up by hand in datasets/china_divisions.csv.
#include "maps/data/placenameaggregation.h"

#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

using Counts = QMap<QString, int>;

class TestPlaceNameMatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<PlaceNameMatcher> m_matcher;

    // A list in the style of the MOHURD smart-city pilot lists, rows numbered as in a
    // spreadsheet (header = row 1).
    static QList<PlaceNameRow> pilotList()
    {
        return {
            {2, u"北京市东城区"_s},   {3, u"北京市门头沟区"_s}, {4, u"浙江省温州市"_s},
            {5, u"盐城市城南新区"_s}, {6, u"北京经济技术开发区"_s}, {7, u"河北省石家庄市正定县"_s},
            {8, u"朔州市平鲁区"_s},   {9, u"江油市"_s},         {10, u"朝阳区"_s},
            {11, u"吉林省长春市朝阳区"_s}, {12, u"莱芜市"_s},   {13, u"火星市"_s},
            {14, u"  "_s},            {15, u"温州市"_s},        {16, u"正定县"_s},
        };
    }

    static QMap<QString, int> countsOf(const PlaceNameAggregation &a)
    {
        QMap<QString, int> counts;
        for (const PlaceNameCount &c : a.units)
            counts.insert(c.code, c.count);
        return counts;
    }

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        IssueList issues;
        m_gazetteer = Gazetteer::loadBundled(issues);
        QVERIFY2(m_gazetteer, qPrintable(firstErrorOrIssue(issues)));
        m_matcher = std::make_unique<PlaceNameMatcher>(*m_gazetteer);
    }

    void match_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<MatchMethod>("method");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("matchedText");
        const QStringList none;
        QTest::newRow("full name") << u"江油市"_s << MatchMethod::Exact << u"510781"_s << none << QString();
        QTest::newRow("white space") << u" 江油市\u3000"_s << MatchMethod::Exact << u"510781"_s << none << QString();
        QTest::newRow("prefecture, not the districts") << u"朝阳市"_s << MatchMethod::Exact << u"211300"_s << none << QString();
        QTest::newRow("zone by its full name") << u"苏州工业园区"_s << MatchMethod::Exact << u"320576"_s << none << QString();
        QTest::newRow("short form") << u"江油"_s << MatchMethod::ShortForm << u"510781"_s << none << QString();
        QTest::newRow("short form of an autonomous unit") << u"延边"_s << MatchMethod::ShortForm << u"222400"_s << none << QString();
        // 吉林 is the stem of 吉林省 and of 吉林市 inside it: the outer unit, the inner one offered.
        QTest::newRow("short form, namesake inside") << u"吉林"_s << MatchMethod::ShortForm << u"220000"_s
                                                     << QStringList{u"220200"_s} << QString();
        QTest::newRow("municipality district") << u"北京市东城区"_s << MatchMethod::WithParents << u"110101"_s << none << QString();
        QTest::newRow("Mentougou") << u"北京市门头沟区"_s << MatchMethod::WithParents << u"110109"_s << none << QString();
        QTest::newRow("province + prefecture") << u"浙江省温州市"_s << MatchMethod::WithParents << u"330300"_s << none << QString();
        QTest::newRow("three levels") << u"河北省石家庄市正定县"_s << MatchMethod::WithParents << u"130123"_s << none << QString();
        QTest::newRow("prefecture + district") << u"朔州市平鲁区"_s << MatchMethod::WithParents << u"140603"_s << none << QString();
        QTest::newRow("parents disambiguate") << u"吉林省长春市朝阳区"_s << MatchMethod::WithParents << u"220104"_s << none << QString();
        QTest::newRow("parents disambiguate, short") << u"长春朝阳区"_s << MatchMethod::WithParents << u"220104"_s << none << QString();
        QTest::newRow("Nanjing's Gulou") << u"南京市鼓楼区"_s << MatchMethod::WithParents << u"320106"_s << none << QString();
        QTest::newRow("ambiguous district") << u"朝阳区"_s << MatchMethod::Ambiguous << QString()
                                            << QStringList{u"110105"_s, u"220104"_s} << QString();
        // 朝阳: Beijing's and Changchun's districts, Liaoning's prefecture and its county.
        QTest::newRow("ambiguous stem") << u"朝阳"_s << MatchMethod::Ambiguous << QString()
                                        << QStringList{u"110105"_s, u"211300"_s, u"211321"_s, u"220104"_s} << QString();
        QTest::newRow("merged") << u"莱芜市"_s << MatchMethod::Renamed << u"370100"_s << none << u"莱芜市"_s;
        QTest::newRow("renamed") << u"襄樊市"_s << MatchMethod::Renamed << u"420600"_s << none << u"襄樊市"_s;
        QTest::newRow("renamed with parents") << u"湖北省襄樊市"_s << MatchMethod::Renamed << u"420600"_s << none << u"湖北省襄樊市"_s;
        QTest::newRow("zone after a city") << u"盐城市城南新区"_s << MatchMethod::LongestPrefix << u"320900"_s << none << u"盐城市"_s;
        QTest::newRow("zone after a municipality") << u"北京经济技术开发区"_s << MatchMethod::LongestPrefix << u"110000"_s << none
                                                   << u"北京"_s;
        QTest::newRow("ambiguous prefix") << u"朝阳区科技园"_s << MatchMethod::Ambiguous << QString()
                                          << QStringList{u"110105"_s, u"220104"_s} << u"朝阳区"_s;
        QTest::newRow("unknown") << u"火星市"_s << MatchMethod::Unmatched << QString() << none << QString();
        // A known name followed by something that is not a place inside it: no guess.
        QTest::newRow("not a zone") << u"江油市人民政府"_s << MatchMethod::Unmatched << QString() << none << QString();
        QTest::newRow("code") << u"510781"_s << MatchMethod::Exact << u"510781"_s << none << QString();
        QTest::newRow("unknown code") << u"999999"_s << MatchMethod::Unmatched << QString() << none << QString();
        QTest::newRow("empty") << u""_s << MatchMethod::Unmatched << QString() << none << QString();
    }
    void match()
    {
        QFETCH(QString, name);
        QFETCH(MatchMethod, method);
        QFETCH(QString, code);
        QFETCH(QStringList, candidates);
        QFETCH(QString, matchedText);
        const PlaceMatch m = m_matcher->match(name);
        QCOMPARE(matchMethodName(m.method), matchMethodName(method));
        QCOMPARE(m.code, code);
        QCOMPARE(m.candidates, candidates);
        QCOMPARE(m.matchedText, matchedText);
    }

    // The pilot list counted by hand at the three levels.
    void aggregate_data()
    {
        QTest::addColumn<AdminLevel>("level");
        QTest::addColumn<Counts>("counts");
        QTest::addColumn<QList<qint64>>("aboveLevel");
        // Province: Beijing rows 2, 3, 6; Zhejiang 4, 15; Jiangsu 5; Hebei 7, 16; Shanxi 8;
        // Sichuan 9; Jilin 11; Shandong 12 (莱芜 → 济南).
        QTest::newRow("province") << AdminLevel::Province
                                  << Counts{{u"110000"_s, 3}, {u"130000"_s, 2}, {u"140000"_s, 1}, {u"220000"_s, 1},
                                                        {u"320000"_s, 1}, {u"330000"_s, 2}, {u"370000"_s, 1}, {u"510000"_s, 1}}
                                  << QList<qint64>{};
        // Prefecture: Beijing counts as its own prefecture-level entry; 石家庄 7, 16; 朔州 8;
        // 绵阳 9 (江油 is a county-level city of 绵阳); 长春 11; 济南 12; 温州 4, 15; 盐城 5.
        QTest::newRow("prefecture") << AdminLevel::Prefecture
                                    << Counts{{u"110000"_s, 3}, {u"130100"_s, 2}, {u"140600"_s, 1}, {u"220100"_s, 1},
                                                          {u"320900"_s, 1}, {u"330300"_s, 2}, {u"370100"_s, 1}, {u"510700"_s, 1}}
                                    << QList<qint64>{};
        // County: 东城 2, 门头沟 3, 正定 7 and 16, 平鲁 8, 江油 9, Changchun's 朝阳 11; rows naming
        // a prefecture, a province or a zone (4, 5, 6, 12, 15) have no county.
        QTest::newRow("county") << AdminLevel::County
                                << Counts{{u"110101"_s, 1}, {u"110109"_s, 1}, {u"130123"_s, 2}, {u"140603"_s, 1},
                                                      {u"220104"_s, 1}, {u"510781"_s, 1}}
                                << QList<qint64>{4, 5, 6, 12, 15};
    }
    void aggregate()
    {
        QFETCH(AdminLevel, level);
        QFETCH(Counts, counts);
        QFETCH(QList<qint64>, aboveLevel);
        const PlaceNameAggregation a = aggregatePlaceNames(*m_matcher, pilotList(), level);
        QCOMPARE(countsOf(a), counts);
        QCOMPARE(a.rows.size(), 14); // 15 rows, one empty
        QList<qint64> ambiguous, unmatched, above;
        for (const PlaceNameRowResult &r : a.rows) {
            if (r.match.method == MatchMethod::Ambiguous)
                ambiguous << r.row;
            else if (r.match.method == MatchMethod::Unmatched)
                unmatched << r.row;
            else if (r.isAboveLevel())
                above << r.row;
        }
        QCOMPARE(ambiguous, QList<qint64>{10});
        QCOMPARE(unmatched, QList<qint64>{13});
        QCOMPARE(above, aboveLevel);
        QCOMPARE(a.issues.size(), 1);
        QCOMPARE(a.issues.first().row, 14);
        QVERIFY2(a.issues.first().message.contains(u"Row 14: the name is empty"_s), qPrintable(a.issues.first().message));
    }

    void sharedShortNameAtALevel()
    {
        // 吉林 names 吉林省 (220000) or 吉林市 (220200 inside it); 长沙 names 长沙市 (430100) or
        // 长沙县 (430121 inside it). Where the two would count alike, the outer unit counts; where
        // they would not, the name is ambiguous and nothing is counted.
        const QList<PlaceNameRow> rows{{2, u"吉林"_s}, {3, u"长沙"_s}};
        const PlaceNameAggregation province = aggregatePlaceNames(*m_matcher, rows, AdminLevel::Province);
        QCOMPARE(province.rows[0].unitCode, u"220000"_s);
        QCOMPARE(province.rows[1].unitCode, u"430000"_s);
        const PlaceNameAggregation prefecture = aggregatePlaceNames(*m_matcher, rows, AdminLevel::Prefecture);
        QCOMPARE(prefecture.rows[0].match.method, MatchMethod::Ambiguous);
        QCOMPARE(prefecture.rows[0].match.candidates, (QStringList{u"220000"_s, u"220200"_s}));
        QCOMPARE(prefecture.rows[1].unitCode, u"430100"_s);
        const PlaceNameAggregation county = aggregatePlaceNames(*m_matcher, rows, AdminLevel::County);
        QCOMPARE(county.rows[1].match.method, MatchMethod::Ambiguous);
        QCOMPARE(county.rows[1].match.candidates, (QStringList{u"430100"_s, u"430121"_s}));
    }

    void resolutions()
    {
        // The user decided that 朝阳区 means Beijing's; a choice naming no unit is reported.
        const QHash<QString, QString> chosen{{u"朝阳区"_s, u"110105"_s}, {u"火星市"_s, u"999999"_s}};
        const PlaceNameAggregation a = aggregatePlaceNames(*m_matcher, pilotList(), AdminLevel::Province, chosen);
        QCOMPARE(countsOf(a).value(u"110000"_s), 4);
        const PlaceNameRowResult &row10 = a.rows.at(8);
        QCOMPARE(row10.row, 10);
        QCOMPARE(row10.match.method, MatchMethod::Resolved);
        QCOMPARE(row10.unitCode, u"110000"_s);
        QCOMPARE(a.issues.size(), 2);
        QVERIFY(a.issues.first().message.contains(u"999999"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlaceNameMatcher)
#include "tst_placenamematcher.moc"
