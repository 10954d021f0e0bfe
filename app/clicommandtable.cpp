// The one table of cityatlas-cli's commands: names, summaries, options, arguments, handlers.
#include "app/clicommand.h"

#include "app/cliaggregatenames.h"
#include "app/cliaggregatepilots.h"
#include "app/cliaggregatepoints.h"
#include "app/clianalysis.h"
#include "app/clicommands.h"
#include "app/clievaluate.h"
#include "app/clifigure.h"
#include "app/cliproject.h"
#include "app/clireport.h"
#include "app/clishared.h"
#include "maps/data/inputfile.h"
#include "maps/project/projectstore.h"
#include "maps/style/colorramp.h"

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

using Options = QList<QCommandLineOption>;

QCommandLineOption jsonOption()
{
    return {u"json"_s, CliText::tr("Print JSON.")};
}

QCommandLineOption timingsOption()
{
    return {u"timings"_s, CliText::tr("Print the seconds spent in each phase (read, validate, project, shape, weights, "
                                      "compute, classify, render, encode, write ...) and in all as JSON on stderr.")};
}

QCommandLineOption remoteOption()
{
    return {u"allow-remote"_s, CliText::tr("Allow GDAL /vsi paths, URLs, connection strings and formats that read "
                                           "other files or the network (VRT, GML) as layers and tables.")};
}

// Read by loadData(), dataInputs() and dataSourceNote() (app/clishared.h).
Options dataOptions()
{
    return {
        {{u"data"_s, u"layer"_s}, CliText::tr("Layer or table, PATH or PATH:LAYER (default: China's provinces with their statistics)."), u"path"_s},
        {u"join"_s, CliText::tr("Table to join onto the data first."), u"table"_s},
        {u"key"_s, CliText::tr("Join key: FIELD (same name on both sides) or DATAFIELD:TABLEFIELD."), u"field"_s},
        {u"join-pivot"_s, CliText::tr("Join a long table (key, period, values): one field per value and period of this field "
                                      "(e.g. year), named VALUE_PERIOD (enterprises_2022)."), u"field"_s},
        {u"join-periods"_s, CliText::tr("With --join-pivot: join only these periods, e.g. 2020,2022."), u"list"_s},
        remoteOption(),
    };
}

QCommandLineOption fieldOption()
{
    return {{u"field"_s, u"value"_s}, CliText::tr("Numeric field to analyse."), u"name"_s};
}

QCommandLineOption unitsOutOption()
{
    return {u"out"_s, CliText::tr("Write the per-unit results to this CSV file."), u"file"_s};
}

// What analyze moran, lisa and gistar share (app/clispatial.cpp).
Options spatialOptions()
{
    return dataOptions() + Options{
        fieldOption(),
        {u"weights"_s, CliText::tr("queen, rook, knn:K, distance:KM or a GeoDa .gal/.gwt file (default queen). knn and distance "
                                   "measure great-circle distances on a sphere of R = 6371.0088 km (the mean Earth radius), "
                                   "not on the ellipsoid: where two neighbours are nearly tied, the choice may differ from "
                                   "R spdep's ellipsoidal distances."), u"spec"_s, u"queen"_s},
        {u"snap"_s, CliText::tr("Contiguity snapping tolerance in metres of the map projection (default 100)."), u"m"_s, u"100"_s},
        {u"id"_s, CliText::tr("Field with the unit ids of weights files (default: code)."), u"field"_s},
        {u"isolates"_s, CliText::tr("Units without neighbours: exclude, attach or attach:K (attach to the K nearest)."), u"policy"_s},
        {u"permutations"_s, CliText::tr("Number of permutations (default 999; 0 for none)."), u"n"_s, u"999"_s},
        {u"seed"_s, CliText::tr("Random seed of the permutations (default 12345)."), u"n"_s, u"12345"_s},
        {u"alpha"_s, CliText::tr("Significance level of local clusters (default 0.05)."), u"p"_s, u"0.05"_s},
        {u"fdr"_s, CliText::tr("Classify local clusters with Benjamini–Hochberg adjusted p-values.")},
        {u"save-weights"_s, CliText::tr("Write the weights among all the layer's units to this .gal or .gwt file."), u"file"_s},
        unitsOutOption(),
        jsonOption(),
        timingsOption(),
    };
}

