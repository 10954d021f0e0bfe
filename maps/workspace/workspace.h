#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"
#include "maps/data/tablejoin.h"
#include "maps/project/layerrecipe.h"
#include "maps/project/projectstore.h"
#include "maps/style/choropleth.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QTimer;
class QUndoStack;

namespace CityAtlas {

class FeatureSelection;
class LayerStackModel;
class MapStyle;
class ProjectSession;

// The document of the workbench: everything the user makes and changes, in one object that
// views observe and never own. It holds the layer stack (tables, styles, visibility,
// opacity, names), how each layer was made (its recipe: source, encoding, joins, added
// fields, style, panel choices), the current layer, the selection, the undo stack and the
// open project, into which every change is recorded once the user pauses.
//
// Each change a user makes is a call here; those that can be undone (style, computed and
// result fields, removed fields, joins, renames) are commands on the undo stack, one stack
// for the whole document. Runs on Qt Core/Gui only: it is tested without widgets.
class Workspace : public QObject
{
    Q_OBJECT

public:
    static constexpr int RecordDelayMs = 250;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    LayerStackModel *layers() const { return m_layers; }
    FeatureSelection *selection() const { return m_selection; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // ---- The current layer: the one the table, the analyses and the selection work on.
    QString currentLayerId() const { return m_currentId; }
    std::shared_ptr<const FeatureTable> currentTable() const;
    std::shared_ptr<const MapStyle> currentStyle() const;
    ChoroplethSpec styleSpec() const; // of the current layer; field empty: a single colour
    // How a layer was made and how it is shown now (name, visibility and opacity from the stack).
    LayerRecipe recipe(const QString &layerId) const;
    LayerRecipe currentRecipe() const { return recipe(m_currentId); }
    // What a panel chose for the current layer (empty when it chose nothing yet).
    QJsonObject panelState(const QString &panel) const;

    // ---- Changes.
    // Adds a layer on top, as the current one, styled by the recipe's style, else by
    // suggested (when its field is in the table), else by the table's first numeric field,
    // else one colour. Not an undo step: the layer is removed in the layers panel. Returns its id.
    QString addLayer(std::shared_ptr<const FeatureTable> table, const LayerRecipe &recipe,
                     const ChoroplethSpec &suggested = {});
    void removeLayer(const QString &layerId);
    void setCurrentLayer(const QString &layerId);
    // Undoable. The same spec again restyles (the attributes may have changed).
    IssueList setStyle(const ChoroplethSpec &spec);
    // A style that is no ChoroplethSpec (a LISA cluster map): shown on the current layer, not recorded.
    void showStyle(std::shared_ptr<const MapStyle> style);
    // Undoable: a field of the current layer computed by an expression (maps/data/expression.h),
    // kept in the project by its expression. Errors when the expression does not evaluate.
    IssueList addComputedField(const QString &name, const QString &expression);
    // Undoable: analysis results at the given rows of the current layer, kept with their values
    // and the kind of run that made them.
    void addResultFields(const QList<int> &rows, const QList<ResultColumn> &columns, const QString &runKind);
    // Undoable: takes away a field the user added (computed or results). False for others.
    bool removeAddedField(const QString &name);
    bool isAddedField(const QString &name) const;
    // Undoable: joins a table onto the current layer. The report says what matched.
    JoinReport joinTable(const FeatureTable &table, const JoinStep &step);
    // Undoable.
    void renameLayer(const QString &layerId, const QString &name);
    // Recorded, not undone: what a panel chose for the current layer.
    void setPanelState(const QString &panel, const QJsonObject &state);

    // ---- The open project.
    ProjectSession *session() const { return m_session; }
    ProjectStore *project() const;
    // Records what is pending first: true when the project has changes not saved.
    bool hasUnsavedChanges();
    // A new project at path holding the layers shown now; an existing file there is replaced
    // (atomically) only when replace is set.
    IssueList newProject(const QString &path, bool replace = false);
    // Makes an opened project the document's (its layers replace the ones shown) and returns
    // the recipes of its readable layers, bottom first, to load (LayerRecipes::load, off the
    // UI thread) and hand to restoreLayers().
    QList<LayerRecipe> adoptProject(std::unique_ptr<ProjectStore> store, const QList<SourceCheck> &sources, IssueList *issues);
    // Shows the loaded layers as the project has them (style, visibility, opacity, name) and
    // makes its current layer current again. Records nothing.
    IssueList restoreLayers(std::vector<LoadResult> loaded, const QList<LayerRecipe> &recipes);
    // Loads recipes in order (for a worker thread); stops early when cancelled.
    static std::vector<LoadResult> loadRecipes(const QList<LayerRecipe> &recipes, Feedback *feedback = nullptr);
    // Opens, adopts and restores in one go, on this thread (the command line, tests).
    IssueList openProjectNow(const QString &path, const ProjectOptions &options = {});
    IssueList save();
    // Writes the project with every unsaved change to path (replacing a file there atomically)
    // and continues there; with no project open, makes one. The old project stays as saved.
    IssueList saveAs(const QString &path);
    // Closes the project; its unsaved changes and their recovery copy are dropped.
    void closeProject();
    // Records the layers into the open project now (they are also recorded RecordDelayMs after each change).
    IssueList recordLayers();
    void recordRun(const AnalysisRun &run);
    void recordFigure(const FigureDefinition &figure);

signals:
    void currentLayerChanged();   // another layer is current (or none)
    void currentTableChanged();   // the current layer's attributes changed, or another layer is current
    void styleChanged(const CityAtlas::ChoroplethSpec &spec); // of the current layer
    void projectChanged(CityAtlas::ProjectStore *store); // another project (or none) is open
    void modifiedChanged(bool modified);
    void runsChanged();           // the project's analysis history changed
    void problemsFound(const CityAtlas::IssueList &issues); // warnings of a change, for the status bar

private:
    friend class LayerChangeCommand;
    // What an undo step puts back: the layer's table, how it was made and its style.
    struct LayerState
    {
        std::shared_ptr<const FeatureTable> table;
        LayerRecipe recipe;
        ChoroplethSpec spec;
    };
    LayerState state(const QString &layerId) const;
    void setState(const QString &layerId, const LayerState &state);
    void pushChange(const QString &text, const QString &layerId, LayerState after);
    IssueList restyle(int row, const ChoroplethSpec &spec);
    void followCurrentLayer();
    void forgetLayer(const QString &layerId);
    void scheduleRecord();
    void layersChanged();

    LayerStackModel *m_layers;
    FeatureSelection *m_selection;
    QUndoStack *m_undoStack;
    ProjectSession *m_session;
    QTimer *m_recordTimer;
    QHash<QString, LayerRecipe> m_recipes;     // by layer id (visibility and opacity live in the stack)
    QHash<QString, ChoroplethSpec> m_specs;    // by layer id
    QString m_currentId;
    bool m_restoring = false; // showing a project's layers as saved: record nothing
};

} // namespace CityAtlas
