#include "widgets/recentprojectsmenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {
const QString SettingsKey = u"projects/recent"_s;
} // namespace

RecentProjectsMenu::RecentProjectsMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentProjectsMenu::rebuild);
    rebuild();
}

void RecentProjectsMenu::remember(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(SettingsKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxProjects)
        recent.removeLast();
    settings.setValue(SettingsKey, recent);
    rebuild();
}

QStringList RecentProjectsMenu::projects()
{
    QSettings settings;
    const QStringList stored = settings.value(SettingsKey).toStringList();
    QStringList recent;
    for (const QString &path : stored)
        if (QFileInfo(path).isFile() && !recent.contains(path) && recent.size() < MaxProjects)
            recent << path;
    if (recent != stored)
        settings.setValue(SettingsKey, recent);
    return recent;
}

void RecentProjectsMenu::rebuild()
{
    clear();
    const QStringList recent = projects();
    for (const QString &path : recent)
        addAction(QDir::toNativeSeparators(path), this, [this, path] { emit projectChosen(path); });
    if (recent.isEmpty()) {
        addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("Clear Recent Projects"), this, [this] {
        QSettings().remove(SettingsKey);
        rebuild();
    });
}

} // namespace CityAtlas
