#pragma once

#include "analysis/inequalityreport.h"
#include "analysis/localmoran.h"
#include "analysis/moran.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace CityAtlas::AnalysisJson {

// Results as the command line prints them (--json) and a project keeps them (analysis_runs):
// one vocabulary of keys, so that a run saved from the GUI reads like the CLI's output.

// gini, theil_t, theil_l, cv, ge2 (null where undefined) and, with groups, the between/within
// parts of Theil T and L and of the Dagum Gini decomposition with one entry per group.
QJsonObject inequality(const InequalityReport &report, const QStringList &groupNames);
// One entry per group: n, shares, mean, within values of Theil T and L, and its Gini.
QJsonArray inequalityGroups(const InequalityReport &report, const QStringList &groupNames);

// I, expected_I, the normality/randomisation moments (as R spdep moran.test) and the
// permutation test (pseudo p, mean, sd) when there was one.
QJsonObject moran(const MoranResult &result);

// The number of units in each LISA cluster: HH, LL, LH, HL, ns.
QJsonObject lisaClusterCounts(const LocalMoranResult &result);

// The object as compact JSON text, as a project stores it.
QString compact(const QJsonObject &object);

// a with the keys of b added (b wins where both have a key).
QJsonObject merged(QJsonObject a, const QJsonObject &b);

} // namespace CityAtlas::AnalysisJson
