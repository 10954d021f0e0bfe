#include "widgets/evaluationinputs.h"

#include "maps/data/vectorreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

#include <limits>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

constexpr int OpenFileRole = Qt::UserRole + 1; // the "Other file…" entry of a combo box

} // namespace

EvaluationInputs::EvaluationInputs(QWidget *parent)
    : QWidget(parent)
    , m_system(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_table(new QComboBox(this))
    , m_weights(new QComboBox(this))
    , m_normalisation(new QComboBox(this))
    , m_aggregation(new QComboBox(this))
    , m_draws(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_perturbation(new QComboBox(this))
    , m_spread(new QDoubleSpinBox(this))
    , m_varyMethods(new QCheckBox(tr("vary methods"), this))
{
    m_system->setObjectName(u"system"_s);
    m_system->addItem(tr("Sample system (synthetic)"), u"sample"_s);
    m_system->addItem(tr("GB/T 33356-2016 new smart cities"), u"gbt33356"_s);
    m_system->addItem(tr("Giffinger et al. 2007, six dimensions"), u"giffinger"_s);
    m_system->addItem(tr("None: every numeric column"), QString());
    m_system->addItem(tr("JSON file…"));
    m_system->setItemData(m_system->count() - 1, true, OpenFileRole);
    m_level->setObjectName(u"level"_s);
    m_level->addItem(tr("Leaves (finest level)"), false);
    m_level->addItem(tr("First level (a table of dimension scores)"), true);
    m_table->setObjectName(u"table"_s);
    m_table->addItem(tr("Bundled SAMPLE table (synthetic, 31 provinces)"), IndicatorSystemFile::sampleTablePath());
    m_table->addItem(tr("Other table…"));
    m_table->setItemData(1, true, OpenFileRole);
    m_table->setToolTip(tr("Any table GDAL reads (CSV, XLSX, GeoPackage): one row per unit, one column per indicator"));
    m_weights->setObjectName(u"weights"_s);
    const QList<std::pair<WeightingMethod, QString>> weightings{
        {WeightingMethod::Template, tr("Template weights")}, {WeightingMethod::Equal, tr("Equal")},
        {WeightingMethod::Entropy, tr("Entropy weight method")}, {WeightingMethod::Critic, tr("CRITIC")},
        {WeightingMethod::Pca, tr("PCA (OECD/JRC)")}, {WeightingMethod::Ahp, tr("AHP pairwise matrix…")},
        {WeightingMethod::File, tr("Weights file…")}};
    for (const auto &[method, label] : weightings)
        m_weights->addItem(label, EvaluationRun::weightingKey(method));
    m_normalisation->setObjectName(u"normalisation"_s);
    m_normalisation->addItem(tr("Min–max"), EvaluationRun::normalisationKey(NormalisationMethod::MinMax));
    m_normalisation->addItem(tr("Z-score"), EvaluationRun::normalisationKey(NormalisationMethod::ZScore));
    m_normalisation->addItem(tr("Rank"), EvaluationRun::normalisationKey(NormalisationMethod::Rank));
    m_normalisation->addItem(tr("Vector, raw values (TOPSIS only)"), u"vector"_s);
    m_aggregation->setObjectName(u"aggregation"_s);
    for (AggregationMethod m : {AggregationMethod::Arithmetic, AggregationMethod::Geometric, AggregationMethod::Topsis})
        m_aggregation->addItem(aggregationMethodName(m), EvaluationRun::aggregationKey(m));
    m_draws->setObjectName(u"mcDraws"_s);
    m_draws->setRange(0, 100000);
    m_draws->setValue(1000);
    m_draws->setSpecialValueText(tr("off"));
    m_draws->setSuffix(tr(" draws"));
    m_seed->setObjectName(u"mcSeed"_s);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(12345);
    m_seed->setPrefix(tr("seed "));
    m_perturbation->setObjectName(u"mcPerturbation"_s);
    m_perturbation->addItem(tr("Dirichlet, κ"), int(WeightPerturbation::Dirichlet));
    m_perturbation->addItem(tr("Uniform, ± fraction"), int(WeightPerturbation::Uniform));
    m_perturbation->addItem(tr("Fixed weights"), int(WeightPerturbation::None));
    m_varyMethods->setToolTip(tr("Also draw the other normalisations (min–max, z-score, rank) and aggregations "
                                 "(arithmetic, geometric, TOPSIS)"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("System:"), m_system);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Indicators:"), m_table);
    form->addRow(tr("Weights:"), m_weights);
    form->addRow(tr("Normalisation:"), m_normalisation);
    form->addRow(tr("Aggregation:"), m_aggregation);
    auto *mc = new QHBoxLayout;
    mc->addWidget(m_draws, 1);
    mc->addWidget(m_seed, 1);
    form->addRow(tr("Monte Carlo:"), mc);
    auto *perturbation = new QHBoxLayout;
    perturbation->addWidget(m_perturbation, 2);
    perturbation->addWidget(m_spread, 1);
    perturbation->addWidget(m_varyMethods);
    form->addRow(tr("Perturbation:"), perturbation);

    connect(m_system, &QComboBox::activated, this, [this] {
        chooseFile(m_system, tr("Open Indicator System"), tr("Indicator systems (*.json);;All files (*)"));
    });
    connect(m_table, &QComboBox::activated, this, [this] {
        chooseFile(m_table, tr("Open Indicator Table"), tr("Tables (*.csv *.xlsx *.gpkg *.ods *.dbf);;All files (*)"));
    });
    connect(m_weights, &QComboBox::activated, this, &EvaluationInputs::chooseWeightsFile);
    connect(m_perturbation, &QComboBox::currentIndexChanged, this, &EvaluationInputs::updateMonteCarlo);
    connect(m_draws, &QSpinBox::valueChanged, this, &EvaluationInputs::updateMonteCarlo);
    for (QComboBox *input : {m_system, m_level, m_table})
        connect(input, &QComboBox::currentIndexChanged, this, &EvaluationInputs::dataChanged);
    updateMonteCarlo();
}

QString EvaluationInputs::systemSpec() const
{
    return m_system->currentData(OpenFileRole).toBool() ? u"sample"_s : m_system->currentData().toString();
}

QString EvaluationInputs::tablePath() const
{
    return m_table->currentData(OpenFileRole).toBool() ? IndicatorSystemFile::sampleTablePath() : m_table->currentData().toString();
}

bool EvaluationInputs::firstLevel() const
{
    return m_level->currentData().toBool();
}

QString EvaluationInputs::weightingLabel() const
{
    return m_weights->currentText();
}

QString EvaluationInputs::normalisationLabel() const
{
    return m_normalisation->currentText();
}

void EvaluationInputs::updateMonteCarlo()
{
    const auto kind = WeightPerturbation(m_perturbation->currentData().toInt());
    const bool on = m_draws->value() > 0;
    m_spread->setVisible(kind != WeightPerturbation::None);
    if (kind == WeightPerturbation::Dirichlet && m_spread->decimals() != 0) {
        m_spread->setRange(1, 100000);
        m_spread->setDecimals(0);
        m_spread->setValue(100);
        m_spread->setToolTip(tr("Concentration κ: larger stays closer to the weights"));
    } else if (kind == WeightPerturbation::Uniform && m_spread->decimals() != 2) {
        m_spread->setRange(0.01, 0.99);
        m_spread->setDecimals(2);
        m_spread->setValue(0.2);
        m_spread->setToolTip(tr("Each weight varies by ± this fraction before renormalising"));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_seed, m_perturbation, m_spread, m_varyMethods})
        w->setEnabled(on);
}

void EvaluationInputs::chooseFile(QComboBox *combo, const QString &caption, const QString &filter)
{
    if (!combo->currentData(OpenFileRole).toBool())
        return;
    const QString path = QFileDialog::getOpenFileName(this, caption, QString(), filter);
    const int sentinel = combo->currentIndex();
    if (path.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    combo->insertItem(sentinel, QFileInfo(path).fileName(), path);
    combo->setItemData(sentinel, path, Qt::ToolTipRole);
    combo->setCurrentIndex(sentinel);
}

void EvaluationInputs::chooseWeightsFile()
{
    const auto method = EvaluationRun::weightingFromKey(m_weights->currentData().toString());
    if (method != WeightingMethod::Ahp && method != WeightingMethod::File)
        return;
    const QString path = QFileDialog::getOpenFileName(this,
        method == WeightingMethod::Ahp ? tr("Open AHP Pairwise Comparison Matrix") : tr("Open Weights (indicator, weight)"),
        QString(), tr("Tables (*.csv *.xlsx *.ods);;All files (*)"));
    if (path.isEmpty()) {
        m_weights->setCurrentIndex(0);
        return;
    }
    m_weightsFile = path;
    m_weights->setToolTip(path);
}

void EvaluationInputs::setIndicatorTable(const QString &path)
{
    int index = m_table->findData(path);
    if (index < 0) {
        index = m_table->count() - 1;
        m_table->insertItem(index, QFileInfo(VectorReader::splitLayerSpec(path).first).fileName(), path);
    }
    m_table->setCurrentIndex(index);
}

void EvaluationInputs::setSystem(const QString &nameOrPath)
{
    int index = m_system->findData(nameOrPath);
    if (index < 0) {
        index = m_system->count() - 1;
        m_system->insertItem(index, QFileInfo(nameOrPath).fileName(), nameOrPath);
    }
    m_system->setCurrentIndex(index);
}

std::optional<EvaluationSettings> EvaluationInputs::settings(QString *error) const
{
    EvaluationSettings s;
    s.weighting = EvaluationRun::weightingFromKey(m_weights->currentData().toString()).value_or(WeightingMethod::Equal);
    s.aggregation = EvaluationRun::aggregationFromKey(m_aggregation->currentData().toString()).value_or(AggregationMethod::Arithmetic);
    const QString normalisation = m_normalisation->currentData().toString();
    s.vectorTopsis = normalisation == u"vector"_s;
    s.normalisation = EvaluationRun::normalisationFromKey(normalisation).value_or(NormalisationMethod::MinMax);
    s.firstLevel = m_level->currentData().toBool();
    if (s.weighting == WeightingMethod::Ahp || s.weighting == WeightingMethod::File)
        s.weightsFile = m_weightsFile;
    s.mc.draws = m_draws->value();
    s.mc.seed = quint64(m_seed->value());
    s.mc.weightPerturbation = WeightPerturbation(m_perturbation->currentData().toInt());
    if (s.mc.weightPerturbation == WeightPerturbation::Dirichlet)
        s.mc.concentration = m_spread->value();
    else if (s.mc.weightPerturbation == WeightPerturbation::Uniform)
        s.mc.relativeRange = m_spread->value();
    s.mc.normalisations = {s.normalisation};
    s.mc.aggregations = {s.aggregation};
    if (m_varyMethods->isChecked()) {
        for (NormalisationMethod m : {NormalisationMethod::MinMax, NormalisationMethod::ZScore, NormalisationMethod::Rank})
            if (!s.mc.normalisations.contains(m))
                s.mc.normalisations << m;
        for (AggregationMethod m : {AggregationMethod::Arithmetic, AggregationMethod::Geometric, AggregationMethod::Topsis})
            if (!s.mc.aggregations.contains(m))
                s.mc.aggregations << m;
    }
    if (s.vectorTopsis && s.aggregation != AggregationMethod::Topsis)
        *error = tr("The vector normalisation of the raw values belongs to TOPSIS: choose TOPSIS, or min–max, z-score or rank.");
    else if (s.vectorTopsis && s.mc.draws > 0)
        *error = tr("The Monte Carlo draws normalise the values first: with TOPSIS choose min–max, z-score or rank, or turn the draws off.");
    else if (s.aggregation == AggregationMethod::Geometric && s.normalisation == NormalisationMethod::ZScore)
        *error = tr("The geometric mean needs positive values, and z-scores are negative for half the units: choose min–max or rank.");
    else if (s.weighting == WeightingMethod::Template && systemSpec().isEmpty())
        *error = tr("Without an indicator system there are no template weights: choose equal, entropy, CRITIC, PCA or an AHP matrix.");
    else if ((s.weighting == WeightingMethod::Ahp || s.weighting == WeightingMethod::File) && s.weightsFile.isEmpty())
        *error = tr("Choose the weights file.");
    return error->isEmpty() ? std::optional(s) : std::nullopt;
}

} // namespace CityAtlas
