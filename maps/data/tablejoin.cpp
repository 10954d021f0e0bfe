#include "maps/data/tablejoin.h"

#include "maps/data/adminkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of TableJoin.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::TableJoin)
};
} // namespace

namespace {

QString keyOf(const QVariant &value, JoinMatch match)
{
    const QString text = value.toString();
    return match == JoinMatch::Code ? AdminKeys::normalizeCode(text) : AdminKeys::normalizeName(text);
}

JoinMatch chooseMatch(const FeatureTable &table, int column)
{
    int codes = 0, nonEmpty = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString text = table.value(row, column).toString().trimmed();
        if (text.isEmpty())
            continue;
        ++nonEmpty;
        codes += AdminKeys::looksLikeCode(text) ? 1 : 0;
    }
    return nonEmpty > 0 && codes * 2 > nonEmpty ? JoinMatch::Code : JoinMatch::Name;
}

bool isNameColumn(const QString &name)
{
    const QString lower = name.toLower();
    return lower.startsWith(u"name"_s) || lower == u"pinyin"_s;
}

// Layer rows by normalised key: the key column first, then (names only) the other name columns.
QHash<QString, QList<int>> indexLayer(const FeatureTable &layer, int keyColumn, JoinMatch match)
{
    QList<int> columns{keyColumn};
    if (match == JoinMatch::Name)
        for (int c = 0; c < layer.fieldCount(); ++c)
            if (c != keyColumn && isNameColumn(layer.field(c).name))
                columns << c;
    QHash<QString, QList<int>> index;
    for (int row = 0; row < layer.rowCount(); ++row) {
        QSet<QString> keys;
        for (int c : columns)
            if (const QString k = keyOf(layer.value(row, c), match); !k.isEmpty())
                keys.insert(k);
        for (const QString &k : keys)
            index[k] << row;
    }
    return index;
}

struct JoinPlan
{
    JoinReport report;
    QList<int> tableRowForLayerRow; // -1 where nothing joins
    int tableKeyColumn = -1;
};

JoinPlan plan(const FeatureTable &layer, const FeatureTable &table, const JoinSpec &spec)
{
    JoinPlan p;
    const int layerKey = layer.fieldIndex(spec.layerKey);
    p.tableKeyColumn = table.fieldIndex(spec.tableKey);
    if (layerKey < 0) {
        p.report.error = Tr::tr("%1: no field '%2' to join on (fields: %3)")
                             .arg(layer.sourcePath(), spec.layerKey, layer.fieldNames().join(u", "_s));
        return p;
    }
    if (p.tableKeyColumn < 0) {
        p.report.error = Tr::tr("%1: no field '%2' to join on (fields: %3)")
                             .arg(table.sourcePath(), spec.tableKey, table.fieldNames().join(u", "_s));
        return p;
    }
    const JoinMatch match = spec.match == JoinMatch::Auto ? chooseMatch(table, p.tableKeyColumn) : spec.match;
    p.report.matchUsed = match;
    const QHash<QString, QList<int>> index = indexLayer(layer, layerKey, match);
    p.tableRowForLayerRow.fill(-1, layer.rowCount());

    for (int row = 0; row < table.rowCount(); ++row) {
        const QVariant raw = table.value(row, p.tableKeyColumn);
        const QString key = keyOf(raw, match);
        const QList<int> hits = index.value(key);
        if (key.isEmpty() || hits.isEmpty()) {
            p.report.unmatchedTableRows << JoinKeyRow{row, raw.toString()};
        } else if (hits.size() > 1 || p.tableRowForLayerRow[hits.first()] >= 0) {
            p.report.ambiguousTableRows << JoinKeyRow{row, raw.toString(), hits.size() > 1 ? -1 : p.tableRowForLayerRow[hits.first()]};
        } else {
            p.tableRowForLayerRow[hits.first()] = row;
        }
    }
    for (int row = 0; row < layer.rowCount(); ++row) {
        if (p.tableRowForLayerRow[row] >= 0)
            ++p.report.matched;
        else
            p.report.unmatchedLayerRows << JoinKeyRow{row, layer.value(row, layerKey).toString()};
    }
    if (p.report.matched == 0)
        p.report.error = Tr::tr("%1: joining on '%2' matched none of the %3 rows of %4 on '%5'")
                             .arg(table.sourcePath(), spec.tableKey)
                             .arg(layer.rowCount())
                             .arg(layer.sourcePath(), spec.layerKey);
    return p;
}

} // namespace

IssueList JoinReport::ambiguityIssues(const QString &tablePath) const
{
    IssueList issues;
    QMap<int, QStringList> ignoredByJoined; // joined row → the rows ignored for matching its unit too
    for (const JoinKeyRow &k : ambiguousTableRows) {
        if (k.joinedRow >= 0) {
            ignoredByJoined[k.joinedRow] << Tr::tr("%1 (key '%2')").arg(k.row + 1).arg(k.key);
            continue;
        }
        Issue issue = Issue::warning(Tr::tr("%1, row %2: key '%3' matches several units; the row is not joined")
                                         .arg(tablePath).arg(k.row + 1).arg(k.key), tablePath);
        issue.row = k.row;
        issues << issue;
    }
    for (auto it = ignoredByJoined.cbegin(); it != ignoredByJoined.cend(); ++it) {
        Issue issue = Issue::warning(Tr::tr("%1: duplicate key: row(s) %2 match the same unit as row %3; only row %3 "
                                                 "is joined, the duplicates are ignored")
                                         .arg(tablePath, it.value().join(u", "_s)).arg(it.key() + 1), tablePath);
        issue.row = it.key();
        issues << issue;
    }
    return issues;
}

JoinReport TableJoin::preview(const FeatureTable &layer, const FeatureTable &table, const JoinSpec &spec)
{
    return plan(layer, table, spec).report;
}

JoinReport TableJoin::apply(FeatureTable &layer, const FeatureTable &table, const JoinSpec &spec)
{
    JoinPlan p = plan(layer, table, spec);
    if (!p.report.ok())
        return p.report;
    QList<int> targetColumn(table.fieldCount(), -1);
    for (int c = 0; c < table.fieldCount(); ++c) {
        if (c == p.tableKeyColumn || (!spec.fields.isEmpty() && !spec.fields.contains(table.field(c).name)))
            continue;
        Field field = table.field(c);
        if (layer.fieldIndex(field.name) >= 0)
            field.name = table.name() + u'_' + field.name;
        targetColumn[c] = layer.addField(field);
        p.report.addedFields << field.name;
    }
    for (int row = 0; row < layer.rowCount(); ++row) {
        const int source = p.tableRowForLayerRow[row];
        if (source < 0)
            continue;
        for (int c = 0; c < table.fieldCount(); ++c)
            if (targetColumn[c] >= 0)
                layer.setValue(row, targetColumn[c], table.value(source, c));
    }
    return p.report;
}

} // namespace CityAtlas
