#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace CityAtlas {

// A field the user added to a layer, as a project keeps it so that the layer can be made
// again: a computed field by its expression (evaluated again on the layer as loaded), or the
// result of an analysis by its values at the rows the analysis used, with the kind of run
// that made them ("lisa", "evaluate", "coverage" ...).
struct LayerField
{
    enum class Kind { Computed, Result };

    Kind kind = Kind::Computed;
    Field field;
    QString expression;      // Computed
    QList<int> rows;         // Result: the rows the values belong to
    QList<QVariant> values;  // Result: one per entry of rows
    QString runKind;         // Result
    int layerRows = -1;      // Result: how many rows the layer had; values are not applied to another count

    static LayerField computed(const Field &field, const QString &expression);
    static LayerField result(const ResultColumn &column, const QList<int> &rows, const QString &runKind, int layerRows);
};

class LayerFields
{
public:
    // Adds the fields to the table in order (a field of an existing name replaces its values).
    // A field that cannot be made again (an expression that fails, results for another number
    // of rows) is left out with a warning naming the layer and the field.
    static IssueList apply(FeatureTable &table, const QList<LayerField> &fields, const QString &layerName);

    static QString toJson(const QList<LayerField> &fields); // empty when there are none
    static QList<LayerField> fromJson(const QString &json, IssueList *issues, const QString &where);
};

} // namespace CityAtlas
