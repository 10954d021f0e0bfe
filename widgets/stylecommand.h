#pragma once

#include "maps/style/choropleth.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace CityAtlas {

// One change of a layer's style on the undo stack: redo applies the new spec, undo the one
// before. apply does the work (restyle the map, update the pickers).
class StyleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::StyleCommand)

public:
    using Apply = std::function<void(const ChoroplethSpec &)>;

    StyleCommand(ChoroplethSpec before, ChoroplethSpec after, Apply apply);

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

    const ChoroplethSpec &before() const { return m_before; }
    const ChoroplethSpec &after() const { return m_after; }

private:
    ChoroplethSpec m_before;
    ChoroplethSpec m_after;
    Apply m_apply;
};

} // namespace CityAtlas
