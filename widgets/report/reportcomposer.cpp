#include "widgets/report/reportcomposer.h"

#include "maps/data/outputguard.h"
#include "maps/workspace/workspace.h"

#include "maps/project/projectstore.h"
#include "maps/report/reporttable.h"
#include "maps/style/colorramp.h"
#include "widgets/backgroundtask.h"
#include "widgets/charts/figure.h"
#include "widgets/report/reportcharts.h"
#include "widgets/report/reportrenderer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

constexpr int PreviewDpi = 80;

struct PreviewResult
{
    QImage image;
    QString error;
};

QPushButton *button(const QString &text, QWidget *parent, std::function<void()> slot)
{
    auto *b = new QPushButton(text, parent);
    QObject::connect(b, &QPushButton::clicked, parent, std::move(slot));
    return b;
}

// Up, Down, Remove beside a list, plus what the caller puts first.
QHBoxLayout *listButtons(QWidget *parent, QWidget *add, std::function<void(int)> move, std::function<void()> remove)
{
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(button(ReportComposer::tr("Up"), parent, [move] { move(-1); }));
    row->addWidget(button(ReportComposer::tr("Down"), parent, [move] { move(1); }));
    row->addWidget(button(ReportComposer::tr("Remove"), parent, std::move(remove)));
    return row;
}

} // namespace

