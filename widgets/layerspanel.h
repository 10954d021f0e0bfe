#pragma once

#include <QRectF>
#include <QWidget>

class QLabel;
class QListView;
class QSlider;
class QToolButton;

namespace CityAtlas {

class LayerStackModel;

// The layers dock: the stack top first, a check box per layer to show or hide it, drag and
// drop or the arrow buttons to reorder, an opacity slider, zoom to layer and remove. The
// layer picked in the list becomes the current layer (the one the other docks work on).
class LayersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LayersPanel(LayerStackModel *layers, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QSlider *opacitySlider() const { return m_opacity; }

signals:
    void zoomToLayerRequested(const QRectF &extent);

private:
    void showCurrent();
    void moveCurrent(int delta);

    LayerStackModel *m_layers;
    QListView *m_view;
    QSlider *m_opacity;
    QLabel *m_opacityLabel;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_zoom;
    QToolButton *m_remove;
};

} // namespace CityAtlas
