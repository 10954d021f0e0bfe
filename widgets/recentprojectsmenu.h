#pragma once

#include <QMenu>

namespace CityAtlas {

// File > Recent Projects: the projects opened or saved last (at most eight, kept in the
// settings), those that still exist, newest first; Clear empties the list.
class RecentProjectsMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int MaxProjects = 8;

    explicit RecentProjectsMenu(const QString &title, QWidget *parent = nullptr);

    // Puts a project at the top of the list.
    void remember(const QString &path);
    // The list as kept, without the files that are gone.
    static QStringList projects();

signals:
    void projectChosen(const QString &path);

private:
    void rebuild();
};

} // namespace CityAtlas
