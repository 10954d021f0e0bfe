#include "maps/data/analysisinput.h"
#include "maps/data/unitnames.h"

#include <QCoreApplication>
#include <QObject>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of AnalysisInput.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::AnalysisInput)
};
} // namespace

namespace {

int numericColumn(const FeatureTable &table, const QString &field, IssueList &issues)
{
    const int column = table.fieldIndex(field);
    if (column < 0) {
        Issue issue = Issue::error(Tr::tr("%1: no field '%2' (fields: %3)")
                                       .arg(table.sourcePath(), field, table.fieldNames().join(u", "_s)),
                                   table.sourcePath());
        issue.field = field;
        issues << issue;
    } else if (!table.field(column).isNumeric()) {
        Issue issue = Issue::error(Tr::tr("%1: field '%2' is not numeric").arg(table.sourcePath(), field),
                                   table.sourcePath());
        issue.field = field;
        issues << issue;
        return -1;
    }
    return column;
}

} // namespace

AnalysisInput AnalysisInput::fromTable(const FeatureTable &table, const QString &valueField,
                                       const QString &weightField, const QString &groupField,
                                       const QString &nameField)
{
    AnalysisInput input;
    const int valueColumn = numericColumn(table, valueField, input.issues);
    const int weightColumn = weightField.isEmpty() ? -1 : numericColumn(table, weightField, input.issues);
    int groupColumn = -1;
    if (!groupField.isEmpty()) {
        groupColumn = table.fieldIndex(groupField);
        if (groupColumn < 0)
            input.issues << Issue::error(Tr::tr("%1: no field '%2' to group by (fields: %3)")
                                             .arg(table.sourcePath(), groupField, table.fieldNames().join(u", "_s)),
                                         table.sourcePath());
    }
    const int nameColumn = nameField.isEmpty() ? -1 : table.fieldIndex(nameField);
    if (!input.isValid())
        return input;

    input.rows.reserve(table.rowCount());
    input.values.reserve(table.rowCount());
    input.unitNames.reserve(table.rowCount());
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString name = nameColumn >= 0 ? table.value(row, nameColumn).toString() : QString::number(row + 1);
        const auto value = table.number(row, valueColumn);
        const auto weight = weightColumn >= 0 ? table.number(row, weightColumn) : std::optional<double>(1.0);
        const QString group = groupColumn >= 0 ? table.value(row, groupColumn).toString().trimmed() : QString();
        QStringList missing;
        if (!value)
            missing << valueField;
        if (!weight)
            missing << weightField;
        if (groupColumn >= 0 && group.isEmpty())
            missing << groupField;
        if (!missing.isEmpty()) {
            Issue issue = Issue::warning(Tr::tr("%1, row %2 (%3): no value for %4; the unit is left out")
                                             .arg(table.sourcePath()).arg(row + 1).arg(name, missing.join(u", "_s)),
                                         table.sourcePath());
            issue.row = row;
            input.issues << issue;
            continue;
        }
        input.rows << row;
        input.values << *value;
        input.unitNames << name;
        if (weightColumn >= 0)
            input.weights << *weight;
        if (groupColumn >= 0) {
            qsizetype label = input.groupNames.indexOf(group);
            if (label < 0) {
                label = input.groupNames.size();
                input.groupNames << group;
                input.groupLabels << displayValue(table, row, groupColumn).trimmed();
            }
            input.groups << int(label);
        }
    }
    if (input.rows.isEmpty())
        input.issues << Issue::error(Tr::tr("%1: no unit has a value for '%2'").arg(table.sourcePath(), valueField),
                                     table.sourcePath());
    return input;
}

IssueList AnalysisInput::attributed(IssueList analysisIssues, const QString &sourcePath) const
{
    for (Issue &issue : analysisIssues) {
        if (issue.row < 0 || issue.row >= rows.size())
            continue;
        const int unit = int(issue.row);
        issue.row = rows[unit];
        issue.file = sourcePath;
        issue.message = Tr::tr("%1, row %2 (%3): %4").arg(sourcePath).arg(rows[unit] + 1).arg(unitNames.value(unit), issue.message);
    }
    return analysisIssues;
}

} // namespace CityAtlas
