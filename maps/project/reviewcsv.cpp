#include "maps/project/reviewcsv.h"

#include "maps/data/inputfile.h"
#include "maps/data/vectorreader.h"
#include "maps/project/projectstore.h"

#include <cpl_conv.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of ReviewCsv.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReviewCsv)
};
} // namespace

namespace {

// A review table of every county of China is well under a megabyte.
constexpr qint64 MaxBytes = 64LL * 1024 * 1024;

const QStringList OptionalColumns{u"document"_s, u"approved_on"_s, u"department"_s, u"reviewer"_s, u"notes"_s};

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(Qt::ISODate) : u"(not a calendar date)"_s;
    }
    return value.toString().trimmed();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

// A records table always has a header row; without this, GDAL's XLSX and ODS drivers take
// a first row of text above more text for data. Thread-local, restored on destruction.
class HeaderRowOption
{
public:
    HeaderRowOption()
    {
        for (int i = 0; i < 2; ++i) {
            const char *old = CPLGetThreadLocalConfigOption(Names[i], nullptr);
            m_old[i] = old ? QByteArray(old) : QByteArray();
            CPLSetThreadLocalConfigOption(Names[i], "FORCE");
        }
    }
    ~HeaderRowOption()
    {
        for (int i = 0; i < 2; ++i)
            CPLSetThreadLocalConfigOption(Names[i], m_old[i].isNull() ? nullptr : m_old[i].constData());
    }
    HeaderRowOption(const HeaderRowOption &) = delete;
    HeaderRowOption &operator=(const HeaderRowOption &) = delete;

private:
    static constexpr const char *Names[2] = {"OGR_XLSX_HEADERS", "OGR_ODS_HEADERS"};
    QByteArray m_old[2];
};

// The cells of CSV text as typed, nothing converted (RFC 4180 as write() writes it; Excel's
// byte-order mark is skipped, blank lines too). On a quote left open, *error names its line.
QList<QStringList> parseCsv(QStringView text, QString *error)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, blank = true;
    int line = 1, quoteLine = 0;
    const auto endRow = [&] {
        if (!blank) {
            row << cell;
            rows << row;
        }
        row.clear();
        cell.clear();
        blank = true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n')
            ++line;
        if (quoted) {
            if (c != u'"')
                cell += c;
            else if (i + 1 < text.size() && text[i + 1] == u'"')
                cell += text[++i];
            else
                quoted = false;
        } else if (c == u'"') {
            quoted = true;
            quoteLine = line;
            blank = false;
        } else if (c == u',') {
            row << cell;
            cell.clear();
            blank = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                continue; // the \n ends the row
            endRow();
        } else {
            cell += c;
            blank = false;
        }
    }
    if (quoted) {
        *error = Tr::tr("the quote opened on line %1 is never closed").arg(quoteLine);
        return {};
    }
    endRow();
    return rows;
}

// A CSV file as a table of text columns: the first row names them.
LoadResult readCsvText(const QString &path, const QString &text)
{
    LoadResult result;
    QString error;
    const QList<QStringList> rows = parseCsv(text, &error);
    if (!error.isEmpty() || rows.isEmpty()) {
        result.issues << Issue::error(error.isEmpty() ? Tr::tr("%1: the file is empty").arg(path)
                                                      : Tr::tr("%1: %2").arg(path, error), path);
        return result;
    }
    auto table = std::make_unique<FeatureTable>(QFileInfo(path).completeBaseName(), path);
    for (const QString &name : rows.first())
        table->addField({name.trimmed(), FieldType::String});
    const int columns = table->fieldCount();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (rows[r].size() > columns) {
            result.issues << Issue::error(Tr::tr("%1, row %2: %3 cells, but the header names %4 columns")
                                              .arg(path).arg(r + 1).arg(rows[r].size()).arg(columns), path);
            return result;
        }
        QVariantList values;
        for (int c = 0; c < columns; ++c)
            values << (c < rows[r].size() && !rows[r][c].isEmpty() ? QVariant(rows[r][c]) : QVariant());
        table->appendRow(values);
    }
    result.table = std::move(table);
    return result;
}

} // namespace

