#pragma once

#include <QByteArray>
#include <QIODevice>
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

// Writes root as QJsonDocument::Indented does, with records as one more member named key (root's
// members stay in key order), each record on one line; in pieces of about 1 MB. False when the
// device refused a write.
bool writeJson(QIODevice &device, const QJsonObject &root, const QString &key, const JsonRecords &records);

} // namespace CityAtlas::Cli
