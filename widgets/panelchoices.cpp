#include "widgets/panelchoices.h"

#include "maps/workspace/workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
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
    for (const auto &[key, widget] : m_choices) {
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            connect(combo, &QComboBox::currentIndexChanged, this, &PanelChoices::save);
        else if (auto *spin = qobject_cast<QSpinBox *>(widget))
            connect(spin, &QSpinBox::valueChanged, this, &PanelChoices::save);
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
            connect(spin, &QDoubleSpinBox::valueChanged, this, &PanelChoices::save);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            connect(edit, &QLineEdit::textChanged, this, &PanelChoices::save);
    }
}

bool PanelChoices::restore()
{
    const QJsonObject saved = m_workspace->panelState(m_panel);
    const QScopedValueRollback restoring(m_restoring, true);
    bool restored = false;
    for (const auto &[key, widget] : m_choices) {
        if (!saved.contains(key))
            continue;
        const QJsonValue value = saved.value(key);
        const QSignalBlocker blocker(widget);
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            const int index = combo->findData(value.toVariant());
            if (index < 0)
                continue;
            combo->setCurrentIndex(index);
        } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            spin->setValue(value.toInt(spin->value()));
        } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget)) {
            spin->setValue(value.toDouble(spin->value()));
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            edit->setText(value.toString());
        } else {
            continue;
        }
        restored = true;
    }
    return restored;
}

void PanelChoices::save()
{
    if (m_restoring || m_workspace->currentLayerId().isEmpty())
        return;
    QJsonObject state = m_workspace->panelState(m_panel);
    for (const auto &[key, widget] : m_choices) {
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            state.insert(key, QJsonValue::fromVariant(combo->currentData()));
        else if (auto *spin = qobject_cast<QSpinBox *>(widget))
            state.insert(key, spin->value());
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
            state.insert(key, spin->value());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            state.insert(key, edit->text());
    }
    m_workspace->setPanelState(m_panel, state);
}

} // namespace CityAtlas
