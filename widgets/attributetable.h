#pragma once

#include "maps/data/featuretable.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QTableView;

namespace CityAtlas {

class FeatureSelection;
class FeatureSortProxy;
class FeatureTableModel;

// Every field of the layer in a sortable, filterable table whose row selection is the
// shared feature selection.
class AttributeTable : public QWidget
{
    Q_OBJECT

public:
    AttributeTable(FeatureSelection *selection, QWidget *parent = nullptr);
    void setLayer(std::shared_ptr<const FeatureTable> layer);
    QTableView *view() const { return m_view; }

private:
    void selectionChangedInView();
    void showSelection();

    FeatureSelection *m_selection;
    FeatureTableModel *m_model;
    FeatureSortProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    bool m_syncing = false;
};

} // namespace CityAtlas
