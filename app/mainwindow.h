#pragma once

#include "maps/render/mapsettings.h"
#include "analysis/issue.h"
#include "maps/data/vectorreader.h"
#include "maps/style/choropleth.h"

#include <QKeySequence>
#include <QMainWindow>

#include <functional>

class QDockWidget;
class QLabel;
class QMenu;
class QUndoStack;

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
class ProjectActions;
class RecentProjectsMenu;
class ReviewPanel;
class SpatialPanel;
class Workspace;

// The workbench window: menus, the map canvas and the docks, each a view of the workspace
// (the document: layers, recipes, selection, undo stack, project). The window wires them
// and asks the user; it keeps no state of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void loadDefaultMap();
    // Adds the layer on top of the others, as the current layer; then() runs once it shows.
    // A .zip holding one dataset is read from inside the archive. encoding: of a Shapefile
    // without .cpg (asked for when its text turns out not to be UTF-8).
    void openLayer(const QString &path, const QString &encoding = {}, const std::function<void()> &then = {});
    bool openProject(const QString &path);
    void showAggregateDialog();
    void showStyleDialog();

    Workspace *workspace() const { return m_workspace; }
    MapCanvas *canvas() const { return m_canvas; }
    ImbalancePanel *imbalancePanel() const { return m_imbalance; }
    SpatialPanel *spatialPanel() const { return m_spatial; }
    EvaluationPanel *evaluationPanel() const { return m_evaluation; }
    FigureGallery *figureGallery() const { return m_figures; }
    AttributeTable *attributeTable() const { return m_attributes; }
    FeatureSelection *selection() const;
    ReviewPanel *reviewPanel() const { return m_review; }
    AnalysisHistoryPanel *historyPanel() const { return m_history; }
    ProjectActions *projectActions() const { return m_projects; }
    QUndoStack *undoStack() const;
    ChoroplethSpec styleSpec() const;
    // Exports the map as shown (every visible layer); an error message, or empty.
    QString exportMap(const QString &path) const;
    // The base layer (PATH or PATH:LAYER) of the South China Sea Islands inset of exported
    // maps; empty: no inset. An error message, or empty.
    QString setMapInsetLayer(const QString &spec);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDocks();
    // The tabs of docks stacked in one place show their whole titles, scrolling when they
    // do not fit, instead of eliding them to their first letter.
    void keepDockTabTitlesWhole();
    QDockWidget *addPanelDock(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area,
                              const QString &tabWith = {}, const QKeySequence &shortcut = {});
    void showCurrentLayer();
    void showIssues(const IssueList &issues);
    void showLoaded(LoadResult result, const QString &source, const QString &layer, const QString &encoding,
                    const QString &preferredField, SourceAccess access = SourceAccess::LocalOnly);
    void openLayerDialog();
    void addPostgisLayerDialog();
    void exportMapDialog();
    void insetLayerDialog();
    void joinTableDialog();
    void joinTable(std::shared_ptr<const FeatureTable> table, const QString &tablePath, const QString &tableLayer);
    void showFeatureInStatusBar(int row);
    void showComposer();

    MapSettings m_inset; // only the inset: layer, extent, title
    Workspace *m_workspace;
    MapCanvas *m_canvas;
    ChoroplethControls *m_controls;
    QLabel *m_hoverLabel;
    ImbalancePanel *m_imbalance;
    SpatialPanel *m_spatial;
    EvaluationPanel *m_evaluation;
    FigureGallery *m_figures;
    AttributeTable *m_attributes;
    IdentifyPanel *m_identify;
    ReviewPanel *m_review;
    AnalysisHistoryPanel *m_history;
    QMenu *m_analysisMenu = nullptr;
    RecentProjectsMenu *m_recentProjects = nullptr;
    ProjectActions *m_projects = nullptr;
    LabelsMenu *m_labels = nullptr;
};

} // namespace CityAtlas
