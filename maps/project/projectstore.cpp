#include "maps/project/projectstore.h"

#include "analysis/feedback.h"
#include "maps/data/bundleddata.h"
#include "maps/data/inputfile.h"
#include "maps/data/postgissource.h"
#include "maps/data/sourceformat.h"
#include "maps/data/vectorreader.h"
#include "maps/project/projectfile.h"
#include "maps/project/projectfiles.h"
#include "maps/project/projectschema.h"
#include "maps/project/sourcepaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <filesystem>
#include <limits>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of ProjectStore.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ProjectStore)
};
} // namespace

static_assert(ProjectStore::SchemaVersion == ProjectSchema::CurrentVersion);
namespace {

constexpr qint64 MaxEmbeddedBytes = 512LL * 1024 * 1024;

QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QString remoteRefused(const QString &path)
{
    return Tr::tr("'%1' is a remote or virtual source (GDAL /vsi path, URL or connection string); "
                       "such sources are refused unless remote sources are allowed").arg(PostgisSource::withoutPassword(path));
}

template<typename T>
qint64 maxId(const QList<T> &items)
{
    qint64 id = 0;
    for (const T &item : items)
        id = std::max(id, item.id);
    return id;
}

} // namespace

ProjectStore::ProjectStore()
    : m_changes(std::make_unique<ProjectChanges>())
{
}

ProjectStore::~ProjectStore() = default;

ProjectStore::OpenResult ProjectStore::create(const QString &path, const ProjectOptions &options)
{
    QString error;
    if (!ProjectFile::create(path, &error))
        return {nullptr, {Issue::error(error, path)}, {}};
    return open(path, options);
}

namespace {

void removeSqliteFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

IssueList ProjectStore::createComplete(const QString &path, const ProjectOptions &options,
                                       const std::function<IssueList(ProjectStore &)> &fill)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return {Issue::error(Tr::tr("%1: already exists; choose another file name").arg(path), path)};
    if (!info.absoluteDir().exists())
        return {Issue::error(Tr::tr("%1: the folder %2 does not exist").arg(path, info.absolutePath()), path)};
    const QString stem = info.absoluteDir().filePath(u"."_s + info.fileName() + u".new-"_s
                                                     + QString::number(QCoreApplication::applicationPid()));
    QString temporary = stem;
    for (int n = 2; QFileInfo::exists(temporary) || QFileInfo(temporary).isSymLink(); ++n)
        temporary = stem + u'-' + QString::number(n);
    IssueList issues;
    {
        OpenResult created = create(temporary, options);
        if (!created.store) {
            removeSqliteFiles(temporary);
            return created.issues;
        }
        issues = fill(*created.store);
        if (!hasErrors(issues))
            issues << created.store->save();
    } // closing the store folds its log into the file
    if (hasErrors(issues)) {
        removeSqliteFiles(temporary);
        return issues;
    }
    // One rename, which never replaces a file that appeared meanwhile.
    if (!QFile::rename(temporary, info.absoluteFilePath())) {
        removeSqliteFiles(temporary);
        return {Issue::error(Tr::tr("%1: cannot be created (does it exist already?)").arg(path), path)};
    }
    removeSqliteFiles(temporary); // a log or index left beside the renamed file
    return issues;
}

ProjectStore::OpenResult ProjectStore::open(const QString &path, const ProjectOptions &options)
{
    OpenResult result;
    ProjectSnapshot snapshot;
    std::unique_ptr<ProjectFile> file = ProjectFile::open(path, &snapshot, &result.issues);
    if (!file)
        return result;
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_path = QFileInfo(path).absoluteFilePath();
    store->m_options = options;
    store->m_file = std::move(file);
    store->m_content = std::move(snapshot.content);
    store->m_savedAudit = std::move(snapshot.audit);
    store->m_createdAt = snapshot.createdAt;
    store->m_savedAt = snapshot.savedAt;
    store->m_savedBy = snapshot.savedBy;
    store->m_migratedFrom = snapshot.migratedFrom;
    store->m_backupPath = snapshot.backupPath;
    store->m_lastLayerId = maxId(store->m_content.layers);
    store->m_lastJoinId = maxId(store->m_content.joins);
    store->m_lastRunId = maxId(store->m_content.analysisRuns);
    store->m_lastFigureId = maxId(store->m_content.figures);
    store->m_lastReportId = maxId(store->m_content.reports);
    if (store->m_migratedFrom > 0) {
        Issue issue = Issue::warning(Tr::tr("%1: migrated from project schema %2 to %3; the previous file was kept as %4")
                                         .arg(path).arg(store->m_migratedFrom).arg(SchemaVersion).arg(store->m_backupPath),
                                     path);
        issue.severity = Issue::Severity::Info;
        result.issues << issue;
    }
    result.sources = store->checkSources();
    result.issues << sourceIssues(result.sources, store->m_content, path);
    result.store = std::move(store);
    return result;
}

