#include "maps/project/projectfile.h"

#include "maps/data/inputfile.h"
#include "maps/project/projectschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTemporaryFile>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of ProjectFile.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ProjectFile)
};
} // namespace

namespace {

QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QString writerName()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? u"CityAtlas"_s : u"CityAtlas "_s + version;
}

// Each audit row carries SHA-256(previous chain, row): an edit of the file outside CityAtlas
// shows on the next open. Tamper-evident for casual edits, not a signature.
QString chainOf(const QString &previous, const AuditEntry &e)
{
    const auto part = [](const QString &v) { return v.isNull() ? u"N"_s : u"V"_s + v; };
    const QChar sep(0x1F);
    const QString text = previous + sep + e.at + sep + e.who + sep + e.unitId + sep + e.field + sep
        + part(e.oldValue) + sep + part(e.newValue);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// What CityAtlas reads of a project it did not write, at most: a hostile or broken file cannot
// make it read gigabytes into memory. Far above what a real project holds (LISA results of
// 40,000 units are about 5 MB; a review of every county is a few thousand records).
constexpr int MaxTextBytes = 64 * 1024 * 1024;       // one value: a style, an analysis result, a note
constexpr qint64 MaxRows = 2'000'000;                // rows of all the tables together
constexpr int MaxEmbeddedBytes = 512 * 1024 * 1024 + 1; // an embedded copy (addLayer refuses larger ones)
// All the text read into memory when a project opens, together (embedded copies are read on
// demand only). Held as UTF-16 and parsed, it takes about three times as much memory.
constexpr qint64 MaxTotalTextBytes = 256LL * 1024 * 1024;

// The text columns that load() reads, table by table (the current schema).
struct TextColumns
{
    const char *table;
    std::initializer_list<const char *> columns;
};
const TextColumns LoadedText[] = {
    {"meta", {"key", "value"}},
    {"layers", {"name", "source_path", "layer_name", "sha256", "encoding"}},
    {"joins", {"table_path", "layer_key", "table_key", "match_by", "pivot_field", "pivot_periods"}},
    {"layer_styles", {"style_json"}},
    {"analysis_runs", {"kind", "parameters_json", "results_json", "created_at"}},
    {"figures", {"name", "definition_json"}},
    {"review_records", {"unit_id", "status", "document", "approved_on", "department", "reviewer", "notes"}},
    {"reports", {"name", "definition_json"}},
    {"audit_trail", {"at", "who", "unit_id", "field", "old_value", "new_value", "chain"}},
};

// SELECT the bytes of all those values, summed (fixed SQL written here, never from the file).
QByteArray textBytesQuery()
{
    QByteArray sql = "SELECT 0";
    for (const TextColumns &t : LoadedText) {
        sql += " + (SELECT 0";
        for (const char *column : t.columns)
            sql += QByteArray(" + total(length(CAST(") + column + " AS BLOB)))";
        sql += QByteArray(" FROM ") + t.table + ')';
    }
    return sql;
}

// SQLite's limit on the length of one value while this lives: larger values fail to read
// with "string or blob too big" instead of being read.
class LengthLimit
{
public:
    LengthLimit(const Sqlite::Database &db, int bytes)
        : m_db(db.handle()), m_old(sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, bytes)) {}
    ~LengthLimit() { sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, m_old); }
    LengthLimit(const LengthLimit &) = delete;
    LengthLimit &operator=(const LengthLimit &) = delete;

private:
    sqlite3 *m_db;
    int m_old;
};

// Columns declared NOT NULL get "" for a null QString.
QString text(const QString &value) { return value.isNull() ? u""_s : value; }

// Whether two files hold the same bytes, read in blocks.
bool sameContents(const QString &a, const QString &b)
{
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    while (!fa.atEnd()) {
        const QByteArray block = fa.read(1 << 20);
        if (block.isEmpty() || block != fb.read(block.size()))
            return false;
    }
    return true;
}

QString notAProject(const QString &path, const QString &why)
{
    return Tr::tr("%1: not a CityAtlas project (%2)").arg(path, why);
}

} // namespace

