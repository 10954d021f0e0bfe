#include "maps/project/reviewcatalog.h"

#include "maps/data/adminkeys.h"
#include "maps/data/bundleddata.h"
#include "maps/data/gdalsession.h"
#include "maps/data/vectorreader.h"

#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QObject>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of ReviewCatalog.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReviewCatalog)
};
} // namespace

namespace {

struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReviewText)
};

using Rows = QList<QHash<QString, QString>>;

// Attribute columns of a layer, without reading geometries (the prefecture map has half a
// million vertices that the catalog does not need).
Rows readAttributes(const QString &path, const QStringList &fields, IssueList &issues)
{
    Rows rows;
    QString error;
    GDALDatasetUniquePtr dataset = openVectorDataset(path, SourceAccess::LocalOnly, &error);
    OGRLayer *layer = dataset ? dataset->GetLayer(0) : nullptr;
    if (!layer) {
        issues << Issue::error(error.isEmpty() ? Tr::tr("%1: the dataset has no layer").arg(path) : error, path);
        return rows;
    }
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    QList<int> indexes;
    for (const QString &field : fields) {
        const int index = defn->GetFieldIndex(field.toUtf8().constData());
        if (index < 0) {
            issues << Issue::error(Tr::tr("%1: expected a column '%2'").arg(path, field), path);
            return {};
        }
        indexes << index;
    }
    const char *ignored[] = {"OGR_GEOMETRY", nullptr};
    layer->SetIgnoredFields(ignored);
    layer->ResetReading();
    for (auto &feature : *layer) {
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < fields.size(); ++i)
            row.insert(fields[i], QString::fromUtf8(feature->GetFieldAsString(indexes[i])).trimmed());
        rows << row;
    }
    return rows;
}

// A small table through the same reader as every user table.
Rows readTable(const QString &path, const QStringList &fields, IssueList &issues)
{
    const LoadResult loaded = VectorReader::read(path);
    if (!loaded.table) {
        issues << loaded.issues;
        return {};
    }
    const FeatureTable &t = *loaded.table;
    Rows rows;
    QList<int> indexes;
    for (const QString &field : fields) {
        indexes << t.fieldIndex(field);
        if (indexes.last() < 0) {
            issues << Issue::error(Tr::tr("%1: expected a column '%2'").arg(path, field), path);
            return {};
        }
    }
    for (int r = 0; r < t.rowCount(); ++r) {
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < fields.size(); ++i)
            row.insert(fields[i], t.value(r, indexes[i]).toString().trimmed());
        rows << row;
    }
    return rows;
}

// Names of new areas and urban clusters compared as written, apart from case, spaces,
// apostrophes, dashes and the words for "urban agglomeration".
QString exactKey(const QString &text)
{
    QString key;
    for (const QChar c : text.toLower())
        if (!c.isSpace() && !QStringView(u"'’‘`-–—‐·.,").contains(c))
            key += c;
    for (const QString &suffix : {u"urbanagglomeration"_s, u"urbancluster"_s, u"城市群"_s})
        if (key.endsWith(suffix) && key.size() > suffix.size())
            key.chop(suffix.size());
    return key;
}

const QSet<QString> Municipalities{u"11"_s, u"12"_s, u"31"_s, u"50"_s};

} // namespace

QString reviewLevelKey(ReviewLevel level)
{
    switch (level) {
    case ReviewLevel::ViceProvincialAndAbove:
        return u"vice_provincial_and_above"_s;
    case ReviewLevel::PrefectureCity:
        return u"prefecture_city"_s;
    case ReviewLevel::NationalNewArea:
        return u"national_new_area"_s;
    case ReviewLevel::County:
        return u"county"_s;
    case ReviewLevel::UrbanCluster:
        return u"urban_cluster"_s;
    }
    return {};
}

QString reviewLevelName(ReviewLevel level)
{
    switch (level) {
    case ReviewLevel::ViceProvincialAndAbove:
        return ReviewText::tr("Vice-provincial level and above");
    case ReviewLevel::PrefectureCity:
        return ReviewText::tr("Prefecture-level city (excluding vice-provincial level)");
    case ReviewLevel::NationalNewArea:
        return ReviewText::tr("National-level new area");
    case ReviewLevel::County:
        return ReviewText::tr("County-level");
    case ReviewLevel::UrbanCluster:
        return ReviewText::tr("National urban clusters");
    }
    return {};
}

ReviewCatalog::Sources ReviewCatalog::bundledSources()
{
    return {BundledData::provincesPath(), BundledData::prefecturesPath(), BundledData::path(u"review/vice_provincial_cities.csv"_s),
            BundledData::path(u"review/national_new_areas.csv"_s), BundledData::path(u"review/urban_clusters.csv"_s)};
}

