#include "analysis/evaluation/indicatorsystem.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {

struct IndicatorSystemTr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::IndicatorSystem)
};

Issue indicatorIssue(Issue::Severity severity, const QString &message, const QString &field = {})
{
    Issue issue = severity == Issue::Severity::Error ? Issue::error(message) : Issue::warning(message);
    issue.field = field;
    return issue;
}

} // namespace

QString directionName(Direction direction)
{
    return direction == Direction::Cost ? u"cost"_s : u"benefit"_s;
}

namespace {
QString nameIn(bool chinese, const QString &zh, const QString &en, const QString &id)
{
    const QString &first = chinese ? zh : en, &second = chinese ? en : zh;
    return !first.isEmpty() ? first : !second.isEmpty() ? second : id;
}
} // namespace

QString Indicator::name(bool chinese) const
{
    return nameIn(chinese, nameZh, nameEn, id);
}

QString IndicatorSystem::name(bool chinese) const
{
    return nameIn(chinese, nameZh, nameEn, id);
}

int IndicatorSystem::addIndicator(const Indicator &indicator, int parent)
{
    if (parent < -1 || parent >= m_nodes.size())
        parent = -1;
    const int index = int(m_nodes.size());
    m_nodes.append(Node{indicator, parent, {}});
    if (parent < 0)
        m_roots.append(index);
    else
        m_nodes[parent].children.append(index);
    return index;
}

void IndicatorSystem::clear()
{
    m_nodes.clear();
    m_roots.clear();
}

QList<int> IndicatorSystem::children(int parent) const
{
    if (parent < 0)
        return m_roots;
    return m_nodes.at(parent).children;
}

int IndicatorSystem::level(int index) const
{
    int level = 1;
    for (int p = m_nodes.at(index).parent; p >= 0; p = m_nodes.at(p).parent)
        ++level;
    return level;
}

int IndicatorSystem::firstLevelAncestor(int index) const
{
    while (m_nodes.at(index).parent >= 0)
        index = m_nodes.at(index).parent;
    return index;
}

int IndicatorSystem::indexOf(const QString &id) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].indicator.id == id)
            return i;
    return -1;
}