ReviewImportResult ReviewCsv::read(const QString &path, const ReviewCatalog &catalog)
{
    ReviewImportResult result;
    // Every cell is read as the text it holds, then checked: nothing is converted on the way
    // ("00123" stays "00123", "2022/02/02" is not taken for a date).
    LoadResult loaded;
    if (QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0) {
        QString error;
        const QByteArray bytes = InputFile::read(path, MaxBytes, &error);
        if (bytes.isNull()) {
            result.issues << Issue::error(error, path);
            return result;
        }
        // Excel's plain "CSV" is GBK on Chinese Windows; names would not match.
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(bytes);
        if (utf8.hasError()) {
            result.issues << Issue::error(Tr::tr("%1: not UTF-8 text (GBK?); save it as \"CSV UTF-8\" and import again").arg(path),
                                          path);
            return result;
        }
        loaded = readCsvText(path, decoded);
    } else if (const QString why = InputFile::refusal(path); !why.isEmpty()) {
        result.issues << Issue::error(why, path);
        return result;
    } else if (const qint64 size = QFileInfo(path).size(); size > MaxBytes) {
        result.issues << Issue::error(InputFile::tooLarge(path, size, MaxBytes), path);
        return result;
    } else {
        const HeaderRowOption headerRow;
        loaded = VectorReader::readAsText(path);
    }
    if (!loaded.table) {
        result.issues << loaded.issues;
        return result;
    }
    const FeatureTable &t = *loaded.table;
    const int unit = t.fieldIndex(u"unit"_s), status = t.fieldIndex(u"status"_s);
    if (unit < 0 || status < 0) {
        result.issues << Issue::error(Tr::tr("%1: expected the columns unit and status (found: %2)")
                                          .arg(path, t.fieldNames().join(u", "_s)), path);
        return result;
    }
    QHash<QString, int> columns;
    for (const QString &name : OptionalColumns)
        if (const int index = t.fieldIndex(name); index >= 0) {
            columns.insert(name, index);
            result.columns.insert(name);
        }
    const auto text = [&](int row, const QString &name) {
        const int index = columns.value(name, -1);
        return index >= 0 ? cellText(t.value(row, index)) : QString();
    };
    result.rowCount = t.rowCount();
    QHash<QString, int> seen; // unit id → spreadsheet row
    for (int row = 0; row < t.rowCount(); ++row) {
        const int sheetRow = row + 2;
        QStringList problems;
        ReviewRecord record;
        const UnitMatch match = catalog.match(cellText(t.value(row, unit)));
        if (!match.unit) {
            problems << match.problem;
        } else {
            record.unitId = match.unit->id;
            if (seen.contains(record.unitId))
                problems << Tr::tr("unit %1 already appears in row %2").arg(record.unitId).arg(seen.value(record.unitId));
            else
                seen.insert(record.unitId, sheetRow);
        }
        const QString statusText = cellText(t.value(row, status));
        if (const auto parsed = parseReviewStatus(statusText))
            record.status = *parsed;
        else
            problems << Tr::tr("status '%1' is not one of none, preparing, approved").arg(statusText);
        record.approvedOn = text(row, u"approved_on"_s);
        if (!record.approvedOn.isEmpty() && !ProjectStore::isIsoDate(record.approvedOn))
            problems << Tr::tr("approval date '%1' is not a valid date in the form YYYY-MM-DD").arg(record.approvedOn);
        record.document = text(row, u"document"_s);
        record.department = text(row, u"department"_s);
        record.reviewer = text(row, u"reviewer"_s);
        record.notes = text(row, u"notes"_s);
        if (problems.isEmpty()) {
            result.records << record;
            continue;
        }
        Issue issue = Issue::error(Tr::tr("%1, row %2: %3").arg(path).arg(sheetRow).arg(problems.join(u"; "_s)), path);
        issue.row = row;
        result.issues << issue;
    }
    if (t.rowCount() == 0)
        result.issues << Issue::error(Tr::tr("%1: the table has no rows").arg(path), path);
    return result;
}

