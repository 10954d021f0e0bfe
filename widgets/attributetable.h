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
class Workspace;

// Every field of the workspace's current layer in a sortable, filterable table whose row
// selection is the shared feature selection (a filter hides rows; it never changes the
// selection). "Add field…" computes a new field from an expression; a field the user added
// can be removed from its header's menu. Both are undoable edits of the workspace.
class AttributeTable : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeTable(Workspace *workspace, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    // Opens the computed-field dialog on the current layer (null without a layer).
    ComputedFieldDialog *openComputedFieldDialog();

private:
    void showLayer();
    void setFilter(const QString &text);
    void selectionChangedInView();
    void showSelection();
    void showHeaderMenu(const QPoint &pos);

    Workspace *m_workspace;
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
