#pragma once

#include "maps/data/featuretable.h"
#include "maps/models/maplayer.h"
#include "maps/render/mapsettings.h"
#include "maps/render/renderercache.h"
#include "maps/style/mapstyle.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPolygonF>
#include <QTimer>
#include <QWidget>

#include <memory>

class QRubberBand;

namespace CityAtlas {

class FeatureSelection;
class LayerStackModel;
class SimpleFeedback;

// Shows a stack of layers as a map: renders each visible layer off the UI thread into its
// own image (kept in a cache, so showing, hiding, fading or restyling one layer re-renders
// that layer only), composes them bottom-up with their opacity and the current layer's
// labels on top, and shows the last composed image (moved and scaled) while a new one
// renders. The user zooms with the wheel and pans by dragging; hovering shows a tooltip;
// clicking selects a unit of the current layer (Shift+click adds or removes one);
// Ctrl+drag selects a rectangle and Alt+drag a lasso (or plain drags with the rectangle
// or lasso tool), replacing the selection or, with Shift, adding to it. The selection is
// drawn as an overlay, so changing it repaints without rendering the map again.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    enum class Tool { Pan, SelectRectangle, SelectLasso };

    // Shows the layers of the stack (not owned); the first layer with geometry sets the view.
    explicit MapCanvas(LayerStackModel *layers, QWidget *parent = nullptr);
    ~MapCanvas() override;

    LayerStackModel *layers() const { return m_layers; }
    void setLabelField(const QString &field);             // labels of the current layer; empty: none
    QString labelField() const { return m_labelField; }
    void setTooltipField(const QString &field); // a name field shown in tooltips
    void setSelection(FeatureSelection *selection);
    void setTool(Tool tool) { m_tool = tool; }
    Tool tool() const { return m_tool; }
    // Units of the current layer touching a rectangle, or whose point inside lies in a lasso.
    QList<int> featuresIn(const QRectF &deviceRect) const;
    QList<int> featuresInLasso(const QPolygonF &devicePolygon) const;
    // The current layer (the one selection, table and analyses use) and its style.
    std::shared_ptr<const FeatureTable> layer() const;
    std::shared_ptr<const MapStyle> style() const;

    QRectF viewExtent() const { return m_view; }
    void zoomToLayer(); // the current layer
    void zoomToExtent(const QRectF &extent);
    void zoomBy(double factor, QPointF aroundDevice);
    int featureAt(QPointF devicePos) const; // -1 when none
    bool isRendering() const { return m_watcher.isRunning(); }
    // How many layer images were rendered so far (the others came from the cache).
    int layerRenderCount() const { return m_layerRenders; }

signals:
    void featureHovered(int row);
    void featureClicked(int row);
    void renderFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct LayerRender
    {
        MapLayer layer;
        RendererCache::Key key;
        bool labels = false; // the labels of layer, not its features
        QImage image;
    };
    struct Rendered
    {
        QList<LayerRender> renders; // empty when cancelled
        QRectF view;
    };

    QTransform viewToDevice(const QRectF &view) const;
    RendererCache::Key cacheKey(const MapLayer &layer, const QRectF &view, const QString &labelField) const;
    QList<LayerRender> layerRenders(const QRectF &view) const; // what the view shows, bottom first
    bool compose(const QRectF &view);
    void updateMap(); // composes from the cache, or renders what is missing
    void scheduleRender();
    void startRender();
    void selectIn(const QList<int> &rows, Qt::KeyboardModifiers modifiers);
    void showTooltip(int row, QPoint globalPos);
    void paintSelection(QPainter &painter) const;
    void paintLasso(QPainter &painter) const;

    LayerStackModel *m_layers;
    RendererCache m_cache;
    QString m_labelField;
    QString m_tooltipField;
    QRectF m_view;                      // projected extent shown in the widget

    struct Composed { QImage image; QRectF view; };
    Composed m_rendered;                // the last composed map
    QFutureWatcher<Rendered> m_watcher;
    std::shared_ptr<SimpleFeedback> m_job; // the running job's cancel token
    QTimer m_renderDelay;
    int m_layerRenders = 0;

    FeatureSelection *m_selection = nullptr;
    Tool m_tool = Tool::Pan;
    QRubberBand *m_rubberBand = nullptr;
    QPolygonF m_lasso;                  // device coordinates, while drawing one
    QPoint m_dragStart;
    QRectF m_dragStartView;
    bool m_dragging = false;
    int m_hoveredRow = -1;
};

} // namespace CityAtlas
