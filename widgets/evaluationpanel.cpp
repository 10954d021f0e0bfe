#include "widgets/evaluationpanel.h"

#include "maps/data/adminkeys.h"
#include "maps/data/analysisjson.h"
#include "maps/data/outputguard.h"
#include "maps/data/unitnames.h"
#include "maps/data/vectorreader.h"
#include "maps/models/featureselection.h"
#include "maps/workspace/workspace.h"
#include "widgets/backgroundtask.h"
#include "widgets/charts/profileradarchart.h"
#include "widgets/charts/rankedbarchart.h"
#include "widgets/charts/rankintervalchart.h"
#include "widgets/evaluationinputs.h"
#include "widgets/evaluationreportview.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// What one background run hands back to the UI thread.
struct EvaluationJob
{
    bool compute = false;
    QString loadError;       // the table or the system could not be read
    IssueList inputIssues;   // warnings from reading the table and the system
    IssueList systemNotes;   // the system's unsourced parts
    bool firstLevelColumns = false; // the table has every first-level indicator (hint for Level)
    EvaluationSource source;
    EvaluationResult result; // check only: settings, system and the validation report
};

namespace {

constexpr int RowHeight = 26;                  // pixels per unit in the ranked charts

QString indicatorName(const Indicator &ind)
{
    return ind.name(chineseInterface());
}

QTableWidgetItem *numberItem(double value, int decimals)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, decimals == 0 ? QVariant(qRound(value)) : QVariant(QLocale().toString(value, 'f', decimals)));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// The layer row of each unit: by GB/T 2260 code when the layer has a code field and the unit
// ids are codes, else by unit name (Chinese full/short forms, English, pinyin).
QList<int> matchLayerRows(const FeatureTable &layer, const EvaluationTable &t)
{
    QList<int> rows(t.unitIds.size(), -1);
    const int codeField = layer.fieldIndex(u"code"_s);
    QHash<QString, int> byCode, byName;
    for (int row = 0; row < layer.rowCount(); ++row) {
        if (codeField >= 0)
            byCode.insert(AdminKeys::normalizeCode(layer.value(row, codeField).toString()), row);
        for (const QString &field : {unitNameField(layer), u"name"_s, u"name_en"_s, u"name_zh"_s, u"pinyin"_s})
            if (const int column = layer.fieldIndex(field); column >= 0)
                byName.insert(AdminKeys::normalizeName(layer.value(row, column).toString()), row);
    }
    byCode.remove(QString());
    byName.remove(QString());
    for (qsizetype i = 0; i < t.unitIds.size(); ++i) {
        const QString code = AdminKeys::normalizeCode(t.unitIds[i]);
        rows[i] = !code.isEmpty() && byCode.contains(code) ? byCode.value(code)
                                                            : byName.value(AdminKeys::normalizeName(t.unitNames[i]), -1);
    }
    return rows;
}

} // namespace

