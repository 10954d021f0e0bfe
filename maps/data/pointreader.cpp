#include "maps/data/pointreader.h"

#include "maps/data/gdalsession.h"
#include "maps/data/postgissource.h"
#include "maps/data/sourceformat.h"
#include "maps/data/vectorreader.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of PointReader.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::PointReader)
};

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
// GDAL's own warnings while reading (a CSV row with too many cells ...) are kept up to this many.
constexpr int MaxGdalMessages = 20;

// The number a cell's text holds: optional blanks around a decimal number ("116.4", "-3e2",
// "+7"), in C notation whatever the locale. Empty text, "abc", "1,5", "12abc", inf and nan are not.
std::optional<double> numberOf(const char *text, QString *problem)
{
    const char *begin = text;
    const char *end = text + std::strlen(text);
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        --end;
    if (begin == end) {
        *problem = Tr::tr("empty");
        return std::nullopt;
    }
    const char *digits = *begin == '+' ? begin + 1 : begin;
    double value = 0.0;
    const auto [stop, error] = std::from_chars(digits, end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value)) {
        *problem = Tr::tr("'%1' is not a number").arg(QString::fromUtf8(begin, end - begin));
        return std::nullopt;
    }
    return value;
}

bool isNumericType(OGRFieldType type)
{
    return type == OFTInteger || type == OFTInteger64 || type == OFTReal;
}

// A field's value as a number: typed numbers as they are, text parsed by numberOf().
std::optional<double> fieldNumber(OGRFeature &feature, int index, bool numeric, QString *problem)
{
    if (!feature.IsFieldSetAndNotNull(index)) {
        *problem = Tr::tr("empty");
        return std::nullopt;
    }
    if (!numeric)
        return numberOf(feature.GetFieldAsString(index), problem);
    const double value = feature.GetFieldAsDouble(index);
    if (!std::isfinite(value)) {
        *problem = Tr::tr("'%1' is not a number").arg(value);
        return std::nullopt;
    }
    return value;
}

// The column names taken for coordinates when none are given, in order of preference.
const QStringList &xNames()
{
    static const QStringList names{u"lon"_s, u"lng"_s, u"longitude"_s, u"x"_s, u"经度"_s};
    return names;
}
const QStringList &yNames()
{
    static const QStringList names{u"lat"_s, u"latitude"_s, u"y"_s, u"纬度"_s};
    return names;
}

struct SrsRelease
{
    void operator()(OGRSpatialReference *srs) const { srs->Release(); }
};
using SrsPointer = std::unique_ptr<OGRSpatialReference, SrsRelease>;

bool isTableFormat(const QString &datasetPath)
{
    static const QStringList drivers{u"CSV"_s, u"XLSX"_s, u"ODS"_s};
    static const QStringList suffixes{u"csv"_s, u"tsv"_s, u"xlsx"_s, u"ods"_s};
    return drivers.contains(SourceFormat::driverOf(datasetPath)) || suffixes.contains(QFileInfo(datasetPath).suffix().toLower());
}

// About how many data rows a local CSV file has: its size over the mean length of its first lines.
qint64 estimatedCsvRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray head = file.read(1 << 20);
    const qint64 lines = head.count('\n');
    if (lines < 2)
        return -1;
    return std::max<qint64>(1, qint64(double(file.size()) * double(lines) / double(head.size())) - 1);
}

} // namespace

void PointBatch::clear()
{
    x.clear();
    y.clear();
    rows.clear();
    weights.clear();
    problems.clear();
    rowsRead = 0;
    invalidRows = 0;
    progress = -1.0;
}

struct PointReader::Private
{
    PointSourceOptions options;
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    int xIndex = -1, yIndex = -1; // -1: the geometry
    bool xNumeric = false, yNumeric = false;
    std::vector<int> weightIndex;
    std::vector<bool> weightNumeric;
    bool geographic = false;
    SrsPointer source;
    std::unique_ptr<OGRCoordinateTransformation> transform;
    qint64 row = 0;
    bool rowsByFid = false; // a database table's rows are numbered by their key
    qint64 totalRows = -1;
    bool finished = false;
    IssueList gdalIssues;

    bool coordinates(OGRFeature &feature, double &x, double &y, PointProblem &problem) const;
    void takeGdalMessages(const QStringList &messages);
};

