// Integrity of the bundled datasets: what datasets/README.md promises, checked through
// the same GDAL reader users go through.
#include "maps/data/bundleddata.h"
#include "maps/data/tablejoin.h"

#include <QSet>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestBundledDatasets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR); }

    void provinces()
    {
        const LoadResult r = VectorReader::read(BundledData::provincesPath());
        QVERIFY2(r.table, qPrintable(r.issues.value(0).message));
        // Valid as shipped: the reader repairs invalid geometries and warns about each one.
        for (const Issue &issue : r.issues)
            QFAIL(qPrintable(issue.message));
        const FeatureTable &t = *r.table;
        QCOMPARE(t.rowCount(), 34); // 31 mainland provincial units + Hong Kong, Macao, Taiwan
        const int code = t.fieldIndex(u"code"_s);
        for (const QString &field : {u"code"_s, u"name_zh"_s, u"name_en"_s, u"pinyin"_s})
            QVERIFY2(t.fieldIndex(field) >= 0, qPrintable(field));
        QSet<QString> codes;
        for (int row = 0; row < t.rowCount(); ++row) {
            const QString c = t.value(row, code).toString();
            QVERIFY2(QRegularExpression(u"^\\d{2}0000$"_s).match(c).hasMatch(), qPrintable(c));
            codes.insert(c);
            QCOMPARE(t.geometry(row).kind, GeometryKind::Polygon);
            QVERIFY(t.geometry(row).areaKm2 > 0);
        }
        QCOMPARE(codes.size(), 34);
        QVERIFY(codes.contains(u"110000"_s) && codes.contains(u"650000"_s) && codes.contains(u"710000"_s));
    }

    void prefectures()
    {
        const LoadResult provinces = VectorReader::read(BundledData::provincesPath());
        const LoadResult r = VectorReader::read(BundledData::prefecturesPath());
        QVERIFY2(r.table, qPrintable(r.issues.value(0).message));
        for (const Issue &issue : r.issues)
            QFAIL(qPrintable(issue.message));
        const FeatureTable &t = *r.table;
        QVERIFY2(t.rowCount() >= 330, qPrintable(QString::number(t.rowCount())));
        QSet<QString> provinceCodes;
        for (int row = 0; row < provinces.table->rowCount(); ++row)
            provinceCodes.insert(provinces.table->value(row, provinces.table->fieldIndex(u"code"_s)).toString());
        const int code = t.fieldIndex(u"code"_s), parent = t.fieldIndex(u"parent_code"_s);
        QVERIFY(code >= 0 && parent >= 0);
        QSet<QString> codes;
        for (int row = 0; row < t.rowCount(); ++row) {
            const QString c = t.value(row, code).toString();
            QVERIFY2(QRegularExpression(u"^\\d{6}$"_s).match(c).hasMatch(), qPrintable(c));
            QVERIFY2(!codes.contains(c), qPrintable(u"duplicate code "_s + c));
            codes.insert(c);
            QVERIFY2(provinceCodes.contains(t.value(row, parent).toString()), qPrintable(c));
        }
    }

    void everyStatisticsRowJoins()
    {
        LoadResult provinces = VectorReader::read(BundledData::provincesPath());
        const LoadResult stats = VectorReader::read(BundledData::provinceStatsPath());
        QVERIFY(provinces.table && stats.table);
        QCOMPARE(stats.table->rowCount(), 31);
        // The .csvt sidecar makes the numbers numbers.
        QCOMPARE(stats.table->field(stats.table->fieldIndex(u"pop_2022"_s)).type, FieldType::Integer);
        QCOMPARE(stats.table->field(stats.table->fieldIndex(u"area_km2"_s)).type, FieldType::Real);
        const JoinReport report = TableJoin::apply(*provinces.table, *stats.table, {u"code"_s, u"code"_s, JoinMatch::Code});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.matched, 31);
        QVERIFY(report.unmatchedTableRows.isEmpty());
        QVERIFY(report.ambiguousTableRows.isEmpty());
        QCOMPARE(report.unmatchedLayerRows.size(), 3); // Hong Kong, Macao, Taiwan: no NBS row
    }

    void populationSumsMatchTheSource()
    {
        // facts.md §1: the 31-province sum for 2022 is 140,975 (10k persons);
        // §3: Eastern 56,569, Central 36,456, Western 38,306, Northeast 9,644.
        const LoadResult stats = VectorReader::read(BundledData::provinceStatsPath());
        QVERIFY(stats.table);
        const FeatureTable &t = *stats.table;
        QHash<QString, double> byRegion;
        double total = 0;
        for (int row = 0; row < t.rowCount(); ++row) {
            const double pop = *t.number(row, t.fieldIndex(u"pop_2022"_s));
            total += pop;
            byRegion[t.value(row, t.fieldIndex(u"region"_s)).toString()] += pop;
        }
        QCOMPARE(total, 140975.0);
        QCOMPARE(byRegion.value(u"Eastern"_s), 56569.0);
        QCOMPARE(byRegion.value(u"Central"_s), 36456.0);
        QCOMPARE(byRegion.value(u"Western"_s), 38306.0);
        QCOMPARE(byRegion.value(u"Northeast"_s), 9644.0);
    }

    void defaultMapHasDensity()
    {
        const LoadResult map = BundledData::loadProvinceMap();
        QVERIFY(map.table);
        const FeatureTable &t = *map.table;
        const int density = t.fieldIndex(BundledData::densityField());
        QVERIFY(density >= 0);
        for (int row = 0; row < t.rowCount(); ++row) {
            if (t.value(row, t.fieldIndex(u"code"_s)).toString() == u"310000"_s) {
                // facts.md §2: Shanghai 24,750,000 people / 6,340.5 km² = 3,903.5 per km² (derived there too).
                QVERIFY(qAbs(*t.number(row, density) - 3903.5) < 0.05);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBundledDatasets)
#include "tst_bundleddatasets.moc"
