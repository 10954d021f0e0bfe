#include "maps/data/bundleddata.h"
#include "maps/data/numberformat.h"
#include "maps/models/featureselection.h"
#include "maps/models/featuresortproxy.h"
#include "maps/models/featuretablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestFeatureTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        QLocale::setDefault(QLocale::c());
    }

    void modelOverTheProvinceTable()
    {
        LoadResult r = BundledData::loadProvinceMap();
        QVERIFY(r.table);
        const std::shared_ptr<const FeatureTable> table(std::move(r.table));
        FeatureTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(table);
        QCOMPARE(model.rowCount(), 34);
        QCOMPARE(model.columnCount(), table->fieldCount());
        const int code = table->fieldIndex(u"code"_s), pop = table->fieldIndex(u"pop_2022"_s);
        QCOMPARE(model.headerData(code, Qt::Horizontal).toString(), u"code"_s);
        QCOMPARE(model.data(model.index(0, code)).toString(), u"110000"_s);
        QCOMPARE(model.data(model.index(0, pop), FeatureTableModel::SortRole).toLongLong(), 2184); // Beijing, facts.md §1
        QVERIFY(model.data(model.index(33, pop)).isNull()); // Macao: no NBS row

        // Sorting by the raw value: the most populous province first (Guangdong, 12,657).
        FeatureSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(pop, Qt::DescendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, code)).toString(), u"440000"_s);
        QCOMPARE(proxy.data(proxy.index(0, 0), FeatureTableModel::RowRole).toInt(), 18);
        QVERIFY(proxy.data(proxy.index(33, pop), FeatureTableModel::SortRole).isNull()); // missing values last
        proxy.sort(pop, Qt::AscendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, code)).toString(), u"540000"_s); // Tibet, 364
        QVERIFY(proxy.data(proxy.index(33, pop), FeatureTableModel::SortRole).isNull());
        // Filtering on any column's text.
        proxy.setFilterFixedString(u"Inner Mongolia"_s);
        QCOMPARE(proxy.rowCount(), 1);
    }

    // Numbers by field: density_2022 (people per km²) of the 31 provinces with statistics has
    // the median 282.8 (from datasets/china_province_stats.csv: pop_2022 · 10,000 / area_km2),
    // three digits before the point, so one decimal for four significant digits; Beijing's
    // 2,184 · 10,000 / 16,411 = 1,330.8146974590213 shows as 1,330.8, its full value in the
    // tooltip, the raw double for editing. pop_2022 (integer) is grouped; code (text) is not.
    void numbersByField()
    {
        LoadResult r = BundledData::loadProvinceMap();
        QVERIFY(r.table);
        const std::shared_ptr<const FeatureTable> table(std::move(r.table));
        FeatureTableModel model;
        model.setTable(table);
        const int density = table->fieldIndex(u"density_2022"_s), pop = table->fieldIndex(u"pop_2022"_s);
        const int code = table->fieldIndex(u"code"_s);
        const QModelIndex beijing = model.index(0, density);
        QCOMPARE(model.numberFormat(density).decimals(), 1);
        QCOMPARE(model.data(beijing).toString(), u"1,330.8"_s);
        QCOMPARE(model.data(beijing, Qt::EditRole).toDouble(), 2184.0 * 10000.0 / 16411.0);
        QCOMPARE(model.data(beijing, Qt::ToolTipRole).toString().toDouble(), 2184.0 * 10000.0 / 16411.0);
        QVERIFY(model.data(beijing, Qt::ToolTipRole).toString().startsWith(u"1330.81469745902"_s));
        QCOMPARE(model.data(model.index(0, pop)).toString(), u"2,184"_s);
        QCOMPARE(model.data(model.index(0, code)).toString(), u"110000"_s);
        // Chinese groups digits the same way.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString zh = model.data(beijing).toString();
        QLocale::setDefault(QLocale::c());
        QCOMPARE(zh, u"1,330.8"_s);
        // Guangdong, 12,657 (facts.md §1).
        QCOMPARE(model.data(model.index(18, pop)).toString(), u"12,657"_s);
    }

    // The decimals rule on its own: four significant digits of the median |value|, a declared
    // precision first, none for whole numbers; identifiers and years are not grouped.
    void numberFormatRules()
    {
        QCOMPARE(NumberFormat::forValues({0.13308, 0.2, 0.5}).decimals(), 4);      // median 0.2
        QCOMPARE(NumberFormat::forValues({1330.81, 56.734, 0.13308}).decimals(), 2); // median 56.7
        QCOMPARE(NumberFormat::forValues({1330.81, 56.734}, 3).decimals(), 3);
        QCOMPARE(NumberFormat::forValues({12.0, 2500.0, qQNaN()}).decimals(), 0);
        QCOMPARE(NumberFormat::forValues({123456.7, 234567.8}).text(123456.78, QLocale::c()), u"123,457"_s);
        FeatureTable t(u"t"_s, u"t.csv"_s);
        t.addField({u"year"_s, FieldType::Integer});
        t.addField({u"enterprises"_s, FieldType::Integer});
        t.addField({u"share"_s, FieldType::Real, 2});
        t.appendRow({2022, 1361791, 0.5});
        QCOMPARE(NumberFormat::forColumn(t, 0).text(2022, QLocale::c()), u"2022"_s);
        QCOMPARE(NumberFormat::forColumn(t, 1).text(1361791, QLocale::c()), u"1,361,791"_s);
        QCOMPARE(NumberFormat::forColumn(t, 2).text(0.5, QLocale::c()), u"0.50"_s);
        QCOMPARE(NumberFormat::fullPrecision(0.1 + 0.2), u"0.30000000000000004"_s);
    }

    void selectionSignalsOnlyChanges()
    {
        FeatureSelection selection;
        QSignalSpy changed(&selection, &FeatureSelection::changed);
        selection.setRows({1, 2});
        selection.setRows({1, 2});
        QCOMPARE(changed.size(), 1);
        selection.toggle(2);
        QCOMPARE(selection.rows(), QSet<int>{1});
        selection.add({5});
        QCOMPARE(selection.rows(), (QSet<int>{1, 5}));
        selection.clear();
        QVERIFY(selection.isEmpty());
        QCOMPARE(changed.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestFeatureTableModel)
#include "tst_featuretablemodel.moc"
