#include "maps/data/pointaggregation.h"

#include "analysis/compensatedsum.h"
#include "maps/data/bundleddata.h"
#include "maps/data/unitindex.h"

#include <QCoreApplication>

#include <cmath>
#include <vector>

namespace CityAtlas {

// Messages of this file are translated in the context of PointAggregation.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::PointAggregation)
};

// Points read, located and summed at a time; also how often cancellation is polled.
constexpr int BatchSize = 4096;
} // namespace

PointAggregation aggregatePoints(const UnitIndex &units, const PointSourceOptions &points, Feedback *feedback,
                                 int listedProblems)
{
    PointAggregation result;
    result.weightFields = points.weightFields;
    const std::unique_ptr<PointReader> reader = PointReader::open(points, units.crsWkt(), &result.issues);
    if (!reader)
        return result;
    result.xField = reader->xField();
    result.yField = reader->yField();

    const size_t unitCount = size_t(units.unitCount());
    const size_t weightCount = size_t(points.weightFields.size());
    std::vector<qint64> counts(unitCount, 0);
    std::vector<CompensatedSum> sums(unitCount * weightCount);
    std::vector<qint64> missing(weightCount, 0);
    PointBatch batch;
    for (;;) {
        if (feedback && feedback->isCanceled()) {
            result.issues << Issue::error(Tr::tr("%1: counting the points was cancelled").arg(points.path), points.path);
            return result;
        }
        if (!reader->read(batch, BatchSize))
            break;
        result.rowsRead += batch.rowsRead;
        result.invalidRows += batch.invalidRows;
        result.points += batch.size();
        result.problemCount += batch.problems.size();
        for (const PointProblem &problem : std::as_const(batch.problems)) {
            if (result.problems.size() >= listedProblems)
                break;
            result.problems << problem;
        }
        for (int i = 0; i < batch.size(); ++i) {
            const double *weights = batch.weights.data() + size_t(i) * weightCount;
            for (size_t w = 0; w < weightCount; ++w)
                if (std::isnan(weights[w]))
                    ++missing[w];
            const int unit = units.locate(batch.x[size_t(i)], batch.y[size_t(i)]);
            if (unit < 0) {
                ++result.outside;
                continue;
            }
            ++counts[size_t(unit)];
            for (size_t w = 0; w < weightCount; ++w)
                if (!std::isnan(weights[w]))
                    sums[size_t(unit) * weightCount + w].add(weights[w]);
        }
        if (feedback && reader->progress() >= 0.0)
            feedback->setProgress(100.0 * reader->progress());
    }
    result.issues << reader->issues();
    for (size_t u = 0; u < unitCount; ++u) {
        UnitTotal total{units.keys().at(qsizetype(u)), counts[u], {}};
        for (size_t w = 0; w < weightCount; ++w)
            total.sums << sums[u * weightCount + w].value();
        result.units << total;
    }
    result.missingWeights = QList<qint64>(missing.begin(), missing.end());
    if (feedback)
        feedback->setProgress(100.0);
    return result;
}

PointAggregation aggregatePoints(const PointAggregationRequest &request, Feedback *feedback)
{
    const QString unitsPath = request.unitsPath.isEmpty() ? BundledData::provincesPath() : request.unitsPath;
    UnitIndexResult units = UnitIndex::read(unitsPath, request.unitsLayer, request.keyField, request.points.access, feedback);
    if (!units.index) {
        PointAggregation result;
        result.issues = units.issues;
        return result;
    }
    PointAggregation result = aggregatePoints(*units.index, request.points, feedback, request.listedProblems);
    result.issues = units.issues + result.issues;
    return result;
}

} // namespace CityAtlas