EvaluationPanel::EvaluationPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_inputs(new EvaluationInputs(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_report(new EvaluationReportView(this))
    , m_results(new QTableWidget(this))
    , m_bars(new RankedBarChart(this))
    , m_intervals(new RankIntervalChart(this))
    , m_radar(new ProfileRadarChart(this))
{
    m_workspace = workspace;
    m_selection = workspace->selection();
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setEnabled(false);
    auto *checkButton = new QPushButton(tr("Check data"), this);
    auto *runButton = new QPushButton(tr("Compute"), this);
    runButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(checkButton);
    buttons->addWidget(runButton);
    buttons->addStretch(1);
    buttons->addWidget(m_export);

    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    const auto scrolled = [this](QWidget *chart) {
        auto *area = new QScrollArea(this);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(chart);
        return area;
    };
    m_tabs->addTab(m_report, tr("Report"));
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(scrolled(m_bars), tr("Ranking"));
    m_tabs->addTab(scrolled(m_intervals), tr("Rank intervals"));
    m_tabs->addTab(m_radar, tr("Profile"));

    auto *controls = new QWidget(this);
    auto *top = new QVBoxLayout(controls);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_inputs);
    top->addLayout(buttons);
    top->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(controls);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(checkButton, &QPushButton::clicked, this, &EvaluationPanel::check);
    connect(runButton, &QPushButton::clicked, this, &EvaluationPanel::run);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Evaluation"), u"evaluation.csv"_s, tr("CSV table (*.csv);;Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods)"));
        if (path.isEmpty())
            return;
        const QString error = exportCsv(path);
        setSummary(error.isEmpty() ? tr("Written %1 with its .csvt and .parameters.json").arg(path.toHtmlEscaped()) : error.toHtmlEscaped(),
                   !error.isEmpty());
    });
    connect(m_inputs, &EvaluationInputs::dataChanged, this, [this] {
        if (isVisible())
            check();
    });
    const QString hint = tr("Choose the inputs, then Check data and Compute");
    m_bars->clear(hint);
    m_intervals->clear(hint);
    m_radar->clear(hint);

    connect(m_selection, &FeatureSelection::changed, this, &EvaluationPanel::showSelection);
    connect(m_bars, &RankedBarChart::barClicked, this, [this](int position) {
        if (m_result)
            toggleUnit(m_result->order().value(position, -1));
    });
    connect(m_intervals, &RankIntervalChart::unitClicked, this, &EvaluationPanel::toggleUnit);
    connect(workspace, &Workspace::currentTableChanged, this, [this] { setLayer(m_workspace->currentTable()); });
    setLayer(workspace->currentTable());
}

EvaluationPanel::~EvaluationPanel() = default;

void EvaluationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_checkedOnce)
        check();
}

void EvaluationPanel::setLayer(std::shared_ptr<const FeatureTable> layer)
{
    // The same units with more fields (e.g. our own results added): keep the mapping.
    const bool sameUnits = m_layer && layer && layer->rowCount() == m_layer->rowCount() && layer->sourcePath() == m_layer->sourcePath();
    m_layer = std::move(layer);
    if (!sameUnits) {
        // The report lists the map's units without a row: check again when it is seen.
        m_checkedOnce = false;
        if (isVisible())
            check();
    }
    if (!sameUnits && m_result) {
        m_layerRows = m_layer ? matchLayerRows(*m_layer, m_result->table) : QList<int>();
        showSelection();
    }
}

void EvaluationPanel::toggleUnit(int unit)
{
    if (unit >= 0 && unit < m_layerRows.size() && m_layerRows[unit] >= 0)
        m_selection->toggle(m_layerRows[unit]);
}

void EvaluationPanel::check() { start(false); }
void EvaluationPanel::run() { start(true); }

void EvaluationPanel::start(bool compute)
{
    m_checkedOnce = true;
    QString error;
    std::optional<EvaluationSettings> s = m_inputs->settings(&error);
    if (!s) {
        if (compute) {
            setSummary(error.toHtmlEscaped(), true);
            emit finished();
            return;
        }
        s = EvaluationSettings(); // the report does not depend on the methods
        s->firstLevel = m_inputs->firstLevel();
    }
    const QString systemSpec = m_inputs->systemSpec();
    const QString tableSpec = m_inputs->tablePath();
    const int run = m_runs.start();
    runInBackground<EvaluationJob>(this, compute ? tr("Evaluating…") : tr("Checking the indicator table…"),
        [compute, systemSpec, tableSpec, settings = *s, layer = m_layer](Feedback *feedback) mutable {
            EvaluationJob job;
            job.compute = compute;
            const auto [path, layerName] = VectorReader::splitLayerSpec(tableSpec);
            const LoadResult loaded = VectorReader::read(path, layerName);
            if (!loaded.table) {
                job.loadError = firstError(loaded.issues);
                return job;
            }
            job.inputIssues = loaded.issues;
            const FeatureTable &table = *loaded.table;
            IndicatorSystem system;
            const QString systemPath = EvaluationRun::systemPath(systemSpec);
            if (systemSpec.isEmpty()) {
                system = EvaluationRun::systemFromColumns(table, settings.table);
            } else {
                IndicatorSystemLoad load = IndicatorSystemFile::read(systemPath);
                if (!load.ok()) {
                    job.loadError = firstError(load.issues);
                    return job;
                }
                system = *load.system;
                job.inputIssues << load.issues;
                job.systemNotes = system.unsourcedIssues();
            }
            settings.table.nameField = unitNameField(table);
            if (layer && (layer->fieldIndex(u"code"_s) >= 0 || !unitNameField(*layer).isEmpty())) {
                settings.table.layer = layer.get();
                settings.table.layerIdField = layer->fieldIndex(u"code"_s) >= 0 ? u"code"_s : unitNameField(*layer);
            }
            job.source = {path, systemSpec.isEmpty() ? QString() : systemPath,
                          EvaluationRun::isSampleTable(path) || systemSpec == u"sample"_s};
            job.firstLevelColumns = !settings.firstLevel && system.depth() > 1;
            for (int g : system.firstLevel())
                job.firstLevelColumns = job.firstLevelColumns && EvaluationTable::matchColumn(table, system.indicator(g)) >= 0;
            if (compute) {
                job.result = EvaluationRun::run(table, system, settings, feedback);
            } else {
                job.result.settings = settings;
                job.result.system = system;
                job.result.table = EvaluationRun::validate(table, system, settings);
            }
            job.result.settings.table.layer = nullptr;
            return job;
        },
        [this, run](EvaluationJob job) {
            if (m_runs.isLatest(run)) // else a later run shows its own result
                showJob(job);
        });
}