bool ProjectFile::create(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        *error = Tr::tr("%1: already exists; choose another file name").arg(path);
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = Tr::tr("%1: the folder %2 does not exist").arg(path, info.absolutePath());
        return false;
    }
    // Built under a temporary name and renamed into place: a crash never leaves half a project.
    QTemporaryFile temporary(info.absoluteDir().filePath(u"."_s + info.fileName() + u".XXXXXX"_s));
    if (!temporary.open()) {
        *error = Tr::tr("%1: cannot be created: %2").arg(path, temporary.errorString());
        return false;
    }
    temporary.close();
    {
        QString why;
        Sqlite::Database db = Sqlite::Database::open(temporary.fileName(), Sqlite::Database::Mode::ReadWrite, &why);
        bool ok = db.isOpen();
        if (ok) {
            Sqlite::Transaction transaction(db);
            ok = transaction.isActive() && ProjectSchema::create(db, &why);
            if (ok) {
                Sqlite::Statement meta(db, "INSERT INTO meta (key, value) VALUES ('created_at', ?1), ('created_by', ?2)");
                meta.bind(1, nowUtc()).bind(2, writerName());
                ok = meta.exec();
                if (!ok)
                    why = meta.error();
            }
            ok = ok && transaction.commit();
            if (!ok && why.isEmpty())
                why = transaction.error();
        }
        if (!ok) {
            *error = Tr::tr("%1: cannot be created: %2").arg(path, why);
            return false;
        }
    }
    if (!QFile::rename(temporary.fileName(), info.absoluteFilePath())) {
        *error = Tr::tr("%1: cannot be created (does it exist already?)").arg(path);
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString &path, ProjectSnapshot *snapshot, IssueList *issues)
{
    const auto fail = [&](const QString &message) {
        *issues << Issue::error(message, path);
        return std::unique_ptr<ProjectFile>();
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Tr::tr("%1: no such file").arg(path));
    // Neither the file nor its SQLite companions (FILE-wal, FILE-shm, FILE-journal) may be a pipe or a device.
    if (const QString why = InputFile::datasetRefusal(path); !why.isEmpty())
        return fail(why);

    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->m_path = info.absoluteFilePath();
    QString error;
    file->m_db = Sqlite::Database::open(file->m_path, Sqlite::Database::Mode::ReadWrite, &error);
    if (!file->m_db.isOpen())
        return fail(Tr::tr("%1: cannot be opened: %2").arg(path, error));
    // What SQLite found, said as it is: a damaged file is neither a permissions problem nor
    // another program's database.
    const auto unreadable = [&](const QString &why) {
        const int code = file->m_db.errorCode() & 0xff;
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB
            ? Tr::tr("%1: not a CityAtlas project, or the file is damaged (SQLite: %2)").arg(path, file->m_db.errorMessage())
            : notAProject(path, why);
    };
    const auto applicationId = file->m_db.integer("PRAGMA application_id", &error);
    if (!applicationId)
        return fail(unreadable(error));
    const auto version = file->m_db.integer("PRAGMA user_version", &error);
    if (!version)
        return fail(unreadable(error));
    if (*applicationId != ProjectSchema::ApplicationId)
        return fail(notAProject(path, Tr::tr("a SQLite database without the CityAtlas application id")));
    if (*version > ProjectSchema::CurrentVersion) {
        Sqlite::Statement savedBy(file->m_db, "SELECT value FROM meta WHERE key = 'saved_by'");
        const QString by = savedBy.next() ? savedBy.text(0) : QString();
        return fail(Tr::tr("%1: written by a newer CityAtlas%2 with project schema %3; this version reads "
                                "schema %4 and older. Open it with a newer CityAtlas; the file was not changed")
                        .arg(path, by.isEmpty() ? QString() : u" ("_s + by + u')')
                        .arg(*version).arg(ProjectSchema::CurrentVersion));
    }
    if (*version < 1)
        return fail(notAProject(path, Tr::tr("schema version %1").arg(*version)));
    if (*version < ProjectSchema::CurrentVersion && !file->migrate(int(*version), snapshot, &error))
        return fail(error);

    Sqlite::Statement wal(file->m_db, "PRAGMA journal_mode = WAL");
    if (!wal.next() || wal.text(0).compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        const int code = file->m_db.errorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return fail(unreadable(wal.error()));
        if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM)
            return fail(Tr::tr("%1: cannot be written (SQLite: %2); is the file or its folder read-only?")
                            .arg(path, file->m_db.errorMessage()));
        return fail(Tr::tr("%1: cannot switch to write-ahead logging (SQLite: %2)")
                        .arg(path, wal.error().isEmpty() ? Tr::tr("journal mode stays '%1'").arg(wal.text(0)) : wal.error()));
    }
    if (!file->m_db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", &error))
        return fail(Tr::tr("%1: %2").arg(path, error));
    if (!file->load(snapshot, issues))
        return nullptr;
    return file;
}

