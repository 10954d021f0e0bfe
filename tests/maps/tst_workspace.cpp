// The workspace, without widgets: what the user makes (layers, joins, computed fields, analysis
// results, styles, names, panel choices, the current layer) goes into the project and comes back
// when it is opened again; each edit is a step to undo, and undoing is recorded too.
#include "maps/data/bundleddata.h"
#include "maps/data/vectorreader.h"
#include "maps/models/layerstackmodel.h"
#include "maps/project/projectfiles.h"
#include "maps/workspace/projectsession.h"
#include "maps/workspace/workspace.h"
#include "tests/testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace CityAtlas;
using namespace CityAtlas::TestSupport;
using namespace Qt::StringLiterals;

namespace {

// Loads a layer as the window does and adds it to the workspace.
QString addFile(Workspace &workspace, const QString &path)
{
    LayerRecipe recipe{path, {}, {}, {}, {}, {}, {}, {}};
    LoadResult loaded = LayerRecipes::load(recipe);
    if (!loaded.table)
        return {};
    recipe.name = loaded.table->name();
    return workspace.addLayer(std::move(loaded.table), recipe);
}

QString addProvinces(Workspace &workspace)
{
    LoadResult loaded = BundledData::loadProvinceMap();
    if (!loaded.table)
        return {};
    const LayerRecipe recipe{BundledData::provincesPath(), {}, loaded.table->name(), {}, {}, {}, {}, {}};
    ChoroplethSpec density;
    density.field = BundledData::densityField();
    return workspace.addLayer(std::move(loaded.table), recipe, density);
}

double numberAt(const Workspace &workspace, int row, const QString &field)
{
    const auto table = workspace.currentTable();
    return table->number(row, table->fieldIndex(field)).value_or(-1);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(u"w%1.cityatlas"_s.arg(++m_counter)); }

private slots:
    void initTestCase() { qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR); }

    // Computed fields (by their expressions) and analysis results (by their values) come back.
    void addedFieldsComeBackAfterReopening()
    {
        const QString path = newPath();
        {
            Workspace workspace;
            QVERIFY(!addProvinces(workspace).isEmpty());
            QVERIFY(!hasErrors(workspace.newProject(path)));
            // Beijing: 2184 (10,000 persons, NBS 2022) × 10,000 / 16,411 km² = 1330.8147 per km² (by hand).
            QVERIFY(!hasErrors(workspace.addComputedField(u"people_per_km2"_s, u"density(pop_2022 * 1e4, area_km2)"_s))); // warnings: no statistics for HK, Macao, Taiwan
            QVERIFY(std::abs(numberAt(workspace, 0, u"people_per_km2"_s) - 1330.8147) < 1e-4);
            // Results of a run at two rows only (as an analysis that left out the others).
            workspace.addResultFields({0, 2}, {ResultColumn{{u"lisa_I"_s, FieldType::Real}, {0.25, -1.5}}}, u"lisa"_s);
            QCOMPARE(workspace.undoStack()->count(), 2);
            QVERIFY(!hasErrors(workspace.save()));
        }
        Workspace reopened;
        QVERIFY2(!hasErrors(reopened.openProjectNow(path)), "open");
        QCOMPARE(reopened.layers()->layerCount(), 1);
        QVERIFY(std::abs(numberAt(reopened, 0, u"people_per_km2"_s) - 1330.8147) < 1e-4);
        QCOMPARE(numberAt(reopened, 0, u"lisa_I"_s), 0.25);
        QCOMPARE(numberAt(reopened, 2, u"lisa_I"_s), -1.5);
        const auto table = reopened.currentTable();
        QVERIFY(table->value(1, table->fieldIndex(u"lisa_I"_s)).isNull());
        const QList<LayerField> fields = reopened.currentRecipe().fields;
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0].expression, u"density(pop_2022 * 1e4, area_km2)"_s);
        QCOMPARE(fields[1].runKind, u"lisa"_s);
        QVERIFY(!reopened.hasUnsavedChanges()); // opening changes nothing
        QCOMPARE(reopened.undoStack()->count(), 0);
    }

    // The current layer and each panel's choices for each layer come back.
    void currentLayerAndPanelChoicesComeBack()
    {
        const QString path = newPath();
        QString provinces, grid;
        {
            Workspace workspace;
            provinces = addProvinces(workspace);
            workspace.setPanelState(u"imbalance"_s, {{u"field"_s, u"pop_2021"_s}, {u"group"_s, u"region"_s}});
            grid = addFile(workspace, data(u"grid3x3_styles.geojson"_s));
            QVERIFY(!grid.isEmpty());
            QCOMPARE(workspace.currentLayerId(), grid); // a new layer is current
            workspace.setPanelState(u"imbalance"_s, {{u"field"_s, u"value"_s}});
            QCOMPARE(workspace.panelState(u"imbalance"_s).value(u"field"_s).toString(), u"value"_s);
            workspace.setCurrentLayer(provinces);
            QCOMPARE(workspace.panelState(u"imbalance"_s).value(u"field"_s).toString(), u"pop_2021"_s);
            workspace.layers()->setVisible(workspace.layers()->rowOf(grid), false);
            QVERIFY(!hasErrors(workspace.newProject(path)));
        }
        Workspace reopened;
        QVERIFY(!hasErrors(reopened.openProjectNow(path)));
        QCOMPARE(reopened.layers()->layerCount(), 2);
        // The provinces were current, under the hidden grid: they are current again.
        QCOMPARE(reopened.currentTable()->rowCount(), 34);
        QCOMPARE(reopened.panelState(u"imbalance"_s).value(u"field"_s).toString(), u"pop_2021"_s);
        QCOMPARE(reopened.panelState(u"imbalance"_s).value(u"group"_s).toString(), u"region"_s);
        QVERIFY(!reopened.layers()->layer(0).visible);
        reopened.setCurrentLayer(reopened.layers()->layer(0).id);
        QCOMPARE(reopened.panelState(u"imbalance"_s).value(u"field"_s).toString(), u"value"_s);
    }

    // A join, a rename and a removed computed field are recorded, and so is undoing them.
    void joinRenameAndRemovalAreRecordedAndUndoable()
    {
        const QString path = newPath();
        const QString table = m_dir.filePath(u"scores.csv"_s);
        {
            QFile csv(table);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("code,score\n110000,10\n120000,20\n");
        }
        Workspace workspace;
        const QString id = addProvinces(workspace);
        QVERIFY(!hasErrors(workspace.newProject(path)));
        LoadResult scores = VectorReader::read(table);
        QVERIFY(scores.table);
        const JoinReport report = workspace.joinTable(*scores.table, {table, {}, JoinSpec(u"code"_s, u"code"_s, JoinMatch::Code)});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.matched, 2);
        QCOMPARE(numberAt(workspace, 1, u"score"_s), 20.0);
        workspace.renameLayer(id, u"省份 2022"_s);
        QVERIFY(!hasErrors(workspace.addComputedField(u"double_score"_s, u"score * 2"_s)));
        QVERIFY(workspace.removeAddedField(u"double_score"_s));
        QVERIFY(!workspace.removeAddedField(u"score"_s)); // joined, not added: joins are undone instead
        QCOMPARE(workspace.undoStack()->count(), 4);
        QVERIFY(!hasErrors(workspace.save()));
        {
            const ProjectStore::OpenResult saved = ProjectStore::open(path);
            QCOMPARE(saved.store->content().joins.size(), 1);
            QCOMPARE(saved.store->content().layers[0].name, u"省份 2022"_s); // as typed
            QVERIFY(!saved.store->content().layers[0].fieldsJson.contains(u"double_score"_s));
        }
        // Undo: the field is back; then the rename and the join go.
        workspace.undoStack()->undo();
        QCOMPARE(numberAt(workspace, 0, u"double_score"_s), 20.0);
        workspace.undoStack()->undo();
        workspace.undoStack()->undo();
        QCOMPARE(workspace.layers()->layer(0).name, BundledData::layerCaption(BundledData::provincesPath()));
        workspace.undoStack()->undo();
        QCOMPARE(workspace.currentTable()->fieldIndex(u"score"_s), -1);
        QVERIFY(workspace.hasUnsavedChanges());
        QVERIFY(!hasErrors(workspace.save()));
        const ProjectStore::OpenResult saved = ProjectStore::open(path);
        QVERIFY(saved.store->content().joins.isEmpty());
        QVERIFY(saved.store->content().layers[0].fieldsJson.isEmpty());
        // Redo all: the join comes back from its table.
        for (int i = 0; i < 4; ++i)
            workspace.undoStack()->redo();
        QCOMPARE(numberAt(workspace, 0, u"score"_s), 10.0);
        QCOMPARE(workspace.currentTable()->fieldIndex(u"double_score"_s), -1);
    }

    // A long table joined pivoted by year, for one chosen year: recorded in the project with its
    // pivot, made again on reopening, undone like any join.
    void pivotJoinIsRecordedAndUndoable()
    {
        const QString path = newPath();
        const QString table = data(u"investment_long.csv"_s);
        Workspace workspace;
        addProvinces(workspace);
        QVERIFY(!hasErrors(workspace.newProject(path)));
        LoadResult investment = VectorReader::read(table);
        QVERIFY(investment.table);
        JoinSpec spec(u"name_zh"_s, u"province"_s);
        spec.pivotField = u"year"_s;
        spec.pivotValues = {u"2021"_s};
        const JoinReport report = workspace.joinTable(*investment.table, {table, {}, spec});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.addedFields, (QStringList{u"investment_2021"_s, u"projects_2021"_s}));
        QCOMPARE(numberAt(workspace, 0, u"investment_2021"_s), 130.0); // Beijing
        QVERIFY(!hasErrors(workspace.save()));
        {
            const ProjectStore::OpenResult saved = ProjectStore::open(path);
            QCOMPARE(saved.store->content().joins.size(), 1);
            QCOMPARE(saved.store->content().joins[0].pivotField, u"year"_s);
            QCOMPARE(saved.store->content().joins[0].pivotPeriods, QStringList{u"2021"_s});
        }
        {
            Workspace reopened;
            QVERIFY(!hasErrors(reopened.openProjectNow(path)));
            QCOMPARE(numberAt(reopened, 0, u"investment_2021"_s), 130.0);
            QCOMPARE(reopened.currentTable()->fieldIndex(u"investment_2020"_s), -1); // not chosen
            QCOMPARE(reopened.currentRecipe().joins.size(), 1);
            QCOMPARE(reopened.currentRecipe().joins[0].spec.pivotValues, QStringList{u"2021"_s});
        }
        workspace.undoStack()->undo();
        QCOMPARE(workspace.currentTable()->fieldIndex(u"investment_2021"_s), -1);
        QVERIFY(!hasErrors(workspace.save()));
        QVERIFY(ProjectStore::open(path).store->content().joins.isEmpty());
        workspace.undoStack()->redo();
        QCOMPARE(numberAt(workspace, 0, u"investment_2021"_s), 130.0);
    }

    // A style is a step to undo; the same spec again is no step.
    void styleIsUndoable()
    {
        Workspace workspace;
        addProvinces(workspace);
        const ChoroplethSpec before = workspace.styleSpec();
        QCOMPARE(before.field, BundledData::densityField());
        ChoroplethSpec after = before;
        after.method = ClassificationMethod::EqualInterval;
        after.classCount = 4;
        QSignalSpy styled(&workspace, &Workspace::styleChanged);
        workspace.setStyle(after);
        workspace.setStyle(after);
        QCOMPARE(workspace.undoStack()->count(), 1);
        QCOMPARE(workspace.styleSpec(), after);
        QCOMPARE(workspace.currentStyle()->legendEntries().size(), 4 + 1); // four classes and "no data"
        workspace.undoStack()->undo();
        QCOMPARE(workspace.styleSpec(), before);
        QCOMPARE(styled.size(), 2);
        // A spec that does not fit is refused, with the reason, and is no step.
        ChoroplethSpec wrong = before;
        wrong.field = u"no_such_field"_s;
        QVERIFY(!workspace.setStyle(wrong).isEmpty());
        QCOMPARE(workspace.styleSpec(), before);
    }

    // Save As writes every unsaved change to the new file and continues there; the old file
    // stays as saved. A recovery copy holds unsaved changes; saving removes it.
    void saveAsAndRecovery()
    {
        const QString first = newPath(), second = newPath();
        Workspace workspace;
        addProvinces(workspace);
        QVERIFY(!hasErrors(workspace.newProject(first)));
        QVERIFY(!hasErrors(workspace.addComputedField(u"twice"_s, u"pop_2022 * 2"_s)));
        QVERIFY(workspace.hasUnsavedChanges());
        QVERIFY(workspace.session()->writeRecoveryCopy());
        QVERIFY(QFile::exists(ProjectFiles::recoveryPath(first)));
        QVERIFY(!hasErrors(workspace.saveAs(second)));
        QCOMPARE(workspace.project()->path(), second);
        QVERIFY(!workspace.hasUnsavedChanges());
        QVERIFY(!QFile::exists(ProjectFiles::recoveryPath(first)));
        QVERIFY(ProjectStore::open(first).store->content().layers[0].fieldsJson.isEmpty()); // as saved before
        QVERIFY(ProjectStore::open(second).store->content().layers[0].fieldsJson.contains(u"twice"_s));

        // A new project over an existing file replaces it only when asked to.
        Workspace other;
        QVERIFY(hasErrors(other.newProject(second)));
        QVERIFY(ProjectStore::open(second).store->content().layers[0].fieldsJson.contains(u"twice"_s));
        QVERIFY(!hasErrors(other.newProject(second, true)));
        QVERIFY(ProjectStore::open(second).store->content().layers.isEmpty());
    }

    // The results of an analysis made for another number of rows are left out, with a warning.
    void resultsForOtherRowsAreLeftOutWithAWarning()
    {
        FeatureTable table(u"t"_s, u"t.csv"_s);
        table.addField({u"id"_s, FieldType::String});
        table.appendRow({u"a"_s});
        table.appendRow({u"b"_s});
        const LayerField stale = LayerField::result({{u"x"_s, FieldType::Real}, {1.0, 2.0, 3.0}}, {0, 1, 2}, u"lisa"_s, 3);
        const IssueList issues = LayerFields::apply(table, {stale}, u"t"_s);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(u"3 rows"_s));
        QCOMPARE(table.fieldIndex(u"x"_s), -1);
        // And they survive a round trip through JSON unchanged.
        IssueList none;
        const QString json = LayerFields::toJson({stale});
        QCOMPARE(LayerFields::toJson(LayerFields::fromJson(json, &none, u"t"_s)), json);
        QVERIFY(none.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
