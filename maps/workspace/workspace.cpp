#include "maps/workspace/workspace.h"

#include "maps/data/bundleddata.h"
#include "maps/data/expression.h"
#include "maps/data/outputguard.h"
#include "maps/models/featureselection.h"
#include "maps/models/layerstackmodel.h"
#include "maps/project/projectfiles.h"
#include "maps/style/layerstyle.h"
#include "maps/style/stylecodec.h"
#include "maps/workspace/layerchangecommand.h"
#include "maps/workspace/projectsession.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <filesystem>
#include <numeric>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

QList<int> allRows(const FeatureTable &table)
{
    QList<int> rows(table.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

// The style a new layer starts with: the suggested one when its field is in the table, else
// the first numeric field classified the same way; no field (one colour) when there is none.
ChoroplethSpec initialSpec(const FeatureTable &table, const ChoroplethSpec &suggested)
{
    ChoroplethSpec spec = suggested;
    const int column = table.fieldIndex(suggested.field);
    if (column >= 0 && table.field(column).isNumeric())
        return spec;
    spec.field.clear();
    spec.breaks.clear();
    if (spec.method == ClassificationMethod::Manual || spec.method == ClassificationMethod::UniqueValues)
        spec.method = ClassificationMethod::Quantile;
    for (const Field &field : table.fields())
        if (field.isNumeric()) {
            spec.field = field.name;
            break;
        }
    return spec;
}

// The name a new layer shows: the project's (or the user's) name, else the bundled dataset's
// caption in the interface language, else the table's.
QString layerName(const FeatureTable &table, const LayerRecipe &recipe)
{
    if (!recipe.name.isEmpty() && recipe.name != table.name())
        return recipe.name;
    if (const QString caption = BundledData::layerCaption(recipe.sourcePath); !caption.isEmpty())
        return caption;
    return table.name().isEmpty() ? table.sourcePath() : table.name();
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_layers(new LayerStackModel(this))
    , m_selection(new FeatureSelection(this))
    , m_undoStack(new QUndoStack(this))
    , m_session(new ProjectSession(this))
    , m_recordTimer(new QTimer(this))
{
    m_recordTimer->setSingleShot(true);
    m_recordTimer->setInterval(RecordDelayMs);
    connect(m_recordTimer, &QTimer::timeout, this, [this] {
        if (const IssueList issues = recordLayers(); !issues.isEmpty())
            emit problemsFound(issues);
    });
    connect(m_layers, &LayerStackModel::currentLayerChanged, this, &Workspace::followCurrentLayer);
    // Shown, hidden, faded, moved or removed in the layers panel: a change of the project.
    connect(m_layers, &QAbstractItemModel::dataChanged, this, &Workspace::scheduleRecord);
    connect(m_layers, &QAbstractItemModel::rowsMoved, this, &Workspace::scheduleRecord);
    connect(m_layers, &QAbstractItemModel::rowsRemoved, this, &Workspace::scheduleRecord);
    connect(m_layers, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            forgetLayer(m_layers->layer(row).id);
    });
    // A name typed in the layers panel is a step to undo like any other.
    connect(m_layers, &LayerStackModel::nameEdited, this, [this](const QString &id, const QString &before, const QString &after) {
        LayerState previous = state(id);
        previous.recipe.name = before;
        LayerState renamed = previous;
        renamed.recipe.name = after;
        m_undoStack->push(new LayerChangeCommand(this, id, previous, renamed, tr("Rename layer to %1").arg(after)));
    });
    connect(m_session, &ProjectSession::storeChanged, this, [this](ProjectStore *store) {
        emit projectChanged(store);
        emit runsChanged();
    });
    connect(m_session, &ProjectSession::modifiedChanged, this, &Workspace::modifiedChanged);
}

Workspace::~Workspace()
{
    m_recordTimer->stop();
    m_restoring = true; // closing records nothing
}

// ---- The current layer ----

std::shared_ptr<const FeatureTable> Workspace::currentTable() const
{
    const MapLayer *current = m_layers->currentLayer();
    return current ? current->table : nullptr;
}

std::shared_ptr<const MapStyle> Workspace::currentStyle() const
{
    const MapLayer *current = m_layers->currentLayer();
    return current ? current->style : nullptr;
}

ChoroplethSpec Workspace::styleSpec() const
{
    return m_specs.value(m_currentId);
}

LayerRecipe Workspace::recipe(const QString &layerId) const
{
    LayerRecipe recipe = m_recipes.value(layerId);
    if (const int row = m_layers->rowOf(layerId); row >= 0) {
        const MapLayer &layer = m_layers->layer(row);
        // A bundled map keeps no caption of one language: it shows in the language of the day.
        recipe.name = layer.name == BundledData::layerCaption(recipe.sourcePath) ? layer.table->name() : layer.name;
        recipe.visible = layer.visible;
        recipe.opacity = layer.opacity;
    }
    const ChoroplethSpec spec = m_specs.value(layerId);
    recipe.styleJson = spec.field.isEmpty() ? QString()
                                            : QString::fromUtf8(QJsonDocument(StyleCodec::toJson(spec)).toJson(QJsonDocument::Compact));
    return recipe;
}

QJsonObject Workspace::panelState(const QString &panel) const
{
    return m_recipes.value(m_currentId).view.value(panel).toObject();
}

void Workspace::followCurrentLayer()
{
    const MapLayer *current = m_layers->currentLayer();
    const QString id = current ? current->id : QString();
    if (id != m_currentId) {
        m_currentId = id;
        m_selection->clear(); // rows of another table
        emit currentLayerChanged();
        emit styleChanged(styleSpec());
    }
    emit currentTableChanged();
}

// ---- Changes ----

QString Workspace::addLayer(std::shared_ptr<const FeatureTable> table, const LayerRecipe &recipe, const ChoroplethSpec &suggested)
{
    if (!table)
        return {};
    IssueList issues;
    ChoroplethSpec spec = initialSpec(*table, suggested);
    if (!recipe.styleJson.isEmpty()) {
        QString error;
        if (const auto saved = StyleCodec::fromJson(QJsonDocument::fromJson(recipe.styleJson.toUtf8()).object(), &error))
            spec = *saved;
        else
            issues << Issue::warning(tr("The project's style of %1 is not used: %2").arg(recipe.name, error));
    }
    StyleResult style = spec.field.isEmpty() ? StyleResult{} : createStyle(*table, spec);
    if (!style.style)
        spec = {};
    issues << style.issues;
    LayerRecipe kept = recipe;
    kept.name = layerName(*table, recipe);
    kept.styleJson.clear(); // the spec is the style; recipe() writes it
    const QString id = m_layers->addLayer(std::move(table), std::move(style.style), false);
    m_layers->setName(0, kept.name);
    m_layers->setVisible(0, recipe.visible);
    m_layers->setOpacity(0, recipe.opacity);
    m_recipes.insert(id, kept);
    m_specs.insert(id, spec);
    m_layers->setCurrentRow(0);
    scheduleRecord();
    if (!issues.isEmpty())
        emit problemsFound(issues);
    return id;
}

void Workspace::removeLayer(const QString &layerId)
{
    m_layers->removeLayer(m_layers->rowOf(layerId));
}

void Workspace::setCurrentLayer(const QString &layerId)
{
    m_layers->setCurrentRow(m_layers->rowOf(layerId));
}

Workspace::LayerState Workspace::state(const QString &layerId) const
{
    const int row = m_layers->rowOf(layerId);
    LayerRecipe recipe = m_recipes.value(layerId);
    if (row >= 0)
        recipe.name = m_layers->layer(row).name;
    return {row >= 0 ? m_layers->layer(row).table : nullptr, recipe, m_specs.value(layerId)};
}

void Workspace::setState(const QString &layerId, const LayerState &state)
{
    const int row = m_layers->rowOf(layerId);
    if (row < 0 || !state.table)
        return; // the layer was removed since
    m_recipes.insert(layerId, state.recipe);
    m_specs.insert(layerId, state.spec);
    m_layers->setName(row, state.recipe.name);
    if (m_layers->layer(row).table != state.table)
        m_layers->setTable(row, state.table);
    if (const IssueList issues = restyle(row, state.spec); !issues.isEmpty())
        emit problemsFound(issues);
    if (layerId == m_currentId)
        emit styleChanged(state.spec);
    scheduleRecord();
}

void Workspace::pushChange(const QString &text, const QString &layerId, LayerState after)
{
    m_undoStack->push(new LayerChangeCommand(this, layerId, state(layerId), std::move(after), text));
}

IssueList Workspace::restyle(int row, const ChoroplethSpec &spec)
{
    const MapLayer &layer = m_layers->layer(row);
    if (spec.field.isEmpty())
        return {};
    StyleResult result = createStyle(*layer.table, spec);
    if (result.style)
        m_layers->setStyle(row, std::move(result.style));
    return result.issues;
}

IssueList Workspace::setStyle(const ChoroplethSpec &spec)
{
    const int row = m_layers->rowOf(m_currentId);
    if (row < 0)
        return {};
    if (spec == m_specs.value(m_currentId))
        return restyle(row, spec); // the same style on changed attributes: no step to undo
    const StyleResult result = spec.field.isEmpty() ? StyleResult{} : createStyle(*m_layers->layer(row).table, spec);
    if (!spec.field.isEmpty() && !result.style)
        return result.issues;
    LayerState after = state(m_currentId);
    after.spec = spec;
    pushChange(tr("Style %1").arg(BundledData::fieldCaption(spec.field)), m_currentId, after);
    return result.issues;
}

void Workspace::showStyle(std::shared_ptr<const MapStyle> style)
{
    m_layers->setStyle(m_layers->rowOf(m_currentId), std::move(style));
}

IssueList Workspace::addComputedField(const QString &name, const QString &expression)
{
    const auto table = currentTable();
    if (!table)
        return {Issue::error(tr("There is no layer to add the field %1 to.").arg(name))};
    const ExpressionResult result = evaluateExpression(*table, expression);
    if (!result.ok())
        return result.issues;
    auto edited = std::make_shared<FeatureTable>(*table);
    const ResultColumn column = result.resultColumn(name);
    edited->setResultColumn(column, allRows(*edited));
    LayerState after = state(m_currentId);
    after.table = edited;
    after.recipe.fields << LayerField::computed(column.field, expression);
    pushChange(tr("Compute field %1").arg(name), m_currentId, after);
    return result.issues;
}

void Workspace::addResultFields(const QList<int> &rows, const QList<ResultColumn> &columns, const QString &runKind)
{
    const auto table = currentTable();
    if (!table || columns.isEmpty())
        return;
    auto edited = std::make_shared<FeatureTable>(*table);
    LayerState after = state(m_currentId);
    QStringList names;
    for (const ResultColumn &column : columns) {
        edited->setResultColumn(column, rows);
        after.recipe.fields << LayerField::result(column, rows, runKind, edited->rowCount());
        names << column.field.name;
    }
    after.table = edited;
    pushChange(tr("Add fields %1").arg(names.join(u", "_s)), m_currentId, after);
}

bool Workspace::isAddedField(const QString &name) const
{
    const QList<LayerField> &fields = m_recipes.value(m_currentId).fields;
    return std::any_of(fields.cbegin(), fields.cend(), [&](const LayerField &f) { return f.field.name == name; });
}

bool Workspace::removeAddedField(const QString &name)
{
    const auto table = currentTable();
    if (!table || !isAddedField(name) || table->fieldIndex(name) < 0)
        return false;
    auto edited = std::make_shared<FeatureTable>(*table);
    edited->removeField(edited->fieldIndex(name));
    LayerState after = state(m_currentId);
    after.table = edited;
    after.recipe.fields.removeIf([&](const LayerField &f) { return f.field.name == name; });
    if (after.spec.field == name)
        after.spec = {};
    pushChange(tr("Remove field %1").arg(name), m_currentId, after);
    return true;
}

JoinReport Workspace::joinTable(const FeatureTable &table, const JoinStep &step)
{
    const auto current = currentTable();
    if (!current) {
        JoinReport report;
        report.error = tr("There is no layer to join %1 to.").arg(QFileInfo(step.tablePath).fileName());
        return report;
    }
    auto joined = std::make_shared<FeatureTable>(*current);
    const JoinReport report = TableJoin::apply(*joined, table, step.spec);
    if (!report.ok())
        return report;
    LayerState after = state(m_currentId);
    after.table = joined;
    JoinStep used = step;
    used.spec.match = report.matchUsed;
    after.recipe.joins << used;
    pushChange(tr("Join %1").arg(QFileInfo(step.tablePath).fileName()), m_currentId, after);
    return report;
}

void Workspace::renameLayer(const QString &layerId, const QString &name)
{
    LayerState after = state(layerId);
    if (!after.table || name.trimmed().isEmpty() || after.recipe.name == name)
        return;
    after.recipe.name = name;
    pushChange(tr("Rename layer to %1").arg(name), layerId, after);
}

void Workspace::setPanelState(const QString &panel, const QJsonObject &state)
{
    auto it = m_recipes.find(m_currentId);
    if (it == m_recipes.end() || it->view.value(panel).toObject() == state)
        return;
    it->view.insert(panel, state);
    scheduleRecord();
}

// ---- The project ----

ProjectStore *Workspace::project() const
{
    return m_session->store();
}

bool Workspace::hasUnsavedChanges()
{
    if (m_recordTimer->isActive())
        recordLayers();
    return m_session->hasUnsavedChanges();
}

void Workspace::scheduleRecord()
{
    if (project() && !m_restoring)
        m_recordTimer->start();
}

static IssueList recordInto(ProjectStore &store, const QList<LayerRecipe> &bottomUp, const LayerRecipe &current)
{
    IssueList issues;
    QList<qint64> order;
    for (const LayerRecipe &recipe : bottomUp) {
        if (recipe.isEmpty())
            continue;
        // A layer the user read from a remote source (a database) in this session: the project may name it.
        if (recipe.access == SourceAccess::RemoteAllowed)
            store.allowRemoteSources();
        issues << LayerRecipes::record(store, recipe);
        order << LayerRecipes::layerId(store, recipe);
    }
    store.setLayerOrder(order);
    store.setCurrentLayer(current.isEmpty() ? 0 : LayerRecipes::layerId(store, current));
    return issues;
}

IssueList Workspace::recordLayers()
{
    m_recordTimer->stop();
    ProjectStore *store = project();
    if (!store || m_restoring)
        return {};
    QList<LayerRecipe> bottomUp;
    for (int row = m_layers->layerCount() - 1; row >= 0; --row)
        bottomUp << recipe(m_layers->layer(row).id);
    const IssueList issues = recordInto(*store, bottomUp, currentRecipe());
    m_session->noteChange();
    return issues;
}

// A layer the user removes from the map leaves the project too, unless another layer of the
// map is made from the same file.
void Workspace::forgetLayer(const QString &layerId)
{
    const LayerRecipe removed = m_recipes.take(layerId);
    m_specs.remove(layerId);
    ProjectStore *store = project();
    if (!store || m_restoring || removed.isEmpty())
        return;
    for (auto it = m_recipes.cbegin(); it != m_recipes.cend(); ++it)
        if (it->sourcePath == removed.sourcePath && it->layerName == removed.layerName)
            return;
    store->removeLayer(LayerRecipes::layerId(*store, removed));
    m_session->noteChange();
}

void Workspace::recordRun(const AnalysisRun &run)
{
    if (ProjectStore *store = project()) {
        store->recordAnalysisRun(run);
        m_session->noteChange();
        emit runsChanged();
    }
}

void Workspace::recordFigure(const FigureDefinition &figure)
{
    if (ProjectStore *store = project()) {
        store->recordFigure(figure);
        m_session->noteChange();
    }
}

IssueList Workspace::save()
{
    IssueList issues = recordLayers();
    return issues << m_session->save();
}

QList<LayerRecipe> Workspace::adoptProject(std::unique_ptr<ProjectStore> store, const QList<SourceCheck> &sources, IssueList *issues)
{
    m_recordTimer->stop();
    m_restoring = true; // the layers shown before are not the project's: they leave without a trace
    while (m_layers->layerCount() > 0)
        m_layers->removeLayer(0);
    m_recipes.clear();
    m_specs.clear();
    m_undoStack->clear();
    m_restoring = false;
    m_session->setStore(std::move(store));
    return project() ? LayerRecipes::fromProject(*project(), sources, issues) : QList<LayerRecipe>{};
}

std::vector<LoadResult> Workspace::loadRecipes(const QList<LayerRecipe> &recipes, Feedback *feedback)
{
    std::vector<LoadResult> loaded;
    for (const LayerRecipe &recipe : recipes) {
        if (feedback && feedback->isCanceled())
            break;
        loaded.push_back(LayerRecipes::load(recipe, feedback));
    }
    return loaded;
}

IssueList Workspace::restoreLayers(std::vector<LoadResult> loaded, const QList<LayerRecipe> &recipes)
{
    IssueList issues;
    m_restoring = true; // what the project holds is shown as it is: nothing here changes it
    QString current;
    const qint64 currentInProject = project() ? project()->content().currentLayerId : 0;
    for (size_t i = 0; i < loaded.size() && qsizetype(i) < recipes.size(); ++i) {
        issues << loaded[i].issues;
        if (!loaded[i].table)
            continue;
        const LayerRecipe &recipe = recipes[qsizetype(i)];
        ChoroplethSpec suggested;
        suggested.field = recipe.isBundledProvinceMap() ? BundledData::densityField() : QString();
        const QString id = addLayer(std::move(loaded[i].table), recipe, suggested);
        if (project() && currentInProject != 0 && LayerRecipes::layerId(*project(), recipe) == currentInProject)
            current = id;
    }
    if (!current.isEmpty())
        setCurrentLayer(current);
    m_undoStack->clear();
    m_recordTimer->stop();
    m_restoring = false;
    return issues;
}

IssueList Workspace::openProjectNow(const QString &path, const ProjectOptions &options)
{
    ProjectStore::OpenResult opened = ProjectStore::open(path, options);
    if (!opened.store)
        return opened.issues;
    IssueList issues = opened.issues;
    const QList<LayerRecipe> recipes = adoptProject(std::move(opened.store), opened.sources, &issues);
    issues << restoreLayers(loadRecipes(recipes), recipes);
    return issues;
}

// Writes a project made now (or a copy) next to the target and renames it over the target:
// the file there is either the old one or the new one, never half of each.
static IssueList renameInto(const QString &temporary, const QString &target)
{
    ProjectFiles::removeSidecars(target); // a log of the old file must not replay onto the new one
    std::error_code code;
    std::filesystem::rename(temporary.toStdString(), target.toStdString(), code);
    if (code) {
        ProjectFiles::remove(temporary);
        return {Issue::error(Workspace::tr("%1: cannot be written: %2").arg(target, QString::fromStdString(code.message())), target)};
    }
    return {};
}

IssueList Workspace::newProject(const QString &path, bool replace)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(target) && !replace)
        return {Issue::error(tr("%1 exists already: choose another name, or replace it").arg(target), target)};
    const QString temporary = target + u".new"_s;
    ProjectFiles::remove(temporary);
    IssueList issues;
    {
        ProjectStore::OpenResult created = ProjectStore::create(temporary);
        if (!created.store)
            return created.issues;
        created.store->setTitle(QFileInfo(target).completeBaseName());
        QList<LayerRecipe> bottomUp;
        for (int row = m_layers->layerCount() - 1; row >= 0; --row)
            bottomUp << recipe(m_layers->layer(row).id);
        issues << recordInto(*created.store, bottomUp, currentRecipe());
        if (const IssueList saved = created.store->save(); hasErrors(saved)) {
            created.store.reset();
            ProjectFiles::remove(temporary);
            return issues << saved;
        }
    } // closed: its log is folded into the file
    if (const IssueList renamed = renameInto(temporary, target); hasErrors(renamed))
        return issues << renamed;
    ProjectFiles::remove(ProjectFiles::recoveryPath(target)); // of the project it replaced
    ProjectStore::OpenResult opened = ProjectStore::open(target);
    if (!opened.store)
        return issues << opened.issues;
    m_session->setStore(std::move(opened.store));
    return issues;
}

IssueList Workspace::saveAs(const QString &path)
{
    ProjectStore *current = project();
    const QString target = QFileInfo(path).absoluteFilePath();
    if (!current)
        return newProject(target, true);
    if (OutputGuard::resolved(target) == OutputGuard::resolved(current->path()))
        return save();
    // Never over one of the project's own layers or tables.
    if (const QString problem = OutputGuard::inputConflict(target, current->inputFiles().mid(1)); !problem.isEmpty())
        return {Issue::error(problem, target)};
    IssueList issues = recordLayers();
    // The project with every unsaved change, in a new file; the old project stays as saved.
    if (const IssueList written = current->writeCopy(target); hasErrors(written))
        return issues << written;
    ProjectFiles::remove(ProjectFiles::recoveryPath(current->path()));
    ProjectFiles::remove(ProjectFiles::recoveryPath(target)); // of the project it replaced
    ProjectStore::OpenResult opened = ProjectStore::open(target, current->options());
    if (!opened.store)
        return issues << opened.issues;
    m_session->setStore(std::move(opened.store));
    return issues;
}

void Workspace::closeProject()
{
    m_recordTimer->stop();
    m_session->setStore(nullptr);
}

} // namespace CityAtlas
