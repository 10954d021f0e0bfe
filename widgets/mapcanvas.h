#pragma once

#include "maps/data/featuretable.h"
#include "maps/render/mapsettings.h"
#include "maps/style/mapstyle.h"

#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>

class QRubberBand;

namespace CityAtlas {

class FeatureSelection;
class SimpleFeedback;

// Shows a layer as a thematic map: renders off the UI thread into an image, shows the last
// finished image (moved and scaled) while a new one renders, and lets the user zoom with
// the wheel, pan by dragging, hover for a tooltip, click to select a unit (Shift+click adds
// or removes one, Ctrl+drag selects a rectangle). The selection is drawn as an overlay, so
// changing it repaints without rendering the map again.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    void setLayer(std::shared_ptr<const FeatureTable> layer);
    // The same features with other attributes: keeps the view and the style.
    void replaceLayer(std::shared_ptr<const FeatureTable> layer);
    void setStyle(std::shared_ptr<const MapStyle> style);
    void setLabelField(const QString &field);
    void setTooltipField(const QString &field); // a name field shown in tooltips
    void setSelection(FeatureSelection *selection);
    QList<int> featuresIn(const QRectF &deviceRect) const;
    std::shared_ptr<const FeatureTable> layer() const { return m_layer; }
    std::shared_ptr<const MapStyle> style() const { return m_style; }

    QRectF viewExtent() const { return m_view; }
    void zoomToLayer();
    void zoomBy(double factor, QPointF aroundDevice);
    int featureAt(QPointF devicePos) const; // -1 when none
    bool isRendering() const { return m_watcher.isRunning(); }

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
    QTransform viewToDevice(const QRectF &view) const;
    void scheduleRender();
    void startRender();
    void showTooltip(int row, QPoint globalPos);
    void paintSelection(QPainter &painter) const;

    std::shared_ptr<const FeatureTable> m_layer;
    std::shared_ptr<const MapStyle> m_style;
    QString m_labelField;
    QString m_tooltipField;
    QRectF m_view;                      // projected extent shown in the widget

    struct Rendered { QImage image; QRectF view; };
    Rendered m_rendered;                // last finished render
    QFutureWatcher<Rendered> m_watcher;
    std::shared_ptr<SimpleFeedback> m_job; // the running job's cancel token
    QTimer m_renderDelay;

    FeatureSelection *m_selection = nullptr;
    QRubberBand *m_rubberBand = nullptr;
    QPoint m_dragStart;
    QRectF m_dragStartView;
    bool m_dragging = false;
    int m_hoveredRow = -1;
};

} // namespace CityAtlas
