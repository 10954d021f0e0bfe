#include "widgets/evaluationreportview.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

const QColor ErrorColor(0xb2, 0x18, 0x2b);
const QColor WarningColor(0x8a, 0x4b, 0x00);

QString unitOf(const EvaluationTable &t, int row)
{
    const QString id = t.unitIds.value(row), name = t.unitNames.value(row);
    return name.isEmpty() || name == id ? id : u"%1 %2"_s.arg(id, name);
}

} // namespace

EvaluationReportView::EvaluationReportView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Item"), tr("Unit / column"), tr("Detail")});
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setUniformRowHeights(false);
}

QTreeWidgetItem *EvaluationReportView::addGroup(const QString &title, qsizetype count, bool problem)
{
    auto *group = new QTreeWidgetItem(this, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    if (problem && count > 0)
        group->setForeground(0, ErrorColor);
    return group;
}

void EvaluationReportView::addIssues(const QString &title, const IssueList &issues)
{
    if (issues.isEmpty())
        return;
    QTreeWidgetItem *group = addGroup(title.arg(issues.size()), issues.size(), false);
    for (const Issue &issue : issues) {
        const bool error = issue.severity == Issue::Severity::Error;
        (error ? m_errors : m_warnings) += 1;
        // Messages are sentences: one row spanning the columns, the file named without its folder.
        static const QRegularExpression folders(u"(?:/[^/\\s:,;]+)+/(?=[^/\\s:,;]+)"_s);
        const QString message = QString(issue.message).remove(folders);
        auto *item = new QTreeWidgetItem(group, {(error ? tr("Error: %1") : tr("Warning: %1")).arg(message)});
        item->setForeground(0, error ? ErrorColor : WarningColor);
        item->setToolTip(0, issue.message);
        item->setFirstColumnSpanned(true);
    }
}

void EvaluationReportView::setError(const QString &message)
{
    clear();
    m_errors = 1;
    m_warnings = 0;
    auto *item = new QTreeWidgetItem(this, {tr("Error: %1").arg(message)});
    item->setForeground(0, ErrorColor);
    item->setToolTip(0, message);
    item->setFirstColumnSpanned(true);
}

void EvaluationReportView::setReport(const EvaluationTable &t, const IndicatorSystem &system, const IssueList &otherIssues,
                                     const IssueList &notes)
{
    clear();
    m_errors = m_warnings = 0;
    const QLocale locale;
    const qsizetype asked = t.indicators.size() + t.missingIndicators.size();
    QTreeWidgetItem *matched = addGroup(tr("Indicators matched: %1 of %2").arg(t.indicators.size()).arg(asked), 0, false);
    for (qsizetype j = 0; j < t.indicators.size(); ++j)
        new QTreeWidgetItem(matched, {system.label(t.indicators[j]), t.columns.value(j), directionName(t.directions.value(j))});
    QTreeWidgetItem *missing = addGroup(tr("Indicators without a column (%1)").arg(t.missingIndicators.size()), t.missingIndicators.size(), true);
    for (int index : t.missingIndicators)
        new QTreeWidgetItem(missing, {system.label(index), QString(), tr("no column of this name, id or column key")});
    const auto addCells = [&](const QString &title, const QList<EvaluationCell> &cells, bool outliers) {
        QTreeWidgetItem *group = addGroup(title.arg(cells.size()), cells.size(), !outliers);
        for (const EvaluationCell &cell : cells) {
            const QString where = tr("row %1, %2").arg(cell.row + 1).arg(unitOf(t, cell.row));
            const QString detail = outliers ? tr("%1 outside [%2, %3]").arg(locale.toString(cell.value), locale.toString(cell.lowerFence),
                                                                           locale.toString(cell.upperFence))
                                            : cell.text.isEmpty() ? tr("empty") : tr("'%1'").arg(cell.text);
            new QTreeWidgetItem(group, {where, t.columns.value(cell.column), detail});
        }
    };
    addCells(tr("Non-numeric cells (%1)"), t.nonNumericCells, false);
    addCells(tr("Empty cells (%1)"), t.emptyCells, false);
    addCells(tr("Outliers beyond 3 IQR, kept (%1)"), t.outliers, true);
    const auto addUnits = [&](const QString &title, const QStringList &ids) {
        if (ids.isEmpty())
            return;
        QTreeWidgetItem *group = addGroup(title.arg(ids.size()), ids.size(), false);
        for (const QString &id : ids)
            new QTreeWidgetItem(group, {id});
    };
    addUnits(tr("Map units without a row, no score (%1)"), t.layerUnitsWithoutRow);
    addUnits(tr("Rows without a map unit (%1)"), t.rowsWithoutLayerUnit);
    // Widths from the short items; the messages below span the columns.
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    addIssues(tr("Messages (%1)"), otherIssues + t.issues);
    if (!notes.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("Unsourced parts of the indicator system (%1)").arg(notes.size()), notes.size(), false);
        for (const Issue &note : notes)
            (new QTreeWidgetItem(group, {note.message}))->setFirstColumnSpanned(true);
    }
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = topLevelItem(i);
        group->setExpanded(group->childCount() > 0 && group->childCount() <= 40 && i > 0);
        group->setFirstColumnSpanned(true);
    }
}

} // namespace CityAtlas
