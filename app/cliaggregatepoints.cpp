#include "app/cliaggregatepoints.h"

#include "app/clishared.h"
#include "maps/data/bundleddata.h"
#include "maps/data/outputguard.h"
#include "maps/data/pointaggregation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

// The weight fields of every --weight, each a name or a comma-separated list.
QStringList weightFields(const QCommandLineParser &parser)
{
    QStringList fields;
    for (const QString &value : parser.values(u"weight"_s))
        for (const QString &field : value.split(u',', Qt::SkipEmptyParts))
            fields << field.trimmed();
    return fields;
}

// "FILE, row 12, field lon: 'abc' is not a number; the row is not counted"
QString problemText(const QString &file, const PointProblem &problem)
{
    const QString where = problem.field.isEmpty() ? CliText::tr("%1, row %2").arg(file).arg(problem.row)
                                                  : CliText::tr("%1, row %2, field %3").arg(file).arg(problem.row).arg(problem.field);
    return problem.pointCounted ? CliText::tr("%1: %2; the point is counted without this weight").arg(where, problem.message)
                                : CliText::tr("%1: %2; the row is not counted").arg(where, problem.message);
}

// The per-unit columns: the key, count, and "sum" (one weight) or "sum_FIELD" (several).
QStringList sumColumns(const QStringList &weights)
{
    if (weights.size() == 1)
        return {u"sum"_s};
    QStringList columns;
    for (const QString &w : weights)
        columns << u"sum_"_s + w;
    return columns;
}

QJsonObject toJson(const PointAggregation &result, const QString &keyField, const QString &pointsPath, const QString &unitsSource)
{
    // The key keeps its field's name ("code"), unless that name is taken by the counts.
    const QString keyName = keyField == u"count"_s || keyField == u"sum"_s ? u"key"_s : keyField;
    QJsonArray units;
    for (const UnitTotal &unit : result.units) {
        QJsonObject o{{keyName, unit.key}, {u"count"_s, unit.count}};
        if (unit.sums.size() == 1) {
            o[u"sum"_s] = unit.sums.first();
        } else if (unit.sums.size() > 1) {
            QJsonObject sums;
            for (qsizetype w = 0; w < unit.sums.size(); ++w)
                sums[result.weightFields.at(w)] = unit.sums.at(w);
            o[u"sum"_s] = sums;
        }
        units.append(o);
    }
    QJsonArray weights;
    for (qsizetype w = 0; w < result.weightFields.size(); ++w)
        weights.append(QJsonObject{{u"field"_s, result.weightFields.at(w)}, {u"missing"_s, result.missingWeights.value(w)}});
    QJsonArray problems;
    for (const PointProblem &p : result.problems) {
        QJsonObject o{{u"row"_s, p.row}, {u"problem"_s, p.message}, {u"point_counted"_s, p.pointCounted}};
        if (!p.field.isEmpty())
            o[u"field"_s] = p.field;
        problems.append(o);
    }
    QJsonObject root{{u"points"_s, pointsPath},
                     {u"units_layer"_s, unitsSource},
                     {u"key"_s, keyField},
                     {u"rows"_s, result.rowsRead},
                     {u"n_points"_s, result.points},
                     {u"outside"_s, result.outside},
                     {u"invalid"_s, result.invalidRows},
                     {u"weights"_s, weights},
                     {u"bad_rows"_s, problems},
                     {u"bad_rows_total"_s, result.problemCount},
                     {u"units"_s, units}};
    if (!result.xField.isEmpty()) {
        root[u"x"_s] = result.xField;
        root[u"y"_s] = result.yField;
    }
    return root;
}

} // namespace

