// IndicatorSystem: the tree, effective weights down the tree, sibling checks, and what
// happens where a template's weights are not sourced (never filled in).
#include "analysis/evaluation/indicatorsystem.h"

#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

Indicator make(const QString &id, std::optional<double> weight, Direction direction = Direction::Benefit, bool sourced = true)
{
    Indicator ind;
    ind.id = id;
    ind.nameEn = u"name of "_s + id;
    ind.weight = weight;
    ind.direction = direction;
    ind.sourced = sourced;
    return ind;
}

bool anyIssueContains(const IssueList &issues, Issue::Severity severity, const QString &text)
{
    for (const Issue &issue : issues)
        if (issue.severity == severity && issue.message.contains(text))
            return true;
    return false;
}

QByteArray dump(const IssueList &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines << issue.message;
    return lines.join(u'\n').toUtf8();
}

// A (0.6) → a1 (0.25), a2 (0.75) → a2x (1.0); B (0.4) → b1, b2 (weights not known).
IndicatorSystem tree()
{
    IndicatorSystem s;
    s.id = u"tree"_s;
    const int a = s.addIndicator(make(u"A"_s, 0.6));
    s.addIndicator(make(u"a1"_s, 0.25), a);
    const int a2 = s.addIndicator(make(u"a2"_s, 0.75), a);
    s.addIndicator(make(u"a2x"_s, 1.0, Direction::Cost), a2);
    const int b = s.addIndicator(make(u"B"_s, 0.4));
    s.addIndicator(make(u"b1"_s, std::nullopt), b);
    s.addIndicator(make(u"b2"_s, std::nullopt), b);
    return s;
}

} // namespace

class TestIndicatorSystem : public QObject
{
    Q_OBJECT

private slots:
    void structure()
    {
        const IndicatorSystem s = tree();
        QCOMPARE(s.count(), 7);
        QCOMPARE(s.depth(), 3);
        const QList<int> first = s.firstLevel();
        QCOMPARE(first.size(), 2);
        QCOMPARE(s.indicator(first[0]).id, u"A"_s);
        QStringList leafIds;
        for (int leaf : s.leaves())
            leafIds << s.indicator(leaf).id;
        QCOMPARE(leafIds, (QStringList{u"a1"_s, u"a2x"_s, u"b1"_s, u"b2"_s})); // depth-first, tree order
        QCOMPARE(s.level(s.indexOf(u"a2x"_s)), 3);
        QCOMPARE(s.level(s.indexOf(u"B"_s)), 1);
        QCOMPARE(s.firstLevelAncestor(s.indexOf(u"a2x"_s)), s.indexOf(u"A"_s));
        QCOMPARE(s.indexOf(u"nope"_s), -1);
        QVERIFY(!s.hasCompleteWeights());
    }

    void effectiveWeightsAreProductsDownTheTree()
    {
        const IndicatorSystem s = tree();
        // Hand calculation: W(a1) = 0.6 · 0.25 = 0.15; W(a2x) = 0.6 · 0.75 · 1.0 = 0.45.
        QCOMPARE(*s.effectiveWeight(s.indexOf(u"a1"_s)), 0.15);
        QCOMPARE(*s.effectiveWeight(s.indexOf(u"a2x"_s)), 0.6 * 0.75);
        QVERIFY(!s.effectiveWeight(s.indexOf(u"b1"_s)));
        const IndicatorWeights some = s.effectiveWeights({s.indexOf(u"a1"_s), s.indexOf(u"a2x"_s), s.indexOf(u"B"_s)});
        QVERIFY2(some.ok(), dump(some.issues));
        QCOMPARE(some.weights.size(), 3);
        QCOMPARE(some.weights[0] + some.weights[1] + some.weights[2], 1.0); // 0.15 + 0.45 + 0.4
    }

    void missingWeightsMakeLeafWeightsUnavailable()
    {
        const IndicatorSystem s = tree();
        const IndicatorWeights leaves = s.leafWeights();
        QVERIFY(!leaves.ok());
        QVERIFY(leaves.weights.isEmpty()); // nothing filled in: not 0, not equal shares
        // One error per indicator whose own weight is missing, naming it and its parent, and
        // saying what to do instead.
        QCOMPARE(leaves.issues.size(), 2);
        QVERIFY(anyIssueContains(leaves.issues, Issue::Severity::Error, u"b1"_s));
        QVERIFY(anyIssueContains(leaves.issues, Issue::Severity::Error, u"b2"_s));
        QVERIFY(leaves.issues[0].message.contains(u"under B"_s));
        QVERIFY(leaves.issues[0].message.contains(u"first level"_s));
        QVERIFY(leaves.issues[0].message.contains(u"equal weights"_s));
        QVERIFY(leaves.issues[0].message.contains(u"never filled in"_s));
        QCOMPARE(leaves.issues[0].field, u"b1"_s);

        // The first level is complete: it can be evaluated with the template weights.
        const IndicatorWeights first = s.firstLevelWeights();
        QVERIFY2(first.ok(), dump(first.issues));
        QCOMPARE(first.weights, (QList<double>{0.6, 0.4}));

        // Missing weights are not a sibling-sum error (nothing to sum), only unavailable.
        QVERIFY2(s.checkSiblingWeights().isEmpty(), dump(s.checkSiblingWeights()));
    }

