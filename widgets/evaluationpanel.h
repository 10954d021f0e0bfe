#pragma once

#include "widgets/backgroundtask.h"

#include "maps/data/evaluationrun.h"
#include "maps/data/featuretable.h"
#include "maps/project/projecttypes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace CityAtlas {

class EvaluationInputs;
class EvaluationReportView;
class FeatureSelection;
class Workspace;
class ProfileRadarChart;
class RankIntervalChart;
class RankedBarChart;
struct EvaluationJob;

// Smart-city evaluation: an indicator system (GB/T 33356-2016, Giffinger, the
// sample, a JSON file or the table's own columns), an indicator table (the bundled SAMPLE
// by default), weights, normalisation, aggregation and Monte Carlo rank intervals. The
// validation report comes first; results are a table, a ranked bar chart, the rank-interval
// chart, a radar of the first-level profile of the selected units, layer fields (eval_score,
// eval_rank, eval_rank_p05/p95 joined on GB/T 2260 codes) and a CSV export with the method
// parameters. The computation is EvaluationRun's, shared with `cityatlas-cli evaluate`.
class EvaluationPanel : public QWidget
{
    Q_OBJECT

public:
    // Follows the workspace's current layer; results become fields of that layer and go into
    // the project's history (kind "evaluate"). Selected units are drawn in the radar and
    // highlighted in the charts; clicking a bar or an interval selects its unit.
    explicit EvaluationPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~EvaluationPanel() override;
    // The system, the table and the methods (setSystem(), setIndicatorTable() as the user would).
    EvaluationInputs *inputs() const { return m_inputs; }

    void check(); // the validation report only
    void run();   // validate and compute
    // Writes the full result with FILE.csvt and FILE.parameters.json; empty or an error message.
    QString exportCsv(const QString &path) const;

    const EvaluationResult *result() const { return m_result.get(); }
    const EvaluationSource &source() const { return m_source; }
    RankedBarChart *rankedBarChart() const { return m_bars; }
    RankIntervalChart *rankIntervalChart() const { return m_intervals; }
    ProfileRadarChart *profileChart() const { return m_radar; }
    EvaluationReportView *reportView() const { return m_report; }

signals:
    void checked();
    void finished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setLayer(std::shared_ptr<const FeatureTable> layer);
    void start(bool compute);
    void showJob(const EvaluationJob &job);
    void showResult();
    void showProfiles();
    void showSelection();
    void mapToLayer();
    void setSummary(const QString &html, bool error = false);
    void toggleUnit(int unit);
    QString chartTitle(const QString &title) const;
    QList<int> selectedUnits() const;

    std::shared_ptr<const FeatureTable> m_layer;
    Workspace *m_workspace;
    FeatureSelection *m_selection;
    EvaluationInputs *m_inputs;
    QPushButton *m_export;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    EvaluationReportView *m_report;
    QTableWidget *m_results;
    RankedBarChart *m_bars;
    RankIntervalChart *m_intervals;
    ProfileRadarChart *m_radar;
    bool m_checkedOnce = false;

    std::shared_ptr<const EvaluationResult> m_result;
    EvaluationSource m_source;
    IssueList m_warnings;
    QList<int> m_layerRows; // per unit of the result: its row in the layer, or -1
    LatestRun m_runs;
};

} // namespace CityAtlas
