// Queen weights, global Moran's I and LISA with 999 permutations on a synthetic
// 40,000-polygon layer, timed step by step. Usage: bench_spatial [cells-per-side] [permutations]
#include "analysis/localmoran.h"
#include "analysis/moran.h"
#include "benchmarks/syntheticgrid.h"
#include "maps/data/contiguity.h"
#include "maps/data/vectorreader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int side = argc > 1 ? std::atoi(argv[1]) : 200;
    const int permutations = argc > 2 ? std::atoi(argv[2]) : 999;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"grid.geojson"_s);
    if (const QString error = SyntheticGrid::write(path, side); !error.isEmpty()) {
        out << error << Qt::endl;
        return 1;
    }
    const LoadResult loaded = VectorReader::read(path);
    if (!loaded.table)
        return 1;
    out << "units: " << loaded.table->rowCount() << ", cores: " << QThread::idealThreadCount() << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    const WeightsResult queen = Contiguity::fromPolygons(*loaded.table, Contiguity::Rule::Queen, 1.0);
    if (!queen.isValid())
        return 1;
    out << "queen contiguity: " << timer.elapsed() << " ms (" << queen.weights->linkCount() << " links)" << Qt::endl;
    const SpatialWeights w = queen.weights->rowStandardised();
    const QList<double> values = loaded.table->numericColumn(loaded.table->fieldIndex(u"value"_s));

    MoranOptions moran;
    moran.permutation.permutations = permutations;
    moran.permutation.threadCount = 0; // all cores
    timer.restart();
    const MoranResult global = globalMoran(values, w, moran);
    out << "global Moran's I with " << permutations << " permutations: " << timer.elapsed() << " ms (I = "
        << global.moranI << ", pseudo p = " << (global.permutation ? global.permutation->pseudoP : -1) << ")" << Qt::endl;

    moran.permutation.threadCount = 1;
    timer.restart();
    globalMoran(values, w, moran);
    out << "  the same on one thread: " << timer.elapsed() << " ms" << Qt::endl;

    LocalMoranOptions local;
    local.permutation = moran.permutation;
    local.permutation.threadCount = 0;
    timer.restart();
    const LocalMoranResult lisa = localMoran(values, w, local);
    out << "LISA with " << permutations << " conditional permutations: " << timer.elapsed() << " ms" << Qt::endl;
    return lisa.isValid() ? 0 : 1;
}
