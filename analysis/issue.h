#pragma once

#include <QList>
#include <QString>

namespace CityAtlas {

// One problem found in input or during a computation. Library code returns these;
// the GUI and the CLI decide how to show them.
struct Issue
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Error;
    QString file;
    QString layer;
    QString field;
    qint64 row = -1;   // feature or table row, 0-based; -1 when not about one row
    QString message;   // complete sentence naming what is wrong and what was expected

    bool operator==(const Issue &other) const = default;

    static Issue error(const QString &message, const QString &file = {})
    {
        Issue issue;
        issue.severity = Severity::Error;
        issue.message = message;
        issue.file = file;
        return issue;
    }
    static Issue warning(const QString &message, const QString &file = {})
    {
        Issue issue;
        issue.severity = Severity::Warning;
        issue.message = message;
        issue.file = file;
        return issue;
    }
};

using IssueList = QList<Issue>;

inline bool hasErrors(const IssueList &issues)
{
    for (const Issue &issue : issues)
        if (issue.severity == Issue::Severity::Error)
            return true;
    return false;
}

// The message of the first error, else empty.
inline QString firstError(const IssueList &issues)
{
    for (const Issue &issue : issues)
        if (issue.severity == Issue::Severity::Error)
            return issue.message;
    return {};
}

// The message of the first error, else of the first issue of any severity, else empty: the
// reason to give for a failure whose issues may hold only warnings.
inline QString firstErrorOrIssue(const IssueList &issues)
{
    const QString error = firstError(issues);
    return error.isEmpty() && !issues.isEmpty() ? issues.first().message : error;
}

} // namespace CityAtlas
