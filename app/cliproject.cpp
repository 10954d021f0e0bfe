#include "app/cliproject.h"

#include "app/clishared.h"

#include "maps/data/bundleddata.h"
#include "maps/data/datasetinfo.h"
#include "maps/data/outputguard.h"
#include "maps/project/projectstore.h"
#include "maps/project/reviewcatalog.h"
#include "maps/project/reviewcoverage.h"
#include "maps/project/reviewcsv.h"
#include "maps/project/sourcepaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

// Opens a project for a command; on failure prints the reason and returns null (exit code 1).
std::unique_ptr<ProjectStore> openProject(const QString &path, bool allowRemote, IssueList *warnings)
{
    ProjectStore::OpenResult opened = ProjectStore::open(path, {allowRemote});
    if (!opened.store) {
        fail(firstErrorOrIssue(opened.issues));
        return nullptr;
    }
    if (warnings)
        *warnings = opened.issues;
    return std::move(opened.store);
}

// The bundled catalogue of units; on failure prints the reason and returns nothing (exit code 1).
std::optional<ReviewCatalog> loadCatalog()
{
    ReviewCatalog::LoadResult loaded = ReviewCatalog::loadBundled();
    if (!loaded.catalog)
        fail(firstErrorOrIssue(loaded.issues));
    return std::move(loaded.catalog);
}

QString reviewerName(const QCommandLineParser &parser)
{
    if (parser.isSet(u"reviewer"_s))
        return parser.value(u"reviewer"_s).trimmed();
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"unknown"_s : user;
}

QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? CliText::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
                                : CliText::tr("%1 kB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}

} // namespace

int projectNew(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(CliText::tr("project new: expected one FILE"));
    const QString path = parser.positionalArguments().first();
    const bool allowRemote = parser.isSet(u"allow-remote"_s);
    // Every layer is checked before the file is created.
    QList<std::pair<QString, QString>> layers;
    for (const QString &spec : parser.values(u"layer"_s)) {
        const auto [source, layer] = VectorReader::splitLayerSpec(spec);
        const SourcePaths::Kind kind = SourcePaths::classify(source);
        if (kind == SourcePaths::Kind::Remote && !allowRemote && BundledData::referenceOf(source).isEmpty())
            return fail(CliText::tr("project new: %1 is a remote or virtual source; pass --allow-remote to use it").arg(source));
        if (kind == SourcePaths::Kind::Local) {
            const DatasetInfo info = describeDataset(source, allowRemote ? SourceAccess::RemoteAllowed : SourceAccess::LocalOnly);
            if (!info.error.isEmpty())
                return fail(info.error);
            const bool found = layer.isEmpty() || std::any_of(info.layers.cbegin(), info.layers.cend(),
                                                              [&](const LayerInfo &l) { return l.name == layer; });
            if (!found)
                return fail(CliText::tr("%1: no layer named '%2'").arg(source, layer));
        }
        layers.append({source, layer});
    }
    // Schema, title and layers are written together: the file appears whole or not at all.
    const IssueList issues = ProjectStore::createComplete(path, {allowRemote}, [&](ProjectStore &store) {
        IssueList added;
        store.setTitle(parser.value(u"title"_s));
        for (const auto &[source, layer] : layers)
            store.addLayer(source, layer, {}, parser.isSet(u"embed"_s), &added);
        return added;
    });
    if (hasErrors(issues))
        return fail(firstErrorOrIssue(issues));
    printWarnings(issues);
    QTextStream(stdout) << CliText::tr("Created %1 (project schema %2) with %n layer(s).", nullptr, int(layers.size()))
                               .arg(path).arg(ProjectStore::SchemaVersion) << Qt::endl;
    return 0;
}