QList<int> IndicatorSystem::leaves() const
{
    QList<int> result;
    // Depth-first, children in insertion order.
    QList<int> stack(m_roots.crbegin(), m_roots.crend());
    while (!stack.isEmpty()) {
        const int node = stack.takeLast();
        const QList<int> &kids = m_nodes.at(node).children;
        if (kids.isEmpty())
            result.append(node);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return result;
}

int IndicatorSystem::depth() const
{
    int depth = 0;
    for (int i = 0; i < m_nodes.size(); ++i)
        depth = std::max(depth, level(i));
    return depth;
}

QString IndicatorSystem::label(int index) const
{
    const Indicator &ind = m_nodes.at(index).indicator;
    QString text = ind.id;
    if (!ind.nameZh.isEmpty())
        text += u' ' + ind.nameZh;
    if (!ind.nameEn.isEmpty())
        text += ind.nameZh.isEmpty() ? u' ' + ind.nameEn : u" ("_s + ind.nameEn + u')';
    return text;
}

std::optional<double> IndicatorSystem::effectiveWeight(int index) const
{
    double product = 1.0;
    for (int node = index; node >= 0; node = m_nodes.at(node).parent) {
        const std::optional<double> &w = m_nodes.at(node).indicator.weight;
        if (!w)
            return std::nullopt;
        product *= *w;
    }
    return product;
}

IndicatorWeights IndicatorSystem::effectiveWeights(const QList<int> &indicators) const
{
    IndicatorWeights result;
    result.indicators = indicators;
    QList<int> missing;   // nodes whose own weight is unknown, each listed once
    QList<int> unsourced; // unsourced nodes on the paths, each listed once
    QList<double> weights;
    for (int index : indicators) {
        double product = 1.0;
        bool known = true;
        for (int node = index; node >= 0; node = m_nodes.at(node).parent) {
            const Indicator &ind = m_nodes.at(node).indicator;
            if (!ind.weight) {
                known = false;
                if (!missing.contains(node))
                    missing.append(node);
                continue;
            }
            product *= *ind.weight;
            if (!ind.sourced && !unsourced.contains(node))
                unsourced.append(node);
        }
        weights.append(known ? product : 0.0);
    }
    const QString name = nameEn.isEmpty() ? id : nameEn;
    for (int node : missing) {
        const int p = m_nodes.at(node).parent;
        const QString where = p < 0 ? IndicatorSystemTr::tr("on the first level")
                                    : IndicatorSystemTr::tr("under %1").arg(label(p));
        const Indicator &ind = m_nodes.at(node).indicator;
        const QString why = ind.sourceNote.isEmpty() ? QString() : u" ("_s + ind.sourceNote + u')';
        result.issues.append(indicatorIssue(
            Issue::Severity::Error,
            IndicatorSystemTr::tr("%1: the weight of %2 %3 is not given%4, so the template weights of the "
                                  "indicators below it are unavailable. Evaluate on the first level, or use "
                                  "equal weights, data-driven weights (entropy, CRITIC, PCA) or an AHP matrix; "
                                  "the template's missing weights are never filled in.")
                .arg(name, label(node), where, why),
            ind.id));
    }
    if (!missing.isEmpty())
        return result; // weights stay empty
    for (int node : unsourced) {
        const Indicator &ind = m_nodes.at(node).indicator;
        result.issues.append(indicatorIssue(
            Issue::Severity::Warning,
            IndicatorSystemTr::tr("%1: the weight %2 of %3 is not sourced: %4")
                .arg(name, QString::number(*ind.weight, 'g', 6), label(node),
                     ind.sourceNote.isEmpty() ? IndicatorSystemTr::tr("no source note") : ind.sourceNote),
            ind.id));
    }
    result.weights = weights;
    return result;
}

bool IndicatorSystem::hasCompleteWeights() const
{
    for (const Node &node : m_nodes)
        if (!node.indicator.weight)
            return false;
    return !m_nodes.isEmpty();
}

QList<int> IndicatorSystem::unsourcedIndicators() const
{
    QList<int> result;
    for (int i = 0; i < m_nodes.size(); ++i)
        if (!m_nodes[i].indicator.sourced)
            result.append(i);
    return result;
}

QList<int> IndicatorSystem::incompleteIndicators() const
{
    QList<int> result;
    for (int i = 0; i < m_nodes.size(); ++i)
        if (!m_nodes[i].indicator.childrenComplete)
            result.append(i);
    return result;
}

IssueList IndicatorSystem::unsourcedIssues() const
{
    IssueList issues;
    const QString name = nameEn.isEmpty() ? id : nameEn;
    for (int i : unsourcedIndicators())
        issues.append(indicatorIssue(Issue::Severity::Warning,
                                     IndicatorSystemTr::tr("%1: %2 is not sourced: %3")
                                         .arg(name, label(i), m_nodes[i].indicator.sourceNote),
                                     m_nodes[i].indicator.id));
    for (int i : incompleteIndicators())
        issues.append(indicatorIssue(Issue::Severity::Warning,
                                     IndicatorSystemTr::tr("%1: the indicators below %2 are not all listed "
                                                           "(the sources name %3 of them).")
                                         .arg(name, label(i))
                                         .arg(m_nodes[i].children.size()),
                                     m_nodes[i].indicator.id));
    return issues;
}

IssueList IndicatorSystem::checkSiblingWeights() const
{
    IssueList issues;
    const QString name = nameEn.isEmpty() ? id : nameEn;
    QList<int> parents{-1};
    for (int i = 0; i < m_nodes.size(); ++i)
        if (!m_nodes[i].children.isEmpty())
            parents.append(i);
    for (int parent : parents) {
        const QList<int> group = children(parent);
        if (group.isEmpty())
            continue;
        const QString where = parent < 0 ? IndicatorSystemTr::tr("the first-level indicators")
                                         : IndicatorSystemTr::tr("the indicators under %1").arg(label(parent));
        double sum = 0.0;
        int known = 0;
        bool valid = true;
        for (int child : group) {
            const Indicator &ind = m_nodes.at(child).indicator;
            if (!ind.weight)
                continue;
            ++known;
            if (!std::isfinite(*ind.weight) || *ind.weight < 0.0 || *ind.weight > 1.0) {
                valid = false;
                issues.append(indicatorIssue(Issue::Severity::Error,
                                             IndicatorSystemTr::tr("%1: the weight of %2 is %3; a weight relative to "
                                                                   "its siblings must lie between 0 and 1.")
                                                 .arg(name, label(child), QString::number(*ind.weight, 'g', 10)),
                                             ind.id));
                continue;
            }
            sum += *ind.weight;
        }
        if (!valid || known == 0)
            continue;
        const Indicator *parentIndicator = parent < 0 ? nullptr : &m_nodes.at(parent).indicator;
        if (known < group.size()) {
            issues.append(indicatorIssue(Issue::Severity::Warning,
                                         IndicatorSystemTr::tr("%1: only %2 of the %3 weights of %4 are given (sum %5); "
                                                               "their template leaf weights are unavailable.")
                                             .arg(name)
                                             .arg(known)
                                             .arg(group.size())
                                             .arg(where, QString::number(sum, 'g', 10)),
                                         parentIndicator ? parentIndicator->id : QString()));
            if (sum > 1.0 + WeightSumTolerance)
                issues.append(indicatorIssue(Issue::Severity::Error,
                                             IndicatorSystemTr::tr("%1: the given weights of %2 already sum to %3, "
                                                                   "more than 1.")
                                                 .arg(name, where, QString::number(sum, 'g', 10)),
                                             parentIndicator ? parentIndicator->id : QString()));
            continue;
        }
        if (std::abs(sum - 1.0) <= WeightSumTolerance)
            continue;
        const std::optional<double> parentShare = parent < 0 ? std::optional<double>(1.0) : effectiveWeight(parent);
        if (weightNotation == WeightNotation::PercentOfTotal && parentShare) {
            const auto percent = [](double v) { return QString::number(v * 100.0, 'g', 10); };
            issues.append(indicatorIssue(Issue::Severity::Error,
                                         parent < 0 ? IndicatorSystemTr::tr("%1: the first-level weights sum to %2 % "
                                                                            "of the index; they must sum to 100 %.")
                                                          .arg(name, percent(sum))
                                                    : IndicatorSystemTr::tr("%1: the weights of %2 sum to %3 % of the "
                                                                            "index, but %4 has %5 %; they must be equal.")
                                                          .arg(name, where, percent(sum * *parentShare),
                                                               parentIndicator->id, percent(*parentShare)),
                                         parentIndicator ? parentIndicator->id : QString()));
        } else {
            issues.append(indicatorIssue(Issue::Severity::Error,
                                         IndicatorSystemTr::tr("%1: the weights of %2 sum to %3; sibling weights must "
                                                               "sum to 1.")
                                             .arg(name, where, QString::number(sum, 'g', 10)),
                                         parentIndicator ? parentIndicator->id : QString()));
        }
    }
    return issues;
}

IssueList IndicatorSystem::validate() const
{
    IssueList issues;
    const QString name = nameEn.isEmpty() ? id : nameEn;
    if (m_nodes.isEmpty()) {
        issues.append(indicatorIssue(Issue::Severity::Error,
                                     IndicatorSystemTr::tr("%1: the indicator system has no indicators.").arg(name)));
        return issues;
    }
    QSet<QString> ids;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Indicator &ind = m_nodes[i].indicator;
        if (ind.id.trimmed().isEmpty())
            issues.append(indicatorIssue(Issue::Severity::Error,
                                         IndicatorSystemTr::tr("%1: indicator %2 (%3) has no id.")
                                             .arg(name)
                                             .arg(i)
                                             .arg(ind.nameEn.isEmpty() ? ind.nameZh : ind.nameEn)));
        else if (ids.contains(ind.id))
            issues.append(indicatorIssue(Issue::Severity::Error,
                                         IndicatorSystemTr::tr("%1: the id '%2' is used more than once; ids must be unique.")
                                             .arg(name, ind.id),
                                         ind.id));
        ids.insert(ind.id);
        if (ind.nameZh.trimmed().isEmpty() && ind.nameEn.trimmed().isEmpty())
            issues.append(indicatorIssue(Issue::Severity::Error,
                                         IndicatorSystemTr::tr("%1: indicator '%2' has neither a Chinese nor an English name.")
                                             .arg(name, ind.id),
                                         ind.id));
        if (level(i) > MaxLevels)
            issues.append(indicatorIssue(Issue::Severity::Error,
                                         IndicatorSystemTr::tr("%1: %2 is on level %3; an indicator system has at most "
                                                               "%4 levels.")
                                             .arg(name, label(i))
                                             .arg(level(i))
                                             .arg(MaxLevels),
                                         ind.id));
    }
    issues.append(checkSiblingWeights());
    return issues;
}

} // namespace CityAtlas