QString ProjectStore::folder() const
{
    return QFileInfo(m_path).absolutePath();
}

bool ProjectStore::isModified() const
{
    return m_changes->any();
}

void ProjectStore::setTitle(const QString &title)
{
    if (title == m_content.title)
        return;
    m_content.title = title;
    m_changes->meta = true;
}

ProjectLayer *ProjectStore::layer(qint64 id)
{
    for (ProjectLayer &l : m_content.layers)
        if (l.id == id)
            return &l;
    return nullptr;
}

qint64 ProjectStore::addLayer(const QString &sourcePath, const QString &layerName, const QString &name, bool embed,
                              IssueList *issues)
{
    ProjectLayer l;
    l.layerName = layerName;
    if (const QString reference = BundledData::referenceOf(sourcePath); !reference.isEmpty() && !embed) {
        // Shipped with CityAtlas: named so that the project opens wherever CityAtlas is installed.
        QString error;
        // However the path was spelt ("/vsizip//x.zip/y", "/./vsizip/x.zip/y"), the file is the dataset's.
        l.sha256 = SourcePaths::sha256(BundledData::fileOnDisk(BundledData::pathOf(reference)), &l.sizeBytes, &error);
        if (l.sha256.isEmpty()) {
            *issues << Issue::error(error, sourcePath);
            return 0;
        }
        l.sourcePath = reference;
        l.id = ++m_lastLayerId;
        l.name = !name.isEmpty() ? name : QFileInfo(reference.mid(reference.indexOf(u':') + 1)).completeBaseName();
        m_content.layers.append(l);
        m_changes->layers = true;
        return l.id;
    }
    const SourcePaths::Kind kind = SourcePaths::classify(sourcePath);
    if (kind == SourcePaths::Kind::Invalid) {
        *issues << Issue::error(Tr::tr("'%1' is not a usable file path").arg(sourcePath), sourcePath);
        return 0;
    }
    QByteArray bytes;
    if (kind == SourcePaths::Kind::Remote) {
        if (!m_options.allowRemote || embed) {
            *issues << Issue::error(embed && m_options.allowRemote
                                        ? Tr::tr("'%1' is a remote source and cannot be embedded").arg(sourcePath)
                                        : remoteRefused(sourcePath), sourcePath);
            return 0;
        }
        // A database connection is recorded without its password (PostgisSource).
        l.sourcePath = PostgisSource::withoutPassword(sourcePath.trimmed());
    } else {
        const QString absolute = QFileInfo(sourcePath).absoluteFilePath();
        QString error;
        if (embed) {
            const QFileInfo info(absolute);
            if (!info.isFile() || info.size() > MaxEmbeddedBytes) {
                *issues << Issue::error(info.isFile() ? Tr::tr("%1: larger than 512 MB; link it instead of embedding it").arg(sourcePath)
                                                      : Tr::tr("%1: no such file").arg(sourcePath), sourcePath);
                return 0;
            }
            QFile file(absolute);
            if (!file.open(QIODevice::ReadOnly)) {
                *issues << Issue::error(Tr::tr("%1: cannot be read: %2").arg(sourcePath, file.errorString()), sourcePath);
                return 0;
            }
            bytes = file.readAll();
            l.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            l.sizeBytes = bytes.size();
        } else {
            l.sha256 = SourcePaths::sha256(absolute, &l.sizeBytes, &error);
            if (l.sha256.isEmpty()) {
                *issues << Issue::error(error, sourcePath);
                return 0;
            }
        }
        l.sourcePath = SourcePaths::toStored(absolute, folder());
    }
    l.id = ++m_lastLayerId;
    l.name = !name.isEmpty() ? name : !layerName.isEmpty() ? layerName : QFileInfo(l.sourcePath).completeBaseName();
    l.hasEmbeddedCopy = embed;
    m_content.layers.append(l);
    m_changes->layers = true;
    if (embed)
        m_changes->embeds.insert(l.id, bytes);
    return l.id;
}

