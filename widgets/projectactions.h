#pragma once

#include "analysis/issue.h"

#include <QObject>
#include <QString>

class QWidget;

namespace CityAtlas {

class ProjectStore;
class RecentProjectsMenu;
class Workspace;

// The dialogs around the workspace's project: New, Open (with the recovery offer and the
// sources prompt; the layers load off the UI thread), Save, Save As and "save your changes?".
// The work itself is the workspace's; this class asks the user and reports.
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    ProjectActions(Workspace *workspace, RecentProjectsMenu *recent, QWidget *window);

    void newProjectDialog();
    void openProjectDialog();
    // Offers a newer recovery copy, reports moved or changed layer sources (with Relocate…),
    // and shows the project's layers as it has them. False when it cannot be opened.
    bool openProject(const QString &path);
    bool save();
    bool saveAs();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // Reads every layer file of the project, however large, and compares it with the checksum
    // recorded (opening checks only files up to ProjectOptions::hashOnOpenBytes), in the background.
    void verifyLayerFiles();

    // The folder of the last file opened or saved, remembered between runs.
    static QString lastFolder();
    static void rememberFolder(const QString &path);

signals:
    void statusMessage(const QString &message);
    void problems(const CityAtlas::IssueList &issues);
    void projectOpened(CityAtlas::ProjectStore *store); // its layers may still be loading
    void layersRestored();

private:
    QString chooseProjectPath(const QString &title, bool *replace);

    Workspace *m_workspace;
    RecentProjectsMenu *m_recent;
    QWidget *m_window;
};

} // namespace CityAtlas
