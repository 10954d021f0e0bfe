#include "maps/models/layerstackmodel.h"

#include "maps/style/categorystyle.h"

#include <QFont>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

const auto LayerRowsMime = u"application/x-cityatlas-layer-rows"_s;

// Pale fills that tell layers apart under a choropleth (ColorBrewer Pastel1).
QColor layerColor(int n)
{
    static const QList<QColor> colors{QColor(0xb3, 0xcd, 0xe3), QColor(0xcc, 0xeb, 0xc5), QColor(0xfe, 0xd9, 0xa6),
                                      QColor(0xde, 0xcb, 0xe4), QColor(0xff, 0xff, 0xcc), QColor(0xe5, 0xd8, 0xbd)};
    return colors[n % colors.size()];
}

std::shared_ptr<const MapStyle> singleColor(const FeatureTable &table, const QColor &color)
{
    return std::make_shared<const CategoryStyle>(QString(), QList<CategoryStyle::Category>{{table.name(), color}},
                                                 QList<int>(table.rowCount(), 0));
}

} // namespace

QString LayerStackModel::addLayer(std::shared_ptr<const FeatureTable> table, std::shared_ptr<const MapStyle> style,
                                  bool makeCurrent)
{
    MapLayer layer;
    layer.id = u"layer%1"_s.arg(m_nextId++);
    layer.name = table->name().isEmpty() ? table->sourcePath() : table->name();
    layer.style = style ? std::move(style) : singleColor(*table, layerColor(m_nextId - 2));
    layer.table = std::move(table);
    beginInsertRows({}, 0, 0);
    m_layers.prepend(layer);
    endInsertRows();
    if (makeCurrent)
        setCurrentRow(0);
    return layer.id;
}

bool LayerStackModel::removeLayer(int row)
{
    if (row < 0 || row >= layerCount())
        return false;
    const bool wasCurrent = row == currentRow();
    beginRemoveRows({}, row, row);
    m_layers.removeAt(row);
    endRemoveRows();
    if (wasCurrent) {
        // The layer that took its place (or the one above, when it was at the bottom).
        m_currentId.clear();
        setCurrentRow(std::min(row, layerCount() - 1));
        if (m_layers.isEmpty())
            emit currentLayerChanged(-1);
    }
    return true;
}

bool LayerStackModel::moveLayer(int from, int to)
{
    if (from < 0 || from >= layerCount() || to < 0 || to >= layerCount() || from == to)
        return false;
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool LayerStackModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > layerCount() || destinationChild < 0 || destinationChild > layerCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<MapLayer> moved = m_layers.mid(sourceRow, count);
    m_layers.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_layers.insert(insertAt + i, moved[i]);
    endMoveRows();
    return true;
}

int LayerStackModel::rowOf(const QString &id) const
{
    for (int row = 0; row < layerCount(); ++row)
        if (m_layers[row].id == id)
            return row;
    return -1;
}

const MapLayer *LayerStackModel::currentLayer() const
{
    const int row = currentRow();
    return row >= 0 ? &m_layers.at(row) : nullptr;
}

QList<MapLayer> LayerStackModel::visibleLayersBottomUp() const
{
    QList<MapLayer> layers;
    for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it)
        if (it->visible && it->opacity > 0.0)
            layers << *it;
    return layers;
}

QRectF LayerStackModel::extent() const
{
    QRectF extent;
    for (const MapLayer &layer : m_layers)
        if (layer.table->hasGeometry())
            extent = extent.isNull() ? layer.table->extent() : extent.united(layer.table->extent());
    return extent;
}

void LayerStackModel::setCurrentRow(int row)
{
    if (row < 0 || row >= layerCount() || m_layers[row].id == m_currentId)
        return;
    const int previous = currentRow();
    m_currentId = m_layers[row].id;
    if (previous >= 0)
        changed(previous, {CurrentRole, Qt::FontRole});
    changed(row, {CurrentRole, Qt::FontRole});
    emit currentLayerChanged(row);
}

void LayerStackModel::setVisible(int row, bool visible)
{
    if (row < 0 || row >= layerCount() || m_layers[row].visible == visible)
        return;
    m_layers[row].visible = visible;
    changed(row, {Qt::CheckStateRole});
}

void LayerStackModel::setOpacity(int row, double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (row < 0 || row >= layerCount() || m_layers[row].opacity == opacity)
        return;
    m_layers[row].opacity = opacity;
    changed(row, {OpacityRole});
}

void LayerStackModel::setStyle(int row, std::shared_ptr<const MapStyle> style)
{
    if (row < 0 || row >= layerCount() || !style)
        return;
    m_layers[row].style = std::move(style);
    changed(row);
}

void LayerStackModel::setName(int row, const QString &name)
{
    if (row < 0 || row >= layerCount() || m_layers[row].name == name)
        return;
    m_layers[row].name = name;
    changed(row, {Qt::DisplayRole, Qt::EditRole});
}

void LayerStackModel::setTable(int row, std::shared_ptr<const FeatureTable> table)
{
    if (row < 0 || row >= layerCount() || !table)
        return;
    m_layers[row].table = std::move(table);
    changed(row);
    if (row == currentRow())
        emit currentLayerChanged(row);
}

void LayerStackModel::changed(int row, const QList<int> &roles)
{
    emit dataChanged(index(row), index(row), roles);
}

int LayerStackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : layerCount();
}

QVariant LayerStackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MapLayer &layer = m_layers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return layer.name;
    case Qt::ToolTipRole:
        return tr("%1 (%n feature(s))", nullptr, layer.table->rowCount()).arg(layer.table->sourcePath());
    case Qt::CheckStateRole:
        return layer.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole: {
        QFont font;
        font.setBold(layer.id == m_currentId);
        return font;
    }
    case OpacityRole:
        return layer.opacity;
    case CurrentRole:
        return layer.id == m_currentId;
    case LayerIdRole:
        return layer.id;
    default:
        return {};
    }
}

bool LayerStackModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    switch (role) {
    case Qt::CheckStateRole:
        setVisible(row, value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    case Qt::EditRole: {
        const QString before = m_layers[row].name, after = value.toString();
        if (after.trimmed().isEmpty())
            return false;
        if (after != before) {
            setName(row, after);
            emit nameEdited(m_layers[row].id, before, after);
        }
        return true;
    }
    case OpacityRole:
        setOpacity(row, value.toDouble());
        return true;
    case CurrentRole:
        if (value.toBool())
            setCurrentRow(row);
        return value.toBool();
    default:
        return false;
    }
}

Qt::ItemFlags LayerStackModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between layers
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable
        | Qt::ItemIsDragEnabled;
}

QStringList LayerStackModel::mimeTypes() const
{
    return {LayerRowsMime};
}

QMimeData *LayerStackModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(LayerRowsMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool LayerStackModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!data || !data->hasFormat(LayerRowsMime))
        return false;
    bool ok = false;
    const int from = data->data(LayerRowsMime).toInt(&ok);
    if (!ok)
        return false;
    // Between layers: before `row`; onto a layer: it takes that layer's place; below the last: at the bottom.
    const int onto = parent.isValid() ? parent.row() : layerCount();
    const int before = row >= 0 ? row : onto > from && onto < layerCount() ? onto + 1 : onto;
    return moveRows({}, from, 1, {}, before);
}

} // namespace CityAtlas
