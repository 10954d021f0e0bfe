#pragma once

#include "analysis/feedback.h"
#include "maps/data/pointaggregation.h"

namespace CityAtlas {

// aggregatePoints() for points in a PostGIS table ("PG:..." connection). When it can, the
// database does the counting and summing in one SQL statement and sends back only one row per
// unit: the unit polygons, exactly as the local path reads them, travel with the statement
// (so it also runs on a read-only replica), the points' GiST index finds the points in each
// unit (ST_Intersects), and points within a hair of an edge are placed by the same half-open
// crossing rule as UnitIndex, computed on the same doubles; where units overlap, the first in
// the layer's order takes the point. Counts, sums and problems are those of the local path.
// It can when the units are in the same database or request.uploadUnits allows sending them,
// the points come from the table's point geometry in the units' coordinate reference system,
// and the weights are numeric columns. Otherwise (PointAggregation::notInDatabase says why)
// the points are streamed through the local path, only those within the units' bounding box
// when the systems agree (the database's index picks them; the rows outside are counted there).
// Cancelling through feedback cancels the running statement (pg_cancel_backend).
PointAggregation aggregatePointsInDatabase(const PointAggregationRequest &request, Feedback *feedback = nullptr);

} // namespace CityAtlas
