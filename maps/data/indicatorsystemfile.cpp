#include "maps/data/indicatorsystemfile.h"

#include "maps/data/bundleddata.h"
#include "maps/data/inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of IndicatorSystemFile.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::IndicatorSystemFile)
};
} // namespace

namespace {

const QString FormatName = u"cityatlas-indicator-system"_s;
constexpr int FormatVersion = 1;

const QStringList TopKeys{u"format"_s, u"format_version"_s, u"id"_s, u"name_zh"_s, u"name_en"_s,
                          u"weight_notation"_s, u"provenance"_s, u"indicators"_s};
const QStringList ProvenanceKeys{u"source"_s, u"confidence"_s, u"notes"_s};
const QStringList EntryKeys{u"id"_s, u"name_zh"_s, u"name_en"_s, u"unit"_s, u"direction"_s, u"weight"_s,
                            u"sourced"_s, u"source"_s, u"children_complete"_s, u"column"_s,
                            u"description"_s, u"children"_s};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a true/false value"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    default: return u"nothing"_s;
    }
}

// Walks the JSON tree into an IndicatorSystem, collecting issues with JSON paths.
class Reader
{
public:
    Reader(const QString &fileName, IndicatorSystem &system, IssueList &issues)
        : m_file(fileName), m_system(system), m_issues(issues)
    {
    }

    void add(Issue::Severity severity, const QString &path, const QString &message)
    {
        Issue issue = severity == Issue::Severity::Error ? Issue::error({}, m_file) : Issue::warning({}, m_file);
        issue.field = path;
        issue.message = path.isEmpty() ? Tr::tr("%1: %2").arg(m_file, message)
                                       : Tr::tr("%1: %2: %3").arg(m_file, path, message);
        m_issues.append(issue);
    }
    void error(const QString &path, const QString &message) { add(Issue::Severity::Error, path, message); }
    // An entry could not be added (not an object, no id, too deep, children not an array):
    // the tree is incomplete and no system is returned.
    void broken(const QString &path, const QString &message)
    {
        error(path, message);
        m_broken = true;
    }
    bool isBroken() const { return m_broken; }
    // The JSON path of each indicator, by index in the system.
    QString pathOf(int index) const { return m_paths.value(index); }
    void warning(const QString &path, const QString &message) { add(Issue::Severity::Warning, path, message); }

