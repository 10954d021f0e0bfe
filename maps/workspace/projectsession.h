#pragma once

#include "analysis/issue.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace CityAtlas {

class ProjectStore;

// The open project of a workspace: the store, whether it has unsaved changes, and the
// recovery copy (FILE.cityatlas.recovery) written every few minutes while it has some, so
// that a crash loses at most those minutes. Saving removes the recovery copy.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int AutosaveIntervalMs = 3 * 60 * 1000;

    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    ProjectStore *store() const { return m_store.get(); }
    bool hasUnsavedChanges() const;

    // Takes the project (null closes it, dropping its unsaved changes and their recovery copy).
    void setStore(std::unique_ptr<ProjectStore> store);
    IssueList save();
    // Something changed the store (an edit of the review table, a recorded layer): tells
    // the views whether it now has unsaved changes.
    void noteChange();
    // Writes the recovery copy when there are unsaved changes not in the last copy; true when
    // it wrote one. A failure is reported by recoveryFailed().
    bool writeRecoveryCopy();

signals:
    void storeChanged(CityAtlas::ProjectStore *store);
    void modifiedChanged(bool modified);
    void recoveryWritten();
    void recoveryFailed(const QString &message);

private:
    struct RecoveryState;

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<RecoveryState> m_recoveryWritten; // what the last recovery copy holds
    QTimer *m_autosave;
    bool m_modified = false;
};

} // namespace CityAtlas