void ProjectStore::setLayerOrder(const QList<qint64> &layerIds)
{
    QList<ProjectLayer> ordered;
    for (qint64 id : layerIds)
        if (const ProjectLayer *l = layer(id); l && !std::any_of(ordered.cbegin(), ordered.cend(), [id](const ProjectLayer &o) { return o.id == id; }))
            ordered.append(*l);
    for (const ProjectLayer &l : m_content.layers)
        if (!std::any_of(ordered.cbegin(), ordered.cend(), [&](const ProjectLayer &o) { return o.id == l.id; }))
            ordered.append(l);
    if (ordered == m_content.layers)
        return;
    m_content.layers = ordered;
    m_changes->layers = true;
}

void ProjectStore::setLayerText(qint64 layerId, QString ProjectLayer::*member, const QString &value)
{
    ProjectLayer *l = layer(layerId);
    if (!l || l->*member == value)
        return;
    l->*member = value;
    m_changes->layers = true;
}

void ProjectStore::setLayerEncoding(qint64 layerId, const QString &encoding)
{
    setLayerText(layerId, &ProjectLayer::encoding, encoding);
}

void ProjectStore::setLayerName(qint64 layerId, const QString &name)
{
    setLayerText(layerId, &ProjectLayer::name, name);
}

void ProjectStore::setLayerFields(qint64 layerId, const QString &json)
{
    setLayerText(layerId, &ProjectLayer::fieldsJson, json);
}

void ProjectStore::setLayerView(qint64 layerId, const QString &json)
{
    setLayerText(layerId, &ProjectLayer::viewJson, json);
}

void ProjectStore::setCurrentLayer(qint64 layerId)
{
    if (m_content.currentLayerId == layerId)
        return;
    m_content.currentLayerId = layerId;
    m_changes->meta = true;
}

bool ProjectStore::removeLayer(qint64 layerId)
{
    const auto removed = m_content.layers.removeIf([&](const ProjectLayer &l) { return l.id == layerId; });
    if (removed == 0)
        return false;
    if (m_content.joins.removeIf([&](const ProjectJoin &j) { return j.layerId == layerId; }) > 0)
        m_changes->joins = true;
    if (m_content.styles.removeIf([&](const LayerStyle &s) { return s.layerId == layerId; }) > 0)
        m_changes->styles = true;
    m_changes->removedLayers.append(layerId);
    m_changes->embeds.remove(layerId);
    m_changes->layers = true;
    return true;
}

namespace {

// A stored path ("FILE" or "FILE:LAYER") of a project in `from`, as a project in `to` stores it.
QString rebased(const QString &stored, const QString &from, const QString &to)
{
    if (SourcePaths::classify(stored) != SourcePaths::Kind::Local)
        return stored;
    return SourcePaths::toStored(SourcePaths::resolve(stored, from), to);
}

} // namespace

IssueList ProjectStore::writeCopy(const QString &targetPath) const
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    const QString temporary = target + u".tmp"_s;
    ProjectFiles::remove(temporary);
    QString error;
    if (!m_file->backupTo(temporary, &error)) {
        ProjectFiles::remove(temporary);
        return {Issue::error(Tr::tr("%1: cannot write a copy of the project: %2").arg(target, error), target)};
    }
    IssueList issues;
    {
        ProjectSnapshot snapshot;
        const std::unique_ptr<ProjectFile> copy = ProjectFile::open(temporary, &snapshot, &issues);
        if (!copy) {
            ProjectFiles::remove(temporary);
            return issues;
        }
        ProjectContent content = m_content;
        ProjectChanges changes = *m_changes;
        const QString to = QFileInfo(target).absolutePath();
        if (to != folder()) {
            for (ProjectLayer &l : content.layers)
                l.sourcePath = rebased(l.sourcePath, folder(), to);
            for (ProjectJoin &j : content.joins)
                j.tablePath = rebased(j.tablePath, folder(), to);
            changes.layers = changes.joins = true;
        }
        if (!copy->save(content, changes, &error)) {
            ProjectFiles::remove(temporary);
            return {Issue::error(error, target)};
        }
    } // closing the copy folds its log into the file
    ProjectFiles::removeSidecars(target); // a log left by an old file there must not replay onto the new one
    std::error_code code;
    std::filesystem::rename(temporary.toStdString(), target.toStdString(), code); // atomic: old file or new
    if (code) {
        ProjectFiles::remove(temporary);
        return {Issue::error(Tr::tr("%1: cannot be written: %2").arg(target, QString::fromStdString(code.message())), target)};
    }
    return {};
}