int projectInfo(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(CliText::tr("project info: expected one FILE"));
    IssueList warnings;
    const auto store = openProject(parser.positionalArguments().first(), parser.isSet(u"allow-remote"_s), &warnings);
    if (!store)
        return 1;
    const ProjectContent &c = store->content();
    const QList<SourceCheck> checks = store->checkSources();
    if (parser.isSet(u"json"_s)) {
        QJsonArray layers, runs, issues;
        for (qsizetype i = 0; i < c.layers.size(); ++i) {
            const ProjectLayer &l = c.layers[i];
            layers.append(QJsonObject{{u"id"_s, l.id}, {u"name"_s, l.name}, {u"source"_s, l.sourcePath}, {u"layer"_s, l.layerName},
                                      {u"resolvedPath"_s, checks[i].resolvedPath}, {u"status"_s, sourceStatusKey(checks[i].status)},
                                      {u"message"_s, checks[i].message}, {u"sha256"_s, l.sha256}, {u"sizeBytes"_s, l.sizeBytes},
                                      {u"embedded"_s, l.hasEmbeddedCopy}, {u"outsideProjectFolder"_s, checks[i].outsideProjectFolder}});
        }
        for (const AnalysisRun &r : c.analysisRuns)
            runs.append(QJsonObject{{u"id"_s, r.id}, {u"kind"_s, r.kind}, {u"createdAt"_s, r.createdAt}});
        for (const Issue &issue : warnings)
            issues.append(issue.message);
        printJson({{u"path"_s, store->path()}, {u"schemaVersion"_s, ProjectStore::SchemaVersion},
                   {u"migratedFrom"_s, store->migratedFromVersion()}, {u"backup"_s, store->backupPath()},
                   {u"title"_s, c.title}, {u"createdAt"_s, store->createdAt()}, {u"savedAt"_s, store->savedAt()},
                   {u"savedBy"_s, store->savedBy()}, {u"layers"_s, layers}, {u"joins"_s, c.joins.size()},
                   {u"styles"_s, c.styles.size()}, {u"analysisRuns"_s, runs}, {u"figures"_s, c.figures.size()},
                   {u"reviewRecords"_s, c.reviews.size()}, {u"auditEntries"_s, store->auditTrail().size()},
                   {u"issues"_s, issues}});
        return 0;
    }
    printWarnings(warnings);
    QTextStream out(stdout);
    out << store->path() << "\n";
    if (!c.title.isEmpty())
        out << "  " << CliText::tr("Title: %1").arg(c.title) << "\n";
    out << "  " << CliText::tr("Schema: %1").arg(ProjectStore::SchemaVersion);
    if (store->migratedFromVersion() > 0)
        out << " " << CliText::tr("(migrated from %1; previous file kept as %2)").arg(store->migratedFromVersion()).arg(store->backupPath());
    const auto known = [](const QString &text) { return text.isEmpty() ? u"–"_s : text; };
    out << "\n  " << CliText::tr("Created: %1; saved: %2 by %3").arg(known(store->createdAt()), known(store->savedAt()), known(store->savedBy()))
        << "\n";
    out << "  " << CliText::tr("Layers: %1").arg(c.layers.size()) << "\n";
    for (qsizetype i = 0; i < c.layers.size(); ++i) {
        const ProjectLayer &l = c.layers[i];
        out << "    " << padLeft(QString::number(l.id), 3) << "  " << padRight(l.name, 18) << " "
            << l.sourcePath << (l.layerName.isEmpty() ? QString() : u":"_s + l.layerName) << "  ["
            << sourceStatusKey(checks[i].status) << "]";
        if (!l.sha256.isEmpty())
            out << "  sha256 " << l.sha256.left(12) << "…";
        if (l.hasEmbeddedCopy)
            out << "  " << CliText::tr("embedded copy") << " " << sizeText(l.sizeBytes);
        out << "\n";
    }
    out << "  " << CliText::tr("Joins: %1, styles: %2, analysis runs: %3, figures: %4, review records: %5, audit entries: %6")
                       .arg(c.joins.size()).arg(c.styles.size()).arg(c.analysisRuns.size()).arg(c.figures.size())
                       .arg(c.reviews.size()).arg(store->auditTrail().size()) << Qt::endl;
    return 0;
}

int projectRelocate(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return fail(CliText::tr("project relocate: expected FILE, LAYER and PATH"));
    // As for project new: the new file must open (a VRT or GML only with --allow-remote).
    const bool allowRemote = parser.isSet(u"allow-remote"_s);
    if (SourcePaths::classify(args[2]) == SourcePaths::Kind::Local) {
        const DatasetInfo info = describeDataset(args[2], allowRemote ? SourceAccess::RemoteAllowed : SourceAccess::LocalOnly);
        if (!info.error.isEmpty())
            return fail(info.error);
    }
    auto store = openProject(args[0], allowRemote, nullptr);
    if (!store)
        return 1;
    qint64 id = 0;
    for (const ProjectLayer &l : store->content().layers)
        if (QString::number(l.id) == args[1] || l.name == args[1])
            id = l.id;
    if (id == 0)
        return fail(CliText::tr("%1: no layer '%2'").arg(args[0], args[1]));
    IssueList issues = store->relocate(id, args[2]);
    if (hasErrors(issues))
        return fail(firstErrorOrIssue(issues));
    printWarnings(issues);
    if (const IssueList saved = store->save(); !saved.isEmpty())
        return fail(firstErrorOrIssue(saved));
    QTextStream(stdout) << CliText::tr("Layer %1 now reads %2.").arg(args[1], args[2]) << Qt::endl;
    return 0;
}

