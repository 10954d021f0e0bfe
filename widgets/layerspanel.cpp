#include "widgets/layerspanel.h"

#include "maps/models/layerstackmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace CityAtlas {

LayersPanel::LayersPanel(LayerStackModel *layers, QWidget *parent)
    : QWidget(parent)
    , m_layers(layers)
    , m_view(new QListView(this))
    , m_opacity(new QSlider(Qt::Horizontal, this))
    , m_opacityLabel(new QLabel(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_zoom(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_view->setModel(layers);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setToolTip(tr("Check a layer to show it; drag layers to reorder them; the layer in bold is the current one"));
    m_opacity->setRange(0, 100);
    m_opacity->setToolTip(tr("Opacity of the current layer"));

    const auto setUp = [this](QToolButton *button, QStyle::StandardPixmap icon, const QString &text) {
        button->setIcon(style()->standardIcon(icon));
        button->setText(text);
        button->setToolTip(text);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    };
    setUp(m_up, QStyle::SP_ArrowUp, tr("Move the layer up"));
    setUp(m_down, QStyle::SP_ArrowDown, tr("Move the layer down"));
    setUp(m_zoom, QStyle::SP_FileDialogContentsView, tr("Zoom to the layer"));
    setUp(m_remove, QStyle::SP_DialogDiscardButton, tr("Remove the layer"));

    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : {m_up, m_down, m_zoom, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *opacity = new QHBoxLayout;
    opacity->addWidget(m_opacityLabel);
    opacity->addWidget(m_opacity, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(opacity);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { m_layers->setCurrentRow(index.row()); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        m_opacityLabel->setText(tr("Opacity: %1 %").arg(value));
        m_layers->setOpacity(m_layers->currentRow(), value / 100.0);
    });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_zoom, &QToolButton::clicked, this, [this] {
        if (const MapLayer *current = m_layers->currentLayer(); current && current->table->hasGeometry())
            emit zoomToLayerRequested(current->table->extent());
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_layers->removeLayer(m_layers->currentRow()); });
    connect(m_layers, &LayerStackModel::currentLayerChanged, this, &LayersPanel::showCurrent);
    connect(m_layers, &QAbstractItemModel::rowsMoved, this, &LayersPanel::showCurrent);
    connect(m_layers, &QAbstractItemModel::dataChanged, this, &LayersPanel::showCurrent);
    showCurrent();
}

// The list, the slider and the buttons follow the current layer.
void LayersPanel::showCurrent()
{
    const int row = m_layers->currentRow();
    if (row >= 0 && m_view->currentIndex().row() != row)
        m_view->setCurrentIndex(m_layers->index(row));
    const MapLayer *current = m_layers->currentLayer();
    {
        const QSignalBlocker blocker(m_opacity);
        m_opacity->setValue(current ? int(std::lround(current->opacity * 100)) : 100);
    }
    m_opacityLabel->setText(tr("Opacity: %1 %").arg(m_opacity->value()));
    m_opacity->setEnabled(current);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_layers->layerCount() - 1);
    m_zoom->setEnabled(current && current->table->hasGeometry());
    m_remove->setEnabled(current);
}

void LayersPanel::moveCurrent(int delta)
{
    const int row = m_layers->currentRow();
    m_layers->moveLayer(row, row + delta);
}

} // namespace CityAtlas
