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
};

QTEST_GUILESS_MAIN(TestTableJoin)
#include "tst_tablejoin.moc"
