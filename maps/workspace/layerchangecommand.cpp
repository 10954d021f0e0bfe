#include "maps/workspace/layerchangecommand.h"

namespace CityAtlas {

LayerChangeCommand::LayerChangeCommand(Workspace *workspace, QString layerId, Workspace::LayerState before,
                                       Workspace::LayerState after, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_layerId(std::move(layerId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

} // namespace CityAtlas