bool ProjectFile::migrate(int fromVersion, ProjectSnapshot *snapshot, QString *error)
{
    if (fromVersion < 1 || fromVersion >= ProjectSchema::CurrentVersion) {
        *error = notAProject(m_path, Tr::tr("unknown schema version %1").arg(fromVersion));
        return false;
    }
    // The copy is made under a temporary name; when an earlier attempt (a migration that
    // failed, say) left a backup with the same bytes, that one is kept and the copy dropped,
    // so that opening the file again and again does not pile up copies.
    const QString stem = m_path + u".bak-v"_s + QString::number(fromVersion);
    const QString fresh = stem + u".new"_s;
    QFile::remove(fresh);
    QString why;
    if (!Sqlite::backupTo(m_db, fresh, &why)) {
        QFile::remove(fresh);
        *error = Tr::tr("%1: cannot keep a backup copy at %2 (%3); the project was not migrated").arg(m_path, stem, why);
        return false;
    }
    QString backup;
    for (int n = 1; backup.isEmpty(); ++n) {
        const QString candidate = n == 1 ? stem : stem + u'.' + QString::number(n);
        const QFileInfo info(candidate);
        if (!info.exists() && !info.isSymLink()) {
            if (!QFile::rename(fresh, candidate)) {
                QFile::remove(fresh);
                *error = Tr::tr("%1: cannot keep a backup copy at %2; the project was not migrated").arg(m_path, candidate);
                return false;
            }
            backup = candidate;
        } else if (info.isFile() && !info.isSymLink() && sameContents(candidate, fresh)) {
            QFile::remove(fresh);
            backup = candidate;
        }
    }
    Sqlite::Transaction transaction(m_db);
    if (!transaction.isActive() || !ProjectSchema::migrateFrom(m_db, fromVersion, nowUtc(), &why) || !transaction.commit()) {
        *error = Tr::tr("%1: migration from project schema %2 failed (%3); the file was not changed, a copy is at %4")
                     .arg(m_path).arg(fromVersion).arg(why.isEmpty() ? transaction.error() : why, backup);
        return false;
    }
    snapshot->migratedFrom = fromVersion;
    snapshot->backupPath = backup;
    return true;
}

