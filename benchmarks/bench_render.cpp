// Loads, classifies and renders a synthetic 40,000-polygon layer (a 200 × 200 grid of
// hexagon-like cells over China's extent, attribute = a smooth field + noise) and prints
// the time of each step; then two layers (a coarser grid at 50 % opacity over it), drawn
// at once and from per-layer cached images as the map canvas does when one layer is shown,
// hidden, faded or restyled. Usage: bench_render [cells-per-side] [repeats]
#include "benchmarks/syntheticgrid.h"
#include "maps/data/vectorreader.h"
#include "maps/models/layerstackmodel.h"
#include "maps/render/layerstackrenderer.h"
#include "maps/render/maprenderer.h"
#include "maps/style/choropleth.h"
#include "maps/style/fieldhistogram.h"
#include "maps/style/layerstyle.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <functional>

using namespace CityAtlas;
using namespace Qt::StringLiterals;


int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int side = argc > 1 ? std::atoi(argv[1]) : 200;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"grid.geojson"_s);
    QElapsedTimer timer;

    timer.start();
    if (const QString error = SyntheticGrid::write(path, side); !error.isEmpty()) {
        out << "cannot write " << path << ": " << error << Qt::endl;
        return 1;
    }
    out << "polygons: " << side * side << "\nwrite GeoJSON: " << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    const LoadResult loaded = VectorReader::read(path);
    if (!loaded.table) {
        out << loaded.issues.value(0).message << Qt::endl;
        return 1;
    }
    out << "load + validate + project: " << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    ChoroplethSpec spec;
    spec.field = u"value"_s;
    spec.method = ClassificationMethod::NaturalBreaks;
    const Choropleth choropleth = Choropleth::classify(*loaded.table, spec);
    out << "classify (natural breaks, 5 classes): " << timer.elapsed() << " ms" << Qt::endl;

    // What the style dialog recomputes on each change.
    ChoroplethSpec manual = spec;
    manual.method = ClassificationMethod::Manual;
    manual.breaks = choropleth.breaks().bounds.mid(1, choropleth.breaks().classCount() - 1);
    ChoroplethSpec unique;
    unique.field = u"id"_s;
    unique.method = ClassificationMethod::UniqueValues;
    for (const ChoroplethSpec &s : {manual, unique}) {
        timer.restart();
        const StyleResult style = createStyle(*loaded.table, s);
        out << "createStyle (" << methodKey(s.method) << "): " << timer.elapsed() << " ms"
            << (style.style ? "" : " (invalid)") << Qt::endl;
    }
    timer.restart();
    const FieldHistogram histogram = FieldHistogram::ofNumbers(*loaded.table, spec.field);
    (void)histogram.rowsInBin(int(histogram.bins().size()) / 2);
    out << "histogram (" << histogram.bins().size() << " bins) + rows of one bin: " << timer.elapsed() << " ms"
        << Qt::endl;

    auto renderMs = [&](const QRectF &extent) {
        MapSettings settings;
        settings.extent = extent;
        settings.showLegend = false;
        const MapRenderer renderer(*loaded.table, choropleth, settings);
        QImage image(1600, 1200, QImage::Format_ARGB32_Premultiplied);
        qint64 best = std::numeric_limits<qint64>::max();
        for (int r = 0; r < repeats; ++r) {
            QPainter painter(&image);
            timer.restart();
            renderer.render(painter, image.rect());
            painter.end();
            best = std::min(best, timer.elapsed());
        }
        return best;
    };
    const QRectF full = loaded.table->extent();
    out << "render 1600x1200, whole layer (best of " << repeats << "): " << renderMs({}) << " ms" << Qt::endl;
    const QRectF zoomed(full.center() - QPointF(full.width() / 16, full.height() / 16), full.size() / 8);
    out << "render 1600x1200, zoomed 8x (best of " << repeats << "): " << renderMs(zoomed) << " ms" << Qt::endl;

    // Two layers: the grid under a grid of side / 4 cells per side at 50 % opacity.
    const QString coarsePath = dir.filePath(u"coarse.geojson"_s);
    if (const QString error = SyntheticGrid::write(coarsePath, std::max(2, side / 4)); !error.isEmpty()) {
        out << "cannot write " << coarsePath << ": " << error << Qt::endl;
        return 1;
    }
    LoadResult coarse = VectorReader::read(coarsePath);
    if (!coarse.table) {
        out << coarse.issues.value(0).message << Qt::endl;
        return 1;
    }
    LayerStackModel stack;
    stack.addLayer(std::make_shared<const FeatureTable>(*loaded.table), std::make_shared<const Choropleth>(choropleth));
    stack.addLayer(std::shared_ptr<const FeatureTable>(std::move(coarse.table)));
    stack.setOpacity(0, 0.5);
    const QList<MapLayer> layers = stack.visibleLayersBottomUp();
    MapSettings settings;
    settings.extent = LayerStackRenderer::paddedExtent(layers);
    const QSize size(1600, 1200);
    auto bestMs = [&](const std::function<void()> &step) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int r = 0; r < repeats; ++r) {
            timer.restart();
            step();
            best = std::min(best, timer.elapsed());
        }
        return best;
    };
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const qint64 both = bestMs([&] {
        QPainter painter(&image);
        LayerStackRenderer(layers, settings).render(painter, image.rect());
    });
    QList<LayerStackRenderer::LayerImage> cached;
    for (const MapLayer &layer : layers)
        cached.append({LayerStackRenderer::renderLayer(layer, settings, size, 1.0), layer.opacity});
    const qint64 compose = bestMs([&] {
        QPainter painter(&image);
        LayerStackRenderer::compose(painter, image.rect(), Qt::white, cached);
    });
    const qint64 restyleTop = bestMs([&] {
        cached.last().image = LayerStackRenderer::renderLayer(layers.last(), settings, size, 1.0);
        QPainter painter(&image);
        LayerStackRenderer::compose(painter, image.rect(), Qt::white, cached);
    });
    out << "two layers (" << side * side << " + " << layers.last().table->rowCount()
        << " polygons, top at 50 % opacity), 1600x1200 (best of " << repeats << "):\n"
        << "  both rendered: " << both << " ms\n"
        << "  one shown, hidden or faded (composed from the cache): " << compose << " ms\n"
        << "  top layer restyled (it alone rendered, then composed): " << restyleTop << " ms" << Qt::endl;
    return 0;
}