int projectVerify(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(CliText::tr("project verify: expected one FILE"));
    const auto store = openProject(parser.positionalArguments().first(), parser.isSet(u"allow-remote"_s), nullptr);
    if (!store)
        return 1;
    const QList<SourceCheck> checks = store->verifySources();
    const QList<ProjectLayer> &layers = store->content().layers;
    bool failed = false;
    QJsonArray json;
    QTextStream out(stdout);
    for (qsizetype i = 0; i < layers.size() && i < checks.size(); ++i) {
        const SourceCheck &check = checks[i];
        failed = failed || !(check.status == SourceStatus::Ok || check.status == SourceStatus::Remote
                             || check.status == SourceStatus::Unverified);
        json.append(QJsonObject{{u"id"_s, layers[i].id}, {u"name"_s, layers[i].name}, {u"resolvedPath"_s, check.resolvedPath},
                                {u"status"_s, sourceStatusKey(check.status)}, {u"message"_s, check.message}});
        if (!parser.isSet(u"json"_s))
            out << padLeft(QString::number(layers[i].id), 3) << "  " << padRight(layers[i].name, 18) << " ["
                << sourceStatusKey(check.status) << "]" << (check.message.isEmpty() ? QString() : u"  "_s + check.message) << "\n";
    }
    if (parser.isSet(u"json"_s))
        printJson({{u"path"_s, store->path()}, {u"layers"_s, json}});
    out.flush();
    return failed ? 1 : 0;
}

int reviewImport(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 2)
        return fail(CliText::tr("review import: expected FILE and RECORDS"));
    const QString records = parser.positionalArguments().at(1);
    auto store = openProject(parser.positionalArguments().first(), false, nullptr);
    const auto catalog = store ? loadCatalog() : std::nullopt;
    if (!store || !catalog)
        return 1;
    const ReviewImportResult result = ReviewCsv::apply(*store, records, *catalog, reviewerName(parser));
    if (!result.ok()) {
        int bad = 0;
        QTextStream err(stderr);
        for (const Issue &issue : result.issues)
            if (issue.severity == Issue::Severity::Error && issue.row >= 0) {
                err << "cityatlas-cli: " << issue.message << Qt::endl;
                ++bad;
            }
        if (bad == 0)
            return fail(firstErrorOrIssue(result.issues));
        return fail(CliText::tr("%1: %2 of %3 rows are invalid; nothing was imported").arg(records).arg(bad).arg(result.rowCount));
    }
    if (const IssueList saved = store->save(); !saved.isEmpty())
        return fail(firstErrorOrIssue(saved));
    QTextStream(stdout) << CliText::tr("Imported %1 records from %2 (%3 changes recorded in the audit trail).")
                               .arg(result.records.size()).arg(records).arg(result.changes) << Qt::endl;
    return 0;
}