bool PointReader::Private::coordinates(OGRFeature &feature, double &x, double &y, PointProblem &problem) const
{
    if (xIndex < 0) {
        const OGRGeometry *g = feature.GetGeometryRef();
        if (!g || g->IsEmpty()) {
            problem.message = Tr::tr("no geometry");
            return false;
        }
        const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
        if (type == wkbMultiPoint && g->toMultiPoint()->getNumGeometries() != 1) {
            problem.message = Tr::tr("a multipoint of %1 points, not one point").arg(g->toMultiPoint()->getNumGeometries());
            return false;
        }
        if (type != wkbPoint && type != wkbMultiPoint) {
            problem.message = Tr::tr("a %1, not a point").arg(QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType())));
            return false;
        }
        const OGRPoint *p = type == wkbPoint ? g->toPoint() : g->toMultiPoint()->getGeometryRef(0);
        x = p->getX();
        y = p->getY();
        if (!std::isfinite(x) || !std::isfinite(y)) {
            problem.message = Tr::tr("the coordinates are not numbers");
            return false;
        }
    } else {
        const auto xValue = fieldNumber(feature, xIndex, xNumeric, &problem.message);
        if (!xValue) {
            problem.field = QString::fromUtf8(feature.GetFieldDefnRef(xIndex)->GetNameRef());
            return false;
        }
        const auto yValue = fieldNumber(feature, yIndex, yNumeric, &problem.message);
        if (!yValue) {
            problem.field = QString::fromUtf8(feature.GetFieldDefnRef(yIndex)->GetNameRef());
            return false;
        }
        x = *xValue;
        y = *yValue;
    }
    if (geographic && !(x >= -180.0 && x <= 180.0)) {
        problem.field = xIndex < 0 ? QString() : QString::fromUtf8(feature.GetFieldDefnRef(xIndex)->GetNameRef());
        problem.message = Tr::tr("%1 is not a longitude (−180…180)").arg(x);
        return false;
    }
    if (geographic && !(y >= -90.0 && y <= 90.0)) {
        problem.field = yIndex < 0 ? QString() : QString::fromUtf8(feature.GetFieldDefnRef(yIndex)->GetNameRef());
        problem.message = Tr::tr("%1 is not a latitude (−90…90)").arg(y);
        return false;
    }
    return true;
}

void PointReader::Private::takeGdalMessages(const QStringList &messages)
{
    for (const QString &message : messages) {
        if (gdalIssues.size() >= MaxGdalMessages)
            return;
        gdalIssues << Issue::warning(Tr::tr("%1: GDAL: %2").arg(options.path, message), options.path);
    }
}

PointReader::PointReader() : d(std::make_unique<Private>()) {}
PointReader::~PointReader() = default;

