#pragma once

#include "widgets/backgroundtask.h"

#include "maps/data/featuretable.h"
#include "maps/data/spatialinput.h"
#include "maps/project/projecttypes.h"
#include "maps/style/mapstyle.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace CityAtlas {

class FeatureSelection;
class FieldCombo;
class PanelChoices;
class Workspace;
class MoranScatterChart;
struct SpatialJob;

// Spatial autocorrelation of one variable: spatial weights as in the command line (queen or
// rook contiguity with a snapping tolerance, k nearest neighbours, a distance band in km, or a
// GeoDa .gal/.gwt weights file) with an explicit isolate policy, global Moran's I with its tests, the Moran
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
    QComboBox *weightsCombo() const { return m_weights; }
    // The weights as chosen, as SpatialInput::build() takes them.
    WeightsSpec weightsSpec() const;

signals:
    void finished();

private:
    void setLayer(std::shared_ptr<const FeatureTable> layer);
    void updateParameter();
    void chooseWeightsFile();
    void showSelectionInScatter();
    void show(const SpatialJob &job);
    static QList<ResultColumn> resultColumns(const SpatialJob &job);
    AnalysisRun record(const SpatialJob &job) const;

    Workspace *m_workspace;
    PanelChoices *m_choices;
    std::shared_ptr<const FeatureTable> m_layer;
    FieldCombo *m_field;
    QComboBox *m_weights;
    QStackedWidget *m_parameters; // one page per kind of weights, in WeightsSpec::Kind's order
    QDoubleSpinBox *m_snap;       // contiguity: snapping tolerance (m)
    QSpinBox *m_k;                // nearest neighbours
    QDoubleSpinBox *m_band;       // distance band (km)
    QLineEdit *m_file;            // GeoDa .gal or .gwt
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
    LatestRun m_runs;
};

} // namespace CityAtlas
