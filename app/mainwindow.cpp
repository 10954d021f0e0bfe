#include "app/mainwindow.h"

#include "maps/data/bundleddata.h"
#include "maps/render/mapexporter.h"
#include "maps/models/featureselection.h"
#include "maps/models/layerstackmodel.h"
#include "widgets/attributetable.h"
#include "widgets/backgroundtask.h"
#include "widgets/choroplethcontrols.h"
#include "widgets/evaluationpanel.h"
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

#include <QAction>
#include <QCloseEvent>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
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

    connect(m_controls, &ChoroplethControls::specChanged, this, [this](const ChoroplethSpec &spec) {
        if (m_layer)
            m_canvas->setStyle(std::make_shared<const Choropleth>(Choropleth::classify(*m_layer, spec)));
    });
    connect(m_canvas, &MapCanvas::featureHovered, this, &MainWindow::showFeatureInStatusBar);
    resize(1200, 850);
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), this, &MainWindow::newProjectDialog);
    file->addAction(tr("Open &Project…"), this, &MainWindow::openProjectDialog);
    m_recentProjects = file->addMenu(tr("&Recent Projects"));
    connect(m_recentProjects, &QMenu::aboutToShow, this, &MainWindow::updateRecentProjects);
    QAction *saveProjectAction = file->addAction(tr("&Save Project"), this, &MainWindow::saveProject);
    saveProjectAction->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save Project &As…"), this, &MainWindow::saveProjectAs);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open Layer…"), this, &MainWindow::openLayerDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Default Map"), this, &MainWindow::loadDefaultMap);
    QAction *join = file->addAction(tr("&Join Table…"), this, &MainWindow::joinTableDialog);
    join->setShortcut(u"Ctrl+J"_s);
    QAction *exportMap = file->addAction(tr("&Export Map…"), this, &MainWindow::exportMapDialog);
    exportMap->setShortcut(u"Ctrl+E"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

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

void MainWindow::createAnalysisDocks()
{
    auto addDock = [this](QWidget *panel, const QString &title, const QString &name, const QKeySequence &shortcut) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(panel);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(shortcut);
        m_analysisMenu->addAction(toggle);
        return dock;
    };
    QDockWidget *imbalance = addDock(m_imbalance, tr("Regional imbalance"), u"imbalanceDock"_s, QKeySequence(u"Ctrl+1"_s));
    QDockWidget *spatial = addDock(m_spatial, tr("Spatial autocorrelation"), u"spatialDock"_s, QKeySequence(u"Ctrl+2"_s));
    tabifyDockWidget(imbalance, spatial);
    m_evaluation = new EvaluationPanel(this);
    QDockWidget *evaluation = addDock(m_evaluation, tr("Evaluation"), u"evaluationDock"_s, QKeySequence(u"Ctrl+3"_s));
    tabifyDockWidget(imbalance, evaluation);
    connect(m_evaluation, &EvaluationPanel::resultColumnsReady, this, &MainWindow::addResultColumns);
    imbalance->raise();
    connect(m_spatial, &SpatialPanel::clusterMapReady, m_canvas, &MapCanvas::setStyle);
    connect(m_spatial, &SpatialPanel::resultColumnsReady, this, &MainWindow::addResultColumns);
}

// The attribute table below the map, the identify panel with the analyses; both follow the
// shared selection, as do the map and the Moran scatter plot.
void MainWindow::createDataDocks()
{
    auto *table = new QDockWidget(tr("Attribute table"), this);
    table->setObjectName(u"attributeDock"_s);
    table->setWidget(m_attributes);
    addDockWidget(Qt::BottomDockWidgetArea, table);
    table->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+T"_s));
    m_analysisMenu->addAction(table->toggleViewAction());
    auto *identify = new QDockWidget(tr("Identify"), this);
    identify->setObjectName(u"identifyDock"_s);
    identify->setWidget(m_identify);
    addDockWidget(Qt::RightDockWidgetArea, identify);
    if (auto *imbalance = findChild<QDockWidget *>(u"imbalanceDock"_s)) {
        tabifyDockWidget(imbalance, identify);
        imbalance->raise();
    }
    m_analysisMenu->addAction(identify->toggleViewAction());
    m_canvas->setSelection(m_selection);
    m_spatial->setSelection(m_selection);
    m_imbalance->setSelection(m_selection);
    m_evaluation->setSelection(m_selection);
    connect(m_canvas, &MapCanvas::featureClicked, m_identify, &IdentifyPanel::showFeature);
    connect(m_attributes, &AttributeTable::resultColumnsReady, this, &MainWindow::addResultColumns);
}