int aggregatePointsCommand(const QCommandLineParser &parser)
{
    const QString pointsSpec = parser.value(u"points"_s);
    if (pointsSpec.isEmpty())
        return fail(CliText::tr("aggregate points: --points FILE[:LAYER] is required"));
    const QString unitsSpec = parser.value(u"to"_s);
    const QString unitsInput = unitsSpec.isEmpty() ? BundledData::provincesPath() : unitsSpec;
    if (parser.isSet(u"out"_s)) {
        if (const QString problem = OutputGuard::check(parser.value(u"out"_s), {pointsSpec, unitsInput}); !problem.isEmpty())
            return fail(problem);
    }

    PointAggregationRequest request;
    std::tie(request.points.path, request.points.layer) = VectorReader::splitLayerSpec(pointsSpec);
    request.points.xField = parser.value(u"x"_s);
    request.points.yField = parser.value(u"y"_s);
    request.points.crs = parser.value(u"crs"_s);
    request.points.weightFields = weightFields(parser);
    request.points.access = sourceAccess(parser);
    std::tie(request.unitsPath, request.unitsLayer) = VectorReader::splitLayerSpec(unitsInput);
    request.keyField = parser.value(u"key"_s);
    request.listedProblems = ListedProblemRows;
    request.uploadUnits = parser.isSet(u"upload-units"_s);
    request.inDatabase = !parser.isSet(u"local"_s);

    const PointAggregation result = aggregatePoints(request);
    if (!result.isValid())
        return fail(firstError(result.issues));
    printWarnings(result.issues);
    QTextStream err(stderr);
    if (result.countedInDatabase)
        err << "cityatlas-cli: " << CliText::tr("counted in the database: %1").arg(request.points.path) << Qt::endl;
    else if (!result.notInDatabase.isEmpty())
        err << "cityatlas-cli: " << CliText::tr("not counted in the database (%1); the points were streamed here")
                                        .arg(result.notInDatabase) << Qt::endl;
    for (const PointProblem &problem : result.problems)
        err << "cityatlas-cli: " << CliText::tr("warning: %1").arg(problemText(request.points.path, problem)) << Qt::endl;
    if (result.problemCount > result.problems.size())
        err << "cityatlas-cli: " << CliText::tr("warning: %1: further problems, not listed: %2")
                                        .arg(request.points.path).arg(result.problemCount - result.problems.size()) << Qt::endl;

    const QStringList sums = sumColumns(result.weightFields);
    if (parser.isSet(u"out"_s)) {
        QList<QStringList> rows;
        for (const UnitTotal &unit : result.units) {
            QStringList row{unit.key, QString::number(unit.count)};
            for (double s : unit.sums)
                row << exact(s);
            rows << row;
        }
        if (const QString e = writeCsv(parser.value(u"out"_s), QStringList{request.keyField, u"count"_s} + sums, rows); !e.isEmpty())
            return fail(e);
    }
    if (parser.isSet(u"json"_s)) {
        printJson(toJson(result, request.keyField, request.points.path, unitsInput));
        return 0;
    }

    QTextStream out(stdout);
    out << CliText::tr("%1 into %2: %3 points counted, %4 of them outside every unit; rows read: %5, without usable "
                       "coordinates: %6").arg(request.points.path, unitsInput).arg(result.points).arg(result.outside)
               .arg(result.rowsRead).arg(result.invalidRows) << "\n";
    for (qsizetype w = 0; w < result.weightFields.size(); ++w)
        if (result.missingWeights.value(w) > 0)
            out << CliText::tr("%1: points counted without a usable value: %2").arg(result.weightFields.at(w)).arg(result.missingWeights.value(w))
                << "\n";
    int keyWidth = displayWidth(request.keyField);
    for (const UnitTotal &unit : result.units)
        keyWidth = std::max(keyWidth, displayWidth(unit.key));
    out << padRight(request.keyField, keyWidth + 2) << padLeft(CliText::tr("count"), 10);
    for (const QString &s : sums)
        out << padLeft(s, 18);
    out << "\n";
    for (const UnitTotal &unit : result.units) {
        out << padRight(unit.key, keyWidth + 2) << padLeft(QString::number(unit.count), 10);
        for (double s : unit.sums)
            out << padLeft(QString::number(s, 'g', 12), 18);
        out << "\n";
    }
    return 0;
}

} // namespace CityAtlas::Cli
