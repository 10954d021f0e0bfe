#include "widgets/reviewpanel.h"

#include "maps/data/outputguard.h"
#include "maps/models/reviewtablemodel.h"
#include "maps/workspace/projectsession.h"
#include "maps/workspace/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {

// Level, status and free-text filters over the review table.
class ReviewFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QString level, status, text;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *model = sourceModel();
        if (!level.isEmpty() && model->index(row, 0, parent).data(ReviewTableModel::LevelRole).toString() != level)
            return false;
        if (!status.isEmpty() && model->index(row, ReviewTableModel::StatusColumn, parent).data().toString() != status)
            return false;
        if (text.isEmpty())
            return true;
        for (const int column : {ReviewTableModel::UnitColumn, ReviewTableModel::NameColumn, ReviewTableModel::DocumentColumn,
                                 ReviewTableModel::DepartmentColumn, ReviewTableModel::NotesColumn})
            if (model->index(row, column, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        return false;
    }
};

// The status column is edited with a choice of the three statuses.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != ReviewTableModel::StatusColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        for (const ReviewStatus status : {ReviewStatus::None, ReviewStatus::Preparing, ReviewStatus::Approved})
            combo->addItem(reviewStatusKey(status));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QString percent(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + u" %"_s : u"–"_s;
}

} // namespace

ReviewPanel::ReviewPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    ReviewCatalog::LoadResult loaded = ReviewCatalog::loadBundled();
    m_catalog = std::move(loaded.catalog);
    if (!m_catalog)
        m_catalogError = loaded.issues.isEmpty() ? tr("The bundled unit lists cannot be read.") : loaded.issues.first().message;
    m_baseline = ReviewCoverage::loadBaseline(ReviewCoverage::bundledBaselinePath());
    buildUi();
    connect(workspace, &Workspace::projectChanged, this, &ReviewPanel::showProject);
    connect(workspace, &Workspace::modifiedChanged, this, &ReviewPanel::updateEnabled);
    connect(workspace, &Workspace::currentTableChanged, this, &ReviewPanel::updateEnabled);
    connect(workspace->session(), &ProjectSession::recoveryWritten, this, [this] {
        m_message->setText(tr("Recovery copy written at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(workspace->session(), &ProjectSession::recoveryFailed, m_message, &QLabel::setText);
    setReviewer(QSettings().value(u"review/reviewer"_s).toString());
    showProject();
}

ReviewPanel::~ReviewPanel()
{
    if (m_proxy)
        m_proxy->setSourceModel(nullptr);
    m_model.reset(); // before the store it reads
}

void ReviewPanel::buildUi()
{
    m_projectLabel = new QLabel(this);
    m_projectLabel->setWordWrap(true);
    m_reviewer = new QLineEdit(this);
    m_reviewer->setPlaceholderText(tr("Your name: recorded with every change"));
    connect(m_reviewer, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_model)
            m_model->setReviewer(text.trimmed());
        QSettings().setValue(u"review/reviewer"_s, text.trimmed());
    });

    m_level = new QComboBox(this);
    m_level->addItem(tr("All levels"), QString());
    for (const ReviewLevel level : AllReviewLevels)
        m_level->addItem(reviewLevelName(level), reviewLevelKey(level));
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("none"), u"none"_s);
    m_status->addItem(tr("preparing"), u"preparing"_s);
    m_status->addItem(tr("approved"), u"approved"_s);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search unit, name, document…"));
    m_search->setClearButtonEnabled(true);

    auto *proxy = new ReviewFilterProxy(this);
    proxy->setSortRole(Qt::DisplayRole);
    m_proxy = proxy;
    connect(m_level, &QComboBox::currentIndexChanged, this, [this, proxy] {
        proxy->level = m_level->currentData().toString();
        proxy->refilter();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, proxy] {
        proxy->status = m_status->currentData().toString();
        proxy->refilter();
    });
    connect(m_search, &QLineEdit::textChanged, this, [proxy](const QString &text) {
        proxy->text = text.trimmed();
        proxy->refilter();
    });

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);

    m_import = new QPushButton(tr("Import CSV/XLSX…"), this);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_audit = new QPushButton(tr("Audit trail…"), this);
    connect(m_import, &QPushButton::clicked, this, &ReviewPanel::importDialog);
    connect(m_export, &QPushButton::clicked, this, &ReviewPanel::exportDialog);
    connect(m_audit, &QPushButton::clicked, this, &ReviewPanel::auditDialog);
    m_mapCoverage = new QPushButton(tr("Map coverage by province"), this);
    m_mapCoverage->setToolTip(tr("Adds the share of each province's units (of the chosen level) that are planned "
                                 "to the current province layer, matched by its code field, and maps it"));
    connect(m_mapCoverage, &QPushButton::clicked, this, [this] {
        const QString error = mapCoverageByProvince();
        m_message->setText(error);
    });

    m_summaryTable = new QTableWidget(0, 7, this);
    m_summaryTable->setHorizontalHeaderLabels({tr("Level"), tr("Planned"), tr("Total"), tr("Share"),
                                               tr("Published planned"), tr("Published total"), tr("Published share")});
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryTable->verticalHeader()->hide();
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryTable->horizontalHeader()->setStretchLastSection(true);
    m_summaryTable->setToolTip(tr("Double-click a level to list its units"));
    connect(m_summaryTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { showLevelOfSummaryRow(row); });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Reviewer:"), m_reviewer);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_level);
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addWidget(m_audit);
    buttons->addWidget(m_mapCoverage);
    buttons->addStretch();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_summaryTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_projectLabel);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
}

