#include "app/mainwindow.h"

#include "maps/data/bundleddata.h"
#include "maps/data/outputguard.h"
#include "maps/render/mapexporter.h"
#include "maps/models/featureselection.h"
#include "maps/models/layerstackmodel.h"
#include "widgets/analysishistorypanel.h"
#include "maps/style/layerstyle.h"
#include "maps/style/stylecodec.h"
#include "widgets/aboutdialog.h"
#include "widgets/attributetable.h"
#include "widgets/backgroundtask.h"
#include "widgets/choroplethcontrols.h"
#include "widgets/evaluationpanel.h"
#include "widgets/fieldcommand.h"
#include "widgets/figuregallery.h"
#include "widgets/fieldcombo.h"
#include "widgets/identifypanel.h"
#include "widgets/imbalancepanel.h"
#include "widgets/joindialog.h"
#include "widgets/labelsmenu.h"
#include "widgets/layerspanel.h"
#include "widgets/spatialpanel.h"
#include "widgets/reviewpanel.h"
#include "widgets/mapcanvas.h"
#include "widgets/recentprojectsmenu.h"
#include "widgets/sourcesprompt.h"
#include "widgets/stylecommand.h"
#include "widgets/styledialog.h"
#include "widgets/report/reportcomposer.h"

#include <QAction>
#include <QCloseEvent>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {
MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_canvas(new MapCanvas(this))
    , m_controls(new ChoroplethControls(this))
    , m_hoverLabel(new QLabel(this))
    , m_imbalance(new ImbalancePanel(this))
    , m_spatial(new SpatialPanel(this))
    , m_selection(new FeatureSelection(this))
    , m_attributes(new AttributeTable(m_selection, this))
    , m_identify(new IdentifyPanel(this))
{
    setWindowTitle(tr("CityAtlas"));
    auto *toolbar = addToolBar(tr("Map"));
    toolbar->setObjectName(u"mapToolbar"_s);
    toolbar->addWidget(m_controls);
    setCentralWidget(m_canvas);
    statusBar()->addWidget(m_hoverLabel, 1);
    createMenus();
    createAnalysisDocks();
    createFigureDock();
    createDataDocks();
    createReviewDock();
    createLayersDock();

    connect(m_controls, &ChoroplethControls::specChanged, this, &MainWindow::changeStyle);
    connect(m_canvas, &MapCanvas::featureHovered, this, &MainWindow::showFeatureInStatusBar);
    // A layer shown, hidden, faded, moved or removed in the layers panel is a change of the
    // open project, recorded once the user pauses (not at every tick of the opacity slider).
    m_recordTimer->setSingleShot(true);
    m_recordTimer->setInterval(250);
    connect(m_recordTimer, &QTimer::timeout, this, [this] {
        if (ProjectStore *store = m_review->project(); store && !m_restoringLayer)
            if (const IssueList issues = recordLayers(*store); !issues.isEmpty())
                statusBar()->showMessage(issues.first().message, 10000);
    });
    LayerStackModel *layers = m_canvas->layers();
    connect(layers, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleRecord);
    connect(layers, &QAbstractItemModel::rowsMoved, this, &MainWindow::scheduleRecord);
    connect(layers, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            forgetLayer(m_canvas->layers()->layer(row).id);
    });
    resize(1280, 860);
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (!restoreState(settings.value(u"window/state"_s).toByteArray())) {
        // First start: the map gets most of the room; the panels beside it stay readable.
        const QList<QDockWidget *> side{findChild<QDockWidget *>(u"layersDock"_s), findChild<QDockWidget *>(u"imbalanceDock"_s)};
        resizeDocks(side, {190, 430}, Qt::Horizontal);
        resizeDocks({findChild<QDockWidget *>(u"attributeDock"_s)}, {200}, Qt::Vertical);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), this, &MainWindow::newProjectDialog);
    file->addAction(tr("Open &Project…"), this, &MainWindow::openProjectDialog);
    m_recentProjects = new RecentProjectsMenu(tr("&Recent Projects"), this);
    file->addMenu(m_recentProjects);
    connect(m_recentProjects, &RecentProjectsMenu::projectChosen, this, [this](const QString &path) {
        if (maybeSaveProject())
            openProject(path);
    });
    QAction *saveProjectAction = file->addAction(tr("&Save Project"), this, &MainWindow::saveProject);
    saveProjectAction->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save Project &As…"), this, &MainWindow::saveProjectAs);
    QAction *embed = file->addAction(tr("&Embed Layer Data in Project"));
    embed->setCheckable(true);
    embed->setToolTip(tr("Keep a copy of the current layer's file inside the project, so that the project travels alone"));
    connect(file, &QMenu::aboutToShow, this, [this, embed] {
        const ProjectStore *store = m_review->project();
        const qint64 id = store ? LayerRecipes::layerId(*store, m_recipe) : 0;
        embed->setEnabled(id != 0);
        bool embedded = false;
        for (const ProjectLayer &layer : store ? store->content().layers : QList<ProjectLayer>{})
            embedded = embedded || (layer.id == id && layer.hasEmbeddedCopy);
        embed->setChecked(embedded);
    });
    connect(embed, &QAction::triggered, this, [this](bool on) {
        if (ProjectStore *store = m_review->project())
            showIssues(store->setEmbedded(LayerRecipes::layerId(*store, m_recipe), on));
    });
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open Layer…"), this, &MainWindow::openLayerDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Default Map"), this, &MainWindow::loadDefaultMap);
    QAction *join = file->addAction(tr("&Join Table…"), this, &MainWindow::joinTableDialog);
    join->setShortcut(u"Ctrl+J"_s);
    QAction *exportMap = file->addAction(tr("&Export Map…"), this, &MainWindow::exportMapDialog);
    exportMap->setShortcut(u"Ctrl+E"_s);
    file->addAction(tr("&Report…"), this, [this] {
        ProjectStore *store = m_review->project();
        // Saving a report saves the project as File > Save Project does.
        ReportComposer(store, [this, store] {
            IssueList issues = recordLayers(*store);
            return issues << m_review->saveProject();
        }, this).exec();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *full = view->addAction(tr("Zoom to &Layer"), m_canvas, &MapCanvas::zoomToLayer);
    full->setShortcut(u"Ctrl+0"_s);
    QAction *in = view->addAction(tr("Zoom &In"), this, [this] { m_canvas->zoomBy(1.5, m_canvas->rect().center()); });
    in->setShortcut(QKeySequence::ZoomIn);
    QAction *out = view->addAction(tr("Zoom &Out"), this, [this] { m_canvas->zoomBy(1 / 1.5, m_canvas->rect().center()); });
    out->setShortcut(QKeySequence::ZoomOut);
    m_labels = new LabelsMenu(this);
    view->addMenu(m_labels);
    connect(m_labels, &LabelsMenu::labelFieldChanged, m_canvas, &MapCanvas::setLabelField);

    QMenu *layer = menuBar()->addMenu(tr("&Layer"));
    QAction *style = layer->addAction(tr("&Style…"), this, &MainWindow::showStyleDialog);
    style->setShortcut(u"Ctrl+Shift+S"_s);

    m_analysisMenu = menuBar()->addMenu(tr("&Analysis"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(u"language"_s).toString();
    const QList<std::pair<QString, QString>> choices{
        {QString(), tr("System default")}, {u"en"_s, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(u"language"_s, code);
            QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start of CityAtlas."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CityAtlas"), this, &MainWindow::showAbout);
}

// A panel in a dock of its own, listed in the Analysis menu (with its shortcut), tabbed with
// the dock named tabWith when there is one (which stays in front).
QDockWidget *MainWindow::addPanelDock(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area,
                                      const QString &tabWith, const QKeySequence &shortcut)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    if (auto *front = tabWith.isEmpty() ? nullptr : findChild<QDockWidget *>(tabWith)) {
        tabifyDockWidget(front, dock);
        front->raise();
    }
    dock->toggleViewAction()->setShortcut(shortcut);
    m_analysisMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createAnalysisDocks()
{
    const QString imbalance = u"imbalanceDock"_s;
    addPanelDock(m_imbalance, tr("Regional imbalance"), imbalance, Qt::RightDockWidgetArea, {}, QKeySequence(u"Ctrl+1"_s));
    addPanelDock(m_spatial, tr("Spatial autocorrelation"), u"spatialDock"_s, Qt::RightDockWidgetArea, imbalance, QKeySequence(u"Ctrl+2"_s));
    m_evaluation = new EvaluationPanel(this);
    addPanelDock(m_evaluation, tr("Evaluation"), u"evaluationDock"_s, Qt::RightDockWidgetArea, imbalance, QKeySequence(u"Ctrl+3"_s));
    connect(m_evaluation, &EvaluationPanel::resultColumnsReady, this, &MainWindow::addResultColumns);
    connect(m_spatial, &SpatialPanel::clusterMapReady, m_canvas, &MapCanvas::setStyle);
    connect(m_imbalance, &ImbalancePanel::runRecorded, this, &MainWindow::recordRun);
    connect(m_spatial, &SpatialPanel::runRecorded, this, &MainWindow::recordRun);
    connect(m_evaluation, &EvaluationPanel::runRecorded, this, &MainWindow::recordRun);
    connect(m_spatial, &SpatialPanel::resultColumnsReady, this, &MainWindow::addResultColumns);
}

// The attribute table below the map, the identify panel with the analyses; both follow the
// shared selection, as do the map and the Moran scatter plot.
void MainWindow::createDataDocks()
{
    addPanelDock(m_attributes, tr("Attribute table"), u"attributeDock"_s, Qt::BottomDockWidgetArea, {}, QKeySequence(u"Ctrl+T"_s));
    addPanelDock(m_identify, tr("Identify"), u"identifyDock"_s, Qt::RightDockWidgetArea, u"imbalanceDock"_s);
    m_canvas->setSelection(m_selection);
    m_spatial->setSelection(m_selection);
    m_imbalance->setSelection(m_selection);
    m_evaluation->setSelection(m_selection);
    connect(m_canvas, &MapCanvas::featureClicked, m_identify, &IdentifyPanel::showFeature);
    connect(m_attributes, &AttributeTable::resultColumnsReady, this, &MainWindow::addComputedFields);
}

// The paper's figures in their own dock, tabbed with the analysis panels.
void MainWindow::createFigureDock()
{
    m_figures = new FigureGallery(this);
    connect(m_figures, &FigureGallery::definitionChanged, this, &MainWindow::recordFigure);
    addPanelDock(m_figures, tr("Figures"), u"figuresDock"_s, Qt::RightDockWidgetArea, u"imbalanceDock"_s);
}

void MainWindow::loadDefaultMap()
{
    runInBackground<LoadResult>(this, tr("Loading the province map…"),
        [](Feedback *feedback) { return BundledData::loadProvinceMap(feedback); },
        [this](LoadResult result) {
            const LayerRecipe recipe = result.table ? LayerRecipe{BundledData::provincesPath(), {}, result.table->name(), {}, {}}
                                                    : LayerRecipe{};
            showLayer(std::move(result), BundledData::densityField(), recipe);
        });
}

void MainWindow::openLayer(const QString &path, const QString &encoding, const std::function<void()> &then)
{
    const auto [file, layer] = VectorReader::splitLayerSpec(path);
    runInBackground<LoadResult>(this, tr("Loading %1…").arg(QFileInfo(file).fileName()),
        [file, layer, encoding](Feedback *feedback) { return VectorReader::read(file, layer, feedback, encoding); },
        [this, path, file, layer, encoding, then](LoadResult result) {
            // A GDAL virtual path (/vsizip//x.zip/y) stays as it is: made "absolute" it would not open.
            const QString source = file.startsWith(u"/vsi"_s) ? file : QFileInfo(file).absoluteFilePath();
            const LayerRecipe recipe = result.table ? LayerRecipe{source, layer,
                                                                  result.table->name(), {}, {}, encoding}
                                                    : LayerRecipe{};
            if (!result.encodingUnknown) {
                showLayer(std::move(result), {}, recipe);
                if (then)
                    then();
                return;
            }
            // A Shapefile without .cpg whose text is not UTF-8: ask for its encoding and read it
            // again; asked once the progress dialog is gone (queued, outside this callback).
            auto loaded = std::make_shared<LoadResult>(std::move(result));
            QTimer::singleShot(0, this, [this, path, file, then, loaded, recipe] {
                bool ok = false;
                const QString chosen = QInputDialog::getItem(this, tr("Text encoding"),
                    tr("%1 does not say how its text is encoded (it has no .cpg file). Choose the encoding:")
                        .arg(QFileInfo(file).fileName()),
                    VectorReader::shapefileEncodings(), 0, false, &ok);
                if (ok)
                    return openLayer(path, chosen, then);
                showLayer(std::move(*loaded), {}, recipe);
                if (then)
                    then();
            });
        });
}

void MainWindow::showLayer(LoadResult result, const QString &preferredField, const LayerRecipe &recipe)
{
    showIssues(result.issues);
    if (!result.table)
        return;
    const std::shared_ptr<const FeatureTable> layer(std::move(result.table));
    m_canvas->addLayer(layer); // on top, as the current layer: showCurrentLayer() follows
    if (const QString caption = BundledData::layerCaption(recipe.sourcePath); !caption.isEmpty()) {
        LayerStackModel *layers = m_canvas->layers();
        layers->setData(layers->index(layers->currentRow()), caption, Qt::EditRole);
    }
    m_recipe = recipe;
    m_controls->setFields(*layer, preferredField);
    m_undoStack->clear(); // the first style of a layer is no step to undo
    statusBar()->showMessage(tr("%n feature(s) loaded from %1", nullptr, layer->rowCount()).arg(layer->sourcePath()), 5000);
}

void MainWindow::shareLayer()
{
    m_imbalance->setLayer(m_layer);
    m_spatial->setLayer(m_layer);
    m_evaluation->setLayer(m_layer);
    m_attributes->setLayer(m_layer);
    m_identify->setLayer(m_layer);
    if (m_review)
        m_review->setLayer(m_layer);
}

void MainWindow::showIssues(const IssueList &issues)
{
    QStringList errors, warnings;
    for (const Issue &issue : issues)
        (issue.severity == Issue::Severity::Error ? errors : warnings) << issue.message;
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Cannot open"), errors.join(u'\n'));
    else if (!warnings.isEmpty())
        statusBar()->showMessage(tr("%n warning(s): %1", nullptr, int(warnings.size())).arg(warnings.first()), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveProject()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

// The folder of the last file opened or saved, remembered between runs.
static QString lastFolder()
{
    return QSettings().value(u"files/lastFolder"_s).toString();
}

static void rememberFolder(const QString &path)
{
    QSettings().setValue(u"files/lastFolder"_s, QFileInfo(path).absolutePath());
}

void MainWindow::openLayerDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Layer"), lastFolder(),
        tr("Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    openLayer(path);
}

void MainWindow::joinTableDialog()
{
    if (!m_layer)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Join Table"), lastFolder(),
        tr("Tables (*.csv *.xlsx *.ods *.gpkg *.dbf *.geojson);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    const auto [file, layer] = VectorReader::splitLayerSpec(path);
    runInBackground<LoadResult>(this, tr("Loading %1…").arg(QFileInfo(file).fileName()),
        [file, layer](Feedback *feedback) { return VectorReader::read(file, layer, feedback); },
        [this, layer](LoadResult loaded) {
            showIssues(loaded.issues);
            if (loaded.table)
                joinTable(std::shared_ptr<const FeatureTable>(std::move(loaded.table)), layer);
        });
}

void MainWindow::joinTable(std::shared_ptr<const FeatureTable> table, const QString &tableLayer)
{
    JoinDialog dialog(m_layer, table, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto layer = std::make_shared<FeatureTable>(*m_layer);
    const JoinReport report = TableJoin::apply(*layer, *table, dialog.spec());
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Join failed"), report.error);
        return;
    }
    JoinSpec used = dialog.spec();
    used.match = report.matchUsed;
    m_recipe.joins.append({QFileInfo(table->sourcePath()).absoluteFilePath(), tableLayer, used});
    m_canvas->replaceLayer(layer); // showCurrentLayer() shares it
    if (ProjectStore *store = m_review->project())
        showIssues(recordLayers(*store));
    m_controls->setFields(*m_layer);
    statusBar()->showMessage(tr("Joined %1: %2 units matched; added %3")
                                 .arg(QFileInfo(table->sourcePath()).fileName()).arg(report.matched)
                                 .arg(report.addedFields.join(u", "_s)), 10000);
}

void MainWindow::exportMapDialog()
{
    if (!m_layer)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), QDir(lastFolder()).filePath(u"map.png"_s),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    MapSettings settings;
    settings.extent = m_canvas->viewExtent();
    settings.labelField = m_canvas->labelField();
    const std::shared_ptr<const MapStyle> style = m_canvas->style();
    if (!style)
        return;
    settings.legendTitle = BundledData::fieldCaption(style->field());
    // The map as shown: every visible layer with its opacity; the legend and labels are the current layer's.
    const QList<MapLayer> layers = m_canvas->layers()->visibleLayersBottomUp();
    QStringList sources;
    for (const MapLayer &layer : layers) {
        const QString source = layer.table->sourcePath() == BundledData::provincesPath() ? BundledData::provinceMapSourceLine()
                                                                                         : QFileInfo(layer.table->sourcePath()).fileName();
        if (!sources.contains(source))
            sources.prepend(source); // the top layer first
    }
    settings.sourceLine = sources.join(u"; "_s);
    QStringList inputs = m_review->project() ? m_review->project()->inputFiles() : QStringList();
    for (const MapLayer &layer : layers)
        inputs << layer.table->sourcePath();
    if (const QString problem = OutputGuard::check(path, inputs); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), problem);
        return;
    }
    MapRenderer renderer(*m_layer, *style, settings);
    renderer.setLayerStack(layers, m_currentLayerId);
    const QString error = MapExporter::exportMap(renderer, path, {});
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Map written to %1").arg(path), 5000);
}

void MainWindow::showFeatureInStatusBar(int row)
{
    if (row < 0 || !m_layer) {
        m_hoverLabel->clear();
        return;
    }
    const int nameColumn = m_layer->fieldIndex(m_nameField);
    const QString name = nameColumn >= 0 ? m_layer->value(row, nameColumn).toString() : QString::number(row);
    const QString field = m_canvas->style() ? m_canvas->style()->field() : QString();
    const int valueColumn = m_layer->fieldIndex(field);
    const auto value = valueColumn >= 0 ? m_layer->number(row, valueColumn) : std::nullopt;
    m_hoverLabel->setText(value ? tr("%1 — %2: %3").arg(name, field, QLocale().toString(*value, 'f', 1))
                                : tr("%1 — %2: no data").arg(name, field));
}

// Changes the current layer's attributes on a copy (render jobs may still read the old table)
// and shows it in every view; false when there is no layer.
bool MainWindow::editCurrentLayer(const std::function<void(FeatureTable &)> &edit)
{
    if (!m_layer)
        return false;
    auto layer = std::make_shared<FeatureTable>(*m_layer);
    edit(*layer);
    m_canvas->replaceLayer(layer); // showCurrentLayer() shares it
    m_controls->setFields(*m_layer);
    return true;
}

void MainWindow::addResultColumns(const QList<int> &rows, const QList<ResultColumn> &columns)
{
    QStringList names;
    for (const ResultColumn &column : columns)
        names << column.field.name;
    if (editCurrentLayer([&](FeatureTable &layer) {
            for (const ResultColumn &column : columns)
                layer.setResultColumn(column, rows);
        }))
        statusBar()->showMessage(tr("Added the fields %1 to the layer").arg(names.join(u", "_s)), 8000);
}

// Computed fields are edits of the layer: each is a step on the undo stack.
void MainWindow::addComputedFields(const QList<int> &rows, const QList<ResultColumn> &columns)
{
    if (!m_layer)
        return;
    const auto apply = [this](const FieldCommand::Edit &edit) { editCurrentLayer(edit); };
    for (const ResultColumn &column : columns)
        m_undoStack->push(new FieldCommand(*m_layer, rows, column, apply));
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}


// ---- Layers (issue 7) ----

void MainWindow::createLayersDock()
{
    auto *panel = new LayersPanel(m_canvas->layers(), this);
    connect(panel, &LayersPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToExtent);
    addPanelDock(panel, tr("Layers"), u"layersDock"_s, Qt::LeftDockWidgetArea, {}, QKeySequence(u"Ctrl+L"_s));
    connect(m_canvas->layers(), &LayerStackModel::currentLayerChanged, this, &MainWindow::showCurrentLayer);

    // Pan, or select with a rectangle or a lasso (Ctrl+drag and Alt+drag do so while panning).
    auto *tools = addToolBar(tr("Selection"));
    tools->setObjectName(u"selectionToolbar"_s);
    auto *group = new QActionGroup(this);
    const QList<std::pair<MapCanvas::Tool, QString>> choices{
        {MapCanvas::Tool::Pan, tr("Pan")},
        {MapCanvas::Tool::SelectRectangle, tr("Select Rectangle")},
        {MapCanvas::Tool::SelectLasso, tr("Select Lasso")}};
    for (const auto &[tool, text] : choices) {
        QAction *action = tools->addAction(text, this, [this, tool] { m_canvas->setTool(tool); });
        action->setCheckable(true);
        action->setChecked(tool == m_canvas->tool());
        group->addAction(action);
    }
}

// The current layer is the one the other docks see; its style shows in the controls.
void MainWindow::showCurrentLayer()
{
    const LayerStackModel *layers = m_canvas->layers();
    const MapLayer *current = layers->currentLayer();
    const QString id = current ? current->id : QString();
    if (id != m_currentLayerId) {
        // Each layer keeps how it was made and styled; undo steps and the style dialog are the previous layer's.
        if (layers->rowOf(m_currentLayerId) >= 0) {
            m_recipes.insert(m_currentLayerId, m_recipe);
            m_specs.insert(m_currentLayerId, m_spec);
        }
        m_recipe = m_recipes.take(id);
        m_spec = m_specs.take(id);
        m_selection->clear();
        m_undoStack->clear();
        if (auto *styleDialog = findChild<StyleDialog *>())
            styleDialog->close();
    }
    m_currentLayerId = id;
    m_layer = current ? current->table : nullptr;
    if (m_layer) {
        m_nameField = unitNameField(*m_layer);
        setWindowTitle(tr("%1 — CityAtlas").arg(QFileInfo(m_layer->sourcePath()).fileName()));
        m_canvas->setTooltipField(m_nameField);
        const QSignalBlocker blocker(m_controls); // showing a layer's style does not restyle it
        m_controls->setFields(*m_layer, m_spec.field.isEmpty() ? current->style->field() : m_spec.field);
        if (!m_spec.field.isEmpty())
            m_controls->setSpec(m_spec);
    } else {
        setWindowTitle(tr("CityAtlas"));
    }
    m_labels->setLayer(m_layer);
    shareLayer();
}

// ---- Projects and the coverage review (issue 6) ----

void MainWindow::createReviewDock()
{
    m_review = new ReviewPanel(this);
    connect(m_review, &ReviewPanel::resultColumnsReady, this, &MainWindow::addResultColumns);
    connect(m_review, &ReviewPanel::mapFieldRequested, this, [this](const QString &field) {
        m_controls->setSpec({field, ClassificationMethod::EqualInterval, 5, u"Greens"_s, false, {}});
    });
    addPanelDock(m_review, tr("Coverage review"), u"reviewDock"_s, Qt::RightDockWidgetArea, u"imbalanceDock"_s, QKeySequence(u"Ctrl+R"_s));

    m_history = new AnalysisHistoryPanel(this);
    connect(m_review, &ReviewPanel::projectChanged, m_history, &AnalysisHistoryPanel::setProject);
    addPanelDock(m_history, tr("Analysis history"), u"historyDock"_s, Qt::BottomDockWidgetArea, u"attributeDock"_s,
                 QKeySequence(u"Ctrl+H"_s));
}

static void showReviewDock(QMainWindow *window)
{
    if (auto *dock = window->findChild<QDockWidget *>(u"reviewDock"_s)) {
        dock->show();
        dock->raise();
    }
}

static QString withProjectSuffix(QString path)
{
    if (!path.isEmpty() && !path.endsWith(u".cityatlas"_s, Qt::CaseInsensitive))
        path += u".cityatlas"_s;
    return path;
}

// Makes room for a new project file the user chose to replace; with keep, only asks (the
// file is then replaced atomically by what is written, and stays if writing fails).
static bool replaceFile(QWidget *parent, const QString &chosen, const QString &path, bool keep = false)
{
    if (!QFileInfo::exists(path))
        return true;
    if (chosen != path
        && QMessageBox::question(parent, MainWindow::tr("Replace project"),
                                 MainWindow::tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
               != QMessageBox::Yes)
        return false;
    if (keep)
        return true;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".recovery"_s})
        QFile::remove(path + suffix);
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(parent, MainWindow::tr("Replace project"), MainWindow::tr("%1 cannot be replaced.").arg(path));
        return false;
    }
    return true;
}

void MainWindow::newProjectDialog()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New Project"), lastFolder(), tr("CityAtlas projects (*.cityatlas)"));
    const QString path = withProjectSuffix(chosen);
    if (path.isEmpty() || !maybeSaveProject() || !replaceFile(this, chosen, path))
        return;
    rememberFolder(path);
    ProjectStore::OpenResult created = ProjectStore::create(path);
    if (!created.store) {
        showIssues(created.issues);
        return;
    }
    created.store->setTitle(QFileInfo(path).completeBaseName());
    showIssues(recordLayers(*created.store));
    const IssueList issues = created.store->save();
    m_review->setProject(std::move(created.store));
    showIssues(issues);
    m_recentProjects->remember(path);
    showReviewDock(this);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), lastFolder(),
                                                      tr("CityAtlas projects (*.cityatlas);;All files (*)"));
    if (path.isEmpty() || !maybeSaveProject())
        return;
    rememberFolder(path);
    openProject(path);
}

