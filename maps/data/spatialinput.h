#pragma once

#include "analysis/spatialweights.h"
#include "maps/data/analysisinput.h"

namespace CityAtlas {

// Which spatial weights to build, as the user chose them.
struct WeightsSpec
{
    enum class Kind { Queen, Rook, KNearest, DistanceBand, File };
    enum class IsolatePolicy { Refuse, Exclude, Attach };

    Kind kind = Kind::Queen;
    double snapMetres = 100.0;  // contiguity tolerance
    int k = 4;                  // k nearest neighbours
    double bandKm = 0.0;        // distance band
    QString file;               // GeoDa .gal or .gwt
    QString idField;            // unit ids: GB/T 2260 code by default when the layer has one
    IsolatePolicy isolates = IsolatePolicy::Refuse;
    int attachK = 1;            // neighbours given to each isolate with IsolatePolicy::Attach

    // "queen", "rook", "knn:6", "band:500" (km), or a path to a .gal/.gwt file.
    static bool parse(const QString &text, WeightsSpec *spec, QString *error);
    // "exclude", "attach" or "attach:K".
    static bool parseIsolates(const QString &text, WeightsSpec *spec, QString *error);
    QString description() const; // "queen contiguity, snap 100 m", for reports
};

// What a spatial statistic needs: the values of the units that have one, and weights
// among exactly those units, with the isolate policy applied.
struct SpatialInput
{
    SpatialWeights weights;
    SpatialWeights layerWeights; // binary, among all the layer's units: what a GAL/GWT file should hold
    QList<int> rows;          // table rows of the analysed units, aligned with values
    QList<double> values;
    QStringList unitNames;
    IssueList issues;
    QStringList isolates;            // names of the units that had no neighbour (excluded, attached or refused)
    bool needsIsolatePolicy = false; // refused: some units have no neighbour and no policy was chosen

    bool isValid() const { return !hasErrors(issues); }

    static SpatialInput build(const FeatureTable &layer, const QString &valueField, const WeightsSpec &spec,
                              const QString &nameField = {});
};

// GeoDa weights files, read and written through QSaveFile.
struct WeightsFile
{
    static WeightsResult read(const QString &path, const QStringList &expectedIds);
    static QString write(const SpatialWeights &weights, const QString &path, const QString &layer, const QString &key);
};

} // namespace CityAtlas