    void unsourcedWeightsAreUsedWithAWarning()
    {
        IndicatorSystem s;
        const int a = s.addIndicator(make(u"A"_s, 1.0));
        s.addIndicator(make(u"known"_s, 0.9), a);
        Indicator derived = make(u"rest"_s, 0.1, Direction::Benefit, false);
        derived.sourceNote = u"derived as 1 − 0.9; name uncertain"_s;
        s.addIndicator(derived, a);
        const IndicatorWeights w = s.leafWeights();
        QVERIFY2(w.ok(), dump(w.issues));
        QCOMPARE(w.weights, (QList<double>{0.9, 0.1}));
        QCOMPARE(w.issues.size(), 1);
        QCOMPARE(w.issues[0].severity, Issue::Severity::Warning);
        QVERIFY(w.issues[0].message.contains(u"rest"_s));
        QVERIFY(w.issues[0].message.contains(u"name uncertain"_s));
        QCOMPARE(s.unsourcedIndicators(), (QList<int>{s.indexOf(u"rest"_s)}));
        QVERIFY(anyIssueContains(s.unsourcedIssues(), Issue::Severity::Warning, u"not sourced"_s));
    }

    void incompleteChildListsAreReported()
    {
        IndicatorSystem s;
        Indicator l3 = make(u"L3"_s, 1.0);
        l3.childrenComplete = false;
        s.addIndicator(l3);
        QCOMPARE(s.incompleteIndicators(), (QList<int>{0}));
        QVERIFY(anyIssueContains(s.unsourcedIssues(), Issue::Severity::Warning, u"not all listed"_s));
    }

    void siblingWeightsMustSumToOne_data()
    {
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<bool>("ok");
        QTest::newRow("exact") << QList<double>{0.37, 0.09, 0.08, 0.07, 0.07, 0.08, 0.04, 0.20} << true;
        QTest::newRow("thirds") << QList<double>{1.0 / 3, 1.0 / 3, 1.0 / 3} << true;
        QTest::newRow("0.9") << QList<double>{0.5, 0.4} << false;
        QTest::newRow("1.1") << QList<double>{0.6, 0.5} << false;
    }

    void siblingWeightsMustSumToOne()
    {
        QFETCH(QList<double>, weights);
        QFETCH(bool, ok);
        IndicatorSystem s;
        const int parent = s.addIndicator(make(u"P"_s, 1.0));
        for (qsizetype k = 0; k < weights.size(); ++k)
            s.addIndicator(make(u"c"_s + QString::number(k), weights[k]), parent);
        const IssueList issues = s.checkSiblingWeights();
        QCOMPARE(!hasErrors(issues), ok);
        if (!ok) {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues[0].field, u"P"_s); // names the parent
            QVERIFY2(issues[0].message.contains(u"under P"_s), qPrintable(issues[0].message));
        }
    }

    void sumErrorsInPercentNotation()
    {
        IndicatorSystem s;
        s.weightNotation = IndicatorSystem::WeightNotation::PercentOfTotal;
        const int l1 = s.addIndicator(make(u"L1"_s, 0.37));
        s.addIndicator(make(u"L2"_s, 0.63));
        s.addIndicator(make(u"L1P1"_s, 8.0 / 37), l1);
        s.addIndicator(make(u"L1P2"_s, 28.0 / 37), l1); // 36 of L1's 37 points
        const IssueList issues = s.checkSiblingWeights();
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues[0].message.contains(u"sum to 36 %"_s) && issues[0].message.contains(u"L1 has 37 %"_s),
                 qPrintable(issues[0].message));
    }

    void partlyKnownSiblingWeights()
    {
        IndicatorSystem s;
        s.addIndicator(make(u"a"_s, 0.5));
        s.addIndicator(make(u"b"_s, std::nullopt));
        const IssueList issues = s.checkSiblingWeights();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].severity, Issue::Severity::Warning);
        QVERIFY(!s.leafWeights().ok());
    }

    void validate()
    {
        IndicatorSystem s;
        QVERIFY(hasErrors(s.validate())); // empty
        const int a = s.addIndicator(make(u"a"_s, 1.0));
        const int b = s.addIndicator(make(u"b"_s, 1.0), a);
        const int c = s.addIndicator(make(u"c"_s, 1.0), b);
        QVERIFY2(s.validate().isEmpty(), dump(s.validate()));
        s.addIndicator(make(u"d"_s, 1.0), c); // a fourth level
        QVERIFY(anyIssueContains(s.validate(), Issue::Severity::Error, u"at most 3 levels"_s));

        IndicatorSystem dup;
        dup.addIndicator(make(u"x"_s, 0.5));
        dup.addIndicator(make(u"x"_s, 0.5));
        Indicator nameless = make(u"y"_s, std::nullopt);
        nameless.nameEn.clear();
        dup.addIndicator(nameless);
        const IssueList issues = dup.validate();
        QVERIFY(anyIssueContains(issues, Issue::Severity::Error, u"more than once"_s));
        QVERIFY(anyIssueContains(issues, Issue::Severity::Error, u"neither a Chinese nor an English name"_s));
    }

    void outOfRangeWeight()
    {
        IndicatorSystem s;
        s.addIndicator(make(u"a"_s, 1.5));
        s.addIndicator(make(u"b"_s, -0.5));
        const IssueList issues = s.checkSiblingWeights();
        QCOMPARE(issues.size(), 2);
        QVERIFY(anyIssueContains(issues, Issue::Severity::Error, u"between 0 and 1"_s));
    }
};

QTEST_APPLESS_MAIN(TestIndicatorSystem)
#include "tst_indicatorsystem.moc"