ReviewCatalog::LoadResult ReviewCatalog::loadBundled()
{
    return load(bundledSources());
}

void ReviewCatalog::addUnit(const ReviewUnit &unit, const QStringList &exactNames, const QStringList &names)
{
    m_units.insert(unit.id, unit);
    const auto add = [&](QHash<QString, QStringList> &index, const QString &key) {
        if (!key.isEmpty() && !index[key].contains(unit.id))
            index[key].append(unit.id);
    };
    add(m_exact, exactKey(unit.id));
    for (const QString &name : exactNames)
        add(m_exact, exactKey(name));
    for (const QString &name : names)
        add(m_names, AdminKeys::normalizeName(name));
}

ReviewCatalog::LoadResult ReviewCatalog::load(const Sources &sources)
{
    LoadResult result;
    ReviewCatalog c;
    const Rows provinces = readAttributes(sources.provinces, {u"code"_s, u"name_zh"_s, u"name_en"_s}, result.issues);
    const Rows prefectures = readAttributes(sources.prefectures, {u"code"_s, u"code_2023"_s, u"name_zh"_s, u"name_short_zh"_s,
                                                                  u"name_en"_s, u"pinyin"_s, u"parent_code"_s, u"level"_s},
                                            result.issues);
    const Rows vice = readTable(sources.viceProvincial, {u"code"_s, u"name_zh"_s, u"name_en"_s, u"province_code"_s}, result.issues);
    const QStringList areaFields{u"id"_s, u"name_zh"_s, u"name_short_zh"_s, u"name_en"_s};
    const Rows areas = readTable(sources.newAreas, areaFields + QStringList{u"province_code"_s}, result.issues);
    const Rows clusters = readTable(sources.urbanClusters, areaFields, result.issues);
    if (hasErrors(result.issues))
        return result;

    QSet<QString> viceCodes;
    for (const auto &row : vice) {
        const QString code = AdminKeys::normalizeCode(row[u"code"_s]);
        viceCodes.insert(code);
        c.addUnit({code, row[u"name_zh"_s], row[u"name_en"_s], ReviewLevel::ViceProvincialAndAbove, row[u"province_code"_s]},
                  {row[u"name_zh"_s]}, {row[u"name_zh"_s], row[u"name_en"_s]});
    }
    for (const auto &row : areas)
        c.addUnit({row[u"id"_s], row[u"name_zh"_s], row[u"name_en"_s], ReviewLevel::NationalNewArea, row[u"province_code"_s]},
                  {row[u"name_zh"_s], row[u"name_short_zh"_s], row[u"name_en"_s]}, {});
    for (const auto &row : clusters)
        c.addUnit({row[u"id"_s], row[u"name_zh"_s], row[u"name_en"_s], ReviewLevel::UrbanCluster, {}},
                  {row[u"name_zh"_s], row[u"name_short_zh"_s], row[u"name_en"_s]}, {});

    // Units of no level, to say why a name does not match. Only full Chinese names match
    // exactly (吉林省 is the province); other spellings only when no city has them (Jilin).
    const auto other = [&](const QStringList &codes, const QString &fullName, const QStringList &names,
                           const QString &description) {
        for (const QString &code : codes)
            if (!code.isEmpty() && !c.m_units.contains(code))
                c.m_otherExact.insert(code, description);
        if (!fullName.isEmpty())
            c.m_otherExact.insert(exactKey(fullName), description);
        for (const QString &name : names)
            if (!name.isEmpty())
                c.m_otherNames.insert(AdminKeys::normalizeName(name), description);
    };
    for (const auto &row : provinces) {
        const QString code = row[u"code"_s];
        c.m_provincePrefixes.insert(code.left(2));
        if (!viceCodes.contains(code))
            other({code}, row[u"name_zh"_s], {row[u"name_en"_s]},
                  ReviewText::tr("%1 (%2) is a provincial-level division; the review counts cities, new areas and urban clusters")
                      .arg(row[u"name_en"_s], code));
    }
    QSet<QString> seenVice;
    for (const auto &row : prefectures) {
        const QString code = row[u"code"_s], current = row[u"code_2023"_s], level = row[u"level"_s];
        for (const QString &k : {code, current})
            if (!k.isEmpty())
                c.m_prefecturePrefixes.insert(k.left(4));
        if (!current.isEmpty() && current != code)
            c.m_codeAliases.insert(code, current);
        const QStringList names{row[u"name_zh"_s], row[u"name_short_zh"_s], row[u"name_en"_s], row[u"pinyin"_s]};
        if (viceCodes.contains(current)) {
            seenVice.insert(current);
            if (level == u"prefecture-level city"_s) // more spellings of the sub-provincial cities
                c.addUnit(c.m_units.value(current), {}, {row[u"name_short_zh"_s], row[u"pinyin"_s]});
            continue;
        }
        if (level == u"prefecture-level city"_s && !current.isEmpty()) {
            c.addUnit({current, row[u"name_zh"_s], row[u"name_en"_s], ReviewLevel::PrefectureCity, row[u"parent_code"_s]},
                      {row[u"name_zh"_s]}, names);
        } else if (level == u"county-level under province"_s && !current.isEmpty()) {
            c.addUnit({current, row[u"name_zh"_s], row[u"name_en"_s], ReviewLevel::County, row[u"parent_code"_s]},
                      {row[u"name_zh"_s]}, names);
        } else {
            const QString why = current.isEmpty() && level == u"prefecture-level city"_s
                ? ReviewText::tr("%1 (%2) no longer exists (not in the 2023 code list)").arg(row[u"name_en"_s], code)
                : ReviewText::tr("%1 (%2) is a unit of level '%3', which is not one of the review's levels")
                      .arg(row[u"name_en"_s], code, level);
            other({code, current}, row[u"name_zh"_s], names, why);
        }
    }
    for (const QString &code : viceCodes)
        if (!seenVice.contains(code))
            result.issues << Issue::warning(Tr::tr("%1: unit %2 is not in %3").arg(sources.viceProvincial, code, sources.prefectures),
                                            sources.viceProvincial);
    result.catalog = std::move(c);
    return result;
}

