#include "widgets/imbalancepanel.h"

#include "maps/data/analysisinput.h"
#include "maps/data/analysisjson.h"
#include "maps/data/bundleddata.h"
#include "maps/models/featureselection.h"
#include "maps/workspace/workspace.h"
#include "widgets/backgroundtask.h"
#include "widgets/charts/decompositionchart.h"
#include "widgets/charts/lorenzchart.h"
#include "widgets/fieldcombo.h"
#include "widgets/panelchoices.h"

#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

struct ImbalanceJob
{
    AnalysisInput input;
    InequalityReport report;
};

QString share(double part, double total)
{
    return total != 0.0 ? QLocale().toString(100.0 * part / total, 'f', 1) + u'%' : QString();
}

} // namespace

ImbalancePanel::ImbalancePanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_field(new FieldCombo(FieldCombo::Kind::Numeric, false, this))
    , m_weight(new FieldCombo(FieldCombo::Kind::Numeric, true, this))
    , m_group(new FieldCombo(FieldCombo::Kind::Text, true, this))
    , m_table(new QTableWidget(0, 3, this))
    , m_lorenz(new LorenzChart(this))
    , m_decomposition(new DecompositionChart(this))
    , m_messages(new QLabel(this))
    , m_selection(workspace->selection())
{
    m_choices = new PanelChoices(workspace, u"imbalance"_s, {{u"field"_s, m_field}, {u"weight"_s, m_weight}, {u"group"_s, m_group}}, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Variable:"), m_field);
    form->addRow(tr("Weight:"), m_weight);
    form->addRow(tr("Decompose by:"), m_group);
    m_weight->setToolTip(tr("Population weights for per-capita variables; (none) for unweighted measures"));
    auto *runButton = new QPushButton(tr("Compute"), this);
    connect(runButton, &QPushButton::clicked, this, &ImbalancePanel::run);
    // Fast enough to follow every choice at once.
    for (FieldCombo *combo : {m_field, m_weight, m_group})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImbalancePanel::run);

    m_table->setHorizontalHeaderLabels({tr("Measure"), tr("Value"), tr("Share")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_messages->setWordWrap(true);
    m_messages->setStyleSheet(u"color: #8a4b00"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(runButton);
    auto *charts = new QTabWidget(this);
    charts->addTab(m_decomposition, tr("Decomposition"));
    charts->addTab(m_lorenz, tr("Lorenz curve"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_messages);

    connect(m_lorenz, &LorenzChart::pointClicked, this, [this](int index) {
        const int row = m_lorenzRows.value(index, -1);
        if (row < 0)
            return;
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            m_selection->toggle(row);
        else
            m_selection->setRows({row});
    });
    connect(m_selection, &FeatureSelection::changed, this, &ImbalancePanel::showSelectionInLorenz);
    connect(workspace, &Workspace::currentTableChanged, this, [this] { setLayer(m_workspace->currentTable()); });
    setLayer(workspace->currentTable());
}

void ImbalancePanel::setLayer(std::shared_ptr<const FeatureTable> layer)
{
    const bool first = !m_layer;
    m_layer = std::move(layer);
    if (!m_layer)
        return;
    // What the panel computes for a new layer by itself is shown, not recorded as a run.
    const QScopedValueRollback showing(m_showingLayer, true);
    m_field->setTable(*m_layer, first ? u"pop_2022"_s : QString());
    m_weight->setTable(*m_layer);
    m_group->setTable(*m_layer, first ? u"region"_s : QString());
    m_choices->restore();
    run();
}

void ImbalancePanel::showSelectionInLorenz()
{
    m_lorenz->setHighlighted(m_selection->indicesIn(m_lorenzRows));
}

void ImbalancePanel::run()
{
    if (!m_layer)
        return;
    const QString field = m_field->currentField(), weight = m_weight->currentField(), group = m_group->currentField();
    const QString name = unitNameField(*m_layer);
    const bool record = !m_showingLayer;
    const QString source = m_layer->sourcePath();
    const int run = m_runs.start();
    runInBackground<ImbalanceJob>(this, tr("Computing inequality…"),
        [layer = m_layer, field, weight, group, name](Feedback *) {
            ImbalanceJob job;
            job.input = AnalysisInput::fromTable(*layer, field, weight, group, name);
            if (job.input.isValid())
                job.report = computeInequalityReport(job.input.values, job.input.weights, job.input.groups);
            return job;
        },
        [this, field, weight, group, record, source, run](ImbalanceJob job) {
            if (!m_runs.isLatest(run))
                return; // a later choice's run shows its own result
            if (!m_layer || m_layer->sourcePath() != source)
                return emit finished(); // computed for a layer no longer shown
            if (!job.input.isValid()) {
                m_table->setRowCount(0);
                m_messages->setText(job.input.issues.first().message);
            } else {
                showReport(job.report, job.input);
                m_lorenzRows.clear();
                if (job.report.isValid()) {
                    m_lorenz->setCurve(job.report.lorenz, BundledData::fieldCaption(field), *job.report.gini,
                                       job.input.unitNames);
                    for (qint64 unit : job.report.lorenz.units)
                        m_lorenzRows << job.input.rows.value(unit, -1);
                    showSelectionInLorenz();
                }
                m_decomposition->setReport(job.report, group.isEmpty() ? group : BundledData::fieldCaption(group));
                if (job.report.isValid() && record)
                    m_workspace->recordRun({0, u"inequality"_s, AnalysisJson::compact({{u"layer"_s, source}, {u"value"_s, field},
                                                                   {u"weight"_s, weight}, {u"group"_s, group}}),
                                      AnalysisJson::compact(AnalysisJson::inequality(job.report, job.input.groupNames)), {}});
            }
            emit finished();
        });
}

void ImbalancePanel::addRow(const QString &measure, const std::optional<double> &value, const QString &note)
{
    addRow(measure, value ? QLocale().toString(*value, 'f', 4) : tr("n/a"), note);
}

void ImbalancePanel::addRow(const QString &measure, const QString &value, const QString &note)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(measure));
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, 1, valueItem);
    m_table->setItem(row, 2, new QTableWidgetItem(note));
}

void ImbalancePanel::showReport(const InequalityReport &report, const AnalysisInput &input)
{
    m_table->setRowCount(0);
    const QStringList &groupNames = input.groupLabels;
    QStringList notes;
    for (const IssueList &issues : {input.issues, input.attributed(report.issues, m_layer->sourcePath())})
        for (const Issue &issue : issues)
            notes << issue.message;
    // Several notes (units left out ...) fold into one line, each in full in the tooltip: the
    // table and the charts keep their room in a dock.
    m_messages->setText(notes.size() > 1 ? tr("Warnings: %1 (point here to read them)").arg(notes.size()) : notes.join(u'\n'));
    m_messages->setToolTip(notes.join(u'\n'));
    if (!report.isValid())
        return;
    addRow(tr("Units"), QLocale().toString(report.unitCount), report.weighted ? tr("weighted") : tr("unweighted"));
    addRow(tr("Gini"), report.gini);
    addRow(tr("Theil T (GE(1))"), report.theilT);
    addRow(tr("Theil L (GE(0), MLD)"), report.theilL);
    addRow(tr("Coefficient of variation"), report.coefficientOfVariation);
    if (const auto &t = report.theilTByGroup) {
        addRow(tr("Theil T within groups"), t->within, share(t->within, t->total));
        addRow(tr("Theil T between groups"), t->between, share(t->between, t->total));
        for (const TheilGroupTerm &g : t->groups)
            addRow(tr("  T within %1").arg(groupNames.value(g.group)), g.within,
                   tr("contributes %1").arg(share(g.withinContribution, t->total)));
    }
    if (const auto &l = report.theilLByGroup) {
        addRow(tr("Theil L within groups"), l->within, share(l->within, l->total));
        addRow(tr("Theil L between groups"), l->between, share(l->between, l->total));
    }
    if (const auto &g = report.giniByGroup) {
        addRow(tr("Gini within groups (Dagum)"), g->within, share(g->within, g->total));
        addRow(tr("Gini net between groups"), g->netBetween, share(g->netBetween, g->total));
        addRow(tr("Gini transvariation"), g->transvariation, share(g->transvariation, g->total));
    }
    m_table->resizeColumnsToContents();
}

} // namespace CityAtlas
