// The layers part of the workbench under the offscreen platform: the canvas composes its
// layers from cached images (toggling or fading one renders nothing again), lasso selection
// on tests/data/grid3x3.geojson, the Layers dock, View > Labels, and Lorenz points linked to
// the shared selection.
#include "app/mainwindow.h"
#include "maps/data/bundleddata.h"
#include "maps/data/vectorreader.h"
#include "maps/models/featureselection.h"
#include "maps/models/layerstackmodel.h"
#include "maps/workspace/workspace.h"
#include "maps/render/maprenderer.h"
#include "maps/style/categorystyle.h"
#include "widgets/charts/lorenzchart.h"
#include "widgets/imbalancepanel.h"
#include "widgets/labelsmenu.h"
#include "widgets/layerspanel.h"
#include "widgets/mapcanvas.h"

#include <QListView>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QToolButton>
#include <QtCharts/QScatterSeries>
#include <QUndoStack>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestLayersCanvas : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FeatureTable> m_grid; // cells c00 … c22, rows 0 … 8 (row = 3 × lat step + lon step)
    std::shared_ptr<const FeatureTable> m_centre; // the centre cell c11 alone
    std::shared_ptr<const FeatureTable> m_provinces;

    static std::shared_ptr<const MapStyle> single(const FeatureTable &table, const QColor &color)
    {
        return std::make_shared<const CategoryStyle>(QString(), QList<CategoryStyle::Category>{{table.name(), color}},
                                                     QList<int>(table.rowCount(), 0));
    }

    // Where a grid cell's point inside lies on the canvas.
    QPointF cellOnCanvas(const MapCanvas &canvas, int row) const
    {
        return MapRenderer::fitTransform(canvas.viewExtent(), canvas.rect()).map(m_grid->geometry(row).labelPoint);
    }

    static void send(QWidget *widget, QEvent::Type type, QPointF pos, Qt::KeyboardModifiers modifiers)
    {
        const Qt::MouseButtons buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent event(type, pos, widget->mapToGlobal(pos), Qt::LeftButton, buttons, modifiers);
        QCoreApplication::sendEvent(widget, &event);
    }

    // Drags a lasso through the corners (and points between them) of a polygon.
    static void drawLasso(QWidget *canvas, const QPolygonF &corners, Qt::KeyboardModifiers modifiers)
    {
        send(canvas, QEvent::MouseButtonPress, corners.first(), modifiers);
        for (int i = 0; i < corners.size(); ++i) {
            const QPointF from = corners[i], to = corners[(i + 1) % corners.size()];
            for (int step = 1; step <= 10; ++step)
                send(canvas, QEvent::MouseMove, from + (to - from) * step / 10.0, modifiers);
        }
        send(canvas, QEvent::MouseButtonRelease, corners.first(), modifiers);
    }

    // A triangle around the cells c00, c01 and c10 (not c11, c02 or c20): in the grid's
    // own axes u = c01 − c00, v = c10 − c00, corners (−0.4, −0.4), (2.2, −0.4), (−0.4, 2.2),
    // i.e. the side a + b = 1.8, which c01 and c10 (a + b = 1) are inside and c11 (2) outside.
    QPolygonF cornerLasso(const MapCanvas &canvas) const
    {
        const QPointF o = cellOnCanvas(canvas, 0);
        const QPointF u = cellOnCanvas(canvas, 1) - o, v = cellOnCanvas(canvas, 3) - o;
        return QPolygonF{o - 0.4 * u - 0.4 * v, o + 2.2 * u - 0.4 * v, o - 0.4 * u + 2.2 * v};
    }

    // A small square around one cell's point inside.
    QPolygonF squareAround(const MapCanvas &canvas, int row) const
    {
        const QPointF c = cellOnCanvas(canvas, row);
        return QPolygonF(QRectF(c - QPointF(10, 10), QSizeF(20, 20)));
    }

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        QLocale::setDefault(QLocale::c());
        LoadResult grid = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"));
        QVERIFY(grid.table);
        m_grid = std::shared_ptr<const FeatureTable>(std::move(grid.table));
        auto centre = std::make_shared<FeatureTable>(u"centre"_s, QString());
        centre->addField({u"id"_s, FieldType::String});
        centre->appendRow({u"c11"_s}, m_grid->geometry(4));
        m_centre = centre;
        LoadResult provinces = BundledData::loadProvinceMap();
        QVERIFY(provinces.table);
        m_provinces = std::shared_ptr<const FeatureTable>(std::move(provinces.table));
    }

    void togglingOrFadingALayerRendersNothingAgain()
    {
        LayerStackModel stack;
        MapCanvas canvas(&stack);
        canvas.resize(400, 400);
        canvas.show();
        QSignalSpy rendered(&canvas, &MapCanvas::renderFinished);
        stack.addLayer(m_grid, single(*m_grid, Qt::red));
        stack.addLayer(m_centre, single(*m_centre, Qt::blue));
        QTRY_COMPARE_WITH_TIMEOUT(canvas.layerRenderCount(), 2, 10000);
        QTRY_VERIFY(!canvas.isRendering());
        const QPoint centre = cellOnCanvas(canvas, 4).toPoint();
        auto colorAtCentre = [&] { return canvas.grab().toImage().pixelColor(centre * canvas.devicePixelRatioF()); };
        QCOMPARE(colorAtCentre(), QColor(Qt::blue));

        LayerStackModel *layers = canvas.layers();
        layers->setVisible(0, false); // the centre layer: composed from the cache at once
        QCOMPARE(colorAtCentre(), QColor(Qt::red));
        layers->setVisible(0, true);
        layers->setOpacity(0, 0.5);
        const QColor half = colorAtCentre(); // 0.5 × blue + 0.5 × red = (127.5, 0, 127.5)
        QVERIFY2(std::abs(half.red() - 128) <= 2 && half.green() == 0 && std::abs(half.blue() - 128) <= 2,
                 qPrintable(half.name()));
        QVERIFY(!canvas.isRendering());
        QCOMPARE(canvas.layerRenderCount(), 2);

        // Restyling one layer renders that layer only.
        layers->setStyle(1, single(*m_grid, Qt::green));
        QTRY_COMPARE_WITH_TIMEOUT(canvas.layerRenderCount(), 3, 10000);
        // Zooming renders both again; removing a layer renders nothing.
        canvas.zoomBy(1.5, canvas.rect().center());
        QTRY_COMPARE_WITH_TIMEOUT(canvas.layerRenderCount(), 5, 10000);
        QTRY_VERIFY(!canvas.isRendering());
        rendered.clear();
        QVERIFY(layers->removeLayer(0));
        QVERIFY(!rendered.isEmpty()); // composed at once
        QCOMPARE(canvas.layerRenderCount(), 5);
        QCOMPARE(canvas.layer(), m_grid); // the grid is current now
    }

    // Re-rendering while a window-modal dialog runs its own event loop (a resize, then zooms
    // that cancel the jobs still running) ends with the whole map: every province large enough
    // to hit shows its own colour at its point inside.
    void aModalDialogLeavesTheWholeMap()
    {
        const FeatureTable &provinces = *m_provinces;
        QList<CategoryStyle::Category> categories;
        QList<int> categoryOfRow;
        for (int row = 0; row < provinces.rowCount(); ++row) {
            categories.append({QString::number(row), QColor::fromHsv((row * 37) % 360, 200, 200).toRgb()});
            categoryOfRow << row;
        }
        LayerStackModel stack;
        MapCanvas canvas(&stack);
        canvas.resize(600, 500);
        canvas.show();
        stack.addLayer(m_provinces, std::make_shared<const CategoryStyle>(QString(), categories, categoryOfRow));
        QTRY_COMPARE_WITH_TIMEOUT(canvas.layerRenderCount(), 1, 10000);

        QProgressDialog dialog(u"Computing…"_s, u"Cancel"_s, 0, 100, &canvas);
        dialog.setWindowModality(Qt::WindowModal);
        QTimer::singleShot(50, &canvas, [&] { canvas.resize(700, 560); });
        for (int i = 0; i < 10; ++i)
            QTimer::singleShot(100 + 45 * i, &canvas, [&] { canvas.zoomBy(1.05, canvas.rect().center()); });
        QTimer::singleShot(900, &dialog, &QDialog::accept);
        dialog.exec();
        QTRY_VERIFY_WITH_TIMEOUT(!canvas.isRendering(), 10000);
        QTest::qWait(100); // the last job's result is composed from the event loop

        const QImage shown = canvas.grab().toImage();
        const QTransform toCanvas = MapRenderer::fitTransform(canvas.viewExtent(), canvas.rect());
        // What the canvas draws over the map (legend, scale bar, north arrow), as it does.
        QImage overlay(canvas.size(), QImage::Format_ARGB32_Premultiplied);
        overlay.fill(Qt::transparent);
        {
            const MapLayer *current = stack.currentLayer();
            MapSettings settings;
            settings.legendTitle = current->name;
            const MapRenderer renderer(provinces, *current->style, settings);
            QPainter painter(&overlay);
            renderer.drawLegend(painter, canvas.rect());
            renderer.drawScaleBar(painter, toCanvas, canvas.rect());
            renderer.drawNorthArrow(painter, toCanvas, canvas.rect());
        }
        int checked = 0;
        for (int row = 0; row < provinces.rowCount(); ++row) {
            const QRectF box = toCanvas.mapRect(provinces.geometry(row).bounds);
            const QPointF point = toCanvas.map(provinces.geometry(row).labelPoint);
            if (box.width() < 8 || box.height() < 8 || !QRectF(canvas.rect()).contains(point)
                || qAlpha(overlay.pixel(point.toPoint())) != 0)
                continue; // too small to hit (Hong Kong, Macao), out of view or under the legend
            ++checked;
            const QColor colour = shown.pixelColor((point * canvas.devicePixelRatioF()).toPoint());
            QVERIFY2(colour.rgb() == categories[row].color.rgb(),
                     qPrintable(u"%1: %2 instead of %3"_s.arg(provinces.value(row, provinces.fieldIndex(u"name_en"_s)).toString(),
                                                             colour.name(), categories[row].color.name())));
        }
        QVERIFY(checked >= 5);
    }

    void lassoSelectsCellsWhosePointInsideItEncloses()
    {
        LayerStackModel stack;
        MapCanvas canvas(&stack);
        FeatureSelection selection;
        canvas.setSelection(&selection);
        canvas.resize(400, 400);
        canvas.show();
        stack.addLayer(m_grid);
        QVERIFY(!canvas.viewExtent().isEmpty());

        // Alt+drag while panning draws a lasso.
        drawLasso(&canvas, cornerLasso(canvas), Qt::AltModifier);
        QCOMPARE(selection.rows(), (QSet<int>{0, 1, 3})); // c00, c01, c10
        // A new lasso replaces the selection; with Shift it adds.
        drawLasso(&canvas, squareAround(canvas, 8), Qt::AltModifier);
        QCOMPARE(selection.rows(), QSet<int>{8}); // c22
        drawLasso(&canvas, cornerLasso(canvas), Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(selection.rows(), (QSet<int>{0, 1, 3, 8}));

        // The lasso tool: plain drags.
        canvas.setTool(MapCanvas::Tool::SelectLasso);
        drawLasso(&canvas, squareAround(canvas, 4), Qt::NoModifier);
        QCOMPARE(selection.rows(), QSet<int>{4}); // c11
        // The rectangle tool: a box around c20 and c21 (touching, so selected), from above c20's centre.
        canvas.setTool(MapCanvas::Tool::SelectRectangle);
        const QPointF c20 = cellOnCanvas(canvas, 6), c21 = cellOnCanvas(canvas, 7);
        send(&canvas, QEvent::MouseButtonPress, c20 - QPointF(5, 5), Qt::NoModifier);
        send(&canvas, QEvent::MouseMove, c21 + QPointF(5, 5), Qt::NoModifier);
        send(&canvas, QEvent::MouseButtonRelease, c21 + QPointF(5, 5), Qt::NoModifier);
        QCOMPARE(selection.rows(), (QSet<int>{6, 7}));
        // A mere click with a selection tool still picks one unit.
        send(&canvas, QEvent::MouseButtonPress, cellOnCanvas(canvas, 2), Qt::NoModifier);
        send(&canvas, QEvent::MouseButtonRelease, cellOnCanvas(canvas, 2), Qt::NoModifier);
        QCOMPARE(selection.rows(), QSet<int>{2});
    }

    void aTableWithoutGeometryLeavesTheViewToTheNextLayer()
    {
        LayerStackModel stack;
        MapCanvas canvas(&stack);
        canvas.resize(300, 300);
        auto table = std::make_shared<FeatureTable>(u"table"_s, u"table.csv"_s);
        table->addField({u"id"_s, FieldType::String});
        table->appendRow({u"a"_s});
        stack.addLayer(table);
        QVERIFY(canvas.viewExtent().isEmpty());
        stack.addLayer(m_grid);
        QVERIFY(canvas.viewExtent().contains(m_grid->extent()));
        QVERIFY(canvas.featureAt(cellOnCanvas(canvas, 4)) == 4);
    }

    void layersPanelDrivesTheStack()
    {
        LayerStackModel layers;
        LayersPanel panel(&layers);
        layers.addLayer(m_grid);
        layers.addLayer(m_centre);
        QCOMPARE(layers.currentRow(), 0);
        panel.view()->setCurrentIndex(layers.index(1));
        QCOMPARE(layers.currentLayer()->table, m_grid);
        panel.opacitySlider()->setValue(40);
        QCOMPARE(layers.layer(1).opacity, 0.4);
        QToolButton *up = nullptr, *remove = nullptr;
        for (QToolButton *b : panel.findChildren<QToolButton *>()) {
            if (b->text() == LayersPanel::tr("Move the layer up"))
                up = b;
            if (b->text() == LayersPanel::tr("Remove the layer"))
                remove = b;
        }
        QVERIFY(up && remove && up->isEnabled());
        up->click();
        QCOMPARE(layers.layer(0).table, m_grid); // on top now, still current
        QCOMPARE(layers.currentRow(), 0);
        QVERIFY(!up->isEnabled());
        QCOMPARE(panel.opacitySlider()->value(), 40);
        QSignalSpy zoom(&panel, &LayersPanel::zoomToLayerRequested);
        remove->click();
        QCOMPARE(layers.layerCount(), 1);
        QCOMPARE(layers.currentLayer()->table, m_centre);
        QCOMPARE(panel.opacitySlider()->value(), 100);
    }

    void labelsFollowTheChosenNames()
    {
        QSettings().remove(u"map/labels"_s);
        LabelsMenu menu;
        QCOMPARE(menu.choice(), u"none"_s);
        QSignalSpy changed(&menu, &LabelsMenu::labelFieldChanged);
        menu.setLayer(m_provinces);
        QCOMPARE(menu.labelField(), QString());
        menu.choose(u"zh"_s);
        QCOMPARE(changed.last().first().toString(), u"name_zh"_s);
        menu.choose(u"en"_s);
        QCOMPARE(menu.labelField(), u"name_en"_s);
        QCOMPARE(QSettings().value(u"map/labels"_s).toString(), u"en"_s);
        LabelsMenu next; // the next start remembers the choice
        next.setLayer(m_provinces);
        QCOMPARE(next.labelField(), u"name_en"_s);
        // A layer without English names gets none; any text field can be chosen.
        QCOMPARE(LabelsMenu::fieldFor(*m_grid, u"en"_s), QString());
        QCOMPARE(LabelsMenu::fieldFor(*m_grid, u"field:id"_s), u"id"_s);
        QVERIFY(!menu.actions().isEmpty());
        menu.choose(u"none"_s);
        QCOMPARE(menu.labelField(), QString());
    }

    void lorenzPointClickSelectsItsUnit()
    {
        Workspace workspace;
        FeatureSelection &selection = *workspace.selection();
        ImbalancePanel panel(&workspace);
        panel.resize(700, 1000);
        panel.show();
        QSignalSpy finished(&panel, &ImbalancePanel::finished);
        workspace.addLayer(m_provinces, {}); // pop_2022, unweighted: the panel's defaults
        QVERIFY(finished.wait(20000) || !finished.isEmpty());
        LorenzChart *chart = panel.lorenzChart();
        panel.findChild<QTabWidget *>()->setCurrentWidget(chart);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QList<int> rows = panel.lorenzRows();
        QCOMPARE(rows.size(), 31); // 34 units, Hong Kong, Macao and Taiwan without NBS population
        const int code = m_provinces->fieldIndex(u"code"_s);
        // The curve runs from the least to the most populous (datasets/china_province_stats.csv,
        // NBS 2022, sorted by hand): Tibet (364 ten-thousands) first, Guangdong (12,657) last;
        // the 16th is Shaanxi (3,956; point (16/31, 0.257)), the 30th Shandong (10,163; (30/31, 0.910)).
        QCOMPARE(m_provinces->value(rows.first(), code).toString(), u"540000"_s);
        QCOMPARE(m_provinces->value(rows.last(), code).toString(), u"440000"_s);
        QCOMPARE(m_provinces->value(rows[15], code).toString(), u"610000"_s);
        QCOMPARE(m_provinces->value(rows[29], code).toString(), u"370000"_s);

        QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, chart->pointPosition(15).toPoint());
        QCOMPARE(selection.rows(), QSet<int>{rows[15]});
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::ShiftModifier, chart->pointPosition(29).toPoint());
        QCOMPARE(selection.rows(), (QSet<int>{rows[15], rows[29]}));
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, chart->pointPosition(29).toPoint());
        QCOMPARE(selection.rows(), QSet<int>{rows[29]});

        // Selected elsewhere (the map, the table): highlighted on the curve.
        QScatterSeries *selected = nullptr;
        for (QAbstractSeries *series : chart->chart()->series())
            if (series->objectName() == u"selected"_s)
                selected = static_cast<QScatterSeries *>(series);
        QVERIFY(selected);
        QCOMPARE(selected->count(), 1);
        selection.setRows({rows[10], rows[11]});
        QCOMPARE(selected->count(), 2);
        selection.setRows({rows[10]});
        QCOMPARE(selected->count(), 1);
    }

    void openLayerAddsOnTopAndTheDocksFollowIt()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
        window.loadDefaultMap();
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->layer() != nullptr, 20000);
        window.selection()->setRows({1});
        bool opened = false;
        window.openLayer(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"), {}, [&opened] { opened = true; });
        QTRY_VERIFY_WITH_TIMEOUT(opened, 20000);
        LayerStackModel *layers = window.canvas()->layers();
        QCOMPARE(layers->layerCount(), 2);
        QCOMPARE(layers->currentRow(), 0);
        QCOMPARE(window.canvas()->layer()->rowCount(), 9); // the grid, on top, is current
        QVERIFY(window.selection()->isEmpty()); // the selection was of the provinces
        QCOMPARE(window.canvas()->style()->field(), QString()); // the grid has no number: one colour
        QVERIFY(window.styleSpec().field.isEmpty());
        layers->setCurrentRow(1);
        QCOMPARE(window.canvas()->layer()->rowCount(), 34);
        QCOMPARE(window.canvas()->style()->field(), BundledData::densityField()); // its style kept
        QCOMPARE(window.styleSpec().field, BundledData::densityField());        // and shown for styling
        QCOMPARE(window.undoStack()->count(), 0); // adding layers is no step to undo
    }
};

QTEST_MAIN(TestLayersCanvas)
#include "tst_layerscanvas.moc"
