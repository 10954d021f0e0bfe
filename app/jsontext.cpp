#include "app/jsontext.h"

#include <QJsonArray>
#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace CityAtlas::Cli {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// A value as QJsonDocument writes it; nested arrays and objects indented from `indent`.
void appendValue(QByteArray &out, const QJsonValue &value, const QByteArray &indent)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        out += std::isfinite(number) ? QByteArray::number(number, 'g', QLocale::FloatingPointShortest) : "null";
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument nested = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        out += nested.toJson(QJsonDocument::Indented).trimmed().replace('\n', '\n' + indent);
        break;
    }
    default:
        out += "null";
    }
}

// Appends records to out, handing full pieces to write (the units of a big layer make tens of MB).
void appendRecords(QByteArray &out, const JsonRecords &records, const std::function<void(QByteArray &)> &write)
{
    if (records.count == 0) {
        out += "[\n    ]";
        return;
    }
    constexpr qsizetype PieceBytes = 1 << 20;
    out += "[\n";
    for (int record = 0; record < records.count; ++record) {
        if (out.size() > PieceBytes)
            write(out);
        out += "        {";
        for (int key = 0; key < records.keys.size(); ++key) {
            if (key > 0)
                out += ", ";
            appendString(out, records.keys[key]);
            out += ": ";
            appendValue(out, records.value(record, key), "        ");
        }
        out += record + 1 < records.count ? "},\n" : "}\n";
    }
    out += "    ]";
}

} // namespace

bool writeJson(QIODevice &device, const QJsonObject &root, const QString &key, const JsonRecords &records)
{
    bool ok = true;
    const auto write = [&device, &ok](QByteArray &piece) {
        ok = ok && device.write(piece) == piece.size();
        piece.clear();
    };
    QStringList keys = root.keys();
    keys.removeAll(key);
    keys.insert(std::lower_bound(keys.begin(), keys.end(), key), key);
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += "    ";
        appendString(out, keys[i]);
        out += ": ";
        if (keys[i] == key)
            appendRecords(out, records, write);
        else
            appendValue(out, root.value(keys[i]), "    ");
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    out += "}\n";
    write(out);
    return ok;
}

} // namespace CityAtlas::Cli