CommandArgument projectFile()
{
    return {u"file"_s, CliText::tr("The project file.")};
}

QList<Command> analyses()
{
    return {
        {u"inequality"_s, CliText::tr("Gini, Theil T and L and CV of a field, decomposed by group."),
         CliText::tr("Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group "
                     "(by default the four NBS economic regions). The CV divides the population standard deviation "
                     "(divisor n, or the sum of the weights) by the mean, so that GE(2) = CV²/2; R's sd() and Excel's "
                     "STDEV divide by n − 1."),
         dataOptions() + Options{
             fieldOption(),
             {u"weight"_s, CliText::tr("Weight field, e.g. population, for per-capita values; omit for unweighted measures."), u"name"_s},
             {u"group"_s, CliText::tr("Field to decompose by (default: region when present; 'none' for no decomposition)."), u"name"_s},
             {u"name"_s, CliText::tr("Field naming the units in messages and output files."), u"name"_s},
             {u"lorenz"_s, CliText::tr("Write the Lorenz curve points to this CSV file."), u"file"_s},
             {u"out"_s, CliText::tr("Write the per-group results to this CSV file."), u"file"_s},
             jsonOption(),
             timingsOption(),
         },
         {}, inequality, {}},
        {u"density"_s, CliText::tr("Per-unit rates of a field: per 10,000 people, per km², location quotient."),
         CliText::tr("Per-unit measures of a field: per 10,000 people (--population), per km² (--area, or the area "
                     "of the polygons in the equal-area projection), and the location quotient against a base field (--base)."),
         dataOptions() + Options{
             fieldOption(),
             {u"population"_s, CliText::tr("Population field."), u"name"_s},
             {u"population-unit"_s, CliText::tr("Persons per unit of the population field (default 10000, as in the bundled table)."), u"n"_s, u"10000"_s},
             {u"area"_s, CliText::tr("Area field in km² (default: the polygons' projected area)."), u"name"_s},
             {u"value-unit"_s, CliText::tr("Persons per unit of --value when it counts people (default: 10000 for the "
                                           "bundled pop_2020 … pop_2022, which are in 10,000 persons): the density is then "
                                           "also given in people per km² (people_per_km2)."), u"n"_s},
             {u"base"_s, CliText::tr("Base field of the location quotient (e.g. population)."), u"name"_s},
             {u"name"_s, CliText::tr("Field naming the units."), u"name"_s},
             unitsOutOption(),
             jsonOption(),
             timingsOption(),
         },
         {}, density, {}},
        {u"moran"_s, CliText::tr("Global Moran's I: is a field spatially clustered?"),
         CliText::tr("Global Moran's I with row-standardised weights: moments and z under normality and randomisation "
                     "(as R spdep moran.test) and a permutation pseudo p = (M+1)/(R+1) (as PySAL and GeoDa)."),
         spatialOptions(), {}, moran, {}},
        {u"lisa"_s, CliText::tr("Local Moran's I (LISA): clusters and spatial outliers."),
         CliText::tr("Local Moran's I (LISA, spdep localmoran convention) with conditional permutation pseudo p and "
                     "High–High / Low–Low / Low–High / High–Low clusters."),
         spatialOptions() + Options{{u"map"_s, CliText::tr("Draw the cluster map to this .png, .svg or .pdf file."), u"file"_s}},
         {}, lisa, {}},
        {u"gistar"_s, CliText::tr("Getis–Ord Gi* hot and cold spots."),
         CliText::tr("Getis–Ord Gi* hot and cold spots (binary weights including each unit itself, z as R spdep localG)."),
         spatialOptions(), {}, gistar, {}},
    };
}