// The paper's figures in their own dock, tabbed with the analysis panels.
void MainWindow::createFigureDock()
{
    m_figures = new FigureGallery(this);
    auto *dock = new QDockWidget(tr("Figures"), this);
    dock->setObjectName(u"figuresDock"_s);
    dock->setWidget(m_figures);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *imbalance = findChild<QDockWidget *>(u"imbalanceDock"_s)) {
        tabifyDockWidget(imbalance, dock);
        imbalance->raise();
    }
    m_analysisMenu->addAction(dock->toggleViewAction());
}

void MainWindow::loadDefaultMap()
{
    runInBackground<LoadResult>(this, tr("Loading the province map…"),
        [](Feedback *feedback) { return BundledData::loadProvinceMap(feedback); },
        [this](LoadResult result) { showLayer(std::move(result), BundledData::densityField()); });
}

void MainWindow::openLayer(const QString &path, const QString &encoding, const std::function<void()> &then)
{
    const auto [file, layer] = VectorReader::splitLayerSpec(path);
    runInBackground<LoadResult>(this, tr("Loading %1…").arg(QFileInfo(file).fileName()),
        [file, layer, encoding](Feedback *feedback) { return VectorReader::read(file, layer, feedback, encoding); },
        [this, path, file, then](LoadResult result) {
            if (!result.encodingUnknown) {
                showLayer(std::move(result), {});
                if (then)
                    then();
                return;
            }
            // A Shapefile without .cpg whose text is not UTF-8: ask for its encoding and read it
            // again; asked once the progress dialog is gone (queued, outside this callback).
            auto loaded = std::make_shared<LoadResult>(std::move(result));
            QTimer::singleShot(0, this, [this, path, file, then, loaded] {
                bool ok = false;
                const QString chosen = QInputDialog::getItem(this, tr("Text encoding"),
                    tr("%1 does not say how its text is encoded (it has no .cpg file). Choose the encoding:")
                        .arg(QFileInfo(file).fileName()),
                    VectorReader::shapefileEncodings(), 0, false, &ok);
                if (ok)
                    return openLayer(path, chosen, then);
                showLayer(std::move(*loaded), {});
                if (then)
                    then();
            });
        });
}

void MainWindow::showLayer(LoadResult result, const QString &preferredField)
{
    showIssues(result.issues);
    if (!result.table)
        return;
    const std::shared_ptr<const FeatureTable> layer(std::move(result.table));
    m_canvas->addLayer(layer); // on top, as the current layer: showCurrentLayer() follows
    m_controls->setFields(*layer, preferredField);
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
        [this](LoadResult loaded) {
            showIssues(loaded.issues);
            if (loaded.table)
                joinTable(std::shared_ptr<const FeatureTable>(std::move(loaded.table)));
        });
}

void MainWindow::joinTable(std::shared_ptr<const FeatureTable> table)
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
    m_canvas->replaceLayer(layer); // showCurrentLayer() shares it
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
    settings.labelField = m_nameField;
    const std::shared_ptr<const MapStyle> style = m_canvas->style();
    if (!style)
        return;
    settings.legendTitle = BundledData::fieldCaption(style->field());
    settings.sourceLine = m_layer->sourcePath() == BundledData::provincesPath() ? BundledData::provinceMapSourceLine()
                                                                                : QFileInfo(m_layer->sourcePath()).fileName();
    const QString error = MapExporter::exportMap(MapRenderer(*m_layer, *style, settings), path, {});
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

