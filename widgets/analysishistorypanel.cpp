#include "widgets/analysishistorypanel.h"

#include "maps/models/analysishistorymodel.h"
#include "maps/project/projectstore.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include "maps/workspace/projectsession.h"
#include "maps/workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace CityAtlas {

AnalysisHistoryPanel::AnalysisHistoryPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AnalysisHistoryModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty->setWordWrap(true);
    m_export->setToolTip(tr("Write the selected run, with all its parameters and results, as a JSON file"));
    m_remove->setToolTip(tr("Remove the selected run from the project (when it is next saved)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &AnalysisHistoryPanel::exportDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRun(currentRow()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnalysisHistoryPanel::updateEnabled);
    connect(workspace, &Workspace::runsChanged, this, &AnalysisHistoryPanel::refresh);
    refresh();
}

void AnalysisHistoryPanel::refresh()
{
    const ProjectStore *store = m_workspace->project();
    m_model->setRuns(store ? store->content().analysisRuns : QList<AnalysisRun>{});
    m_view->resizeColumnsToContents();
    m_empty->setText(!store ? tr("Open or create a project (File menu) to keep the analyses you run.")
                              : m_model->rowCount() == 0 ? tr("No analyses yet: the runs of the analysis panels appear here.")
                                                         : QString());
    m_empty->setVisible(!m_empty->text().isEmpty());
    updateEnabled();
}

int AnalysisHistoryPanel::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AnalysisHistoryPanel::updateEnabled()
{
    const bool selected = currentRow() >= 0;
    m_export->setEnabled(selected);
    m_remove->setEnabled(selected && m_workspace->project());
}

QString AnalysisHistoryPanel::exportRun(int row, const QString &path) const
{
    if (row < 0 || row >= m_model->rowCount())
        return tr("No analysis run is selected.");
    return writeRun(m_model->run(row), path);
}

QString AnalysisHistoryPanel::writeRun(const AnalysisRun &run, const QString &path)
{
    QSaveFile file(path);
    const QByteArray json = AnalysisHistoryModel::toJson(run);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return tr("%1: cannot be written: %2").arg(path, file.errorString());
    return {};
}

bool AnalysisHistoryPanel::removeRun(int row)
{
    ProjectStore *store = m_workspace->project();
    if (!store || row < 0 || row >= m_model->rowCount())
        return false;
    const bool removed = store->removeAnalysisRun(m_model->run(row).id);
    m_workspace->session()->noteChange();
    refresh();
    return removed;
}

void AnalysisHistoryPanel::exportDialog()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AnalysisRun run = m_model->run(row); // a copy: a run recorded meanwhile refreshes the list
    const QString suggested = QDir(QSettings().value(u"files/lastFolder"_s).toString())
                                  .filePath(u"%1-%2.json"_s.arg(run.kind).arg(run.id));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Analysis Run"), suggested, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = writeRun(run, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace CityAtlas