QList<Command> projectCommands()
{
    const QCommandLineOption remoteLayers{u"allow-remote"_s, CliText::tr("Allow remote layer sources (they are reported, not checked).")};
    return {
        {u"new"_s, CliText::tr("Create a project file with the given layers."),
         CliText::tr("Create a project file holding the given layers (path, SHA-256 checksum, optionally an embedded copy)."),
         {
             {u"layer"_s, CliText::tr("A layer, PATH or PATH:LAYER; repeat for more."), u"path"_s},
             {u"embed"_s, CliText::tr("Embed a copy of each layer's file, so that the project travels alone.")},
             {u"title"_s, CliText::tr("The project's title."), u"text"_s},
             {u"allow-remote"_s, CliText::tr("Allow GDAL /vsi paths, URLs and connection strings as layers.")},
         },
         {{u"file"_s, CliText::tr("The new project file (FILE.cityatlas); it must not exist.")}}, projectNew, {}},
        {u"info"_s, CliText::tr("Describe a project: schema, layers and the state of their files, and what it holds."), {},
         {jsonOption(), remoteLayers}, {projectFile()}, projectInfo, {}},
        {u"verify"_s, CliText::tr("Compare every layer file with the SHA-256 recorded, however large."),
         CliText::tr("Read every layer file of a project, however large, and compare it with the SHA-256 recorded. Opening a "
                     "project reads only files up to %1 for that; a larger one whose size is the one recorded is 'not verified' "
                     "until it is verified here. Exits with 1 when a file is missing, changed or cannot be read.")
             .arg(InputFile::sizeText(ProjectOptions().hashOnOpenBytes)),
         {jsonOption(), remoteLayers}, {projectFile()}, projectVerify, {}},
        {u"relocate"_s, CliText::tr("Point a layer at its file's new place."),
         CliText::tr("Point a layer at its file's new place and record that file's checksum "
                     "(also for a layer whose file changed on purpose)."),
         {{u"allow-remote"_s, CliText::tr("Allow a GDAL /vsi path, URL or connection string.")}},
         {projectFile(), {u"layer"_s, CliText::tr("The layer, by id or name (see 'project info').")},
          {u"path"_s, CliText::tr("The layer's file at its new place.")}},
         projectRelocate, {}},
    };
}

QList<Command> reviewCommands()
{
    return {
        {u"import"_s, CliText::tr("Import review records from a CSV or XLSX table."),
         CliText::tr("Import review records from a CSV or XLSX table with the columns unit, status (none, preparing, approved), "
                     "document, approved_on (YYYY-MM-DD), department, reviewer, notes. A unit is a GB/T 2260 code or a Chinese or "
                     "English name. Every row is checked first: one bad row rejects the whole file and changes nothing. Rows are "
                     "numbered as in a spreadsheet (the header is row 1)."),
         {{u"reviewer"_s, CliText::tr("Who makes the change, for the audit trail (default: the user name)."), u"name"_s}},
         {projectFile(), {u"records"_s, CliText::tr("The CSV or XLSX table.")}}, reviewImport, {}},
        {u"summary"_s, CliText::tr("Coverage by level of city, next to the published baseline."),
         CliText::tr("Coverage of smart-city top-level design by level of city (planned = preparing or approved), next to the "
                     "published baseline (the paper's Figure 6). The county-level total is the one the paper publishes (its baseline), not a count of the bundled gazetteer."),
         {{u"json"_s, CliText::tr("Print a JSON array, one object per level.")}}, {projectFile()}, reviewSummary, {}},
        {u"export"_s, CliText::tr("Write the review records to a CSV file (the import's columns, plus names and level)."), {},
         {{u"all"_s, CliText::tr("One row per listed unit, with status none where there is no record (a template).")}},
         {projectFile(), {u"out"_s, CliText::tr("The CSV file to write.")}}, reviewExport, {}},
        {u"audit"_s, CliText::tr("Show the audit trail of the review records."),
         CliText::tr("Show the audit trail of the review records: who changed which field when, "
                     "old and new value. The trail is append-only."),
         {jsonOption(), {u"out"_s, CliText::tr("Also write the trail to this CSV file."), u"file"_s}}, {projectFile()}, reviewAudit, {}},
    };
}

