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
class Workspace;

// The "Coverage review" dock: the review records of the open project in a filterable,
// sortable, editable table (every edit lands in the project's audit trail, with the reviewer
// named in the panel), CSV/XLSX import (all or nothing) and export, the audit trail, and the
// coverage summary by level next to the paper's published Figure 6 baseline.
//
// The records are the workspace's open project's (the workspace owns it, with its recovery
// copy); the panel shows them and edits them.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    ProjectStore *project() const;

    void setReviewer(const QString &who);
    QString reviewer() const;

    ReviewTableModel *model() const { return m_model.get(); }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    const CoverageSummary &summary() const { return m_summary; }
    const ReviewCatalog *catalog() const { return m_catalog ? &*m_catalog : nullptr; }
    QTableWidget *summaryTable() const { return m_summaryTable; }

    // Coverage by province of the units of the level filter (all levels when none) as the fields
    // coverage_share, coverage_planned and coverage_total of the current layer (matched by its
    // `code` field of GB/T 2260 province codes), mapped. An error message, or empty.
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

signals:
    void summaryChanged();

private:
    void showProject();
    void buildUi();
    void updateSummary();
    void updateEnabled();
    void changed();
    void importDialog();
    void exportDialog();
    void auditDialog();

    Workspace *m_workspace;
    std::optional<ReviewCatalog> m_catalog;
    ReviewCoverage::Baseline m_baseline;
    QString m_catalogError;
    std::unique_ptr<ReviewTableModel> m_model;
    CoverageSummary m_summary;

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
};

} // namespace CityAtlas