ReportComposer::ReportComposer(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_project(workspace->project())
{
    if (m_project) {
        IssueList warnings; // shown when the project was opened
        m_projectLayers = LayerRecipes::fromProject(*m_project, &warnings);
    }
    setWindowTitle(tr("Report composer"));
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportComposer::updatePreview);

    // The report: which one, its name and title.
    m_reports = new QComboBox(this);
    m_reports->addItem(tr("Smart cities in China (default template)"));
    if (m_project)
        for (const SavedReport &r : m_project->content().reports)
            m_reports->addItem(r.name, r.name);
    connect(m_reports, &QComboBox::activated, this, &ReportComposer::loadChosenReport);
    m_name = new QLineEdit(this);
    m_title = new QLineEdit(this);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) { m_report.name = t; });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &t) { m_report.title = t; schedulePreview(); });
    auto *head = new QFormLayout;
    head->addRow(tr("Report:"), m_reports);
    head->addRow(tr("Name:"), m_name);
    head->addRow(tr("Title:"), m_title);

    // Pages.
    m_pages = new QListWidget(this);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this] { refreshItems(); schedulePreview(); });
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(u"A4"_s, int(QPageSize::A4));
    m_pageSize->addItem(u"A3"_s, int(QPageSize::A3));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    connect(m_pageSize, &QComboBox::activated, this, &ReportComposer::editPage);
    connect(m_orientation, &QComboBox::activated, this, &ReportComposer::editPage);
    auto *pageBox = new QGroupBox(tr("Pages"), this);
    auto *pageLayout = new QVBoxLayout(pageBox);
    pageLayout->addWidget(m_pages);
    auto *pageFormat = new QHBoxLayout;
    pageFormat->addWidget(m_pageSize);
    pageFormat->addWidget(m_orientation);
    pageLayout->addLayout(pageFormat);
    pageLayout->addLayout(listButtons(this, button(tr("Add page"), this, [this] { addPage(); }),
                                      [this](int d) { movePage(d); }, [this] { removePage(); }));

    // Items of the current page.
    m_items = new QListWidget(this);
    connect(m_items, &QListWidget::currentRowChanged, this, &ReportComposer::showItem);
    auto *add = new QToolButton(this);
    add->setText(tr("Add item"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(add);
    for (const ReportItem::Kind kind : {ReportItem::Kind::Map, ReportItem::Kind::Chart, ReportItem::Kind::Table, ReportItem::Kind::Text}) {
        ReportItem sample;
        sample.kind = kind;
        addMenu->addAction(sample.kindName(), this, [this, kind] { addItem(kind); });
    }
    add->setMenu(addMenu);
    auto *itemBox = new QGroupBox(tr("Items of the page"), this);
    auto *itemLayout = new QVBoxLayout(itemBox);
    itemLayout->addWidget(m_items);
    itemLayout->addLayout(listButtons(this, add, [this](int d) { moveItem(d); }, [this] { removeItem(); }));
    itemLayout->addWidget(createEditor());

    // The preview.
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setBackgroundRole(QPalette::Dark);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(520);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(head);
    leftLayout->addWidget(pageBox, 1);
    leftLayout->addWidget(itemBox, 2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole)->setObjectName(u"exportPdf"_s);
    buttons->addButton(tr("Export &HTML…"), QDialogButtonBox::ActionRole)->setObjectName(u"exportHtml"_s);
    QPushButton *save = buttons->addButton(tr("&Save in Project"), QDialogButtonBox::ActionRole);
    save->setEnabled(m_project);
    save->setToolTip(m_project ? QString() : tr("Open or create a project to save reports in it"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::clicked, this, [this, buttons, save](QAbstractButton *b) {
        if (b == save)
            saveInProject();
        else if (b->objectName() == u"exportPdf"_s)
            exportReport(u"pdf"_s);
        else if (b->objectName() == u"exportHtml"_s)
            exportReport(u"html"_s);
        Q_UNUSED(buttons);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1280, 860);

    if (m_project && !m_project->content().reports.isEmpty())
        m_reports->setCurrentIndex(1);
    loadChosenReport();
}

QWidget *ReportComposer::createEditor()
{
    auto *editor = new QWidget(this);
    m_form = new QFormLayout(editor);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_itemTitle = new QLineEdit(editor);
    m_height = new QDoubleSpinBox(editor);
    m_height->setRange(0.1, 10.0);
    m_height->setSingleStep(0.1);
    m_height->setToolTip(tr("Share of the page's height, relative to the other items"));
    m_layer = new QComboBox(editor);
    m_layer->addItem(tr("Provinces (with statistics)"), u"provinces"_s);
    m_layer->addItem(tr("Prefecture-level units"), u"prefectures"_s);
    if (m_project)
        for (const ProjectLayer &l : m_project->content().layers)
            m_layer->addItem(tr("Project: %1").arg(l.name), l.name);
    m_field = new QLineEdit(editor);
    m_field->setPlaceholderText(u"density_2022"_s);
    m_method = new QComboBox(editor);
    for (const QString &m : {u"quantile"_s, u"equal"_s, u"jenks"_s, u"stddev"_s})
        m_method->addItem(m, m);
    m_classes = new QSpinBox(editor);
    m_classes->setRange(1, 12);
    m_ramp = new QComboBox(editor);
    for (const QString &r : ColorRamp::names())
        m_ramp->addItem(r, r);
    m_labels = new QLineEdit(editor);
    m_legend = new QCheckBox(tr("Legend"), editor);
    m_scaleBar = new QCheckBox(tr("Scale bar"), editor);
    m_northArrow = new QCheckBox(tr("North arrow"), editor);
    auto *furniture = new QWidget(editor);
    auto *furnitureLayout = new QHBoxLayout(furniture);
    furnitureLayout->setContentsMargins(0, 0, 0, 0);
    furnitureLayout->addWidget(m_legend);
    furnitureLayout->addWidget(m_scaleBar);
    furnitureLayout->addWidget(m_northArrow);
    m_figure = new QComboBox(editor);
    for (const Figure &f : Figure::all())
        m_figure->addItem(tr("%1 — %2").arg(f.name, f.title()), f.name);
    m_table = new QComboBox(editor);
    for (const QString &t : ReportTables::names())
        m_table->addItem(t, t);
    m_parameters = new QLineEdit(editor);
    m_parameters->setPlaceholderText(uR"({"field": "density_2022", "permutations": 999, "seed": 42})"_s);
    m_text = new QPlainTextEdit(editor);
    m_text->setMaximumHeight(110);

    m_form->addRow(tr("Title:"), m_itemTitle);
    m_form->addRow(tr("Height:"), m_height);
    m_form->addRow(tr("Layer:"), m_layer);
    m_form->addRow(tr("Field:"), m_field);
    m_form->addRow(tr("Classification:"), m_method);
    m_form->addRow(tr("Classes:"), m_classes);
    m_form->addRow(tr("Colours:"), m_ramp);
    m_form->addRow(tr("Labels:"), m_labels);
    m_form->addRow(QString(), furniture);
    m_form->addRow(tr("Figure:"), m_figure);
    m_form->addRow(tr("Table:"), m_table);
    m_form->addRow(tr("Parameters (JSON):"), m_parameters);
    m_form->addRow(tr("Text:"), m_text);

    for (QLineEdit *edit : {m_itemTitle, m_field, m_labels, m_parameters})
        connect(edit, &QLineEdit::editingFinished, this, &ReportComposer::editItem);
    for (QComboBox *combo : {m_layer, m_method, m_ramp, m_figure, m_table})
        connect(combo, &QComboBox::activated, this, &ReportComposer::editItem);
    for (QCheckBox *box : {m_legend, m_scaleBar, m_northArrow})
        connect(box, &QCheckBox::toggled, this, &ReportComposer::editItem);
    connect(m_height, &QDoubleSpinBox::editingFinished, this, &ReportComposer::editItem);
    connect(m_classes, &QSpinBox::editingFinished, this, &ReportComposer::editItem);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReportComposer::editItem);
    return editor;
}

void ReportComposer::setReport(const ReportDefinition &report)
{
    m_report = report;
    m_updating = true;
    m_name->setText(report.name);
    m_title->setText(report.title);
    m_updating = false;
    refreshPages();
    m_pages->setCurrentRow(m_report.pages.isEmpty() ? -1 : 0);
    schedulePreview();
}

void ReportComposer::loadChosenReport()
{
    const QString name = m_reports->currentData().toString();
    const SavedReport *saved = m_project && !name.isEmpty() ? m_project->report(name) : nullptr;
    if (!saved) {
        setReport(ReportDefinition::defaultTemplate());
    } else {
        IssueList issues;
        const ReportDefinition report = ReportDefinition::fromJsonText(saved->definitionJson.toUtf8(), saved->name, &issues);
        if (hasErrors(issues))
            m_status->setText(firstError(issues));
        setReport(report);
    }
    m_savedJson = m_report.toJsonText(); // what the user starts from: no change yet
}

int ReportComposer::currentPage() const
{
    const int row = m_pages->currentRow();
    return row >= 0 && row < m_report.pages.size() ? row : -1;
}

int ReportComposer::currentItem() const
{
    const int page = currentPage();
    const int row = m_items->currentRow();
    return page >= 0 && row >= 0 && row < m_report.pages[page].items.size() ? row : -1;
}

ReportItem *ReportComposer::item()
{
    const int i = currentItem();
    return i >= 0 ? &m_report.pages[currentPage()].items[i] : nullptr;
}

void ReportComposer::refreshPages()
{
    const int row = m_pages->currentRow();
    m_updating = true;
    m_pages->clear();
    for (const ReportPage &page : m_report.pages)
        m_pages->addItem(tr("Page %1: %2 %3, %n item(s)", nullptr, int(page.items.size()))
                             .arg(m_pages->count() + 1)
                             .arg(page.size == QPageSize::A3 ? u"A3"_s : u"A4"_s,
                                  page.orientation == QPageLayout::Landscape ? tr("landscape") : tr("portrait")));
    m_updating = false;
    m_pages->setCurrentRow(std::min(row, int(m_pages->count()) - 1));
}

void ReportComposer::refreshItems()
{
    const int page = currentPage();
    const int row = m_items->currentRow();
    m_updating = true;
    m_items->clear();
    if (page >= 0) {
        for (const ReportItem &i : m_report.pages[page].items)
            m_items->addItem(i.summary());
        m_pageSize->setCurrentIndex(m_pageSize->findData(int(m_report.pages[page].size)));
        m_orientation->setCurrentIndex(m_orientation->findData(int(m_report.pages[page].orientation)));
    }
    m_updating = false;
    m_items->setCurrentRow(std::clamp(row, 0, int(m_items->count()) - 1));
    showItem();
}

void ReportComposer::showItem()
{
    const ReportItem *i = item();
    m_updating = true;
    const auto show = [this](QWidget *w, bool visible) { m_form->setRowVisible(w, visible); };
    const ReportItem::Kind kind = i ? i->kind : ReportItem::Kind::Text;
    const bool map = i && kind == ReportItem::Kind::Map;
    for (QWidget *w : {static_cast<QWidget *>(m_layer), static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_method),
                       static_cast<QWidget *>(m_classes), static_cast<QWidget *>(m_ramp), static_cast<QWidget *>(m_labels),
                       m_legend->parentWidget()})
        show(w, map);
    show(m_figure, i && kind == ReportItem::Kind::Chart);
    show(m_table, i && kind == ReportItem::Kind::Table);
    show(m_parameters, i && kind == ReportItem::Kind::Table);
    show(m_text, i && kind == ReportItem::Kind::Text);
    show(m_itemTitle, i);
    show(m_height, i);
    if (i) {
        m_itemTitle->setText(i->title);
        m_height->setValue(i->height);
        m_layer->setCurrentIndex(std::max(0, m_layer->findData(i->layer)));
        m_field->setText(i->field);
        m_method->setCurrentIndex(std::max(0, m_method->findData(i->method)));
        m_classes->setValue(i->classes);
        m_ramp->setCurrentIndex(std::max(0, m_ramp->findData(i->ramp)));
        m_labels->setText(i->labelField);
        m_legend->setChecked(i->legend);
        m_scaleBar->setChecked(i->scaleBar);
        m_northArrow->setChecked(i->northArrow);
        m_figure->setCurrentIndex(std::max(0, m_figure->findData(i->figure)));
        m_table->setCurrentIndex(std::max(0, m_table->findData(i->table)));
        m_parameters->setText(QString::fromUtf8(QJsonDocument(i->parameters).toJson(QJsonDocument::Compact)));
        m_text->setPlainText(i->text);
    }
    m_updating = false;
}

void ReportComposer::editItem()
{
    ReportItem *i = item();
    if (m_updating || !i)
        return;
    i->title = m_itemTitle->text();
    i->height = m_height->value();
    switch (i->kind) {
    case ReportItem::Kind::Map:
        i->layer = m_layer->currentData().toString();
        i->field = m_field->text().trimmed();
        i->method = m_method->currentData().toString();
        i->classes = m_classes->value();
        i->ramp = m_ramp->currentData().toString();
        i->labelField = m_labels->text().trimmed();
        i->legend = m_legend->isChecked();
        i->scaleBar = m_scaleBar->isChecked();
        i->northArrow = m_northArrow->isChecked();
        break;
    case ReportItem::Kind::Chart:
        i->figure = m_figure->currentData().toString();
        break;
    case ReportItem::Kind::Table: {
        i->table = m_table->currentData().toString();
        QJsonParseError error;
        const QJsonDocument parameters = QJsonDocument::fromJson(m_parameters->text().toUtf8(), &error);
        if (m_parameters->text().trimmed().isEmpty())
            i->parameters = {};
        else if (parameters.isObject())
            i->parameters = parameters.object();
        else
            m_status->setText(tr("The parameters are not a JSON object (%1); they were not changed").arg(error.errorString()));
        break;
    }
    case ReportItem::Kind::Text:
        i->text = m_text->toPlainText();
        break;
    }
    m_items->item(currentItem())->setText(i->summary());
    schedulePreview();
}

void ReportComposer::editPage()
{
    const int page = currentPage();
    if (m_updating || page < 0)
        return;
    m_report.pages[page].size = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    m_report.pages[page].orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    refreshPages();
    schedulePreview();
}

void ReportComposer::addPage()
{
    const int at = currentPage() + 1;
    m_report.pages.insert(at, ReportPage{});
    refreshPages();
    m_pages->setCurrentRow(at);
}

void ReportComposer::removePage()
{
    const int page = currentPage();
    if (page < 0)
        return;
    m_report.pages.removeAt(page);
    refreshPages();
    refreshItems();
    schedulePreview();
}

void ReportComposer::movePage(int delta)
{
    const int page = currentPage();
    if (page < 0 || page + delta < 0 || page + delta >= m_report.pages.size())
        return;
    m_report.pages.swapItemsAt(page, page + delta);
    refreshPages();
    m_pages->setCurrentRow(page + delta);
}

void ReportComposer::addItem(ReportItem::Kind kind)
{
    if (currentPage() < 0)
        addPage();
    ReportItem i;
    i.kind = kind;
    if (kind == ReportItem::Kind::Map)
        i.field = u"density_2022"_s;
    else if (kind == ReportItem::Kind::Chart)
        i.figure = u"fig6"_s;
    else if (kind == ReportItem::Kind::Table)
        i.table = u"inequality"_s;
    else
        i.text = tr("Text");
    QList<ReportItem> &items = m_report.pages[currentPage()].items;
    const int at = currentItem() + 1;
    items.insert(at, i);
    refreshPages();
    refreshItems();
    m_items->setCurrentRow(at);
    schedulePreview();
}

void ReportComposer::removeItem()
{
    const int i = currentItem();
    if (i < 0)
        return;
    m_report.pages[currentPage()].items.removeAt(i);
    refreshPages();
    refreshItems();
    schedulePreview();
}

void ReportComposer::moveItem(int delta)
{
    const int i = currentItem();
    QList<ReportItem> *items = i >= 0 ? &m_report.pages[currentPage()].items : nullptr;
    if (!items || i + delta < 0 || i + delta >= items->size())
        return;
    items->swapItemsAt(i, i + delta);
    refreshItems();
    m_items->setCurrentRow(i + delta);
    schedulePreview();
}

void ReportComposer::schedulePreview()
{
    if (!m_updating)
        m_previewTimer->start();
}

ReportComposer::~ReportComposer()
{
    if (m_previewJob)
        m_previewJob->cancel();
}

void ReportComposer::updatePreview()
{
    const int page = currentPage();
    if (page < 0) {
        m_preview->clear();
        return;
    }
    ReportRenderer::Input input = ReportRenderer::inputFor(m_report, m_project, m_projectLayers);
    // QtCharts on the UI thread: the current page's charts become SVG here.
    input.charts = ReportCharts::prepare(m_report, input.projectPath, !input.project.reviews.isEmpty(), page);
    const int generation = ++m_previewGeneration;
    // The preview before this one is of no use any more: it stops, freeing the thread pool.
    if (m_previewJob)
        m_previewJob->cancel();
    m_previewJob = std::make_shared<SimpleFeedback>();
    m_status->setText(tr("Drawing the preview…"));
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcher<PreviewResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_previewGeneration)
            return; // a newer preview is on its way
        const PreviewResult result = watcher->result();
        m_status->setText(result.error);
        if (!result.image.isNull()) {
            m_previewImage = result.image;
            m_preview->setPixmap(QPixmap::fromImage(result.image));
        }
        emit previewUpdated();
    });
    watcher->setFuture(QtConcurrent::run([input = std::move(input), page, job = m_previewJob]() mutable {
        ReportRenderer renderer(std::move(input));
        const IssueList issues = renderer.prepare(job.get(), page);
        if (job->isCanceled())
            return PreviewResult{};
        PreviewResult result;
        result.error = firstError(issues);
        if (result.error.isEmpty())
            result.image = renderer.renderPage(page, PreviewDpi);
        return result;
    }));
}

