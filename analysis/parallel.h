#pragma once

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <functional>
#include <thread>
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

// std::sort on every core: equal parts sorted side by side, then merged. The same order as
// std::sort for a strict weak order where equal elements are indistinguishable.
template<typename Iterator, typename Less = std::less<>>
void sort(Iterator begin, Iterator end, Less less = {})
{
    constexpr std::ptrdiff_t Serial = 1 << 16;
    const std::ptrdiff_t n = end - begin;
    const std::ptrdiff_t parts = std::min<std::ptrdiff_t>(threadCount(), std::max<std::ptrdiff_t>(1, n / Serial));
    if (parts <= 1) {
        std::sort(begin, end, less);
        return;
    }
    std::vector<Iterator> bounds;
    for (std::ptrdiff_t p = 0; p <= parts; ++p)
        bounds.push_back(begin + n * p / parts);
    std::vector<std::thread> threads;
    for (std::ptrdiff_t p = 1; p < parts; ++p)
        threads.emplace_back([&, p] { std::sort(bounds[size_t(p)], bounds[size_t(p) + 1], less); });
    std::sort(bounds[0], bounds[1], less);
    for (std::thread &thread : threads)
        thread.join();
    for (std::ptrdiff_t p = 1; p < parts; ++p)
        std::inplace_merge(begin, bounds[size_t(p)], bounds[size_t(p) + 1], less);
}

} // namespace CityAtlas::Parallel
