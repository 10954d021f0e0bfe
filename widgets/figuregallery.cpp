#include "widgets/figuregallery.h"

#include "maps/project/projectstore.h"
#include "maps/project/sourcepaths.h"

#include "widgets/charts/charttheme.h"
#include "widgets/charts/figure.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

// A chart view that lays the figure out at no less than about the size of an export (so
// that long axis labels are not cut in a narrow dock) and scales it down to fit.
class FigurePreview : public QChartView
{
public:
    explicit FigurePreview(QWidget *parent)
        : QChartView(parent)
    {
        setRenderHint(QPainter::Antialiasing);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    // The smallest layout: the figure's export size at the screen's font resolution.
    void setMinimumLayout(const QSizeF &size) { m_minimumLayout = size; }

    void fit()
    {
        if (!chart())
            return;
        const QSizeF view = viewport()->size();
        if (view.isEmpty() || m_minimumLayout.isEmpty())
            return;
        const double scale = std::min(1.0, std::min(view.width() / m_minimumLayout.width(), view.height() / m_minimumLayout.height()));
        const QSizeF layout = view / scale;
        chart()->resize(layout);
        setSceneRect(QRectF(QPointF(0, 0), layout));
        fitInView(sceneRect(), Qt::KeepAspectRatio);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event); // not QChartView's: fit() sizes the chart
        fit();
    }

private:
    QSizeF m_minimumLayout{960.0, 600.0};
};

} // namespace

FigureGallery::FigureGallery(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_view(new FigurePreview(this))
    , m_message(new QLabel(this))
    , m_source(new QLabel(this))
    , m_load(new QPushButton(tr("Load data…"), this))
    , m_bundled(new QPushButton(tr("Bundled data"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    for (const Figure &figure : Figure::all()) {
        auto *item = new QListWidgetItem(figure.title(), m_list);
        item->setData(Qt::UserRole, figure.name);
        item->setToolTip(tr("%1 — data: %2").arg(figure.name, figure.dataDescription()));
    }
    m_list->setMinimumWidth(160);
    m_view->setMinimumSize(320, 200);
    ChartTheme::apply(m_view->chart());
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_source->setWordWrap(true);
    m_source->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_source->setFont(ChartTheme::sourceLineFont());
    m_source->setStyleSheet(u"color: %1"_s.arg(ChartTheme::sourceLineColor().name()));
    m_load->setToolTip(tr("Draw the figure from your own table"));
    m_bundled->setToolTip(tr("Draw the figure from the data bundled with CityAtlas"));
    m_copy->setToolTip(tr("Copy the figure to the clipboard as an image"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_load, m_bundled, m_export, m_copy})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_view, 1);
    previewLayout->addWidget(m_message, 1);
    previewLayout->addWidget(m_source);
    previewLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(preview);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({m_list->sizeHintForRow(0) * (m_list->count() + 1), 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != m_current)
            showFigure(item->data(Qt::UserRole).toString());
    });
    connect(m_load, &QPushButton::clicked, this, &FigureGallery::loadData);
    connect(m_bundled, &QPushButton::clicked, this, [this] { setDataPath(m_current, {}); });
    connect(m_export, &QPushButton::clicked, this, &FigureGallery::exportDialog);
    connect(m_copy, &QPushButton::clicked, this, &FigureGallery::copyToClipboard);
    for (const Figure &figure : Figure::all())
        if (figure.input == FigureInput::Bundled) { // start with one that draws without a file
            showFigure(figure.name);
            break;
        }
}

bool FigureGallery::showFigure(const QString &name)
{
    const Figure *figure = Figure::find(name);
    if (!figure)
        return false;
    m_current = figure->name;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == m_current && m_list->currentRow() != row)
            m_list->setCurrentRow(row);
    refresh();
    return true;
}

void FigureGallery::setDataPath(const QString &name, const QString &path)
{
    if (path.isEmpty())
        m_dataPaths.remove(name);
    else
        m_dataPaths.insert(name, path);
    if (name == m_current)
        refresh();
    emit definitionChanged(definition(name));
}

FigureDefinition FigureGallery::definition(const QString &name, const QString &projectFolder) const
{
    const FigureExportOptions options = exportOptions(name);
    QJsonObject json{{u"width"_s, options.size.width()}, {u"height"_s, options.size.height()}, {u"dpi"_s, options.dpi}};
    if (m_dataPaths.contains(name))
        json[u"data"_s] = projectFolder.isEmpty() ? m_dataPaths.value(name)
                                                  : SourcePaths::toStored(QFileInfo(m_dataPaths.value(name)).absoluteFilePath(), projectFolder);
    return {0, name, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))};
}

bool FigureGallery::applyDefinition(const FigureDefinition &definition, const ProjectStore &project, QString *warning)
{
    const QJsonObject json = QJsonDocument::fromJson(definition.definitionJson.toUtf8()).object();
    if (!Figure::find(definition.name) || json.isEmpty())
        return false;
    const FigureExportOptions defaults = exportOptions(definition.name);
    const QSize size(json.value(u"width"_s).toInt(defaults.size.width()), json.value(u"height"_s).toInt(defaults.size.height()));
    const int dpi = json.value(u"dpi"_s).toInt(defaults.dpi);
    if (size.width() >= 100 && size.height() >= 100 && size.width() <= 20000 && size.height() <= 20000 && dpi >= 36 && dpi <= 2400)
        m_options.insert(definition.name, {size, dpi});
    const QString stored = json.value(u"data"_s).toString();
    QString why;
    const QString data = stored.isEmpty() ? QString() : project.openablePath(stored, &why);
    if (!why.isEmpty())
        *warning = tr("%1, figure %2: its table is not read: %3").arg(project.path(), definition.name, why);
    if (data.isEmpty())
        m_dataPaths.remove(definition.name);
    else
        m_dataPaths.insert(definition.name, data);
    if (definition.name == m_current)
        refresh();
    return true;
}

