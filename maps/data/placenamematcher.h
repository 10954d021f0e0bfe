#pragma once

#include "maps/data/gazetteer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace CityAtlas {

// How a place name found its unit (PlaceNameMatcher::match).
enum class MatchMethod {
    Exact,         // the unit's official full name (江油市, 朝阳市, 苏州工业园区: a zone, see AdminUnit::isZone) or its code
    ShortForm,     // the unit's short name (stem): 江油, 延边, 内蒙古
    WithParents,   // names of its parents first: 河北省石家庄市正定县, 北京市东城区, 朔州市平鲁区
    Renamed,       // a former name (datasets/china_division_changes.csv): 莱芜市 → 济南市, 襄樊市 → 襄阳市
    LongestPrefix, // a known name followed by the name of a zone inside it: 盐城市城南新区 → 盐城市
    Resolved,      // chosen by the user (aggregatePlaceNames' resolutions)
    Ambiguous,     // several units fit: see candidates
    Unmatched,     // no unit fits
};
QString matchMethodName(MatchMethod method); // "exact", "short_form", ... as in the CLI's JSON

struct PlaceMatch
{
    MatchMethod method = MatchMethod::Unmatched;
    QString code;           // the unit; empty when Ambiguous or Unmatched
    QStringList candidates; // Ambiguous: the codes that fit, in code order. ShortForm: the units
                            // inside `code` that share its short name (吉林 → 吉林市), if any
    QString matchedText;    // Renamed: the former name; LongestPrefix: the known prefix; else empty

    bool isMatched() const { return !code.isEmpty(); }
};

// Matches Chinese place names to the units of a Gazetteer. Never guesses: a name that fits
// units in different places is Ambiguous ("朝阳区": Beijing or Changchun), and names of parents
// before it narrow it down ("吉林省长春市朝阳区", "北京市朝阳区" are unambiguous). A short name
// shared by a unit and units inside it names the outer unit ("吉林" → 吉林省, not 吉林市;
// "长沙" → 长沙市, not 长沙县), with the inner ones listed in candidates.
// The order of trials: full name, short name, parents first, former names, longest known prefix
// followed by a zone-like remainder (ending in 区, 园, 城, 港, 镇, 乡, 街道, 基地 or 委员会).
class PlaceNameMatcher
{
public:
    explicit PlaceNameMatcher(const Gazetteer &gazetteer);

    PlaceMatch match(const QString &name) const;
    // The form names are compared in: full-width letters and digits made half-width (NFKC),
    // white space removed.
    static QString normalize(const QString &name);

    const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    enum class Form { Full, Short, Former };
    struct Entry
    {
        QString code;
        Form form;
    };
    // The units the whole of `text` names (full, short, or with parents first); formerNames:
    // also former names; method: what kind of match it was.
    QStringList resolve(const QString &text, bool formerNames, MatchMethod *method) const;
    QStringList codesOf(const QString &piece, bool formerNames, Form onlyForm, bool anyForm) const;
    void chains(const QString &text, int pos, const QString &within, bool formerNames, QStringList &finals) const;
    PlaceMatch decide(QStringList codes, MatchMethod method) const;

    const Gazetteer &m_gazetteer;
    QHash<QString, QList<Entry>> m_names;
    int m_longestName = 0;
};

} // namespace CityAtlas