    void unknownKeys(const QJsonObject &object, const QStringList &known, const QString &path)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!known.contains(it.key()) && !it.key().startsWith(u'_'))
                warning(path, Tr::tr("unknown key '%1' is ignored (known keys: %2; keys starting with '_' are comments)")
                                  .arg(it.key(), known.join(u", "_s)));
    }

    QString string(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            error(join(path, key), Tr::tr("expected a string, found %1").arg(typeName(v)));
            return {};
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &object, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            error(join(path, key), Tr::tr("expected true or false, found %1").arg(typeName(v)));
            return fallback;
        }
        return v.toBool();
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }

    // One entry and its children. parentPercent: the parent's percent of the index (percent
    // notation; 100 for the first level), empty when not known.
    void entry(const QJsonValue &value, const QString &path, int parent, std::optional<double> parentPercent, int level)
    {
        if (!value.isObject()) {
            broken(path, Tr::tr("expected an indicator object, found %1").arg(typeName(value)));
            return;
        }
        const QJsonObject o = value.toObject();
        unknownKeys(o, EntryKeys, path);
        Indicator ind;
        ind.id = string(o, u"id"_s, path).trimmed();
        if (ind.id.isEmpty()) {
            broken(path, Tr::tr("the indicator has no \"id\" (a short unique text such as \"L1\" or \"pm25\")"));
            return;
        }
        const QString where = path + u" (id '"_s + ind.id + u"')"_s;
        if (level > IndicatorSystem::MaxLevels) {
            broken(where, Tr::tr("level %1: an indicator system has at most %2 levels").arg(level).arg(IndicatorSystem::MaxLevels));
            return;
        }
        ind.nameZh = string(o, u"name_zh"_s, path);
        ind.nameEn = string(o, u"name_en"_s, path);
        ind.unit = string(o, u"unit"_s, path);
        ind.sourceNote = string(o, u"source"_s, path);
        ind.column = string(o, u"column"_s, path).trimmed();
        ind.description = string(o, u"description"_s, path);
        ind.sourced = boolean(o, u"sourced"_s, path, true);
        ind.childrenComplete = boolean(o, u"children_complete"_s, path, true);

        const QJsonValue direction = o.value(u"direction"_s);
        if (direction.isString() && direction.toString() == u"cost"_s)
            ind.direction = Direction::Cost;
        else if (!direction.isUndefined() && !(direction.isString() && direction.toString() == u"benefit"_s))
            error(join(where, u"direction"_s), Tr::tr("expected \"benefit\" or \"cost\", found %1")
                                                   .arg(direction.isString() ? u'"' + direction.toString() + u'"' : typeName(direction)));

        std::optional<double> percent; // this entry's percent of the index (percent notation)
        const QJsonValue weight = o.value(u"weight"_s);
        if (weight.isDouble()) {
            const double w = weight.toDouble();
            if (!std::isfinite(w) || w < 0.0) {
                error(join(where, u"weight"_s), Tr::tr("the weight %1 is negative; give a number >= 0, or null when it is not known").arg(w));
            } else if (m_system.weightNotation == IndicatorSystem::WeightNotation::Relative) {
                ind.weight = w;
            } else if (!parentPercent) {
                warning(join(where, u"weight"_s), Tr::tr("%1 % of the index is given, but the parent's weight is not, "
                                                              "so the weight relative to the siblings is unknown").arg(w));
                percent = w;
            } else if (*parentPercent <= 0.0) {
                error(join(where, u"weight"_s), Tr::tr("the parent's weight is 0 %, so %1 % cannot be part of it").arg(w));
            } else {
                ind.weight = w / *parentPercent;
                percent = w;
            }
        } else if (!weight.isUndefined() && !weight.isNull()) {
            error(join(where, u"weight"_s), Tr::tr("expected a number, or null when the weight is not known; found %1").arg(typeName(weight)));
        }

        const int index = m_system.addIndicator(ind, parent);
        m_paths.append(path);
        const QJsonValue children = o.value(u"children"_s);
        if (children.isUndefined() || children.isNull())
            return;
        if (!children.isArray()) {
            broken(join(where, u"children"_s), Tr::tr("expected an array of indicators, found %1").arg(typeName(children)));
            return;
        }
        const QJsonArray array = children.toArray();
        for (qsizetype k = 0; k < array.size(); ++k)
            entry(array.at(k), path + u".children["_s + QString::number(k) + u']', index, percent, level + 1);
    }

private:
    QString m_file;
    IndicatorSystem &m_system;
    IssueList &m_issues;
    bool m_broken = false;
    QStringList m_paths;
};

// ---- writing ------------------------------------------------------------------------------

QString quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)); // strip [ ]
}

QString jsonNumber(double v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

class Writer
{
public:
    explicit Writer(const IndicatorSystem &system, bool percent)
        : m_system(system), m_percent(percent)
    {
    }

    QString entry(int index, int indent) const
    {
        const Indicator &ind = m_system.indicator(index);
        const QString pad(indent + 2, u' ');
        QStringList lines;
        auto text = [&](const char *key, const QString &value, bool always = false) {
            if (always || !value.isEmpty())
                lines << pad + quoted(QString::fromUtf8(key)) + u": "_s + quoted(value);
        };
        text("id", ind.id, true);
        text("name_zh", ind.nameZh, true);
        text("name_en", ind.nameEn, true);
        text("unit", ind.unit, true);
        text("direction", directionName(ind.direction), true);
        lines << pad + u"\"weight\": "_s + weight(index);
        lines << pad + u"\"sourced\": "_s + (ind.sourced ? u"true"_s : u"false"_s);
        text("source", ind.sourceNote);
        if (!ind.childrenComplete)
            lines << pad + u"\"children_complete\": false"_s;
        text("column", ind.column);
        text("description", ind.description);
        const QList<int> kids = m_system.children(index);
        if (!kids.isEmpty()) {
            QStringList items;
            for (int child : kids)
                items << entry(child, indent + 4);
            lines << pad + u"\"children\": [\n"_s + items.join(u",\n"_s) + u'\n' + pad + u']';
        }
        const QString outer(indent, u' ');
        return outer + u"{\n"_s + lines.join(u",\n"_s) + u'\n' + outer + u'}';
    }

private:
    QString weight(int index) const
    {
        const Indicator &ind = m_system.indicator(index);
        if (!ind.weight)
            return u"null"_s;
        if (!m_percent)
            return jsonNumber(*ind.weight);
        const double p = *m_system.effectiveWeight(index) * 100.0;
        return jsonNumber(std::round(p * 1e9) / 1e9);
    }

    const IndicatorSystem &m_system;
    bool m_percent;
};

} // namespace