IssueList ProjectStore::setEmbedded(qint64 layerId, bool embed)
{
    ProjectLayer *l = layer(layerId);
    if (!l)
        return {Issue::error(Tr::tr("%1: no layer with id %2").arg(m_path).arg(layerId), m_path)};
    if (!embed) {
        if (l->hasEmbeddedCopy) {
            l->hasEmbeddedCopy = false;
            m_changes->embeds.insert(layerId, QByteArray());
            m_changes->layers = true;
        }
        return {};
    }
    const SourceCheck check = checkSource(*l, -1, nullptr); // the file is read below: no checksum here
    const QFileInfo info(check.resolvedPath);
    if (check.resolvedPath.isEmpty() || !info.isFile())
        return {Issue::error(Tr::tr("%1, layer '%2': only a local file can be embedded (%3)")
                                 .arg(m_path, l->name, check.message.isEmpty() ? l->sourcePath : check.message), m_path)};
    if (info.size() > MaxEmbeddedBytes)
        return {Issue::error(Tr::tr("%1: larger than 512 MB; link it instead of embedding it").arg(check.resolvedPath), m_path)};
    if (info.suffix().compare(u"shp"_s, Qt::CaseInsensitive) == 0)
        return {Issue::error(Tr::tr("%1: a Shapefile is several files (.shp, .shx, .dbf, .prj, .cpg), and only one "
                                         "can be embedded; convert it to a GeoPackage to embed it").arg(check.resolvedPath), m_path)};
    QFile file(check.resolvedPath);
    if (!file.open(QIODevice::ReadOnly))
        return {Issue::error(Tr::tr("%1: cannot be read: %2").arg(check.resolvedPath, file.errorString()), m_path)};
    const QByteArray bytes = file.readAll();
    const QString sum = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    IssueList issues;
    if (!l->sha256.isEmpty() && sum != l->sha256)
        issues << Issue::warning(Tr::tr("%1 has changed since it was added (SHA-256 differs); the copy embedded is the file as it is now")
                                     .arg(check.resolvedPath), m_path);
    l->sha256 = sum;
    l->sizeBytes = bytes.size();
    l->hasEmbeddedCopy = true;
    m_changes->embeds.insert(layerId, bytes);
    m_changes->layers = true;
    return issues;
}

IssueList ProjectStore::relocate(qint64 layerId, const QString &newPath)
{
    ProjectLayer *l = layer(layerId);
    if (!l)
        return {Issue::error(Tr::tr("%1: no layer with id %2").arg(m_path).arg(layerId), m_path)};
    const SourcePaths::Kind kind = SourcePaths::classify(newPath);
    if (kind == SourcePaths::Kind::Invalid)
        return {Issue::error(Tr::tr("'%1' is not a usable file path").arg(newPath), newPath)};
    IssueList issues;
    if (kind == SourcePaths::Kind::Remote) {
        if (!m_options.allowRemote)
            return {Issue::error(remoteRefused(newPath), newPath)};
        l->sourcePath = PostgisSource::withoutPassword(newPath.trimmed());
        l->sha256.clear();
        l->sizeBytes = -1;
    } else {
        const QString absolute = QFileInfo(newPath).absoluteFilePath();
        QString error;
        qint64 size = -1;
        const QString sum = SourcePaths::sha256(absolute, &size, &error);
        if (sum.isEmpty())
            return {Issue::error(error, newPath)};
        if (!l->sha256.isEmpty() && sum != l->sha256) {
            Issue issue = Issue::warning(Tr::tr("%1: differs from the file recorded for layer '%2' (SHA-256 %3…, was %4…); "
                                                     "the new checksum is recorded")
                                             .arg(newPath, l->name, sum.left(12), l->sha256.left(12)), newPath);
            issue.layer = l->name;
            issues << issue;
        }
        l->sourcePath = SourcePaths::toStored(absolute, folder());
        l->sha256 = sum;
        l->sizeBytes = size;
    }
    m_changes->layers = true;
    return issues;
}

