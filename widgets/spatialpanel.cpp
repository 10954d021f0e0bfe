#include "widgets/spatialpanel.h"

#include "analysis/localmoran.h"
#include "analysis/moran.h"
#include "maps/data/analysisjson.h"
#include "maps/data/bundleddata.h"
#include "maps/data/spatialinput.h"
#include "maps/models/featureselection.h"
#include "maps/style/lisastyle.h"
#include "widgets/backgroundtask.h"
#include "widgets/charts/moranscatterchart.h"
#include "widgets/fieldcombo.h"
#include "widgets/panelchoices.h"
#include "maps/workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {

struct SpatialJob
{
    QString field;
    WeightsSpec spec;
    MoranOptions globalOptions;
    LocalMoranOptions localOptions;
    SpatialInput input;
    MoranResult global;
    LocalMoranResult local;
    MoranScatter scatter;
    int rowCount = 0;
    QString sourcePath;
    QString layerId; // the workspace's layer it was computed for
};

SpatialPanel::SpatialPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_field(new FieldCombo(FieldCombo::Kind::Numeric, false, this))
    , m_weights(new QComboBox(this))
    , m_parameters(new QStackedWidget(this))
    , m_snap(new QDoubleSpinBox(this))
    , m_k(new QSpinBox(this))
    , m_band(new QDoubleSpinBox(this))
    , m_file(new QLineEdit(this))
    , m_isolates(new QComboBox(this))
    , m_permutations(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_alpha(new QComboBox(this))
    , m_fdr(new QCheckBox(tr("False discovery rate (Benjamini–Hochberg)"), this))
    , m_summary(new QLabel(this))
    , m_scatter(new MoranScatterChart(this))
    , m_showMap(new QPushButton(tr("Show LISA cluster map"), this))
    , m_selection(workspace->selection())
{
    m_weights->addItem(tr("Queen contiguity"), int(WeightsSpec::Kind::Queen));
    m_weights->addItem(tr("Rook contiguity"), int(WeightsSpec::Kind::Rook));
    m_weights->addItem(tr("k nearest neighbours"), int(WeightsSpec::Kind::KNearest));
    m_weights->addItem(tr("Distance band"), int(WeightsSpec::Kind::DistanceBand));
    m_weights->addItem(tr("GeoDa weights file (.gal, .gwt)"), int(WeightsSpec::Kind::File));
    m_weights->setObjectName(u"weights"_s);
    m_snap->setObjectName(u"snap"_s);
    m_snap->setRange(0, 100000);
    m_snap->setDecimals(0);
    m_snap->setSuffix(tr(" m snapping tolerance"));
    m_snap->setValue(100);
    m_snap->setToolTip(tr("Units whose boundaries come this close count as neighbours"));
    m_k->setObjectName(u"k"_s);
    m_k->setRange(1, 50);
    m_k->setSuffix(tr(" neighbours"));
    m_k->setValue(4);
    m_band->setObjectName(u"band"_s);
    m_band->setRange(1, 5000);
    m_band->setDecimals(0);
    m_band->setSuffix(tr(" km"));
    m_band->setValue(800);
    m_band->setToolTip(tr("Units whose centroids lie within this great-circle distance are neighbours"));
    m_file->setObjectName(u"weightsFile"_s);
    m_file->setPlaceholderText(tr("a GeoDa .gal or .gwt file"));
    m_file->setToolTip(tr("Units are matched by the file's ids: the layer's GB/T 2260 code when it has one"));
    auto *filePage = new QWidget(this);
    auto *fileRow = new QHBoxLayout(filePage);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("Browse…"), filePage);
    fileRow->addWidget(browse);
    // One page per parameter; queen and rook share the snapping tolerance.
    m_parameters->addWidget(m_snap);
    m_parameters->addWidget(m_k);
    m_parameters->addWidget(m_band);
    m_parameters->addWidget(filePage);
    m_isolates->addItem(tr("Exclude them"), int(WeightsSpec::IsolatePolicy::Exclude));
    m_isolates->addItem(tr("Attach to the nearest unit"), int(WeightsSpec::IsolatePolicy::Attach));
    m_permutations->setObjectName(u"permutations"_s);
    m_permutations->setRange(0, 99999);
    m_permutations->setValue(999);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(12345);
    for (double a : {0.05, 0.01, 0.1, 0.001})
        m_alpha->addItem(QLocale().toString(a), a);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showMap->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Variable:"), m_field);
    form->addRow(tr("Weights:"), m_weights);
    form->addRow(tr("Parameter:"), m_parameters);
    form->addRow(tr("Units without neighbours:"), m_isolates);
    form->addRow(tr("Permutations:"), m_permutations);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Significance level:"), m_alpha);
    form->addRow(QString(), m_fdr);
    auto *runButton = new QPushButton(tr("Compute"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(runButton);
    layout->addWidget(m_summary);
    layout->addWidget(m_scatter, 1);
    layout->addWidget(m_showMap);

    connect(m_weights, &QComboBox::currentIndexChanged, this, &SpatialPanel::updateParameter);
    connect(browse, &QPushButton::clicked, this, &SpatialPanel::chooseWeightsFile);
    connect(runButton, &QPushButton::clicked, this, &SpatialPanel::run);
    connect(m_showMap, &QPushButton::clicked, this, [this] {
        if (m_clusterStyle)
            m_workspace->showStyle(m_clusterStyle);
    });
    updateParameter();
    m_choices = new PanelChoices(workspace, u"spatial"_s,
                                 {{u"field"_s, m_field}, {u"weights"_s, m_weights}, {u"snap_m"_s, m_snap},
                                  {u"k"_s, m_k}, {u"band_km"_s, m_band}, {u"weights_file"_s, m_file},
                                  {u"isolates"_s, m_isolates}, {u"alpha"_s, m_alpha}},
                                 this);
    connect(m_scatter, &MoranScatterChart::pointClicked, this, [this](int index) {
        if (index < m_scatterRows.size())
            m_selection->toggle(m_scatterRows[index]);
    });
    connect(m_selection, &FeatureSelection::changed, this, &SpatialPanel::showSelectionInScatter);
    connect(workspace, &Workspace::currentTableChanged, this, [this] { setLayer(m_workspace->currentTable()); });
    setLayer(workspace->currentTable());
}

void SpatialPanel::updateParameter()
{
    switch (WeightsSpec::Kind(m_weights->currentData().toInt())) {
    case WeightsSpec::Kind::Queen:
    case WeightsSpec::Kind::Rook:
        m_parameters->setCurrentWidget(m_snap);
        break;
    case WeightsSpec::Kind::KNearest:
        m_parameters->setCurrentWidget(m_k);
        break;
    case WeightsSpec::Kind::DistanceBand:
        m_parameters->setCurrentWidget(m_band);
        break;
    case WeightsSpec::Kind::File:
        m_parameters->setCurrentWidget(m_file->parentWidget());
        break;
    }
}

void SpatialPanel::chooseWeightsFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Weights File"), QFileInfo(m_file->text()).path(),
                                                      tr("GeoDa weights (*.gal *.gwt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

WeightsSpec SpatialPanel::weightsSpec() const
{
    WeightsSpec spec;
    spec.kind = WeightsSpec::Kind(m_weights->currentData().toInt());
    spec.snapMetres = m_snap->value();
    spec.k = m_k->value();
    spec.bandKm = m_band->value();
    if (spec.kind == WeightsSpec::Kind::File)
        spec.file = m_file->text().trimmed();
    spec.isolates = WeightsSpec::IsolatePolicy(m_isolates->currentData().toInt());
    return spec;
}

void SpatialPanel::setLayer(std::shared_ptr<const FeatureTable> layer)
{
    // The same units with more fields (e.g. our own results added): keep the results shown.
    const bool sameUnits = m_layer && layer && layer->rowCount() == m_layer->rowCount()
        && layer->sourcePath() == m_layer->sourcePath();
    const bool first = !m_layer;
    m_layer = std::move(layer);
    if (!sameUnits) {
        m_clusterStyle.reset();
        m_showMap->setEnabled(false);
    }
    if (!m_layer)
        return;
    m_field->setTable(*m_layer, first ? BundledData::densityField() : QString());
    m_choices->restore();
    updateParameter();
}

void SpatialPanel::showSelectionInScatter()
{
    m_scatter->setHighlighted(m_selection->indicesIn(m_scatterRows));
}

void SpatialPanel::run()
{
    if (!m_layer)
        return;
    SpatialJob job;
    job.field = m_field->currentField();
    job.spec = weightsSpec();
    if (job.spec.kind == WeightsSpec::Kind::File && job.spec.file.isEmpty()) {
        m_summary->setText(tr("Choose a GeoDa weights file (.gal or .gwt) first."));
        return emit finished();
    }
    MoranOptions global;
    global.permutation.permutations = m_permutations->value();
    global.permutation.seed = quint64(m_seed->value());
    global.permutation.threadCount = 0;
    LocalMoranOptions local;
    local.permutation = global.permutation;
    local.alpha = m_alpha->currentData().toDouble();
    local.falseDiscoveryRate = m_fdr->isChecked();
    const QString nameField = unitNameField(*m_layer);
    job.globalOptions = global;
    job.localOptions = local;
    job.layerId = m_workspace->currentLayerId();
    const int run = m_runs.start();

    runInBackground<SpatialJob>(this, tr("Computing Moran's I and LISA…"),
        [layer = m_layer, job, global, local, nameField](Feedback *feedback) mutable {
            job.rowCount = layer->rowCount();
            job.sourcePath = layer->sourcePath();
            job.input = SpatialInput::build(*layer, job.field, job.spec, nameField);
            if (!job.input.isValid())
                return job;
            job.global = globalMoran(job.input.values, job.input.weights, global, feedback);
            job.local = localMoran(job.input.values, job.input.weights, local, feedback);
            job.scatter = moranScatter(job.input.values, job.input.weights);
            return job;
        },
        [this, run](SpatialJob job) {
            if (!m_runs.isLatest(run))
                return; // a later run shows its own result
            show(job);
            emit finished();
        });
}

QList<ResultColumn> SpatialPanel::resultColumns(const SpatialJob &job)
{
    auto numbers = [](const QList<double> &values) {
        QList<QVariant> out;
        for (double v : values)
            out << v;
        return out;
    };
    QList<QVariant> clusters, p;
    for (int i = 0; i < job.local.clusters.size(); ++i) {
        clusters << lisaClusterKey(job.local.clusters[i]);
        p << (job.local.pseudoP.isEmpty() ? job.local.pValue[i] : job.local.pseudoP[i]);
    }
    const QString prefix = job.field + u'_';
    return {{{prefix + u"lisa_I"_s, FieldType::Real}, numbers(job.local.localI)},
            {{prefix + u"lisa_z"_s, FieldType::Real}, numbers(job.local.zScore)},
            {{prefix + u"lisa_p"_s, FieldType::Real}, p},
            {{prefix + u"lisa_cluster"_s, FieldType::String}, clusters},
            {{prefix + u"spatial_lag"_s, FieldType::Real}, numbers(job.scatter.lag)}};
}

void SpatialPanel::show(const SpatialJob &job)
{
    if (!m_layer || job.layerId != m_workspace->currentLayerId() || m_layer->rowCount() != job.rowCount)
        return; // computed for a layer no longer current: its rows are not this layer's
    QStringList lines;
    if (!job.input.isValid()) {
        m_summary->setText(firstError(job.input.issues));
        return;
    }
    if (!job.global.isValid() || !job.local.isValid()) {
        m_summary->setText(firstError(job.global.isValid() ? job.local.issues : job.global.issues));
        return;
    }
    const QLocale locale;
    const MoranResult &g = job.global;
    lines << tr("<b>Moran's I = %1</b> (E[I] = %2), %3 units, %4")
                 .arg(locale.toString(g.moranI, 'f', 4), locale.toString(g.expectedI, 'f', 4))
                 .arg(g.unitCount).arg(job.spec.description().toHtmlEscaped());
    if (g.randomisation)
        lines << tr("Randomisation: z = %1, p = %2 (one-sided, as spdep moran.test)")
                     .arg(locale.toString(g.randomisation->zScore, 'f', 3), locale.toString(g.randomisation->pGreater, 'g', 3));
    if (g.permutation)
        lines << tr("%1 permutations (seed %2): pseudo p = %3")
                     .arg(g.permutation->permutations).arg(g.permutation->seed)
                     .arg(locale.toString(g.permutation->pseudoP, 'g', 3));
    QList<int> counts(5, 0);
    for (LisaCluster c : job.local.clusters)
        ++counts[int(c)];
    lines << tr("LISA: %1 High–High, %2 Low–Low, %3 Low–High, %4 High–Low")
                 .arg(counts[int(LisaCluster::HighHigh)]).arg(counts[int(LisaCluster::LowLow)])
                 .arg(counts[int(LisaCluster::LowHigh)]).arg(counts[int(LisaCluster::HighLow)]);
    if (!job.input.isolates.isEmpty())
        lines << (job.spec.isolates == WeightsSpec::IsolatePolicy::Attach
                      ? tr("Without neighbours, attached to the nearest unit: %1")
                      : tr("Without neighbours, left out: %1"))
                     .arg(job.input.isolates.join(tr(", ")).toHtmlEscaped());
    // Warnings (units left out ...) in one line, each in full in the tooltip: the scatter plot
    // below keeps its room in a dock.
    QStringList warnings;
    for (const Issue &issue : job.input.issues)
        if (issue.severity == Issue::Severity::Warning)
            warnings << issue.message;
    if (warnings.size() == 1)
        lines << u"<span style='color:#8a4b00'>"_s + warnings.first().toHtmlEscaped() + u"</span>"_s;
    else if (!warnings.isEmpty())
        lines << u"<span style='color:#8a4b00'>"_s
                     + tr("Warnings: %1 (point here to read them)").arg(warnings.size())
                     + u"</span>"_s;
    m_summary->setText(lines.join(u"<br>"_s));
    m_summary->setToolTip(warnings.join(u'\n'));
    m_scatter->setScatter(job.scatter, job.input.unitNames, BundledData::fieldCaption(job.field));
    m_scatterRows = job.input.rows;
    showSelectionInScatter();
    if (!job.local.clusters.isEmpty()) {
        m_clusterStyle = std::make_shared<const CategoryStyle>(lisaClusterStyle(job.rowCount, job.input.rows, job.local.clusters));
        m_showMap->setEnabled(true);
        m_workspace->addResultFields(job.input.rows, resultColumns(job), u"lisa"_s);
    }
    m_workspace->recordRun(record(job));
}

AnalysisRun SpatialPanel::record(const SpatialJob &job) const
{
    const PermutationOptions &p = job.globalOptions.permutation;
    const QJsonObject parameters{{u"layer"_s, job.sourcePath}, {u"value"_s, job.field},
                                 {u"weights"_s, job.spec.description()}, {u"permutations"_s, p.permutations},
                                 {u"seed"_s, QString::number(p.seed)}, {u"alpha"_s, job.localOptions.alpha},
                                 {u"fdr"_s, job.localOptions.falseDiscoveryRate}};
    QJsonObject results = AnalysisJson::moran(job.global);
    results[u"n"_s] = job.global.unitCount;
    results[u"islands"_s] = QJsonArray::fromStringList(job.input.isolates);
    results[u"clusters"_s] = AnalysisJson::lisaClusterCounts(job.local);
    return {0, u"moran"_s, AnalysisJson::compact(parameters), AnalysisJson::compact(results), {}};
}

} // namespace CityAtlas
