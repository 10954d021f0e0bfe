#include "maps/data/tablejoin.h"

#include "maps/data/adminkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <cmath>

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

// At most this many periods in a pivot join: more is a pivot by the wrong field.
constexpr int MaxPeriods = 200;

// A period as text: whole numbers without decimals ("2022", also from a Real column).
QString periodOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() != QMetaType::QString) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok && std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
    }
    return value.toString().trimmed();
}

// Numbers in numeric order when all are numbers, else text order.
void sortPeriods(QStringList &periods)
{
    const bool numeric = std::all_of(periods.cbegin(), periods.cend(), [](const QString &p) {
        bool ok = false;
        p.toDouble(&ok);
        return ok;
    });
    if (numeric)
        std::sort(periods.begin(), periods.end(), [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
    else
        std::sort(periods.begin(), periods.end());
}

// The part of a field name a period gives: letters, digits and '_' ("2022-Q1" → "2022_Q1").
QString fieldSuffix(const QString &period)
{
    QString suffix = period;
    for (QChar &c : suffix)
        if (!c.isLetterOrNumber() && c != u'_')
            c = u'_';
    return suffix;
}

struct JoinPlan
{
    JoinReport report;
    QStringList periods{QString()};  // pivot joins: the periods; a plain join: one empty period
    QList<QList<int>> tableRows;     // per period, per layer row: the table row joined, -1 where none
    int tableKeyColumn = -1;
    int pivotColumn = -1;
};

JoinPlan plan(const FeatureTable &layer, const FeatureTable &table, const JoinSpec &spec)
{
    JoinPlan p;
    p.report.pivotField = spec.pivotField;
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
    QStringList rowPeriods;
    if (spec.isPivot()) {
        p.pivotColumn = table.fieldIndex(spec.pivotField);
        if (p.pivotColumn < 0) {
            p.report.error = Tr::tr("%1: no field '%2' to pivot by (fields: %3)")
                                 .arg(table.sourcePath(), spec.pivotField, table.fieldNames().join(u", "_s));
            return p;
        }
        if (p.pivotColumn == p.tableKeyColumn) {
            p.report.error = Tr::tr("%1: '%2' is the join key; pivot by another field, such as the year")
                                 .arg(table.sourcePath(), spec.pivotField);
            return p;
        }
        QStringList present;
        for (int row = 0; row < table.rowCount(); ++row) {
            rowPeriods << periodOf(table.value(row, p.pivotColumn));
            if (!rowPeriods.last().isEmpty() && !present.contains(rowPeriods.last()))
                present << rowPeriods.last();
        }
        sortPeriods(present);
        p.periods.clear();
        for (const QString &wanted : spec.pivotValues) {
            const QString period = wanted.trimmed();
            if (!present.contains(period)) {
                p.report.error = Tr::tr("%1: no row has %2 '%3' (%2: %4)")
                                     .arg(table.sourcePath(), spec.pivotField, period, present.join(u", "_s));
                return p;
            }
            if (!p.periods.contains(period))
                p.periods << period;
        }
        if (p.periods.isEmpty())
            p.periods = present;
        sortPeriods(p.periods);
        if (p.periods.size() > MaxPeriods) {
            p.report.error = Tr::tr("%1: '%2' has %3 different values; a pivot join makes at most %4 periods (pivot by "
                                    "the year or period field, or choose the periods)")
                                 .arg(table.sourcePath(), spec.pivotField).arg(p.periods.size()).arg(MaxPeriods);
            return p;
        }
        p.report.periods = p.periods;
    }
    const JoinMatch match = spec.match == JoinMatch::Auto ? chooseMatch(table, p.tableKeyColumn) : spec.match;
    p.report.matchUsed = match;
    const QHash<QString, QList<int>> index = indexLayer(layer, layerKey, match);
    p.tableRows = QList<QList<int>>(p.periods.size(), QList<int>(layer.rowCount(), -1));

    for (int row = 0; row < table.rowCount(); ++row) {
        const QVariant raw = table.value(row, p.tableKeyColumn);
        int period = 0;
        QString periodText;
        if (spec.isPivot()) {
            periodText = rowPeriods[row];
            if (periodText.isEmpty()) {
                p.report.noPeriodTableRows << JoinKeyRow{row, raw.toString(), -1, {}};
                continue;
            }
            period = int(p.periods.indexOf(periodText));
            if (period < 0)
                continue; // a period not chosen
        }
        QList<int> &joined = p.tableRows[period];
        const QString key = keyOf(raw, match);
        const QList<int> hits = index.value(key);
        if (key.isEmpty() || hits.isEmpty()) {
            p.report.unmatchedTableRows << JoinKeyRow{row, raw.toString(), -1, periodText};
        } else if (hits.size() > 1 || joined[hits.first()] >= 0) {
            p.report.ambiguousTableRows << JoinKeyRow{row, raw.toString(), hits.size() > 1 ? -1 : joined[hits.first()], periodText};
        } else {
            joined[hits.first()] = row;
        }
    }
    for (int row = 0; row < layer.rowCount(); ++row) {
        const bool received = std::any_of(p.tableRows.cbegin(), p.tableRows.cend(), [row](const QList<int> &j) { return j[row] >= 0; });
        if (received)
            ++p.report.matched;
        else
            p.report.unmatchedLayerRows << JoinKeyRow{row, layer.value(row, layerKey).toString(), -1, {}};
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
        const auto first = std::find_if(ambiguousTableRows.cbegin(), ambiguousTableRows.cend(),
                                        [&](const JoinKeyRow &k) { return k.joinedRow == it.key(); });
        const QString message = first->period.isEmpty()
            ? Tr::tr("%1: duplicate key: row(s) %2 match the same unit as row %3; only row %3 is joined, the duplicates "
                     "are ignored").arg(tablePath, it.value().join(u", "_s)).arg(it.key() + 1)
            : Tr::tr("%1: duplicate key and %4: row(s) %2 match the same unit and %4 %5 as row %3; only row %3 is joined, "
                     "the duplicates are ignored (not summed)")
                  .arg(tablePath, it.value().join(u", "_s)).arg(it.key() + 1).arg(pivotField, first->period);
        Issue issue = Issue::warning(message, tablePath);
        issue.row = it.key();
        issues << issue;
    }
    if (!noPeriodTableRows.isEmpty()) {
        QStringList rows;
        for (const JoinKeyRow &k : noPeriodTableRows)
            rows << QString::number(k.row + 1);
        Issue issue = Issue::warning(Tr::tr("%1: %n row(s) have no %2 and are not joined: row(s) %3", nullptr,
                                            int(noPeriodTableRows.size()))
                                         .arg(tablePath, pivotField, rows.join(u", "_s)), tablePath);
        issue.row = noPeriodTableRows.first().row;
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
    // The fields to add, per period and table column, named before any is added.
    struct Target
    {
        int period;
        int column;
        Field field;
    };
    QList<Target> targets;
    for (int period = 0; period < p.periods.size(); ++period)
        for (int c = 0; c < table.fieldCount(); ++c) {
            if (c == p.tableKeyColumn || c == p.pivotColumn || (!spec.fields.isEmpty() && !spec.fields.contains(table.field(c).name)))
                continue;
            Field field = table.field(c);
            if (spec.isPivot())
                field.name += u'_' + fieldSuffix(p.periods[period]);
            if (layer.fieldIndex(field.name) >= 0)
                field.name = table.name() + u'_' + field.name;
            if (p.report.addedFields.contains(field.name)) {
                JoinReport failed = p.report;
                failed.addedFields.clear();
                failed.error = Tr::tr("%1: joining would add the field '%2' twice; rename a column of the table")
                                   .arg(table.sourcePath(), field.name);
                return failed;
            }
            p.report.addedFields << field.name;
            targets.append({period, c, field});
        }
    for (const Target &target : targets) {
        const int column = layer.addField(target.field);
        const QList<int> &joined = p.tableRows[target.period];
        for (int row = 0; row < layer.rowCount(); ++row)
            if (joined[row] >= 0)
                layer.setValue(row, column, table.value(joined[row], target.column));
    }
    return p.report;
}

} // namespace CityAtlas
