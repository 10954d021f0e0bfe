#pragma once

#include "analysis/evaluation/indicatorsystem.h"
#include "maps/data/evaluationtable.h"

#include <QTreeWidget>

namespace CityAtlas {

// The validation report of an indicator table matched to an indicator system, shown before
// anything is computed: matched and missing indicators, non-numeric and empty cells,
// outliers, units of the map without a row and rows without a unit, then every message.
class EvaluationReportView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit EvaluationReportView(QWidget *parent = nullptr);
    // otherIssues: reading the table and the system; notes: the system's unsourced parts.
    void setReport(const EvaluationTable &table, const IndicatorSystem &system, const IssueList &otherIssues,
                   const IssueList &notes);
    void setError(const QString &message);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

private:
    QTreeWidgetItem *addGroup(const QString &title, qsizetype count, bool problem);
    void addIssues(const QString &title, const IssueList &issues);

    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace CityAtlas
