#include "analysis/parallel.h"

#include <QTest>

#include <atomic>
#include <vector>

using namespace CityAtlas;

// The block loop must visit every index once, whatever the core count and block size.
class TestParallel : public QObject
{
    Q_OBJECT

private slots:
    void everyIndexOnce();
};

void TestParallel::everyIndexOnce()
{
    for (const qsizetype n : {qsizetype(0), qsizetype(5), qsizetype(10000), qsizetype(10007)}) {
        std::vector<std::atomic<int>> seen(static_cast<size_t>(n));
        Parallel::forEachBlock(n, 1000, [&](qsizetype first, qsizetype last) {
            QVERIFY(last - first <= 1000);
            for (qsizetype i = first; i < last; ++i)
                seen[size_t(i)]++;
        });
        for (const std::atomic<int> &count : seen)
            QCOMPARE(count.load(), 1);
    }
}

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