IndicatorSystemLoad IndicatorSystemFile::read(const QString &path)
{
    // Far above any indicator system (the bundled ones are a few kilobytes).
    constexpr qint64 MaxBytes = 32LL * 1024 * 1024;
    QString error;
    const QByteArray json = InputFile::read(path, MaxBytes, &error);
    if (json.isNull()) {
        IndicatorSystemLoad load;
        load.issues << Issue::error(Tr::tr("cannot read the indicator system: %1").arg(error), path);
        return load;
    }
    return fromJson(json, path);
}

IndicatorSystemLoad IndicatorSystemFile::fromJson(const QByteArray &json, const QString &fileName)
{
    IndicatorSystemLoad load;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        load.issues << Issue::error(Tr::tr("%1: line %2, column %3: not valid JSON: %4")
                                        .arg(fileName).arg(line).arg(column).arg(parseError.errorString()),
                                    fileName);
        return load;
    }
    if (!document.isObject()) {
        load.issues << Issue::error(Tr::tr("%1: expected a JSON object with \"indicators\", found an array").arg(fileName), fileName);
        return load;
    }
    auto system = std::make_unique<IndicatorSystem>();
    Reader reader(fileName, *system, load.issues);
    const QJsonObject root = document.object();
    reader.unknownKeys(root, TopKeys, {});
    const QJsonValue format = root.value(u"format"_s);
    if (!format.isUndefined() && format.toString() != FormatName) {
        reader.error(u"format"_s, Tr::tr("expected \"%1\"").arg(FormatName));
        return load;
    }
    if (root.value(u"format_version"_s).toInt(FormatVersion) > FormatVersion)
        reader.warning(u"format_version"_s, Tr::tr("written by a newer CityAtlas (version %1; this one reads %2)")
                                                 .arg(root.value(u"format_version"_s).toInt()).arg(FormatVersion));
    system->id = reader.string(root, u"id"_s, {});
    system->nameZh = reader.string(root, u"name_zh"_s, {});
    system->nameEn = reader.string(root, u"name_en"_s, {});
    const QString notation = reader.string(root, u"weight_notation"_s, {});
    if (notation == u"percent_of_total"_s)
        system->weightNotation = IndicatorSystem::WeightNotation::PercentOfTotal;
    else if (!notation.isEmpty() && notation != u"relative"_s)
        reader.error(u"weight_notation"_s, Tr::tr("expected \"relative\" or \"percent_of_total\", found \"%1\"").arg(notation));

    const QJsonValue provenance = root.value(u"provenance"_s);
    if (provenance.isObject()) {
        const QJsonObject p = provenance.toObject();
        reader.unknownKeys(p, ProvenanceKeys, u"provenance"_s);
        system->provenance.source = reader.string(p, u"source"_s, u"provenance"_s);
        system->provenance.confidence = reader.string(p, u"confidence"_s, u"provenance"_s);
        const QJsonValue notes = p.value(u"notes"_s);
        if (notes.isArray()) {
            for (const QJsonValue &note : notes.toArray())
                system->provenance.notes << note.toString();
        } else if (notes.isString()) {
            system->provenance.notes << notes.toString();
        }
    } else if (!provenance.isUndefined()) {
        reader.error(u"provenance"_s, Tr::tr("expected an object with source, confidence and notes, found %1").arg(typeName(provenance)));
    }

    const QJsonValue indicators = root.value(u"indicators"_s);
    if (!indicators.isArray() || indicators.toArray().isEmpty()) {
        reader.error(u"indicators"_s, indicators.isUndefined()
                                          ? Tr::tr("missing: the system needs an \"indicators\" array")
                                          : Tr::tr("expected a non-empty array of indicators, found %1").arg(typeName(indicators)));
        return load;
    }
    const QJsonArray array = indicators.toArray();
    for (qsizetype k = 0; k < array.size(); ++k)
        reader.entry(array.at(k), u"indicators["_s + QString::number(k) + u']', -1, 100.0, 1);
    if (reader.isBroken())
        return load;
    // The model's issues name indicators by id; add the file and the entry's JSON path.
    for (Issue issue : system->validate()) {
        issue.file = fileName;
        const int index = issue.field.isEmpty() ? -1 : system->indexOf(issue.field);
        const QString path = index >= 0 ? reader.pathOf(index) : (issue.field.isEmpty() ? u"indicators"_s : QString());
        issue.message = path.isEmpty() ? Tr::tr("%1: %2").arg(fileName, issue.message)
                                       : Tr::tr("%1: %2: %3").arg(fileName, path, issue.message);
        if (!path.isEmpty())
            issue.field = path;
        load.issues << issue;
    }
    load.system = std::move(system);
    return load;
}

