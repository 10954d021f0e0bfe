#include "maps/data/analysisjson.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CityAtlas::AnalysisJson {
namespace {

QJsonValue orNull(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

} // namespace

QJsonArray inequalityGroups(const InequalityReport &report, const QStringList &groupNames)
{
    QJsonArray groups;
    if (!report.theilTByGroup)
        return groups;
    for (int k = 0; k < report.theilTByGroup->groups.size(); ++k) {
        const TheilGroupTerm &t = report.theilTByGroup->groups[k];
        QJsonObject g{{u"group"_s, groupNames.value(t.group)}, {u"n"_s, t.unitCount},
                      {u"population_share"_s, t.populationShare}, {u"value_share"_s, t.valueShare},
                      {u"mean"_s, t.mean}, {u"theil_t_within"_s, t.within},
                      {u"theil_t_contribution"_s, t.withinContribution}};
        if (report.theilLByGroup && k < report.theilLByGroup->groups.size())
            g[u"theil_l_within"_s] = report.theilLByGroup->groups[k].within;
        if (report.giniByGroup && k < report.giniByGroup->groups.size())
            g[u"gini_within"_s] = report.giniByGroup->groups[k].gini;
        groups.append(g);
    }
    return groups;
}

QJsonObject inequality(const InequalityReport &report, const QStringList &groupNames)
{
    QJsonObject root{{u"n"_s, report.unitCount}, {u"gini"_s, orNull(report.gini)},
                     {u"theil_t"_s, orNull(report.theilT)}, {u"theil_l"_s, orNull(report.theilL)},
                     {u"cv"_s, orNull(report.coefficientOfVariation)}, {u"ge2"_s, orNull(report.halfSquaredCv)},
                     {u"cv_sd"_s, u"population (1/n)"_s}};
    if (const auto &t = report.theilTByGroup) {
        root[u"theil_t_within"_s] = t->within;
        root[u"theil_t_between"_s] = t->between;
    }
    if (const auto &l = report.theilLByGroup) {
        root[u"theil_l_within"_s] = l->within;
        root[u"theil_l_between"_s] = l->between;
    }
    if (const auto &g = report.giniByGroup) {
        root[u"gini_within"_s] = g->within;
        root[u"gini_net_between"_s] = g->netBetween;
        root[u"gini_transvariation"_s] = g->transvariation;
    }
    if (report.theilTByGroup)
        root[u"groups"_s] = inequalityGroups(report, groupNames);
    return root;
}

QJsonObject moran(const MoranResult &result)
{
    QJsonObject root{{u"I"_s, result.moranI}, {u"expected_I"_s, result.expectedI}};
    if (result.normality) {
        root[u"variance_normality"_s] = result.normality->variance;
        root[u"z_normality"_s] = result.normality->zScore;
        root[u"p_normality"_s] = result.normality->pGreater;
    }
    if (result.randomisation) {
        root[u"variance_randomization"_s] = result.randomisation->variance;
        root[u"z_randomization"_s] = result.randomisation->zScore;
        root[u"p_randomization"_s] = result.randomisation->pGreater;
    }
    if (const auto &p = result.permutation) {
        root[u"p_permutation"_s] = p->pseudoP;
        root[u"permutation_mean"_s] = p->mean;
        root[u"permutation_sd"_s] = p->standardDeviation;
    }
    return root;
}

QJsonObject lisaClusterCounts(const LocalMoranResult &result)
{
    QJsonObject counts;
    for (LisaCluster c : {LisaCluster::HighHigh, LisaCluster::LowLow, LisaCluster::LowHigh, LisaCluster::HighLow,
                          LisaCluster::NotSignificant})
        counts[lisaClusterKey(c)] = int(std::count(result.clusters.cbegin(), result.clusters.cend(), c));
    return counts;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace CityAtlas::AnalysisJson
