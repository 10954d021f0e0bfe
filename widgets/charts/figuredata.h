#pragma once

#include "maps/data/vectorreader.h"
#include "widgets/charts/figure.h"

#include <optional>

namespace CityAtlas::FigureData {

// Reads a figure's table through GDAL (VectorReader): dataPath, or the bundled file
// (relative to the datasets folder) when dataPath is empty. Tab-delimited ".txt" files
// (Web of Science exports) are read as TSV.
LoadResult read(const QString &dataPath, const QString &bundledFile);
// The figure result of a table that could not be read: its issues (with at least one error).
FigureResult loadFailure(const LoadResult &loaded);

// The first column named like one of the candidates (case-insensitive), else -1.
int column(const FeatureTable &table, const QStringList &candidates);
// The first numeric (or text) column not in `except`, else -1.
int firstColumn(const FeatureTable &table, bool numeric, const QList<int> &except = {});
// In a Chinese locale, "<name>_zh" when the table has it; else `column`.
int localizedColumn(const FeatureTable &table, int column);
bool chineseLocale();

// Text of a cell, trimmed.
QString text(const FeatureTable &table, int row, int column);
// A whole number in a cell, also when GDAL read the column as text ("2019").
std::optional<qint64> integer(const FeatureTable &table, int row, int column);

// "<file>: no <what> column (expected one of: ...; columns: ...)"
Issue missingColumn(const FeatureTable &table, const QString &what, const QStringList &candidates);
// "<file>, row <n>: <message>" (n is 1-based, the header being row 0 of a CSV file)
Issue rowError(const FeatureTable &table, int row, const QString &message);

// Provenance of a table: DerivedSample or Sample when a status column says so (or, for
// Sample, when the file name contains "sample"); else `otherwise`.
FigureProvenance provenanceOf(const FeatureTable &table, FigureProvenance otherwise);

QString fileName(const FeatureTable &table);

// A chart title that says "sample" / "derived sample" when the data is one.
QString titleFor(const QString &title, FigureProvenance provenance);

} // namespace CityAtlas::FigureData
