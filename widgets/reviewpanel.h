#pragma once

#include "maps/data/featuretable.h"
#include "maps/project/projectstore.h"
#include "maps/project/reviewcatalog.h"
#include "maps/project/reviewcoverage.h"
#include "maps/project/reviewcsv.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace CityAtlas {

class ReviewTableModel;

// The "Coverage review" dock: the review records of the open project in a filterable,
// sortable, editable table (every edit lands in the project's audit trail, with the reviewer
// named in the panel), CSV/XLSX import (all or nothing) and export, the audit trail, and the
// coverage summary by level next to the paper's published Figure 6 baseline.
//
// The panel owns the open ProjectStore. While there are review edits not yet saved, it writes
// a recovery copy (FILE.cityatlas.recovery) every few minutes.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutosaveIntervalMs = 3 * 60 * 1000;

    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    // Takes the project (null closes it). The reviewer name stays as typed.
    void setProject(std::unique_ptr<ProjectStore> store);
    ProjectStore *project() const { return m_store.get(); }
    bool hasUnsavedChanges() const { return m_store && m_store->isModified(); }
    // Review edits made since the last save (audit entries not yet written).
    int pendingReviewEdits() const;

    void setReviewer(const QString &who);
    QString reviewer() const;

    ReviewTableModel *model() const { return m_model.get(); }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    const CoverageSummary &summary() const { return m_summary; }
    const ReviewCatalog *catalog() const { return m_catalog ? &*m_catalog : nullptr; }
    QTableWidget *summaryTable() const { return m_summaryTable; }

    // The map layer whose `code` field (GB/T 2260 province codes) the province coverage is matched to.
    void setLayer(std::shared_ptr<const FeatureTable> layer);
    // Coverage by province of the units of the level filter (all levels when none) as the fields
    // coverage_share, coverage_planned and coverage_total of the layer (resultColumnsReady), then
    // asks for coverage_share on the map (mapFieldRequested). An error message, or empty.
    QString mapCoverageByProvince();
    // Drill-down: filters the review table to the level of a row of the summary table.
    void showLevelOfSummaryRow(int row);

    // Filters: a level key (reviewLevelKey, empty for all), a status key (empty for all).
    void setLevelFilter(const QString &levelKey);
    void setStatusFilter(const QString &statusKey);

    // Without dialogs, for the buttons and for tests.
    ReviewImportResult importRecords(const QString &path); // all or nothing
    QString exportRecords(const QString &path) const;       // an error message, or empty
    QString exportAuditTrail(const QString &path) const;
    // Saves the project and removes its recovery file.
    IssueList saveProject();

    // FILE.cityatlas → FILE.cityatlas.recovery
    static QString recoveryPath(const QString &projectPath);
    // True when a recovery file exists and is newer than the project: offer to recover it.
    static bool shouldOfferRecovery(const QString &projectPath);
    // Replaces the project with its recovery copy (the project is kept as FILE.cityatlas.before-recovery).
    static QString adoptRecovery(const QString &projectPath);

public slots:
    // Writes the recovery copy when there are unsaved review edits; true when it wrote one.
    bool saveRecoveryCopy();

signals:
    void modifiedChanged(bool modified);
    // Another project (or none) is open.
    void projectChanged(CityAtlas::ProjectStore *store);
    void summaryChanged();
    void resultColumnsReady(const QList<int> &rows, const QList<CityAtlas::ResultColumn> &columns);
    void mapFieldRequested(const QString &field);

private:
    void buildUi();
    void updateSummary();
    void updateEnabled();
    void changed();
    void importDialog();
    void exportDialog();
    void auditDialog();

    std::unique_ptr<ProjectStore> m_store;
    std::optional<ReviewCatalog> m_catalog;
    ReviewCoverage::Baseline m_baseline;
    QString m_catalogError;
    std::unique_ptr<ReviewTableModel> m_model;
    CoverageSummary m_summary;
    std::shared_ptr<const FeatureTable> m_layer;
    // What the recovery copy last written holds: content and audit length.
    struct RecoveryState
    {
        ProjectContent content;
        int auditEntries = 0;
        bool operator==(const RecoveryState &) const = default;
    };
    std::optional<RecoveryState> m_recoveryWritten;

    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QTableWidget *m_summaryTable;
    QLabel *m_projectLabel;
    QLabel *m_message;
    QLineEdit *m_reviewer;
    QLineEdit *m_search;
    QComboBox *m_level;
    QComboBox *m_status;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_audit;
    QPushButton *m_mapCoverage;
    QTimer *m_autosave;
};

} // namespace CityAtlas
