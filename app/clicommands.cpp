#include "app/clicommands.h"
#include "analysis/runtimeprofiler.h"

#include "app/clishared.h"

#include "maps/data/bundleddata.h"
#include "maps/data/datasetinfo.h"
#include "maps/data/outputguard.h"
#include "maps/data/vectorreader.h"
#include "maps/render/mapexporter.h"
#include "maps/render/mapinset.h"
#include "maps/style/choropleth.h"
#include "maps/style/layerstyle.h"
#include "maps/style/colorramp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

QJsonObject toJson(const LayerInfo &layer)
{
    QJsonArray fields;
    for (const auto &[name, type] : layer.fields)
        fields.append(QJsonObject{{u"name"_s, name}, {u"type"_s, type}});
    QJsonObject o{{u"name"_s, layer.name}, {u"featureCount"_s, layer.featureCount},
                  {u"geometryType"_s, layer.geometryType}, {u"fields"_s, fields},
                  {u"crs"_s, layer.crsName}, {u"crsAuthority"_s, layer.crsAuthority}};
    if (!layer.extent.isNull())
        o[u"extent"_s] = QJsonArray{layer.extent.left(), layer.extent.top(), layer.extent.right(), layer.extent.bottom()};
    return o;
}

void printText(const DatasetInfo &info)
{
    QTextStream out(stdout);
    out << info.path << " (" << info.driver << ")\n";
    for (const LayerInfo &l : info.layers) {
        out << "\n" << CliText::tr("Layer: %1").arg(l.name) << "\n";
        out << "  " << CliText::tr("Features: %1").arg(l.featureCount) << "\n";
        out << "  " << CliText::tr("Geometry: %1").arg(l.geometryType) << "\n";
        if (!l.crsName.isEmpty())
            out << "  " << CliText::tr("CRS: %1 %2").arg(l.crsName, l.crsAuthority).trimmed() << "\n";
        if (!l.extent.isNull())
            out << "  " << CliText::tr("Extent: %1, %2 – %3, %4")
                               .arg(l.extent.left(), 0, 'g', 10).arg(l.extent.top(), 0, 'g', 10)
                               .arg(l.extent.right(), 0, 'g', 10).arg(l.extent.bottom(), 0, 'g', 10) << "\n";
        out << "  " << CliText::tr("Fields:") << "\n";
        for (const auto &[name, type] : l.fields)
            out << "    " << name << " (" << type << ")\n";
    }
}

} // namespace

int info(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(CliText::tr("info: expected one PATH"));
    const DatasetInfo info = describeDataset(parser.positionalArguments().first(), sourceAccess(parser));
    if (!info.error.isEmpty())
        return fail(info.error);
    if (parser.isSet(u"json"_s)) {
        QJsonArray layers;
        for (const LayerInfo &l : info.layers)
            layers.append(toJson(l));
        const QJsonObject root{{u"path"_s, info.path}, {u"driver"_s, info.driver}, {u"layers"_s, layers}};
        QTextStream(stdout) << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        printText(info);
    }
    return 0;
}