QList<Command> aggregateCommands()
{
    return {
        {u"points"_s, CliText::tr("Count the points inside each polygon unit and sum their weights."),
         CliText::tr("Counts the points inside each polygon unit of a layer (by default the bundled provinces) and sums "
                     "numeric --weight fields over them. Points come from any GDAL point layer, or from a table (CSV, XLSX, "
                     "ODS) with coordinate columns: --x and --y, or else columns named lon/lng/longitude/x and "
                     "lat/latitude/y. The input is streamed, so its size is not limited by memory.\n"
                     "Boundaries: a point exactly on a boundary counts in the unit east of it, and on a boundary running "
                     "exactly east–west in the unit north of it (the half-open crossing rule), so a point on a boundary two "
                     "units share counts once. Where units overlap, a point counts in the first of them in the layer's order.\n"
                     "Rows are numbered from 1, the first row after a CSV's header. A row with a missing or unusable coordinate "
                     "is reported and not counted; a point whose weight is missing or not a number is counted without it, and "
                     "reported. The first %1 problem rows are listed, the rest counted.\n"
                     "JSON: {\"n_points\": N, \"outside\": K, \"units\": [{\"code\": ..., \"count\": n, \"sum\": s}, ...]}, "
                     "with one sum per weight field under \"sum\" when several are given, and rows, invalid, weights "
                     "(missing values per field) and bad_rows.\n"
                     "PostGIS: --points \"PG:service=NAME\":schema.table or \"PG:host=H dbname=D\":schema.table (with "
                     "--allow-remote; the password from ~/.pgpass, a service file or PGPASSWORD). When the units are in the "
                     "same database, or --upload-units lets CityAtlas send them with the query, the database counts and sums "
                     "by the same rules in one SQL statement and sends back one row per unit; otherwise the points within "
                     "the units' extent are streamed here. Rows of a database table are numbered by their key.").arg(ListedProblemRows),
         {
             {u"points"_s, CliText::tr("The points: a point layer or a table, FILE or FILE:LAYER."), u"file[:layer]"_s},
             {u"upload-units"_s, CliText::tr("Points in PostGIS, units elsewhere: send the unit polygons to the database with "
                                             "the query, to count there.")},
             {u"local"_s, CliText::tr("Points in PostGIS: stream every point here instead of counting in the database.")},
             {u"x"_s, CliText::tr("Column of the x coordinate (longitude) of a table."), u"field"_s},
             {u"y"_s, CliText::tr("Column of the y coordinate (latitude) of a table."), u"field"_s},
             {u"crs"_s, CliText::tr("Coordinate reference system of the points, e.g. EPSG:4490 (default: the layer's; "
                                    "EPSG:4326 longitude/latitude for a table)."), u"crs"_s},
             {u"to"_s, CliText::tr("The polygon units, PATH or PATH:LAYER (default: the bundled provinces)."), u"layer"_s},
             {u"key"_s, CliText::tr("Field identifying the units (default code)."), u"field"_s, u"code"_s},
             {u"weight"_s, CliText::tr("Numeric field to sum per unit; repeat (or separate by commas) for several."), u"field"_s},
             {u"out"_s, CliText::tr("Write the per-unit counts and sums to this CSV file."), u"file"_s},
             jsonOption(),
             timingsOption(),
             remoteOption(),
         },
         {}, aggregatePointsCommand, {}},
        {u"names"_s, CliText::tr("Count a list of place names per province, prefecture or county."),
         CliText::tr("Matches each place name of a table to an administrative unit of the bundled gazetteer (the NBS 2023 "
                     "list of provinces, prefectures and county-level units) and counts the rows per unit at the level. "
                     "Names may be full or short forms, may start with their parents (河北省石家庄市正定县), may be former "
                     "names (莱芜市, 襄樊市: flagged), or a zone after a known name (盐城市城南新区: matched by the longest "
                     "known prefix, flagged). A name that fits several units is listed as ambiguous with its candidates, an "
                     "unknown one as unmatched; nothing is guessed. Rows are numbered as in a spreadsheet (the header is row 1)."),
         {
             {u"list"_s, CliText::tr("The table of names, PATH or PATH:LAYER (CSV, XLSX, ...; read as text)."), u"file"_s},
             {u"field"_s, CliText::tr("The column holding the place names."), u"name"_s},
             {u"level"_s, CliText::tr("Count per province, prefecture or county."), u"province|prefecture|county"_s},
             {u"json"_s, CliText::tr("Print JSON: n, units (code, name_zh, count), ambiguous (row, name, candidates), "
                                     "unmatched (row, name), above_level (row, name, code) and rows (how each row matched).")},
             {u"out"_s, CliText::tr("Write the counts per unit (code, name_zh, count) to this CSV file."), u"file"_s},
             timingsOption(),
         },
         {}, aggregateNames, {}},
        {u"pilots"_s, CliText::tr("Pilot density by province from a list of pilot units."),
         CliText::tr("Matches a list of pilot units (place names, as for 'aggregate names') and gives per province: the "
                     "pilots in it, pilots per 10,000 km² of land and per million residents (from the province layer's "
                     "area and population), and the share of its prefecture-level units with at least one pilot (a "
                     "municipality counts as one unit; a county-level unit directly under a province as its own). Write "
                     "the table with --out and join it on code for inequality, Moran's I, maps and figures. A list "
                     "template: datasets/templates/pilot_list_template.csv."),
         dataOptions() + Options{
             {u"list"_s, CliText::tr("The table of pilot units, PATH or PATH:LAYER (CSV, XLSX, ...; read as text)."), u"file"_s},
             {u"field"_s, CliText::tr("The column holding the place names."), u"name"_s},
             {u"batch"_s, CliText::tr("A column with the batch of each pilot: adds pilots per batch."), u"field"_s},
             {u"population"_s, CliText::tr("Population field of the province layer (default pop_2022)."), u"name"_s, u"pop_2022"_s},
             {u"population-unit"_s, CliText::tr("Persons per unit of the population field (default 10000, as in the bundled table)."), u"n"_s, u"10000"_s},
             {u"area"_s, CliText::tr("Land area field in km² of the province layer (default area_km2, the official area)."), u"name"_s, u"area_km2"_s},
             {u"json"_s, CliText::tr("Print JSON: n, pilots, provinces (code, name_zh, pilots, pilots_per_10k_km2, "
                                     "pilots_per_million, prefectures, prefectures_with_pilot, prefecture_share), ambiguous, unmatched.")},
             {u"out"_s, CliText::tr("Write the table per province to this CSV file."), u"file"_s},
             timingsOption(),
         },
         {}, aggregatePilots, {}},
    };
}

