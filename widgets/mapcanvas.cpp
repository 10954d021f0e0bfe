#include "widgets/mapcanvas.h"

#include "analysis/feedback.h"
#include "maps/data/bundleddata.h"
#include "maps/models/featureselection.h"
#include "maps/render/maprenderer.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace CityAtlas {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderDelay.setSingleShot(true);
    m_renderDelay.setInterval(40);
    connect(&m_renderDelay, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, [this] {
        if (m_watcher.future().isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        Rendered r = m_watcher.result();
        if (!r.image.isNull()) {
            m_rendered = std::move(r);
            update();
            emit renderFinished();
        }
    });
}

MapCanvas::~MapCanvas()
{
    if (m_job)
        m_job->cancel();
    m_watcher.waitForFinished();
}

void MapCanvas::setLayer(std::shared_ptr<const FeatureTable> layer)
{
    m_layer = std::move(layer);
    m_hoveredRow = -1;
    m_rendered = {};
    zoomToLayer();
}

void MapCanvas::replaceLayer(std::shared_ptr<const FeatureTable> layer)
{
    m_layer = std::move(layer);
    scheduleRender();
}

void MapCanvas::setStyle(std::shared_ptr<const MapStyle> style)
{
    m_style = std::move(style);
    scheduleRender();
    update();
}

void MapCanvas::setLabelField(const QString &field)
{
    m_labelField = field;
    scheduleRender();
}

void MapCanvas::setTooltipField(const QString &field)
{
    m_tooltipField = field;
}

void MapCanvas::setSelection(FeatureSelection *selection)
{
    m_selection = selection;
    connect(selection, &FeatureSelection::changed, this, qOverload<>(&QWidget::update));
}

QList<int> MapCanvas::featuresIn(const QRectF &deviceRect) const
{
    QList<int> rows;
    if (!m_layer || !m_layer->hasGeometry() || m_view.isEmpty())
        return rows;
    const QRectF world = viewToDevice(m_view).inverted().mapRect(deviceRect);
    QPainterPath box;
    box.addRect(world);
    for (int row = 0; row < m_layer->rowCount(); ++row) {
        const FeatureGeometry &g = m_layer->geometry(row);
        if (!g.isEmpty() && g.bounds.intersects(world) && (world.contains(g.bounds) || g.path.intersects(box)))
            rows << row;
    }
    return rows;
}

void MapCanvas::paintSelection(QPainter &painter) const
{
    if (!m_selection || m_selection->isEmpty() || !m_layer || !m_layer->hasGeometry())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(viewToDevice(m_view));
    QPen pen(QColor(0x00, 0xbf, 0xff), 2.5);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(QColor(0x00, 0xbf, 0xff, 50));
    for (int row : m_selection->rows())
        if (row >= 0 && row < m_layer->rowCount())
            painter.drawPath(m_layer->geometry(row).path);
    painter.restore();
}

void MapCanvas::zoomToLayer()
{
    if (m_layer && m_layer->hasGeometry()) {
        const QRectF e = m_layer->extent();
        const double margin = 0.03 * std::max(e.width(), e.height());
        m_view = e.adjusted(-margin, -margin, margin, margin);
    }
    scheduleRender();
    update();
}

QTransform MapCanvas::viewToDevice(const QRectF &view) const
{
    return MapRenderer::fitTransform(view, rect());
}

void MapCanvas::zoomBy(double factor, QPointF aroundDevice)
{
    if (m_view.isEmpty())
        return;
    const QPointF anchor = viewToDevice(m_view).inverted().map(aroundDevice);
    const double w = m_view.width() / factor, h = m_view.height() / factor;
    const double fx = (anchor.x() - m_view.left()) / m_view.width();
    const double fy = (anchor.y() - m_view.top()) / m_view.height();
    m_view = QRectF(anchor.x() - fx * w, anchor.y() - fy * h, w, h);
    scheduleRender();
    update();
}

int MapCanvas::featureAt(QPointF devicePos) const
{
    if (!m_layer || !m_layer->hasGeometry() || m_view.isEmpty())
        return -1;
    const QPointF p = viewToDevice(m_view).inverted().map(devicePos);
    for (int row = 0; row < m_layer->rowCount(); ++row) {
        const FeatureGeometry &g = m_layer->geometry(row);
        if (g.kind == GeometryKind::Polygon && g.bounds.contains(p) && g.path.contains(p))
            return row;
    }
    return -1;
}

void MapCanvas::scheduleRender()
{
    m_renderDelay.start();
}

