#pragma once

#include "maps/data/featuretable.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;
class QTableView;

namespace CityAtlas {

class ComputedFieldDialog;
class FeatureSelection;
class FeatureSortProxy;
class FeatureTableModel;

// Every field of the layer in a sortable, filterable table whose row selection is the
// shared feature selection. "Add field…" computes a new field from an expression.
class AttributeTable : public QWidget
{
    Q_OBJECT

public:
    AttributeTable(FeatureSelection *selection, QWidget *parent = nullptr);
    void setLayer(std::shared_ptr<const FeatureTable> layer);
    QTableView *view() const { return m_view; }
    // Opens the computed-field dialog on the current layer (null without a layer).
    ComputedFieldDialog *openComputedFieldDialog();

signals:
    void resultColumnsReady(const QList<int> &rows, const QList<CityAtlas::ResultColumn> &columns);

private:
    void selectionChangedInView();
    void showSelection();

    FeatureSelection *m_selection;
    FeatureTableModel *m_model;
    FeatureSortProxy *m_proxy;
    QLineEdit *m_filter;
    QPushButton *m_addField;
    QTableView *m_view;
    std::shared_ptr<const FeatureTable> m_layer;
    bool m_syncing = false;
};

} // namespace CityAtlas
