#include "maps/data/bundleddata.h"
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
