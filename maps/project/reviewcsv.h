#pragma once

#include "maps/project/projecttypes.h"
#include "maps/project/reviewcatalog.h"

namespace CityAtlas {

class ProjectStore;

struct ReviewImportResult
{
    QList<ReviewRecord> records;   // validated, with unit ids resolved
    QSet<QString> columns;         // the optional columns the file has (absent ones keep their values)
    int rowCount = 0;
    int changes = 0;               // audit entries the import added (after apply)
    IssueList issues;              // one error per bad row, naming the row and what is wrong

    bool ok() const { return !hasErrors(issues); }
};

// Review records to and from tables. Columns: unit, status, document, approved_on,
// department, reviewer, notes (unit and status required). Rows are numbered as in a
// spreadsheet: the header is row 1.
class ReviewCsv
{
public:
    // Reads a CSV or XLSX file through GDAL and validates every row; changes nothing.
    static ReviewImportResult read(const QString &path, const ReviewCatalog &catalog);
    // read(), then, only when every row is valid, applies all records to the store (one audit
    // entry per changed field, by who). The caller saves. On any error nothing is applied.
    static ReviewImportResult apply(ProjectStore &store, const QString &path, const ReviewCatalog &catalog, const QString &who);

    // unit, name_zh, name_en, level, status, document, approved_on, department, reviewer, notes.
    // With allUnits, every listed unit appears (status none where there is no record).
    static QStringList header();
    static QList<QStringList> rows(const QList<ReviewRecord> &records, const ReviewCatalog &catalog, bool allUnits);
    static QStringList auditHeader();
    static QList<QStringList> auditRows(const QList<AuditEntry> &entries);

    // Writes a UTF-8 CSV (RFC 4180 quoting) through QSaveFile; an error message or nothing.
    static QString write(const QString &path, const QStringList &header, const QList<QStringList> &rows);
};

} // namespace CityAtlas