void ReportComposer::exportReport(const QString &suffix)
{
    const QString filter = suffix == u"pdf"_s ? tr("PDF (*.pdf)") : tr("Self-contained HTML (*.html)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), m_report.name + u'.' + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    if (const QString problem = OutputGuard::check(path, m_project ? m_project->inputFiles() : QStringList()); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export Report"), problem);
        return;
    }
    ReportRenderer::Input input = ReportRenderer::inputFor(m_report, m_project, m_projectLayers);
    if (const QString refusal = ReportRenderer::workRefusal(input); !refusal.isEmpty()) {
        QMessageBox::warning(this, tr("Export Report"), refusal);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    input.charts = ReportCharts::prepare(m_report, input.projectPath, !input.project.reviews.isEmpty());
    QApplication::restoreOverrideCursor();
    // The result: an error, or the warnings of a report that was written (e.g. a figure whose
    // labels are set below their minimum size in its item).
    runInBackground<IssueList>(this, tr("Writing the report…"),
        [input = std::move(input), path](Feedback *feedback) mutable {
            ReportRenderer renderer(std::move(input));
            IssueList issues = renderer.prepare(feedback);
            if (hasErrors(issues))
                return issues;
            if (const QString error = renderer.write(path, feedback); !error.isEmpty())
                issues << Issue::error(error);
            return issues;
        },
        [this, path](const IssueList &issues) {
            if (const QString error = firstError(issues); !error.isEmpty()) {
                QMessageBox::warning(this, tr("Export Report"), error);
                return;
            }
            QStringList warnings;
            for (const Issue &issue : issues)
                warnings << issue.message;
            const QString written = tr("Report written to %1").arg(QDir::toNativeSeparators(path));
            m_status->setText(warnings.isEmpty() ? written
                                                 : tr("%1 (%n warning(s): %2)", nullptr, int(warnings.size()))
                                                       .arg(written, warnings.first()));
            m_status->setToolTip(warnings.join(u'\n'));
            emit exported(path);
        });
}