std::unique_ptr<PointReader> PointReader::open(const PointSourceOptions &options, IssueList *issues)
{
    const QString &path = options.path;
    auto fail = [&](const QString &message) {
        *issues << Issue::error(message, path);
        return nullptr;
    };
    std::unique_ptr<PointReader> reader(new PointReader);
    Private &d = *reader->d;
    d.options = options;
    const QString datasetPath = VectorReader::datasetInArchive(path);
    // Tables are read as the text of their cells: a coordinate is parsed, never guessed.
    const bool table = isTableFormat(datasetPath);
    QString error;
    QStringList notFetched;
    d.dataset = openVectorDataset(datasetPath, options.access, &error, {}, &notFetched, table);
    if (d.dataset)
        d.layer = findLayer(*d.dataset, path, options.layer, &error);
    if (!d.layer)
        return fail(error);
    for (const QString &url : notFetched)
        *issues << Issue::warning(Tr::tr("%1 names %2, which was not fetched (remote sources are not allowed)").arg(path, url), path);

    OGRFeatureDefn *defn = d.layer->GetLayerDefn();
    QStringList fieldNames;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        fieldNames << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    auto fieldIndex = [&](const QString &name) { return int(defn->GetFieldIndex(name.toUtf8().constData())); };
    auto noField = [&](const QString &name) {
        return fail(Tr::tr("%1: no field '%2' (fields: %3)").arg(path, name, fieldNames.join(u", "_s)));
    };

    // Coordinates: the named columns, else the point geometry, else columns named lon/lat ...
    QString xField = options.xField, yField = options.yField;
    if (xField.isEmpty() != yField.isEmpty())
        return fail(Tr::tr("%1: give both coordinate fields, x and y, or neither").arg(path));
    const bool fromGeometry = xField.isEmpty() && defn->GetGeomFieldCount() > 0;
    if (fromGeometry) {
        const OGRwkbGeometryType type = wkbFlatten(d.layer->GetGeomType());
        if (type != wkbPoint && type != wkbMultiPoint && type != wkbUnknown)
            return fail(Tr::tr("%1, layer %2: a layer of %3, not of points")
                            .arg(path, QString::fromUtf8(d.layer->GetName()), QString::fromUtf8(OGRGeometryTypeToName(type))));
    } else {
        auto find = [&](const QStringList &names) {
            for (const QString &name : names)
                for (const QString &field : std::as_const(fieldNames))
                    if (field.compare(name, Qt::CaseInsensitive) == 0)
                        return field;
            return QString();
        };
        if (xField.isEmpty()) {
            xField = find(xNames());
            yField = find(yNames());
            if (xField.isEmpty() || yField.isEmpty())
                return fail(Tr::tr("%1: no geometry and no coordinate columns named lon/lng/longitude/x and lat/latitude/y; "
                                   "name the coordinate fields (fields: %2)").arg(path, fieldNames.join(u", "_s)));
        }
        d.xIndex = fieldIndex(xField);
        if (d.xIndex < 0)
            return noField(xField);
        d.yIndex = fieldIndex(yField);
        if (d.yIndex < 0)
            return noField(yField);
        d.xNumeric = isNumericType(defn->GetFieldDefn(d.xIndex)->GetType());
        d.yNumeric = isNumericType(defn->GetFieldDefn(d.yIndex)->GetType());
    }
    for (const QString &weight : options.weightFields) {
        const int index = fieldIndex(weight);
        if (index < 0)
            return noField(weight);
        const OGRFieldType type = defn->GetFieldDefn(index)->GetType();
        if (!isNumericType(type) && type != OFTString)
            return fail(Tr::tr("%1: the weight field '%2' holds %3, not numbers")
                            .arg(path, weight, QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(type))));
        d.weightIndex.push_back(index);
        d.weightNumeric.push_back(isNumericType(type));
    }

    // From the points' coordinate system into the units'.
    SrsPointer source(new OGRSpatialReference);
    if (!options.crs.isEmpty()) {
        GdalNetworkBlock network(options.access);
        GdalErrorCollector quiet;
        const char *const localOptions[] = {"ALLOW_NETWORK_ACCESS=NO", nullptr};
        if (source->SetFromUserInput(options.crs.toUtf8().constData(),
                                     options.access == SourceAccess::LocalOnly ? localOptions : nullptr) != OGRERR_NONE)
            return fail(Tr::tr("'%1' is not a coordinate reference system GDAL knows (e.g. EPSG:4326, EPSG:4490, a WKT or "
                               "PROJ string)").arg(options.crs));
    } else if (const OGRSpatialReference *layerSrs = fromGeometry ? d.layer->GetSpatialRef() : nullptr) {
        source.reset(layerSrs->Clone());
    } else {
        if (fromGeometry)
            *issues << Issue::warning(Tr::tr("%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude")
                                          .arg(path, QString::fromUtf8(d.layer->GetName())), path);
        source->importFromEPSG(4326);
    }
    source->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    d.geographic = source->IsGeographic();
    d.source = std::move(source);

    if (fromGeometry && !options.bounds.isNull())
        d.layer->SetSpatialFilterRect(options.bounds.left(), options.bounds.top(), options.bounds.right(), options.bounds.bottom());
    if (!options.where.isEmpty()) {
        GdalErrorCollector errors;
        if (d.layer->SetAttributeFilter(options.where.toUtf8().constData()) != OGRERR_NONE)
            return fail(Tr::tr("%1: the condition %2 cannot be applied: %3").arg(path, options.where, errors.lastMessage()));
    }
    d.rowsByFid = PostgisSource::isConnection(path) && d.layer->GetFIDColumn() && *d.layer->GetFIDColumn();
    if (d.layer->TestCapability(OLCFastFeatureCount))
        d.totalRows = d.layer->GetFeatureCount(FALSE);
    else if (QString::fromUtf8(d.dataset->GetDriver()->GetDescription()) == u"CSV"_s && QFileInfo(datasetPath).isFile())
        d.totalRows = estimatedCsvRows(datasetPath);
    d.layer->ResetReading();
    return reader;
}

