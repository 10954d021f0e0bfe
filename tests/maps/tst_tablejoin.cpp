#include "maps/data/adminkeys.h"
#include "maps/data/bundleddata.h"
#include "maps/data/tablejoin.h"

#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestTableJoin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR); }

    void normalizeCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two digits") << u"11"_s << u"110000"_s;
        QTest::newRow("four digits") << u"4401"_s << u"440100"_s;
        QTest::newRow("six digits") << u" 440100 "_s << u"440100"_s;
        QTest::newRow("from a real column") << u"110000.0"_s << u"110000"_s;
        QTest::newRow("five digits") << u"11000"_s << QString();
        QTest::newRow("name") << u"北京"_s << QString();
    }
    void normalizeCode()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(AdminKeys::normalizeCode(input), expected);
    }

    void normalizeName_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("autonomous region") << u"内蒙古自治区"_s << u"内蒙古"_s;
        QTest::newRow("zhuang") << u"广西壮族自治区"_s << u"广西"_s;
        QTest::newRow("uyghur") << u"新疆维吾尔自治区"_s << u"新疆"_s;
        QTest::newRow("municipality") << u"北京市"_s << u"北京"_s;
        QTest::newRow("province") << u"黑龙江省"_s << u"黑龙江"_s;
        QTest::newRow("SAR") << u"香港特别行政区"_s << u"香港"_s;
        QTest::newRow("prefecture") << u"延边朝鲜族自治州"_s << u"延边"_s;
        QTest::newRow("two peoples") << u"恩施土家族苗族自治州"_s << u"恩施"_s;
        QTest::newRow("diqu") << u"阿里地区"_s << u"阿里"_s;
        QTest::newRow("english exonym") << u"Inner Mongolia"_s << u"Nei Menggu"_s;
        QTest::newRow("tibet") << u"Tibet"_s << u"Xizang"_s;
        QTest::newRow("suffix") << u"Guangdong Province"_s << u"guangdong"_s;
        QTest::newRow("macau") << u"Macau"_s << u"Macao"_s;
    }
    void normalizeName()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(AdminKeys::normalizeName(a), AdminKeys::normalizeName(b));
    }

    void joinByChineseShortNames()
    {
        LoadResult provinces = VectorReader::read(BundledData::provincesPath());
        const LoadResult table = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/province_short_names.csv"));
        QVERIFY(provinces.table && table.table);
        const JoinReport report = TableJoin::apply(*provinces.table, *table.table, {u"name_zh"_s, u"province"_s, JoinMatch::Auto});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.matchUsed, JoinMatch::Name);
        QCOMPARE(report.matched, 5); // 北京, 内蒙古, 广西, Tibet (via name_en), 新疆维吾尔自治区
        QCOMPARE(report.unmatchedTableRows.size(), 1);
        QCOMPARE(report.unmatchedTableRows.first().key, u"Atlantis"_s);
        QCOMPARE(report.unmatchedTableRows.first().row, 5);
        QCOMPARE(report.unmatchedLayerRows.size(), 34 - 5);
        QCOMPARE(report.addedFields, QStringList{u"score"_s});

        const FeatureTable &t = *provinces.table;
        const int code = t.fieldIndex(u"code"_s), score = t.fieldIndex(u"score"_s);
        QHash<QString, QVariant> byCode;
        for (int row = 0; row < t.rowCount(); ++row)
            byCode[t.value(row, code).toString()] = t.value(row, score);
        QCOMPARE(byCode.value(u"150000"_s).toInt(), 20); // 内蒙古
        QCOMPARE(byCode.value(u"540000"_s).toInt(), 40); // Tibet
        QVERIFY(byCode.value(u"440000"_s).isNull());    // Guangdong: not in the table
    }

    void joinThatMatchesNothingIsAnError()
    {
        LoadResult provinces = VectorReader::read(BundledData::provincesPath());
        const LoadResult table = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/words.csv"));
        QVERIFY(provinces.table && table.table);
        const JoinReport report = TableJoin::apply(*provinces.table, *table.table, {u"name_zh"_s, u"label"_s, JoinMatch::Auto});
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(u"words.csv"_s) && report.error.contains(u"label"_s), qPrintable(report.error));
        QCOMPARE(provinces.table->fieldIndex(u"code"_s) >= 0, true);
        QCOMPARE(provinces.table->fieldIndex(u"label"_s), -1); // nothing was added
    }

    void unknownKeyFieldNamesTheFile()
    {
        LoadResult provinces = VectorReader::read(BundledData::provincesPath());
        const LoadResult table = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/words.csv"));
        const JoinReport report = TableJoin::preview(*provinces.table, *table.table, {u"code"_s, u"adcode"_s, JoinMatch::Code});
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(u"words.csv"_s) && report.error.contains(u"adcode"_s), qPrintable(report.error));
    }

    void duplicateKeysAreAmbiguous()
    {
        FeatureTable layer(u"layer"_s, u"layer.gpkg"_s);
        layer.addField({u"code"_s, FieldType::String});
        layer.appendRow({u"110000"_s});
        layer.appendRow({u"120000"_s});
        FeatureTable table(u"t"_s, u"t.csv"_s);
        table.addField({u"code"_s, FieldType::String});
        table.addField({u"v"_s, FieldType::Real});
        table.appendRow({u"11"_s, 1.0});
        table.appendRow({u"110000"_s, 2.0});
        const JoinReport report = TableJoin::apply(layer, table, {u"code"_s, u"code"_s, JoinMatch::Auto});
        QCOMPARE(report.matchUsed, JoinMatch::Code);
        QCOMPARE(report.matched, 1);
        QCOMPARE(report.ambiguousTableRows.size(), 1);
        QCOMPARE(report.ambiguousTableRows.first().row, 1);
        QCOMPARE(layer.value(0, layer.fieldIndex(u"v"_s)).toDouble(), 1.0); // the first row wins
    }
    // tests/data/investment_long.csv, rows numbered from 1: 北京 2020 and 2021, 上海市 2020 and 2021,
    // Inner Mongolia 2020, 北京市 2020 again (row 6: a duplicate of row 1's unit and year), Atlantis
    // (row 7: no such unit), 广东 without a year (row 8), 广东 2021.
    void pivotJoinOfALongTable()
    {
        LoadResult provinces = VectorReader::read(BundledData::provincesPath());
        const LoadResult table = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/investment_long.csv"));
        QVERIFY(provinces.table && table.table);
        JoinSpec spec(u"name_zh"_s, u"province"_s);
        spec.pivotField = u"year"_s;
        const JoinReport preview = TableJoin::preview(*provinces.table, *table.table, spec);
        const JoinReport report = TableJoin::apply(*provinces.table, *table.table, spec);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(preview.matched, report.matched);
        QCOMPARE(report.matchUsed, JoinMatch::Name);
        QCOMPARE(report.periods, (QStringList{u"2020"_s, u"2021"_s}));
        QCOMPARE(report.addedFields, (QStringList{u"investment_2020"_s, u"projects_2020"_s, u"investment_2021"_s, u"projects_2021"_s}));
        QCOMPARE(report.matched, 4); // 北京, 上海, 内蒙古, 广东
        QCOMPARE(report.unmatchedTableRows.size(), 1);
        QCOMPARE(report.unmatchedTableRows[0].key, u"Atlantis"_s);
        QCOMPARE(report.unmatchedTableRows[0].period, u"2021"_s);
        QCOMPARE(report.ambiguousTableRows.size(), 1);
        QCOMPARE(report.ambiguousTableRows[0].row, 5);
        QCOMPARE(report.ambiguousTableRows[0].joinedRow, 0);
        QCOMPARE(report.ambiguousTableRows[0].period, u"2020"_s);
        QCOMPARE(report.noPeriodTableRows.size(), 1);
        QCOMPARE(report.noPeriodTableRows[0].row, 7);
        QCOMPARE(report.unmatchedLayerRows.size(), 34 - 4);

        const IssueList issues = report.ambiguityIssues(u"investment_long.csv"_s);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].message, u"investment_long.csv: duplicate key and year: row(s) 6 (key '北京市') match the same unit "
                                    "and year 2020 as row 1; only row 1 is joined, the duplicates are ignored (not summed)"_s);
        QCOMPARE(issues[1].message, u"investment_long.csv: 1 row(s) have no year and are not joined: row(s) 8"_s);

        const FeatureTable &t = *provinces.table;
        const auto value = [&t](const char *code, const char *field) {
            const int column = t.fieldIndex(QString::fromUtf8(field));
            for (int row = 0; row < t.rowCount(); ++row)
                if (t.value(row, t.fieldIndex(u"code"_s)).toString() == QString::fromUtf8(code))
                    return t.value(row, column);
            return QVariant();
        };
        QCOMPARE(value("110000", "investment_2020").toDouble(), 120.5); // row 1, not 120.5 + 999
        QCOMPARE(value("110000", "projects_2020").toInt(), 12);
        QCOMPARE(value("110000", "investment_2021").toDouble(), 130.0);
        QCOMPARE(value("310000", "investment_2021").toDouble(), 101.5);
        QCOMPARE(value("150000", "investment_2020").toDouble(), 20.0);
        QVERIFY(value("150000", "investment_2021").isNull());
        QVERIFY(value("440000", "investment_2020").isNull()); // its 2020 row has no year
        QCOMPARE(value("440000", "investment_2021").toDouble(), 210.0);
        QCOMPARE(t.field(t.fieldIndex(u"projects_2021"_s)).type, FieldType::Integer);
    }

    void pivotJoinOfChosenPeriods()
    {
        LoadResult provinces = VectorReader::read(BundledData::provincesPath());
        const LoadResult table = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/investment_long.csv"));
        QVERIFY(provinces.table && table.table);
        JoinSpec spec(u"name_zh"_s, u"province"_s, JoinMatch::Auto, {u"investment"_s});
        spec.pivotField = u"year"_s;
        spec.pivotValues = {u"2021"_s};
        const JoinReport report = TableJoin::apply(*provinces.table, *table.table, spec);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.addedFields, QStringList{u"investment_2021"_s});
        QCOMPARE(report.matched, 3);                   // 北京, 上海, 广东
        QVERIFY(report.ambiguousTableRows.isEmpty());  // the duplicate is of 2020, not chosen
        QCOMPARE(report.unmatchedTableRows.size(), 1); // Atlantis 2021

        spec.pivotValues = {u"2030"_s};
        const JoinReport missing = TableJoin::preview(*provinces.table, *table.table, spec);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(u"no row has year '2030' (year: 2020, 2021)"_s), qPrintable(missing.error));

        spec.pivotValues.clear();
        spec.pivotField = u"province"_s;
        const JoinReport byKey = TableJoin::preview(*provinces.table, *table.table, spec);
        QVERIFY2(!byKey.ok() && byKey.error.contains(u"'province' is the join key"_s), qPrintable(byKey.error));
        spec.pivotField = u"period"_s;
        const JoinReport unknown = TableJoin::preview(*provinces.table, *table.table, spec);
        QVERIFY2(!unknown.ok() && unknown.error.contains(u"no field 'period' to pivot by"_s), qPrintable(unknown.error));
    }

    // A wide table (one column per year) is a plain join: its columns come over as they are.
    void wideTableJoinsAsItIs()
    {
        LoadResult provinces = VectorReader::read(BundledData::provincesPath());
        const LoadResult table = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/investment_wide.csv"));
        QVERIFY(provinces.table && table.table);
        const JoinReport report = TableJoin::apply(*provinces.table, *table.table, {u"code"_s, u"code"_s});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.matchUsed, JoinMatch::Code);
        QCOMPARE(report.matched, 3);
        QVERIFY(report.periods.isEmpty());
        QCOMPARE(report.addedFields, (QStringList{u"inv_2020"_s, u"inv_2021"_s}));
        const FeatureTable &t = *provinces.table;
        int guangdong = -1;
        for (int row = 0; row < t.rowCount(); ++row)
            if (t.value(row, t.fieldIndex(u"code"_s)).toString() == u"440000"_s)
                guangdong = row;
        QCOMPARE(t.value(guangdong, t.fieldIndex(u"inv_2021"_s)).toDouble(), 210.0);
        QCOMPARE(t.field(t.fieldIndex(u"inv_2020"_s)).type, FieldType::Real);
    }
};

QTEST_GUILESS_MAIN(TestTableJoin)
#include "tst_tablejoin.moc"