ReviewImportResult ReviewCsv::apply(ProjectStore &store, const QString &path, const ReviewCatalog &catalog, const QString &who)
{
    ReviewImportResult result = read(path, catalog);
    if (who.trimmed().isEmpty())
        result.issues << Issue::error(Tr::tr("a reviewer name is required: every change is recorded with who made it"));
    for (const ReviewRecord &record : result.records) // all or nothing: refused before anything changes
        if (const KeptReviewRecord *kept = store.keptReviewRecord(record.unitId))
            result.issues << Issue::error(Tr::tr("%1: unit %2 has a record with the status '%3', which this version does "
                                                      "not know (a newer CityAtlas wrote it); it cannot be changed here")
                                              .arg(path, record.unitId, kept->status), path);
    if (!result.ok())
        return result;
    const qsizetype before = store.auditTrail().size();
    for (ReviewRecord record : result.records) {
        // A column the file does not have keeps the value the project has.
        if (const auto current = store.reviewRecord(record.unitId)) {
            const auto keep = [&](const QString &column, QString &field, const QString &value) {
                if (!result.columns.contains(column))
                    field = value;
            };
            keep(u"document"_s, record.document, current->document);
            keep(u"approved_on"_s, record.approvedOn, current->approvedOn);
            keep(u"department"_s, record.department, current->department);
            keep(u"reviewer"_s, record.reviewer, current->reviewer);
            keep(u"notes"_s, record.notes, current->notes);
        }
        result.issues << store.setReviewRecord(record, who); // checked above: cannot fail
    }
    result.changes = int(store.auditTrail().size() - before);
    return result;
}

QStringList ReviewCsv::header()
{
    return {u"unit"_s, u"name_zh"_s, u"name_en"_s, u"level"_s, u"status"_s, u"document"_s,
            u"approved_on"_s, u"department"_s, u"reviewer"_s, u"notes"_s};
}

QList<QStringList> ReviewCsv::rows(const QList<ReviewRecord> &records, const ReviewCatalog &catalog, bool allUnits)
{
    QMap<QString, ReviewRecord> byUnit;
    for (const ReviewRecord &r : records)
        byUnit.insert(r.unitId, r);
    if (allUnits)
        for (const ReviewLevel level : AllReviewLevels)
            for (const ReviewUnit &u : catalog.units(level))
                if (!byUnit.contains(u.id)) {
                    ReviewRecord empty;
                    empty.unitId = u.id;
                    byUnit.insert(u.id, empty);
                }
    QList<QStringList> rows;
    for (const ReviewRecord &r : byUnit) {
        const auto unit = catalog.unit(r.unitId);
        rows.append({r.unitId, unit ? unit->nameZh : QString(), unit ? unit->nameEn : QString(),
                     unit ? reviewLevelKey(unit->level) : QString(), reviewStatusKey(r.status), r.document,
                     r.approvedOn, r.department, r.reviewer, r.notes});
    }
    return rows;
}

QStringList ReviewCsv::auditHeader()
{
    return {u"id"_s, u"at"_s, u"who"_s, u"unit"_s, u"field"_s, u"old_value"_s, u"new_value"_s};
}

QList<QStringList> ReviewCsv::auditRows(const QList<AuditEntry> &entries)
{
    QList<QStringList> rows;
    for (const AuditEntry &e : entries)
        rows.append({e.id > 0 ? QString::number(e.id) : QString(), e.at, e.who, e.unitId, e.field, e.oldValue, e.newValue});
    return rows;
}

QString ReviewCsv::write(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("%1: cannot be written: %2").arg(path, file.errorString());
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        return (quoted.join(u',') + u"\r\n"_s).toUtf8();
    };
    file.write(line(header));
    for (const QStringList &row : rows)
        file.write(line(row));
    if (!file.commit())
        return Tr::tr("%1: cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace CityAtlas
