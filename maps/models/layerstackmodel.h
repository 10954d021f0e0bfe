#pragma once

#include "maps/models/maplayer.h"

#include <QAbstractListModel>
#include <QRectF>

namespace CityAtlas {

// The layers of a map, as a list model for the layers panel: row 0 is the top of the
// stack (drawn last), as in a GIS layers panel. Each layer has its visibility (the check
// box), opacity and style; one layer is "current": the one the analyses, the attribute
// table and the selection work on. Layers move by drag and drop (moveRows) or moveLayer().
class LayerStackModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { OpacityRole = Qt::UserRole, CurrentRole, LayerIdRole };

    using QAbstractListModel::QAbstractListModel;

    // Adds a layer on top and makes it current (unless makeCurrent is false). Without a style
    // the layer gets a single colour. Returns the new layer's id.
    QString addLayer(std::shared_ptr<const FeatureTable> table, std::shared_ptr<const MapStyle> style = {},
                     bool makeCurrent = true);
    bool removeLayer(int row);
    bool moveLayer(int from, int to); // to: the row the layer ends up in

    int layerCount() const { return int(m_layers.size()); }
    const MapLayer &layer(int row) const { return m_layers.at(row); }
    int rowOf(const QString &id) const; // -1 when none
    QList<MapLayer> visibleLayersBottomUp() const;
    QRectF extent() const; // of all layers with geometry; null when none

    int currentRow() const { return rowOf(m_currentId); }
    void setCurrentRow(int row);
    const MapLayer *currentLayer() const;

    void setName(int row, const QString &name);
    void setVisible(int row, bool visible);
    void setOpacity(int row, double opacity);
    void setStyle(int row, std::shared_ptr<const MapStyle> style);
    // The same features with other attributes (a computed field, analysis results).
    void setTable(int row, std::shared_ptr<const FeatureTable> table);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // Another layer became current, or the current layer's table was replaced; -1: no layer.
    void currentLayerChanged(int row);
    // The user renamed a layer in the panel (setData with Qt::EditRole); the name is changed already.
    void nameEdited(const QString &layerId, const QString &before, const QString &after);

private:
    void changed(int row, const QList<int> &roles = {});

    QList<MapLayer> m_layers;
    QString m_currentId;
    int m_nextId = 1;
};

} // namespace CityAtlas
