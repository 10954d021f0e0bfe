#pragma once

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <functional>
#include <vector>

// Loops spread over the cores. Each piece of work writes only its own output, so what comes out
// does not depend on how the work was split or on the number of cores.
namespace CityAtlas::Parallel {

inline int threadCount()
{
    return std::max(1, QThread::idealThreadCount());
}

// Runs task(first, last) for the consecutive blocks [first, last) of [0, n), at most blockSize
// long, on a private QThreadPool (on the calling thread when there is one block).
inline void forEachBlock(qsizetype n, qsizetype blockSize, const std::function<void(qsizetype, qsizetype)> &task)
{
    if (n <= blockSize) {
        if (n > 0)
            task(0, n);
        return;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(threadCount());
    for (qsizetype first = 0; first < n; first += blockSize)
        pool.start([&task, first, n, blockSize] { task(first, std::min(n, first + blockSize)); });
    pool.waitForDone();
}

} // namespace CityAtlas::Parallel
