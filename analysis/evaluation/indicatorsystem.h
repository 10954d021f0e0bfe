#pragma once

#include "analysis/evaluation/evaluationinput.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CityAtlas {

// An indicator system: a tree of up to three levels (first-level dimensions, second-level
// indicators, third-level sub-items), as in GB/T 33356 (L1 惠民服务 → L1P1 政务服务 → L1P1-A1)
// or Giffinger et al.'s six smart-city dimensions. Headless: no file IO here
// (maps/data/indicatorsystemfile.h reads and writes the JSON templates).
//
// Weights are relative to the siblings: the weights of the children of one parent (or of the
// first-level indicators) sum to 1. The effective weight of an indicator in the composite
// index is the product of the weights on its path from the first level:
//     W(L1P1) = w(L1) · w(L1P1 | L1)          e.g. 0.37 · (8/37) = 0.08
// and the effective weights of all leaves sum to 1 when every sibling group sums to 1.
//
// Unsourced parts. Templates copy published systems, and the sources do not always give
// everything (GB/T 33356-2016: the first-level weights are sourced, the second-level weights
// only under L1, L2 only has names, L3–L8 have no second level in the sources). The model
// never fills such gaps:
//   - a weight that is not known is empty (std::optional), not 0 and not "equal";
//   - `sourced == false` marks an entry that is not backed by the cited source (an entry standing
//     for a known gap, a derived number, an uncertain name), with the reason in `sourceNote`;
//   - `childrenComplete == false` says the sources list only some (or none) of the
//     indicators below this one, so it is a leaf of the template but not of the standard.
// leafWeights() and firstLevelWeights() therefore return either all weights or an error that
// names every missing weight and says what can be done instead: evaluate on the first level
// (whose weights may be complete), or choose equal or data-driven weights (entropy, CRITIC,
// PCA) or an AHP matrix. Unsourced but present weights are used, with a Warning naming them.

struct Indicator
{
    QString id;     // unique in the system, e.g. "L1P1"
    QString nameZh; // 政务服务
    QString nameEn; // Government services
    QString unit;   // "%", "µg/m³", or empty for an index or a score
    Direction direction = Direction::Benefit;
    std::optional<double> weight; // relative to its siblings, in [0, 1]; empty when not known
    bool sourced = true;          // false: not backed by the cited source (see sourceNote)
    QString sourceNote;           // where the entry comes from, or why it is not sourced
    bool childrenComplete = true; // false: the sources name only some or none of its children
    QString column;               // column of an indicator table holding its values; empty: the id
    QString description;          // what is measured (free text)

    // The name in Chinese or English, the other one when that is empty, else the id.
    QString name(bool chinese) const;
};

// The result of asking for a set of effective weights.
struct IndicatorWeights
{
    QList<int> indicators; // indices into the system, in the order of `weights`
    QList<double> weights; // effective weights (products down the tree); empty on error
    IssueList issues;      // Errors: weights not available (each named); Warnings: unsourced parts used
    bool ok() const { return !hasErrors(issues); }
};

class IndicatorSystem
{
public:
    // How a file writes the weights; the model always holds sibling-relative weights.
    enum class WeightNotation {
        Relative,       // a node's weight is its share of its parent (siblings sum to 1)
        PercentOfTotal, // a node's weight is its share of the whole index in percent (GB/T tables:
                        // L1 37, L1P1 8); a child's relative weight is its percent / its parent's
    };

    struct Provenance
    {
        QString source;     // publication(s) the template copies
        QString confidence; // e.g. "first-level weights verified (3 sources)"
        QStringList notes;  // what is absent or uncertain, and why
    };

    static constexpr int MaxLevels = 3;

    QString id;
    QString nameZh;
    QString nameEn;
    Provenance provenance;

    // The system's name in Chinese or English, the other one when that is empty, else the id.
    QString name(bool chinese) const;
    WeightNotation weightNotation = WeightNotation::Relative;

    // Appends an indicator below `parent` (-1: first level) and returns its index. Indices stay
    // valid until clear(). A parent index out of range makes the indicator first-level.
    int addIndicator(const Indicator &indicator, int parent = -1);
    void clear();

    int count() const { return int(m_nodes.size()); }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    const Indicator &indicator(int index) const { return m_nodes.at(index).indicator; }
    Indicator &indicator(int index) { return m_nodes[index].indicator; }
    int parent(int index) const { return m_nodes.at(index).parent; }
    QList<int> children(int parent) const; // parent -1: the first level; in insertion order
    int level(int index) const;            // 1 for first-level indicators
    int firstLevelAncestor(int index) const;
    int indexOf(const QString &id) const;  // -1 when absent; exact match

    QList<int> firstLevel() const { return children(-1); }
    QList<int> leaves() const; // depth-first, in tree order
    int depth() const;         // number of levels used (0 when empty)

    // "L1P1 政务服务 (Government services)" — for messages.
    QString label(int index) const;

    // The effective weight of one indicator: the product of the weights on its path; empty when
    // a weight on the path is not known.
    std::optional<double> effectiveWeight(int index) const;
    // Effective weights of any set of indicators (each must be a valid index). Errors name each
    // indicator whose weight, or an ancestor's weight, is not known, and say what to use
    // instead; Warnings name unsourced weights that were used.
    IndicatorWeights effectiveWeights(const QList<int> &indicators) const;
    IndicatorWeights leafWeights() const { return effectiveWeights(leaves()); }
    IndicatorWeights firstLevelWeights() const { return effectiveWeights(firstLevel()); }

    // True when every weight of the tree is known (leaf weights are then available).
    bool hasCompleteWeights() const;
    // Indices of the entries marked sourced == false, and of those whose children are incomplete.
    QList<int> unsourcedIndicators() const;
    QList<int> incompleteIndicators() const;
    // One Warning per unsourced entry and per incomplete child list, for reports.
    IssueList unsourcedIssues() const;

    // Errors for each sibling group whose known weights do not sum to 1 within
    // WeightSumTolerance (naming the parent, or "the first level", and the sum; in percent of
    // the index when weightNotation is PercentOfTotal and the parent's weight is known); Errors for a
    // weight outside [0, 1] or not finite. A group where some weights are known and others not
    // gets a Warning (its leaf weights are unavailable); a group with no weights at all is
    // silent here (effectiveWeights() reports it when asked).
    IssueList checkSiblingWeights() const;
    // checkSiblingWeights() plus: empty or duplicate ids, more than MaxLevels levels, empty
    // system, an indicator without any name.
    IssueList validate() const;

private:
    struct Node
    {
        Indicator indicator;
        int parent = -1;
        QList<int> children;
    };
    QList<Node> m_nodes;
    QList<int> m_roots;
};

QString directionName(Direction direction); // "benefit" / "cost"

} // namespace CityAtlas
