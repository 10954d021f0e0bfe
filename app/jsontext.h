#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace CityAtlas::Cli {

// A JSON array of objects that all have the same keys, written straight as text: building a
// QJsonArray of the 40,000 units of a local statistic and printing it takes ten times longer.
struct JsonRecords
{
    QStringList keys;
    int count = 0;
    std::function<QJsonValue(int record, int key)> value;
};

// root as QJsonDocument::Indented writes it, with records as one more member named key (root's
// members stay in key order); each record is written on one line.
QByteArray jsonText(const QJsonObject &root, const QString &key, const JsonRecords &records);

} // namespace CityAtlas::Cli
