#pragma once

#include "analysis/feedback.h"
#include "analysis/issue.h"
#include "maps/data/tablejoin.h"
#include "maps/data/vectorreader.h"
#include "maps/project/layerfield.h"
#include "maps/project/projecttypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace CityAtlas {

class ProjectStore;

// A table joined onto a layer: its file (absolute) and layer, and how it was matched.
struct JoinStep
{
    QString tablePath;
    QString tableLayer;     // empty: the first layer of the file
    JoinSpec spec;          // match is Code or Name (the one the join used), fields empty: all; a pivot as chosen

    bool operator==(const JoinStep &) const = default;
};

// How a layer of the workbench was made, so that a project can make it again: a source
// file, the tables joined onto it in order, the fields the user added (computed, analysis
// results), its style (JSON owned by the style code), and what the panels chose for it.
struct LayerRecipe
{
    QString sourcePath;     // absolute path of the file
    QString layerName;      // layer inside it; empty: the first
    QString name;           // shown to the user
    QList<JoinStep> joins;
    QList<LayerField> fields; // added after the joins, in order
    QString styleJson;      // empty: no style recorded
    QJsonObject view;       // per panel ("imbalance", "spatial" ...): the choices it made for this layer
    QString encoding;       // text encoding chosen for a Shapefile without .cpg; empty: the file's own
    bool visible = true;    // shown on the map (the layers panel's check box)
    double opacity = 1.0;   // 0 … 1
    // Remote sources (and VRT ...) for the source and its tables: only from a project that allows them.
    SourceAccess access = SourceAccess::LocalOnly;

    bool isEmpty() const { return sourcePath.isEmpty(); }
    // The bundled province map, which loads with its statistics (BundledData::loadProvinceMap).
    bool isBundledProvinceMap() const;
};

// Recipes in and out of a project (the project records the layers, their joins, added fields and
// their styles, and opening it brings them back). A layer's style row holds the style's JSON
// (maps/style/stylecodec.h) with the members "visible" and "opacity" added.
class LayerRecipes
{
public:
    // Writes the recipe into the project: its layer (once, with its checksum), its name, joins,
    // added fields, style and panel choices, replacing what the project had for that layer.
    // Returns what could not be recorded.
    static IssueList record(ProjectStore &store, const LayerRecipe &recipe);
    // The id of the project's layer made from the recipe's file and layer, or 0.
    static qint64 layerId(const ProjectStore &store, const LayerRecipe &recipe);

    // The recipes of the project's layers whose sources may be read (ProjectStore::checkSources:
    // local regular files in self-contained formats, unless remote sources are allowed), in
    // the project's order. A join whose table may not be read is left out, with a warning.
    static QList<LayerRecipe> fromProject(const ProjectStore &store, IssueList *issues);
    // The same with the sources checked already (checkSources(), or OpenResult::sources).
    static QList<LayerRecipe> fromProject(const ProjectStore &store, const QList<SourceCheck> &checks, IssueList *issues);

    // Reads the source (the bundled province map with its statistics, or any file through
    // VectorReader), applies the joins in order and adds the fields. A join or field that fails
    // is a warning naming it; the layer stands. No table when the source cannot be read.
    static LoadResult load(const LayerRecipe &recipe, Feedback *feedback = nullptr);
};

} // namespace CityAtlas
