#pragma once
// Small helpers the test suites share: where the fixtures are, and issues as one text for
// failure messages.

#include "analysis/issue.h"

#include <QFile>
#include <QRegularExpression>
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

// The text of an SVG file's <text> elements, joined (Qt writes a run per script); empty when
// the file cannot be read.
inline QString svgText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QString text;
    static const QRegularExpression element(QStringLiteral(">([^<]*)</text>"));
    for (auto it = element.globalMatch(QString::fromUtf8(file.readAll())); it.hasNext();)
        text += it.next().captured(1);
    return text;
}

} // namespace CityAtlas::TestSupport
