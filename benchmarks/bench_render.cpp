// Loads, classifies and renders a synthetic 40,000-polygon layer (a 200 × 200 grid of
// hexagon-like cells over China's extent, attribute = a smooth field + noise) and prints
// the time of each step. Usage: bench_render [cells-per-side] [repeats]
#include "benchmarks/syntheticgrid.h"
#include "maps/data/vectorreader.h"
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

    // What the style dialog recomputes on each change (issue 7).
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
    return 0;
}
