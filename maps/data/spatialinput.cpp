#include "maps/data/spatialinput.h"

#include "maps/data/contiguity.h"
#include "maps/data/inputfile.h"
#include "analysis/spatialweights.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of SpatialInput.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::SpatialInput)
};
} // namespace

bool WeightsSpec::parse(const QString &text, WeightsSpec *spec, QString *error)
{
    const QString lower = text.trimmed().toLower();
    const QString suffix = QFileInfo(text).suffix().toLower();
    bool ok = true;
    if (lower == u"queen"_s) {
        spec->kind = Kind::Queen;
    } else if (lower == u"rook"_s) {
        spec->kind = Kind::Rook;
    } else if (lower.startsWith(u"knn:"_s)) {
        spec->kind = Kind::KNearest;
        spec->k = lower.mid(4).toInt(&ok);
        ok = ok && spec->k >= 1;
    } else if (lower.startsWith(u"band:"_s)) {
        spec->kind = Kind::DistanceBand;
        spec->bandKm = lower.mid(5).toDouble(&ok);
        ok = ok && spec->bandKm > 0;
    } else if (suffix == u"gal"_s || suffix == u"gwt"_s) {
        spec->kind = Kind::File;
        spec->file = text.trimmed();
    } else {
        ok = false;
    }
    if (!ok)
        *error = Tr::tr("unknown weights '%1' (use queen, rook, knn:K, band:KM or a .gal/.gwt file)").arg(text);
    return ok;
}

bool WeightsSpec::parseIsolates(const QString &text, WeightsSpec *spec, QString *error)
{
    const QString lower = text.trimmed().toLower();
    bool ok = true;
    if (lower == u"exclude"_s) {
        spec->isolates = IsolatePolicy::Exclude;
    } else if (lower == u"attach"_s || lower.startsWith(u"attach:"_s)) {
        spec->isolates = IsolatePolicy::Attach;
        spec->attachK = lower == u"attach"_s ? 1 : lower.mid(7).toInt(&ok);
        ok = ok && spec->attachK >= 1;
    } else {
        ok = false;
    }
    if (!ok)
        *error = Tr::tr("unknown isolate policy '%1' (use exclude, attach or attach:K)").arg(text);
    return ok;
}

QString WeightsSpec::description() const
{
    switch (kind) {
    case Kind::Queen:
        return Tr::tr("queen contiguity, snap %1 m").arg(snapMetres);
    case Kind::Rook:
        return Tr::tr("rook contiguity, snap %1 m").arg(snapMetres);
    case Kind::KNearest:
        return Tr::tr("%1 nearest neighbours (great-circle, sphere R = %2 km)").arg(k).arg(EarthMeanRadiusKm, 0, 'f', 4);
    case Kind::DistanceBand:
        return Tr::tr("distance band %1 km (great-circle, sphere R = %2 km)").arg(bandKm).arg(EarthMeanRadiusKm, 0, 'f', 4);
    case Kind::File:
        return Tr::tr("weights file %1").arg(QFileInfo(file).fileName());
    }
    return {};
}

namespace {

QStringList unitIds(const FeatureTable &layer, const QString &idField)
{
    QStringList ids;
    ids.reserve(layer.rowCount());
    const int column = layer.fieldIndex(idField);
    for (int row = 0; row < layer.rowCount(); ++row)
        ids << (column >= 0 ? layer.value(row, column).toString() : QString::number(row + 1));
    return ids;
}

WeightsResult buildWeights(const FeatureTable &layer, const WeightsSpec &spec, const QString &idField)
{
    switch (spec.kind) {
    case WeightsSpec::Kind::Queen:
        return Contiguity::fromPolygons(layer, Contiguity::Rule::Queen, spec.snapMetres, idField);
    case WeightsSpec::Kind::Rook:
        return Contiguity::fromPolygons(layer, Contiguity::Rule::Rook, spec.snapMetres, idField);
    case WeightsSpec::Kind::KNearest:
        return SpatialWeights::kNearest(Contiguity::centroids(layer), spec.k, unitIds(layer, idField));
    case WeightsSpec::Kind::DistanceBand:
        return SpatialWeights::distanceBand(Contiguity::centroids(layer), spec.bandKm, unitIds(layer, idField));
    case WeightsSpec::Kind::File:
        return WeightsFile::read(spec.file, unitIds(layer, idField));
    }
    return {};
}

} // namespace

