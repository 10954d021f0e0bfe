#include "widgets/mapcanvas.h"

#include "analysis/feedback.h"
#include "maps/data/bundleddata.h"
#include "maps/data/featurequery.h"
#include "maps/models/featureselection.h"
#include "maps/models/layerstackmodel.h"
#include "maps/render/layerstackrenderer.h"
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
namespace {

const auto LabelsId = u"labels"_s; // the cache's image of the current layer's labels

} // namespace

MapCanvas::MapCanvas(LayerStackModel *layers, QWidget *parent)
    : QWidget(parent)
    , m_layers(layers)
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
        const Rendered r = m_watcher.result();
        for (const LayerRender &render : r.renders) {
            m_cache.insert(render.labels ? LabelsId : render.layer.id, render.key, render.image);
            m_layerRenders += render.labels ? 0 : 1;
        }
        if (!r.renders.isEmpty())
            compose(r.view);
    });
    // Any change to the stack: compose again from the cache, rendering only what changed.
    connect(m_layers, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
        if (!roles.contains(LayerStackModel::CurrentRole)) // currentLayerChanged follows those
            updateMap();
    });
    connect(m_layers, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view.isEmpty()) // the first layer with geometry
            zoomToExtent(m_layers->extent());
        updateMap();
    });
    connect(m_layers, &QAbstractItemModel::rowsMoved, this, &MapCanvas::updateMap);
    connect(m_layers, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_cache.remove(m_layers->layer(row).id);
    });
    connect(m_layers, &QAbstractItemModel::rowsRemoved, this, &MapCanvas::updateMap);
    connect(m_layers, &LayerStackModel::currentLayerChanged, this, [this] {
        m_hoveredRow = -1;
        updateMap();
    });
}

MapCanvas::~MapCanvas()
{
    if (m_job)
        m_job->cancel();
    m_watcher.waitForFinished();
}

std::shared_ptr<const FeatureTable> MapCanvas::layer() const
{
    const MapLayer *current = m_layers->currentLayer();
    return current ? current->table : nullptr;
}

std::shared_ptr<const MapStyle> MapCanvas::style() const
{
    const MapLayer *current = m_layers->currentLayer();
    return current ? current->style : nullptr;
}

void MapCanvas::setLabelField(const QString &field)
{
    m_labelField = field;
    updateMap();
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
    const auto table = layer();
    if (!table || !table->hasGeometry() || m_view.isEmpty())
        return rows;
    const QRectF world = viewToDevice(m_view).inverted().mapRect(deviceRect);
    QPainterPath box;
    box.addRect(world);
    for (int row = 0; row < table->rowCount(); ++row) {
        const FeatureGeometry &g = table->geometry(row);
        if (!g.isEmpty() && g.bounds.intersects(world) && (world.contains(g.bounds) || g.path().intersects(box)))
            rows << row;
    }
    return rows;
}

QList<int> MapCanvas::featuresInLasso(const QPolygonF &devicePolygon) const
{
    const auto table = layer();
    if (!table || m_view.isEmpty())
        return {};
    return featuresInPolygon(*table, viewToDevice(m_view).inverted().map(devicePolygon));
}

void MapCanvas::paintSelection(QPainter &painter) const
{
    const auto table = layer();
    if (!m_selection || m_selection->isEmpty() || !table || !table->hasGeometry())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(viewToDevice(m_view));
    QPen pen(QColor(0x00, 0xbf, 0xff), 2.5);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(QColor(0x00, 0xbf, 0xff, 50));
    for (int row : m_selection->rows())
        if (row >= 0 && row < table->rowCount())
            painter.drawPath(table->geometry(row).path());
    painter.restore();
}

void MapCanvas::paintLasso(QPainter &painter) const
{
    if (m_lasso.size() < 2)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(palette().highlight().color(), 1.5, Qt::DashLine));
    QColor fill = palette().highlight().color();
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.drawPolygon(m_lasso);
    painter.restore();
}

void MapCanvas::zoomToLayer()
{
    if (const auto table = layer(); table && table->hasGeometry())
        zoomToExtent(table->extent());
}

void MapCanvas::zoomToExtent(const QRectF &e)
{
    if (e.isEmpty())
        return;
    const double margin = 0.03 * std::max(e.width(), e.height());
    m_view = e.adjusted(-margin, -margin, margin, margin);
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
    const auto table = layer();
    if (!table || !table->hasGeometry() || m_view.isEmpty())
        return -1;
    const QPointF p = viewToDevice(m_view).inverted().map(devicePos);
    for (int row = 0; row < table->rowCount(); ++row) {
        const FeatureGeometry &g = table->geometry(row);
        if (g.kind == GeometryKind::Polygon && g.bounds.contains(p) && g.path().contains(p))
            return row;
    }
    return -1;
}

RendererCache::Key MapCanvas::cacheKey(const MapLayer &layer, const QRectF &view, const QString &labelField) const
{
    const qreal ratio = devicePixelRatioF();
    return {layer.table, layer.style, labelField, view, size() * ratio, ratio};
}

QList<MapCanvas::LayerRender> MapCanvas::layerRenders(const QRectF &view) const
{
    QList<LayerRender> renders;
    for (const MapLayer &layer : m_layers->visibleLayersBottomUp())
        renders.append({layer, cacheKey(layer, view, {}), false, {}});
    const MapLayer *current = m_layers->currentLayer();
    if (current && current->visible && current->opacity > 0.0 && current->table->fieldIndex(m_labelField) >= 0)
        renders.append({*current, cacheKey(*current, view, m_labelField), true, {}});
    return renders;
}

