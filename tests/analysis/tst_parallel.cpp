#include "analysis/parallel.h"

#include <QTest>

#include <atomic>
#include <random>
#include <vector>

using namespace CityAtlas;

// The parallel loops must give what their serial counterparts give, whatever the core count.
class TestParallel : public QObject
{
    Q_OBJECT

private slots:
    void sortEqualsStdSort_data();
    void sortEqualsStdSort();
    void sortWithComparator();
    void everyIndexOnce();
};

void TestParallel::sortEqualsStdSort_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("serial") << 1000;
    QTest::newRow("parts") << 300001; // over 2^16 per part on two cores: sorted in parts, merged
}

void TestParallel::sortEqualsStdSort()
{
    QFETCH(int, size);
    std::mt19937_64 random(20261205);
    std::vector<quint64> values(static_cast<size_t>(size));
    for (quint64 &v : values)
        v = random() % 5000; // many ties
    std::vector<quint64> expected = values;
    std::sort(expected.begin(), expected.end());
    Parallel::sort(values.begin(), values.end());
    QVERIFY(values == expected);
}

void TestParallel::sortWithComparator()
{
    std::vector<int> values(200000);
    for (int i = 0; i < int(values.size()); ++i)
        values[size_t(i)] = (i * 7919) % 200000;
    Parallel::sort(values.begin(), values.end(), std::greater<>());
    QVERIFY(std::is_sorted(values.begin(), values.end(), std::greater<>()));
    QCOMPARE(values.front(), 199999);
    QCOMPARE(values.back(), 0);
}

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