QByteArray IndicatorSystemFile::toJson(const IndicatorSystem &system)
{
    bool percent = system.weightNotation == IndicatorSystem::WeightNotation::PercentOfTotal;
    for (int i = 0; percent && i < system.count(); ++i)
        if (system.indicator(i).weight && !system.effectiveWeight(i))
            percent = false; // not expressible in percent of the index
    QStringList top;
    top << u"  \"format\": "_s + quoted(FormatName);
    top << u"  \"format_version\": "_s + QString::number(FormatVersion);
    top << u"  \"id\": "_s + quoted(system.id);
    top << u"  \"name_zh\": "_s + quoted(system.nameZh);
    top << u"  \"name_en\": "_s + quoted(system.nameEn);
    top << u"  \"weight_notation\": "_s + quoted(percent ? u"percent_of_total"_s : u"relative"_s);
    QStringList notes;
    for (const QString &note : system.provenance.notes)
        notes << u"      "_s + quoted(note);
    top << u"  \"provenance\": {\n    \"source\": "_s + quoted(system.provenance.source) + u",\n    \"confidence\": "_s
               + quoted(system.provenance.confidence) + u",\n    \"notes\": ["_s
               + (notes.isEmpty() ? QString() : u'\n' + notes.join(u",\n"_s) + u"\n    "_s) + u"]\n  }"_s;
    const Writer writer(system, percent);
    QStringList entries;
    for (int root : system.firstLevel())
        entries << writer.entry(root, 4);
    top << u"  \"indicators\": [\n"_s + entries.join(u",\n"_s) + u"\n  ]"_s;
    return (u"{\n"_s + top.join(u",\n"_s) + u"\n}\n"_s).toUtf8();
}

QString IndicatorSystemFile::write(const IndicatorSystem &system, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
    const QByteArray json = toJson(system);
    if (file.write(json) != json.size() || !file.commit())
        return Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

QString IndicatorSystemFile::bundledTemplatePath(const QString &name)
{
    const QString key = name.toLower();
    if (key == u"gbt33356"_s || key == u"gbt33356-2016"_s)
        return BundledData::path(u"indicators/gbt33356-2016.json"_s);
    if (key == u"giffinger"_s || key == u"giffinger-2007"_s)
        return BundledData::path(u"indicators/giffinger-2007.json"_s);
    if (key == u"sample"_s)
        return BundledData::path(u"indicators/sample-system.json"_s);
    return {};
}

QStringList IndicatorSystemFile::bundledTemplateNames()
{
    return {u"gbt33356"_s, u"giffinger"_s, u"sample"_s};
}

QString IndicatorSystemFile::sampleTablePath()
{
    return BundledData::path(u"sample_smart_city_indicators.csv"_s);
}

} // namespace CityAtlas
