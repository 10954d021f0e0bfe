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
class MoranScatterChart;
struct SpatialJob;

// Spatial autocorrelation of one variable: spatial weights (contiguity, nearest neighbours,
// distance band) with an explicit isolate policy, global Moran's I with its tests, the Moran
// scatter plot and the LISA cluster map. Permutations run off the UI thread, cancellable.
class SpatialPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpatialPanel(QWidget *parent = nullptr);
    void setLayer(std::shared_ptr<const FeatureTable> layer);
    // Selecting points in the Moran scatter plot selects the units, and the other way round.
    void setSelection(FeatureSelection *selection);
    void run();

signals:
    void clusterMapReady(std::shared_ptr<const CityAtlas::MapStyle> style);
    // Per-unit results (local I, z, p, cluster, lag) to add to the layer as fields.
    void resultColumnsReady(const QList<int> &rows, const QList<CityAtlas::ResultColumn> &columns);
    void finished();
    // A finished computation, for the project's analysis history (kind "moran": global
    // Moran's I with its LISA cluster counts).
    void runRecorded(const CityAtlas::AnalysisRun &run);

private:
    void updateParameter();
    void showSelectionInScatter();
    void show(const SpatialJob &job);
    static QList<ResultColumn> resultColumns(const SpatialJob &job);
    AnalysisRun record(const SpatialJob &job) const;

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
    FeatureSelection *m_selection = nullptr;
    QList<int> m_scatterRows; // table row of each point of the scatter plot
};

} // namespace CityAtlas
