#include "maps/data/gazetteer.h"

#include "maps/data/bundleddata.h"
#include "maps/data/vectorreader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace CityAtlas {

QString adminLevelName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province: return u"province"_s;
    case AdminLevel::Prefecture: return u"prefecture"_s;
    case AdminLevel::County: return u"county"_s;
    }
    return {};
}

bool parseAdminLevel(const QString &text, AdminLevel *level)
{
    for (AdminLevel l : {AdminLevel::Province, AdminLevel::Prefecture, AdminLevel::County}) {
        if (text.trimmed().compare(adminLevelName(l), Qt::CaseInsensitive) == 0) {
            *level = l;
            return true;
        }
    }
    return false;
}

namespace {

bool isMunicipality(const QString &provinceCode)
{
    static const QStringList codes{u"110000"_s, u"120000"_s, u"310000"_s, u"500000"_s};
    return codes.contains(provinceCode);
}

// Reads a bundled table as text and finds its columns; null with an issue when a column is missing.
std::unique_ptr<FeatureTable> readTable(const QString &path, const QStringList &columns, QList<int> &indexes,
                                        IssueList &issues)
{
    LoadResult loaded = VectorReader::readAsText(path);
    issues << loaded.issues;
    if (!loaded.table)
        return nullptr;
    indexes.clear();
    for (const QString &column : columns) {
        const int index = loaded.table->fieldIndex(column);
        if (index < 0) {
            issues << Issue::error(Gazetteer::tr("%1: no column '%2'").arg(QFileInfo(path).fileName(), column), path);
            return nullptr;
        }
        indexes << index;
    }
    return std::move(loaded.table);
}

} // namespace

std::unique_ptr<Gazetteer> Gazetteer::load(const QString &divisionsPath, const QString &changesPath, IssueList &issues)
{
    std::unique_ptr<Gazetteer> gazetteer(new Gazetteer);
    QList<int> c;
    const auto divisions = readTable(divisionsPath,
                                     {u"code"_s, u"name_zh"_s, u"name_short_zh"_s, u"level"_s, u"kind"_s, u"parent_code"_s,
                                      u"province_code"_s},
                                     c, issues);
    if (!divisions)
        return nullptr;
    const QString file = QFileInfo(divisionsPath).fileName();
    for (int row = 0; row < divisions->rowCount(); ++row) {
        auto text = [&](int column) { return divisions->value(row, c[column]).toString().trimmed(); };
        AdminUnit unit{text(0), text(1), text(2), AdminLevel::County, text(4), text(5), text(6)};
        if (unit.shortName.isEmpty())
            unit.shortName = unit.name;
        if (unit.code.size() != 6 || unit.name.isEmpty() || !parseAdminLevel(text(3), &unit.level)
            || gazetteer->m_index.contains(unit.code)) {
            issues << Issue::error(tr("%1, row %2: not a unit with a unique 6-digit code, a name and a level "
                                      "(province, prefecture or county): '%3'")
                                       .arg(file).arg(row + 2).arg(unit.code + u' ' + unit.name + u' ' + text(3)),
                                   divisionsPath);
            return nullptr;
        }
        gazetteer->m_index.insert(unit.code, int(gazetteer->m_units.size()));
        if (!unit.parentCode.isEmpty())
            gazetteer->m_children[unit.parentCode] << unit.code;
        gazetteer->m_units << unit;
    }
    for (const AdminUnit &unit : std::as_const(gazetteer->m_units)) {
        if (!unit.parentCode.isEmpty() && !gazetteer->m_index.contains(unit.parentCode)) {
            issues << Issue::error(tr("%1: the parent %2 of unit %3 is not in the table").arg(file, unit.parentCode, unit.code),
                                   divisionsPath);
            return nullptr;
        }
    }

    const auto changes = readTable(changesPath, {u"old_name"_s, u"old_code"_s, u"new_code"_s, u"year"_s, u"note"_s}, c, issues);
    if (!changes)
        return nullptr;
    for (int row = 0; row < changes->rowCount(); ++row) {
        auto text = [&](int column) { return changes->value(row, c[column]).toString().trimmed(); };
        DivisionChange change{text(0), text(1), text(2), text(3), text(4)};
        if (change.oldName.isEmpty() || !gazetteer->m_index.contains(change.newCode)) {
            issues << Issue::error(tr("%1, row %2: the new code '%3' is not a unit of %4")
                                       .arg(QFileInfo(changesPath).fileName())
                                       .arg(row + 2)
                                       .arg(change.newCode, file),
                                   changesPath);
            return nullptr;
        }
        gazetteer->m_changes << change;
    }
    return gazetteer;
}

std::unique_ptr<Gazetteer> Gazetteer::loadBundled(IssueList &issues)
{
    return load(BundledData::divisionsPath(), BundledData::divisionChangesPath(), issues);
}

const AdminUnit *Gazetteer::unit(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_units.at(*it);
}

QString Gazetteer::describe(const QString &code) const
{
    const AdminUnit *u = unit(code);
    if (!u)
        return code;
    const AdminUnit *parent = unit(u->parentCode);
    return parent ? u"%1 %2 (%3)"_s.arg(code, u->name, parent->name) : u"%1 %2"_s.arg(code, u->name);
}

QString Gazetteer::ancestorAt(const QString &code, AdminLevel level) const
{
    const AdminUnit *u = unit(code);
    if (!u)
        return {};
    if (level == AdminLevel::Province)
        return u->provinceCode;
    if (level == AdminLevel::County)
        return u->isCountyDivision() ? u->code : QString();
    // Prefecture level.
    if (isMunicipality(u->provinceCode))
        return u->provinceCode;
    if (u->level == AdminLevel::Province)
        return {};
    if (u->level == AdminLevel::Prefecture)
        return u->code;
    const AdminUnit *parent = unit(u->parentCode);
    if (parent && parent->level == AdminLevel::Prefecture)
        return parent->code;
    // Directly under its province: its own prefecture-level entry, unless it is not a division.
    return u->isCountyDivision() ? u->code : QString();
}

bool Gazetteer::isWithin(const QString &code, const QString &ancestor) const
{
    const AdminUnit *u = unit(code);
    while (u && !u->parentCode.isEmpty()) {
        if (u->parentCode == ancestor)
            return true;
        u = unit(u->parentCode);
    }
    return false;
}

QStringList Gazetteer::children(const QString &code) const
{
    return m_children.value(code);
}

QHash<QString, int> Gazetteer::countyDivisionsPerProvince() const
{
    QHash<QString, int> counts;
    for (const AdminUnit &u : m_units)
        if (u.isCountyDivision())
            ++counts[u.provinceCode];
    return counts;
}

} // namespace CityAtlas
