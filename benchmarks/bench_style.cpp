// What the style dialog computes on each change, timed on the synthetic 40,000-polygon layer
// (benchmarks/syntheticgrid.h): createStyle() for every method, the field's histogram, and
// the rows of a bin (a histogram click). Usage: bench_style [cells-per-side] [repeats]
#include "benchmarks/syntheticgrid.h"
#include "maps/data/vectorreader.h"
#include "maps/style/fieldhistogram.h"
#include "maps/style/layerstyle.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <limits>

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
    if (const QString error = SyntheticGrid::write(path, side); !error.isEmpty()) {
        out << "cannot write " << path << ": " << error << Qt::endl;
        return 1;
    }
    const LoadResult loaded = VectorReader::read(path);
    if (!loaded.table) {
        out << loaded.issues.value(0).message << Qt::endl;
        return 1;
    }
    const FeatureTable &table = *loaded.table;
    out << "polygons: " << table.rowCount() << Qt::endl;

    const auto bestOf = [repeats](const std::function<void()> &work) {
        QElapsedTimer timer;
        qint64 best = std::numeric_limits<qint64>::max();
        for (int r = 0; r < repeats; ++r) {
            timer.start();
            work();
            best = std::min(best, timer.nsecsElapsed());
        }
        return double(best) / 1e6;
    };
    ChoroplethSpec spec;
    spec.field = u"value"_s;
    for (const ClassificationMethod method : {ClassificationMethod::EqualInterval, ClassificationMethod::Quantile,
                                              ClassificationMethod::NaturalBreaks, ClassificationMethod::StdDev,
                                              ClassificationMethod::Manual, ClassificationMethod::UniqueValues}) {
        spec.method = method;
        spec.field = method == ClassificationMethod::UniqueValues ? u"id"_s : u"value"_s;
        if (method == ClassificationMethod::Manual) {
            ChoroplethSpec equalSpec;
            equalSpec.field = u"value"_s;
            equalSpec.method = ClassificationMethod::EqualInterval;
            const Choropleth equal = Choropleth::classify(table, equalSpec);
            spec.breaks = equal.breaks().bounds.mid(1, 4); // the four inner bounds of 5 equal classes
        }
        StyleResult result;
        const double ms = bestOf([&] { result = createStyle(table, spec); });
        out << "createStyle " << methodKey(method) << ": " << ms << " ms"
            << (result.style ? "" : " (invalid)") << Qt::endl;
    }
    FieldHistogram histogram;
    out << "histogram of value: " << bestOf([&] { histogram = FieldHistogram::ofNumbers(table, u"value"_s); })
        << " ms (" << histogram.bins().size() << " bins)" << Qt::endl;
    out << "rows of a bin: " << bestOf([&] { (void)histogram.rowsInBin(histogram.bins().size() / 2); }) << " ms"
        << Qt::endl;
    return 0;
}
