#include "widgets/attributetable.h"

#include "maps/models/featureselection.h"
#include "maps/models/featuresortproxy.h"
#include "maps/models/featuretablemodel.h"
#include "maps/workspace/workspace.h"
#include "widgets/computedfielddialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {

AttributeTable::AttributeTable(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_selection(workspace->selection())
    , m_model(new FeatureTableModel(this))
    , m_proxy(new FeatureSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_addField(new QPushButton(tr("Add field…"), this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &AttributeTable::setFilter);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the layer's own order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, &AttributeTable::showHeaderMenu);

    m_addField->setObjectName(u"addFieldButton"_s);
    m_addField->setToolTip(tr("Compute a new field from an expression: arithmetic, per-capita values, logarithms, ranks"));
    m_addField->setEnabled(false);
    connect(m_addField, &QPushButton::clicked, this, &AttributeTable::openComputedFieldDialog);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_addField);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttributeTable::selectionChangedInView);
    connect(m_selection, &FeatureSelection::changed, this, &AttributeTable::showSelection);
    connect(m_workspace, &Workspace::currentTableChanged, this, &AttributeTable::showLayer);
    showLayer();
}

void AttributeTable::showLayer()
{
    m_layer = m_workspace->currentTable();
    m_addField->setEnabled(bool(m_layer));
    m_model->setTable(m_layer);
    showSelection();
}

// Rows the filter hides stay selected: the view's selection follows the filter, the shared
// selection does not.
void AttributeTable::setFilter(const QString &text)
{
    m_syncing = true;
    m_proxy->setFilterFixedString(text);
    m_syncing = false;
    showSelection();
}

void AttributeTable::showHeaderMenu(const QPoint &pos)
{
    const int column = m_view->horizontalHeader()->logicalIndexAt(pos); // the proxy keeps the columns' order
    const QString field = m_layer && column >= 0 && column < m_layer->fieldCount() ? m_layer->field(column).name : QString();
    if (field.isEmpty() || !m_workspace->isAddedField(field))
        return;
    QMenu menu(this);
    menu.addAction(tr("Remove field %1").arg(field), this, [this, field] { m_workspace->removeAddedField(field); });
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

ComputedFieldDialog *AttributeTable::openComputedFieldDialog()
{
    if (!m_layer)
        return nullptr;
    auto *dialog = new ComputedFieldDialog(m_layer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString layerId = m_workspace->currentLayerId();
    connect(dialog, &ComputedFieldDialog::accepted, this, [this, dialog, layerId] {
        if (m_workspace->currentLayerId() == layerId) // not if another layer came meanwhile
            m_workspace->addComputedField(dialog->fieldName(), dialog->expression());
    });
    dialog->open();
    return dialog;
}

void AttributeTable::selectionChangedInView()
{
    if (m_syncing)
        return;
    QSet<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.insert(m_proxy->mapToSource(index).row());
    m_syncing = true;
    m_selection->setRows(rows);
    m_syncing = false;
}

void AttributeTable::showSelection()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    const int lastColumn = std::max(0, m_model->columnCount() - 1);
    for (int row : m_selection->rows()) {
        const QModelIndex first = m_proxy->mapFromSource(m_model->index(row, 0));
        if (first.isValid())
            selection.select(first, first.siblingAtColumn(lastColumn));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->scrollTo(selection.indexes().first());
    m_syncing = false;
}

} // namespace CityAtlas
