#pragma once

#include "maps/project/projectstore.h"
#include "maps/project/reviewcatalog.h"

#include <QAbstractTableModel>

namespace CityAtlas {

// The review records as an editable table: one row per listed unit (and per county-level
// unit that has a record), its record's fields in the editable columns. Every edit goes
// through ProjectStore::setReviewRecord, so it lands in the audit trail with the reviewer
// set here. Filter by level with a QSortFilterProxyModel on LevelRole.
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UnitColumn, NameColumn, LevelColumn, StatusColumn, DocumentColumn, ApprovedOnColumn,
                  DepartmentColumn, ReviewerColumn, NotesColumn, ColumnCount };
    enum Roles { LevelRole = Qt::UserRole, PlannedRole, UnitIdRole };

    // The store and the catalog must outlive the model.
    ReviewTableModel(ProjectStore *store, const ReviewCatalog *catalog, QObject *parent = nullptr);

    // Who edits: recorded with every change. Edits are refused while it is empty.
    void setReviewer(const QString &who) { m_reviewer = who; }
    QString reviewer() const { return m_reviewer; }
    // Why the last edit was refused (empty reviewer, bad date, unknown status).
    QString lastError() const { return m_lastError; }
    // Re-reads the store (after an import).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &message);

private:
    ReviewRecord recordOf(int row) const;

    ProjectStore *m_store;
    const ReviewCatalog *m_catalog;
    QList<ReviewUnit> m_units;
    QString m_reviewer;
    QString m_lastError;
};

} // namespace CityAtlas