bool ProjectFile::load(ProjectSnapshot *snapshot, IssueList *issues)
{
    QString error;
    const auto rows = m_db.integer("SELECT (SELECT count(*) FROM meta) + (SELECT count(*) FROM layers) + (SELECT count(*) FROM joins)"
                                   " + (SELECT count(*) FROM layer_styles) + (SELECT count(*) FROM analysis_runs)"
                                   " + (SELECT count(*) FROM figures) + (SELECT count(*) FROM review_records)"
                                   " + (SELECT count(*) FROM audit_trail) + (SELECT count(*) FROM reports)", &error);
    if (!rows || *rows > MaxRows) {
        *issues << Issue::error(rows ? Tr::tr("%1: holds %L2 rows, more than CityAtlas reads from a project (%L3); "
                                                   "it was not opened").arg(m_path).arg(*rows).arg(MaxRows)
                                     : Tr::tr("%1: not a valid CityAtlas project: %2").arg(m_path, error), m_path);
        return false;
    }
    if (!checkTextBudget(issues))
        return false;
    const LengthLimit limit(m_db, MaxTextBytes);
    ProjectContent &c = snapshot->content;
    QString failure;
    const auto check = [&](const Sqlite::Statement &s) {
        if (!s.error().isEmpty() && failure.isEmpty())
            failure = m_db.errorCode() == SQLITE_TOOBIG
                ? Tr::tr("a value is larger than CityAtlas reads from a project (%1 MB)").arg(MaxTextBytes / (1024 * 1024))
                : s.error();
    };
    Sqlite::Statement meta(m_db, "SELECT key, value FROM meta");
    while (meta.next()) {
        const QString key = meta.text(0), value = meta.text(1);
        if (key == u"title"_s)
            c.title = value;
        else if (key == u"created_at"_s)
            snapshot->createdAt = value;
        else if (key == u"saved_at"_s)
            snapshot->savedAt = value;
        else if (key == u"saved_by"_s)
            snapshot->savedBy = value;
        else if (key == u"revision"_s)
            m_revision = value.toLongLong();
        else if (key == u"current_layer"_s)
            c.currentLayerId = value.toLongLong();
    }
    check(meta);
    Sqlite::Statement layers(m_db, "SELECT id, name, source_path, layer_name, sha256, size_bytes, embedded IS NOT NULL, encoding, "
                                   "fields_json, view_json FROM layers ORDER BY position, id");
    while (layers.next())
        c.layers.append({layers.integer(0), layers.text(1), layers.text(2), layers.text(3), layers.text(4),
                         layers.integer(5), layers.integer(6) != 0, layers.text(7), layers.text(8), layers.text(9)});
    check(layers);
    Sqlite::Statement joins(m_db, "SELECT id, layer_id, table_path, layer_key, table_key, match_by, pivot_field, pivot_periods "
                                  "FROM joins ORDER BY id");
    while (joins.next()) {
        QStringList periods;
        for (const QJsonValue &period : QJsonDocument::fromJson(joins.text(7).toUtf8()).array())
            periods << period.toString();
        c.joins.append({joins.integer(0), joins.integer(1), joins.text(2), joins.text(3), joins.text(4), joins.text(5),
                        joins.text(6), periods});
    }
    check(joins);
    Sqlite::Statement styles(m_db, "SELECT layer_id, style_json FROM layer_styles ORDER BY layer_id");
    while (styles.next())
        c.styles.append({styles.integer(0), styles.text(1)});
    check(styles);
    Sqlite::Statement runs(m_db, "SELECT id, kind, parameters_json, results_json, created_at FROM analysis_runs ORDER BY id");
    while (runs.next())
        c.analysisRuns.append({runs.integer(0), runs.text(1), runs.text(2), runs.text(3), runs.text(4)});
    check(runs);
    Sqlite::Statement figures(m_db, "SELECT id, name, definition_json FROM figures ORDER BY id");
    while (figures.next())
        c.figures.append({figures.integer(0), figures.text(1), figures.text(2)});
    check(figures);
    Sqlite::Statement reviews(m_db, "SELECT unit_id, status, document, approved_on, department, reviewer, notes "
                                    "FROM review_records ORDER BY unit_id");
    while (reviews.next()) {
        const auto status = parseReviewStatus(reviews.text(1));
        const ReviewRecord record{reviews.text(0), status.value_or(ReviewStatus::None), reviews.text(2), reviews.text(3),
                                  reviews.text(4), reviews.text(5), reviews.text(6)};
        if (!status) { // from a newer CityAtlas, say: kept as it is, never dropped
            *issues << Issue::warning(Tr::tr("%1: the review record of unit '%2' has the status '%3', which this version "
                                                  "does not know; it is kept unchanged and cannot be edited here")
                                          .arg(m_path, reviews.text(0), reviews.text(1)), m_path);
            c.keptReviews.append({record, reviews.text(1)});
            continue;
        }
        c.reviews.append(record);
    }
    check(reviews);
    Sqlite::Statement reports(m_db, "SELECT id, name, definition_json FROM reports ORDER BY id");
    while (reports.next())
        c.reports.append({reports.integer(0), reports.text(1), reports.text(2)});
    check(reports);
    Sqlite::Statement audit(m_db, "SELECT id, at, who, unit_id, field, old_value, new_value, chain FROM audit_trail ORDER BY id");
    bool chainReported = false;
    while (audit.next()) {
        AuditEntry e{audit.integer(0), audit.text(1), audit.text(2), audit.text(3), audit.text(4), audit.text(5), audit.text(6)};
        const QString expected = chainOf(m_lastChain, e);
        if (expected != audit.text(7) && !chainReported) {
            *issues << Issue::warning(Tr::tr("%1: the audit trail was changed outside CityAtlas (entry %2 does not "
                                                  "match the entries before it)").arg(m_path).arg(e.id), m_path);
            chainReported = true;
        }
        m_lastChain = audit.text(7);
        snapshot->audit.append(e);
    }
    check(audit);
    if (!failure.isEmpty()) {
        *issues << Issue::error(Tr::tr("%1: not a valid CityAtlas project: %2").arg(m_path, failure), m_path);
        return false;
    }
    return true;
}