void MapCanvas::startRender()
{
    if (!m_layer || !m_style || m_view.isEmpty() || width() <= 0 || height() <= 0)
        return;
    if (m_job)
        m_job->cancel(); // the stale job stops at its next check
    m_job = std::make_shared<SimpleFeedback>();

    // Snapshot what the job needs; the layer is shared read-only, the rest is copied.
    MapSettings settings;
    settings.extent = m_view;
    settings.showLegend = false; // the furniture is drawn over the image, where it stays put while panning
    settings.showScaleBar = false;
    settings.showNorthArrow = false;
    settings.labelField = m_labelField;
    const qreal ratio = devicePixelRatioF();
    const QSize size = this->size() * ratio;
    m_watcher.setFuture(QtConcurrent::run(
        [layer = m_layer, style = m_style, settings, size, ratio, job = m_job]() -> Rendered {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            QPainter painter(&image);
            const QRect target(QPoint(0, 0), size / ratio);
            const bool done = MapRenderer(*layer, *style, settings).render(painter, target, job.get());
            painter.end();
            return done ? Rendered{image, settings.extent} : Rendered{};
        }));
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_rendered.image.isNull() && !m_view.isEmpty()) {
        // Where the last image's extent lies in the current view: shown at once while panning.
        const QTransform now = viewToDevice(m_view);
        const QTransform then = viewToDevice(m_rendered.view);
        const QRectF imageWorld = then.inverted().mapRect(QRectF(rect()));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(now.mapRect(imageWorld), m_rendered.image);
    }
    paintSelection(painter);
    if (m_layer && m_style && m_style->isValid()) {
        MapSettings settings;
        settings.legendTitle = BundledData::fieldCaption(m_style->field());
        const MapRenderer renderer(*m_layer, *m_style, settings);
        renderer.drawLegend(painter, rect());
        renderer.drawScaleBar(painter, viewToDevice(m_view), rect());
        renderer.drawNorthArrow(painter, viewToDevice(m_view), rect());
    }
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    scheduleRender();
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragStart = event->position().toPoint();
    m_dragStartView = m_view;
    m_dragging = false;
    if (event->modifiers() & Qt::ControlModifier) {
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
        m_rubberBand->setGeometry(QRect(m_dragStart, QSize()));
        m_rubberBand->show();
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_rubberBand && m_rubberBand->isVisible()) {
        m_rubberBand->setGeometry(QRect(m_dragStart, event->position().toPoint()).normalized());
        return;
    }
    if (event->buttons() & Qt::LeftButton) {
        const QPoint delta = event->position().toPoint() - m_dragStart;
        if (!m_dragging && delta.manhattanLength() > 3)
            m_dragging = true;
        if (m_dragging) {
            const QTransform t = viewToDevice(m_dragStartView);
            const double scale = t.m11();
            if (scale != 0.0) {
                m_view = m_dragStartView.translated(-delta.x() / scale, delta.y() / scale);
                scheduleRender();
                update();
            }
        }
        return;
    }
    const int row = featureAt(event->position());
    if (row != m_hoveredRow) {
        m_hoveredRow = row;
        emit featureHovered(row);
    }
    showTooltip(row, event->globalPosition().toPoint());
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_rubberBand && m_rubberBand->isVisible()) {
        m_rubberBand->hide();
        if (m_selection) {
            const QList<int> rows = featuresIn(m_rubberBand->geometry());
            m_selection->add(QSet<int>(rows.begin(), rows.end()));
        }
        return;
    }
    if (!m_dragging) {
        const int row = featureAt(event->position());
        if (m_selection) {
            if (event->modifiers() & Qt::ShiftModifier) {
                if (row >= 0)
                    m_selection->toggle(row);
            } else {
                m_selection->setRows(row >= 0 ? QSet<int>{row} : QSet<int>{});
            }
        }
        emit featureClicked(row);
    }
    m_dragging = false;
}

void MapCanvas::leaveEvent(QEvent *)
{
    if (m_hoveredRow != -1) {
        m_hoveredRow = -1;
        emit featureHovered(-1);
    }
}

void MapCanvas::showTooltip(int row, QPoint globalPos)
{
    if (row < 0 || !m_layer) {
        QToolTip::hideText();
        return;
    }
    const int nameColumn = m_layer->fieldIndex(m_tooltipField);
    const QString name = nameColumn >= 0 ? m_layer->value(row, nameColumn).toString() : tr("Feature %1").arg(row);
    QString valueText = tr("no data");
    const QString field = m_style ? m_style->field() : QString();
    const int valueColumn = m_layer->fieldIndex(field);
    if (valueColumn >= 0)
        valueText = m_layer->field(valueColumn).isNumeric()
            ? (m_layer->number(row, valueColumn) ? QLocale().toString(*m_layer->number(row, valueColumn), 'f', 1) : valueText)
            : m_layer->value(row, valueColumn).toString();
    QToolTip::showText(globalPos, tr("<b>%1</b><br>%2: %3").arg(name.toHtmlEscaped(), BundledData::fieldCaption(field).toHtmlEscaped(), valueText), this);
}

} // namespace CityAtlas
