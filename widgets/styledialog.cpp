#include "widgets/styledialog.h"

#include "maps/data/bundleddata.h"
#include "maps/style/categorystyle.h"
#include "maps/style/colorramp.h"
#include "widgets/charts/histogramchart.h"
#include "widgets/fieldcombo.h"
#include "widgets/methodcombo.h"
#include "widgets/rampcombo.h"
#include "widgets/stylepickers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 12);
    pixmap.fill(color);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x60, 0x60, 0x60));
    painter.drawRect(0, 0, 15, 11);
    return QIcon(pixmap);
}

// A dragged break rounded to three significant digits of the value range, so that the
// typed list stays readable ("12.3", not "12.3456789").
double rounded(double value, double range)
{
    if (!(range > 0.0))
        return value;
    const double step = std::pow(10.0, std::floor(std::log10(range)) - 2.0);
    return std::round(value / step) * step;
}

} // namespace

StyleDialog::StyleDialog(std::shared_ptr<const FeatureTable> layer, FeatureSelection *selection,
                         const ChoroplethSpec &initial, QWidget *parent)
    : QDialog(parent)
    , m_layer(std::move(layer))
    , m_pickers(new StylePickers(FieldCombo::Kind::NumericOrText, this))
    , m_breaks(new QLineEdit(this))
    , m_bins(new QSpinBox(this))
    , m_message(new QLabel(this))
    , m_histogram(new HistogramChart(this))
    , m_legend(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Layer Style"));
    m_pickers->classes()->setRange(1, 12);
    m_breaks->setPlaceholderText(tr("e.g. 100, 250, 500"));
    m_breaks->setToolTip(tr("Inner class bounds, increasing, separated by commas; or drag the lines on the histogram"));
    m_bins->setRange(0, FieldHistogram::MaxAutomaticBins);
    m_bins->setSpecialValueText(tr("Automatic (Freedman–Diaconis)"));
    m_bins->setToolTip(tr("Bins of the histogram. Automatic: bin width 2·IQR·n^(−1/3) (Freedman–Diaconis), "
                          "or log2 n + 1 bins (Sturges) when the interquartile range is 0"));
    m_message->setWordWrap(true);
    m_legend->setColumnCount(2);
    m_legend->setHeaderLabels({tr("Class"), tr("Units")});
    m_legend->setRootIsDecorated(false);
    m_legend->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_legend->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_legend->header()->setStretchLastSection(false);
    m_histogram->setSelection(selection);
    m_histogram->setMinimumSize(420, 280);
    m_pickers->field()->setTable(*m_layer);

    auto *form = new QFormLayout;
    form->addRow(tr("Field:"), m_pickers->field());
    form->addRow(tr("Method:"), m_pickers->method());
    form->addRow(tr("Classes:"), m_pickers->classes());
    auto *colours = new QHBoxLayout;
    colours->addWidget(m_pickers->ramp(), 1);
    colours->addWidget(m_pickers->reversed());
    form->addRow(tr("Colours:"), colours);
    form->addRow(tr("Breaks:"), m_breaks);
    form->addRow(tr("Histogram bins:"), m_bins);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_message);
    left->addWidget(new QLabel(tr("Legend:"), this));
    left->addWidget(m_legend, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_histogram, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_pickers, &StylePickers::changed, this, &StyleDialog::pickersChanged);
    connect(m_breaks, &QLineEdit::textEdited, this, &StyleDialog::update);
    connect(m_bins, &QSpinBox::valueChanged, this, &StyleDialog::update);
    connect(m_histogram, &HistogramChart::breakMoved, this, &StyleDialog::moveBreak);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StyleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StyleDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { emit applied(spec()); });
    setSpec(initial);
    resize(980, 520);
}

ChoroplethSpec StyleDialog::spec() const
{
    ChoroplethSpec spec = m_pickers->spec();
    if (spec.method == ClassificationMethod::Manual)
        spec.breaks = Choropleth::parseBreaks(m_breaks->text(), nullptr).value_or(QList<double>());
    return spec;
}

void StyleDialog::setSpec(const ChoroplethSpec &spec)
{
    m_updating = true;
    m_pickers->setSpec(spec);
    m_method = spec.method;
    m_breaks->setText(Choropleth::formatBreaks(spec.breaks));
    m_updating = false;
    update();
}

QString StyleDialog::problem() const
{
    return m_message->text();
}

void StyleDialog::accept()
{
    if (!m_result.style)
        return;
    emit applied(spec());
    QDialog::accept();
}