// Refuses a project whose text, all together, is more than CityAtlas reads into memory, before
// any of it is read. The file's size less its embedded copies bounds that text from above, so
// that a project of ordinary size is not read twice; a larger one is summed value by value.
bool ProjectFile::checkTextBudget(IssueList *issues)
{
    const auto fail = [&](const QString &message) {
        *issues << Issue::error(message, m_path);
        return false;
    };
    QString error;
    const auto pages = m_db.integer("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size", &error);
    // typeof() and length() of a BLOB read no content: this costs nothing however large the copies are.
    const auto embedded = m_db.integer("SELECT CAST(total(CASE WHEN typeof(embedded) = 'blob' THEN length(embedded) END) AS INTEGER) "
                                       "FROM layers", &error);
    if (!pages || !embedded)
        return fail(Tr::tr("%1: not a valid CityAtlas project: %2").arg(m_path, error));
    if (*pages - *embedded <= MaxTotalTextBytes)
        return true;
    const LengthLimit limit(m_db, MaxTextBytes);
    Sqlite::Statement sum(m_db, textBytesQuery().constData());
    if (!sum.next())
        return fail(m_db.errorCode() == SQLITE_TOOBIG
                        ? Tr::tr("%1: not a valid CityAtlas project: a value is larger than CityAtlas reads from a project (%2 MB)")
                              .arg(m_path).arg(MaxTextBytes / (1024 * 1024))
                        : Tr::tr("%1: not a valid CityAtlas project: %2").arg(m_path, sum.error()));
    const qint64 bytes = sum.integer(0);
    if (bytes > MaxTotalTextBytes)
        return fail(Tr::tr("%1: holds %2 of text (styles, analysis results, figures, reports, review records, audit trail), "
                                "more than CityAtlas reads from a project (%3); it was not opened")
                        .arg(m_path, InputFile::sizeText(bytes), InputFile::sizeText(MaxTotalTextBytes)));
    return true;
}

