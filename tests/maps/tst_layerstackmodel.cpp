// The layer stack as a list model, without widgets: order (row 0 on top), visibility,
// opacity, the current layer, moving by drag and drop, removing.
#include "maps/models/layerstackmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestLayerStackModel : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<const FeatureTable> table(const QString &name)
    {
        auto t = std::make_shared<FeatureTable>(name, name + u".gpkg"_s);
        t->addField({u"id"_s, FieldType::String});
        t->appendRow({name});
        return t;
    }

    static QStringList names(const LayerStackModel &model)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.data(model.index(row)).toString();
        return names;
    }

    static QStringList names(const QList<MapLayer> &layers)
    {
        QStringList names;
        for (const MapLayer &layer : layers)
            names << layer.name;
        return names;
    }

private slots:
    void addedLayersGoOnTopAndBecomeCurrent()
    {
        LayerStackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy current(&model, &LayerStackModel::currentLayerChanged);
        QVERIFY(!model.currentLayer());
        model.addLayer(table(u"prefectures"_s));
        model.addLayer(table(u"provinces"_s));
        QCOMPARE(names(model), (QStringList{u"provinces"_s, u"prefectures"_s}));
        QCOMPARE(model.currentRow(), 0);
        QCOMPARE(model.currentLayer()->name, u"provinces"_s);
        QCOMPARE(current.size(), 2);
        QVERIFY(model.data(model.index(0), LayerStackModel::CurrentRole).toBool());
        QVERIFY(!model.data(model.index(1), LayerStackModel::CurrentRole).toBool());
        // Every layer has a style (a single colour when none is given) and is drawn at first.
        QVERIFY(model.layer(1).style && model.layer(1).style->isValid());
        QCOMPARE(model.data(model.index(1), Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.layer(0).id != model.layer(1).id);
        // Drawn bottom-up: the prefectures first.
        QCOMPARE(names(model.visibleLayersBottomUp()), (QStringList{u"prefectures"_s, u"provinces"_s}));
    }

    void visibilityAndOpacity()
    {
        LayerStackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addLayer(table(u"a"_s));
        model.addLayer(table(u"b"_s));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!model.layer(1).visible);
        QCOMPARE(names(model.visibleLayersBottomUp()), QStringList{u"b"_s});
        QVERIFY(model.setData(model.index(0), 0.4, LayerStackModel::OpacityRole));
        QCOMPARE(model.layer(0).opacity, 0.4);
        QCOMPARE(model.data(model.index(0), LayerStackModel::OpacityRole).toDouble(), 0.4);
        model.setOpacity(0, 1.7); // clamped to opaque
        QCOMPARE(model.layer(0).opacity, 1.0);
        // A fully transparent layer is not drawn at all.
        model.setVisible(1, true);
        model.setOpacity(1, 0.0);
        QCOMPARE(names(model.visibleLayersBottomUp()), QStringList{u"b"_s});
    }

    void movingKeepsTheCurrentLayer()
    {
        LayerStackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &name : {u"c"_s, u"b"_s, u"a"_s})
            model.addLayer(table(name));
        model.setCurrentRow(1); // b
        QVERIFY(model.moveLayer(0, 2));
        QCOMPARE(names(model), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
        QCOMPARE(model.currentLayer()->name, u"b"_s);
        QCOMPARE(model.currentRow(), 0);
        QVERIFY(model.moveLayer(2, 0));
        QCOMPARE(names(model), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QVERIFY(!model.moveLayer(0, 3));
        QVERIFY(!model.moveLayer(1, 1));

        // Drag and drop: c dropped before row 0 goes on top.
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(2)}));
        QVERIFY(data);
        QVERIFY(model.mimeTypes().contains(data->formats().first()));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(names(model), (QStringList{u"c"_s, u"a"_s, u"b"_s}));
        // Dropped onto a layer: it takes that layer's place.
        data.reset(model.mimeData({model.index(0)}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(1)));
        QCOMPARE(names(model), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
        QCOMPARE(model.currentLayer()->name, u"b"_s);
    }

    void removingTheCurrentLayerMakesTheNextCurrent()
    {
        LayerStackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &name : {u"c"_s, u"b"_s, u"a"_s})
            model.addLayer(table(name));
        QSignalSpy current(&model, &LayerStackModel::currentLayerChanged);
        QVERIFY(model.removeLayer(0)); // a, the current one: b takes its place
        QCOMPARE(model.currentLayer()->name, u"b"_s);
        QCOMPARE(current.size(), 1);
        model.setCurrentRow(1); // c
        QVERIFY(model.removeLayer(1)); // the bottom layer: the one above becomes current
        QCOMPARE(model.currentLayer()->name, u"b"_s);
        QVERIFY(model.removeLayer(0));
        QVERIFY(!model.currentLayer());
        QCOMPARE(current.last().first().toInt(), -1);
        QVERIFY(!model.removeLayer(0));
    }

    void replacingTheTableOfTheCurrentLayer()
    {
        LayerStackModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addLayer(table(u"a"_s));
        QSignalSpy current(&model, &LayerStackModel::currentLayerChanged);
        auto more = std::make_shared<FeatureTable>(*model.layer(0).table);
        more->addField({u"score"_s, FieldType::Real});
        model.setTable(0, more);
        QCOMPARE(model.layer(0).table, std::shared_ptr<const FeatureTable>(more));
        QCOMPARE(current.size(), 1);
        QVERIFY(model.setData(model.index(0), u"renamed"_s, Qt::EditRole));
        QCOMPARE(model.layer(0).name, u"renamed"_s);
        QVERIFY(!model.setData(model.index(0), u"  "_s, Qt::EditRole));
    }
};

QTEST_MAIN(TestLayerStackModel)
#include "tst_layerstackmodel.moc"