QList<Command> commands()
{
    return {
        {u"info"_s, CliText::tr("Describe a vector dataset or table: layers, features, fields, extent, CRS."), {},
         {jsonOption(), remoteOption()}, {{u"path"_s, CliText::tr("The dataset to describe.")}}, info, {}},
        {u"datasets"_s, CliText::tr("List the bundled datasets and where they are installed."), {}, {jsonOption()}, {}, datasets, {}},
        {u"map"_s, CliText::tr("Draw a choropleth map to PNG, SVG or PDF."),
         CliText::tr("Draw a choropleth map to PNG, SVG or PDF.\n"
                     "Every map says under its source line that it is a sketch map (示意图), not a standard map (标准地图): "
                     "the bundled boundaries are not a reviewed base map and have no South China Sea Islands. A map "
                     "published in China needs a reviewed base map (标准地图服务, bzdt.ch.mnr.gov.cn) or a map review "
                     "number (审图号), and a national map shows the islands, usually as an inset: --inset-layer."),
         Options{
             {u"default"_s, CliText::tr("The default map: population density of China's provinces, 2022.")},
             {u"field"_s, CliText::tr("Numeric field to map."), u"name"_s},
             {u"classes"_s, CliText::tr("Number of classes (default 5)."), u"n"_s, u"5"_s},
             {u"method"_s, CliText::tr("quantile, equal, jenks, stddev, manual (with --breaks) or unique (one colour per value; default quantile)."), u"method"_s, u"quantile"_s},
             {u"breaks"_s, CliText::tr("Manual class breaks, increasing, e.g. 100,300,600 (--method manual)."), u"values"_s},
             {u"ramp"_s, CliText::tr("ColorBrewer colour scheme (default YlOrRd)."), u"name"_s, ColorRamp::defaultName()},
             {u"reverse"_s, CliText::tr("Reverse the colour scheme.")},
             {u"title"_s, CliText::tr("Map title."), u"text"_s},
             {u"labels"_s, CliText::tr("Field to label the units with."), u"field"_s},
             {u"out"_s, CliText::tr("Output file: .png, .svg or .pdf."), u"file"_s},
             {u"width"_s, CliText::tr("Width in pixels (default 1600)."), u"px"_s, u"1600"_s},
             {u"height"_s, CliText::tr("Height in pixels (default 1200)."), u"px"_s, u"1200"_s},
             {u"dpi"_s, CliText::tr("Resolution (default 150)."), u"dpi"_s, u"150"_s},
             {u"inset-layer"_s, CliText::tr("Base layer for a South China Sea Islands inset (南海诸岛附图), PATH or PATH:LAYER: "
                                            "drawn in the lower right corner at 105–125°E, 3–25°N. CityAtlas bundles no "
                                            "such layer; take it from a reviewed base map."), u"path"_s},
             timingsOption(),
         } + dataOptions(),
         {}, map, {}},
        {u"analyze"_s, CliText::tr("Regional imbalance and spatial statistics of a field."), {}, {}, {}, nullptr, analyses()},
        {u"aggregate"_s, CliText::tr("Count points and lists of places per administrative unit."), {}, {}, {}, nullptr, aggregateCommands()},
        {u"figure"_s, CliText::tr("Draws one of the paper's figures, from the bundled data or from a table you give."), {},
         {
             {u"list"_s, CliText::tr("Print the figure names and exit.")},
             {u"data"_s, CliText::tr("Draw from this table instead of the bundled data (fig4: a Web of Science or Scopus export; "
                                     "fig3: an indicator system .json; fig6: also a project .cityatlas with review records)."), u"PATH"_s},
             {u"out"_s, CliText::tr("Output file: .png, .svg or .pdf."), u"FILE"_s},
             {u"width"_s, CliText::tr("Width in pixels (default 2000)."), u"W"_s},
             {u"height"_s, CliText::tr("Height in pixels (default 1250; table2: 1500)."), u"H"_s},
             {u"dpi"_s, CliText::tr("Dots per inch (default 200). SVG and PDF get the same physical size, width/dpi inches."), u"D"_s},
         },
         {{u"name"_s, CliText::tr("the figure (see --list)"), u"NAME"_s}}, figure, {}},
        {u"evaluate"_s, CliText::tr("Composite smart-city index, ranks and Monte Carlo rank intervals."),
         CliText::tr("Composite smart-city index: matches an indicator table to an indicator system, validates it (missing "
                     "indicators, non-numeric or empty cells, outliers beyond 3 IQR), weights, normalises and aggregates the "
                     "indicators, and ranks the units; --mc adds Monte Carlo rank intervals.\n"
                     "Columns are matched to indicators by the template's \"column\", the indicator id, its English or its "
                     "Chinese name, ignoring case. Without --system every numeric column except the id and name is an indicator.\n"
                     "'--system sample' without --indicators evaluates the bundled SAMPLE table (synthetic values for the 31 "
                     "provinces, not statistics)."),
         {
             {u"indicators"_s, CliText::tr("Indicator table, PATH or PATH:LAYER (CSV, XLSX, GeoPackage, ...). Required, "
                                           "except with --system sample."), u"path"_s},
             {u"system"_s, CliText::tr("Indicator system: gbt33356, giffinger, sample, or a JSON file."), u"name|file"_s},
             {u"level"_s, CliText::tr("Evaluate the system's leaves, or its first level (1) from a table of first-level scores."), u"leaves|1"_s, u"leaves"_s},
             {u"id"_s, CliText::tr("Field identifying the units (default: code, else the first column)."), u"field"_s},
             {u"name"_s, CliText::tr("Field naming the units (default: name_en, name or name_zh)."), u"field"_s},
             {u"weights"_s, CliText::tr("template, equal, entropy, critic, pca, ahp:FILE (pairwise matrix CSV) or file:FILE "
                                        "(indicator,weight CSV summing to 1). Default: template with --system, else equal. "
                                        "entropy and critic always weigh the min–max normalised values (by direction), "
                                        "whatever --normalise says."), u"method"_s},
             {u"normalise"_s, CliText::tr("minmax, zscore or rank (default minmax; with topsis: TOPSIS's own vector "
                                          "normalisation of the raw values). It normalises the values aggregated into "
                                          "scores; entropy and CRITIC weights are computed from min–max values in any case."), u"method"_s},
             {u"aggregate"_s, CliText::tr("arithmetic, geometric (ε = 0.01 shift) or topsis."), u"method"_s, u"arithmetic"_s},
             {u"cost"_s, CliText::tr("Indicators (columns or ids) where smaller is better, besides the system's."), u"field,..."_s},
             {u"mc"_s, CliText::tr("Monte Carlo draws over the weights (and the methods named by --mc-normalise/--mc-aggregate)."), u"n"_s},
             {u"seed"_s, CliText::tr("Seed of the Monte Carlo draws."), u"s"_s, u"12345"_s},
             {u"mc-perturb"_s, CliText::tr("Weight perturbation: dirichlet (around the weights), uniform (± --mc-range) or none."), u"kind"_s, u"dirichlet"_s},
             {u"mc-concentration"_s, CliText::tr("Dirichlet concentration κ (larger: closer to the weights)."), u"k"_s, u"100"_s},
             {u"mc-range"_s, CliText::tr("Uniform perturbation: each weight varies by ± this fraction."), u"r"_s, u"0.2"_s},
             {u"mc-normalise"_s, CliText::tr("Further normalisations drawn in the Monte Carlo, e.g. rank,zscore."), u"list"_s},
             {u"mc-aggregate"_s, CliText::tr("Further aggregations drawn in the Monte Carlo, e.g. geometric,topsis."), u"list"_s},
             {u"layer"_s, CliText::tr("Map layer to check the units against (PATH[:LAYER]); its units without a row are listed."), u"path"_s},
             {u"layer-id"_s, CliText::tr("Key field of --layer (default code)."), u"field"_s, u"code"_s},
             {u"check"_s, CliText::tr("Only print the validation report (exit 1 when it has errors).")},
             {u"json"_s, CliText::tr("Print JSON: parameters, weights (indicator → weight) and units (id, score, rank, with "
                                     "--mc rank_median, rank_p05, rank_p95).")},
             {u"out"_s, CliText::tr("Write the per-unit result to this .csv (with FILE.csvt, the types), .xlsx or .ods file, "
                                    "with FILE.parameters.json (the method parameters) next to it."), u"file"_s},
             remoteOption(),
         },
         {}, evaluate, {}},
        {u"project"_s, CliText::tr("Project files: layers with checksums, analyses, review records."), {}, {}, {}, nullptr, projectCommands()},
        {u"review"_s, CliText::tr("Smart-city top-level design coverage review of a project."), {}, {}, {}, nullptr, reviewCommands()},
        {u"report"_s, CliText::tr("A saved report (or the default one) as PDF or HTML."),
         CliText::tr("Regenerates a report saved in a project as PDF or self-contained HTML. A project without a saved report, "
                     "or --template default, gives the default report \"Smart cities in China\" from the bundled data."),
         {
             {u"name"_s, CliText::tr("The saved report to write (needed when the project has several)."), u"NAME"_s},
             {u"template"_s, CliText::tr("Write a template instead of a saved report: 'default'."), u"NAME"_s},
             {u"list"_s, CliText::tr("Print the names of the project's reports and exit.")},
             {u"out"_s, CliText::tr("Output file: .pdf or .html."), u"FILE"_s},
             remoteOption(),
         },
         {{u"project"_s, CliText::tr("the project file (.cityatlas)"), u"[FILE]"_s}}, report, {}},
    };
}

} // namespace

Command commandTable()
{
    // --lang and --version are read by climain.cpp before a command is chosen.
    return {u"cityatlas-cli"_s,
            CliText::tr("CityAtlas on the command line: datasets, maps, spatial analyses, figures, evaluations, projects "
                        "and reports."),
            {},
            {{u"lang"_s, CliText::tr("Language of the messages (default: the system's)."), u"en|zh_CN"_s},
             {{u"v"_s, u"version"_s}, CliText::tr("Print the version.")}},
            {},
            nullptr,
            commands()};
}

} // namespace CityAtlas::Cli
