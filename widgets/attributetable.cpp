#include "widgets/attributetable.h"

#include "maps/models/featureselection.h"
#include "maps/models/featuresortproxy.h"
#include "maps/models/featuretablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace CityAtlas {

AttributeTable::AttributeTable(FeatureSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new FeatureTableModel(this))
    , m_proxy(new FeatureSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the layer's own order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttributeTable::selectionChangedInView);
    connect(m_selection, &FeatureSelection::changed, this, &AttributeTable::showSelection);
}

void AttributeTable::setLayer(std::shared_ptr<const FeatureTable> layer)
{
    m_model->setTable(std::move(layer));
    showSelection();
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