void EvaluationPanel::setSummary(const QString &html, bool error)
{
    m_summary->setText(error ? u"<span style='color:#b2182b'>%1</span>"_s.arg(html) : html);
}

QString EvaluationPanel::chartTitle(const QString &title) const
{
    return m_source.sampleData ? tr("%1 (sample data)").arg(title) : title;
}

void EvaluationPanel::showJob(const EvaluationJob &job)
{
    if (!job.loadError.isEmpty()) {
        m_report->setError(job.loadError);
        setSummary(job.loadError.toHtmlEscaped(), true);
        m_tabs->setCurrentWidget(m_report);
        if (job.compute)
            emit finished();
        else
            emit checked();
        return;
    }
    const EvaluationResult &r = job.result;
    m_report->setReport(r.table, r.system, job.inputIssues + r.weightIssues + r.scoreIssues + r.mcIssues, job.systemNotes);
    const QString sample = job.source.sampleData ? tr("<br><b>SAMPLE data:</b> synthetic values from a seeded script, not statistics.")
                                                 : QString();
    if (!job.compute || !r.ok()) {
        QString text = tr("%1: %n unit(s); %2 of %3 indicators matched; %4 error(s), %5 warning(s).", nullptr, int(r.table.rows.size()))
                           .arg(QFileInfo(job.source.tablePath).fileName().toHtmlEscaped())
                           .arg(r.table.indicators.size()).arg(r.table.indicators.size() + r.table.missingIndicators.size())
                           .arg(m_report->errorCount()).arg(m_report->warningCount());
        if (job.compute) {
            text = u"<span style='color:#b2182b'>%1</span><br>"_s.arg(r.errorMessage().toHtmlEscaped()) + text;
            if (r.stage == EvaluationResult::Stage::Validation && job.firstLevelColumns)
                text += tr(" The table has a column for every first-level indicator: choose Level: first level.");
        }
        setSummary(text + sample);
        if (job.compute || m_report->errorCount() > 0)
            m_tabs->setCurrentWidget(m_report);
        if (job.compute)
            emit finished();
        else
            emit checked();
        return;
    }
    m_result = std::make_shared<const EvaluationResult>(r);
    m_source = job.source;
    m_warnings = job.inputIssues + r.issues();
    m_export->setEnabled(true);
    showResult();
    const QLocale l;
    const EvaluationSettings &s = r.settings;
    QString text = tr("<b>%1 units ranked</b> on %2 indicators of %3. Weights: %4; normalisation: %5; aggregation: %6.")
                       .arg(r.unitCount()).arg(r.table.indicators.size())
                       .arg(r.system.name(chineseInterface()).toHtmlEscaped(),
                            m_inputs->weightingLabel(), m_inputs->normalisationLabel(), aggregationMethodName(s.aggregation));
    if (r.hasMonteCarlo())
        text += tr(" Monte Carlo: %1 draws, seed %2.").arg(s.mc.draws).arg(s.mc.seed);
    if (!m_warnings.isEmpty())
        text += tr(" %n warning(s): see Report.", nullptr, int(m_warnings.size()));
    setSummary(text + sample);
    QJsonObject parameters = EvaluationRun::parametersJson(r);
    parameters[u"table"_s] = job.source.tablePath;
    parameters[u"system"_s] = job.source.systemPath;
    m_workspace->recordRun({0, u"evaluate"_s, AnalysisJson::compact(parameters),
                      AnalysisJson::compact(AnalysisJson::merged(EvaluationRun::reportJson(r, job.source, m_warnings),
                                                                 {{u"units"_s, EvaluationRun::unitsJson(r)}})), {}});
    mapToLayer();
    if (m_tabs->currentWidget() == m_report)
        m_tabs->setCurrentIndex(2);
    emit finished();
}

