#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"

#include <QList>

namespace CityAtlas {

enum class JoinMatch {
    Auto, // codes when the table's keys look like GB/T 2260 codes, else names
    Code, // GB/T 2260 codes, normalised to 6 digits
    Name, // unit names: Chinese full/short forms, English, pinyin
};

struct JoinSpec
{
    JoinSpec() = default;
    JoinSpec(QString layer, QString table, JoinMatch how = JoinMatch::Auto, QStringList only = {})
        : layerKey(std::move(layer)), tableKey(std::move(table)), match(how), fields(std::move(only)) {}

    QString layerKey;   // field of the layer
    QString tableKey;   // field of the joined table
    JoinMatch match = JoinMatch::Auto;
    QStringList fields; // the table's fields to add; empty: all but the key (and the pivot field)
    // A long table (key, period, values): the field whose values (years, say) spread each value
    // field into one field per period, named <field>_<period> ("enterprises_2022"). Empty: a
    // plain join, one table row per unit (a wide table, one column per year, joins so).
    QString pivotField;
    QStringList pivotValues; // the periods to keep (e.g. {"2022"}); empty: every period of the table

    bool isPivot() const { return !pivotField.isEmpty(); }
    bool operator==(const JoinSpec &) const = default;
};

struct JoinKeyRow
{
    int row = -1;
    QString key;
    int joinedRow = -1; // of an ambiguous row whose key another row has: the row joined instead
    QString period;     // pivot joins: the row's value in the pivot field
};

// What a join did, shown to the user before and after applying it.
struct JoinReport
{
    JoinMatch matchUsed = JoinMatch::Auto;
    int matched = 0;                       // layer rows that received values
    QList<JoinKeyRow> unmatchedTableRows;  // table rows whose key found no layer row
    QList<JoinKeyRow> unmatchedLayerRows;  // layer rows that received nothing
    QList<JoinKeyRow> ambiguousTableRows;  // table rows matching several layer rows, or duplicating another row's key
                                           // (pivot joins: another row's key and period; never summed)
    QList<JoinKeyRow> noPeriodTableRows;   // pivot joins: table rows with an empty pivot field (not joined)
    QString pivotField;                    // the spec's, for messages
    QStringList periods;                   // pivot joins: the periods joined, in order
    QStringList addedFields;               // names of the columns added to the layer
    QString error;                         // non-empty when the join could not run at all

    bool ok() const { return error.isEmpty(); }
    // Warnings naming the ambiguous rows of the table at tablePath (rows counted from 1, the
    // first row of data): per unit matched by several rows, the row joined and the rows ignored
    // with their keys (pivot joins: per unit and period); per row whose key matches several
    // units, that row; and one warning naming the rows without a period (pivot joins).
    IssueList ambiguityIssues(const QString &tablePath) const;
};

// Joins the attribute table onto the layer (a left join: every layer row stays). The
// table's columns other than its key are appended to the layer; a name already in the
// layer gets the table's name as prefix. A pivot join (JoinSpec::pivotField) reads a long
// table, one row per unit and period, into one field per value column and period; the
// periods sort as numbers when they all are numbers, else as text. Name matching also tries the layer's other name
// columns (name_*, pinyin), so 内蒙古, 内蒙古自治区 and Inner Mongolia all find their unit.
class TableJoin
{
public:
    static JoinReport preview(const FeatureTable &layer, const FeatureTable &table, const JoinSpec &spec);
    static JoinReport apply(FeatureTable &layer, const FeatureTable &table, const JoinSpec &spec);
};

} // namespace CityAtlas
