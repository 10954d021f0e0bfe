#include "widgets/projectactions.h"

#include "maps/project/projectfiles.h"
#include "maps/workspace/workspace.h"
#include "widgets/backgroundtask.h"
#include "widgets/recentprojectsmenu.h"
#include "widgets/sourcesprompt.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CityAtlas {

ProjectActions::ProjectActions(Workspace *workspace, RecentProjectsMenu *recent, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_recent(recent)
    , m_window(window)
{
    connect(recent, &RecentProjectsMenu::projectChosen, this, [this](const QString &path) {
        if (maybeSave())
            openProject(path);
    });
}

QString ProjectActions::lastFolder()
{
    return QSettings().value(u"files/lastFolder"_s).toString();
}

void ProjectActions::rememberFolder(const QString &path)
{
    QSettings().setValue(u"files/lastFolder"_s, QFileInfo(path).absolutePath());
}

// A project file chosen to write; *replace when the user agreed to replace an existing one
// (the file dialog asked already when the name was typed with its suffix).
QString ProjectActions::chooseProjectPath(const QString &title, bool *replace)
{
    const QString chosen = QFileDialog::getSaveFileName(m_window, title, lastFolder(), tr("CityAtlas projects (*.cityatlas)"));
    QString path = chosen;
    if (!path.isEmpty() && !path.endsWith(u".cityatlas"_s, Qt::CaseInsensitive))
        path += u".cityatlas"_s;
    *replace = QFileInfo::exists(path);
    if (*replace && chosen != path
        && QMessageBox::question(m_window, tr("Replace project"), tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
               != QMessageBox::Yes)
        return {};
    if (!path.isEmpty())
        rememberFolder(path);
    return path;
}

void ProjectActions::newProjectDialog()
{
    bool replace = false;
    const QString path = chooseProjectPath(tr("New Project"), &replace);
    if (path.isEmpty() || !maybeSave())
        return;
    const IssueList issues = m_workspace->newProject(path, replace);
    emit problems(issues);
    if (!hasErrors(issues)) {
        m_recent->remember(path);
        emit projectOpened(m_workspace->project());
    }
}

void ProjectActions::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), lastFolder(),
                                                      tr("CityAtlas projects (*.cityatlas);;All files (*)"));
    if (path.isEmpty() || !maybeSave())
        return;
    rememberFolder(path);
    openProject(path);
}

bool ProjectActions::openProject(const QString &path)
{
    if (ProjectFiles::shouldOfferRecovery(path)) {
        const QFileInfo recovery(ProjectFiles::recoveryPath(path));
        const auto answer = QMessageBox::question(m_window, tr("Recover project"),
            tr("A recovery copy of %1 from %2 is newer than the project: changes (review edits, layers, styles, "
               "analyses) that were not saved when CityAtlas last closed. Recover them?\n\nThe project as saved is kept as %3.")
                .arg(QFileInfo(path).fileName(), QLocale().toString(recovery.lastModified(), QLocale::ShortFormat),
                     QFileInfo(ProjectFiles::beforeRecoveryPath(path)).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            if (const QString error = ProjectFiles::adoptRecovery(path); !error.isEmpty())
                QMessageBox::warning(m_window, tr("Recover project"), error);
    }
    ProjectStore::OpenResult opened = ProjectStore::open(path);
    // Layers from databases or URLs: read only if the user says so, asked before connecting.
    if (opened.store && SourcesPrompt::allowRemote(m_window, *opened.store)) {
        opened.store.reset();
        opened = ProjectStore::open(path, {true});
    }
    if (!opened.store) {
        emit problems(opened.issues);
        return false;
    }
    for (const Issue &issue : opened.issues)
        if (issue.severity == Issue::Severity::Info)
            emit statusMessage(issue.message);
    QList<SourceCheck> sources = opened.sources;
    if (SourcesPrompt::ask(m_window, *opened.store, sources))
        sources = opened.store->checkSources(); // relocated: check again
    IssueList issues;
    const QList<LayerRecipe> recipes = m_workspace->adoptProject(std::move(opened.store), sources, &issues);
    emit problems(issues);
    m_recent->remember(path);
    emit projectOpened(m_workspace->project());
    if (recipes.isEmpty())
        return true;
    runInBackground<std::vector<LoadResult>>(m_window, tr("Loading the project's layers…"),
        [recipes](Feedback *feedback) { return Workspace::loadRecipes(recipes, feedback); },
        [this, recipes](std::vector<LoadResult> loaded) {
            emit problems(m_workspace->restoreLayers(std::move(loaded), recipes));
            emit layersRestored();
        });
    return true;
}

bool ProjectActions::save()
{
    const ProjectStore *store = m_workspace->project();
    if (!store)
        return saveAs();
    const IssueList issues = m_workspace->save();
    emit problems(issues);
    if (hasErrors(issues))
        return false;
    m_recent->remember(store->path());
    emit statusMessage(tr("Project saved to %1").arg(QDir::toNativeSeparators(store->path())));
    return true;
}

bool ProjectActions::saveAs()
{
    bool replace = false;
    const QString path = chooseProjectPath(tr("Save Project As"), &replace);
    if (path.isEmpty())
        return false;
    const IssueList issues = m_workspace->saveAs(path);
    emit problems(issues);
    if (hasErrors(issues))
        return false;
    m_recent->remember(path);
    emit statusMessage(tr("Project saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ProjectActions::maybeSave()
{
    if (!m_workspace->hasUnsavedChanges())
        return true;
    const QString path = m_workspace->project()->path();
    const auto answer = QMessageBox::question(m_window, tr("Unsaved changes"),
        tr("The project %1 has unsaved changes. Save them?").arg(QFileInfo(path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    m_workspace->closeProject(); // the edits are dropped, and so is their recovery copy
    return true;
}

void ProjectActions::verifyLayerFiles()
{
    const ProjectStore *store = m_workspace->project();
    if (!store)
        return;
    runInBackground<QList<SourceCheck>>(m_window, tr("Verifying the layer files…"),
        [store](Feedback *feedback) { return store->verifySources(feedback); },
        [this, store](QList<SourceCheck> checks) {
            if (store != m_workspace->project())
                return;
            QStringList problems;
            for (const Issue &issue : ProjectStore::sourceIssues(checks, store->content(), store->path()))
                problems << issue.message;
            if (problems.isEmpty())
                QMessageBox::information(m_window, tr("Verify Layer Files"),
                                         tr("%n layer file(s) match the checksums recorded in the project.", nullptr, int(checks.size())));
            else
                QMessageBox::warning(m_window, tr("Verify Layer Files"), problems.join(u'\n'));
        });
}

} // namespace CityAtlas
