#include "widgets/sourcesprompt.h"

#include "maps/data/postgissource.h"
#include "maps/project/projectstore.h"
#include "maps/project/sourcepaths.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace CityAtlas {

bool SourcesPrompt::ask(QWidget *parent, ProjectStore &store, const QList<SourceCheck> &checks)
{
    bool changed = false;
    QStringList problems;
    for (const SourceCheck &check : checks)
        if (check.status != SourceStatus::Ok && check.status != SourceStatus::Unverified && !check.message.isEmpty())
            problems << check.message;
    if (problems.isEmpty())
        return false;
    QMessageBox::warning(parent, tr("Layer sources"),
                         tr("Some layer sources of %1 moved or changed:\n\n%2")
                             .arg(QFileInfo(store.path()).fileName(), problems.join(u'\n')));
    for (const SourceCheck &check : checks) {
        if (check.status != SourceStatus::Missing)
            continue;
        QString name;
        bool embedded = false;
        for (const ProjectLayer &layer : store.content().layers)
            if (layer.id == check.layerId) {
                name = layer.name.isEmpty() ? layer.sourcePath : layer.name;
                embedded = layer.hasEmbeddedCopy;
            }
        QMessageBox box(QMessageBox::Question, tr("Missing layer source"),
                        tr("The source of layer %1 is missing:\n%2").arg(name, check.message), QMessageBox::NoButton, parent);
        QPushButton *relocate = box.addButton(tr("Relocate…"), QMessageBox::AcceptRole);
        QPushButton *extract = embedded ? box.addButton(tr("Extract Embedded Copy…"), QMessageBox::AcceptRole) : nullptr;
        box.addButton(tr("Skip"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != relocate && (!extract || box.clickedButton() != extract))
            continue;
        const bool extracting = extract && box.clickedButton() == extract;
        const QString file = extracting
            ? QFileDialog::getSaveFileName(parent, tr("Extract %1").arg(name),
                                           QDir(store.folder()).filePath(QFileInfo(check.resolvedPath).fileName()))
            : QFileDialog::getOpenFileName(parent, tr("Relocate %1").arg(name), store.folder(),
                  tr("Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)"));
        if (file.isEmpty())
            continue;
        const IssueList issues = extracting ? store.extractEmbeddedCopy(check.layerId, file) : store.relocate(check.layerId, file);
        changed = true;
        if (!issues.isEmpty()) {
            QStringList messages;
            for (const Issue &issue : issues)
                messages << issue.message;
            QMessageBox::information(parent, tr("Relocate %1").arg(name), messages.join(u'\n'));
        }
    }
    return changed;
}

bool SourcesPrompt::allowRemote(QWidget *parent, const ProjectStore &store)
{
    QStringList remote;
    QStringList connections;
    for (const ProjectLayer &l : store.content().layers) {
        if (SourcePaths::classify(l.sourcePath) != SourcePaths::Kind::Remote)
            continue;
        remote << (l.layerName.isEmpty() ? l.sourcePath : l.sourcePath + u':' + l.layerName);
        if (PostgisSource::isConnection(l.sourcePath) && !connections.contains(l.sourcePath))
            connections << l.sourcePath;
    }
    if (remote.isEmpty())
        return false;
    const auto answer = QMessageBox::question(parent, tr("Remote sources"),
        tr("This project reads %n layer(s) from databases or other remote sources:\n\n%1\n\nConnect to them?", nullptr,
           int(remote.size())).arg(remote.join(u'\n')),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    for (const QString &connection : std::as_const(connections)) {
        if (PostgisSource::hasRememberedPassword(connection))
            continue;
        bool ok = false;
        const QString password = QInputDialog::getText(parent, tr("Database password"),
            tr("Password for %1 (kept only while CityAtlas runs; leave empty to use ~/.pgpass or the service file):").arg(connection),
            QLineEdit::Password, {}, &ok);
        if (ok && !password.isEmpty())
            PostgisSource::rememberPassword(connection, password);
    }
    return true;
}

} // namespace CityAtlas