void MainWindow::addResultColumns(const QList<int> &rows, const QList<ResultColumn> &columns)
{
    if (!m_layer)
        return;
    // Copy on write: render jobs may still read the old table.
    auto layer = std::make_shared<FeatureTable>(*m_layer);
    QStringList names;
    for (const ResultColumn &column : columns) {
        layer->setResultColumn(column, rows);
        names << column.field.name;
    }
    m_canvas->replaceLayer(layer); // showCurrentLayer() shares it
    m_controls->setFields(*m_layer);
    statusBar()->showMessage(tr("Added the fields %1 to the layer").arg(names.join(u", "_s)), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CityAtlas"),
        tr("<h3>CityAtlas %1</h3><p>An analyst workbench for smart-city analysis in China.</p>"
           "<p>Bundled data: boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); "
           "population from the National Bureau of Statistics; land areas from provincial governments. "
           "See the datasets folder for full provenance.</p>").arg(QCoreApplication::applicationVersion()));
}


// ---- Layers (issue 7) ----

void MainWindow::createLayersDock()
{
    auto *panel = new LayersPanel(m_canvas->layers(), this);
    connect(panel, &LayersPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToExtent);
    auto *dock = new QDockWidget(tr("Layers"), this);
    dock->setObjectName(u"layersDock"_s);
    dock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+L"_s));
    m_analysisMenu->addAction(dock->toggleViewAction());
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
    const MapLayer *current = m_canvas->layers()->currentLayer();
    const QString id = current ? current->id : QString();
    if (id != m_currentLayerId)
        m_selection->clear();
    m_currentLayerId = id;
    m_layer = current ? current->table : nullptr;
    if (m_layer) {
        m_nameField = unitNameField(*m_layer);
        setWindowTitle(tr("%1 — CityAtlas").arg(QFileInfo(m_layer->sourcePath()).fileName()));
        m_canvas->setTooltipField(m_nameField);
        const QSignalBlocker blocker(m_controls); // showing a layer's style does not restyle it
        m_controls->setFields(*m_layer, current->style->field());
        if (const auto *choropleth = dynamic_cast<const Choropleth *>(current->style.get()))
            m_controls->setSpec(choropleth->spec());
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
        m_controls->setSpec({field, ClassificationMethod::EqualInterval, 5, u"Greens"_s, false});
    });
    auto *dock = new QDockWidget(tr("Coverage review"), this);
    dock->setObjectName(u"reviewDock"_s);
    dock->setWidget(m_review);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *imbalance = findChild<QDockWidget *>(u"imbalanceDock"_s)) {
        tabifyDockWidget(imbalance, dock);
        imbalance->raise();
    }
    dock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+R"_s));
    m_analysisMenu->addAction(dock->toggleViewAction());
    updateRecentProjects();
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