bool MapCanvas::compose(const QRectF &view)
{
    QList<LayerStackRenderer::LayerImage> images;
    for (const LayerRender &render : layerRenders(view)) {
        const QImage image = m_cache.image(render.labels ? LabelsId : render.layer.id, render.key);
        if (image.isNull())
            return false; // still to render
        images.append({image, render.labels ? 1.0 : render.layer.opacity});
    }
    const qreal ratio = devicePixelRatioF();
    QImage composed(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    if (composed.isNull())
        return false;
    composed.setDevicePixelRatio(ratio);
    QPainter painter(&composed);
    LayerStackRenderer::compose(painter, rect(), Qt::white, images);
    painter.end();
    m_rendered = {composed, view};
    update();
    emit renderFinished();
    return true;
}

void MapCanvas::updateMap()
{
    if (!compose(m_view))
        scheduleRender();
}

void MapCanvas::scheduleRender()
{
    m_renderDelay.start();
}

void MapCanvas::startRender()
{
    if (m_view.isEmpty() || width() <= 0 || height() <= 0)
        return;
    QList<LayerRender> missing;
    for (const LayerRender &render : layerRenders(m_view))
        if (!m_cache.contains(render.labels ? LabelsId : render.layer.id, render.key))
            missing << render;
    if (m_job)
        m_job->cancel(); // the stale job stops at its next check
    if (missing.isEmpty()) {
        compose(m_view);
        return;
    }
    m_job = std::make_shared<SimpleFeedback>();

    // Snapshot what the job needs; tables and styles are shared read-only, the rest is copied.
    MapSettings settings;
    settings.extent = m_view;
    settings.labelField = m_labelField;
    const qreal ratio = devicePixelRatioF();
    const QSize size = this->size() * ratio;
    m_watcher.setFuture(QtConcurrent::run([missing, settings, size, ratio, job = m_job]() mutable -> Rendered {
        for (LayerRender &render : missing) {
            render.image = render.labels ? LayerStackRenderer::renderLabels(render.layer, settings, size, ratio)
                                         : LayerStackRenderer::renderLayer(render.layer, settings, size, ratio, job.get());
            if (render.image.isNull() || job->isCanceled())
                return {};
        }
        return {missing, settings.extent};
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
    if (const MapLayer *current = m_layers->currentLayer(); current && !m_view.isEmpty()) {
        MapSettings settings;
        const QString field = current->style->field();
        settings.legendTitle = field.isEmpty() ? current->name : BundledData::fieldCaption(field);
        const MapRenderer renderer(*current->table, *current->style, settings);
        if (current->style->isValid())
            renderer.drawLegend(painter, rect());
        renderer.drawScaleBar(painter, viewToDevice(m_view), rect());
        renderer.drawNorthArrow(painter, viewToDevice(m_view), rect());
    }
    paintLasso(painter);
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
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (m_tool == Tool::SelectLasso || (m_tool == Tool::Pan && (modifiers & Qt::AltModifier))) {
        m_lasso = {event->position()};
    } else if (m_tool == Tool::SelectRectangle || (m_tool == Tool::Pan && (modifiers & Qt::ControlModifier))) {
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
        m_rubberBand->setGeometry(QRect(m_dragStart, QSize()));
        m_rubberBand->show();
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && !m_lasso.isEmpty()) {
        if ((event->position() - m_lasso.last()).manhattanLength() >= 2.0) {
            m_lasso << event->position();
            update();
        }
        return;
    }
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

void MapCanvas::selectIn(const QList<int> &rows, Qt::KeyboardModifiers modifiers)
{
    if (!m_selection)
        return;
    const QSet<int> set(rows.begin(), rows.end());
    if (modifiers & Qt::ShiftModifier)
        m_selection->add(set);
    else
        m_selection->setRows(set);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    // A lasso or rectangle drawn; a mere click with those tools selects one unit, below.
    if (!m_lasso.isEmpty()) {
        const QPolygonF lasso = std::exchange(m_lasso, {});
        update();
        if (lasso.size() >= 3 && lasso.boundingRect().width() + lasso.boundingRect().height() > 4.0) {
            selectIn(featuresInLasso(lasso), event->modifiers());
            return;
        }
    }
    if (m_rubberBand && m_rubberBand->isVisible()) {
        m_rubberBand->hide();
        const QRect box = m_rubberBand->geometry();
        if (box.width() + box.height() > 4) {
            selectIn(featuresIn(box), event->modifiers());
            return;
        }
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
    const auto table = layer();
    if (row < 0 || !table) {
        QToolTip::hideText();
        return;
    }
    const int nameColumn = table->fieldIndex(m_tooltipField);
    const QString name = nameColumn >= 0 ? table->value(row, nameColumn).toString() : tr("Feature %1").arg(row);
    QString valueText = tr("no data");
    const QString field = style() ? style()->field() : QString();
    const int valueColumn = table->fieldIndex(field);
    if (valueColumn >= 0)
        valueText = table->field(valueColumn).isNumeric()
            ? (table->number(row, valueColumn) ? QLocale().toString(*table->number(row, valueColumn), 'f', 1) : valueText)
            : table->value(row, valueColumn).toString();
    QToolTip::showText(globalPos, tr("<b>%1</b><br>%2: %3").arg(name.toHtmlEscaped(), BundledData::fieldCaption(field).toHtmlEscaped(), valueText), this);
}

} // namespace CityAtlas