void EvaluationPanel::mapToLayer()
{
    m_layerRows = m_layer ? matchLayerRows(*m_layer, m_result->table) : QList<int>();
    showSelection();
    QList<int> rows;
    QList<QVariant> score, rank, median, lower, upper;
    const EvaluationResult &r = *m_result;
    for (qsizetype i = 0; i < m_layerRows.size(); ++i) {
        if (m_layerRows[i] < 0 || rows.contains(m_layerRows[i]))
            continue;
        rows << m_layerRows[i];
        score << r.scores(i);
        rank << qRound(r.ranks(i));
        if (r.hasMonteCarlo()) {
            median << r.mc.medianRank(i);
            lower << r.mc.lowerRank(i);
            upper << r.mc.upperRank(i);
        }
    }
    if (rows.isEmpty())
        return;
    QList<ResultColumn> columns{{{u"eval_score"_s, FieldType::Real}, score}, {{u"eval_rank"_s, FieldType::Integer}, rank}};
    if (r.hasMonteCarlo())
        columns << ResultColumn{{u"eval_rank_median"_s, FieldType::Real}, median} << ResultColumn{{u"eval_rank_p05"_s, FieldType::Real}, lower}
                << ResultColumn{{u"eval_rank_p95"_s, FieldType::Real}, upper};
    m_workspace->addResultFields(rows, columns, u"evaluate"_s);
}

void EvaluationPanel::showResult()
{
    const EvaluationResult &r = *m_result;
    const QList<int> order = r.order();
    const bool mc = r.hasMonteCarlo();
    const int n = r.unitCount();

    QStringList header{tr("Rank"), r.table.idField, tr("Name"), tr("Score")};
    if (mc)
        header << tr("Median rank") << tr("Rank 5 %") << tr("Rank 95 %");
    for (int g : r.groupNodes)
        header << indicatorName(r.system.indicator(g));
    m_results->setSortingEnabled(false);
    m_results->clear();
    m_results->setColumnCount(int(header.size()));
    m_results->setRowCount(n);
    m_results->setHorizontalHeaderLabels(header);
    for (int k = 0; k < n; ++k) {
        const int i = order[k];
        int c = 0;
        m_results->setItem(k, c++, numberItem(r.ranks(i), 0));
        m_results->setItem(k, c++, new QTableWidgetItem(r.table.unitIds[i]));
        m_results->setItem(k, c++, new QTableWidgetItem(r.table.unitNames[i]));
        m_results->setItem(k, c++, numberItem(r.scores(i), 4));
        if (mc) {
            m_results->setItem(k, c++, numberItem(r.mc.medianRank(i), 1));
            m_results->setItem(k, c++, numberItem(r.mc.lowerRank(i), 1));
            m_results->setItem(k, c++, numberItem(r.mc.upperRank(i), 1));
        }
        for (qsizetype g = 0; g < r.groupNodes.size(); ++g)
            m_results->setItem(k, c++, numberItem(r.groups(i, g), 3));
    }
    m_results->resizeColumnsToContents();

    QStringList names;
    QList<double> scores;
    QList<int> ranks;
    for (int i : order) {
        names << r.table.unitNames[i];
        scores << r.scores(i);
        ranks << qRound(r.ranks(i));
    }
    const QString scoreTitle = tr("Composite score (%1)").arg(aggregationMethodName(r.settings.aggregation));
    m_bars->setScores(names, scores, ranks, chartTitle(tr("Ranking of %n unit(s)", nullptr, n)), scoreTitle);
    m_bars->setMinimumHeight(RowHeight * n + 110);
    if (mc) {
        QList<RankInterval> intervals;
        for (int i = 0; i < n; ++i)
            intervals << RankInterval{r.table.unitNames[i], r.ranks(i), r.mc.medianRank(i), r.mc.lowerRank(i), r.mc.upperRank(i)};
        m_intervals->setIntervals(intervals, n, chartTitle(tr("Rank uncertainty over %1 Monte Carlo draws").arg(r.settings.mc.draws)));
        m_intervals->setMinimumHeight(RowHeight * n + 130);
    } else {
        m_intervals->clear(chartTitle(tr("Set Monte Carlo draws above 0 for rank intervals")));
        m_intervals->setMinimumHeight(0);
    }
    showSelection();
}

