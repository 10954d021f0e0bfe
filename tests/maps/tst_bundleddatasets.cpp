// Integrity of the bundled datasets: what datasets/README.md promises, checked through
// the same GDAL reader users go through.
#include "maps/data/bundleddata.h"
#include "maps/data/tablejoin.h"

#include <QSet>
#include <QTemporaryDir>
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
    // The enterprise counts (a secondary copy of NBS data) join by code, one field per year, and
    // enterprises_per_10k_2022 = enterprises_2022 / pop_2022 (10,000 persons). By hand from
    // datasets/nbs_enterprise_legal_units_by_province.csv and china_province_stats.csv:
    //   Beijing   1,361,791 / 2,184  = 623.5306776…
    //   Guangdong 3,531,927 / 12,657 = 279.0493007…
    //   Tibet        33,092 / 364    =  90.9120879…
    //   Shanghai    561,659 / 2,475  = 226.9329292…
    void defaultMapHasEnterprisesPerCapita()
    {
        const LoadResult map = BundledData::loadProvinceMap();
        QVERIFY2(map.table, qPrintable(map.issues.value(0).message));
        QVERIFY2(!hasErrors(map.issues), qPrintable(map.issues.value(0).message));
        const FeatureTable &t = *map.table;
        for (const char *year : {"2016", "2017", "2019", "2020", "2021", "2022", "2024"})
            QVERIFY2(t.fieldIndex(u"enterprises_"_s + QString::fromUtf8(year)) >= 0, year);
        QCOMPARE(t.fieldIndex(u"enterprises_2018"_s), -1); // not in the source
        const int perCapita = t.fieldIndex(BundledData::enterprisesPerCapitaField());
        QVERIFY(perCapita >= 0);
        QVERIFY(t.field(perCapita).isNumeric());
        QHash<QString, int> rowOf;
        for (int row = 0; row < t.rowCount(); ++row)
            rowOf.insert(t.value(row, t.fieldIndex(u"code"_s)).toString(), row);
        QCOMPARE(t.value(rowOf[u"110000"_s], t.fieldIndex(u"enterprises_2022"_s)).toLongLong(), 1361791);
        QCOMPARE(t.value(rowOf[u"110000"_s], t.fieldIndex(u"enterprises_2016"_s)).toLongLong(), 669663);
        QVERIFY(qAbs(*t.number(rowOf[u"110000"_s], perCapita) - 623.5306777) < 1e-6);
        QVERIFY(qAbs(*t.number(rowOf[u"440000"_s], perCapita) - 279.0493008) < 1e-6);
        QVERIFY(qAbs(*t.number(rowOf[u"540000"_s], perCapita) - 90.9120879) < 1e-6);
        QVERIFY(qAbs(*t.number(rowOf[u"310000"_s], perCapita) - 226.9329293) < 1e-6);
        QVERIFY(!t.number(rowOf[u"710000"_s], perCapita)); // Taiwan: no statistics
        // The 31 counts of 2022 sum to the national total the source's record gives.
        double total = 0;
        int counted = 0;
        for (int row = 0; row < t.rowCount(); ++row)
            if (const auto v = t.number(row, t.fieldIndex(u"enterprises_2022"_s))) {
                total += *v;
                ++counted;
            }
        QCOMPARE(counted, 31);
        QCOMPARE(total, 32828734.0);
        QVERIFY(BundledData::fieldCaption(BundledData::enterprisesPerCapitaField()).contains(u"secondary copy of NBS data"_s));
        QVERIFY(BundledData::fieldCaption(u"enterprises_2019"_s).contains(u"2019"_s));
        QVERIFY(BundledData::provinceMapSourceLine(u"enterprises_per_10k_2022"_s).contains(u"secondary copy of NBS data"_s));
        QVERIFY(!BundledData::provinceMapSourceLine(u"density_2022"_s).contains(u"enterprise"_s, Qt::CaseInsensitive));
    }

    // A table with the source's own columns (year, province name, enterprise_legal_person_units)
    // replaces the bundled copy in one step.
    void enterprisesFromATableWithTheSourceColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nbs.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("year,province,enterprise_legal_person_units\n2022,北京市,1000\n2022,西藏自治区,364\n2021,北京市,900\n");
        file.close();
        const LoadResult map = BundledData::loadProvinceMap(nullptr, path);
        QVERIFY2(map.table, qPrintable(map.issues.value(0).message));
        const FeatureTable &t = *map.table;
        for (int row = 0; row < t.rowCount(); ++row) {
            const QString code = t.value(row, t.fieldIndex(u"code"_s)).toString();
            const auto v = t.number(row, t.fieldIndex(BundledData::enterprisesPerCapitaField()));
            if (code == u"110000"_s)
                QVERIFY(qAbs(*v - 1000.0 / 2184.0) < 1e-12);
            else if (code == u"540000"_s)
                QCOMPARE(*v, 1.0); // 364 / 364
            else
                QVERIFY(!v);
        }
        QVERIFY(t.fieldIndex(u"enterprises_2021"_s) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestBundledDatasets)
#include "tst_bundleddatasets.moc"
