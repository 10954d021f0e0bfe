#include "maps/project/layerfield.h"

#include "maps/data/expression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::LayerFields)
};

const QList<std::pair<FieldType, QString>> TypeKeys{
    {FieldType::Integer, u"integer"_s}, {FieldType::Real, u"real"_s}, {FieldType::String, u"string"_s},
    {FieldType::Date, u"date"_s}, {FieldType::Other, u"other"_s}};

QString typeKey(FieldType type)
{
    for (const auto &[t, key] : TypeKeys)
        if (t == type)
            return key;
    return u"other"_s;
}

FieldType typeOf(const QString &key)
{
    for (const auto &[t, k] : TypeKeys)
        if (k == key)
            return t;
    return FieldType::String;
}

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(value.toDouble());
    case QMetaType::Bool:
        return QJsonValue(value.toBool());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant variantOf(const QJsonValue &value, FieldType type)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (type == FieldType::Integer && value.isDouble())
        return QVariant(qint64(value.toDouble()));
    return value.toVariant();
}

} // namespace

LayerField LayerField::computed(const Field &field, const QString &expression)
{
    LayerField f;
    f.kind = Kind::Computed;
    f.field = field;
    f.expression = expression;
    return f;
}

LayerField LayerField::result(const ResultColumn &column, const QList<int> &rows, const QString &runKind, int layerRows)
{
    LayerField f;
    f.kind = Kind::Result;
    f.field = column.field;
    f.rows = rows.mid(0, column.values.size());
    f.values = column.values.mid(0, f.rows.size());
    f.runKind = runKind;
    f.layerRows = layerRows;
    return f;
}

IssueList LayerFields::apply(FeatureTable &table, const QList<LayerField> &fields, const QString &layerName)
{
    IssueList issues;
    for (const LayerField &f : fields) {
        if (f.kind == LayerField::Kind::Computed) {
            const ExpressionResult result = evaluateExpression(table, f.expression);
            if (!result.ok()) {
                issues << Issue::warning(Text::tr("%1: the computed field %2 was not made again: %3")
                                             .arg(layerName, f.field.name, result.issues.first().message));
                continue;
            }
            QList<int> rows(table.rowCount());
            std::iota(rows.begin(), rows.end(), 0);
            ResultColumn column = result.resultColumn(f.field.name);
            column.field.type = f.field.type;
            table.setResultColumn(column, rows);
        } else {
            if (f.layerRows != table.rowCount()) {
                issues << Issue::warning(Text::tr("%1: the field %2 (results of %3) was made for %4 rows; the layer now has %5, "
                                                  "so it was left out: run the analysis again")
                                             .arg(layerName, f.field.name, f.runKind).arg(f.layerRows).arg(table.rowCount()));
                continue;
            }
            table.setResultColumn({f.field, f.values}, f.rows);
        }
    }
    return issues;
}

QString LayerFields::toJson(const QList<LayerField> &fields)
{
    if (fields.isEmpty())
        return {};
    QJsonArray array;
    for (const LayerField &f : fields) {
        QJsonObject o{{u"name"_s, f.field.name}, {u"type"_s, typeKey(f.field.type)}};
        if (f.kind == LayerField::Kind::Computed) {
            o[u"kind"_s] = u"computed"_s;
            o[u"expression"_s] = f.expression;
        } else {
            o[u"kind"_s] = u"result"_s;
            o[u"run"_s] = f.runKind;
            o[u"layer_rows"_s] = f.layerRows;
            QJsonArray rows, values;
            for (const int row : f.rows)
                rows.append(row);
            for (const QVariant &value : f.values)
                values.append(jsonOf(value));
            o[u"rows"_s] = rows;
            o[u"values"_s] = values;
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<LayerField> LayerFields::fromJson(const QString &json, IssueList *issues, const QString &where)
{
    QList<LayerField> fields;
    if (json.isEmpty())
        return fields;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isArray()) {
        *issues << Issue::warning(Text::tr("%1: the added fields cannot be read (%2); the layer is shown without them")
                                      .arg(where, error.error == QJsonParseError::NoError ? Text::tr("not a list") : error.errorString()));
        return fields;
    }
    for (const QJsonValue &value : document.array()) {
        const QJsonObject o = value.toObject();
        const QString name = o.value(u"name"_s).toString();
        const QString kind = o.value(u"kind"_s).toString();
        if (name.isEmpty() || (kind != u"computed"_s && kind != u"result"_s)) {
            *issues << Issue::warning(Text::tr("%1: an added field without a name or kind is left out").arg(where));
            continue;
        }
        LayerField f;
        f.field = {name, typeOf(o.value(u"type"_s).toString())};
        if (kind == u"computed"_s) {
            f.kind = LayerField::Kind::Computed;
            f.expression = o.value(u"expression"_s).toString();
        } else {
            f.kind = LayerField::Kind::Result;
            f.runKind = o.value(u"run"_s).toString();
            f.layerRows = o.value(u"layer_rows"_s).toInt(-1);
            const QJsonArray rows = o.value(u"rows"_s).toArray(), values = o.value(u"values"_s).toArray();
            if (rows.size() != values.size()) {
                *issues << Issue::warning(Text::tr("%1: the field %2 has %3 rows and %4 values; it is left out")
                                              .arg(where, name).arg(rows.size()).arg(values.size()));
                continue;
            }
            for (qsizetype i = 0; i < rows.size(); ++i) {
                f.rows << rows.at(i).toInt(-1);
                f.values << variantOf(values.at(i), f.field.type);
            }
        }
        fields << f;
    }
    return fields;
}

} // namespace CityAtlas
