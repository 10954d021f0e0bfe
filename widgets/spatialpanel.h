#pragma once

#include "maps/data/featuretable.h"
#include "maps/project/projecttypes.h"
#include "maps/style/mapstyle.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace CityAtlas {

class FeatureSelection;
class FieldCombo;
class PanelChoices;
class Workspace;
class MoranScatterChart;
struct SpatialJob;

// Spatial autocorrelation of one variable: spatial weights (contiguity, nearest neighbours,
// distance band) with an explicit isolate policy, global Moran's I with its tests, the Moran
// scatter plot and the LISA cluster map. Permutations run off the UI thread, cancellable.
class SpatialPanel : public QWidget
{
    Q_OBJECT

public:
    // Follows the workspace's current layer. A finished computation adds its per-unit
    // results (local I, z, p, cluster, lag) to that layer as fields and goes into the project's
    // history (kind "moran": global Moran's I with its LISA cluster counts). Selecting points
    // in the Moran scatter plot selects the units, and the other way round.
    explicit SpatialPanel(Workspace *workspace, QWidget *parent = nullptr);
    void run();
    FieldCombo *fieldCombo() const { return m_field; }

signals:
    void finished();

private:
    void setLayer(std::shared_ptr<const FeatureTable> layer);
    void updateParameter();
    void showSelectionInScatter();
    void show(const SpatialJob &job);
    static QList<ResultColumn> resultColumns(const SpatialJob &job);
    AnalysisRun record(const SpatialJob &job) const;

    Workspace *m_workspace;
    PanelChoices *m_choices;
    std::shared_ptr<const FeatureTable> m_layer;
    FieldCombo *m_field;
    QComboBox *m_weights;
    QDoubleSpinBox *m_parameter;
    QComboBox *m_isolates;
    QSpinBox *m_permutations;
    QSpinBox *m_seed;
    QComboBox *m_alpha;
    QCheckBox *m_fdr;
    QLabel *m_summary;
    MoranScatterChart *m_scatter;
    QPushButton *m_showMap;
    std::shared_ptr<const MapStyle> m_clusterStyle;
    FeatureSelection *m_selection;
    QList<int> m_scatterRows; // table row of each point of the scatter plot
};

} // namespace CityAtlas
