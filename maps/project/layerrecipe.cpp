#include "maps/project/layerrecipe.h"

#include "maps/data/bundleddata.h"
#include "maps/project/projectstore.h"
#include "maps/project/sourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of LayerRecipe.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::LayerRecipe)
};
} // namespace

namespace {

QString matchKey(JoinMatch match) { return match == JoinMatch::Name ? u"name"_s : u"code"_s; }

QString withLayer(const QString &path, const QString &layer) { return layer.isEmpty() ? path : path + u':' + layer; }

bool sameFile(const QString &a, const QString &b)
{
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) == QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

// The style row of a recipe: its style with how the layer is shown; empty when all is default.
QString drawingJson(const LayerRecipe &recipe)
{
    QJsonObject json = QJsonDocument::fromJson(recipe.styleJson.toUtf8()).object();
    if (!recipe.visible)
        json[u"visible"_s] = false;
    if (recipe.opacity < 1.0)
        json[u"opacity"_s] = recipe.opacity;
    return json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool isReadable(SourceStatus status)
{
    return status == SourceStatus::Ok || status == SourceStatus::Unverified || status == SourceStatus::Changed
        || status == SourceStatus::Remote;
}

} // namespace

bool LayerRecipe::isBundledProvinceMap() const
{
    return layerName.isEmpty() && sameFile(sourcePath, BundledData::provincesPath());
}

qint64 LayerRecipes::layerId(const ProjectStore &store, const LayerRecipe &recipe)
{
    for (const ProjectLayer &layer : store.content().layers)
        if (layer.layerName == recipe.layerName
            && sameFile(SourcePaths::resolve(layer.sourcePath, store.folder()), recipe.sourcePath))
            return layer.id;
    return 0;
}

IssueList LayerRecipes::record(ProjectStore &store, const LayerRecipe &recipe)
{
    IssueList issues;
    if (recipe.isEmpty())
        return issues;
    qint64 layerId = LayerRecipes::layerId(store, recipe);
    if (layerId == 0)
        layerId = store.addLayer(recipe.sourcePath, recipe.layerName, recipe.name, false, &issues);
    if (layerId == 0)
        return issues;
    store.setLayerEncoding(layerId, recipe.encoding);
    store.setLayerName(layerId, recipe.name);
    store.setLayerFields(layerId, LayerFields::toJson(recipe.fields));
    store.setLayerView(layerId, recipe.view.isEmpty() ? QString()
                                                      : QString::fromUtf8(QJsonDocument(recipe.view).toJson(QJsonDocument::Compact)));
    // The project's joins of this layer become the recipe's: new ones are added, undone ones removed.
    QList<ProjectJoin> wanted;
    for (const JoinStep &step : recipe.joins)
        wanted.append({0, layerId,
                       withLayer(SourcePaths::toStored(QFileInfo(step.tablePath).absoluteFilePath(), store.folder()), step.tableLayer),
                       step.spec.layerKey, step.spec.tableKey, matchKey(step.spec.match), step.spec.pivotField,
                       step.spec.pivotValues});
    const auto sameJoin = [](const ProjectJoin &a, const ProjectJoin &b) {
        return a.layerId == b.layerId && a.tablePath == b.tablePath && a.layerKey == b.layerKey && a.tableKey == b.tableKey
            && a.match == b.match && a.pivotField == b.pivotField && a.pivotPeriods == b.pivotPeriods;
    };
    const QList<ProjectJoin> existing = store.content().joins;
    for (const ProjectJoin &join : existing)
        if (join.layerId == layerId && std::none_of(wanted.cbegin(), wanted.cend(), [&](const ProjectJoin &w) { return sameJoin(w, join); }))
            store.removeJoin(join.id);
    for (const ProjectJoin &join : wanted)
        if (std::none_of(existing.cbegin(), existing.cend(), [&](const ProjectJoin &e) { return sameJoin(e, join); }))
            store.addJoin(join, &issues);
    if (const QString json = drawingJson(recipe); !json.isEmpty()) {
        const auto &styles = store.content().styles;
        const bool same = std::any_of(styles.cbegin(), styles.cend(),
                                      [&](const LayerStyle &s) { return s.layerId == layerId && s.json == json; });
        if (!same)
            store.setStyle(layerId, json);
    }
    return issues;
}

QList<LayerRecipe> LayerRecipes::fromProject(const ProjectStore &store, IssueList *issues)
{
    return fromProject(store, store.checkSources(), issues);
}

QList<LayerRecipe> LayerRecipes::fromProject(const ProjectStore &store, const QList<SourceCheck> &checks, IssueList *issues)
{
    QList<LayerRecipe> recipes;
    const ProjectContent &content = store.content();
    for (qsizetype i = 0; i < content.layers.size() && i < checks.size(); ++i) {
        const ProjectLayer &layer = content.layers[i];
        if (!isReadable(checks[i].status))
            continue; // ProjectStore::open reported why
        LayerRecipe recipe;
        recipe.sourcePath = checks[i].status == SourceStatus::Remote ? layer.sourcePath : checks[i].resolvedPath;
        recipe.layerName = layer.layerName;
        recipe.name = layer.name;
        recipe.encoding = layer.encoding;
        const QString where = Tr::tr("%1, layer '%2'").arg(store.path(), layer.name);
        recipe.fields = LayerFields::fromJson(layer.fieldsJson, issues, where);
        recipe.view = QJsonDocument::fromJson(layer.viewJson.toUtf8()).object();
        recipe.access = store.options().allowRemote ? SourceAccess::RemoteAllowed : SourceAccess::LocalOnly;
        for (const ProjectJoin &join : content.joins) {
            if (join.layerId != layer.id)
                continue;
            QString why;
            const QString table = store.openablePath(join.tablePath, &why);
            if (table.isEmpty()) {
                *issues << Issue::warning(Tr::tr("%1, layer '%2': the joined table is not read: %3")
                                              .arg(store.path(), layer.name, why), store.path());
                continue;
            }
            const auto [file, tableLayer] = VectorReader::splitLayerSpec(table);
            JoinSpec spec(join.layerKey, join.tableKey, join.match == u"name"_s ? JoinMatch::Name : JoinMatch::Code);
            spec.pivotField = join.pivotField;
            spec.pivotValues = join.pivotPeriods;
            recipe.joins.append({file, tableLayer, spec});
        }
        for (const LayerStyle &style : content.styles) {
            if (style.layerId != layer.id)
                continue;
            QJsonObject json = QJsonDocument::fromJson(style.json.toUtf8()).object();
            recipe.visible = json.take(u"visible"_s).toBool(true);
            recipe.opacity = std::clamp(json.take(u"opacity"_s).toDouble(1.0), 0.0, 1.0);
            recipe.styleJson = json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
        }
        recipes.append(recipe);
    }
    return recipes;
}

LoadResult LayerRecipes::load(const LayerRecipe &recipe, Feedback *feedback)
{
    LoadResult result = recipe.isBundledProvinceMap()
        ? BundledData::loadProvinceMap(feedback)
        : VectorReader::read(recipe.sourcePath, recipe.layerName, feedback, recipe.encoding, recipe.access);
    if (!result.table)
        return result;
    for (const JoinStep &step : recipe.joins) {
        if (feedback && feedback->isCanceled())
            return {nullptr, {Issue::error(Tr::tr("%1: loading was cancelled").arg(recipe.sourcePath), recipe.sourcePath)}};
        LoadResult table = VectorReader::read(step.tablePath, step.tableLayer, nullptr, {}, recipe.access);
        if (!table.table) {
            for (const Issue &issue : table.issues)
                result.issues << Issue::warning(Tr::tr("%1: not joined: %2").arg(recipe.sourcePath, issue.message), step.tablePath);
            continue;
        }
        const JoinReport report = TableJoin::apply(*result.table, *table.table, step.spec);
        if (!report.ok())
            result.issues << Issue::warning(Tr::tr("%1: %2 was not joined: %3")
                                                .arg(recipe.sourcePath, QFileInfo(step.tablePath).fileName(), report.error), step.tablePath);
    }
    result.issues << LayerFields::apply(*result.table, recipe.fields, recipe.name.isEmpty() ? recipe.sourcePath : recipe.name);
    return result;
}

} // namespace CityAtlas
