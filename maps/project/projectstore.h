#pragma once

#include "analysis/issue.h"
#include "maps/project/projecttypes.h"

#include <functional>
#include <memory>

namespace CityAtlas {

class Feedback;
class ProjectFile;
struct ProjectChanges;

struct ProjectOptions
{
    // Layer sources on GDAL virtual file systems (/vsicurl/ ...), URLs and connection strings
    // are refused unless the user allows them. Never read from the project file itself.
    bool allowRemote = false;
    // Layer files up to this size are compared with their recorded SHA-256 when the project
    // opens and by checkSources(); a larger one whose size is the one recorded is reported as
    // not verified (it is not read) until verifySources() reads it.
    qint64 hashOnOpenBytes = 256LL * 1024 * 1024;
};

// A CityAtlas project: one SQLite file (.cityatlas) holding layers (path, SHA-256, optional
// embedded copy), joins, styles, analysis runs, figure definitions, reports, review records
// and the audit trail. Edits are kept in memory until save(), which writes them in one transaction
// (write-ahead log, synchronous=FULL): a crash during a save leaves the previous state.
//
// The file is data, never code: values are bound, never spliced into SQL; triggers, views
// and extensions are disabled; layer paths are checked before anything is read, and only
// regular files that the project names are read (to compare checksums).
class ProjectStore
{
public:
    static constexpr int SchemaVersion = 5;

    struct OpenResult
    {
        std::unique_ptr<ProjectStore> store; // null when the file cannot be used
        IssueList issues;                    // the error, or warnings about layer sources
        QList<SourceCheck> sources;          // checkSources() as made on open (each file hashed once)
    };

    // A new empty project; refuses to overwrite an existing file.
    static OpenResult create(const QString &path, const ProjectOptions &options = {});
    // A new project holding what fill() puts into it (layers, a title ...): built and saved
    // under a temporary name in the same folder, then renamed into place once, so that the
    // file appears whole or not at all (a crash or a kill on the way leaves no project).
    // Refuses to overwrite an existing file. fill() returns its problems; errors abandon it.
    static IssueList createComplete(const QString &path, const ProjectOptions &options,
                                    const std::function<IssueList(ProjectStore &)> &fill);
    // Opens a project: an older schema is migrated after a backup copy FILE.bak-vN; a newer
    // one is refused. Layer sources that are missing, changed or unsafe come back as issues.
    static OpenResult open(const QString &path, const ProjectOptions &options = {});
    ~ProjectStore();

    QString path() const { return m_path; }
    const ProjectOptions &options() const { return m_options; }
    // Lets the project name remote sources from now on: the user opened one (a PostGIS layer)
    // in this session. Never set from the project file itself.
    void allowRemoteSources() { m_options.allowRemote = true; }
    QString folder() const;
    int migratedFromVersion() const { return m_migratedFrom; } // 0 when no migration happened
    QString backupPath() const { return m_backupPath; }
    QString createdAt() const { return m_createdAt; }
    QString savedAt() const { return m_savedAt; }
    QString savedBy() const { return m_savedBy; }

    const ProjectContent &content() const { return m_content; }
    bool isModified() const;

    void setTitle(const QString &title);

    // Layers. addLayer reads the file once for its SHA-256 (and its bytes when embedding).
    // Returns the new layer's id, or 0 with the reason in *issues.
    qint64 addLayer(const QString &sourcePath, const QString &layerName, const QString &name, bool embed, IssueList *issues);
    bool removeLayer(qint64 layerId);
    // Puts these layers first, in this order (the map's, bottom first); the others follow as they were.
    void setLayerOrder(const QList<qint64> &layerIds);
    // The text encoding to read the layer's file with (a Shapefile without .cpg); empty: the file's own.
    void setLayerEncoding(qint64 layerId, const QString &encoding);
    void setLayerName(qint64 layerId, const QString &name);
    // The fields the user added to the layer and what the panels chose for it (JSON owned by
    // maps/project/layerrecipe.h).
    void setLayerFields(qint64 layerId, const QString &json);
    void setLayerView(qint64 layerId, const QString &json);
    // The layer the analyses work on; 0: none.
    void setCurrentLayer(qint64 layerId);
    // Points a layer at another file and records that file's checksum. A warning tells when
    // the file differs from the one recorded.
    IssueList relocate(qint64 layerId, const QString &newPath);
    QList<SourceCheck> checkSources() const;
    // checkSources() reading every local layer file for its checksum, however large: the
    // on-demand verification of files larger than hashOnOpenBytes. Progress over all files;
    // cancelling leaves the files not yet read as not verified.
    QList<SourceCheck> verifySources(Feedback *feedback = nullptr) const;
    // The files the project reads: its own file, and the local files of its layers and joined
    // tables (an export must replace none of them; see OutputGuard).
    QStringList inputFiles() const;
    // A file the project names besides its layers (a joined table, a figure's data), as it may
    // be opened: a local regular file in a self-contained format (or a bundled dataset; remote
    // sources when allowed), resolved from the project's folder. Empty with *why set otherwise.
    QString openablePath(const QString &stored, QString *why) const;
    static IssueList sourceIssues(const QList<SourceCheck> &checks, const ProjectContent &content, const QString &file);
    QByteArray embeddedCopy(qint64 layerId, QString *error) const;
    // Keeps a copy of the layer's file inside the project (so that it travels alone), or drops
    // the copy. Embedding reads the file now and warns when it differs from the one recorded.
    IssueList setEmbedded(qint64 layerId, bool embed);
    // Writes the embedded copy to targetPath (QSaveFile) and relocates the layer there.
    IssueList extractEmbeddedCopy(qint64 layerId, const QString &targetPath);

