#pragma once

#include "maps/data/featuretable.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace CityAtlas {

// A computed field written into the current layer, on the undo stack: redo writes its values,
// undo takes the field away again (or puts back the values it replaced). Only that column
// changes, so fields added later (analysis results) stay. edit applies a change to a copy of
// the current layer's table and shows it.
class FieldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::FieldCommand)

public:
    using Edit = std::function<void(FeatureTable &)>;
    using Apply = std::function<void(const Edit &)>;

    // current: the table before the edit; rows and column as ResultColumn and setResultColumn take them.
    FieldCommand(const FeatureTable &current, QList<int> rows, ResultColumn column, Apply apply);

    void redo() override;
    void undo() override;

private:
    QList<int> m_rows;
    ResultColumn m_column;
    std::optional<ResultColumn> m_replaced; // the field of that name before, every row
    Apply m_apply;
};

} // namespace CityAtlas