bool MainWindow::openProject(const QString &path)
{
    if (ReviewPanel::shouldOfferRecovery(path)) {
        const QFileInfo recovery(ReviewPanel::recoveryPath(path));
        const auto answer = QMessageBox::question(this, tr("Recover project"),
            tr("A recovery copy of %1 from %2 is newer than the project: changes (review edits, layers, styles, "
               "analyses) that were not saved when CityAtlas last closed. Recover them?\n\nThe project as saved is kept as %3.")
                .arg(QFileInfo(path).fileName(), QLocale().toString(recovery.lastModified(), QLocale::ShortFormat),
                     QFileInfo(path).fileName() + u".before-recovery"_s),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            if (const QString error = ReviewPanel::adoptRecovery(path); !error.isEmpty())
                QMessageBox::warning(this, tr("Recover project"), error);
    }
    ProjectStore::OpenResult opened = ProjectStore::open(path);
    if (!opened.store) {
        showIssues(opened.issues);
        return false;
    }
    for (const Issue &issue : opened.issues)
        if (issue.severity == Issue::Severity::Info)
            statusBar()->showMessage(issue.message, 10000);
    QList<SourceCheck> sources = opened.sources;
    if (SourcesPrompt::ask(this, *opened.store, sources))
        sources = opened.store->checkSources(); // relocated: check again
    // The map shows the project's layers, and only those: the ones shown before are not its.
    m_review->setProject(nullptr);
    while (m_canvas->layers()->layerCount() > 0)
        m_canvas->layers()->removeLayer(0);
    m_recipes.clear();
    m_specs.clear();
    m_recipe = {};
    restoreFromProject(*opened.store, sources);
    m_review->setProject(std::move(opened.store));
    m_recentProjects->remember(path);
    showReviewDock(this);
    return true;
}

// Every layer of the map goes into the project, in the map's order (bottom first, the order
// they come back in): how it was made (source, joins, encoding), its style, whether it is
// shown, its opacity. Returns what could not be recorded.
IssueList MainWindow::recordLayers(ProjectStore &store)
{
    m_recordTimer->stop();
    IssueList issues;
    QList<qint64> order;
    const LayerStackModel *layers = m_canvas->layers();
    for (int row = layers->layerCount() - 1; row >= 0; --row) {
        const MapLayer &layer = layers->layer(row);
        LayerRecipe recipe = recipeOf(layer.id);
        if (recipe.isEmpty())
            continue;
        recipe.visible = layer.visible;
        recipe.opacity = layer.opacity;
        issues << LayerRecipes::record(store, recipe);
        order << LayerRecipes::layerId(store, recipe);
    }
    store.setLayerOrder(order);
    return issues;
}

void MainWindow::scheduleRecord()
{
    if (m_review->project() && !m_restoringLayer)
        m_recordTimer->start();
}

LayerRecipe MainWindow::recipeOf(const QString &layerId) const
{
    return layerId == m_currentLayerId ? m_recipe : m_recipes.value(layerId);
}

// A layer the user removes from the map leaves the project too, unless another layer of the
// map is made from the same file.
void MainWindow::forgetLayer(const QString &layerId)
{
    ProjectStore *store = m_review->project();
    const LayerRecipe removed = recipeOf(layerId);
    if (!store || m_restoringLayer || removed.isEmpty())
        return;
    const LayerStackModel *layers = m_canvas->layers();
    for (int row = 0; row < layers->layerCount(); ++row) {
        const LayerRecipe other = recipeOf(layers->layer(row).id);
        if (layers->layer(row).id != layerId && other.sourcePath == removed.sourcePath && other.layerName == removed.layerName)
            return;
    }
    store->removeLayer(LayerRecipes::layerId(*store, removed));
}

// Every finished analysis goes into the open project's history: one entry per set-up.
void MainWindow::recordRun(const AnalysisRun &run)
{
    if (ProjectStore *store = m_review->project()) {
        store->recordAnalysisRun(run);
        m_history->refresh();
    }
}

void MainWindow::recordFigure(const FigureDefinition &figure)
{
    if (ProjectStore *store = m_review->project())
        store->recordFigure(m_figures->definition(figure.name, store->folder()));
}

// The project's readable layers, made again with their joins, styles and how they are shown,
// in the project's order (bottom first); its figure set-ups.
void MainWindow::restoreFromProject(const ProjectStore &store, const QList<SourceCheck> &sources)
{
    for (const FigureDefinition &figure : store.content().figures) {
        QString warning;
        m_figures->applyDefinition(figure, store, &warning);
        if (!warning.isEmpty())
            statusBar()->showMessage(warning, 10000);
    }
    IssueList issues;
    const QList<LayerRecipe> recipes = LayerRecipes::fromProject(store, sources, &issues);
    showIssues(issues);
    if (recipes.isEmpty())
        return;
    runInBackground<std::vector<LoadResult>>(this, tr("Loading the project's layers…"),
        [recipes](Feedback *feedback) {
            std::vector<LoadResult> loaded;
            for (const LayerRecipe &recipe : recipes)
                if (!feedback || !feedback->isCanceled())
                    loaded.push_back(LayerRecipes::load(recipe, feedback));
            return loaded;
        },
        [this, recipes](std::vector<LoadResult> loaded) {
            // What the project holds is shown as it is: nothing here changes the project.
            m_restoringLayer = true;
            for (size_t i = 0; i < loaded.size(); ++i)
                showRecipe(std::move(loaded[i]), recipes[qsizetype(i)]);
            m_restoringLayer = false;
        });
}

// One layer of a project, on top of the map, as the project has it.
void MainWindow::showRecipe(LoadResult result, const LayerRecipe &recipe)
{
    if (!result.table)
        return showIssues(result.issues);
    showLayer(std::move(result), recipe.isBundledProvinceMap() ? BundledData::densityField() : QString(), recipe);
    if (!recipe.styleJson.isEmpty()) {
        QString error;
        if (const auto spec = StyleCodec::fromJson(QJsonDocument::fromJson(recipe.styleJson.toUtf8()).object(), &error))
            applyStyle(*spec);
        else
            statusBar()->showMessage(tr("The project's style of %1 is not used: %2").arg(recipe.name, error), 10000);
    }
    LayerStackModel *layers = m_canvas->layers();
    layers->setOpacity(layers->currentRow(), recipe.opacity);
    layers->setVisible(layers->currentRow(), recipe.visible);
}

bool MainWindow::saveProject()
{
    ProjectStore *store = m_review->project();
    if (!store)
        return saveProjectAs();
    showIssues(recordLayers(*store));
    const IssueList issues = m_review->saveProject();
    if (hasErrors(issues)) {
        showIssues(issues);
        return false;
    }
    m_recentProjects->remember(store->path());
    statusBar()->showMessage(tr("Project saved to %1").arg(QDir::toNativeSeparators(store->path())), 5000);
    return true;
}

bool MainWindow::saveProjectAs()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Project As"), lastFolder(), tr("CityAtlas projects (*.cityatlas)"));
    const QString path = withProjectSuffix(chosen);
    if (path.isEmpty())
        return false;
    ProjectStore *current = m_review->project();
    if (current && OutputGuard::resolved(path) == OutputGuard::resolved(current->path()))
        return saveProject();
    if (current) { // never over one of the project's own layers or tables
        if (const QString problem = OutputGuard::inputConflict(path, current->inputFiles().mid(1)); !problem.isEmpty()) {
            QMessageBox::warning(this, tr("Save Project As"), problem);
            return false;
        }
    }
    if (!replaceFile(this, chosen, path, current != nullptr))
        return false;
    rememberFolder(path);
    if (current) {
        // The project with every unsaved change, in a new file (written aside, then renamed over
        // the one it replaces); the old project stays as saved.
        const IssueList issues = current->writeCopy(path);
        if (hasErrors(issues)) {
            showIssues(issues);
            return false;
        }
        QFile::remove(ReviewPanel::recoveryPath(current->path()));
        QFile::remove(ReviewPanel::recoveryPath(path)); // of the project it replaced
    } else {
        ProjectStore::OpenResult created = ProjectStore::create(path);
        if (!created.store) {
            showIssues(created.issues);
            return false;
        }
        created.store->setTitle(QFileInfo(path).completeBaseName());
        showIssues(created.store->save());
    }
    ProjectStore::OpenResult opened = ProjectStore::open(path);
    if (!opened.store) {
        showIssues(opened.issues);
        return false;
    }
    showIssues(recordLayers(*opened.store));
    const IssueList issues = opened.store->save();
    m_review->setProject(std::move(opened.store));
    showIssues(issues);
    m_recentProjects->remember(path);
    statusBar()->showMessage(tr("Project saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return !hasErrors(issues);
}

bool MainWindow::maybeSaveProject()
{
    if (!m_review || !m_review->hasUnsavedChanges())
        return true;
    const QString path = m_review->project()->path();
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("The project %1 has unsaved changes. Save them?").arg(QFileInfo(path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveProject();
    if (answer != QMessageBox::Discard)
        return false;
    m_review->setProject(nullptr); // the edits are dropped, and so is their recovery copy
    QFile::remove(ReviewPanel::recoveryPath(path));
    return true;
}

// ---- Styling (issue 7) ----

// A new style from the toolbar or the style dialog: one undoable step.
void MainWindow::changeStyle(const ChoroplethSpec &spec)
{
    if (m_applyingStyle || !m_layer)
        return;
    if (spec == m_spec)
        return applyStyle(spec); // the same style on changed attributes
    m_undoStack->push(new StyleCommand(m_spec, spec, [this](const ChoroplethSpec &s) { applyStyle(s); }));
}

void MainWindow::applyStyle(const ChoroplethSpec &spec)
{
    m_spec = spec;
    m_applyingStyle = true;
    m_controls->setSpec(spec);
    m_applyingStyle = false;
    if (!m_layer)
        return;
    const StyleResult result = createStyle(*m_layer, spec);
    if (result.style)
        m_canvas->setStyle(result.style);
    if (!result.issues.isEmpty())
        statusBar()->showMessage(result.issues.first().message, 10000);
    if (!result.style)
        return;
    m_recipe.styleJson = QString::fromUtf8(QJsonDocument(StyleCodec::toJson(spec)).toJson(QJsonDocument::Compact));
    scheduleRecord();
}

void MainWindow::showStyleDialog()
{
    if (!m_layer)
        return;
    if (auto *open = findChild<StyleDialog *>()) {
        open->raise();
        return;
    }
    auto *dialog = new StyleDialog(m_layer, m_selection, m_spec, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StyleDialog::applied, this, &MainWindow::changeStyle);
    dialog->show();
}

} // namespace CityAtlas