    // Joins, styles, analysis runs, figures.
    qint64 addJoin(const ProjectJoin &join, IssueList *issues);
    bool removeJoin(qint64 joinId);
    void setStyle(qint64 layerId, const QString &json);
    qint64 addAnalysisRun(const AnalysisRun &run); // createdAt defaults to now
    // Keeps one run per set-up: replaces the run of the same kind with the same parameters
    // (the latest result wins), else adds it. Returns the run's id; the same result again
    // changes nothing.
    qint64 recordAnalysisRun(const AnalysisRun &run);
    bool removeAnalysisRun(qint64 runId);
    qint64 addFigure(const FigureDefinition &figure);
    // Replaces the definition of the figure of the same name, else adds it.
    qint64 recordFigure(const FigureDefinition &figure);
    bool removeFigure(qint64 figureId);

    // Reports of the composer, by name: setReport replaces the one of that name (keeping its
    // id) or adds it. report() is null when there is none of that name.
    qint64 setReport(const QString &name, const QString &definitionJson);
    bool removeReport(const QString &name);
    const SavedReport *report(const QString &name) const;

    // Review records. Every changed field goes to the audit trail, with who (required) and
    // when. Refuses an empty unit, an empty who and a date that is not YYYY-MM-DD.
    std::optional<ReviewRecord> reviewRecord(const QString &unitId) const;
    // The unit's record when its status is one this version does not know (null otherwise);
    // setReviewRecord refuses to change such a record.
    const KeptReviewRecord *keptReviewRecord(const QString &unitId) const;
    IssueList setReviewRecord(const ReviewRecord &record, const QString &who);
    // Saved entries and those waiting for the next save, oldest first. There is no API to
    // change or remove an entry.
    QList<AuditEntry> auditTrail() const;

    // Writes all changes in one transaction; on failure nothing is written and the changes
    // stay pending.
    IssueList save();
    // Writes the project as it is now, saved state and pending changes (review edits with
    // their audit entries, layers, embedded copies, joins, styles, runs, figures), to another
    // file, which is replaced atomically; this store and its file stay as they are. Paths
    // relative to the project's folder are rewritten for the new file's folder. For Save As
    // and for the recovery copy.
    IssueList writeCopy(const QString &targetPath) const;

    // "ok", or what SQLite's PRAGMA integrity_check reports about a project file.
    static QString integrityCheck(const QString &path);
    static bool isIsoDate(const QString &text);

private:
    ProjectStore();
    SourceCheck checkSource(const ProjectLayer &layer, qint64 hashLimit, Feedback *feedback) const;
    SourceStatus localFileStatus(const QString &path, QString *why) const;
    ProjectLayer *layer(qint64 id);
    void setLayerText(qint64 layerId, QString ProjectLayer::*member, const QString &value);

    QString m_path;
    ProjectOptions m_options;
    std::unique_ptr<ProjectFile> m_file;
    std::unique_ptr<ProjectChanges> m_changes;
    ProjectContent m_content;
    QList<AuditEntry> m_savedAudit;
    QString m_createdAt, m_savedAt, m_savedBy, m_backupPath;
    int m_migratedFrom = 0;
    qint64 m_lastLayerId = 0, m_lastJoinId = 0, m_lastRunId = 0, m_lastFigureId = 0, m_lastReportId = 0;
};

} // namespace CityAtlas
