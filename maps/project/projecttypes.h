#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CityAtlas {

// A layer of a project: where its data lives and what the file looked like when it was added.
struct ProjectLayer
{
    qint64 id = 0;
    QString name;
    QString sourcePath;        // as stored: relative to the project's folder when inside it, else absolute
    QString layerName;         // layer inside the dataset; empty for the first
    QString sha256;            // hex SHA-256 of the source file when added or relocated; empty if unknown
    qint64 sizeBytes = -1;     // size of the source file then; -1 if unknown
    bool hasEmbeddedCopy = false;
    QString encoding;          // GDAL's ENCODING for a Shapefile without .cpg ("GBK"); empty: as the file says
    QString fieldsJson;        // fields the user added: computed (expression) and analysis results (values, run)
    QString viewJson;          // what the panels had chosen for this layer (variables, weights ...)

    bool operator==(const ProjectLayer &) const = default;
};

// A table joined to a layer (see maps/data/tablejoin.h).
struct ProjectJoin
{
    qint64 id = 0;
    qint64 layerId = 0;
    QString tablePath;
    QString layerKey;
    QString tableKey;
    QString match = QStringLiteral("code"); // "code" or "name"
    QString pivotField;                     // a long table's period field; empty: a plain join
    QStringList pivotPeriods;               // the periods joined; empty: all

    bool operator==(const ProjectJoin &) const = default;
};

// Styling and classification of one layer, as JSON text owned by the style code.
struct LayerStyle
{
    qint64 layerId = 0;
    QString json;

    bool operator==(const LayerStyle &) const = default;
};

// One analysis or evaluation run: what was asked and what came out.
struct AnalysisRun
{
    qint64 id = 0;
    QString kind;             // "moran", "lisa", "evaluate", ...
    QString parametersJson;
    QString resultsJson;
    QString createdAt;        // ISO 8601, UTC

    bool operator==(const AnalysisRun &) const = default;
};

// A figure of the gallery as the user set it up.
struct FigureDefinition
{
    qint64 id = 0;
    QString name;             // "fig6", ...
    QString definitionJson;

    bool operator==(const FigureDefinition &) const = default;
};

// A report of the composer (maps/report/reportdefinition.h), saved under its name.
struct SavedReport
{
    qint64 id = 0;
    QString name;             // unique within a project
    QString definitionJson;

    bool operator==(const SavedReport &) const = default;
};

enum class ReviewStatus { None, Preparing, Approved };

// The state of one unit's smart-city top-level design.
struct ReviewRecord
{
    QString unitId;           // GB/T 2260 code, or a CityAtlas id for new areas (NA..) and clusters (UC..)
    ReviewStatus status = ReviewStatus::None;
    QString document;
    QString approvedOn;       // YYYY-MM-DD or empty
    QString department;
    QString reviewer;
    QString notes;

    bool isPlanned() const { return status != ReviewStatus::None; }
    bool operator==(const ReviewRecord &) const = default;
};

// A review record whose status this version does not know (written by a newer CityAtlas):
// left untouched in the file by every save, shown with its status as written, and not
// editable here.
struct KeptReviewRecord
{
    ReviewRecord record;      // status None; the other fields as read
    QString status;           // the status as written in the file

    bool operator==(const KeptReviewRecord &) const = default;
};

// One changed field of one review record. The trail is append-only.
struct AuditEntry
{
    qint64 id = 0;            // 0 until saved
    QString at;               // ISO 8601, UTC
    QString who;
    QString unitId;
    QString field;
    QString oldValue;         // null QString: no value before (new record)
    QString newValue;

    bool operator==(const AuditEntry &) const = default;
};

// Everything a project holds apart from the audit trail and embedded file copies.
struct ProjectContent
{
    QString title;
    QList<ProjectLayer> layers;
    qint64 currentLayerId = 0;     // the layer the analyses worked on when saved; 0: none recorded
    QList<ProjectJoin> joins;
    QList<LayerStyle> styles;
    QList<AnalysisRun> analysisRuns;
    QList<FigureDefinition> figures;
    QList<ReviewRecord> reviews;   // sorted by unit id
    QList<KeptReviewRecord> keptReviews; // records with a status this version does not know, by unit id
    QList<SavedReport> reports;    // by id

    bool operator==(const ProjectContent &) const = default;
};

// The state of a layer's source file, checked on open and by ProjectStore::checkSources().
enum class SourceStatus {
    Ok,          // present, same checksum
    Unverified,  // present, no checksum recorded
    Changed,     // present, checksum differs
    Missing,     // no file at the path
    NotAFile,    // a directory, device or pipe: never read
    Unreadable,  // present but cannot be read
    Blocked,     // a /vsi*, URL or connection-string path, refused without allowRemote
    Remote,      // such a path, allowed by allowRemote; not checked
};

struct SourceCheck
{
    qint64 layerId = 0;
    SourceStatus status = SourceStatus::Ok;
    QString resolvedPath;     // absolute local path; empty for blocked/remote paths
    bool outsideProjectFolder = false;
    QString message;          // empty when Ok
};

QString reviewStatusKey(ReviewStatus status);                       // "none", "preparing", "approved"
// "none" / "preparing" / "approved" and a few synonyms (in preparation, 编制中, 已批复 ...); empty if unknown.
std::optional<ReviewStatus> parseReviewStatus(const QString &text);
QString sourceStatusKey(SourceStatus status);                       // "ok", "missing", "changed", ...

} // namespace CityAtlas
