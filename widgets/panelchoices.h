#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QWidget;

namespace CityAtlas {

class Workspace;

// What a panel chose for each layer (its combo boxes: variable, weights, groups ...; spin
// boxes: a number of neighbours; line edits: a file), kept
// in the workspace's recipe of the current layer, so that switching layers, or reopening the
// project, brings each layer's choices back instead of whatever the panel showed last.
class PanelChoices : public QObject
{
    Q_OBJECT

public:
    // Key in the saved state, and a QComboBox (its current data is kept), QSpinBox or
    // QDoubleSpinBox (its value) or QLineEdit (its text).
    using Choice = std::pair<QString, QWidget *>;

    PanelChoices(Workspace *workspace, QString panel, QList<Choice> choices, QObject *parent);

    // Sets the widgets to what was chosen for the current layer (a combo box only when it
    // offers that entry still), without emitting their change signals. True when something
    // was restored.
    bool restore();

private:
    void save();

    Workspace *m_workspace;
    QString m_panel;
    QList<Choice> m_choices;
    bool m_restoring = false;
};

} // namespace CityAtlas
