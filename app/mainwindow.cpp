#include "app/mainwindow.h"

#include "maps/data/bundleddata.h"
#include "maps/data/outputguard.h"
#include "maps/data/unitnames.h"
#include "maps/models/featureselection.h"
#include "maps/models/layerstackmodel.h"
#include "maps/render/mapexporter.h"
#include "maps/render/mapinset.h"
#include "maps/render/maprenderer.h"
#include "maps/workspace/workspace.h"
#include "widgets/aboutdialog.h"
#include "widgets/analysishistorypanel.h"
#include "widgets/attributetable.h"
#include "widgets/backgroundtask.h"
#include "widgets/choroplethcontrols.h"
#include "widgets/evaluationpanel.h"
#include "widgets/figuregallery.h"
#include "widgets/identifypanel.h"
#include "widgets/imbalancepanel.h"
#include "widgets/aggregatedialog.h"
#include "widgets/joindialog.h"
#include "widgets/labelsmenu.h"
#include "widgets/layerspanel.h"
#include "widgets/mapcanvas.h"
#include "widgets/postgislayerdialog.h"
#include "widgets/projectactions.h"
#include "widgets/recentprojectsmenu.h"
#include "widgets/report/reportcomposer.h"
#include "widgets/reviewpanel.h"
#include "widgets/spatialpanel.h"
#include "widgets/styledialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QTabBar>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace CityAtlas {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_canvas(new MapCanvas(m_workspace->layers(), this))
    , m_controls(new ChoroplethControls(this))
    , m_hoverLabel(new QLabel(this))
    , m_imbalance(new ImbalancePanel(m_workspace, this))
    , m_spatial(new SpatialPanel(m_workspace, this))
    , m_evaluation(new EvaluationPanel(m_workspace, this))
    , m_figures(new FigureGallery(this))
    , m_attributes(new AttributeTable(m_workspace, this))
    , m_identify(new IdentifyPanel(this))
    , m_review(new ReviewPanel(m_workspace, this))
    , m_history(new AnalysisHistoryPanel(m_workspace, this))
{
    setWindowTitle(tr("CityAtlas"));
    auto *toolbar = addToolBar(tr("Map"));
    toolbar->setObjectName(u"mapToolbar"_s);
    toolbar->addWidget(m_controls);
    setCentralWidget(m_canvas);
    statusBar()->addWidget(m_hoverLabel, 1);
    m_canvas->setSelection(m_workspace->selection());
    createMenus();
    createDocks();

    connect(m_controls, &ChoroplethControls::specChanged, this, [this](const ChoroplethSpec &spec) {
        if (const IssueList issues = m_workspace->setStyle(spec); !issues.isEmpty())
            statusBar()->showMessage(issues.first().message, 10000);
    });
    connect(m_workspace, &Workspace::styleChanged, this, [this](const ChoroplethSpec &spec) {
        const QSignalBlocker blocker(m_controls); // showing a style does not restyle the layer
        if (!spec.field.isEmpty())
            m_controls->setSpec(spec);
    });
    connect(m_workspace, &Workspace::currentTableChanged, this, &MainWindow::showCurrentLayer);
    connect(m_workspace, &Workspace::currentLayerChanged, this, [this] {
        if (auto *styleDialog = findChild<StyleDialog *>())
            styleDialog->close(); // it styles the layer it was opened on
    });
    connect(m_workspace, &Workspace::problemsFound, this, &MainWindow::showIssues);
    connect(m_canvas, &MapCanvas::featureHovered, this, &MainWindow::showFeatureInStatusBar);
    connect(m_canvas, &MapCanvas::featureClicked, m_identify, &IdentifyPanel::showFeature);
    connect(m_figures, &FigureGallery::definitionChanged, this, [this](const FigureDefinition &figure) {
        if (const ProjectStore *store = m_workspace->project())
            m_workspace->recordFigure(m_figures->definition(figure.name, store->folder()));
    });
    connect(m_projects, &ProjectActions::problems, this, &MainWindow::showIssues);
    connect(m_projects, &ProjectActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_projects, &ProjectActions::projectOpened, this, [this](ProjectStore *store) {
        for (const FigureDefinition &figure : store ? store->content().figures : QList<FigureDefinition>{}) {
            QString warning;
            m_figures->applyDefinition(figure, *store, &warning);
            if (!warning.isEmpty())
                statusBar()->showMessage(warning, 10000);
        }
        if (auto *dock = findChild<QDockWidget *>(u"reviewDock"_s)) {
            dock->show();
            dock->raise();
        }
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
    keepDockTabTitlesWhole();
    // Moving a dock can make a new tab bar.
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        connect(dock, &QDockWidget::dockLocationChanged, this, &MainWindow::keepDockTabTitlesWhole, Qt::QueuedConnection);
}

void MainWindow::keepDockTabTitlesWhole()
{
    for (QTabBar *tabs : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        tabs->setElideMode(Qt::ElideNone);
        tabs->setUsesScrollButtons(true);
    }
}

// The views go before the document they show.
MainWindow::~MainWindow()
{
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
}

FeatureSelection *MainWindow::selection() const { return m_workspace->selection(); }
QUndoStack *MainWindow::undoStack() const { return m_workspace->undoStack(); }
ChoroplethSpec MainWindow::styleSpec() const { return m_workspace->styleSpec(); }

void MainWindow::createMenus()
{
    m_recentProjects = new RecentProjectsMenu(tr("&Recent Projects"), this);
    m_projects = new ProjectActions(m_workspace, m_recentProjects, this);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), m_projects, &ProjectActions::newProjectDialog);
    file->addAction(tr("Open &Project…"), m_projects, &ProjectActions::openProjectDialog);
    file->addMenu(m_recentProjects);
    file->addAction(tr("&Save Project"), QKeySequence::Save, m_projects, &ProjectActions::save);
    file->addAction(tr("Save Project &As…"), m_projects, &ProjectActions::saveAs);
    QAction *embed = file->addAction(tr("&Embed Layer Data in Project"));
    embed->setCheckable(true);
    embed->setToolTip(tr("Keep a copy of the current layer's file inside the project, so that the project travels alone"));
    connect(file, &QMenu::aboutToShow, this, [this, embed] {
        const ProjectStore *store = m_workspace->project();
        const qint64 id = store ? LayerRecipes::layerId(*store, m_workspace->currentRecipe()) : 0;
        embed->setEnabled(id != 0);
        bool embedded = false;
        for (const ProjectLayer &layer : store ? store->content().layers : QList<ProjectLayer>{})
            embedded = embedded || (layer.id == id && layer.hasEmbeddedCopy);
        embed->setChecked(embedded);
    });
    connect(embed, &QAction::triggered, this, [this](bool on) {
        if (ProjectStore *store = m_workspace->project())
            showIssues(store->setEmbedded(LayerRecipes::layerId(*store, m_workspace->currentRecipe()), on));
    });
    QAction *verify = file->addAction(tr("&Verify Layer Files"), m_projects, &ProjectActions::verifyLayerFiles);
    verify->setToolTip(tr("Read every layer file of the project, however large, and compare it with the checksum recorded"));
    connect(file, &QMenu::aboutToShow, verify, [this, verify] { verify->setEnabled(m_workspace->project() != nullptr); });
    file->addSeparator();
    file->addAction(tr("&Open Layer…"), QKeySequence::Open, this, &MainWindow::openLayerDialog);
    QMenu *bundled = file->addMenu(tr("Add &Bundled Layer"));
    bundled->addAction(tr("China's provinces, with population and area"), this, &MainWindow::loadDefaultMap);
    bundled->addAction(tr("China's prefecture-level units"), this, [this] { openLayer(BundledData::prefecturesPath()); });
    file->addAction(tr("&Join Table…"), QKeySequence(u"Ctrl+J"_s), this, &MainWindow::joinTableDialog);
    file->addAction(tr("&Export Map…"), QKeySequence(u"Ctrl+E"_s), this, &MainWindow::exportMapDialog);
    QAction *inset = file->addAction(tr("South China Sea &Inset Layer…"), this, &MainWindow::insetLayerDialog);
    inset->setToolTip(tr("A base layer, from a reviewed base map, drawn as the South China Sea Islands inset (南海诸岛附图) "
                         "of exported maps"));
    QAction *noInset = file->addAction(tr("Remove Inset Layer"), this, [this] { setMapInsetLayer({}); });
    connect(file, &QMenu::aboutToShow, noInset, [this, noInset] { noInset->setEnabled(m_inset.insetLayer != nullptr); });
    file->addAction(tr("&Report…"), this, &MainWindow::showComposer);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom to &Layer"), QKeySequence(u"Ctrl+0"_s), m_canvas, &MapCanvas::zoomToLayer);
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { m_canvas->zoomBy(1.5, m_canvas->rect().center()); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { m_canvas->zoomBy(1 / 1.5, m_canvas->rect().center()); });
    m_labels = new LabelsMenu(this);
    view->addMenu(m_labels);
    connect(m_labels, &LabelsMenu::labelFieldChanged, m_canvas, &MapCanvas::setLabelField);

    QMenu *layer = menuBar()->addMenu(tr("&Layer"));
    layer->addAction(tr("&Style…"), QKeySequence(u"Ctrl+Shift+S"_s), this, &MainWindow::showStyleDialog);
    layer->addAction(tr("Add &PostGIS Layer…"), this, &MainWindow::addPostgisLayerDialog);
    QAction *aggregate = layer->addAction(tr("&Aggregate…"), this, &MainWindow::showAggregateDialog);
    aggregate->setToolTip(tr("Count points, or a list of place names, into the units of the current layer"));

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
    help->addAction(tr("&About CityAtlas"), this, [this] { AboutDialog(this).exec(); });
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

void MainWindow::createDocks()
{
    const QString imbalance = u"imbalanceDock"_s;
    addPanelDock(m_imbalance, tr("Regional imbalance"), imbalance, Qt::RightDockWidgetArea, {}, QKeySequence(u"Ctrl+1"_s));
    addPanelDock(m_spatial, tr("Spatial autocorrelation"), u"spatialDock"_s, Qt::RightDockWidgetArea, imbalance, QKeySequence(u"Ctrl+2"_s));
    addPanelDock(m_evaluation, tr("Evaluation"), u"evaluationDock"_s, Qt::RightDockWidgetArea, imbalance, QKeySequence(u"Ctrl+3"_s));
    addPanelDock(m_figures, tr("Figures"), u"figuresDock"_s, Qt::RightDockWidgetArea, imbalance);
    addPanelDock(m_attributes, tr("Attribute table"), u"attributeDock"_s, Qt::BottomDockWidgetArea, {}, QKeySequence(u"Ctrl+T"_s));
    addPanelDock(m_identify, tr("Identify"), u"identifyDock"_s, Qt::RightDockWidgetArea, imbalance);
    addPanelDock(m_review, tr("Coverage review"), u"reviewDock"_s, Qt::RightDockWidgetArea, imbalance, QKeySequence(u"Ctrl+R"_s));
    addPanelDock(m_history, tr("Analysis history"), u"historyDock"_s, Qt::BottomDockWidgetArea, u"attributeDock"_s,
                 QKeySequence(u"Ctrl+H"_s));
    auto *layers = new LayersPanel(m_workspace->layers(), this);
    connect(layers, &LayersPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToExtent);
    addPanelDock(layers, tr("Layers"), u"layersDock"_s, Qt::LeftDockWidgetArea, {}, QKeySequence(u"Ctrl+L"_s));

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

void MainWindow::loadDefaultMap()
{
    runInBackground<LoadResult>(this, tr("Loading the province map…"),
        [](Feedback *feedback) { return BundledData::loadProvinceMap(feedback); },
        [this](LoadResult result) { showLoaded(std::move(result), BundledData::provincesPath(), {}, {}, BundledData::densityField()); });
}

void MainWindow::openLayer(const QString &path, const QString &encoding, const std::function<void()> &then)
{
    const auto [spec, layer] = VectorReader::splitLayerSpec(path);
    const QString file = VectorReader::datasetInArchive(spec);
    runInBackground<LoadResult>(this, tr("Loading %1…").arg(QFileInfo(spec).fileName()),
        [file, layer, encoding](Feedback *feedback) { return VectorReader::read(file, layer, feedback, encoding); },
        [this, path, file, layer, encoding, then](LoadResult result) {
            // A GDAL virtual path (/vsizip//x.zip/y) stays as it is: made "absolute" it would not open.
            const QString source = file.startsWith(u"/vsi"_s) ? file : QFileInfo(file).absoluteFilePath();
            if (!result.encodingUnknown) {
                showLoaded(std::move(result), source, layer, encoding, {});
                if (then)
                    then();
                return;
            }
            // A Shapefile without .cpg whose text is not UTF-8: ask for its encoding and read it again.
            bool ok = false;
            const QString chosen = QInputDialog::getItem(this, tr("Text encoding"),
                tr("%1 does not say how its text is encoded (it has no .cpg file). Choose the encoding:").arg(QFileInfo(file).fileName()),
                VectorReader::shapefileEncodings(), 0, false, &ok);
            if (ok)
                return openLayer(path, chosen, then);
            showLoaded(std::move(result), source, layer, encoding, {});
            if (then)
                then();
        });
}

void MainWindow::showLoaded(LoadResult result, const QString &source, const QString &layer, const QString &encoding,
                            const QString &preferredField, SourceAccess access)
{
    showIssues(result.issues);
    if (!result.table)
        return;
    const int rows = result.table->rowCount();
    ChoroplethSpec suggested = m_controls->spec();
    if (!preferredField.isEmpty())
        suggested.field = preferredField;
    LayerRecipe recipe{source, layer, result.table->name(), {}, {}, {}, {}, encoding};
    recipe.access = access;
    m_workspace->addLayer(std::move(result.table), recipe, suggested);
    statusBar()->showMessage(tr("%n feature(s) loaded from %1", nullptr, rows).arg(source), 5000);
}

bool MainWindow::openProject(const QString &path)
{
    return m_projects->openProject(path);
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
    if (!m_projects->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

// A table of a PostGIS database, read through GDAL's PostgreSQL driver (the user chose to connect).
void MainWindow::addPostgisLayerDialog()
{
    PostgisLayerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.table().isEmpty())
        return;
    const QString connection = dialog.connection(), table = dialog.table();
    runInBackground<LoadResult>(this, tr("Loading %1…").arg(table),
        [connection, table](Feedback *feedback) { return VectorReader::read(connection, table, feedback, {}, SourceAccess::RemoteAllowed); },
        [this, connection, table](LoadResult result) { showLoaded(std::move(result), connection, table, {}, {}, SourceAccess::RemoteAllowed); });
}

void MainWindow::openLayerDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Layer"), ProjectActions::lastFolder(),
        tr("Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb *.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    ProjectActions::rememberFolder(path);
    openLayer(path);
}

void MainWindow::joinTableDialog()
{
    if (!m_workspace->currentTable())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Join Table"), ProjectActions::lastFolder(),
        tr("Tables (*.csv *.xlsx *.ods *.gpkg *.dbf *.geojson);;All files (*)"));
    if (path.isEmpty())
        return;
    ProjectActions::rememberFolder(path);
    const auto [file, layer] = VectorReader::splitLayerSpec(path);
    runInBackground<LoadResult>(this, tr("Loading %1…").arg(QFileInfo(file).fileName()),
        [file, layer](Feedback *feedback) { return VectorReader::read(file, layer, feedback); },
        [this, file, layer](LoadResult loaded) {
            showIssues(loaded.issues);
            if (loaded.table)
                joinTable(std::shared_ptr<const FeatureTable>(std::move(loaded.table)), QFileInfo(file).absoluteFilePath(), layer);
        });
}

void MainWindow::joinTable(std::shared_ptr<const FeatureTable> table, const QString &tablePath, const QString &tableLayer)
{
    JoinDialog dialog(m_workspace->currentTable(), table, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const JoinReport report = m_workspace->joinTable(*table, {tablePath, tableLayer, dialog.spec()});
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Join failed"), report.error);
        return;
    }
    statusBar()->showMessage(tr("Joined %1: %2 units matched; added %3")
                                 .arg(QFileInfo(tablePath).fileName()).arg(report.matched).arg(report.addedFields.join(u", "_s)),
                             10000);
}

QString MainWindow::exportMap(const QString &path) const
{
    const QList<MapLayer> layers = m_workspace->layers()->visibleLayersBottomUp();
    // The legend and the labels are those of a layer drawn: the current one when it is shown,
    // else the top one shown.
    const MapLayer *featured = layers.isEmpty() ? nullptr : &layers.last();
    for (const MapLayer &layer : layers)
        if (layer.id == m_workspace->currentLayerId())
            featured = &layer;
    if (!featured)
        return tr("No layer is shown: there is no map to export.");
    MapSettings settings;
    settings.extent = m_canvas->viewExtent();
    settings.labelField = LabelsMenu::fieldFor(*featured->table, m_labels->choice());
    settings.legendTitle = BundledData::fieldCaption(featured->style->field());
    QStringList sources;
    for (const MapLayer &layer : layers) {
        const QString source = layer.table->sourcePath() == BundledData::provincesPath()
            ? BundledData::provinceMapSourceLine(layer.style ? layer.style->field() : QString())
            : QFileInfo(layer.table->sourcePath()).fileName();
        if (!sources.contains(source))
            sources.prepend(source); // the top layer first
    }
    settings.sourceLine = sources.join(u"; "_s);
    settings.sketchMapNote = true;
    settings.insetLayer = m_inset.insetLayer;
    settings.insetExtent = m_inset.insetExtent;
    settings.insetTitle = m_inset.insetTitle;
    QStringList inputs = m_workspace->project() ? m_workspace->project()->inputFiles() : QStringList();
    for (const MapLayer &layer : layers)
        inputs << layer.table->sourcePath();
    if (const QString problem = OutputGuard::check(path, inputs); !problem.isEmpty())
        return problem;
    MapRenderer renderer(*featured->table, *featured->style, settings);
    renderer.setLayerStack(layers, featured->id);
    return MapExporter::exportMap(renderer, path, {});
}

void MainWindow::exportMapDialog()
{
    if (!m_workspace->currentTable())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), QDir(ProjectActions::lastFolder()).filePath(u"map.png"_s),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    ProjectActions::rememberFolder(path);
    if (const QString error = exportMap(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Map written to %1").arg(path), 5000);
}

QString MainWindow::setMapInsetLayer(const QString &spec)
{
    if (spec.isEmpty()) {
        m_inset = {};
        return {};
    }
    MapSettings loaded;
    const IssueList issues = MapInset::load(spec, loaded);
    if (hasErrors(issues))
        return firstErrorOrIssue(issues);
    m_inset = loaded;
    return {};
}

void MainWindow::insetLayerDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("South China Sea Inset Layer"), ProjectActions::lastFolder(),
                                                      tr("Vector layers (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    ProjectActions::rememberFolder(path);
    if (const QString error = setMapInsetLayer(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Inset layer"), error);
    else
        statusBar()->showMessage(tr("Exported maps get a South China Sea Islands inset from %1").arg(QFileInfo(path).fileName()), 8000);
}

void MainWindow::showFeatureInStatusBar(int row)
{
    const auto layer = m_workspace->currentTable();
    if (row < 0 || !layer) {
        m_hoverLabel->clear();
        return;
    }
    const int nameColumn = layer->fieldIndex(unitNameField(*layer));
    const QString name = nameColumn >= 0 ? layer->value(row, nameColumn).toString() : QString::number(row);
    const QString field = m_workspace->currentStyle() ? m_workspace->currentStyle()->field() : QString();
    const int valueColumn = layer->fieldIndex(field);
    const auto value = valueColumn >= 0 ? layer->number(row, valueColumn) : std::nullopt;
    m_hoverLabel->setText(value ? tr("%1 — %2: %3").arg(name, field, QLocale().toString(*value, 'f', 1))
                                : tr("%1 — %2: no data").arg(name, field));
}

// The current layer's table and style show in the toolbar, the labels menu and the identify panel.
void MainWindow::showCurrentLayer()
{
    const auto layer = m_workspace->currentTable();
    m_identify->setLayer(layer);
    m_labels->setLayer(layer);
    if (!layer) {
        setWindowTitle(tr("CityAtlas"));
        return;
    }
    setWindowTitle(tr("%1 — CityAtlas").arg(QFileInfo(layer->sourcePath()).fileName()));
    m_canvas->setTooltipField(unitNameField(*layer));
    const QSignalBlocker blocker(m_controls); // showing a layer's style does not restyle it
    const ChoroplethSpec spec = m_workspace->styleSpec();
    m_controls->setFields(*layer, spec.field);
    if (!spec.field.isEmpty())
        m_controls->setSpec(spec);
}

void MainWindow::showAggregateDialog()
{
    if (!m_workspace->currentTable())
        return;
    AggregateDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.apply();
    QStringList fields;
    for (const ResultColumn &column : dialog.counts().columns)
        fields << column.field.name;
    statusBar()->showMessage(tr("Added %1 to %2 units").arg(fields.join(u", "_s)).arg(dialog.counts().rows.size()), 10000);
}

void MainWindow::showStyleDialog()
{
    const auto layer = m_workspace->currentTable();
    if (!layer)
        return;
    if (auto *open = findChild<StyleDialog *>()) {
        open->raise();
        return;
    }
    auto *dialog = new StyleDialog(layer, m_workspace->selection(), m_workspace->styleSpec(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StyleDialog::applied, this, [this](const ChoroplethSpec &spec) { m_workspace->setStyle(spec); });
    dialog->show();
}

void MainWindow::showComposer()
{
    ReportComposer(m_workspace, this).exec();
}

} // namespace CityAtlas