QList<int> EvaluationPanel::selectedUnits() const
{
    QList<int> units;
    for (qsizetype i = 0; i < m_layerRows.size(); ++i)
        if (m_layerRows[i] >= 0 && m_selection->contains(m_layerRows[i]))
            units << int(i);
    return units;
}

void EvaluationPanel::showSelection()
{
    if (!m_result)
        return;
    const QList<int> units = selectedUnits();
    const QList<int> order = m_result->order();
    QList<int> positions;
    for (int unit : units)
        positions << int(order.indexOf(unit));
    m_bars->setHighlighted(positions);
    m_intervals->setHighlighted(units);
    showProfiles();
}

void EvaluationPanel::showProfiles()
{
    const EvaluationResult &r = *m_result;
    QStringList axes;
    Eigen::MatrixXd values;
    if (r.groups.size() > 0) {
        for (int g : r.groupNodes)
            axes << indicatorName(r.system.indicator(g));
        values = r.groups;
    } else if (r.settings.firstLevel && r.normalised.size() > 0) {
        for (int index : r.table.indicators)
            axes << indicatorName(r.system.indicator(index));
        values = r.normalised;
    } else {
        m_radar->clear(chartTitle(r.settings.aggregation == AggregationMethod::Topsis
                                      ? tr("No first-level profile: TOPSIS has no sub-scores")
                                      : tr("No first-level profile: the system has a single level")));
        return;
    }
    constexpr int MaxProfiles = 6;
    QList<int> units = selectedUnits().mid(0, MaxProfiles);
    QString title = tr("First-level profile of the selected units");
    if (units.isEmpty()) {
        units = r.order().mid(0, 3);
        title = tr("First-level profile of the top three");
        m_radar->setToolTip(tr("Select units on the map, in the table or in the charts to compare their profiles"));
    }
    QList<UnitProfile> profiles;
    for (int i : units) {
        UnitProfile p{tr("%1 (rank %2)").arg(r.table.unitNames[i]).arg(r.ranks(i)), {}};
        for (Eigen::Index g = 0; g < values.cols(); ++g)
            p.values << values(i, g);
        profiles << p;
    }
    QList<double> mean;
    for (Eigen::Index g = 0; g < values.cols(); ++g)
        mean << values.col(g).mean();
    const double low = std::min(0.0, std::floor(values.minCoeff() * 2.0) / 2.0);
    const double high = std::max(1.0, std::ceil(values.maxCoeff() * 2.0) / 2.0);
    m_radar->setProfiles(axes, profiles, mean, low, high, chartTitle(title));
}

QString EvaluationPanel::exportCsv(const QString &path) const
{
    if (!m_result)
        return tr("Nothing to export: compute an evaluation first.");
    if (const QString problem = OutputGuard::check(path, {m_source.tablePath, m_source.systemPath}); !problem.isEmpty())
        return problem;
    return EvaluationRun::writeResult(*m_result, EvaluationRun::reportJson(*m_result, m_source, m_warnings), path);
}

} // namespace CityAtlas
