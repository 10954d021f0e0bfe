#pragma once

#include "maps/project/projecttypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace CityAtlas {

class Workspace;

class AnalysisHistoryModel;
class ProjectStore;

// The "Analysis history" dock: every analysis and evaluation the open project keeps (the
// GUI records each finished run), newest first, with the whole record as a tooltip; export
// one as JSON, or remove it from the project.
class AnalysisHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // Lists the runs of the workspace's open project, as they are recorded.
    explicit AnalysisHistoryPanel(Workspace *workspace, QWidget *parent = nullptr);
    void refresh();

    AnalysisHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Without dialogs, for the buttons and for tests: an error message, or empty.
    QString exportRun(int row, const QString &path) const;
    bool removeRun(int row);

private:
    static QString writeRun(const AnalysisRun &run, const QString &path);
    int currentRow() const;
    void exportDialog();
    void updateEnabled();

    Workspace *m_workspace;
    AnalysisHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_export;
    QPushButton *m_remove;
};

} // namespace CityAtlas
