#include "maps/data/pointaggregation.h"

#include "analysis/compensatedsum.h"
#include "analysis/runtimeprofiler.h"
#include "maps/data/bundleddata.h"
#include "maps/data/postgisaggregation.h"
#include "maps/data/postgissource.h"
#include "maps/data/unitindex.h"

#include <QCoreApplication>

#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of PointAggregation.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::PointAggregation)
};

// Points read at a time; also how often cancellation is polled.
constexpr int BatchSize = 4096;
// Batches read ahead of the locating: memory stays bounded whatever the input's size.
constexpr size_t QueueLength = 16;

// Reads the points on a thread of its own, a few batches ahead of the caller, which meanwhile
// reads the units (aggregatePoints(request)) and then locates the points: parsing a CSV and
// locating its points take about as long, and overlap.
class BatchQueue
{
public:
    explicit BatchQueue(PointReader &reader) : m_reader(reader), m_thread([this] { produce(); }) {}
    ~BatchQueue() { stop(); }
    BatchQueue(const BatchQueue &) = delete;
    BatchQueue &operator=(const BatchQueue &) = delete;

    // The next batch, waiting for it; false once all have been taken.
    bool next(PointBatch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return true;
    }

    // Ends reading (at the end, on cancel or on an error) and waits for the thread.
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_space.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void produce()
    {
        for (;;) {
            PointBatch batch;
            const bool more = m_reader.read(batch, BatchSize);
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return m_stopped || m_batches.size() < QueueLength; });
            if (m_stopped)
                return;
            if (more)
                m_batches.push_back(std::move(batch));
            else
                m_finished = true;
            m_ready.notify_one();
            if (!more)
                return;
        }
    }

    PointReader &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<PointBatch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
    std::thread m_thread; // last: starts once the members above exist
};

// Locates and sums the batches the queue delivers into result.
void aggregate(const UnitIndex &units, PointReader &reader, BatchQueue &queue, const PointSourceOptions &points,
               Feedback *feedback, int listedProblems, PointAggregation &result)
{
    QString error;
    if (!reader.setTargetCrs(units.crsWkt(), &error)) {
        queue.stop();
        result.issues << Issue::error(error, points.path);
        return;
    }
    const size_t unitCount = size_t(units.unitCount());
    const size_t weightCount = size_t(points.weightFields.size());
    std::vector<qint64> counts(unitCount, 0);
    std::vector<CompensatedSum> sums(unitCount * weightCount);
    std::vector<qint64> missing(weightCount, 0);
    PointBatch batch;
    // Phases for --timings: waiting for the reader thread's next batch, projecting, locating.
    PhaseClock clock;
    double waiting = 0.0, projecting = 0.0, locating = 0.0;
    const auto recordPhases = [&] {
        RuntimeProfiler::instance().add(u"read"_s, waiting);
        RuntimeProfiler::instance().add(u"project"_s, projecting);
        RuntimeProfiler::instance().add(u"locate"_s, locating);
    };
    for (;;) {
        if (feedback && feedback->isCanceled()) {
            queue.stop();
            result.issues << Issue::error(Tr::tr("%1: counting the points was cancelled").arg(points.path), points.path);
            return;
        }
        clock.lap();
        const bool more = queue.next(batch);
        waiting += clock.lap();
        if (!more)
            break;
        reader.transform(batch);
        projecting += clock.lap();
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
        if (feedback && batch.progress >= 0.0)
            feedback->setProgress(100.0 * batch.progress);
        locating += clock.lap();
    }
    recordPhases();
    queue.stop();
    result.issues << reader.issues();
    for (size_t u = 0; u < unitCount; ++u) {
        UnitTotal total{units.keys().at(qsizetype(u)), counts[u], {}};
        for (size_t w = 0; w < weightCount; ++w)
            total.sums << sums[u * weightCount + w].value();
        result.units << total;
    }
    result.missingWeights = QList<qint64>(missing.begin(), missing.end());
    if (feedback)
        feedback->setProgress(100.0);
}

// Passes cancellation on, not progress: reading the units is the start of counting the points.
class CancelOnly : public Feedback
{
public:
    explicit CancelOnly(Feedback *feedback) : m_feedback(feedback) {}
    bool isCanceled() const override { return m_feedback && m_feedback->isCanceled(); }
    void setProgress(double) override {}

private:
    Feedback *m_feedback;
};

// Opens the points for result; null (with the error in result) when they cannot be read.
std::unique_ptr<PointReader> openPoints(const PointSourceOptions &points, PointAggregation &result)
{
    result.weightFields = points.weightFields;
    std::unique_ptr<PointReader> reader = PointReader::open(points, &result.issues);
    if (reader) {
        result.xField = reader->xField();
        result.yField = reader->yField();
    }
    return reader;
}

} // namespace

PointAggregation aggregatePoints(const UnitIndex &units, const PointSourceOptions &points, Feedback *feedback,
                                 int listedProblems)
{
    PointAggregation result;
    const std::unique_ptr<PointReader> reader = openPoints(points, result);
    if (!reader)
        return result;
    BatchQueue queue(*reader);
    aggregate(units, *reader, queue, points, feedback, listedProblems, result);
    return result;
}

PointAggregation aggregatePoints(const PointAggregationRequest &request, Feedback *feedback)
{
    if (PostgisSource::isConnection(request.points.path) && request.inDatabase)
        return aggregatePointsInDatabase(request, feedback);
    PointAggregation result;
    const std::unique_ptr<PointReader> reader = openPoints(request.points, result);
    if (!reader)
        return result;
    // The points are read ahead while the units are read and indexed.
    BatchQueue queue(*reader);
    const QString unitsPath = request.unitsPath.isEmpty() ? BundledData::provincesPath() : request.unitsPath;
    CancelOnly cancel(feedback);
    const UnitIndexResult units = timed(u"units"_s, [&] {
        return UnitIndex::read(unitsPath, request.unitsLayer, request.keyField, request.points.access, &cancel);
    });
    result.issues = units.issues + result.issues;
    if (!units.index) {
        queue.stop();
        return result;
    }
    aggregate(*units.index, *reader, queue, request.points, feedback, request.listedProblems, result);
    return result;
}

} // namespace CityAtlas
