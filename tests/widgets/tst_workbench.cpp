// The workbench as a user drives it, under the offscreen platform: the default map loads and
// renders, and the analysis panels compute on the bundled data off the UI thread.
#include "app/mainwindow.h"
#include "maps/data/bundleddata.h"
#include "maps/data/spatialinput.h"
#include "maps/models/featureselection.h"
#include "widgets/attributetable.h"
#include "maps/style/categorystyle.h"
#include "maps/workspace/workspace.h"
#include "widgets/fieldcombo.h"
#include "widgets/imbalancepanel.h"
#include "widgets/joindialog.h"
#include "widgets/mapcanvas.h"
#include "widgets/spatialpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTemporaryDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>
#include <QSpinBox>
#include <QTableView>
#include <QTabBar>
#include <QTableWidget>
#include <QThreadPool>
#include <QtCharts/QChartView>
#include <QtCharts/QScatterSeries>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestWorkbench : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FeatureTable> m_map;

    static QString cell(const QTableWidget *table, const QString &measure)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == measure)
                return table->item(row, 1)->text();
        return {};
    }

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        QLocale::setDefault(QLocale::c());
        LoadResult r = BundledData::loadProvinceMap();
        QVERIFY(r.table);
        m_map = std::shared_ptr<const FeatureTable>(std::move(r.table));
    }

    void defaultMapRendersOffTheUiThread()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
        window.loadDefaultMap();
        QVERIFY(rendered.wait(20000));
        QVERIFY(window.canvas()->layer());
        QCOMPARE(window.canvas()->layer()->rowCount(), 34);
        QCOMPARE(window.canvas()->style()->field(), BundledData::densityField());
        // The canvas centre lies inside China; a unit is found there.
        QVERIFY(window.canvas()->featureAt(QPointF(window.canvas()->width() * 0.5, window.canvas()->height() * 0.5)) >= 0);
        const QImage shot = window.canvas()->grab().toImage();
        QVERIFY(shot.pixelColor(shot.width() / 2, shot.height() / 2) != QColor(Qt::white));

        // LISA results become fields of the layer, ready to map.
        QSignalSpy spatialDone(window.spatialPanel(), &SpatialPanel::finished);
        window.spatialPanel()->run();
        QVERIFY(spatialDone.wait(20000));
        const auto layer = window.canvas()->layer();
        const int cluster = layer->fieldIndex(u"density_2022_lisa_cluster"_s);
        QVERIFY(cluster >= 0);
        QVERIFY(layer->fieldIndex(u"density_2022_lisa_I"_s) >= 0);
        int jiangsu = -1;
        for (int row = 0; row < layer->rowCount(); ++row)
            if (layer->value(row, layer->fieldIndex(u"code"_s)).toString() == u"320000"_s)
                jiangsu = row;
        QCOMPARE(layer->value(jiangsu, cluster).toString(), u"HH"_s); // as `cityatlas-cli analyze lisa` finds
    }

    // The six panels stacked in the right dock keep their whole titles at the default size:
    // their tab bar scrolls instead of eliding them ("F…", "I…").
    void dockTabsKeepTheirTitles()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QTabBar *> bars = window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly);
        QVERIFY(!bars.isEmpty());
        QStringList titles;
        for (QTabBar *bar : bars) {
            if (!bar->isVisible())
                continue;
            QCOMPARE(bar->elideMode(), Qt::ElideNone);
            QVERIFY(bar->usesScrollButtons());
            for (int i = 0; i < bar->count(); ++i) {
                titles << bar->tabText(i);
                // Each tab is wide enough for its title.
                QVERIFY2(bar->tabRect(i).width() >= bar->fontMetrics().horizontalAdvance(bar->tabText(i)),
                         qPrintable(bar->tabText(i)));
            }
        }
        QVERIFY2(titles.contains(u"Figures"_s) && titles.contains(u"Identify"_s), qPrintable(titles.join(u", "_s)));
    }

    void selectionIsLinkedAcrossViews()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
        window.loadDefaultMap();
        QVERIFY(rendered.wait(20000));
        QSignalSpy spatialDone(window.spatialPanel(), &SpatialPanel::finished);
        window.spatialPanel()->run();
        QVERIFY(spatialDone.wait(20000));

        // Select Jiangsu (row 9 of the bundled table) in the attribute table ...
        const auto layer = window.canvas()->layer();
        QCOMPARE(layer->value(9, layer->fieldIndex(u"code"_s)).toString(), u"320000"_s);
        QTableView *view = window.attributeTable()->view();
        view->sortByColumn(-1, Qt::AscendingOrder);
        view->selectRow(9);
        // ... and the map's selection and the Moran scatter plot follow.
        QCOMPARE(window.selection()->rows(), QSet<int>{9});
        QScatterSeries *selected = nullptr;
        for (auto *chart : window.spatialPanel()->findChildren<QChartView *>())
            for (QAbstractSeries *series : chart->chart()->series())
                if (series->objectName() == u"selected"_s)
                    selected = static_cast<QScatterSeries *>(series);
        QVERIFY(selected);
        QCOMPARE(selected->count(), 1);

        // Clicking on the map selects the unit under the cursor and the table follows.
        const QPointF centre(window.canvas()->width() * 0.5, window.canvas()->height() * 0.5);
        const int row = window.canvas()->featureAt(centre);
        QVERIFY(row >= 0);
        QTest::mouseClick(window.canvas(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QCOMPARE(window.selection()->rows(), QSet<int>{row});
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QTest::mouseClick(window.canvas(), Qt::LeftButton, Qt::ShiftModifier, centre.toPoint());
        QVERIFY(window.selection()->isEmpty());
    }

    void joinReportForChineseShortNames()
    {
        // A table keyed by short Chinese names (北京, 内蒙古, 广西 ...) joins onto the provinces by name.
        LoadResult table = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/province_short_names.csv"));
        QVERIFY(table.table);
        JoinDialog dialog(m_map, std::shared_ptr<const FeatureTable>(std::move(table.table)));
        QCOMPARE(dialog.spec().layerKey, u"code"_s);
        auto *layerKey = dialog.findChildren<QComboBox *>().at(0);
        layerKey->setCurrentText(u"name_zh"_s);
        QCOMPARE(dialog.spec().tableKey, u"province"_s);
        QCOMPARE(dialog.report().matchUsed, JoinMatch::Name);
        QCOMPARE(dialog.report().matched, 5);
        QCOMPARE(dialog.report().unmatchedTableRows.size(), 1);
        QVERIFY(dialog.reportText().contains(u"row 6: Atlantis"_s));
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    // A long table (tests/data/investment_long.csv): the dialog pivots by its year column and
    // reports the duplicate (unit, year) row, the unknown unit and the row without a year.
    void joinDialogPivotsALongTable()
    {
        LoadResult table = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/investment_long.csv"));
        QVERIFY(table.table);
        JoinDialog dialog(m_map, std::shared_ptr<const FeatureTable>(std::move(table.table)));
        dialog.findChildren<QComboBox *>().at(0)->setCurrentText(u"name_zh"_s);
        QCOMPARE(dialog.spec().pivotField, u"year"_s); // chosen for a table with a year column
        QCOMPARE(dialog.report().periods, (QStringList{u"2020"_s, u"2021"_s}));
        QCOMPARE(dialog.report().matched, 4);
        QVERIFY2(dialog.reportText().contains(u"row 6: 北京市, 2020"_s), qPrintable(dialog.reportText()));
        QVERIFY2(dialog.reportText().contains(u"row 7: Atlantis, 2021"_s), qPrintable(dialog.reportText()));
        QVERIFY2(dialog.reportText().contains(u"without a year"_s), qPrintable(dialog.reportText()));
        auto *periods = dialog.findChild<QLineEdit *>();
        QVERIFY(periods && periods->isEnabled());
        periods->setText(u"2021"_s);
        emit periods->editingFinished();
        QCOMPARE(dialog.spec().pivotValues, QStringList{u"2021"_s});
        QCOMPARE(dialog.report().matched, 3);
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    // The imbalance panel offers the bundled enterprises per 10,000 residents and computes its Gini:
    // 0.2330 (tst_cli inequalityOfEnterprisesPerCapita: 0.23302086291640686, by hand). The choice
    // is changed faster than the runs finish: the panel shows the last choice's result, never one of
    // an earlier run that happens to finish later.
    void imbalancePanelOffersEnterprisesPerCapita()
    {
        Workspace workspace;
        workspace.addLayer(m_map, {});
        ImbalancePanel panel(&workspace);
        FieldCombo *field = panel.fieldCombo();
        const int perCapita = field->findData(BundledData::enterprisesPerCapitaField());
        const int population = field->findData(u"pop_2022"_s);
        QVERIFY(perCapita >= 0 && population >= 0);
        QVERIFY(field->itemText(perCapita).contains(u"secondary copy of NBS data"_s));
        QSignalSpy finished(&panel, &ImbalancePanel::finished);
        for (int round = 0; round < 5; ++round) {
            field->setCurrentIndex(perCapita);
            field->setCurrentIndex(population);
        }
        field->setCurrentIndex(perCapita);
        QVERIFY(finished.wait(20000) || !finished.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 20000);
        QCoreApplication::processEvents();
        QCOMPARE(cell(panel.findChild<QTableWidget *>(), u"Gini"_s), u"0.2330"_s);
    }

    void imbalancePanelComputesGini()
    {
        Workspace workspace;
        workspace.addLayer(m_map, {});
        ImbalancePanel panel(&workspace);
        QSignalSpy finished(&panel, &ImbalancePanel::finished);
        panel.run(); // variable pop_2022, unweighted, by region: the panel's defaults
        QVERIFY(finished.wait(20000) || !finished.isEmpty());
        const auto *table = panel.findChild<QTableWidget *>();
        // tests/analysis/reference/inequality_reference.py: 0.3653491525035896.
        QCOMPARE(cell(table, u"Gini"_s), u"0.3653"_s);
        QVERIFY(!cell(table, u"Theil T between groups"_s).isEmpty());
    }

    void spatialPanelFindsClusters()
    {
        Workspace workspace;
        workspace.addLayer(m_map, {});
        SpatialPanel panel(&workspace);
        panel.findChild<QSpinBox *>(u"permutations"_s)->setValue(99);
        QSignalSpy finished(&panel, &SpatialPanel::finished);
        panel.run(); // density_2022, queen, Hainan excluded
        QVERIFY(finished.wait(20000));
        const QString summary = panel.findChild<QLabel *>(u"summary"_s)->text();
        // tests/app/reference/moran_provinces.py: I = 0.23742569489149354.
        QVERIFY2(summary.contains(u"Moran's I = 0.2374"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"Without neighbours, left out: Hainan"_s));
        QPushButton *show = nullptr;
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            if (b->text().contains(u"LISA"_s))
                show = b;
        QVERIFY(show && show->isEnabled());
        // The per-unit results are fields of the layer, one step to undo; the button maps the clusters.
        QVERIFY(workspace.currentTable()->fieldIndex(u"density_2022_lisa_cluster"_s) >= 0);
        QCOMPARE(workspace.undoStack()->count(), 1);
        show->click();
        const auto style = workspace.currentStyle();
        QVERIFY(style && style->isValid());
        QVERIFY(dynamic_cast<const CategoryStyle *>(style.get()));
    }

    // The weights of the command line are all in the panel, and remembered for the layer:
    // k nearest neighbours with its k, and a GeoDa .gal file. The file holds the queen
    // weights of the bundled provinces (written here from SpatialInput, as --save-weights
    // does), so Moran's I from it is the queen one: 0.2374 (tests/app/reference/moran_provinces.py).
    void spatialPanelWeightsChoices()
    {
        Workspace workspace;
        workspace.addLayer(m_map, {});
        SpatialPanel panel(&workspace);
        QComboBox *weights = panel.weightsCombo();
        weights->setCurrentIndex(weights->findData(int(WeightsSpec::Kind::KNearest)));
        panel.findChild<QSpinBox *>(u"k"_s)->setValue(6);
        WeightsSpec spec = panel.weightsSpec();
        QCOMPARE(spec.kind, WeightsSpec::Kind::KNearest);
        QCOMPARE(spec.k, 6);
        QCOMPARE(workspace.panelState(u"spatial"_s).value(u"k"_s).toInt(), 6);
        QCOMPARE(workspace.panelState(u"spatial"_s).value(u"weights"_s).toInt(), int(WeightsSpec::Kind::KNearest));
        weights->setCurrentIndex(weights->findData(int(WeightsSpec::Kind::DistanceBand)));
        panel.findChild<QDoubleSpinBox *>(u"band"_s)->setValue(650);
        QCOMPARE(panel.weightsSpec().bandKm, 650.0);

        // A second panel on the same workspace (as after reopening) comes back with these choices.
        SpatialPanel again(&workspace);
        QCOMPARE(again.weightsSpec().kind, WeightsSpec::Kind::DistanceBand);
        QCOMPARE(again.weightsSpec().bandKm, 650.0);
        QCOMPARE(again.weightsSpec().k, 6);

        QTemporaryDir dir;
        const QString gal = dir.filePath(u"provinces_queen.gal"_s);
        WeightsSpec queen;
        queen.isolates = WeightsSpec::IsolatePolicy::Exclude;
        const SpatialInput input = SpatialInput::build(*m_map, u"density_2022"_s, queen);
        QVERIFY(input.isValid());
        QCOMPARE(WeightsFile::write(input.layerWeights, gal, m_map->name(), u"code"_s), QString());
        weights->setCurrentIndex(weights->findData(int(WeightsSpec::Kind::File)));
        panel.findChild<QLineEdit *>(u"weightsFile"_s)->setText(gal);
        QCOMPARE(workspace.panelState(u"spatial"_s).value(u"weights_file"_s).toString(), gal);
        panel.findChild<QSpinBox *>(u"permutations"_s)->setValue(99);
        QComboBox *isolates = nullptr;
        for (QComboBox *combo : panel.findChildren<QComboBox *>())
            if (combo->findData(int(WeightsSpec::IsolatePolicy::Exclude)) >= 0 && combo != weights)
                isolates = combo;
        QVERIFY(isolates);
        isolates->setCurrentIndex(isolates->findData(int(WeightsSpec::IsolatePolicy::Exclude)));
        QSignalSpy finished(&panel, &SpatialPanel::finished);
        panel.run();
        QVERIFY(finished.wait(20000));
        const QString summary = panel.findChild<QLabel *>(u"summary"_s)->text();
        QVERIFY2(summary.contains(u"Moran's I = 0.2374"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"provinces_queen.gal"_s));
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
