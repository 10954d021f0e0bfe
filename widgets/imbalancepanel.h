#pragma once

#include "widgets/backgroundtask.h"

#include "analysis/inequalityreport.h"
#include "maps/data/analysisinput.h"
#include "maps/project/projecttypes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace CityAtlas {

class DecompositionChart;
class FeatureSelection;
class FieldCombo;
class PanelChoices;
class Workspace;
class LorenzChart;

// Regional imbalance of one variable: Gini, Theil T/L, CV, their decomposition by a group
// field (the NBS four economic regions by default) and the Lorenz curve.
class ImbalancePanel : public QWidget
{
    Q_OBJECT

public:
    // Follows the workspace's current layer; finished runs go into its project's history.
    // The Lorenz curve's points are linked to the shared selection: clicking one selects its
    // unit (Shift+click adds or removes it), and selected units are highlighted.
    explicit ImbalancePanel(Workspace *workspace, QWidget *parent = nullptr);
    LorenzChart *lorenzChart() const { return m_lorenz; }
    FieldCombo *fieldCombo() const { return m_field; }
    FieldCombo *groupCombo() const { return m_group; }
    const QList<int> &lorenzRows() const { return m_lorenzRows; } // table row of each Lorenz point
    void run();

signals:
    void finished();

private:
    void setLayer(std::shared_ptr<const FeatureTable> layer);
    void showReport(const InequalityReport &report, const AnalysisInput &input);
    void addRow(const QString &measure, const std::optional<double> &value, const QString &note = {});
    void addRow(const QString &measure, const QString &value, const QString &note = {});
    void showSelectionInLorenz();

    Workspace *m_workspace;
    PanelChoices *m_choices;
    std::shared_ptr<const FeatureTable> m_layer;
    LatestRun m_runs;
    bool m_showingLayer = false; // in setLayer(): runs started now are not the user's
    FieldCombo *m_field;
    FieldCombo *m_weight;
    FieldCombo *m_group;
    QTableWidget *m_table;
    LorenzChart *m_lorenz;
    DecompositionChart *m_decomposition;
    QLabel *m_messages;
    FeatureSelection *m_selection;
    QList<int> m_lorenzRows;
};

} // namespace CityAtlas
