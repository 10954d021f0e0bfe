// The window's views show the workspace as it is: an export carries the legend and labels of a
// layer it draws, a filter of the attribute table never changes the selection, the panels keep
// each layer's choices, and the bundled maps open from the File menu or as their .zip.
#include "app/mainwindow.h"
#include "maps/data/bundleddata.h"
#include "maps/models/featureselection.h"
#include "maps/models/layerstackmodel.h"
#include "maps/render/mapinset.h"
#include "maps/render/maprenderer.h"
#include "maps/workspace/workspace.h"
#include "widgets/attributetable.h"
#include "widgets/fieldcombo.h"
#include "widgets/imbalancepanel.h"
#include "widgets/mapcanvas.h"
#include "tests/testsupport.h"

#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableView>
#include <QtTest>

using namespace CityAtlas;
using namespace CityAtlas::TestSupport;
using namespace Qt::StringLiterals;

namespace {

// A window showing the provinces with the 3×3 grid on top (current).
bool showProvincesAndGrid(MainWindow &window)
{
    window.resize(1000, 700);
    window.show();
    window.loadDefaultMap();
    if (!QTest::qWaitFor([&] { return window.workspace()->layers()->layerCount() == 1; }, 20000))
        return false;
    bool opened = false;
    window.openLayer(data(u"grid3x3_styles.geojson"_s), {}, [&opened] { opened = true; });
    return QTest::qWaitFor([&] { return opened; }, 20000);
}

} // namespace

class TestDocumentViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR); }

    // The current layer hidden: the export draws the provinces with their own legend, not the
    // hidden grid's.
    void exportTakesTheLegendOfALayerItDraws()
    {
        MainWindow window;
        QVERIFY(showProvincesAndGrid(window));
        LayerStackModel *layers = window.workspace()->layers();
        QCOMPARE(layers->currentRow(), 0);
        QCOMPARE(window.workspace()->styleSpec().field, u"value"_s);
        layers->setVisible(0, false);
        const QString path = m_dir.filePath(u"hidden-top.svg"_s);
        QCOMPARE(window.exportMap(path), QString());
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        QVERIFY2(text.contains(BundledData::fieldCaption(BundledData::densityField()).toHtmlEscaped()), "the provinces' legend");
        QVERIFY(!text.contains(u">value<"_s));

        layers->setVisible(1, false);
        QVERIFY(!window.exportMap(m_dir.filePath(u"nothing.svg"_s)).isEmpty()); // nothing shown: said so
    }

    // An exported map says it is a sketch map; with an inset layer set, it has the South China
    // Sea Islands inset; a layer without geometries is refused with a message, and the inset
    // can be removed.
    void exportStatesSketchMapAndDrawsTheInset()
    {
        MainWindow window;
        QVERIFY(showProvincesAndGrid(window));
        const QString plain = m_dir.filePath(u"plain.svg"_s);
        QCOMPARE(window.exportMap(plain), QString());
        QVERIFY(svgText(plain).contains(MapRenderer::sketchMapNote()));
        QVERIFY(!svgText(plain).contains(MapInset::title()));

        // A made-up square near 112°E 16°N: test geometry, not a boundary.
        const QString base = m_dir.filePath(u"inset.geojson"_s);
        QFile file(base);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [[[112, 16], [112.6, 16], [112.6, 16.6], [112, 16.6], [112, 16]]]}}]})");
        file.close();
        QVERIFY(!window.setMapInsetLayer(QStringLiteral(CITYATLAS_DATASETS_DIR "/china_province_stats.csv")).isEmpty());
        QCOMPARE(window.setMapInsetLayer(base), QString());
        const QString inset = m_dir.filePath(u"inset.svg"_s);
        QCOMPARE(window.exportMap(inset), QString());
        QVERIFY(svgText(inset).contains(MapInset::title()));
        QCOMPARE(window.setMapInsetLayer({}), QString());
        QCOMPARE(window.exportMap(inset), QString());
        QVERIFY(!svgText(inset).contains(MapInset::title()));
    }

    // Filtering hides rows of the table; the selection stays as it was.
    void filteringKeepsTheSelection()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        window.loadDefaultMap();
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->currentTable(), 20000);
        FeatureSelection *selection = window.selection();
        selection->setRows({0, 9}); // Beijing, Jiangsu
        QLineEdit *filter = window.attributeTable()->filter();
        filter->setText(u"北京"_s);
        QCOMPARE(selection->rows(), (QSet<int>{0, 9}));
        QCOMPARE(window.attributeTable()->view()->model()->rowCount(), 1);
        QCOMPARE(window.attributeTable()->view()->selectionModel()->selectedRows().size(), 1);
        filter->clear();
        QCOMPARE(selection->rows(), (QSet<int>{0, 9}));
        QCOMPARE(window.attributeTable()->view()->selectionModel()->selectedRows().size(), 2);
    }

    // Each layer keeps the variable chosen for it in the imbalance panel.
    void panelsKeepEachLayersChoices()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        window.loadDefaultMap();
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->currentTable(), 20000);
        FieldCombo *field = window.imbalancePanel()->fieldCombo();
        field->setCurrentIndex(field->findData(u"pop_2021"_s));
        QCOMPARE(field->currentField(), u"pop_2021"_s);
        bool opened = false;
        window.openLayer(data(u"grid3x3_styles.geojson"_s), {}, [&opened] { opened = true; });
        QTRY_VERIFY_WITH_TIMEOUT(opened, 20000);
        field->setCurrentIndex(field->findData(u"code"_s));
        QCOMPARE(field->currentField(), u"code"_s);
        window.workspace()->layers()->setCurrentRow(1); // the provinces again
        QCOMPARE(field->currentField(), u"pop_2021"_s);
        window.workspace()->layers()->setCurrentRow(0);
        QCOMPARE(field->currentField(), u"code"_s);
    }

    // The zipped prefecture map opens as it is, and File > Add Bundled Layer lists both maps.
    void bundledMapsOpen()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        bool opened = false;
        window.openLayer(QStringLiteral(CITYATLAS_DATASETS_DIR "/china_prefectures.gpkg.zip"), {}, [&opened] { opened = true; });
        QTRY_VERIFY_WITH_TIMEOUT(opened, 30000);
        QVERIFY(window.workspace()->currentTable());
        QVERIFY(window.workspace()->currentTable()->rowCount() > 300);
        QCOMPARE(window.workspace()->currentRecipe().sourcePath, BundledData::prefecturesPath());
        QMenu *bundled = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            if (menu->title().remove(u'&') == u"Add Bundled Layer"_s)
                bundled = menu;
        QVERIFY(bundled);
        QCOMPARE(bundled->actions().size(), 2);
    }
};

QTEST_MAIN(TestDocumentViews)
#include "tst_documentviews.moc"
