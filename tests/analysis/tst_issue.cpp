// Tests for analysis/issue.h: which message stands for a list of issues.
#include "analysis/issue.h"

#include <QTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestIssue : public QObject
{
    Q_OBJECT

private slots:
    void firstErrorSkipsWarnings()
    {
        const IssueList issues{Issue::warning(u"w1"_s), Issue::error(u"e1"_s), Issue::error(u"e2"_s)};
        QVERIFY(hasErrors(issues));
        QCOMPARE(firstError(issues), u"e1"_s);
        QCOMPARE(firstErrorOrIssue(issues), u"e1"_s);
    }

    void withoutErrors()
    {
        const IssueList warnings{Issue::warning(u"w1"_s), Issue::warning(u"w2"_s)};
        QVERIFY(!hasErrors(warnings));
        QCOMPARE(firstError(warnings), QString());       // no error to report
        QCOMPARE(firstErrorOrIssue(warnings), u"w1"_s);  // the first issue explains the failure
        QCOMPARE(firstError({}), QString());
        QCOMPARE(firstErrorOrIssue({}), QString());
    }
};

QTEST_APPLESS_MAIN(TestIssue)
#include "tst_issue.moc"