int datasets(const QCommandLineParser &parser)
{
    const QDir dir(BundledData::directory());
    QStringList files;
    QDirIterator it(dir.path(), {u"*.gpkg"_s, u"*.gpkg.zip"_s, u"*.csv"_s, u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << dir.relativeFilePath(it.next());
    files.sort();
    if (parser.isSet(u"json"_s)) {
        printJson({{u"directory"_s, dir.path()}, {u"files"_s, QJsonArray::fromStringList(files)}});
        return 0;
    }
    QTextStream out(stdout);
    out << CliText::tr("Bundled datasets in %1 (provenance: README.md and one .md per dataset there):").arg(dir.path()) << "\n";
    for (const QString &f : files)
        out << "  " << f << "\n";
    return 0;
}

int map(const QCommandLineParser &parser)
{
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return fail(CliText::tr("map: --out FILE.png|.svg|.pdf is required"));
    if (const QString problem = OutputGuard::check(out, dataInputs(parser)); !problem.isEmpty())
        return fail(problem);
    bool okW = false, okH = false, okD = false, okN = false;
    ExportOptions options;
    options.size = QSize(parser.value(u"width"_s).toInt(&okW), parser.value(u"height"_s).toInt(&okH));
    options.dpi = parser.value(u"dpi"_s).toInt(&okD);
    ChoroplethSpec spec;
    spec.classCount = parser.value(u"classes"_s).toInt(&okN);
    if (!okW || !okH || !okD || !okN || options.size.isEmpty() || options.dpi <= 0 || spec.classCount < 1)
        return fail(CliText::tr("map: --width, --height, --dpi and --classes take positive whole numbers"));
    if (options.dpi < ExportOptions::MinDpi || options.dpi > ExportOptions::MaxDpi)
        return fail(CliText::tr("map: --dpi %1 is out of range; use %2 to %3")
                        .arg(options.dpi).arg(ExportOptions::MinDpi).arg(ExportOptions::MaxDpi));
    if (spec.classCount > ChoroplethSpec::MaxClasses)
        return fail(CliText::tr("map: --classes %1 is out of range; use 1 to %2").arg(spec.classCount).arg(ChoroplethSpec::MaxClasses));
    if (!methodFromKey(parser.value(u"method"_s), &spec.method))
        return fail(CliText::tr("map: unknown --method '%1' (use quantile, equal, jenks, stddev, manual or unique)").arg(parser.value(u"method"_s)));
    if ((spec.method == ClassificationMethod::Manual) != parser.isSet(u"breaks"_s))
        return fail(CliText::tr("map: --method manual and --breaks go together"));
    if (parser.isSet(u"breaks"_s)) {
        QString error;
        const auto breaks = Choropleth::parseBreaks(parser.value(u"breaks"_s), &error);
        if (!breaks)
            return fail(CliText::tr("map: --breaks: %1").arg(error));
        if (breaks->size() >= ChoroplethSpec::MaxClasses)
            return fail(CliText::tr("map: --breaks holds %1 values; at most %2 (%3 classes)")
                            .arg(breaks->size()).arg(ChoroplethSpec::MaxClasses - 1).arg(ChoroplethSpec::MaxClasses));
        spec.breaks = *breaks;
        spec.classCount = int(breaks->size()) + 1;
    }
    spec.ramp = parser.value(u"ramp"_s);
    if (!ColorRamp::exists(spec.ramp))
        return fail(CliText::tr("map: unknown --ramp '%1' (one of: %2)").arg(spec.ramp, ColorRamp::names().join(u", "_s)));
    spec.reversed = parser.isSet(u"reverse"_s);

    MapSettings settings;
    settings.title = parser.value(u"title"_s);
    settings.labelField = parser.value(u"labels"_s);
    if (parser.isSet(u"default"_s)) {
        spec.field = parser.isSet(u"field"_s) ? parser.value(u"field"_s) : BundledData::densityField();
        if (settings.title.isEmpty())
            settings.title = CliText::tr("Population density of China's provinces, 2022 (people per km²)");
        if (settings.labelField.isEmpty())
            settings.labelField = u"name_zh"_s;
        settings.sourceLine = BundledData::provinceMapSourceLine(spec.field);
    } else {
        if (!parser.isSet(u"data"_s) || !parser.isSet(u"field"_s))
            return fail(CliText::tr("map: --layer PATH[:LAYER] and --field NAME are required (or --default)"));
        spec.field = parser.value(u"field"_s);
        settings.sourceLine = CliText::tr("Data: %1").arg(dataSourceNote(parser));
    }
    const LoadResult loaded = loadData(parser);
    if (!loaded.table)
        return fail(loaded.issues.isEmpty() ? CliText::tr("map: the layer could not be read") : firstErrorOrIssue(loaded.issues));
    printWarnings(loaded.issues);
    if (!loaded.table->hasGeometry())
        return fail(CliText::tr("%1: has no geometries to draw; join it onto a map layer with --join").arg(loaded.table->sourcePath()));
    const int column = loaded.table->fieldIndex(spec.field);
    if (column < 0)
        return fail(CliText::tr("%1: no field '%2' (fields: %3)").arg(loaded.table->sourcePath(), spec.field, loaded.table->fieldNames().join(u", "_s)));
    if (!loaded.table->field(column).isNumeric() && spec.method != ClassificationMethod::UniqueValues)
        return fail(CliText::tr("%1: field '%2' is not numeric (--method unique maps categories)").arg(loaded.table->sourcePath(), spec.field));
    if (!settings.labelField.isEmpty() && loaded.table->fieldIndex(settings.labelField) < 0)
        return fail(CliText::tr("%1: no field '%2' to label with").arg(loaded.table->sourcePath(), settings.labelField));

    const StyleResult style = timed(u"classify"_s, [&] { return createStyle(*loaded.table, spec); });
    if (!style.style)
        return fail(firstErrorOrIssue(style.issues));
    printWarnings(style.issues);
    settings.legendTitle = BundledData::fieldCaption(spec.field);
    settings.sketchMapNote = true;
    if (parser.isSet(u"inset-layer"_s)) {
        const IssueList issues = MapInset::load(parser.value(u"inset-layer"_s), settings, sourceAccess(parser));
        if (hasErrors(issues))
            return fail(firstErrorOrIssue(issues));
        printWarnings(issues);
    }
    const QString error = MapExporter::exportMap(MapRenderer(*loaded.table, *style.style, settings), out, options);
    if (!error.isEmpty())
        return fail(error);
    QTextStream(stdout) << out << Qt::endl;
    return 0;
}

} // namespace CityAtlas::Cli