bool ProjectFile::save(const ProjectContent &c, ProjectChanges &changes, QString *error)
{
    Sqlite::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = Tr::tr("%1: cannot start saving: %2").arg(m_path, transaction.error());
        return false;
    }
    QString failure;
    // Another program (or another window) saved since this one read the file: refuse rather
    // than overwrite its changes.
    Sqlite::Statement revision(m_db, "SELECT value FROM meta WHERE key = 'revision'");
    const qint64 current = revision.next() ? revision.text(0).toLongLong() : 0;
    if (current != m_revision)
        failure = Tr::tr("it was saved by another program since it was opened; reopen it");
    Sqlite::Statement lastChain(m_db, "SELECT chain FROM audit_trail ORDER BY id DESC LIMIT 1");
    QString chain = lastChain.next() ? lastChain.text(0) : QString();
    const auto run = [&](Sqlite::Statement &s) {
        if (!failure.isEmpty())
            return false;
        if (!s.exec()) {
            failure = s.error();
            return false;
        }
        s.reset();
        return true;
    };
    const auto rewrite = [&](bool dirty, const char *clear) {
        Sqlite::Statement s(m_db, clear);
        return !dirty || run(s);
    };

    Sqlite::Statement meta(m_db, "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    run(meta.bind(1, u"saved_at"_s).bind(2, nowUtc()));
    run(meta.bind(1, u"saved_by"_s).bind(2, writerName()));
    run(meta.bind(1, u"revision"_s).bind(2, QString::number(m_revision + 1)));
    if (changes.meta) {
        run(meta.bind(1, u"title"_s).bind(2, text(c.title)));
        run(meta.bind(1, u"current_layer"_s).bind(2, QString::number(c.currentLayerId)));
    }

    // Dependents first: joins and styles are rewritten below when they changed.
    rewrite(changes.joins, "DELETE FROM joins");
    rewrite(changes.styles, "DELETE FROM layer_styles");
    Sqlite::Statement removeLayer(m_db, "DELETE FROM layers WHERE id = ?1");
    for (const qint64 id : changes.removedLayers)
        run(removeLayer.bind(1, id));
    if (changes.layers) {
        Sqlite::Statement s(m_db, "INSERT INTO layers (id, position, name, source_path, layer_name, sha256, size_bytes, encoding, "
                                  "fields_json, view_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO UPDATE SET "
                                  "position = excluded.position, name = excluded.name, source_path = excluded.source_path, "
                                  "layer_name = excluded.layer_name, sha256 = excluded.sha256, size_bytes = excluded.size_bytes, "
                                  "encoding = excluded.encoding, fields_json = excluded.fields_json, view_json = excluded.view_json");
        for (qsizetype i = 0; i < c.layers.size(); ++i) {
            const ProjectLayer &l = c.layers[i];
            run(s.bind(1, l.id).bind(2, qint64(i)).bind(3, text(l.name)).bind(4, text(l.sourcePath)).bind(5, text(l.layerName))
                    .bind(6, text(l.sha256)).bind(7, l.sizeBytes).bind(8, text(l.encoding)).bind(9, text(l.fieldsJson))
                    .bind(10, text(l.viewJson)));
        }
    }
    Sqlite::Statement embed(m_db, "UPDATE layers SET embedded = ?1 WHERE id = ?2");
    for (auto it = changes.embeds.cbegin(); it != changes.embeds.cend(); ++it) {
        if (it.value().isNull())
            embed.bindNull(1);
        else
            embed.bindBlob(1, it.value());
        run(embed.bind(2, it.key()));
    }
    if (changes.joins) {
        Sqlite::Statement s(m_db, "INSERT INTO joins (id, layer_id, table_path, layer_key, table_key, match_by, pivot_field, "
                                  "pivot_periods) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        for (const ProjectJoin &j : c.joins) {
            const QString periods = j.pivotPeriods.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(j.pivotPeriods)).toJson(QJsonDocument::Compact));
            run(s.bind(1, j.id).bind(2, j.layerId).bind(3, text(j.tablePath)).bind(4, text(j.layerKey)).bind(5, text(j.tableKey))
                    .bind(6, text(j.match)).bind(7, text(j.pivotField)).bind(8, text(periods)));
        }
    }
    if (changes.styles) {
        Sqlite::Statement s(m_db, "INSERT INTO layer_styles (layer_id, style_json) VALUES (?1, ?2)");
        for (const LayerStyle &style : c.styles)
            run(s.bind(1, style.layerId).bind(2, text(style.json)));
    }
    if (rewrite(changes.runs, "DELETE FROM analysis_runs") && changes.runs) {
        Sqlite::Statement s(m_db, "INSERT INTO analysis_runs (id, kind, parameters_json, results_json, created_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const AnalysisRun &r : c.analysisRuns)
            run(s.bind(1, r.id).bind(2, text(r.kind)).bind(3, text(r.parametersJson)).bind(4, text(r.resultsJson))
                    .bind(5, text(r.createdAt)));
    }
    if (rewrite(changes.figures, "DELETE FROM figures") && changes.figures) {
        Sqlite::Statement s(m_db, "INSERT INTO figures (id, name, definition_json) VALUES (?1, ?2, ?3)");
        for (const FigureDefinition &f : c.figures)
            run(s.bind(1, f.id).bind(2, text(f.name)).bind(3, text(f.definitionJson)));
    }
    // Records with a status this version does not know are left in place, untouched.
    if (rewrite(changes.reviews, "DELETE FROM review_records WHERE status IN ('none', 'preparing', 'approved')") && changes.reviews) {
        Sqlite::Statement s(m_db, "INSERT INTO review_records (unit_id, status, document, approved_on, department, "
                                  "reviewer, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        for (const ReviewRecord &r : c.reviews)
            run(s.bind(1, r.unitId).bind(2, reviewStatusKey(r.status)).bind(3, text(r.document)).bind(4, text(r.approvedOn))
                    .bind(5, text(r.department)).bind(6, text(r.reviewer)).bind(7, text(r.notes)));
    }
    if (rewrite(changes.reports, "DELETE FROM reports") && changes.reports) {
        Sqlite::Statement s(m_db, "INSERT INTO reports (id, name, definition_json) VALUES (?1, ?2, ?3)");
        for (const SavedReport &r : c.reports)
            run(s.bind(1, r.id).bind(2, text(r.name)).bind(3, text(r.definitionJson)));
    }
    // The audit trail is only ever appended to.
    QList<AuditEntry> written = changes.audit;
    Sqlite::Statement append(m_db, "INSERT INTO audit_trail (at, who, unit_id, field, old_value, new_value, chain) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (AuditEntry &e : written) {
        chain = chainOf(chain, e);
        if (run(append.bind(1, text(e.at)).bind(2, text(e.who)).bind(3, text(e.unitId)).bind(4, text(e.field)).bind(5, e.oldValue)
                    .bind(6, e.newValue).bind(7, chain)))
            e.id = sqlite3_last_insert_rowid(m_db.handle());
    }
    if (failure.isEmpty() && !transaction.commit())
        failure = transaction.error();
    if (!failure.isEmpty()) {
        *error = Tr::tr("%1: saving failed (%2); the file keeps its previous state").arg(m_path, failure);
        return false; // the transaction rolls back
    }
    m_lastChain = chain;
    ++m_revision;
    changes.audit = written;
    // Fold the log into the main file so that the .cityatlas file travels alone. A crash here
    // is harmless: the log is replayed on the next open.
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)", nullptr);
    return true;
}

bool ProjectFile::backupTo(const QString &path, QString *error) const
{
    return Sqlite::backupTo(m_db, path, error);
}

QByteArray ProjectFile::embeddedCopy(qint64 layerId, QString *error) const
{
    const LengthLimit limit(m_db, MaxEmbeddedBytes);
    Sqlite::Statement s(m_db, "SELECT embedded FROM layers WHERE id = ?1");
    s.bind(1, layerId);
    if (s.next() && !s.isNull(0))
        return s.blob(0);
    *error = s.error().isEmpty() ? Tr::tr("layer %1 has no embedded copy").arg(layerId) : s.error();
    return {};
}

QString ProjectFile::integrityCheck(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Tr::tr("%1: no such file").arg(path);
    QString error;
    Sqlite::Database db = Sqlite::Database::open(path, Sqlite::Database::Mode::ReadWrite, &error);
    if (!db.isOpen())
        return error;
    Sqlite::Statement s(db, "PRAGMA integrity_check");
    QStringList lines;
    while (s.next())
        lines << s.text(0);
    if (!s.error().isEmpty())
        return s.error();
    return lines.join(u"; "_s);
}

} // namespace CityAtlas
