#pragma once

#include "maps/data/featuretable.h"
#include "maps/data/vectorreader.h"
#include "maps/project/layerrecipe.h"
#include "maps/project/projecttypes.h"
#include "maps/style/choropleth.h"

#include <QHash>
#include <QKeySequence>
#include <QMainWindow>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;

namespace CityAtlas {

class AnalysisHistoryPanel;
class AttributeTable;
class ChoroplethControls;
class EvaluationPanel;
class FeatureSelection;
class FigureGallery;
class IdentifyPanel;
class ImbalancePanel;
class LabelsMenu;
class MapCanvas;
class ProjectStore;
class RecentProjectsMenu;
class ReviewPanel;
class SpatialPanel;

// The workbench window: a map canvas with its choropleth controls, menus and status bar.
// Features live in widgets/; the window only wires them together.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void loadDefaultMap();
    // Adds the layer on top of the others, as the current layer; then() runs once it shows.
    // encoding: of a Shapefile without .cpg (asked for when its text turns out not to be UTF-8).
    void openLayer(const QString &path, const QString &encoding = {}, const std::function<void()> &then = {});
    MapCanvas *canvas() const { return m_canvas; }
    ImbalancePanel *imbalancePanel() const { return m_imbalance; }
    SpatialPanel *spatialPanel() const { return m_spatial; }
    EvaluationPanel *evaluationPanel() const { return m_evaluation; }
    FigureGallery *figureGallery() const { return m_figures; }
    AttributeTable *attributeTable() const { return m_attributes; }
    FeatureSelection *selection() const { return m_selection; }
    ReviewPanel *reviewPanel() const { return m_review; }
    AnalysisHistoryPanel *historyPanel() const { return m_history; }
    QUndoStack *undoStack() const { return m_undoStack; }
    const ChoroplethSpec &styleSpec() const { return m_spec; }
    void showStyleDialog();
    // Opens a project (issue 6): offers a newer recovery copy, reports moved or changed layer
    // sources (with Relocate…), shows its review records and loads its first layer.
    bool openProject(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QDockWidget *addPanelDock(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area,
                              const QString &tabWith = {}, const QKeySequence &shortcut = {});
    void createAnalysisDocks();
    void createFigureDock();
    void createDataDocks();
    void createReviewDock();
    void createLayersDock();
    void showCurrentLayer();
    void newProjectDialog();
    void openProjectDialog();
    bool saveProject();
    bool saveProjectAs();
    bool maybeSaveProject(); // false when the user cancels
    IssueList recordLayers(ProjectStore &store);
    void scheduleRecord();
    LayerRecipe recipeOf(const QString &layerId) const;
    void forgetLayer(const QString &layerId);
    void showRecipe(LoadResult result, const LayerRecipe &recipe);
    void recordRun(const AnalysisRun &run);
    void recordFigure(const FigureDefinition &figure);
    void restoreFromProject(const ProjectStore &store, const QList<SourceCheck> &sources);
    void shareLayer(); // hands m_layer to every view
    void showLayer(LoadResult result, const QString &preferredField, const LayerRecipe &recipe);
    void showIssues(const IssueList &issues);
    void verifyLayerFiles();
    void openLayerDialog();
    void exportMapDialog();
    void joinTableDialog();
    void joinTable(std::shared_ptr<const FeatureTable> table, const QString &tableLayer);
    void showFeatureInStatusBar(int row);
    void showAbout();
    void addResultColumns(const QList<int> &rows, const QList<ResultColumn> &columns);
    void addComputedFields(const QList<int> &rows, const QList<ResultColumn> &columns);
    bool editCurrentLayer(const std::function<void(FeatureTable &)> &edit);
    void changeStyle(const ChoroplethSpec &spec); // pushes an undoable style change
    void applyStyle(const ChoroplethSpec &spec);

    MapCanvas *m_canvas;
    ChoroplethControls *m_controls;
    QLabel *m_hoverLabel;
    ImbalancePanel *m_imbalance;
    SpatialPanel *m_spatial;
    EvaluationPanel *m_evaluation = nullptr;
    FigureGallery *m_figures = nullptr;
    FeatureSelection *m_selection;
    AttributeTable *m_attributes;
    IdentifyPanel *m_identify;
    QMenu *m_analysisMenu = nullptr;
    ReviewPanel *m_review = nullptr;
    AnalysisHistoryPanel *m_history = nullptr;
    RecentProjectsMenu *m_recentProjects = nullptr;
    std::shared_ptr<const FeatureTable> m_layer; // the current layer's table
    LayerRecipe m_recipe; // how m_layer was made, for the project
    QString m_currentLayerId;
    QHash<QString, LayerRecipe> m_recipes;  // of the other layers, by layer id
    QHash<QString, ChoroplethSpec> m_specs; // of the other layers, by layer id
    LabelsMenu *m_labels = nullptr;
    QString m_nameField;
    QUndoStack *m_undoStack = new QUndoStack(this); // style changes (issue 7)
    ChoroplethSpec m_spec;
    bool m_applyingStyle = false;
    bool m_restoringLayer = false; // showing a project's layer as saved: record nothing
    QTimer *m_recordTimer = new QTimer(this); // records the layers once the user pauses
};

} // namespace CityAtlas