SourceCheck ProjectStore::checkSource(const ProjectLayer &l, qint64 hashLimit, Feedback *feedback) const
{
    SourceCheck check;
    check.layerId = l.id;
    switch (SourcePaths::classify(l.sourcePath)) {
    case SourcePaths::Kind::Invalid:
        check.status = SourceStatus::Blocked;
        check.message = Tr::tr("the stored path is empty or has control characters; it is not used");
        return check;
    case SourcePaths::Kind::Remote:
        check.status = m_options.allowRemote ? SourceStatus::Remote : SourceStatus::Blocked;
        check.message = m_options.allowRemote ? Tr::tr("remote source %1, allowed; not checked").arg(l.sourcePath)
                                              : remoteRefused(l.sourcePath);
        return check;
    case SourcePaths::Kind::Bundled:
        check.resolvedPath = SourcePaths::resolve(l.sourcePath, folder());
        if (check.resolvedPath.isEmpty()) {
            check.status = SourceStatus::Missing;
            check.message = Tr::tr("%1 is not among the datasets of this CityAtlas; relocate the layer").arg(l.sourcePath);
            return check;
        }
        break;
    case SourcePaths::Kind::Local:
        check.resolvedPath = SourcePaths::resolve(l.sourcePath, folder());
        check.outsideProjectFolder = SourcePaths::isOutside(check.resolvedPath, folder());
        break;
    }
    check.status = localFileStatus(check.resolvedPath, &check.message);
    if (check.status == SourceStatus::Missing)
        check.message = l.hasEmbeddedCopy ? Tr::tr("%1 is missing; the project holds an embedded copy").arg(check.resolvedPath)
                                          : Tr::tr("%1 is missing; relocate the layer").arg(check.resolvedPath);
    if (check.status != SourceStatus::Ok)
        return check;
    // The file itself: for a bundled dataset inside a zip archive, the archive.
    const QString file = BundledData::fileOnDisk(check.resolvedPath);
    const QFileInfo info(file);
    if (l.sizeBytes >= 0 && !l.sha256.isEmpty() && info.size() != l.sizeBytes) {
        check.status = SourceStatus::Changed;
        check.message = Tr::tr("%1 has changed since it was added (%2 bytes, was %3)")
                            .arg(check.resolvedPath).arg(info.size()).arg(l.sizeBytes);
        return check;
    }
    // A large file is not read on every open: its size (compared above) stands for it until
    // the user verifies it.
    if (info.size() > hashLimit) {
        check.status = SourceStatus::Unverified;
        check.message = l.sha256.isEmpty()
            ? Tr::tr("no checksum recorded for %1; relocate the layer to record one").arg(check.resolvedPath)
            : Tr::tr("%1 is not verified: %2, more than the %3 checked when a project opens; its size is the one "
                          "recorded. Verify it on demand (File > Verify Layer Files, or cityatlas-cli project verify)")
                  .arg(check.resolvedPath, InputFile::sizeText(info.size()), InputFile::sizeText(hashLimit));
        return check;
    }
    QString error;
    const QString sum = SourcePaths::sha256(file, nullptr, &error, feedback);
    if (sum.isEmpty() && feedback && feedback->isCanceled()) {
        check.status = SourceStatus::Unverified;
        check.message = Tr::tr("%1 is not verified: the verification was cancelled").arg(check.resolvedPath);
    } else if (sum.isEmpty()) {
        check.status = SourceStatus::Unreadable;
        check.message = error;
    } else if (l.sha256.isEmpty()) {
        check.status = SourceStatus::Unverified;
        check.message = Tr::tr("no checksum recorded for %1; relocate the layer to record one").arg(check.resolvedPath);
    } else if (sum != l.sha256) {
        check.status = SourceStatus::Changed;
        check.message = Tr::tr("%1 has changed since it was added (SHA-256 differs)").arg(check.resolvedPath);
    }
    return check;
}