int reviewSummary(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(CliText::tr("review summary: expected one FILE"));
    auto store = openProject(parser.positionalArguments().first(), false, nullptr);
    const auto catalog = store ? loadCatalog() : std::nullopt;
    if (!store || !catalog)
        return 1;
    const ReviewCoverage::Baseline baseline = ReviewCoverage::loadBaseline(ReviewCoverage::bundledBaselinePath());
    const CoverageSummary summary = ReviewCoverage::summarize(store->content().reviews, *catalog, baseline);
    printWarnings(summary.issues);
    if (parser.isSet(u"json"_s)) {
        QJsonArray levels;
        for (const LevelCoverage &l : summary.levels) {
            QJsonObject o{{u"level"_s, reviewLevelKey(l.level)}, {u"name"_s, reviewLevelName(l.level)},
                          {u"planned"_s, l.planned}, {u"total"_s, l.total},
                          {u"share"_s, l.share() ? QJsonValue(*l.share()) : QJsonValue()},
                          {u"total_source"_s, l.totalFromBaseline ? u"published baseline"_s : u"unit list"_s}};
            if (l.baseline)
                o[u"baseline"_s] = QJsonObject{{u"planned"_s, l.baseline->planned}, {u"total"_s, l.baseline->total},
                                               {u"share"_s, l.baseline->share()}, {u"uncertain"_s, l.baseline->uncertain}};
            levels.append(o);
        }
        QTextStream(stdout) << QJsonDocument(levels).toJson(QJsonDocument::Indented);
        return 0;
    }
    QTextStream out(stdout);
    out << padRight(CliText::tr("Level"), 58) << padLeft(CliText::tr("Planned"), 8) << padLeft(CliText::tr("Total"), 7)
        << padLeft(CliText::tr("Share"), 8) << "   " << CliText::tr("Published (Figure 6)") << "\n";
    for (const LevelCoverage &l : summary.levels) {
        out << padRight(reviewLevelName(l.level), 58) << padLeft(QString::number(l.planned), 8)
            << padLeft(QString::number(l.total) + (l.totalFromBaseline ? u"*"_s : u" "_s), 7)
            << padLeft(l.share() ? QString::number(100.0 * *l.share(), 'f', 1) + u'%' : u"–"_s, 8) << "   ";
        if (l.baseline)
            out << l.baseline->planned << "/" << l.baseline->total << " = " << QString::number(100.0 * l.baseline->share(), 'f', 1)
                << "%" << (l.baseline->uncertain ? CliText::tr(" (uncertain reading)") : QString());
        out << "\n";
    }
    out << CliText::tr("* county level: the total is the one the paper publishes (Figure 6).") << Qt::endl;
    return 0;
}

int reviewExport(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 2)
        return fail(CliText::tr("review export: expected FILE and OUT.csv"));
    if (const QString problem = OutputGuard::check(parser.positionalArguments().at(1), {parser.positionalArguments().first()});
        !problem.isEmpty())
        return fail(problem);
    auto store = openProject(parser.positionalArguments().first(), false, nullptr);
    const auto catalog = store ? loadCatalog() : std::nullopt;
    if (!store || !catalog)
        return 1;
    const QString out = parser.positionalArguments().at(1);
    const QList<QStringList> rows = ReviewCsv::rows(store->content().reviews, *catalog, parser.isSet(u"all"_s));
    if (const QString error = ReviewCsv::write(out, ReviewCsv::header(), rows); !error.isEmpty())
        return fail(error);
    QTextStream(stdout) << CliText::tr("Wrote %1 rows to %2.").arg(rows.size()).arg(out) << Qt::endl;
    return 0;
}

int reviewAudit(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(CliText::tr("review audit: expected one FILE"));
    if (parser.isSet(u"out"_s))
        if (const QString problem = OutputGuard::check(parser.value(u"out"_s), parser.positionalArguments()); !problem.isEmpty())
            return fail(problem);
    IssueList warnings;
    auto store = openProject(parser.positionalArguments().first(), false, &warnings);
    if (!store)
        return 1;
    for (const Issue &issue : warnings) // a trail edited outside CityAtlas is worth saying here
        if (issue.message.contains(u"audit trail"_s))
            printWarnings({issue});
    const QList<AuditEntry> trail = store->auditTrail();
    if (parser.isSet(u"out"_s))
        if (const QString error = ReviewCsv::write(parser.value(u"out"_s), ReviewCsv::auditHeader(), ReviewCsv::auditRows(trail));
            !error.isEmpty())
            return fail(error);
    if (parser.isSet(u"json"_s)) {
        QJsonArray entries;
        for (const AuditEntry &e : trail)
            entries.append(QJsonObject{{u"id"_s, e.id}, {u"at"_s, e.at}, {u"who"_s, e.who}, {u"unit"_s, e.unitId},
                                       {u"field"_s, e.field}, {u"old"_s, e.oldValue.isNull() ? QJsonValue() : QJsonValue(e.oldValue)},
                                       {u"new"_s, e.newValue}});
        QTextStream(stdout) << QJsonDocument(entries).toJson(QJsonDocument::Indented);
        return 0;
    }
    QTextStream out(stdout);
    for (const AuditEntry &e : trail)
        out << e.at << "  " << padRight(e.who, 12) << " " << padRight(e.unitId, 7) << " " << padRight(e.field, 12) << " "
            << (e.oldValue.isNull() ? u"–"_s : u"'"_s + e.oldValue + u"'"_s) << " → '" << e.newValue << "'\n";
    out << CliText::tr("%1 entries").arg(trail.size()) << Qt::endl;
    return 0;
}

} // namespace CityAtlas::Cli
