#include "maps/workspace/projectsession.h"

#include "maps/project/projectfiles.h"
#include "maps/project/projectstore.h"

#include <QTimer>

namespace CityAtlas {

struct ProjectSession::RecoveryState
{
    ProjectContent content;
    qsizetype auditEntries = 0;
    bool operator==(const RecoveryState &) const = default;
};

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_autosave(new QTimer(this))
{
    m_autosave->setInterval(AutosaveIntervalMs);
    connect(m_autosave, &QTimer::timeout, this, &ProjectSession::writeRecoveryCopy);
}

ProjectSession::~ProjectSession() = default;

bool ProjectSession::hasUnsavedChanges() const
{
    return m_store && m_store->isModified();
}

void ProjectSession::setStore(std::unique_ptr<ProjectStore> store)
{
    if (m_store && store.get() != m_store.get() && m_store->isModified())
        ProjectFiles::remove(ProjectFiles::recoveryPath(m_store->path())); // the changes are dropped
    m_store = std::move(store);
    m_recoveryWritten.reset();
    if (m_store)
        m_autosave->start();
    else
        m_autosave->stop();
    emit storeChanged(m_store.get());
    m_modified = !hasUnsavedChanges(); // makes noteChange() tell
    noteChange();
}

IssueList ProjectSession::save()
{
    if (!m_store)
        return {Issue::error(tr("No project is open."))};
    IssueList issues = m_store->save();
    if (!hasErrors(issues)) {
        ProjectFiles::remove(ProjectFiles::recoveryPath(m_store->path()));
        m_recoveryWritten.reset();
    }
    noteChange();
    return issues;
}

void ProjectSession::noteChange()
{
    const bool modified = hasUnsavedChanges();
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

bool ProjectSession::writeRecoveryCopy()
{
    if (!hasUnsavedChanges())
        return false;
    RecoveryState state{m_store->content(), m_store->auditTrail().size()};
    if (m_recoveryWritten && *m_recoveryWritten == state)
        return false;
    const IssueList issues = m_store->writeCopy(ProjectFiles::recoveryPath(m_store->path()));
    if (hasErrors(issues)) {
        emit recoveryFailed(tr("The recovery copy could not be written: %1").arg(issues.first().message));
        return false;
    }
    m_recoveryWritten = std::make_unique<RecoveryState>(std::move(state));
    emit recoveryWritten();
    return true;
}

} // namespace CityAtlas
