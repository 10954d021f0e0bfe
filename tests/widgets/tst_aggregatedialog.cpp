// Layer > Aggregate… on the bundled provinces: points with a weight and a list of place names,
// counted into the current layer, reported before anything is written, added as one undoable
// step, with the user's choice for an ambiguous name remembered for the layer.
#include "maps/data/bundleddata.h"
#include "maps/workspace/workspace.h"
#include "widgets/aggregatedialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace CityAtlas;

namespace {

void addProvinces(Workspace &workspace)
{
    LoadResult loaded = BundledData::loadProvinceMap();
    QVERIFY(loaded.table);
    const LayerRecipe recipe{BundledData::provincesPath(), {}, loaded.table->name(), {}, {}, {}, {}, {}};
    workspace.addLayer(std::move(loaded.table), recipe);
}

int rowOf(const FeatureTable &table, const QString &code)
{
    const int column = table.fieldIndex(u"code"_s);
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.value(row, column).toString() == code)
            return row;
    return -1;
}

QVariant valueAt(const FeatureTable &table, const QString &code, const QString &field)
{
    return table.value(rowOf(table, code), table.fieldIndex(field));
}

} // namespace

class TestAggregateDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private slots:
    void pointsWithAWeight()
    {
        Workspace workspace;
        addProvinces(workspace);
        // Two points in Beijing (Tiananmen, Haidian), one in Shanghai (the Bund), one in the
        // Atlantic, and a row without a usable longitude.
        const QString points = write(u"firms.csv"_s, "lon,lat,staff\n"
                                                     "116.397,39.908,2\n"
                                                     "116.298,39.959,3\n"
                                                     "121.490,31.240,5\n"
                                                     "-30.0,20.0,7\n"
                                                     "abc,30.0,1\n");
        AggregateDialog dialog(&workspace);
        dialog.setSource(points, false);
        auto *weights = dialog.findChild<QListWidget *>();
        QVERIFY(weights);
        for (int i = 0; i < weights->count(); ++i)
            if (weights->item(i)->data(Qt::UserRole).toString() == u"staff"_s)
                weights->item(i)->setCheckState(Qt::Checked);
        dialog.countNow();
        QVERIFY2(dialog.summary().contains(u"3 points in 2 of 34 units"_s), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(u"1 outside every unit; 1 rows without usable coordinates"_s), qPrintable(dialog.summary()));
        QVERIFY(!workspace.currentTable()->fieldNames().contains(u"firms_count"_s)); // nothing written yet

        dialog.apply();
        const FeatureTable &table = *workspace.currentTable();
        QCOMPARE(valueAt(table, u"110000"_s, u"firms_count"_s).toInt(), 2);
        QCOMPARE(valueAt(table, u"110000"_s, u"firms_staff"_s).toDouble(), 5.0);
        QCOMPARE(valueAt(table, u"310000"_s, u"firms_count"_s).toInt(), 1);
        QCOMPARE(valueAt(table, u"440000"_s, u"firms_count"_s).toInt(), 0);
        QVERIFY(valueAt(table, u"440000"_s, u"firms_staff"_s).isNull());

        workspace.undoStack()->undo();
        QVERIFY(!workspace.currentTable()->fieldNames().contains(u"firms_count"_s));
    }

    void placeNamesWithAnAmbiguousOne()
    {
        Workspace workspace;
        addProvinces(workspace);
        const QString list = write(u"pilots.csv"_s, "unit\n"
                                                    "北京市东城区\n"
                                                    "朝阳区\n"
                                                    "河北省石家庄市正定县\n"
                                                    "火星市\n");
        AggregateDialog dialog(&workspace);
        dialog.setSource(list, true);
        dialog.countNow();
        QVERIFY2(dialog.summary().contains(u"2 of 4 names counted"_s), qPrintable(dialog.findChild<QLabel *>(u"summary"_s)->text()));
        auto *ambiguous = dialog.findChild<QTableWidget *>(u"ambiguous"_s);
        QCOMPARE(ambiguous->rowCount(), 1);
        QCOMPARE(ambiguous->item(0, 1)->text(), u"朝阳区"_s);
        auto *choice = qobject_cast<QComboBox *>(ambiguous->cellWidget(0, 2));
        QVERIFY(choice);
        QCOMPARE(choice->count(), 3); // not counted, Beijing's, Changchun's
        choice->setCurrentIndex(choice->findData(u"110105"_s));
        QTRY_VERIFY(dialog.summary().contains(u"3 of 4 names counted"_s));
        dialog.apply();
        QCOMPARE(valueAt(*workspace.currentTable(), u"110000"_s, u"pilots_count"_s).toInt(), 2);
        QCOMPARE(valueAt(*workspace.currentTable(), u"130000"_s, u"pilots_count"_s).toInt(), 1);

        // The choice is the layer's: the next count of the list starts from it.
        AggregateDialog again(&workspace);
        again.setSource(list, true);
        again.countNow();
        QVERIFY2(again.summary().contains(u"3 of 4 names counted"_s), qPrintable(again.summary()));
        const int beijing = again.counts().rows.indexOf(rowOf(*workspace.currentTable(), u"110000"_s));
        QCOMPARE(again.counts().columns.first().values.at(beijing).toInt(), 2);
    }

    void unreadableList()
    {
        Workspace workspace;
        addProvinces(workspace);
        AggregateDialog dialog(&workspace);
        dialog.setSource(m_dir.filePath(u"missing.csv"_s), true);
        dialog.countNow();
        QVERIFY(dialog.counts().rows.isEmpty());
        QVERIFY2(dialog.findChild<QLabel *>(u"summary"_s)->text().contains(u"missing.csv"_s),
                 qPrintable(dialog.findChild<QLabel *>(u"summary"_s)->text()));
    }
};

QTEST_MAIN(TestAggregateDialog)
#include "tst_aggregatedialog.moc"