bool PointReader::read(PointBatch &batch, int maxPoints)
{
    batch.clear();
    if (d->finished)
        return false;
    const size_t weightCount = d->weightIndex.size();
    GdalErrorCollector gdalErrors;
    while (batch.size() < maxPoints) {
        const OGRFeatureUniquePtr feature(d->layer->GetNextFeature());
        if (!feature) {
            d->finished = true;
            break;
        }
        ++d->row;
        ++batch.rowsRead;
        const qint64 row = d->rowsByFid ? qint64(feature->GetFID()) : d->row;
        double x = 0.0, y = 0.0;
        PointProblem problem;
        problem.row = row;
        if (!d->coordinates(*feature, x, y, problem)) {
            ++batch.invalidRows;
            batch.problems << problem;
            continue;
        }
        batch.x.push_back(x);
        batch.y.push_back(y);
        batch.rows.push_back(row);
        for (size_t w = 0; w < weightCount; ++w) {
            QString message;
            const auto value = fieldNumber(*feature, d->weightIndex[w], d->weightNumeric[w], &message);
            batch.weights.push_back(value ? *value : NaN);
            if (!value)
                batch.problems << PointProblem{row, d->options.weightFields[w], message, true};
        }
    }
    batch.progress = d->finished ? 1.0 : d->totalRows > 0 ? std::min(0.99, double(d->row) / double(d->totalRows)) : -1.0;
    d->takeGdalMessages(gdalErrors.messages());
    return batch.rowsRead > 0;
}

QString PointReader::xField() const
{
    return d->xIndex < 0 ? QString() : QString::fromUtf8(d->layer->GetLayerDefn()->GetFieldDefn(d->xIndex)->GetNameRef());
}

QString PointReader::yField() const
{
    return d->yIndex < 0 ? QString() : QString::fromUtf8(d->layer->GetLayerDefn()->GetFieldDefn(d->yIndex)->GetNameRef());
}

const QStringList &PointReader::weightFields() const
{
    return d->options.weightFields;
}

bool PointReader::setTargetCrs(const QString &crsWkt, QString *error)
{
    SrsPointer target(new OGRSpatialReference);
    if (crsWkt.isEmpty())
        target->importFromEPSG(4326);
    else if (target->importFromWkt(crsWkt.toUtf8().constData()) != OGRERR_NONE) {
        *error = Tr::tr("the units' coordinate reference system cannot be read");
        return false;
    }
    target->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    d->transform.reset();
    if (d->source->IsSame(target.get()))
        return true;
    GdalErrorCollector errors;
    d->transform.reset(OGRCreateCoordinateTransformation(d->source.get(), target.get()));
    if (!d->transform) {
        *error = Tr::tr("%1: its coordinates cannot be transformed into the units' coordinate reference system (%2)")
                     .arg(d->options.path, errors.lastMessage());
        return false;
    }
    return true;
}

void PointReader::transform(PointBatch &batch) const
{
    if (!d->transform || batch.size() == 0)
        return;
    const size_t weightCount = d->weightIndex.size();
    std::vector<int> success(size_t(batch.size()), 0);
    GdalErrorCollector quiet; // failures are reported per row below
    d->transform->Transform(batch.size(), batch.x.data(), batch.y.data(), nullptr, success.data());
    // Points that cannot be transformed leave the batch; their weights' problems go with them.
    size_t kept = 0;
    for (size_t i = 0; i < batch.x.size(); ++i) {
        if (!success[i] || !std::isfinite(batch.x[i]) || !std::isfinite(batch.y[i])) {
            ++batch.invalidRows;
            const qint64 row = batch.rows[i];
            batch.problems.removeIf([row](const PointProblem &p) { return p.row == row; });
            batch.problems << PointProblem{row, {}, Tr::tr("cannot be transformed into the units' coordinate reference system"), false};
            continue;
        }
        batch.x[kept] = batch.x[i];
        batch.y[kept] = batch.y[i];
        batch.rows[kept] = batch.rows[i];
        std::copy_n(batch.weights.begin() + ptrdiff_t(i * weightCount), weightCount, batch.weights.begin() + ptrdiff_t(kept * weightCount));
        ++kept;
    }
    if (kept == batch.x.size())
        return;
    batch.x.resize(kept);
    batch.y.resize(kept);
    batch.rows.resize(kept);
    batch.weights.resize(kept * weightCount);
    std::stable_sort(batch.problems.begin(), batch.problems.end(),
                     [](const PointProblem &a, const PointProblem &b) { return a.row < b.row; });
}

IssueList PointReader::issues() const
{
    return d->gdalIssues;
}

} // namespace CityAtlas
