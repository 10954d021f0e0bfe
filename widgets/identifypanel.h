#pragma once

#include "maps/data/featuretable.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace CityAtlas {

// All the attributes of the unit the user clicked on the map.
class IdentifyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IdentifyPanel(QWidget *parent = nullptr);
    void setLayer(std::shared_ptr<const FeatureTable> layer) { m_layer = std::move(layer); }
    void showFeature(int row);

private:
    std::shared_ptr<const FeatureTable> m_layer;
    QLabel *m_title;
    QTableWidget *m_table;
};

} // namespace CityAtlas
