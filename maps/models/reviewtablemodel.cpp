#include "maps/models/reviewtablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace CityAtlas {

ReviewTableModel::ReviewTableModel(ProjectStore *store, const ReviewCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_catalog(catalog)
{
    reload();
}

void ReviewTableModel::reload()
{
    beginResetModel();
    m_units.clear();
    QSet<QString> listed;
    for (const ReviewLevel level : AllReviewLevels)
        for (const ReviewUnit &unit : m_catalog->units(level)) {
            m_units << unit;
            listed.insert(unit.id);
        }
    QStringList recorded;
    for (const ReviewRecord &record : m_store->content().reviews)
        recorded << record.unitId;
    for (const KeptReviewRecord &kept : m_store->content().keptReviews)
        recorded << kept.record.unitId;
    for (const QString &id : recorded)
        if (!listed.contains(id))
            if (const auto unit = m_catalog->unit(id))
                m_units << *unit;
    std::stable_sort(m_units.begin(), m_units.end(), [](const ReviewUnit &a, const ReviewUnit &b) {
        return a.level != b.level ? int(a.level) < int(b.level) : a.id < b.id;
    });
    endResetModel();
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ReviewRecord ReviewTableModel::recordOf(int row) const
{
    const QString id = m_units.at(row).id;
    if (auto record = m_store->reviewRecord(id))
        return *record;
    if (const KeptReviewRecord *kept = m_store->keptReviewRecord(id))
        return kept->record;
    ReviewRecord empty;
    empty.unitId = id;
    return empty;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ReviewUnit &unit = m_units.at(index.row());
    if (role == LevelRole)
        return reviewLevelKey(unit.level);
    if (role == UnitIdRole)
        return unit.id;
    const ReviewRecord record = recordOf(index.row());
    if (role == PlannedRole)
        return record.isPlanned();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool chinese = QLocale().language() == QLocale::Chinese;
    switch (index.column()) {
    case UnitColumn:
        return unit.id;
    case NameColumn:
        return chinese && !unit.nameZh.isEmpty() ? unit.nameZh : !unit.nameEn.isEmpty() ? unit.nameEn : unit.nameZh;
    case LevelColumn:
        return reviewLevelName(unit.level);
    case StatusColumn:
        if (const KeptReviewRecord *kept = m_store->keptReviewRecord(unit.id))
            return kept->status; // as written by a newer CityAtlas; read-only
        return reviewStatusKey(record.status);
    case DocumentColumn:
        return record.document;
    case ApprovedOnColumn:
        return record.approvedOn;
    case DepartmentColumn:
        return record.department;
    case ReviewerColumn:
        return record.reviewer;
    case NotesColumn:
        return record.notes;
    default:
        return {};
    }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case NameColumn:
        return tr("Name");
    case LevelColumn:
        return tr("Level");
    case StatusColumn:
        return tr("Status");
    case DocumentColumn:
        return tr("Document");
    case ApprovedOnColumn:
        return tr("Approved on");
    case DepartmentColumn:
        return tr("Department");
    case ReviewerColumn:
        return tr("Reviewer");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags ReviewTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= StatusColumn && !m_store->keptReviewRecord(m_units.value(index.row()).id))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReviewTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() < StatusColumn)
        return false;
    ReviewRecord record = recordOf(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case StatusColumn:
        if (const auto status = parseReviewStatus(text)) {
            record.status = *status;
        } else {
            m_lastError = tr("status '%1' is not one of none, preparing, approved").arg(text);
            emit editRefused(m_lastError);
            return false;
        }
        break;
    case DocumentColumn:
        record.document = text;
        break;
    case ApprovedOnColumn:
        record.approvedOn = text;
        break;
    case DepartmentColumn:
        record.department = text;
        break;
    case ReviewerColumn:
        record.reviewer = text;
        break;
    case NotesColumn:
        record.notes = value.toString();
        break;
    default:
        return false;
    }
    const IssueList issues = m_store->setReviewRecord(record, m_reviewer);
    if (hasErrors(issues)) {
        m_lastError = issues.first().message;
        emit editRefused(m_lastError);
        return false;
    }
    m_lastError.clear();
    emit dataChanged(this->index(index.row(), StatusColumn), this->index(index.row(), NotesColumn));
    return true;
}

} // namespace CityAtlas