FigureResult FigureGallery::buildCurrent() const
{
    return Figure::build(m_current, m_dataPaths.value(m_current));
}

void FigureGallery::refresh()
{
    const Figure *figure = Figure::find(m_current);
    if (!figure)
        return;
    const bool ownData = m_dataPaths.contains(m_current);
    FigureResult result = buildCurrent();
    m_bundled->setEnabled(ownData && figure->input == FigureInput::Bundled);
    m_bundled->setVisible(figure->input == FigureInput::Bundled);
    m_load->setVisible(figure->input != FigureInput::None); // a concept diagram draws no data
    const bool ok = result.ok();
    m_export->setEnabled(ok);
    m_copy->setEnabled(ok);
    m_view->setVisible(ok);
    m_message->setVisible(!ok);
    if (!ok) {
        QStringList errors;
        for (const Issue &issue : result.issues)
            if (issue.severity == Issue::Severity::Error)
                errors << issue.message;
        m_message->setText(figure->input == FigureInput::Required && !ownData
                               ? tr("This figure is drawn from your own data: click “Load data…” and choose %1.")
                                     .arg(figure->dataDescription())
                               : errors.join(u'\n'));
        m_source->clear();
        return;
    }
    QChart *old = m_view->chart();
    m_view->setChart(result.chart.release()); // the view owns the new chart, not the old one
    delete old;
    auto *preview = static_cast<FigurePreview *>(m_view);
    preview->setMinimumLayout(QSizeF(figure->defaultSize) * (logicalDpiY() / double(Figure::DefaultDpi)));
    preview->fit();
    m_source->setText(result.sourceLine());
}

FigureExportOptions FigureGallery::exportOptions() const
{
    return exportOptions(m_current);
}

FigureExportOptions FigureGallery::exportOptions(const QString &name) const
{
    if (m_options.contains(name))
        return m_options.value(name);
    const Figure *figure = Figure::find(name);
    return {figure ? figure->defaultSize : QSize(2000, 1250), Figure::DefaultDpi};
}

QString FigureGallery::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString FigureGallery::sourceLine() const
{
    return m_source->text();
}

QImage FigureGallery::renderCurrent(const FigureExportOptions &options) const
{
    // A fresh chart: the one in the view stays where it is.
    FigureResult result = buildCurrent();
    return result.ok() ? FigureExporter::renderImage(*result.chart, result.sourceLine(), options) : QImage();
}

void FigureGallery::loadData()
{
    const Figure *figure = Figure::find(m_current);
    if (!figure)
        return;
    QString filter = tr("Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf);;All files (*)");
    if (figure->name == u"fig3"_s)
        filter = tr("Indicator systems (*.json);;All files (*)");
    else if (figure->name == u"fig6"_s) // a table, or a project's review records
        filter = tr("Tables and projects (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf *.cityatlas);;"
                    "CityAtlas projects (*.cityatlas);;All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Data for %1").arg(figure->title()), QString(), filter);
    if (!path.isEmpty())
        setDataPath(m_current, path);
}

void FigureGallery::exportDialog()
{
    const Figure *figure = Figure::find(m_current);
    if (!figure)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Figure"));
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    auto *dpi = new QSpinBox(&dialog);
    width->setRange(100, 20000);
    height->setRange(100, 20000);
    dpi->setRange(36, 2400);
    const FigureExportOptions defaults = exportOptions();
    width->setValue(defaults.size.width());
    height->setValue(defaults.size.height());
    dpi->setValue(defaults.dpi);
    width->setSuffix(tr(" px"));
    height->setSuffix(tr(" px"));
    auto *inches = new QLabel(&dialog);
    auto updateInches = [=] {
        inches->setText(tr("%1 × %2 cm (the size of the SVG and PDF)")
                            .arg(QLocale().toString(width->value() * 2.54 / dpi->value(), 'f', 1),
                                 QLocale().toString(height->value() * 2.54 / dpi->value(), 'f', 1)));
    };
    updateInches();
    for (QSpinBox *box : {width, height, dpi})
        connect(box, &QSpinBox::valueChanged, &dialog, updateInches);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Width:"), width);
    form->addRow(tr("Height:"), height);
    form->addRow(tr("Resolution (dpi):"), dpi);
    form->addRow(QString(), inches);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_options.insert(m_current, {QSize(width->value(), height->value()), dpi->value()});
    emit definitionChanged(definition(m_current));

    const QString path = QFileDialog::getSaveFileName(this, tr("Export Figure"), m_current + u".png"_s,
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    FigureResult result = buildCurrent();
    const QString error = result.ok() ? FigureExporter::exportChart(*result.chart, result.sourceLine(), path, exportOptions())
                                      : result.issues.value(0).message;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void FigureGallery::copyToClipboard()
{
    const QImage image = renderCurrent(exportOptions());
    if (!image.isNull())
        QApplication::clipboard()->setImage(image);
}

} // namespace CityAtlas