QString ProjectStore::openablePath(const QString &stored, QString *why) const
{
    const SourcePaths::Kind kind = SourcePaths::classify(stored);
    if (kind != SourcePaths::Kind::Local && kind != SourcePaths::Kind::Bundled) {
        if (m_options.allowRemote && kind == SourcePaths::Kind::Remote)
            return stored;
        *why = Tr::tr("'%1' is not a local file; such files are not read from a project unless remote sources are allowed").arg(stored);
        return {};
    }
    const QString spec = SourcePaths::resolve(stored, folder());
    return localFileStatus(VectorReader::splitLayerSpec(spec).first, why) == SourceStatus::Ok ? spec : QString();
}

// Whether a local dataset (a bundled one inside a zip archive: the archive) may be read
// from this project: Ok, Missing, NotAFile or Blocked (a format that reaches further), with why.
SourceStatus ProjectStore::localFileStatus(const QString &path, QString *why) const
{
    const QFileInfo info(BundledData::fileOnDisk(path));
    if (!info.exists()) {
        *why = Tr::tr("%1 is missing").arg(path);
        return SourceStatus::Missing;
    }
    if (!info.isFile()) {
        *why = Tr::tr("%1 is not a regular file (a folder, device or pipe); it is not read").arg(path);
        return SourceStatus::NotAFile;
    }
    if (!m_options.allowRemote)
        *why = SourceFormat::projectRefusal(path);
    return why->isEmpty() ? SourceStatus::Ok : SourceStatus::Blocked;
}

QStringList ProjectStore::inputFiles() const
{
    QStringList files{m_path};
    const auto add = [&](const QString &stored) {
        const SourcePaths::Kind kind = SourcePaths::classify(stored);
        if (kind == SourcePaths::Kind::Local || kind == SourcePaths::Kind::Bundled)
            if (const QString path = SourcePaths::resolve(stored, folder()); !path.isEmpty())
                files << path;
    };
    for (const ProjectLayer &l : m_content.layers)
        add(l.sourcePath);
    for (const ProjectJoin &j : m_content.joins)
        add(j.tablePath);
    return files;
}

QList<SourceCheck> ProjectStore::checkSources() const
{
    QList<SourceCheck> checks;
    for (const ProjectLayer &l : m_content.layers)
        checks.append(checkSource(l, m_options.hashOnOpenBytes, nullptr));
    return checks;
}

QList<SourceCheck> ProjectStore::verifySources(Feedback *feedback) const
{
    // Each file's progress as its share of all the layers.
    class LayerProgress : public Feedback
    {
    public:
        LayerProgress(Feedback *outer, qsizetype count) : m_outer(outer), m_count(double(std::max<qsizetype>(count, 1))) {}
        bool isCanceled() const override { return m_outer && m_outer->isCanceled(); }
        void setProgress(double percent) override
        {
            if (m_outer)
                m_outer->setProgress((double(index) + percent / 100.0) * 100.0 / m_count);
        }
        qsizetype index = 0;

    private:
        Feedback *m_outer;
        double m_count;
    };
    LayerProgress progress(feedback, m_content.layers.size());
    QList<SourceCheck> checks;
    for (const ProjectLayer &l : m_content.layers) {
        checks.append(checkSource(l, std::numeric_limits<qint64>::max(), &progress));
        ++progress.index;
        progress.setProgress(0.0);
    }
    return checks;
}

IssueList ProjectStore::sourceIssues(const QList<SourceCheck> &checks, const ProjectContent &content, const QString &file)
{
    IssueList issues;
    for (const SourceCheck &check : checks) {
        QString name;
        for (const ProjectLayer &l : content.layers)
            if (l.id == check.layerId)
                name = l.name;
        QString message = check.message;
        if (check.outsideProjectFolder && check.status != SourceStatus::Ok)
            message += Tr::tr(" (outside the project's folder)");
        if (message.isEmpty())
            continue;
        Issue issue = Issue::warning(Tr::tr("%1, layer '%2': %3").arg(file, name, message), file);
        if (check.status == SourceStatus::Unverified || check.status == SourceStatus::Remote)
            issue.severity = Issue::Severity::Info;
        issue.layer = name;
        issues << issue;
    }
    return issues;
}

