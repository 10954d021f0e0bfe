#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QComboBox;

namespace CityAtlas {

class Workspace;

// What a panel chose for each layer (its combo boxes: variable, weights, groups ...), kept
// in the workspace's recipe of the current layer, so that switching layers, or reopening the
// project, brings each layer's choices back instead of whatever the panel showed last.
class PanelChoices : public QObject
{
    Q_OBJECT

public:
    using Choice = std::pair<QString, QComboBox *>; // key in the saved state, its combo box

    PanelChoices(Workspace *workspace, QString panel, QList<Choice> choices, QObject *parent);

    // Sets the combo boxes to what was chosen for the current layer (when it offers that
    // entry still), without emitting their change signals. True when something was restored.
    bool restore();

private:
    void save();

    Workspace *m_workspace;
    QString m_panel;
    QList<Choice> m_choices;
    bool m_restoring = false;
};

} // namespace CityAtlas
