#pragma once

#include "analysis/feedback.h"
#include "analysis/issue.h"
#include "maps/data/pointreader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace CityAtlas {

class UnitIndex;

// Which points to count into which units.
struct PointAggregationRequest
{
    PointSourceOptions points;
    QString unitsPath;  // polygon layer (PATH, or a .zip holding one dataset); empty: the bundled provinces
    QString unitsLayer; // empty: the first layer
    QString keyField = QStringLiteral("code");
    int listedProblems = 100; // problem rows kept in full; the rest are only counted
    // Points in a PostGIS table (a "PG:" connection): count them in the database when the units
    // are in the same database, or anywhere when uploadUnits lets CityAtlas put the unit polygons
    // into a temporary table there (postgisaggregation.h). False: stream every point here.
    bool inDatabase = true;
    bool uploadUnits = false;
};

// One unit's points: how many, and the sum of each weight field over them.
struct UnitTotal
{
    QString key;
    qint64 count = 0;
    QList<double> sums; // one per weight field, in the order asked; points without a usable weight add nothing
};

// What aggregatePoints() found. Every row read is a point in a unit, a point outside all
// units, or an invalid row: rowsRead = points + invalidRows, points = Σ count + outside.
struct PointAggregation
{
    QList<UnitTotal> units;    // every unit, in the units layer's order
    QStringList weightFields;
    QString xField, yField;    // the coordinate columns used; empty when the points are a layer's geometry
    qint64 rowsRead = 0;
    qint64 points = 0;         // rows with usable coordinates
    qint64 outside = 0;        // of those, in no unit
    qint64 invalidRows = 0;    // rows with missing or unusable coordinates, not counted anywhere
    QList<qint64> missingWeights; // per weight field: points counted whose weight is missing or not a number
    QList<PointProblem> problems; // the first listedProblems problems, in row order
    qint64 problemCount = 0;   // all problems, listed or not
    IssueList issues;          // warnings; an error when the aggregation failed or was cancelled
    // Points from a database: counted there by one SQL statement (only the per-unit rows came
    // back); else why not, when they were streamed instead (empty for other sources).
    bool countedInDatabase = false;
    QString notInDatabase;

    bool isValid() const { return !hasErrors(issues); }
};

// Counts the points of a layer or table into polygon units and sums their weights, streaming
// the points a batch at a time (memory does not grow with their number) and locating each with
// the units' grid index (UnitIndex: boundary and overlap rules). Points are transformed into
// the units' coordinate reference system. Compensated sums. The points are read on a second
// thread, a few batches ahead; the call returns when all is done. feedback: progress and
// cancel, polled every few thousand points; cancelling yields an error issue and no units.
PointAggregation aggregatePoints(const UnitIndex &units, const PointSourceOptions &points, Feedback *feedback = nullptr,
                                 int listedProblems = 100);
// The same, reading the units (UnitIndex::read) while the first points are read.
PointAggregation aggregatePoints(const PointAggregationRequest &request, Feedback *feedback = nullptr);

} // namespace CityAtlas
