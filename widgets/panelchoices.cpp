#include "widgets/panelchoices.h"

#include "maps/workspace/workspace.h"

#include <QComboBox>
#include <QJsonObject>
#include <QScopedValueRollback>
#include <QSignalBlocker>

namespace CityAtlas {

PanelChoices::PanelChoices(Workspace *workspace, QString panel, QList<Choice> choices, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_panel(std::move(panel))
    , m_choices(std::move(choices))
{
    for (const auto &[key, combo] : m_choices)
        connect(combo, &QComboBox::currentIndexChanged, this, &PanelChoices::save);
}

bool PanelChoices::restore()
{
    const QJsonObject saved = m_workspace->panelState(m_panel);
    const QScopedValueRollback restoring(m_restoring, true);
    bool restored = false;
    for (const auto &[key, combo] : m_choices) {
        if (!saved.contains(key))
            continue;
        const int index = combo->findData(saved.value(key).toVariant());
        if (index < 0)
            continue;
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index);
        restored = true;
    }
    return restored;
}

void PanelChoices::save()
{
    if (m_restoring || m_workspace->currentLayerId().isEmpty())
        return;
    QJsonObject state = m_workspace->panelState(m_panel);
    for (const auto &[key, combo] : m_choices)
        state.insert(key, QJsonValue::fromVariant(combo->currentData()));
    m_workspace->setPanelState(m_panel, state);
}

} // namespace CityAtlas