QByteArray ProjectStore::embeddedCopy(qint64 layerId, QString *error) const
{
    if (const auto it = m_changes->embeds.constFind(layerId); it != m_changes->embeds.cend()) {
        if (it->isNull())
            *error = Tr::tr("layer %1 has no embedded copy").arg(layerId);
        return *it;
    }
    return m_file->embeddedCopy(layerId, error);
}

IssueList ProjectStore::extractEmbeddedCopy(qint64 layerId, const QString &targetPath)
{
    QString error;
    const QByteArray bytes = embeddedCopy(layerId, &error);
    if (bytes.isNull())
        return {Issue::error(Tr::tr("%1: %2").arg(m_path, error), m_path)};
    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {Issue::error(Tr::tr("%1: cannot be written: %2").arg(targetPath, file.errorString()), targetPath)};
    return relocate(layerId, targetPath);
}

qint64 ProjectStore::addJoin(const ProjectJoin &join, IssueList *issues)
{
    if (!layer(join.layerId)) {
        *issues << Issue::error(Tr::tr("%1: no layer with id %2 to join to").arg(m_path).arg(join.layerId), m_path);
        return 0;
    }
    if (join.match != u"code"_s && join.match != u"name"_s) {
        *issues << Issue::error(Tr::tr("join match '%1': expected 'code' or 'name'").arg(join.match), m_path);
        return 0;
    }
    ProjectJoin j = join;
    j.id = ++m_lastJoinId;
    m_content.joins.append(j);
    m_changes->joins = true;
    return j.id;
}

bool ProjectStore::removeJoin(qint64 joinId)
{
    if (m_content.joins.removeIf([&](const ProjectJoin &j) { return j.id == joinId; }) == 0)
        return false;
    m_changes->joins = true;
    return true;
}

void ProjectStore::setStyle(qint64 layerId, const QString &json)
{
    auto it = std::find_if(m_content.styles.begin(), m_content.styles.end(),
                           [&](const LayerStyle &s) { return s.layerId == layerId; });
    if (it != m_content.styles.end())
        it->json = json;
    else
        m_content.styles.append({layerId, json});
    std::sort(m_content.styles.begin(), m_content.styles.end(),
              [](const LayerStyle &a, const LayerStyle &b) { return a.layerId < b.layerId; });
    m_changes->styles = true;
}

qint64 ProjectStore::addAnalysisRun(const AnalysisRun &run)
{
    AnalysisRun r = run;
    r.id = ++m_lastRunId;
    if (r.createdAt.isEmpty())
        r.createdAt = nowUtc();
    m_content.analysisRuns.append(r);
    m_changes->runs = true;
    return r.id;
}

qint64 ProjectStore::recordAnalysisRun(const AnalysisRun &run)
{
    for (const AnalysisRun &r : m_content.analysisRuns)
        if (r.kind == run.kind && r.parametersJson == run.parametersJson && r.resultsJson == run.resultsJson)
            return r.id; // the same result again: nothing changes
    m_content.analysisRuns.removeIf([&](const AnalysisRun &r) { return r.kind == run.kind && r.parametersJson == run.parametersJson; });
    return addAnalysisRun(run);
}

bool ProjectStore::removeAnalysisRun(qint64 runId)
{
    const bool removed = m_content.analysisRuns.removeIf([&](const AnalysisRun &r) { return r.id == runId; }) > 0;
    m_changes->runs = m_changes->runs || removed;
    return removed;
}

qint64 ProjectStore::addFigure(const FigureDefinition &figure)
{
    FigureDefinition f = figure;
    f.id = ++m_lastFigureId;
    m_content.figures.append(f);
    m_changes->figures = true;
    return f.id;
}

qint64 ProjectStore::recordFigure(const FigureDefinition &figure)
{
    m_content.figures.removeIf([&](const FigureDefinition &f) { return f.name == figure.name; });
    return addFigure(figure);
}

bool ProjectStore::removeFigure(qint64 figureId)
{
    const bool removed = m_content.figures.removeIf([&](const FigureDefinition &f) { return f.id == figureId; }) > 0;
    m_changes->figures = m_changes->figures || removed;
    return removed;
}

qint64 ProjectStore::setReport(const QString &name, const QString &definitionJson)
{
    m_changes->reports = true;
    for (SavedReport &r : m_content.reports) {
        if (r.name == name) {
            r.definitionJson = definitionJson;
            return r.id;
        }
    }
    m_content.reports.append({++m_lastReportId, name, definitionJson});
    return m_lastReportId;
}

