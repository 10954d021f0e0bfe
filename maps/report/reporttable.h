#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"
#include "maps/project/projecttypes.h"
#include "maps/report/reportdefinition.h"

#include <QCoreApplication>
#include <QStringList>

namespace CityAtlas {

class Feedback;

// A table of a report, computed: header, rows of formatted cells, and what it was made from.
struct ReportTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QString note;            // printed under the table
    QStringList methods;     // each method with its parameters, for the provenance page
    QStringList datasets;    // absolute paths of the files read
    IssueList issues;

    bool ok() const { return !rows.isEmpty() && !hasErrors(issues); }
};

// What the tables of a report read: the province map (provinces joined with their
// statistics) and the project's review records (empty without a project).
struct ReportTableInput
{
    const FeatureTable *provinces = nullptr;
    QList<ReviewRecord> reviews;
};

// Computes the table items of a report from the bundled data and the project:
//   inequality  value (a field, default density_2022), group (default region), weight (none)
//   moran       field (default density_2022), weights (queen, rook, knn:K ...), isolates
//               (default exclude), permutations (999), seed (42)
//   coverage    the review records' coverage by level, beside the paper's Figure 6
//   evaluation  system (default sample), weights (entropy), top (10): composite index ranks
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReportTables)

public:
    static QStringList names() { return {QStringLiteral("inequality"), QStringLiteral("moran"),
                                         QStringLiteral("coverage"), QStringLiteral("evaluation")}; }
    // An unknown table name or bad parameters give a table with an error naming them.
    static ReportTable build(const ReportItem &item, const ReportTableInput &input, Feedback *feedback = nullptr);
    // The permutations a Moran table asks for (default 999); build() refuses more than MaxPermutations.
    static constexpr int MaxPermutations = 99999;
    static int permutations(const ReportItem &item);

private:
    static ReportTable inequality(const ReportItem &item, const FeatureTable &provinces);
    static ReportTable moran(const ReportItem &item, const FeatureTable &provinces, Feedback *feedback);
    static ReportTable coverage(const ReportItem &item, const QList<ReviewRecord> &reviews);
    static ReportTable evaluation(const ReportItem &item, Feedback *feedback);
};

} // namespace CityAtlas
