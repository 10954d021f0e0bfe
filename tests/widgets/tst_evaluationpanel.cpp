// The Evaluation panel as a user drives it, under the offscreen platform: the bundled SAMPLE
// indicator table with entropy weights and a small Monte Carlo, computed off the UI thread;
// its numbers are EvaluationRun's (the code path of `cityatlas-cli evaluate`), its results
// become layer fields joined on GB/T 2260 codes, and its charts show every unit.
#include "maps/data/bundleddata.h"
#include "maps/data/evaluationrun.h"
#include "maps/data/indicatorsystemfile.h"
#include "maps/models/featureselection.h"
#include "maps/workspace/workspace.h"

#include <QUndoStack>
#include "widgets/charts/profileradarchart.h"
#include "widgets/charts/rankedbarchart.h"
#include "widgets/charts/rankintervalchart.h"
#include "widgets/evaluationinputs.h"
#include "widgets/evaluationpanel.h"
#include "widgets/evaluationreportview.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtTest>

#include <cmath>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

constexpr int Draws = 60;
constexpr int Seed = 7;

QByteArray both(double actual, double expected)
{
    return u"actual %1, expected %2"_s.arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17).toUtf8();
}

void choose(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    combo->setCurrentIndex(index);
}

} // namespace

class TestEvaluationPanel : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FeatureTable> m_map;

    // The reference: EvaluationRun on the same inputs, as `cityatlas-cli evaluate --system
    // sample --weights entropy --mc 60 --seed 7` runs it.
    static EvaluationResult reference(const FeatureTable *layer)
    {
        const LoadResult table = VectorReader::read(IndicatorSystemFile::sampleTablePath());
        const IndicatorSystemLoad system = IndicatorSystemFile::read(EvaluationRun::systemPath(u"sample"_s));
        if (!table.table || !system.ok())
            return {};
        EvaluationSettings s;
        s.weighting = WeightingMethod::Entropy;
        s.mc.draws = Draws;
        s.mc.seed = Seed;
        s.table.layer = layer;
        return EvaluationRun::run(*table.table, *system.system, s);
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

    void checkShowsTheValidationReport()
    {
        Workspace workspace;
        workspace.addLayer(m_map, {});
        EvaluationPanel panel(&workspace);
        QSignalSpy checked(&panel, &EvaluationPanel::checked);
        panel.check();
        QVERIFY(checked.wait(20000));
        QCOMPARE(panel.reportView()->errorCount(), 0);
        // Hong Kong, Macao and Taiwan are on the map but not in the sample table.
        QVERIFY(!panel.reportView()->findItems(u"710000"_s, Qt::MatchRecursive | Qt::MatchExactly).isEmpty());
        QVERIFY(panel.findChild<QLabel *>(u"summary"_s)->text().contains(u"SAMPLE"_s));

        // The GB/T template against the sample table: every indicator is missing, nothing computed.
        panel.inputs()->setSystem(u"gbt33356"_s);
        QSignalSpy finished(&panel, &EvaluationPanel::finished);
        panel.run();
        QVERIFY(finished.wait(20000));
        QVERIFY(!panel.result());
        QVERIFY(panel.reportView()->errorCount() > 0);
        QVERIFY(panel.findChild<QLabel *>(u"summary"_s)->text().contains(u"no column for indicator"_s));
    }

    void entropyWeightsWithMonteCarloOnTheSample()
    {
        Workspace workspace;
        workspace.addLayer(m_map, {});
        EvaluationPanel panel(&workspace);
        FeatureSelection &selection = *workspace.selection();
        choose(panel.findChild<QComboBox *>(u"weights"_s), u"entropy"_s);
        panel.findChild<QSpinBox *>(u"mcDraws"_s)->setValue(Draws);
        panel.findChild<QSpinBox *>(u"mcSeed"_s)->setValue(Seed);
        QSignalSpy finished(&panel, &EvaluationPanel::finished);
        panel.run();
        QVERIFY(finished.wait(30000));
        const EvaluationResult *r = panel.result();
        QVERIFY2(r, qPrintable(panel.findChild<QLabel *>(u"summary"_s)->text()));
        QVERIFY(r->ok());
        QVERIFY(r->hasMonteCarlo());
        QCOMPARE(r->unitCount(), 31);
        QVERIFY(panel.source().sampleData);

        // 31 ranks, a permutation of 1..31 up to ties (tied units share the smallest rank).
        QList<int> ranks;
        for (int i = 0; i < 31; ++i)
            ranks << int(r->ranks(i));
        std::sort(ranks.begin(), ranks.end());
        for (int k = 0; k < 31; ++k)
            QVERIFY2(ranks[k] == k + 1 || (k > 0 && ranks[k] == ranks[k - 1]), qPrintable(QString::number(k)));

        // The same numbers as EvaluationRun, the code path of `cityatlas-cli evaluate`.
        const EvaluationResult expected = reference(m_map.get());
        QVERIFY(expected.ok());
        QCOMPARE(r->weights.size(), 8);
        for (Eigen::Index j = 0; j < 8; ++j)
            QVERIFY2(std::abs(r->weights(j) - expected.weights(j)) < 1e-15, both(r->weights(j), expected.weights(j)));
        for (int i = 0; i < 31; ++i) {
            QVERIFY2(std::abs(r->scores(i) - expected.scores(i)) < 1e-15, both(r->scores(i), expected.scores(i)));
            QCOMPARE(r->ranks(i), expected.ranks(i));
            QCOMPARE(r->mc.lowerRank(i), expected.mc.lowerRank(i));
            QCOMPARE(r->mc.upperRank(i), expected.mc.upperRank(i));
            QVERIFY(r->mc.lowerRank(i) <= r->mc.medianRank(i) && r->mc.medianRank(i) <= r->mc.upperRank(i));
        }

        // Layer fields of the workspace's layer: 31 of the map's 34 units, joined on their codes;
        // one step to undo, kept in the layer's recipe with their values.
        const auto layer = workspace.currentTable();
        QStringList names;
        for (const LayerField &f : workspace.currentRecipe().fields)
            names << f.field.name;
        QCOMPARE(names, (QStringList{u"eval_score"_s, u"eval_rank"_s, u"eval_rank_median"_s, u"eval_rank_p05"_s, u"eval_rank_p95"_s}));
        QCOMPARE(workspace.undoStack()->count(), 1);
        const int code = layer->fieldIndex(u"code"_s), score = layer->fieldIndex(u"eval_score"_s),
                  rank = layer->fieldIndex(u"eval_rank"_s), p05 = layer->fieldIndex(u"eval_rank_p05"_s),
                  p95 = layer->fieldIndex(u"eval_rank_p95"_s);
        int ranked = 0;
        for (int row = 0; row < layer->rowCount(); ++row) {
            const int unit = int(r->table.unitIds.indexOf(layer->value(row, code).toString()));
            if (unit < 0) {
                QVERIFY(layer->value(row, score).isNull()); // Hong Kong, Macao, Taiwan
                continue;
            }
            ++ranked;
            QCOMPARE(layer->value(row, score).toDouble(), r->scores(unit));
            QCOMPARE(layer->value(row, rank).toInt(), int(r->ranks(unit)));
            QCOMPARE(layer->value(row, p05).toDouble(), r->mc.lowerRank(unit));
            QCOMPARE(layer->value(row, p95).toDouble(), r->mc.upperRank(unit));
        }
        QCOMPARE(ranked, 31);

        // The charts: 31 bars, 31 intervals (one whisker and one median per unit), "sample" titles.
        QCOMPARE(panel.rankedBarChart()->barCount(), 31);
        const auto bars = panel.rankedBarChart()->chart()->series();
        QCOMPARE(bars.size(), 1);
        QCOMPARE(static_cast<QHorizontalBarSeries *>(bars[0])->barSets().first()->count(), 31);
        QCOMPARE(panel.rankIntervalChart()->intervalCount(), 31);
        int whiskers = 0;
        qsizetype medians = 0;
        for (QAbstractSeries *s : panel.rankIntervalChart()->chart()->series()) {
            if (s->type() == QAbstractSeries::SeriesTypeLine)
                ++whiskers;
            else if (static_cast<QScatterSeries *>(s)->name() == u"Median rank"_s)
                medians = static_cast<QScatterSeries *>(s)->count();
        }
        QCOMPARE(whiskers, 31);
        QCOMPARE(medians, qsizetype(31));
        for (QChart *c : {panel.rankedBarChart()->chart(), panel.rankIntervalChart()->chart(), panel.profileChart()->chart()})
            QVERIFY2(c->title().contains(u"sample"_s), qPrintable(c->title()));

        // The radar: the top three without a selection, the selected units with one.
        QCOMPARE(panel.profileChart()->profileCount(), 3);
        selection.setRows({0, 1}); // Beijing and Tianjin, both in the sample table
        QCOMPARE(panel.profileChart()->profileCount(), 2);

        // Export: the full result with the method parameters, as the CLI's --out writes it.
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"evaluation.csv"_s);
        QCOMPARE(panel.exportCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 32);
        QVERIFY(lines[0].startsWith("code,name,score,rank,rank_median,rank_p05,rank_p95,mc_mean_score,score_digital"));
        QFile parameters(dir.filePath(u"evaluation.parameters.json"_s));
        QVERIFY(parameters.open(QIODevice::ReadOnly));
        const QJsonObject p = QJsonDocument::fromJson(parameters.readAll()).object();
        QCOMPARE(p.value(u"parameters"_s).toObject().value(u"weights"_s).toString(), u"entropy"_s);
        QCOMPARE(p.value(u"parameters"_s).toObject().value(u"mc"_s).toObject().value(u"seed"_s).toInt(), Seed);
        QVERIFY(p.value(u"sample_data"_s).toBool());
    }

    void incompatibleChoicesAreRefused()
    {
        Workspace workspace;
        EvaluationPanel panel(&workspace);
        choose(panel.findChild<QComboBox *>(u"aggregation"_s), u"geometric"_s);
        choose(panel.findChild<QComboBox *>(u"normalisation"_s), u"zscore"_s);
        QSignalSpy finished(&panel, &EvaluationPanel::finished);
        panel.run();
        QCOMPARE(finished.size(), 1); // at once, nothing started
        QVERIFY(!panel.result());
        QVERIFY(panel.findChild<QLabel *>(u"summary"_s)->text().contains(u"geometric mean needs positive values"_s));
    }
};

QTEST_MAIN(TestEvaluationPanel)
#include "tst_evaluationpanel.moc"