UnitMatch ReviewCatalog::byIds(const QStringList &ids, const QString &text) const
{
    if (ids.size() == 1)
        return {m_units.value(ids.first()), {}};
    QStringList candidates;
    for (const QString &id : ids) {
        const ReviewUnit &u = m_units[id];
        candidates << u"%1 %2 (%3)"_s.arg(u.nameZh, u.nameEn, u.id);
    }
    return {std::nullopt, ReviewText::tr("unit '%1' is ambiguous (%2); give its code").arg(text, candidates.join(u", "_s))};
}

std::optional<ReviewUnit> ReviewCatalog::countyByCode(const QString &code) const
{
    if (code.size() != 6 || code.endsWith(u"00"_s) || !m_provincePrefixes.contains(code.left(2)))
        return std::nullopt;
    const QString middle = code.mid(2, 2);
    const bool underPrefecture = m_prefecturePrefixes.contains(code.left(4)) && middle != u"00"_s;
    const bool underProvince = middle == u"90"_s;
    const bool underMunicipality = Municipalities.contains(code.left(2)) && (middle == u"01"_s || middle == u"02"_s);
    if (!underPrefecture && !underProvince && !underMunicipality)
        return std::nullopt;
    return ReviewUnit{code, {}, {}, ReviewLevel::County, code.left(2) + u"0000"_s};
}

std::optional<ReviewUnit> ReviewCatalog::unit(const QString &id) const
{
    if (const auto it = m_units.constFind(id); it != m_units.cend())
        return *it;
    return countyByCode(id);
}

UnitMatch ReviewCatalog::match(const QString &input) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {std::nullopt, ReviewText::tr("the unit is empty")};
    const QString exact = exactKey(text);
    if (const auto it = m_exact.constFind(exact); it != m_exact.cend())
        return byIds(*it, text);
    if (const auto it = m_otherExact.constFind(exact); it != m_otherExact.cend())
        return {std::nullopt, *it};
    const QString code = AdminKeys::normalizeCode(text);
    if (!code.isEmpty()) {
        const QString id = m_codeAliases.value(code, code);
        if (const auto it = m_units.constFind(id); it != m_units.cend())
            return {*it, {}};
        if (const auto it = m_otherExact.constFind(code); it != m_otherExact.cend())
            return {std::nullopt, *it};
        if (auto county = countyByCode(code))
            return {county, {}};
        return {std::nullopt, ReviewText::tr("unknown unit code '%1' (expected the GB/T 2260 code of a city or county-level unit)").arg(text)};
    }
    if (const auto it = m_names.constFind(AdminKeys::normalizeName(text)); it != m_names.cend())
        return byIds(*it, text);
    if (const auto it = m_otherNames.constFind(AdminKeys::normalizeName(text)); it != m_otherNames.cend())
        return {std::nullopt, *it};
    return {std::nullopt, ReviewText::tr("unknown unit '%1' (expected a GB/T 2260 code, a Chinese or English unit name, "
                                         "or an id such as NA19 for a new area)").arg(text)};
}

QList<ReviewUnit> ReviewCatalog::units(ReviewLevel level) const
{
    QList<ReviewUnit> list;
    for (const ReviewUnit &u : m_units)
        if (u.level == level)
            list << u;
    std::sort(list.begin(), list.end(), [](const ReviewUnit &a, const ReviewUnit &b) { return a.id < b.id; });
    return list;
}

} // namespace CityAtlas
