#include "widgets/sourcesprompt.h"

#include "maps/project/projectstore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

} // namespace CityAtlas