bool ReportComposer::saveInProject()
{
    if (!m_project)
        return false;
    if (m_report.name.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Save Report"), tr("Give the report a name first"));
        return false;
    }
    m_project->setReport(m_report.name, QString::fromUtf8(m_report.toJsonText()));
    const IssueList issues = m_workspace->save();
    if (hasErrors(issues)) {
        QMessageBox::warning(this, tr("Save Report"), firstError(issues));
        return false;
    }
    m_savedJson = m_report.toJsonText();
    if (m_reports->findData(m_report.name) < 0)
        m_reports->addItem(m_report.name, m_report.name);
    m_reports->setCurrentIndex(m_reports->findData(m_report.name));
    m_status->setText(tr("Report '%1' saved in %2").arg(m_report.name, QDir::toNativeSeparators(m_project->path())));
    return true;
}

bool ReportComposer::hasUnsavedChanges() const
{
    return m_report.toJsonText() != m_savedJson;
}

void ReportComposer::reject()
{
    if (hasUnsavedChanges()) {
        const auto buttons = m_project ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                                       : QMessageBox::Discard | QMessageBox::Cancel;
        const QString text = m_project ? tr("The report '%1' has changes that are not saved in the project. Save them?").arg(m_report.name)
                                       : tr("The report '%1' has changes, and no project is open to keep them: export the report "
                                            "or open a project first. Close and drop them?").arg(m_report.name);
        const auto answer = QMessageBox::question(this, tr("Close Report Composer"), text, buttons,
                                                  m_project ? QMessageBox::Save : QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveInProject()))
            return;
    }
    QDialog::reject();
}

} // namespace CityAtlas