SpatialInput SpatialInput::build(const FeatureTable &layer, const QString &valueField, const WeightsSpec &spec,
                                 const QString &nameField)
{
    SpatialInput input;
    if (!layer.hasGeometry() && spec.kind != WeightsSpec::Kind::File) {
        input.issues << Issue::error(Tr::tr("%1: has no geometries to build spatial weights from").arg(layer.sourcePath()),
                                     layer.sourcePath());
        return input;
    }
    const AnalysisInput values = AnalysisInput::fromTable(layer, valueField, {}, {}, nameField);
    input.issues << values.issues;
    if (!values.isValid())
        return input;
    const QString idField = !spec.idField.isEmpty() ? spec.idField
                          : layer.fieldIndex(u"code"_s) >= 0 ? u"code"_s : QString();
    WeightsResult all = buildWeights(layer, spec, idField);
    input.issues << all.issues;
    if (!all.isValid())
        return input;
    // Weights among the units that have a value, then the isolate policy.
    WeightsSubset withValues = all.weights->subset(values.rows);
    input.layerWeights = std::move(*all.weights);
    input.issues << withValues.issues;
    SpatialWeights weights = std::move(withValues.weights);
    QList<int> rows = values.rows;
    QList<double> kept = values.values;
    QStringList names = values.unitNames;
    if (weights.hasIsolates()) {
        for (int i : weights.isolates())
            input.isolates << names[i];
        switch (spec.isolates) {
        case WeightsSpec::IsolatePolicy::Refuse: {
            const QStringList &isolated = input.isolates;
            Issue issue = Issue::error(Tr::tr("%n unit(s) without neighbours (%1) with %2: choose whether to "
                                                   "exclude them or attach each to its nearest units", nullptr,
                                                   int(isolated.size()))
                                           .arg(isolated.join(u", "_s), spec.description()),
                                       layer.sourcePath());
            issue.field = valueField;
            input.issues << issue;
            input.needsIsolatePolicy = true;
            return input;
        }
        case WeightsSpec::IsolatePolicy::Exclude: {
            WeightsSubset subset = weights.withoutIsolates();
            for (const Issue &issue : subset.issues) // the notice by id is replaced by one by name below
                if (issue.severity != Issue::Severity::Info)
                    input.issues << issue;
            for (int i : subset.removed)
                input.issues << Issue::warning(Tr::tr("%1 has no neighbour (%2) and is left out")
                                                   .arg(names[i], spec.description()));
            QList<int> keptRows;
            QList<double> keptValues;
            QStringList keptNames;
            keptRows.reserve(subset.kept.size());
            keptValues.reserve(subset.kept.size());
            keptNames.reserve(subset.kept.size());
            for (int i : subset.kept) {
                keptRows << rows[i];
                keptValues << kept[i];
                keptNames << names[i];
            }
            weights = std::move(subset.weights);
            rows = keptRows;
            kept = keptValues;
            names = keptNames;
            break;
        }
        case WeightsSpec::IsolatePolicy::Attach: {
            QList<LonLat> points;
            const QList<LonLat> all = Contiguity::centroids(layer);
            for (int row : rows)
                points << all[row];
            WeightsResult attached = weights.withIsolatesAttached(points, spec.attachK);
            input.issues << attached.issues;
            if (!attached.isValid())
                return input;
            weights = std::move(*attached.weights);
            break;
        }
        }
    }
    input.weights = std::move(weights).rowStandardised();
    input.rows = rows;
    input.values = kept;
    input.unitNames = names;
    return input;
}

WeightsResult WeightsFile::read(const QString &path, const QStringList &expectedIds)
{
    // Queen weights of 40,000 units take about 2 MB as GAL, 10 MB as GWT.
    constexpr qint64 MaxBytes = 256LL * 1024 * 1024;
    QString error;
    const QByteArray bytes = InputFile::read(path, MaxBytes, &error);
    if (bytes.isNull()) {
        WeightsResult result;
        result.issues << Issue::error(error, path);
        return result;
    }
    const QString text = QString::fromUtf8(bytes).replace(u"\r\n"_s, u"\n"_s);
    WeightsResult result = QFileInfo(path).suffix().compare(u"gwt"_s, Qt::CaseInsensitive) == 0
        ? SpatialWeights::fromGwt(text, expectedIds)
        : SpatialWeights::fromGal(text, expectedIds);
    for (Issue &issue : result.issues) {
        issue.file = path;
        issue.message = Tr::tr("%1: %2").arg(path, issue.message);
    }
    return result;
}

QString WeightsFile::write(const SpatialWeights &weights, const QString &path, const QString &layer, const QString &key)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
    const bool gwt = QFileInfo(path).suffix().compare(u"gwt"_s, Qt::CaseInsensitive) == 0;
    file.write((gwt ? weights.toGwt(layer, key) : weights.toGal(layer, key)).toUtf8());
    return file.commit() ? QString() : Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
}

} // namespace CityAtlas
