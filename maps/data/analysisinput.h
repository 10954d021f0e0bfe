#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"

#include <QList>
#include <QStringList>

namespace CityAtlas {

// The columns an analysis needs, taken from a layer or table: the units that have every
// value they need, and a warning naming each unit left out.
struct AnalysisInput
{
    QList<int> rows;            // table rows of the units kept, ascending
    QList<double> values;       // the analysed field, one per kept unit
    QList<double> weights;      // empty without a weight field
    QList<int> groups;          // empty without a group field; else labels 0..groupNames.size()-1
    QStringList groupNames;     // in order of first appearance
    QStringList groupLabels;    // the group names in the interface language (see displayValue), for display
    QStringList unitNames;      // from the name field, or the row number
    IssueList issues;           // errors: missing or non-numeric fields, nothing left to analyse

    bool isValid() const { return !hasErrors(issues); }

    // Issues of an analysis over `values` name units by their index there; this names them
    // by unit name and table row instead, so that users can find them.
    IssueList attributed(IssueList analysisIssues, const QString &sourcePath) const;

    // weightField, groupField, nameField may be empty.
    static AnalysisInput fromTable(const FeatureTable &table, const QString &valueField,
                                   const QString &weightField = {}, const QString &groupField = {},
                                   const QString &nameField = {});
};

} // namespace CityAtlas
