#pragma once

#include "maps/workspace/workspace.h"

#include <QUndoCommand>

namespace CityAtlas {

// One change of a layer on the workspace's undo stack (a style, an added or removed field,
// a join, a new name): redo puts the layer as it is after the change, undo as it was before.
// Both states share their tables with the layer (no copy of the features).
class LayerChangeCommand : public QUndoCommand
{
public:
    LayerChangeCommand(Workspace *workspace, QString layerId, Workspace::LayerState before, Workspace::LayerState after,
                       const QString &text);

    void undo() override { m_workspace->setState(m_layerId, m_before); }
    void redo() override { m_workspace->setState(m_layerId, m_after); }

private:
    Workspace *m_workspace;
    QString m_layerId;
    Workspace::LayerState m_before;
    Workspace::LayerState m_after;
};

} // namespace CityAtlas
