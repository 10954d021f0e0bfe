#pragma once

#include "maps/project/projecttypes.h"

#include <QAbstractTableModel>

namespace CityAtlas {

// A project's analysis runs as a read-only table, newest first: when, which analysis, on what
// data, with which settings, and the headline result (Gini and Theil; Moran's I with its p and
// LISA clusters; the top-ranked units of an evaluation). The tooltip holds the whole record.
class AnalysisHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AnalysisColumn, DataColumn, SettingsColumn, ResultColumn, ColumnCount };
    enum Roles { RunIdRole = Qt::UserRole };

    explicit AnalysisHistoryModel(QObject *parent = nullptr);

    void setRuns(const QList<AnalysisRun> &runs);
    const AnalysisRun &run(int row) const { return m_rows.at(row).run; }

    // The headline texts, for the table and for reports.
    static QString analysisName(const QString &kind);
    static QString dataSummary(const AnalysisRun &run);
    static QString settingsSummary(const AnalysisRun &run);
    static QString resultSummary(const AnalysisRun &run);
    // The run as one JSON document: kind, created_at, parameters, results.
    static QByteArray toJson(const AnalysisRun &run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A run with its texts, made once when the runs are set (not at every paint).
    struct Row
    {
        AnalysisRun run;
        QString time, analysis, data, settings, result, tooltip;
    };
    QList<Row> m_rows; // newest first
};

} // namespace CityAtlas