ProjectStore *ReviewPanel::project() const
{
    return m_workspace->project();
}

void ReviewPanel::showProject()
{
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
    m_message->clear();
    if (project() && m_catalog) {
        m_model = std::make_unique<ReviewTableModel>(project(), &*m_catalog);
        m_model->setReviewer(m_reviewer->text().trimmed());
        connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &ReviewPanel::changed);
        connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ReviewPanel::changed);
        connect(m_model.get(), &ReviewTableModel::editRefused, this, [this](const QString &message) {
            m_message->setText(tr("Not changed: %1").arg(message));
        });
        m_proxy->setSourceModel(m_model.get());
        m_view->resizeColumnsToContents();
    }
    updateSummary();
    updateEnabled();
}

void ReviewPanel::updateEnabled()
{
    const ProjectStore *store = project();
    const bool ready = store && m_model;
    m_view->setEnabled(ready);
    m_import->setEnabled(ready);
    m_export->setEnabled(ready);
    m_audit->setEnabled(store != nullptr);
    m_mapCoverage->setEnabled(ready && m_workspace->currentTable() != nullptr);
    if (!m_catalogError.isEmpty())
        m_projectLabel->setText(m_catalogError);
    else if (!store)
        m_projectLabel->setText(tr("No project open: use File ▸ New Project… or Open Project… to keep review records."));
    else
        m_projectLabel->setText(tr("Project: %1%2").arg(QDir::toNativeSeparators(store->path()),
                                                        m_workspace->session()->hasUnsavedChanges() ? tr(" (unsaved changes)") : QString()));
}

void ReviewPanel::changed()
{
    m_message->clear();
    updateSummary();
    m_workspace->session()->noteChange();
    updateEnabled();
}

void ReviewPanel::updateSummary()
{
    if (m_catalog)
        m_summary = ReviewCoverage::summarize(project() ? project()->content().reviews : QList<ReviewRecord>{}, *m_catalog, m_baseline);
    else
        m_summary = {};
    m_summaryTable->setRowCount(int(m_summary.levels.size()));
    for (int row = 0; row < m_summary.levels.size(); ++row) {
        const LevelCoverage &level = m_summary.levels.at(row);
        QStringList cells{reviewLevelName(level.level), QString::number(level.planned),
                          QString::number(level.total) + (level.totalFromBaseline ? u"*"_s : QString()), percent(level.share())};
        if (level.baseline)
            cells << QString::number(level.baseline->planned) << QString::number(level.baseline->total)
                  << percent(level.baseline->total > 0 ? std::optional<double>(level.baseline->share()) : std::nullopt)
                         + (level.baseline->uncertain ? u" ?"_s : QString());
        else
            cells << u"–"_s << u"–"_s << u"–"_s;
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 2 && level.totalFromBaseline)
                item->setToolTip(tr("No bundled list of this level: the total is the published one."));
            if (column >= 4 && level.baseline && !level.baseline->note.isEmpty())
                item->setToolTip(level.baseline->note);
            m_summaryTable->setItem(row, column, item);
        }
    }
    emit summaryChanged();
}

void ReviewPanel::setReviewer(const QString &who)
{
    m_reviewer->setText(who);
}

QString ReviewPanel::reviewer() const
{
    return m_reviewer->text().trimmed();
}

void ReviewPanel::setLevelFilter(const QString &levelKey)
{
    m_level->setCurrentIndex(qMax(0, m_level->findData(levelKey)));
}

void ReviewPanel::setStatusFilter(const QString &statusKey)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(statusKey)));
}

void ReviewPanel::showLevelOfSummaryRow(int row)
{
    if (row < 0 || row >= m_summary.levels.size())
        return;
    setLevelFilter(reviewLevelKey(m_summary.levels.at(row).level));
    if (m_proxy->rowCount() > 0) {
        const QModelIndex first = m_proxy->index(0, 0);
        m_view->scrollTo(first, QAbstractItemView::PositionAtTop);
        m_view->setCurrentIndex(first);
    }
    m_view->setFocus();
}