// Makes room for a new project file the user chose to replace.
static bool replaceFile(QWidget *parent, const QString &chosen, const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    if (chosen != path
        && QMessageBox::question(parent, MainWindow::tr("Replace project"),
                                 MainWindow::tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
               != QMessageBox::Yes)
        return false;
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
    recordCurrentLayer(*created.store);
    const IssueList issues = created.store->save();
    m_review->setProject(std::move(created.store));
    showIssues(issues);
    rememberRecentProject(path);
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
            tr("A recovery copy of %1 from %2 is newer than the project: review edits that were not saved "
               "when CityAtlas last closed. Recover them?\n\nThe project as saved is kept as %3.")
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
    reportSources(*opened.store);
    QString firstLayer;
    if (!opened.store->content().layers.isEmpty()) {
        const ProjectLayer &layer = opened.store->content().layers.first();
        const QString file = QDir(opened.store->folder()).absoluteFilePath(layer.sourcePath);
        // Only a local regular file the project names: never a remote or virtual path.
        if (QFileInfo(file).isFile() && !layer.sourcePath.startsWith(u"/vsi"_s))
            firstLayer = layer.layerName.isEmpty() ? file : file + u':' + layer.layerName;
    }
    m_review->setProject(std::move(opened.store));
    rememberRecentProject(path);
    showReviewDock(this);
    if (!firstLayer.isEmpty())
        openLayer(firstLayer);
    return true;
}

void MainWindow::reportSources(ProjectStore &store)
{
    const QList<SourceCheck> checks = store.checkSources();
    QStringList problems;
    for (const SourceCheck &check : checks)
        if (check.status != SourceStatus::Ok && check.status != SourceStatus::Unverified && !check.message.isEmpty())
            problems << check.message;
    if (problems.isEmpty())
        return;
    QMessageBox::warning(this, tr("Layer sources"),
                         tr("Some layer sources of %1 moved or changed:\n\n%2")
                             .arg(QFileInfo(store.path()).fileName(), problems.join(u'\n')));
    for (const SourceCheck &check : checks) {
        if (check.status != SourceStatus::Missing)
            continue;
        QString name;
        for (const ProjectLayer &layer : store.content().layers)
            if (layer.id == check.layerId)
                name = layer.name.isEmpty() ? layer.sourcePath : layer.name;
        QMessageBox box(QMessageBox::Question, tr("Missing layer source"),
                        tr("The source of layer %1 is missing:\n%2").arg(name, check.message), QMessageBox::NoButton, this);
        QPushButton *relocate = box.addButton(tr("Relocate…"), QMessageBox::AcceptRole);
        box.addButton(tr("Skip"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != relocate)
            continue;
        const QString file = QFileDialog::getOpenFileName(this, tr("Relocate %1").arg(name), store.folder(),
            tr("Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)"));
        if (file.isEmpty())
            continue;
        const IssueList issues = store.relocate(check.layerId, file);
        if (!issues.isEmpty()) {
            QStringList messages;
            for (const Issue &issue : issues)
                messages << issue.message;
            QMessageBox::information(this, tr("Relocate %1").arg(name), messages.join(u'\n'));
        }
    }
}

// The current layer's source goes into the project (once, with its checksum).
void MainWindow::recordCurrentLayer(ProjectStore &store)
{
    if (!m_layer || m_layer->sourcePath().isEmpty())
        return;
    const auto [file, layerName] = VectorReader::splitLayerSpec(m_layer->sourcePath());
    const QString absolute = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        return;
    for (const ProjectLayer &layer : store.content().layers)
        if (QFileInfo(QDir(store.folder()).absoluteFilePath(layer.sourcePath)).absoluteFilePath() == absolute
            && layer.layerName == layerName)
            return;
    IssueList issues;
    store.addLayer(absolute, layerName, m_layer->name(), false, &issues);
    showIssues(issues);
}

bool MainWindow::saveProject()
{
    ProjectStore *store = m_review->project();
    if (!store)
        return saveProjectAs();
    recordCurrentLayer(*store);
    const IssueList issues = m_review->saveProject();
    if (hasErrors(issues)) {
        showIssues(issues);
        return false;
    }
    rememberRecentProject(store->path());
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
    if (current && QFileInfo(path).absoluteFilePath() == current->path())
        return saveProject();
    if (!replaceFile(this, chosen, path))
        return false;
    rememberFolder(path);
    if (current) {
        // The saved project and its unsaved review edits, in a new file; the old one stays as saved.
        const IssueList issues = ReviewPanel::writeCopy(*current, path);
        if (hasErrors(issues)) {
            showIssues(issues);
            return false;
        }
        QFile::remove(ReviewPanel::recoveryPath(current->path()));
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
    recordCurrentLayer(*opened.store);
    const IssueList issues = opened.store->save();
    m_review->setProject(std::move(opened.store));
    showIssues(issues);
    rememberRecentProject(path);
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

static constexpr int MaxRecentProjects = 8;

void MainWindow::rememberRecentProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"projects/recent"_s).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    settings.setValue(u"projects/recent"_s, recent);
    updateRecentProjects();
}

void MainWindow::updateRecentProjects()
{
    if (!m_recentProjects)
        return;
    QSettings settings;
    const QStringList stored = settings.value(u"projects/recent"_s).toStringList();
    QStringList recent;
    for (const QString &path : stored)
        if (QFileInfo(path).isFile() && !recent.contains(path) && recent.size() < MaxRecentProjects)
            recent << path;
    if (recent != stored)
        settings.setValue(u"projects/recent"_s, recent);
    m_recentProjects->clear();
    for (const QString &path : recent)
        m_recentProjects->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSaveProject())
                openProject(path);
        });
    if (recent.isEmpty())
        m_recentProjects->addAction(tr("No recent projects"))->setEnabled(false);
    else {
        m_recentProjects->addSeparator();
        m_recentProjects->addAction(tr("Clear Recent Projects"), this, [this] {
            QSettings().remove(u"projects/recent"_s);
            updateRecentProjects();
        });
    }
}

} // namespace CityAtlas