// Switching to manual breaks starts from the classes shown so far.
void StyleDialog::pickersChanged()
{
    if (m_updating)
        return;
    const ClassificationMethod method = m_pickers->method()->currentMethod();
    if (method == ClassificationMethod::Manual && m_breaks->text().trimmed().isEmpty())
        m_breaks->setText(Choropleth::formatBreaks(m_lastBreaks));
    // Categories read best in a qualitative scheme: switching to unique values offers one.
    if (method == ClassificationMethod::UniqueValues && m_method != method
        && ColorRamp::byName(m_pickers->ramp()->currentRamp()).kind() != ColorRamp::Kind::Qualitative) {
        m_method = method;
        m_pickers->ramp()->setCurrentRamp(u"Set2"_s); // emits changed() again
        return;
    }
    m_method = method;
    update();
}

void StyleDialog::moveBreak(int index, double value)
{
    ChoroplethSpec current = spec();
    if (index < 0 || index >= current.breaks.size())
        return;
    const auto *choropleth = dynamic_cast<const Choropleth *>(m_result.style.get());
    const QList<double> &bounds = choropleth ? choropleth->breaks().bounds : QList<double>();
    current.breaks[index] = bounds.isEmpty() ? value : rounded(value, bounds.last() - bounds.first());
    m_breaks->setText(Choropleth::formatBreaks(current.breaks));
    update();
}

void StyleDialog::update()
{
    if (m_updating)
        return;
    const ChoroplethSpec current = spec();
    const bool manual = current.method == ClassificationMethod::Manual;
    m_breaks->setEnabled(manual);
    m_pickers->classes()->setEnabled(!manual);
    m_histogram->setBreaksEditable(manual);

    QString parseError;
    const bool typedOk = !manual || Choropleth::parseBreaks(m_breaks->text(), &parseError).has_value();
    if (typedOk) {
        m_result = createStyle(*m_layer, current);
    } else {
        m_result = {};
        m_result.issues << Issue::error(parseError, m_layer->sourcePath());
    }
    QStringList messages;
    bool error = false;
    for (const Issue &issue : m_result.issues) {
        messages << issue.message;
        error = error || issue.severity == Issue::Severity::Error;
    }
    m_message->setText(messages.join(u'\n'));
    m_message->setStyleSheet(error ? u"color: #b2182b;"_s : u"color: #595959;"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bool(m_result.style));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(bool(m_result.style));

    QList<double> inner;
    if (const auto *choropleth = dynamic_cast<const Choropleth *>(m_result.style.get())) {
        const QList<double> &bounds = choropleth->breaks().bounds;
        if (bounds.size() > 2)
            inner = bounds.mid(1, bounds.size() - 2);
        m_lastBreaks = inner;
    }
    showLegend();
    showHistogram(inner);
}

void StyleDialog::showLegend()
{
    m_legend->clear();
    if (!m_result.style)
        return;
    for (const LegendEntry &entry : m_result.style->legendEntries()) {
        auto *item = new QTreeWidgetItem(m_legend, {entry.label, QLocale().toString(entry.count)});
        item->setIcon(0, swatch(entry.color));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

// Numeric classes: the field's numbers in equal-width bins, each drawn in the class colour of
// its middle; unique values: one bar per category.
void StyleDialog::showHistogram(const QList<double> &breaks)
{
    const QString title = BundledData::fieldCaption(m_pickers->field()->currentField());
    const MapStyle *style = m_result.style.get();
    if (style && m_pickers->method()->currentMethod() == ClassificationMethod::UniqueValues) {
        QList<QColor> colors;
        for (const LegendEntry &entry : style->legendEntries())
            colors << entry.color;
        m_histogram->setHistogram(FieldHistogram::ofClasses(*style, m_layer->rowCount()), colors, {}, title);
        return;
    }
    if (m_valuesField != m_pickers->field()->currentField() || m_valuesBins != m_bins->value()) {
        m_valuesField = m_pickers->field()->currentField();
        m_valuesBins = m_bins->value();
        m_values = FieldHistogram::ofNumbers(*m_layer, m_valuesField, m_valuesBins);
    }
    QList<QColor> colors;
    const auto *choropleth = dynamic_cast<const Choropleth *>(style);
    for (const HistogramBin &bin : m_values.bins()) {
        const int k = choropleth ? choropleth->breaks().classOf((bin.lower + bin.upper) / 2.0) : -1;
        colors << (k >= 0 ? choropleth->colors().value(k) : MapStyle::noDataColor());
    }
    m_histogram->setHistogram(m_values, colors, breaks, title);
}

} // namespace CityAtlas
