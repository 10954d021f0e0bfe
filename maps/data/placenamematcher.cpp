#include "maps/data/placenamematcher.h"

#include "maps/data/adminkeys.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CityAtlas {

QString matchMethodName(MatchMethod method)
{
    switch (method) {
    case MatchMethod::Exact: return u"exact"_s;
    case MatchMethod::ShortForm: return u"short_form"_s;
    case MatchMethod::WithParents: return u"with_parents"_s;
    case MatchMethod::Renamed: return u"renamed"_s;
    case MatchMethod::LongestPrefix: return u"longest_prefix"_s;
    case MatchMethod::Resolved: return u"resolved"_s;
    case MatchMethod::Ambiguous: return u"ambiguous"_s;
    case MatchMethod::Unmatched: return u"unmatched"_s;
    }
    return {};
}

PlaceNameMatcher::PlaceNameMatcher(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
    auto add = [this](const QString &text, const QString &code, Form form) {
        const QString key = normalize(text);
        if (key.isEmpty())
            return;
        QList<Entry> &entries = m_names[key];
        for (const Entry &e : std::as_const(entries))
            if (e.code == code)
                return; // a short name equal to the full name
        entries << Entry{code, form};
        m_longestName = std::max(m_longestName, int(key.size()));
    };
    for (const AdminUnit &unit : gazetteer.units()) {
        add(unit.name, unit.code, Form::Full);
        add(unit.shortName, unit.code, Form::Short);
    }
    for (const DivisionChange &change : gazetteer.changes())
        add(change.oldName, change.newCode, Form::Former);
}

QString PlaceNameMatcher::normalize(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_KC);
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

QStringList PlaceNameMatcher::codesOf(const QString &piece, bool formerNames, Form onlyForm, bool anyForm) const
{
    QStringList codes;
    for (const Entry &e : m_names.value(piece)) {
        if (e.form == Form::Former && !formerNames)
            continue;
        if (anyForm || e.form == onlyForm)
            codes << e.code;
    }
    return codes;
}

// Every unit that ends a split of text[pos..] into names, each inside the one before it.
void PlaceNameMatcher::chains(const QString &text, int pos, const QString &within, bool formerNames, QStringList &finals) const
{
    const int rest = int(text.size()) - pos;
    for (int length = std::min(rest, m_longestName); length >= 1; --length) {
        // The first piece must leave something: a name on its own is not a split.
        if (within.isEmpty() && length == rest)
            continue;
        for (const QString &code : codesOf(text.mid(pos, length), formerNames, Form::Full, true)) {
            if (!within.isEmpty() && !m_gazetteer.isWithin(code, within))
                continue;
            if (length == rest) {
                if (!finals.contains(code))
                    finals << code;
            } else {
                chains(text, pos + length, code, formerNames, finals);
            }
        }
    }
}

QStringList PlaceNameMatcher::resolve(const QString &text, bool formerNames, MatchMethod *method) const
{
    if (formerNames) {
        // Only former names here: the current ones were tried first.
        QStringList codes;
        for (const Entry &e : m_names.value(text))
            if (e.form == Form::Former)
                codes << e.code;
        if (codes.isEmpty())
            chains(text, 0, {}, true, codes);
        *method = MatchMethod::Renamed;
        return codes;
    }
    QStringList codes = codesOf(text, false, Form::Full, false);
    *method = MatchMethod::Exact;
    if (codes.isEmpty()) {
        codes = codesOf(text, false, Form::Short, false);
        *method = MatchMethod::ShortForm;
    }
    if (codes.isEmpty()) {
        chains(text, 0, {}, false, codes);
        *method = MatchMethod::WithParents;
    }
    return codes;
}

PlaceMatch PlaceNameMatcher::decide(QStringList codes, MatchMethod method) const
{
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    PlaceMatch match;
    if (codes.isEmpty())
        return match;
    // One unit holding all the others: it is the one named (吉林 → 吉林省).
    for (const QString &outer : std::as_const(codes)) {
        const bool holdsAll = std::all_of(codes.cbegin(), codes.cend(), [&](const QString &c) {
            return c == outer || m_gazetteer.isWithin(c, outer);
        });
        if (holdsAll) {
            match.method = method;
            match.code = outer;
            codes.removeOne(outer);
            match.candidates = codes;
            return match;
        }
    }
    match.method = MatchMethod::Ambiguous;
    match.candidates = codes;
    return match;
}

namespace {
// What may follow a known name in the name of a zone or place inside it.
bool looksLikeZone(const QString &remainder)
{
    static const QStringList endings{u"区"_s, u"园"_s, u"城"_s, u"港"_s, u"镇"_s, u"乡"_s, u"街道"_s, u"基地"_s, u"委员会"_s};
    return std::any_of(endings.cbegin(), endings.cend(), [&](const QString &e) { return remainder.endsWith(e); });
}
} // namespace

PlaceMatch PlaceNameMatcher::match(const QString &name) const
{
    const QString text = normalize(name);
    if (text.isEmpty())
        return {};
    // A GB/T 2260 code of a unit names it.
    if (const QString code = AdminKeys::normalizeCode(text); !code.isEmpty() && m_gazetteer.unit(code))
        return PlaceMatch{MatchMethod::Exact, code, {}, {}};
    MatchMethod method = MatchMethod::Exact;
    for (bool formerNames : {false, true}) {
        const QStringList codes = resolve(text, formerNames, &method);
        if (!codes.isEmpty()) {
            PlaceMatch match = decide(codes, method);
            if (method == MatchMethod::Renamed)
                match.matchedText = text;
            return match;
        }
    }
    for (int length = int(text.size()) - 1; length >= 2; --length) {
        const QString prefix = text.left(length);
        if (!looksLikeZone(text.mid(length)))
            continue;
        for (bool formerNames : {false, true}) {
            const QStringList codes = resolve(prefix, formerNames, &method);
            if (codes.isEmpty())
                continue;
            PlaceMatch match = decide(codes, MatchMethod::LongestPrefix);
            match.matchedText = prefix;
            return match;
        }
    }
    return {};
}

} // namespace CityAtlas
