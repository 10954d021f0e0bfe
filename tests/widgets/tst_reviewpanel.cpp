// The Coverage review dock as a user drives it (offscreen): a project opened in the panel,
// a status edited through the view's model, the summary updated live and the edit in the
// audit trail; a bad CSV rejected as a whole; the recovery copy written by the autosave slot
// and offered on reopen.
#include "app/mainwindow.h"
#include "maps/data/bundleddata.h"
#include "maps/project/layerrecipe.h"
#include "maps/models/analysishistorymodel.h"
#include "maps/models/layerstackmodel.h"
#include "widgets/analysishistorypanel.h"
#include "widgets/choroplethcontrols.h"
#include "widgets/figuregallery.h"
#include "widgets/imbalancepanel.h"
#include "widgets/spatialpanel.h"
#include "maps/models/reviewtablemodel.h"
#include "widgets/mapcanvas.h"
#include "maps/project/projectfiles.h"
#include "maps/workspace/projectsession.h"
#include "maps/workspace/workspace.h"
#include "widgets/reviewpanel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

int proxyRowOf(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ReviewTableModel::UnitIdRole).toString() == id)
            return row;
    return -1;
}

const LevelCoverage *coverage(const CoverageSummary &summary, ReviewLevel level)
{
    for (const LevelCoverage &l : summary.levels)
        if (l.level == level)
            return &l;
    return nullptr;
}

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<ProjectStore> newProject(const QString &name)
    {
        auto created = ProjectStore::create(m_dir.filePath(name));
        return std::move(created.store);
    }

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CityAtlasTest"_s);
        QCoreApplication::setApplicationName(u"tst_reviewpanel"_s);
        QVERIFY(m_dir.isValid());
    }

    void editUpdatesSummaryAndAuditTrail()
    {
        Workspace workspace;
        ReviewPanel panel(&workspace);
        QVERIFY(panel.catalog());
        auto store = newProject(u"edit.cityatlas"_s);
        QVERIFY(store);
        workspace.session()->setStore(std::move(store));
        panel.setReviewer(u"Li Wei"_s);
        QVERIFY(!workspace.hasUnsavedChanges());
        const LevelCoverage *before = coverage(panel.summary(), ReviewLevel::NationalNewArea);
        QVERIFY(before);
        QCOMPARE(before->planned, 0);
        QCOMPARE(before->total, 19);
        QVERIFY(before->baseline);

        // Only national-level new areas, then only approved ones.
        panel.setLevelFilter(u"national_new_area"_s);
        QCOMPARE(panel.view()->model()->rowCount(), 19);
        const int row = proxyRowOf(panel.view()->model(), u"NA19"_s);
        QVERIFY(row >= 0);

        QSignalSpy summaryChanged(&panel, &ReviewPanel::summaryChanged);
        QSignalSpy modified(&workspace, &Workspace::modifiedChanged);
        QAbstractItemModel *viewModel = panel.view()->model();
        QVERIFY(viewModel->setData(viewModel->index(row, ReviewTableModel::StatusColumn), u"approved"_s));
        QVERIFY(summaryChanged.size() >= 1);
        QVERIFY(!modified.isEmpty() && modified.last().first().toBool());
        QCOMPARE(coverage(panel.summary(), ReviewLevel::NationalNewArea)->planned, 1);
        QVERIFY(workspace.hasUnsavedChanges());
        const QList<AuditEntry> pending = workspace.project()->auditTrail();
        QCOMPARE(std::count_if(pending.cbegin(), pending.cend(), [](const AuditEntry &e) { return e.id == 0; }), 1); // not yet saved

        panel.setStatusFilter(u"approved"_s);
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        panel.setStatusFilter({});
        panel.setLevelFilter({});
        QVERIFY(panel.view()->model()->rowCount() > 300);

        const QList<AuditEntry> trail = panel.project()->auditTrail();
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail[0].who, u"Li Wei"_s);
        QCOMPARE(trail[0].unitId, u"NA19"_s);
        QCOMPARE(trail[0].field, u"status"_s);
        QCOMPARE(trail[0].newValue, u"approved"_s);

        // Exports.
        const QString records = m_dir.filePath(u"records.csv"_s);
        const QString audit = m_dir.filePath(u"audit.csv"_s);
        QCOMPARE(panel.exportRecords(records), QString());
        QCOMPARE(panel.exportAuditTrail(audit), QString());
        QFile auditFile(audit);
        QVERIFY(auditFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(auditFile.readAll()).contains(u"Li Wei"_s));

        QVERIFY(!hasErrors(workspace.save()));
        QVERIFY(!workspace.hasUnsavedChanges());

        // The export dialogs never write over the project (nor its log).
        const QString project = panel.project()->path();
        QFile projectFile(project);
        QVERIFY(projectFile.open(QIODevice::ReadOnly));
        const QByteArray projectBytes = projectFile.readAll();
        projectFile.close();
        QVERIFY2(panel.exportRecords(project).contains(u"is the input"_s), qPrintable(panel.exportRecords(project)));
        QVERIFY(panel.exportAuditTrail(project + u"-wal"_s).contains(u"read together with the input"_s));
        QVERIFY(projectFile.open(QIODevice::ReadOnly));
        QCOMPARE(projectFile.readAll(), projectBytes);
    }

    void badImportChangesNothing()
    {
        Workspace workspace;
        ReviewPanel panel(&workspace);
        workspace.session()->setStore(newProject(u"import.cityatlas"_s));
        panel.setReviewer(u"Li Wei"_s);
        const CoverageSummary before = panel.summary();
        const ReviewImportResult result = panel.importRecords(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/review_records_bad.csv"));
        QVERIFY(!result.ok());
        int errors = 0;
        for (const Issue &issue : result.issues)
            errors += issue.severity == Issue::Severity::Error ? 1 : 0;
        QVERIFY2(errors >= 4, qPrintable(QString::number(errors)));
        QVERIFY(panel.project()->content().reviews.isEmpty());
        QVERIFY(panel.project()->auditTrail().isEmpty());
        QVERIFY(!workspace.hasUnsavedChanges());
        for (int i = 0; i < before.levels.size(); ++i)
            QCOMPARE(panel.summary().levels[i].planned, before.levels[i].planned);

        // Without a reviewer nothing is imported either.
        panel.setReviewer({});
        QVERIFY(!panel.importRecords(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/review_records_bad.csv")).ok());
    }

    void recoveryCopyIsWrittenAndOffered()
    {
        const QString path = m_dir.filePath(u"recover.cityatlas"_s);
        const QString recovery = ProjectFiles::recoveryPath(path);
        QCOMPARE(recovery, path + u".recovery"_s);
        {
            Workspace workspace;
            ReviewPanel panel(&workspace);
            workspace.session()->setStore(newProject(u"recover.cityatlas"_s));
            panel.setReviewer(u"Wang Fang"_s);
            QVERIFY(!workspace.session()->writeRecoveryCopy()); // nothing to recover
            QVERIFY(!QFile::exists(recovery));

            QAbstractItemModel *model = panel.view()->model();
            const int beijing = proxyRowOf(model, u"110000"_s);
            QVERIFY(beijing >= 0);
            QVERIFY(model->setData(model->index(beijing, ReviewTableModel::StatusColumn), u"preparing"_s));
            QVERIFY(model->setData(model->index(beijing, ReviewTableModel::DocumentColumn), u"北京市新型智慧城市顶层设计"_s));
            QTest::qWait(1100); // file times have a resolution of a second on some systems
            QVERIFY(workspace.session()->writeRecoveryCopy());
            QVERIFY(QFile::exists(recovery));
            QVERIFY(!workspace.session()->writeRecoveryCopy()); // no new edits since
            QCOMPARE(ProjectStore::integrityCheck(recovery), u"ok"_s);
            QVERIFY(ProjectFiles::shouldOfferRecovery(path));
            // The panel is closed without saving (as after a crash).
        }
        {
            auto saved = ProjectStore::open(path);
            QVERIFY(saved.store);
            QVERIFY(saved.store->content().reviews.isEmpty());
        }
        {
            auto recovered = ProjectStore::open(recovery);
            QVERIFY(recovered.store);
            QCOMPARE(recovered.store->reviewRecord(u"110000"_s)->status, ReviewStatus::Preparing);
            QCOMPARE(recovered.store->reviewRecord(u"110000"_s)->document, u"北京市新型智慧城市顶层设计"_s);
            const QList<AuditEntry> trail = recovered.store->auditTrail();
            QCOMPARE(trail.size(), 2);
            QCOMPARE(trail[0].who, u"Wang Fang"_s);
        }
        QCOMPARE(ProjectFiles::adoptRecovery(path), QString());
        QVERIFY(!QFile::exists(recovery));
        QVERIFY(QFile::exists(path + u".before-recovery"_s));
        QVERIFY(!ProjectFiles::shouldOfferRecovery(path));
        {
            Workspace workspace;
            ReviewPanel panel(&workspace);
            auto opened = ProjectStore::open(path);
            QVERIFY(opened.store);
            workspace.session()->setStore(std::move(opened.store));
            QCOMPARE(coverage(panel.summary(), ReviewLevel::ViceProvincialAndAbove)->planned, 1);
            QCOMPARE(panel.project()->auditTrail().size(), 2);
        }
    }

    void normalSaveRemovesRecovery()
    {
        const QString path = m_dir.filePath(u"save.cityatlas"_s);
        Workspace workspace;
        ReviewPanel panel(&workspace);
        workspace.session()->setStore(newProject(u"save.cityatlas"_s));
        panel.setReviewer(u"Wang Fang"_s);
        QAbstractItemModel *model = panel.view()->model();
        QVERIFY(model->setData(model->index(proxyRowOf(model, u"UC01"_s), ReviewTableModel::StatusColumn), u"approved"_s));
        QVERIFY(workspace.session()->writeRecoveryCopy());
        QVERIFY(QFile::exists(ProjectFiles::recoveryPath(path)));
        QVERIFY(!hasErrors(workspace.save()));
        QVERIFY(!QFile::exists(ProjectFiles::recoveryPath(path)));
        QVERIFY(!ProjectFiles::shouldOfferRecovery(path));
    }

    void saveAsCopyCarriesPendingEdits()
    {
        Workspace workspace;
        ReviewPanel panel(&workspace);
        workspace.session()->setStore(newProject(u"original.cityatlas"_s));
        panel.setReviewer(u"Li Wei"_s);
        QAbstractItemModel *model = panel.view()->model();
        QVERIFY(model->setData(model->index(proxyRowOf(model, u"440100"_s), ReviewTableModel::StatusColumn), u"approved"_s));
        panel.project()->recordAnalysisRun({0, u"moran"_s, u"{}"_s, uR"({"I":0.25})"_s, {}});
        panel.project()->recordFigure({0, u"fig6"_s, uR"({"dpi":120})"_s});
        QVERIFY(m_dir.path().size() > 0);
        QDir(m_dir.path()).mkdir(u"other"_s);
        const QString copyPath = m_dir.filePath(u"other/copy.cityatlas"_s);
        QVERIFY(!hasErrors(panel.project()->writeCopy(copyPath)));
        auto copy = ProjectStore::open(copyPath);
        QVERIFY(copy.store);
        QCOMPARE(copy.store->reviewRecord(u"440100"_s)->status, ReviewStatus::Approved);
        QCOMPARE(copy.store->auditTrail().size(), 1);
        QCOMPARE(copy.store->content().analysisRuns.size(), 1);
        QCOMPARE(copy.store->content().analysisRuns[0].resultsJson, uR"({"I":0.25})"_s);
        QCOMPARE(copy.store->content().figures.size(), 1);
    }

    void drillDownFromSummaryLevel()
    {
        Workspace workspace;
        ReviewPanel panel(&workspace);
        workspace.session()->setStore(newProject(u"drill.cityatlas"_s));
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableWidget *summary = panel.summaryTable();
        QCOMPARE(summary->rowCount(), 5);
        QVERIFY(panel.view()->model()->rowCount() > 300);
        // Row 2 is the national-level new areas (the figure's order).
        QTableWidgetItem *item = summary->item(2, 0);
        QVERIFY(item);
        summary->scrollToItem(item);
        const QPoint at = summary->visualItemRect(item).center();
        QTest::mouseClick(summary->viewport(), Qt::LeftButton, {}, at); // the view wants a press before the double-click
        QTest::mouseDClick(summary->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(panel.view()->model()->rowCount(), 19);
        QCOMPARE(panel.view()->currentIndex().row(), 0);
        for (int row = 0; row < 19; ++row)
            QVERIFY(panel.view()->model()->index(row, 0).data(ReviewTableModel::UnitIdRole).toString().startsWith(u"NA"_s));
        panel.showLevelOfSummaryRow(1);
        QCOMPARE(panel.view()->model()->rowCount(), 277);
    }

    void coverageByProvinceGoesToTheMap()
    {
        Workspace workspace;
        ReviewPanel panel(&workspace);
        workspace.session()->setStore(newProject(u"provinces.cityatlas"_s));
        panel.setReviewer(u"Li Wei"_s);
        QVERIFY(!panel.mapCoverageByProvince().isEmpty()); // no layer yet

        auto layer = std::make_shared<FeatureTable>(u"provinces"_s, QString());
        layer->addField({u"code"_s, FieldType::Integer});
        layer->addField({u"name"_s, FieldType::String});
        layer->appendRow({130000, u"河北省"_s});
        layer->appendRow({440000, u"广东省"_s});
        layer->appendRow({130100, u"石家庄市"_s}); // not a province: left out
        layer->appendRow({710000, u"台湾省"_s});
        workspace.addLayer(layer, {});

        // Xiong'an approved: at the new-area level Hebei is 1 of 1, Guangdong (Nansha) 0 of 1.
        QAbstractItemModel *viewModel = panel.view()->model();
        panel.setLevelFilter(u"national_new_area"_s);
        QVERIFY(viewModel->setData(viewModel->index(proxyRowOf(viewModel, u"NA19"_s), ReviewTableModel::StatusColumn), u"approved"_s));

        QCOMPARE(panel.mapCoverageByProvince(), QString());
        // Fields of the current layer at the province rows (0, 1, 3), one step to undo, mapped.
        const auto result = workspace.currentTable();
        const int share = result->fieldIndex(u"coverage_share"_s), planned = result->fieldIndex(u"coverage_planned"_s),
                  total = result->fieldIndex(u"coverage_total"_s);
        QVERIFY(share >= 0 && planned >= 0 && total >= 0);
        QCOMPARE(result->value(0, share).toDouble(), 1.0);
        QCOMPARE(result->value(1, share).toDouble(), 0.0);
        QVERIFY(result->value(2, share).isNull()); // Shijiazhuang: not a province
        QCOMPARE(result->value(0, planned).toInt(), 1);
        QCOMPARE(result->value(1, total).toInt(), 1);
        QCOMPARE(workspace.styleSpec().field, u"coverage_share"_s);
    }

    void windowOpensProjectWithItsLayer()
    {
        const QString path = m_dir.filePath(u"window.cityatlas"_s);
        {
            auto created = ProjectStore::create(path);
            QVERIFY(created.store);
            IssueList issues;
            QVERIFY(created.store->addLayer(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"), {}, u"grid"_s, false, &issues) > 0);
            QVERIFY(!hasErrors(created.store->save()));
        }
        QSettings().remove(u"projects/recent"_s);
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
        QVERIFY(window.openProject(path));
        QVERIFY(window.reviewPanel()->project());
        QCOMPARE(window.reviewPanel()->project()->path(), QFileInfo(path).absoluteFilePath());
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->layer() != nullptr, 20000);
        QCOMPARE(window.canvas()->layer()->rowCount(), 9);
        QCOMPARE(QSettings().value(u"projects/recent"_s).toStringList(), QStringList{QFileInfo(path).absoluteFilePath()});
        QVERIFY(!window.workspace()->hasUnsavedChanges());
    }

    // Issue 6: the project brings back the layer with its joins and the figure set-ups, and
    // keeps every analysis the user runs.
    void windowRestoresJoinsAndRecordsRuns()
    {
        const QString path = m_dir.filePath(u"restore.cityatlas"_s);
        const QString fig4Data = QStringLiteral(CITYATLAS_TEST_DATA_DIR "/scopus_export.csv");
        {
            auto created = ProjectStore::create(path);
            LayerRecipe recipe{BundledData::provincesPath(), {}, u"provinces"_s, {}, {}, {}, {}, {}};
            recipe.joins.append({QStringLiteral(CITYATLAS_TEST_DATA_DIR "/province_short_names.csv"), {},
                                 JoinSpec(u"name_zh"_s, u"province"_s, JoinMatch::Name)});
            recipe.styleJson = uR"({"classes":3,"field":"pop_2022","method":"jenks","ramp":"Blues","reversed":true})"_s;
            QVERIFY(LayerRecipes::record(*created.store, recipe).isEmpty());
            created.store->recordFigure({0, u"fig4"_s, uR"({"data":"%1","width":1600,"height":900,"dpi":150})"_s.arg(fig4Data)});
            QVERIFY(!hasErrors(created.store->save()));
        }
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QSignalSpy imbalanceDone(window.imbalancePanel(), &ImbalancePanel::finished);
        QVERIFY(window.openProject(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->layer() && window.canvas()->layer()->fieldIndex(u"score"_s) >= 0, 20000);
        QCOMPARE(window.canvas()->layer()->rowCount(), 34);
        // What the panels compute by themselves on the new layer is shown, not recorded: the
        // project is unchanged by opening it.
        QTRY_VERIFY_WITH_TIMEOUT(imbalanceDone.count() > 0, 20000);
        QVERIFY(window.reviewPanel()->project()->content().analysisRuns.isEmpty());
        QVERIFY(!window.reviewPanel()->project()->isModified());
        // The style as saved, shown without changing the project.
        QCOMPARE(window.styleSpec().field, u"pop_2022"_s);
        QCOMPARE(window.styleSpec().method, ClassificationMethod::NaturalBreaks);
        QCOMPARE(window.styleSpec().classCount, 3);
        QCOMPARE(window.styleSpec().ramp, u"Blues"_s);
        QVERIFY(window.styleSpec().reversed);
        QCOMPARE(window.canvas()->style()->field(), u"pop_2022"_s);
        ProjectStore *project = window.reviewPanel()->project();
        QCOMPARE(project->content().styles.size(), 1);
        QVERIFY(project->content().styles[0].json.contains(u"jenks"_s));
        // A new style from the toolbar is recorded at once.
        ChoroplethSpec equal = window.styleSpec();
        equal.method = ClassificationMethod::EqualInterval;
        window.findChild<ChoroplethControls *>()->setSpec(equal);
        QCOMPARE(window.styleSpec().method, ClassificationMethod::EqualInterval);
        QTRY_VERIFY_WITH_TIMEOUT(project->content().styles.value(0).json.contains(u"\"equal\""_s), 5000);
        QCOMPARE(project->content().styles.size(), 1);
        const QJsonObject fig4 = QJsonDocument::fromJson(window.figureGallery()->definition(u"fig4"_s).definitionJson.toUtf8()).object();
        QCOMPARE(fig4.value(u"data"_s).toString(), fig4Data);
        QCOMPARE(fig4.value(u"width"_s).toInt(), 1600);
        QCOMPARE(fig4.value(u"dpi"_s).toInt(), 150);

        // Runs the user asks for are recorded.
        ProjectStore *store = window.reviewPanel()->project();
        window.imbalancePanel()->run();
        const auto runOf = [store](const QString &kind) {
            for (const AnalysisRun &run : store->content().analysisRuns)
                if (run.kind == kind)
                    return run;
            return AnalysisRun{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!runOf(u"inequality"_s).resultsJson.isEmpty(), 20000);
        const QJsonObject inequality = QJsonDocument::fromJson(runOf(u"inequality"_s).resultsJson.toUtf8()).object();
        QCOMPARE(inequality.value(u"n"_s).toInt(), 31); // NBS population covers the 31 mainland units
        QVERIFY(inequality.value(u"gini"_s).toDouble() > 0.0 && inequality.value(u"gini"_s).toDouble() < 1.0);
        QCOMPARE(inequality.value(u"groups"_s).toArray().size(), 4); // the four NBS regions
        QSignalSpy spatialDone(window.spatialPanel(), &SpatialPanel::finished);
        window.spatialPanel()->run();
        QVERIFY(spatialDone.wait(30000));
        const AnalysisRun moran = runOf(u"moran"_s);
        QVERIFY(moran.parametersJson.contains(u"\"weights\""_s));
        const QJsonObject moranResult = QJsonDocument::fromJson(moran.resultsJson.toUtf8()).object();
        QVERIFY(moranResult.contains(u"I"_s) && moranResult.contains(u"clusters"_s));
        QVERIFY(window.workspace()->hasUnsavedChanges());
        // The history dock lists both, newest first; one exports as JSON.
        AnalysisHistoryPanel *history = window.historyPanel();
        QCOMPARE(history->model()->rowCount(), 2);
        QCOMPARE(history->model()->run(0).kind, u"moran"_s);
        const QString exported = m_dir.filePath(u"moran-run.json"_s);
        QVERIFY(history->exportRun(0, exported).isEmpty());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"results"_s).toObject().value(u"I"_s).toDouble(), moranResult.value(u"I"_s).toDouble());
        QVERIFY(!history->exportRun(5, exported).isEmpty());
        QVERIFY(!hasErrors(window.workspace()->save()));

        auto reopened = ProjectStore::open(path);
        QVERIFY(reopened.store);
        QCOMPARE(reopened.store->content().analysisRuns.size(), 2);
        QCOMPARE(reopened.store->content().joins.size(), 1);
        QVERIFY(reopened.store->content().styles.value(0).json.contains(u"\"equal\""_s));
    }

    // Several layers come back in the project's order (bottom first) with how they are shown,
    // and showing or fading one is a change of the project.
    void windowRestoresTheLayerStack()
    {
        const QString path = m_dir.filePath(u"stack.cityatlas"_s);
        {
            auto created = ProjectStore::create(path);
            LayerRecipe provinces{BundledData::provincesPath(), {}, u"provinces"_s, {}, {}, {}, {}, {}};
            LayerRecipe grid{QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"), {}, u"grid"_s, {}, {}, {}, {}, {}};
            grid.opacity = 0.4;
            grid.visible = false;
            QVERIFY(LayerRecipes::record(*created.store, provinces).isEmpty());
            QVERIFY(LayerRecipes::record(*created.store, grid).isEmpty());
            // A figure whose table the project may not open: a VRT naming a remote source.
            QVERIFY(QFile::copy(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/hostile_remote.vrt"), m_dir.filePath(u"fig4.vrt"_s)));
            created.store->recordFigure({0, u"fig4"_s, uR"({"data":"fig4.vrt","width":1600,"height":900,"dpi":150})"_s});
            QVERIFY(!hasErrors(created.store->save()));
        }
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(window.openProject(path));
        LayerStackModel *layers = window.canvas()->layers();
        QTRY_COMPARE_WITH_TIMEOUT(layers->layerCount(), 2, 20000);
        QCOMPARE(layers->layer(0).table->rowCount(), 9);  // the grid on top
        QCOMPARE(layers->layer(1).table->rowCount(), 34); // the provinces below
        const QJsonObject fig4 = QJsonDocument::fromJson(window.figureGallery()->definition(u"fig4"_s).definitionJson.toUtf8()).object();
        QVERIFY(!fig4.contains(u"data"_s)); // the VRT is not read
        QCOMPARE(fig4.value(u"width"_s).toInt(), 1600);
        QCOMPARE(layers->layer(0).opacity, 0.4);
        QVERIFY(!layers->layer(0).visible);
        QVERIFY(layers->layer(1).visible);
        ProjectStore *store = window.reviewPanel()->project();
        QTRY_VERIFY_WITH_TIMEOUT(!window.canvas()->isRendering(), 20000);
        const auto styleOfGrid = [store] {
            for (const LayerStyle &style : store->content().styles)
                if (style.layerId == store->content().layers[1].id)
                    return style.json;
            return QString();
        };
        QCOMPARE(styleOfGrid(), uR"({"opacity":0.4,"visible":false})"_s); // unchanged by opening
        layers->setVisible(0, true);
        QTRY_VERIFY_WITH_TIMEOUT(!styleOfGrid().contains(u"visible"_s), 5000);
        QVERIFY(store->isModified());
        // Moving a layer changes the project's order (bottom first); removing one removes it.
        QVERIFY(layers->moveLayer(0, 1)); // the grid to the bottom
        QTRY_COMPARE_WITH_TIMEOUT(store->content().layers.value(0).name, u"grid"_s, 5000);
        QCOMPARE(store->content().layers.value(1).name, u"provinces"_s);
        QVERIFY(layers->removeLayer(0)); // the provinces, now on top
        QCOMPARE(store->content().layers.size(), 1);
        QCOMPARE(store->content().layers[0].name, u"grid"_s);
        QVERIFY(!hasErrors(window.workspace()->save()));
        auto reopened = ProjectStore::open(path);
        QCOMPARE(reopened.store->content().layers.size(), 1);
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
