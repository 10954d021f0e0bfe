#pragma once
// Private to maps/project: reading and writing the project's SQLite file.

#include "analysis/issue.h"
#include "maps/project/projecttypes.h"
#include "maps/project/sqlitedatabase.h"

#include <QHash>

#include <memory>

namespace CityAtlas {

// What a save must write: ProjectStore keeps track of what changed since the last save.
struct ProjectChanges
{
    bool meta = false, layers = false, joins = false, styles = false, runs = false, figures = false, reviews = false, reports = false;
    QList<qint64> removedLayers;
    QHash<qint64, QByteArray> embeds;   // new embedded copies; a null QByteArray drops the copy
    QList<AuditEntry> audit;            // not yet written, oldest first

    bool any() const
    {
        return meta || layers || joins || styles || runs || figures || reviews || reports || !removedLayers.isEmpty()
            || !embeds.isEmpty() || !audit.isEmpty();
    }
};

struct ProjectSnapshot
{
    ProjectContent content;
    QList<AuditEntry> audit;
    QString createdAt, savedAt, savedBy;
    int migratedFrom = 0;
    QString backupPath;
};

class ProjectFile
{
public:
    // A new, empty project at path (written to a temporary name, then renamed into place).
    static bool create(const QString &path, QString *error);
    // Opens, migrates an older schema (after a backup copy), and reads everything.
    static std::unique_ptr<ProjectFile> open(const QString &path, ProjectSnapshot *snapshot, IssueList *issues);

    // Writes the changes in one transaction (WAL, synchronous=FULL); nothing on failure.
    // On success, the audit entries get their ids.
    bool save(const ProjectContent &content, ProjectChanges &changes, QString *error);
    QByteArray embeddedCopy(qint64 layerId, QString *error) const;
    // A copy of the file as saved (SQLite's online backup: consistent whatever the log holds).
    bool backupTo(const QString &path, QString *error) const;

    // "ok", or what PRAGMA integrity_check reports, or why the file cannot be checked.
    static QString integrityCheck(const QString &path);

private:
    bool load(ProjectSnapshot *snapshot, IssueList *issues);
    bool checkTextBudget(IssueList *issues);
    bool migrate(int fromVersion, ProjectSnapshot *snapshot, QString *error);

    QString m_path;
    Sqlite::Database m_db;
    QString m_lastChain;
    qint64 m_revision = 0; // meta 'revision' when read; a save by someone else since then is refused
};

} // namespace CityAtlas
