#pragma once
// Small helpers the test suites share: where the fixtures are, and issues as one text for
// failure messages.

#include "analysis/issue.h"

#include <QString>
#include <QStringList>

namespace CityAtlas::TestSupport {

// A fixture of tests/data.
inline QString data(const QString &name)
{
    return QStringLiteral(CITYATLAS_TEST_DATA_DIR "/") + name;
}

// The messages of the issues, a line each.
inline QString messages(const IssueList &issues)
{
    QStringList list;
    for (const Issue &issue : issues)
        list << issue.message;
    return list.join(QLatin1Char('\n'));
}

} // namespace CityAtlas::TestSupport