QString ReviewPanel::mapCoverageByProvince()
{
    const auto layer = m_workspace->currentTable();
    if (!project() || !m_catalog)
        return tr("Open a project first.");
    const int codeField = layer ? layer->fieldIndex(u"code"_s) : -1;
    if (codeField < 0)
        return tr("Show a province layer with a code field (GB/T 2260 codes) first.");
    std::optional<ReviewLevel> level;
    for (const ReviewLevel l : AllReviewLevels)
        if (reviewLevelKey(l) == m_level->currentData().toString())
            level = l;
    QHash<QString, ProvinceCoverage> byCode;
    for (const ProvinceCoverage &province : ReviewCoverage::coverageByProvince(project()->content().reviews, *m_catalog, level))
        byCode.insert(province.provinceCode, province);

    QList<int> rows;
    ResultColumn share{{u"coverage_share"_s, FieldType::Real}, {}};
    ResultColumn planned{{u"coverage_planned"_s, FieldType::Integer}, {}};
    ResultColumn total{{u"coverage_total"_s, FieldType::Integer}, {}};
    for (int row = 0; row < layer->rowCount(); ++row) {
        QString code = layer->value(row, codeField).toString().trimmed();
        if (const auto n = layer->number(row, codeField))
            code = QString::number(qint64(*n));
        if (code.size() != 6 || !code.endsWith(u"0000"_s))
            continue;
        const ProvinceCoverage province = byCode.value(code);
        rows << row;
        const auto s = province.share();
        share.values << (s ? QVariant(*s) : QVariant());
        planned.values << province.planned;
        total.values << province.total;
    }
    if (rows.isEmpty())
        return tr("The current layer has no province codes (GB/T 2260, such as 130000) in its code field.");
    m_workspace->addResultFields(rows, {share, planned, total}, u"coverage"_s);
    m_workspace->setStyle({u"coverage_share"_s, ClassificationMethod::EqualInterval, 5, u"Greens"_s, false, {}});
    return {};
}

ReviewImportResult ReviewPanel::importRecords(const QString &path)
{
    ReviewImportResult result;
    if (!project() || !m_catalog || !m_model) {
        result.issues << Issue::error(tr("Open a project first."));
        return result;
    }
    if (reviewer().isEmpty()) {
        result.issues << Issue::error(tr("Enter your name as reviewer first: every imported change is recorded with it."));
        return result;
    }
    result = ReviewCsv::apply(*project(), path, *m_catalog, reviewer());
    if (result.ok())
        m_model->reload(); // emits modelReset → changed()
    return result;
}

QString ReviewPanel::exportRecords(const QString &path) const
{
    if (!project() || !m_catalog)
        return tr("Open a project first.");
    if (const QString problem = OutputGuard::check(path, project()->inputFiles()); !problem.isEmpty())
        return problem;
    return ReviewCsv::write(path, ReviewCsv::header(), ReviewCsv::rows(project()->content().reviews, *m_catalog, true));
}

QString ReviewPanel::exportAuditTrail(const QString &path) const
{
    if (!project())
        return tr("Open a project first.");
    if (const QString problem = OutputGuard::check(path, project()->inputFiles()); !problem.isEmpty())
        return problem;
    return ReviewCsv::write(path, ReviewCsv::auditHeader(), ReviewCsv::auditRows(project()->auditTrail()));
}

void ReviewPanel::importDialog()
{
    if (reviewer().isEmpty()) {
        QMessageBox::information(this, tr("Import review records"), tr("Enter your name as reviewer first: every imported change is recorded with it."));
        m_reviewer->setFocus();
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Review Records"),
                                                      QSettings().value(u"files/lastFolder"_s).toString(),
                                                      tr("Review records (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    const ReviewImportResult result = importRecords(path);
    if (!result.ok()) {
        QStringList lines;
        for (const Issue &issue : result.issues)
            if (issue.severity == Issue::Severity::Error)
                lines << issue.message;
        QMessageBox box(QMessageBox::Warning, tr("Import review records"),
                        tr("%n row(s) cannot be imported; nothing was changed.", nullptr, int(lines.size())), QMessageBox::Ok, this);
        box.setInformativeText(lines.mid(0, 12).join(u'\n') + (lines.size() > 12 ? u"\n…"_s : QString()));
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
        return;
    }
    m_message->setText(tr("Imported %n row(s) from %1: %2 change(s) recorded.", nullptr, result.rowCount)
                           .arg(QFileInfo(path).fileName()).arg(result.changes));
}

void ReviewPanel::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Review Records"),
                                                      QSettings().value(u"files/lastFolder"_s).toString(), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportRecords(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export review records"), error);
    else
        m_message->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReviewPanel::auditDialog()
{
    if (!project())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Audit trail — %1").arg(QFileInfo(project()->path()).fileName()));
    const QStringList header = ReviewCsv::auditHeader();
    const QList<QStringList> rows = ReviewCsv::auditRows(project()->auditTrail());
    auto *table = new QTableWidget(int(rows.size()), int(header.size()), &dialog);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < rows.at(row).size() && column < header.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, &dialog, [this, &dialog] {
        const QString path = QFileDialog::getSaveFileName(&dialog, tr("Export Audit Trail"),
                                                          QSettings().value(u"files/lastFolder"_s).toString(), tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportAuditTrail(path); !error.isEmpty())
            QMessageBox::warning(&dialog, tr("Export audit trail"), error);
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("%n change(s), oldest first. The trail cannot be edited.", nullptr, int(rows.size())), &dialog));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(900, 500);
    dialog.exec();
}

} // namespace CityAtlas
