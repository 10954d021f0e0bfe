// Two layers rendered together: pixel colours at known cell centres show the order, the
// visibility and the opacity of each layer, and the cache keeps one image per layer.
#include "maps/data/vectorreader.h"
#include "maps/models/layerstackmodel.h"
#include "maps/render/layerstackrenderer.h"
#include "maps/render/maprenderer.h"
#include "maps/render/renderercache.h"
#include "maps/style/categorystyle.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestLayerStackRenderer : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FeatureTable> m_grid;   // tests/data/grid3x3.geojson: cells c00 … c22
    std::shared_ptr<const FeatureTable> m_centre; // its centre cell c11 alone

    static std::shared_ptr<const MapStyle> single(const FeatureTable &table, const QColor &color)
    {
        return std::make_shared<const CategoryStyle>(QString(), QList<CategoryStyle::Category>{{table.name(), color}},
                                                     QList<int>(table.rowCount(), 0));
    }

    QRectF gridExtent() const
    {
        MapLayer grid;
        grid.table = m_grid;
        return LayerStackRenderer::paddedExtent({grid});
    }

    // Renders the visible layers of the stack on a white 300 × 300 image framing the grid.
    QImage render(const LayerStackModel &stack) const
    {
        QImage image(300, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        MapSettings settings;
        settings.extent = gridExtent();
        LayerStackRenderer(stack.visibleLayersBottomUp(), settings).render(painter, image.rect());
        return image;
    }

    // The colour at a cell's point inside (its centre) of the grid, with the grid framing the image.
    QColor colorAt(const QImage &image, int row) const
    {
        const QPointF p = MapRenderer::fitTransform(gridExtent(), image.rect()).map(m_grid->geometry(row).labelPoint);
        return image.pixelColor(p.toPoint());
    }

    static bool near(const QColor &actual, const QColor &expected, int tolerance = 2)
    {
        return std::abs(actual.red() - expected.red()) <= tolerance && std::abs(actual.green() - expected.green()) <= tolerance
            && std::abs(actual.blue() - expected.blue()) <= tolerance;
    }

#define COMPARE_COLOR(actual, expected) \
    QVERIFY2(near((actual), (expected)), qPrintable(u"%1 is %2, expected %3"_s.arg(QString::fromLatin1(#actual), (actual).name(), (expected).name())))

private slots:
    void initTestCase()
    {
        LoadResult r = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"));
        QVERIFY(r.table);
        QCOMPARE(r.table->rowCount(), 9);
        m_grid = std::shared_ptr<const FeatureTable>(std::move(r.table));
        auto centre = std::make_shared<FeatureTable>(u"centre"_s, QString());
        centre->addField({u"id"_s, FieldType::String});
        centre->appendRow({u"c11"_s}, m_grid->geometry(4));
        m_centre = centre;
    }

    void layersAreDrawnBottomUpWithTheirOpacity()
    {
        const QColor red(255, 0, 0), blue(0, 0, 255);
        LayerStackModel stack;
        stack.addLayer(m_grid, single(*m_grid, red));
        stack.addLayer(m_centre, single(*m_centre, blue));
        stack.setOpacity(0, 0.5);

        QImage image = render(stack);
        COMPARE_COLOR(colorAt(image, 0), red);  // c00: the grid alone
        COMPARE_COLOR(colorAt(image, 8), red);  // c22
        // c11: blue at 50 % over red, 0.5 × (0, 0, 255) + 0.5 × (255, 0, 0) = (127.5, 0, 127.5).
        COMPARE_COLOR(colorAt(image, 4), QColor(128, 0, 128));
        COMPARE_COLOR(image.pixelColor(2, 2), QColor(Qt::white)); // the margin around the grid

        stack.setOpacity(0, 0.25); // 0.25 × 255 = 63.75 blue, 0.75 × 255 = 191.25 red
        COMPARE_COLOR(colorAt(render(stack), 4), QColor(191, 0, 64));

        stack.setOpacity(0, 1.0);
        COMPARE_COLOR(colorAt(render(stack), 4), blue);

        // The grid on top hides the centre cell.
        QVERIFY(stack.moveLayer(0, 1));
        COMPARE_COLOR(colorAt(render(stack), 4), red);

        // A hidden layer is not drawn: only the centre cell remains.
        stack.setVisible(0, false);
        image = render(stack);
        COMPARE_COLOR(colorAt(image, 4), blue);
        COMPARE_COLOR(colorAt(image, 0), QColor(Qt::white));
    }

    // An exported map (MapRenderer, with legend and source line) draws the whole stack: its own
    // layer with its own style where the stack has it, the others with theirs and their opacity.
    void mapRendererDrawsTheStack()
    {
        const QColor red(255, 0, 0), blue(0, 0, 255), green(0, 255, 0);
        LayerStackModel stack;
        stack.addLayer(m_grid, single(*m_grid, green)); // the renderer's own style (red) wins for it
        stack.addLayer(m_centre, single(*m_centre, blue));
        stack.setOpacity(0, 0.5);
        const auto own = single(*m_grid, red);
        MapSettings settings;
        settings.extent = gridExtent();
        settings.showLegend = settings.showScaleBar = settings.showNorthArrow = false;
        MapRenderer renderer(*m_grid, *own, settings);
        renderer.setLayerStack(stack.visibleLayersBottomUp(), stack.layer(1).id);
        QImage image(300, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        QVERIFY(renderer.render(painter, image.rect()));
        const QTransform toDevice = renderer.mapToDevice(renderer.mapFrame(painter, image.rect()));
        painter.end();
        const auto at = [&](int row) { return image.pixelColor(toDevice.map(m_grid->geometry(row).labelPoint).toPoint()); };
        COMPARE_COLOR(at(0), red);
        // c11: blue at 50 % over red, as above: (127.5, 0, 127.5).
        COMPARE_COLOR(at(4), QColor(128, 0, 128));
    }

    void labelsAreDrawnAboveAllLayers()
    {
        LayerStackModel stack;
        stack.addLayer(m_grid, single(*m_grid, Qt::white));
        stack.addLayer(m_centre, single(*m_centre, Qt::white));
        MapSettings settings;
        settings.labelField = u"id"_s;
        const QList<MapLayer> layers = stack.visibleLayersBottomUp();
        settings.extent = LayerStackRenderer::paddedExtent(layers);
        // Labels of the bottom layer, drawn over the top one: some dark text pixels in c11 (the
        // white top layer is lighter than 250; anti-aliased 7 pt text at 96 dpi, in the maps'
        // thin CJK font, has few pixels darker than 100).
        const QImage labels = LayerStackRenderer::renderLabels(layers.first(), settings, QSize(300, 300), 1.0);
        QImage image(300, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        LayerStackRenderer(layers, settings, layers.first()).render(painter, image.rect());
        painter.end();
        const QPointF centre = MapRenderer::fitTransform(settings.extent, image.rect()).map(m_grid->geometry(4).labelPoint);
        int dark = 0, darkLabels = 0;
        for (int dx = -20; dx <= 20; ++dx)
            for (int dy = -6; dy <= 6; ++dy) {
                const QPoint p = centre.toPoint() + QPoint(dx, dy);
                dark += image.pixelColor(p).lightness() < 160;
                darkLabels += labels.pixelColor(p).alpha() > 200 && labels.pixelColor(p).lightness() < 160;
            }
        QVERIFY2(dark > 5, qPrintable(QString::number(dark)));
        QVERIFY2(darkLabels > 5, qPrintable(QString::number(darkLabels)));
    }

    void cacheHoldsOneValidImagePerLayer()
    {
        RendererCache cache;
        const auto style = single(*m_grid, Qt::red);
        RendererCache::Key key{m_grid, style, {}, QRectF(0, 0, 10, 10), QSize(100, 100), 1.0};
        QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::red);
        cache.insert(u"layer1"_s, key, image);
        QVERIFY(cache.contains(u"layer1"_s, key));
        QVERIFY(!cache.contains(u"layer2"_s, key));
        RendererCache::Key moved = key;
        moved.extent.translate(1, 0);
        QVERIFY(!cache.contains(u"layer1"_s, moved)); // panned: stale
        RendererCache::Key restyled = key;
        restyled.style = single(*m_grid, Qt::blue);
        QVERIFY(!cache.contains(u"layer1"_s, restyled));
        cache.insert(u"layer1"_s, moved, image); // replaces the older image
        QCOMPARE(cache.count(), 1);
        QVERIFY(!cache.contains(u"layer1"_s, key));
        cache.remove(u"layer1"_s);
        QCOMPARE(cache.count(), 0);
    }
};

QTEST_MAIN(TestLayerStackRenderer)
#include "tst_layerstackrenderer.moc"