bool ProjectStore::removeReport(const QString &name)
{
    const bool removed = m_content.reports.removeIf([&](const SavedReport &r) { return r.name == name; }) > 0;
    m_changes->reports = m_changes->reports || removed;
    return removed;
}

const SavedReport *ProjectStore::report(const QString &name) const
{
    for (const SavedReport &r : m_content.reports)
        if (r.name == name)
            return &r;
    return nullptr;
}

bool ProjectStore::isIsoDate(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

std::optional<ReviewRecord> ProjectStore::reviewRecord(const QString &unitId) const
{
    for (const ReviewRecord &r : m_content.reviews)
        if (r.unitId == unitId)
            return r;
    return std::nullopt;
}

const KeptReviewRecord *ProjectStore::keptReviewRecord(const QString &unitId) const
{
    for (const KeptReviewRecord &k : m_content.keptReviews)
        if (k.record.unitId == unitId)
            return &k;
    return nullptr;
}

IssueList ProjectStore::setReviewRecord(const ReviewRecord &input, const QString &who)
{
    ReviewRecord record = input;
    record.unitId = record.unitId.trimmed();
    record.approvedOn = record.approvedOn.trimmed();
    if (who.trimmed().isEmpty())
        return {Issue::error(Tr::tr("a reviewer name is required: every change is recorded with who made it"))};
    if (record.unitId.isEmpty())
        return {Issue::error(Tr::tr("a review record needs a unit"))};
    if (const KeptReviewRecord *kept = keptReviewRecord(record.unitId))
        return {Issue::error(Tr::tr("unit %1: its record has the status '%2', which this version does not know "
                                         "(a newer CityAtlas wrote it); it is kept as it is and cannot be changed here")
                                 .arg(record.unitId, kept->status))};
    if (!record.approvedOn.isEmpty() && !isIsoDate(record.approvedOn))
        return {Issue::error(Tr::tr("unit %1: approval date '%2' is not a date in the form YYYY-MM-DD")
                                 .arg(record.unitId, record.approvedOn))};

    auto it = std::lower_bound(m_content.reviews.begin(), m_content.reviews.end(), record.unitId,
                               [](const ReviewRecord &r, const QString &id) { return r.unitId < id; });
    const bool exists = it != m_content.reviews.end() && it->unitId == record.unitId;
    const ReviewRecord before = exists ? *it : ReviewRecord{};
    const QString at = nowUtc();
    QList<AuditEntry> entries;
    const auto compare = [&](const char *field, const QString &oldValue, const QString &newValue) {
        if (exists && oldValue == newValue)
            return;
        if (!exists && newValue.isEmpty() && qstrcmp(field, "status") != 0)
            return;
        entries.append({0, at, who.trimmed(), record.unitId, QString::fromLatin1(field),
                        exists ? oldValue : QString(), newValue.isNull() ? u""_s : newValue});
    };
    compare("status", reviewStatusKey(before.status), reviewStatusKey(record.status));
    compare("document", before.document, record.document);
    compare("approved_on", before.approvedOn, record.approvedOn);
    compare("department", before.department, record.department);
    compare("reviewer", before.reviewer, record.reviewer);
    compare("notes", before.notes, record.notes);
    if (entries.isEmpty())
        return {};
    if (exists)
        *it = record;
    else
        m_content.reviews.insert(it, record);
    m_changes->reviews = true;
    m_changes->audit.append(entries);
    return {};
}

QList<AuditEntry> ProjectStore::auditTrail() const
{
    return m_savedAudit + m_changes->audit;
}

IssueList ProjectStore::save()
{
    if (!m_changes->any())
        return {};
    QString error;
    if (!m_file->save(m_content, *m_changes, &error))
        return {Issue::error(error, m_path)};
    m_savedAudit.append(m_changes->audit);
    for (ProjectLayer &l : m_content.layers)
        if (m_changes->embeds.contains(l.id))
            l.hasEmbeddedCopy = !m_changes->embeds.value(l.id).isNull();
    *m_changes = ProjectChanges();
    m_savedAt = nowUtc();
    return {};
}

QString ProjectStore::integrityCheck(const QString &path)
{
    return ProjectFile::integrityCheck(path);
}

} // namespace CityAtlas
