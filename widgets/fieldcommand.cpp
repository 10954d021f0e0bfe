#include "widgets/fieldcommand.h"

#include <numeric>

namespace CityAtlas {
namespace {

QList<int> allRows(const FeatureTable &table)
{
    QList<int> rows(table.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

} // namespace

FieldCommand::FieldCommand(const FeatureTable &current, QList<int> rows, ResultColumn column, Apply apply)
    : m_rows(std::move(rows)), m_column(std::move(column)), m_apply(std::move(apply))
{
    setText(tr("Field %1").arg(m_column.field.name));
    if (const int index = current.fieldIndex(m_column.field.name); index >= 0 && current.field(index).name == m_column.field.name) {
        ResultColumn before{current.field(index), {}};
        for (int row = 0; row < current.rowCount(); ++row)
            before.values << current.value(row, index);
        m_replaced = before;
    }
}

void FieldCommand::redo()
{
    m_apply([this](FeatureTable &table) { table.setResultColumn(m_column, m_rows); });
}

void FieldCommand::undo()
{
    m_apply([this](FeatureTable &table) {
        if (m_replaced)
            table.setResultColumn(*m_replaced, allRows(table));
        else if (const int index = table.fieldIndex(m_column.field.name); index >= 0)
            table.removeField(index);
    });
}

} // namespace CityAtlas
