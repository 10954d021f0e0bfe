<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BundledData</name>
    <message>
        <source>Population density 2022 (people per km²)</source>
        <translation>Population density 2022 (people per km²)</translation>
    </message>
    <message>
        <source>Resident population 2022 (10,000 persons)</source>
        <translation>Resident population 2022 (10,000 persons)</translation>
    </message>
    <message>
        <source>Resident population 2021 (10,000 persons)</source>
        <translation>Resident population 2021 (10,000 persons)</translation>
    </message>
    <message>
        <source>Resident population 2020 (10,000 persons)</source>
        <translation>Resident population 2020 (10,000 persons)</translation>
    </message>
    <message>
        <source>Land area (km²)</source>
        <translation>Land area (km²)</translation>
    </message>
    <message>
        <source>Area on the map (km², Albers equal-area)</source>
        <translation>Area on the map (km², Albers equal-area)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Aggregation</name>
    <message numerus="yes">
        <source>%n more cell(s) with the same problem were not listed.</source>
        <translation>
            <numerusform>%n more cell with the same problem was not listed.</numerusform>
            <numerusform>%n more cells with the same problem were not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift ε of the geometric mean must be a positive number; it is %1.</source>
        <translation>The shift ε of the geometric mean must be a positive number; it is %1.</translation>
    </message>
    <message>
        <source>%1, %2: the value %3 is negative; the geometric mean needs positive values (use min–max, rank or distance-to-target normalisation, not z-scores).</source>
        <translation>%1, %2: the value %3 is negative; the geometric mean needs positive values (use min–max, rank or distance-to-target normalisation, not z-scores).</translation>
    </message>
    <message>
        <source>%1, %2: the value is 0, so the geometric mean would be 0 whatever the other indicators are. Shift the values by a small ε (ZeroHandling::Shift) or use the arithmetic mean.</source>
        <translation>%1, %2: the value is 0, so the geometric mean would be 0 whatever the other indicators are. Shift the values by a small ε (ZeroHandling::Shift) or use the arithmetic mean.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.</source>
        <translation>
            <numerusform>%n cell was 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.</numerusform>
            <numerusform>%n cells were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted arithmetic mean</source>
        <translation>weighted arithmetic mean</translation>
    </message>
    <message>
        <source>weighted geometric mean</source>
        <translation>weighted geometric mean</translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <source>%1 is 0 for every unit: its vector normalisation x / sqrt(Σ x²) is undefined. Remove the indicator or give it weight 0.</source>
        <translation>%1 is 0 for every unit: its vector normalisation x / sqrt(Σ x²) is undefined. Remove the indicator or give it weight 0.</translation>
    </message>
    <message>
        <source>All %1 units have the same values on every indicator with a positive weight: the ideal and anti-ideal solutions coincide, so the TOPSIS closeness is undefined.</source>
        <translation>All %1 units have the same values on every indicator with a positive weight: the ideal and anti-ideal solutions coincide, so the TOPSIS closeness is undefined.</translation>
    </message>
    <message>
        <source>TOPSIS cannot aggregate indicators within a group; use the weighted arithmetic or geometric mean.</source>
        <translation>TOPSIS cannot aggregate indicators within a group; use the weighted arithmetic or geometric mean.</translation>
    </message>
    <message>
        <source>The hierarchy lists %1 parent(s) and %2 weight(s) for %3 leaf indicator(s); each leaf needs one of both.</source>
        <translation>The hierarchy lists %1 parent(s) and %2 weight(s) for %3 leaf indicator(s); each leaf needs one of both.</translation>
    </message>
    <message>
        <source>group %1 “%2”</source>
        <translation>group %1 “%2”</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>The parent of %1 is %2; it must be a group index from 0 to %3.</source>
        <translation>The parent of %1 is %2; it must be a group index from 0 to %3.</translation>
    </message>
    <message>
        <source>The weight of %1 within its group is %2; weights must be finite and non-negative.</source>
        <translation>The weight of %1 within its group is %2; weights must be finite and non-negative.</translation>
    </message>
    <message>
        <source>%1 has no indicators; every group needs at least one.</source>
        <translation>%1 has no indicators; every group needs at least one.</translation>
    </message>
    <message>
        <source>The weights within %1 sum to %2, not 1 (tolerance %3).</source>
        <translation>The weights within %1 sum to %2, not 1 (tolerance %3).</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ChoroplethControls</name>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Numeric field shown on the map</source>
        <translation>Numeric field shown on the map</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standard deviation</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Number of classes</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classes:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Evaluation</name>
    <message>
        <source>indicator %1 “%2”</source>
        <translation>indicator %1 “%2”</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>indicator %1</translation>
    </message>
    <message>
        <source>unit %1 “%2”</source>
        <translation>unit %1 “%2”</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>The indicator matrix is empty (%1 units × %2 indicators); at least %3 units and 1 indicator are needed.</source>
        <translation>The indicator matrix is empty (%1 units × %2 indicators); at least %3 units and 1 indicator are needed.</translation>
    </message>
    <message>
        <source>The indicator matrix has %1 unit(s); this method needs at least %2.</source>
        <translation>The indicator matrix has %1 unit(s); this method needs at least %2.</translation>
    </message>
    <message>
        <source>%1 indicator direction(s) were given for %2 indicator(s); every indicator needs one (benefit or cost).</source>
        <translation>%1 indicator direction(s) were given for %2 indicator(s); every indicator needs one (benefit or cost).</translation>
    </message>
    <message>
        <source>%1 indicator name(s) were given for %2 indicator(s).</source>
        <translation>%1 indicator name(s) were given for %2 indicator(s).</translation>
    </message>
    <message>
        <source>%1 unit name(s) were given for %2 unit(s).</source>
        <translation>%1 unit name(s) were given for %2 unit(s).</translation>
    </message>
    <message>
        <source>%1, %2: the value is not a finite number (%3); fill or remove missing values first.</source>
        <translation>%1, %2: the value is not a finite number (%3); fill or remove missing values first.</translation>
    </message>
    <message numerus="yes">
        <source>%n more cell(s) that are not finite numbers were not listed.</source>
        <translation>
            <numerusform>%n more cell that is not a finite number was not listed.</numerusform>
            <numerusform>%n more cells that are not finite numbers were not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 weight(s) were given for %2 indicator(s).</source>
        <translation>%1 weight(s) were given for %2 indicator(s).</translation>
    </message>
    <message>
        <source>The weight of %1 is %2; weights must be finite and non-negative.</source>
        <translation>The weight of %1 is %2; weights must be finite and non-negative.</translation>
    </message>
    <message>
        <source>The weights sum to %1, not 1 (tolerance %2). Correct the weights, or normalise them by dividing each by their sum.</source>
        <translation>The weights sum to %1, not 1 (tolerance %2). Correct the weights, or normalise them by dividing each by their sum.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::FieldCombo</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::GetisOrd</name>
    <message>
        <source>Getis-Ord Gi*</source>
        <translation>Getis-Ord Gi*</translation>
    </message>
    <message>
        <source>The significance level %1 is not between 0 and 1.</source>
        <translation>The significance level %1 is not between 0 and 1.</translation>
    </message>
    <message>
        <source>Getis-Ord Gi* is undefined: the values sum to zero. Gi* is meant for non-negative values such as counts or amounts.</source>
        <translation>Getis-Ord Gi* is undefined: the values sum to zero. Gi* is meant for non-negative values such as counts or amounts.</translation>
    </message>
    <message>
        <source>%1 of %2 values are negative; Getis-Ord Gi* assumes non-negative values, so G*_i is hard to interpret (the z-scores remain defined).</source>
        <translation>%1 of %2 values are negative; Getis-Ord Gi* assumes non-negative values, so G*_i is hard to interpret (the z-scores remain defined).</translation>
    </message>
    <message>
        <source>Getis-Ord Gi* has zero variance for %1 units (%2): they are linked to every other unit. They get z = 0 and p = 1 and are not significant.</source>
        <translation>Getis-Ord Gi* has zero variance for %1 units (%2): they are linked to every other unit. They get z = 0 and p = 1 and are not significant.</translation>
    </message>
    <message>
        <source>The conditional permutation test of Getis-Ord Gi* was cancelled: no pseudo p-values and no hot-spot map; the analytical z-scores and p-values are complete.</source>
        <translation>The conditional permutation test of Getis-Ord Gi* was cancelled: no pseudo p-values and no hot-spot map; the analytical z-scores and p-values are complete.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ImbalancePanel</name>
    <message>
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Weight:</translation>
    </message>
    <message>
        <source>Decompose by:</source>
        <translation>Decompose by:</translation>
    </message>
    <message>
        <source>Population weights for per-capita variables; (none) for unweighted measures</source>
        <translation>Population weights for per-capita variables; (none) for unweighted measures</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Computing inequality…</source>
        <translation>Computing inequality…</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>weighted</translation>
    </message>
    <message>
        <source>unweighted</source>
        <translation>unweighted</translation>
    </message>
    <message>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <source>Theil T (GE(1))</source>
        <translation>Theil T (GE(1))</translation>
    </message>
    <message>
        <source>Theil L (GE(0), MLD)</source>
        <translation>Theil L (GE(0), MLD)</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Coefficient of variation</translation>
    </message>
    <message>
        <source>Theil T within groups</source>
        <translation>Theil T within groups</translation>
    </message>
    <message>
        <source>Theil T between groups</source>
        <translation>Theil T between groups</translation>
    </message>
    <message>
        <source>  T within %1</source>
        <translation>  T within %1</translation>
    </message>
    <message>
        <source>contributes %1</source>
        <translation>contributes %1</translation>
    </message>
    <message>
        <source>Theil L within groups</source>
        <translation>Theil L within groups</translation>
    </message>
    <message>
        <source>Theil L between groups</source>
        <translation>Theil L between groups</translation>
    </message>
    <message>
        <source>Gini within groups (Dagum)</source>
        <translation>Gini within groups (Dagum)</translation>
    </message>
    <message>
        <source>Gini net between groups</source>
        <translation>Gini net between groups</translation>
    </message>
    <message>
        <source>Gini transvariation</source>
        <translation>Gini transvariation</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Inequality</name>
    <message numerus="yes">
        <source>%n more unit(s) with invalid input were not listed.</source>
        <translation>
            <numerusform>%n more unit with invalid input was not listed.</numerusform>
            <numerusform>%n more units with invalid input were not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Theil T index</source>
        <translation>Theil T index</translation>
    </message>
    <message>
        <source>Theil L index (mean log deviation)</source>
        <translation>Theil L index (mean log deviation)</translation>
    </message>
    <message>
        <source>Gini coefficient</source>
        <translation>Gini coefficient</translation>
    </message>
    <message>
        <source>%1 needs at least 2 units, got %2.</source>
        <translation>%1 needs at least 2 units, got %2.</translation>
    </message>
    <message>
        <source>%1: %2 values but %3 weights; expected one weight per unit.</source>
        <translation>%1: %2 values but %3 weights; expected one weight per unit.</translation>
    </message>
    <message>
        <source>Unit %1: the value is %2; %3 needs a finite number for every unit.</source>
        <translation>Unit %1: the value is %2; %3 needs a finite number for every unit.</translation>
    </message>
    <message>
        <source>Unit %1: the value %2 is negative; %3 needs values &gt; 0.</source>
        <translation>Unit %1: the value %2 is negative; %3 needs values &gt; 0.</translation>
    </message>
    <message>
        <source>Unit %1: the value %2 is negative; %3 needs values &gt;= 0.</source>
        <translation>Unit %1: the value %2 is negative; %3 needs values &gt;= 0.</translation>
    </message>
    <message>
        <source>Unit %1: the value is 0; %2 takes logarithms or negative powers of the values and needs values &gt; 0.</source>
        <translation>Unit %1: the value is 0; %2 takes logarithms or negative powers of the values and needs values &gt; 0.</translation>
    </message>
    <message>
        <source>Unit %1: the weight is %2; expected a finite population (or area) &gt;= 0.</source>
        <translation>Unit %1: the weight is %2; expected a finite population (or area) &gt;= 0.</translation>
    </message>
    <message>
        <source>Unit %1: the weight %2 is negative; expected a population (or area) &gt;= 0.</source>
        <translation>Unit %1: the weight %2 is negative; expected a population (or area) &gt;= 0.</translation>
    </message>
    <message>
        <source>%1: all weights are 0; expected a positive total population (or area).</source>
        <translation>%1: all weights are 0; expected a positive total population (or area).</translation>
    </message>
    <message>
        <source>%1: the weighted mean overflows; rescale the values.</source>
        <translation>%1: the weighted mean overflows; rescale the values.</translation>
    </message>
    <message>
        <source>%1: the total of the values is 0 (all values of units with a positive weight are 0), so there are no shares; inequality is undefined.</source>
        <translation>%1: the total of the values is 0 (all values of units with a positive weight are 0), so there are no shares; inequality is undefined.</translation>
    </message>
    <message>
        <source>%1: %2 values but %3 group labels; expected one label per unit.</source>
        <translation>%1: %2 values but %3 group labels; expected one label per unit.</translation>
    </message>
    <message>
        <source>%1: all units are in one group (%2); the between-group term is 0.</source>
        <translation>%1: all units are in one group (%2); the between-group term is 0.</translation>
    </message>
    <message>
        <source>%1: group %2 has only one unit (unit %3); its within-group inequality is 0 by definition.</source>
        <translation>%1: group %2 has only one unit (unit %3); its within-group inequality is 0 by definition.</translation>
    </message>
    <message>
        <source>%1: the units of group %2 all have weight 0; the group is reported with zero shares and contributes nothing.</source>
        <translation>%1: the units of group %2 all have weight 0; the group is reported with zero shares and contributes nothing.</translation>
    </message>
    <message>
        <source>%1: all values in group %2 are 0; its within-group inequality is undefined, reported as 0, and it contributes nothing.</source>
        <translation>%1: all values in group %2 are 0; its within-group inequality is undefined, reported as 0, and it contributes nothing.</translation>
    </message>
    <message>
        <source>Generalized entropy: the parameter alpha is %1; expected a finite number.</source>
        <translation>Generalized entropy: the parameter alpha is %1; expected a finite number.</translation>
    </message>
    <message>
        <source>Generalized entropy GE(%1)</source>
        <translation>Generalized entropy GE(%1)</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Coefficient of variation</translation>
    </message>
    <message>
        <source>Lorenz curve</source>
        <translation>Lorenz curve</translation>
    </message>
    <message>
        <source>Gini decomposition (Dagum)</source>
        <translation>Gini decomposition (Dagum)</translation>
    </message>
</context>
<context>
    <name>CityAtlas::InequalityReport</name>
    <message>
        <source>%1 not computed: %2</source>
        <translation>%1 not computed: %2</translation>
    </message>
    <message>
        <source>Theil T</source>
        <translation>Theil T</translation>
    </message>
    <message>
        <source>Theil L</source>
        <translation>Theil L</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Coefficient of variation</translation>
    </message>
    <message>
        <source>GE(2)</source>
        <translation>GE(2)</translation>
    </message>
    <message>
        <source>Theil T decomposition</source>
        <translation>Theil T decomposition</translation>
    </message>
    <message>
        <source>Theil L decomposition</source>
        <translation>Theil L decomposition</translation>
    </message>
    <message>
        <source>Gini decomposition</source>
        <translation>Gini decomposition</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LocalMoran</name>
    <message>
        <source>Local Moran&apos;s I</source>
        <translation>Local Moran&apos;s I</translation>
    </message>
    <message>
        <source>The significance level %1 is not between 0 and 1.</source>
        <translation>The significance level %1 is not between 0 and 1.</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I has zero variance under the null for %1 units (%2): their value equals the mean or their neighbourhood is degenerate. They get z = 0 and p = 1 and are not significant.</source>
        <translation>Local Moran&apos;s I has zero variance under the null for %1 units (%2): their value equals the mean or their neighbourhood is degenerate. They get z = 0 and p = 1 and are not significant.</translation>
    </message>
    <message>
        <source>The conditional permutation test of local Moran&apos;s I was cancelled: no pseudo p-values and no cluster map; the analytical z-scores and p-values are complete.</source>
        <translation>The conditional permutation test of local Moran&apos;s I was cancelled: no pseudo p-values and no cluster map; the analytical z-scores and p-values are complete.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LorenzChart</name>
    <message>
        <source>Lorenz curve of %1 (Gini %2)</source>
        <translation>Lorenz curve of %1 (Gini %2)</translation>
    </message>
    <message>
        <source>Equality</source>
        <translation>Equality</translation>
    </message>
    <message>
        <source>Lorenz curve</source>
        <translation>Lorenz curve</translation>
    </message>
    <message>
        <source>Cumulative share of units (or population)</source>
        <translation>Cumulative share of units (or population)</translation>
    </message>
    <message>
        <source>Cumulative share of the value</source>
        <translation>Cumulative share of the value</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MainWindow</name>
    <message>
        <source>CityAtlas</source>
        <translation>CityAtlas</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Layer…</source>
        <translation>&amp;Open Layer…</translation>
    </message>
    <message>
        <source>Open &amp;Default Map</source>
        <translation>Open &amp;Default Map</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>&amp;Export Map…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>Zoom to &amp;Layer</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CityAtlas.</source>
        <translation>The new language is used from the next start of CityAtlas.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CityAtlas</source>
        <translation>&amp;About CityAtlas</translation>
    </message>
    <message>
        <source>Loading the province map…</source>
        <translation>Loading the province map…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>%1 — CityAtlas</source>
        <translation>%1 — CityAtlas</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) loaded from %1</source>
        <translation>
            <numerusform>%n feature loaded from %1</numerusform>
            <numerusform>%n features loaded from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>%n warning: %1</numerusform>
            <numerusform>%n warnings: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Layer</source>
        <translation>Open Layer</translation>
    </message>
    <message>
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)</source>
        <translation>Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Export Map</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>Map written to %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2: no data</source>
        <translation>%1 — %2: no data</translation>
    </message>
    <message>
        <source>About CityAtlas</source>
        <translation>About CityAtlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityAtlas %1&lt;/h3&gt;&lt;p&gt;An analyst workbench for smart-city analysis in China.&lt;/p&gt;&lt;p&gt;Bundled data: boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); population from the National Bureau of Statistics; land areas from provincial governments. See the datasets folder for full provenance.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CityAtlas %1&lt;/h3&gt;&lt;p&gt;An analyst workbench for smart-city analysis in China.&lt;/p&gt;&lt;p&gt;Bundled data: boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); population from the National Bureau of Statistics; land areas from provincial governments. See the datasets folder for full provenance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <source>Regional imbalance</source>
        <translation>Regional imbalance</translation>
    </message>
    <message>
        <source>Spatial autocorrelation</source>
        <translation>Spatial autocorrelation</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MapCanvas</name>
    <message>
        <source>Feature %1</source>
        <translation>Feature %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Moran</name>
    <message>
        <source>%1 needs at least %2 units; the weights have %3.</source>
        <translation>%1 needs at least %2 units; the weights have %3.</translation>
    </message>
    <message>
        <source>%1 is undefined: all %2 values are equal (%3), so the variable has no variance.</source>
        <translation>%1 is undefined: all %2 values are equal (%3), so the variable has no variance.</translation>
    </message>
    <message>
        <source>The number of permutations (%1) must be between 0 and 1000000.</source>
        <translation>The number of permutations (%1) must be between 0 and 1000000.</translation>
    </message>
    <message>
        <source>The thread count (%1) must be 0 (automatic) or positive.</source>
        <translation>The thread count (%1) must be 0 (automatic) or positive.</translation>
    </message>
    <message>
        <source>Moran&apos;s I</source>
        <translation>Moran&apos;s I</translation>
    </message>
    <message>
        <source>The variance of Moran&apos;s I under normality is not positive (%1); no z-score under normality.</source>
        <translation>The variance of Moran&apos;s I under normality is not positive (%1); no z-score under normality.</translation>
    </message>
    <message>
        <source>The variance of Moran&apos;s I under randomisation is not positive (%1): the kurtosis of the variable (%2) is too high for the test&apos;s assumptions; use the permutation test.</source>
        <translation>The variance of Moran&apos;s I under randomisation is not positive (%1): the kurtosis of the variable (%2) is too high for the test&apos;s assumptions; use the permutation test.</translation>
    </message>
    <message>
        <source>The permutation test of Moran&apos;s I was cancelled; only the analytical tests are available.</source>
        <translation>The permutation test of Moran&apos;s I was cancelled; only the analytical tests are available.</translation>
    </message>
    <message>
        <source>The Moran scatter plot</source>
        <translation>The Moran scatter plot</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MoranScatterChart</name>
    <message>
        <source>Moran scatter plot of %1 (I = %2)</source>
        <translation>Moran scatter plot of %1 (I = %2)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>%1: z %2, lag %3</source>
        <translation>%1: z %2, lag %3</translation>
    </message>
    <message>
        <source>Slope = Moran&apos;s I</source>
        <translation>Slope = Moran&apos;s I</translation>
    </message>
    <message>
        <source>Standardised value z</source>
        <translation>Standardised value z</translation>
    </message>
    <message>
        <source>Spatial lag of z</source>
        <translation>Spatial lag of z</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Normalisation</name>
    <message>
        <source>min–max</source>
        <translation>min–max</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>distance to target</source>
        <translation>distance to target</translation>
    </message>
    <message>
        <source>Distance-to-target normalisation needs one target per indicator: %1 target(s) were given for %2 indicator(s).</source>
        <translation>Distance-to-target normalisation needs one target per indicator: %1 target(s) were given for %2 indicator(s).</translation>
    </message>
    <message>
        <source>The target of %1 is not a finite number (%2).</source>
        <translation>The target of %1 is not a finite number (%2).</translation>
    </message>
    <message>
        <source>%1 has the same value (%2) for all %3 units: min–max normalisation is undefined (max − min = 0). Remove the indicator or choose another method.</source>
        <translation>%1 has the same value (%2) for all %3 units: min–max normalisation is undefined (max − min = 0). Remove the indicator or choose another method.</translation>
    </message>
    <message>
        <source>%1 has the same value (%2) for all %3 units: its standard deviation is 0, so z-scores are undefined.</source>
        <translation>%1 has the same value (%2) for all %3 units: its standard deviation is 0, so z-scores are undefined.</translation>
    </message>
    <message>
        <source>%1 has the same value (%2) for all %3 units: all share the middle rank, so it does not discriminate between units.</source>
        <translation>%1 has the same value (%2) for all %3 units: all share the middle rank, so it does not discriminate between units.</translation>
    </message>
    <message>
        <source>All %1 units are on the target (%2) of %3: every unit gets 1, so it does not discriminate.</source>
        <translation>All %1 units are on the target (%2) of %3: every unit gets 1, so it does not discriminate.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PerCapita</name>
    <message>
        <source>per-capita value</source>
        <translation>per-capita value</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>density</source>
        <translation>density</translation>
    </message>
    <message>
        <source>land area</source>
        <translation>land area</translation>
    </message>
    <message>
        <source>location quotient</source>
        <translation>location quotient</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Unit %1: the value is missing (NaN); the unit has no %2.</source>
        <translation>Unit %1: the value is missing (NaN); the unit has no %2.</translation>
    </message>
    <message>
        <source>Unit %1: the value is %2; expected a finite number.</source>
        <translation>Unit %1: the value is %2; expected a finite number.</translation>
    </message>
    <message>
        <source>Unit %1: the value %2 is negative; a %3 needs values &gt;= 0.</source>
        <translation>Unit %1: the value %2 is negative; a %3 needs values &gt;= 0.</translation>
    </message>
    <message>
        <source>Unit %1: the %2 is missing (NaN); the unit has no %3.</source>
        <translation>Unit %1: the %2 is missing (NaN); the unit has no %3.</translation>
    </message>
    <message>
        <source>Unit %1: the %2 is %3; expected a finite number &gt; 0.</source>
        <translation>Unit %1: the %2 is %3; expected a finite number &gt; 0.</translation>
    </message>
    <message>
        <source>Unit %1: the %2 %3 is negative; expected a number &gt; 0.</source>
        <translation>Unit %1: the %2 %3 is negative; expected a number &gt; 0.</translation>
    </message>
    <message>
        <source>Unit %1: the %2 is 0; a %3 needs a %2 &gt; 0, so the unit has none.</source>
        <translation>Unit %1: the %2 is 0; a %3 needs a %2 &gt; 0, so the unit has none.</translation>
    </message>
    <message>
        <source>%1: %2 values but %3 figures for the %4; expected one per unit.</source>
        <translation>%1: %2 values but %3 figures for the %4; expected one per unit.</translation>
    </message>
    <message>
        <source>%1: %2 is %3; expected a finite number &gt; 0.</source>
        <translation>%1: %2 is %3; expected a finite number &gt; 0.</translation>
    </message>
    <message>
        <source>Unit %1: the %2 overflows (%3 / %4); rescale the input.</source>
        <translation>Unit %1: the %2 overflows (%3 / %4); rescale the input.</translation>
    </message>
    <message>
        <source>Per-capita value</source>
        <translation>Per-capita value</translation>
    </message>
    <message>
        <source>the number of persons the values are given per (perPersons)</source>
        <translation>the number of persons the values are given per (perPersons)</translation>
    </message>
    <message>
        <source>the number of persons in one population unit (populationUnit)</source>
        <translation>the number of persons in one population unit (populationUnit)</translation>
    </message>
    <message>
        <source>%1: perPersons / populationUnit = %2 / %3 is out of range; rescale them.</source>
        <translation>%1: perPersons / populationUnit = %2 / %3 is out of range; rescale them.</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <source>Location quotient</source>
        <translation>Location quotient</translation>
    </message>
    <message>
        <source>%1: no unit has both a value and a base; expected at least one.</source>
        <translation>%1: no unit has both a value and a base; expected at least one.</translation>
    </message>
    <message>
        <source>%1: the total overflows; rescale the input.</source>
        <translation>%1: the total overflows; rescale the input.</translation>
    </message>
    <message>
        <source>%1: the values of the units with both figures sum to 0, so there are no shares; expected a positive total.</source>
        <translation>%1: the values of the units with both figures sum to 0, so there are no shares; expected a positive total.</translation>
    </message>
    <message>
        <source>%1: the bases of the units with both figures sum to 0, so there are no shares; expected a positive total.</source>
        <translation>%1: the bases of the units with both figures sum to 0, so there are no shares; expected a positive total.</translation>
    </message>
    <message>
        <source>Unit %1: the location quotient overflows (%2 / %3); rescale the input.</source>
        <translation>Unit %1: the location quotient overflows (%2 / %3); rescale the input.</translation>
    </message>
    <message>
        <source>Per-capita shares</source>
        <translation>Per-capita shares</translation>
    </message>
    <message>
        <source>%1: no groups; expected at least one.</source>
        <translation>%1: no groups; expected at least one.</translation>
    </message>
    <message>
        <source>Group %1: the value is %2; every group needs a finite value &gt;= 0 for the shares.</source>
        <translation>Group %1: the value is %2; every group needs a finite value &gt;= 0 for the shares.</translation>
    </message>
    <message>
        <source>Group %1: the value %2 is negative; expected a value &gt;= 0.</source>
        <translation>Group %1: the value %2 is negative; expected a value &gt;= 0.</translation>
    </message>
    <message>
        <source>Group %1: the population is %2; every group needs a finite population &gt; 0 for the shares.</source>
        <translation>Group %1: the population is %2; every group needs a finite population &gt; 0 for the shares.</translation>
    </message>
    <message>
        <source>Group %1: the population %2 is negative; expected a population &gt; 0.</source>
        <translation>Group %1: the population %2 is negative; expected a population &gt; 0.</translation>
    </message>
    <message>
        <source>Group %1: the population is 0, so its per-capita ratio is undefined; expected a population &gt; 0.</source>
        <translation>Group %1: the population is 0, so its per-capita ratio is undefined; expected a population &gt; 0.</translation>
    </message>
    <message>
        <source>Group %1: the ratio %2 / %3 overflows; rescale the input.</source>
        <translation>Group %1: the ratio %2 / %3 overflows; rescale the input.</translation>
    </message>
    <message>
        <source>%1: the sum of the ratios overflows; rescale the input.</source>
        <translation>%1: the sum of the ratios overflows; rescale the input.</translation>
    </message>
    <message>
        <source>%1: all per-capita ratios are 0 (every group value is 0), so there are no shares; expected at least one value &gt; 0.</source>
        <translation>%1: all per-capita ratios are 0 (every group value is 0), so there are no shares; expected at least one value &gt; 0.</translation>
    </message>
    <message>
        <source>Group totals</source>
        <translation>Group totals</translation>
    </message>
    <message>
        <source>%1: %2 values but %3 group labels; expected one label per unit.</source>
        <translation>%1: %2 values but %3 group labels; expected one label per unit.</translation>
    </message>
    <message>
        <source>%1: the number of groups is %2; expected at least 1.</source>
        <translation>%1: the number of groups is %2; expected at least 1.</translation>
    </message>
    <message>
        <source>Unit %1: the group label %2 is outside 0..%3; leave out units that belong to no group.</source>
        <translation>Unit %1: the group label %2 is outside 0..%3; leave out units that belong to no group.</translation>
    </message>
    <message>
        <source>Unit %1: the value is missing (NaN); it is left out of the total of group %2.</source>
        <translation>Unit %1: the value is missing (NaN); it is left out of the total of group %2.</translation>
    </message>
    <message>
        <source>%1: the total of group %2 overflows; rescale the input.</source>
        <translation>%1: the total of group %2 overflows; rescale the input.</translation>
    </message>
    <message>
        <source>Group %1 has no unit with a value; its total is 0.</source>
        <translation>Group %1 has no unit with a value; its total is 0.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialPanel</name>
    <message>
        <source>False discovery rate (Benjamini–Hochberg)</source>
        <translation>False discovery rate (Benjamini–Hochberg)</translation>
    </message>
    <message>
        <source>Show LISA cluster map</source>
        <translation>Show LISA cluster map</translation>
    </message>
    <message>
        <source>Queen contiguity</source>
        <translation>Queen contiguity</translation>
    </message>
    <message>
        <source>Rook contiguity</source>
        <translation>Rook contiguity</translation>
    </message>
    <message>
        <source>k nearest neighbours</source>
        <translation>k nearest neighbours</translation>
    </message>
    <message>
        <source>Distance band</source>
        <translation>Distance band</translation>
    </message>
    <message>
        <source>Exclude them</source>
        <translation>Exclude them</translation>
    </message>
    <message>
        <source>Attach to the nearest unit</source>
        <translation>Attach to the nearest unit</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Weights:</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Units without neighbours:</source>
        <translation>Units without neighbours:</translation>
    </message>
    <message>
        <source>Permutations:</source>
        <translation>Permutations:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Significance level:</source>
        <translation>Significance level:</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source> m snapping tolerance</source>
        <translation> m snapping tolerance</translation>
    </message>
    <message>
        <source> neighbours</source>
        <translation> neighbours</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Computing Moran&apos;s I and LISA…</source>
        <translation>Computing Moran&apos;s I and LISA…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moran&apos;s I = %1&lt;/b&gt; (E[I] = %2), %3 units, %4</source>
        <translation>&lt;b&gt;Moran&apos;s I = %1&lt;/b&gt; (E[I] = %2), %3 units, %4</translation>
    </message>
    <message>
        <source>Randomisation: z = %1, p = %2 (one-sided, as spdep moran.test)</source>
        <translation>Randomisation: z = %1, p = %2 (one-sided, as spdep moran.test)</translation>
    </message>
    <message>
        <source>%1 permutations (seed %2): pseudo p = %3</source>
        <translation>%1 permutations (seed %2): pseudo p = %3</translation>
    </message>
    <message>
        <source>LISA: %1 High–High, %2 Low–Low, %3 Low–High, %4 High–Low</source>
        <translation>LISA: %1 High–High, %2 Low–Low, %3 Low–High, %4 High–Low</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialWeights</name>
    <message>
        <source>%1 line %2: the header &apos;%3&apos; is not &apos;n&apos; or &apos;0 n layer key&apos; with a non-negative unit count n.</source>
        <translation>%1 line %2: the header &apos;%3&apos; is not &apos;n&apos; or &apos;0 n layer key&apos; with a non-negative unit count n.</translation>
    </message>
    <message>
        <source>%1 text is empty: expected a header line &apos;n&apos; or &apos;0 n layer key&apos;.</source>
        <translation>%1 text is empty: expected a header line &apos;n&apos; or &apos;0 n layer key&apos;.</translation>
    </message>
    <message>
        <source>%1: the file has %2 units but the layer has %3; the weights do not belong to this layer.</source>
        <translation>%1: the file has %2 units but the layer has %3; the weights do not belong to this layer.</translation>
    </message>
    <message>
        <source>%1: unit id &apos;%2&apos; is not an id of the layer.</source>
        <translation>%1: unit id &apos;%2&apos; is not an id of the layer.</translation>
    </message>
    <message>
        <source>Point at row %1: (%2, %3) is not a valid longitude/latitude in degrees (|lon| &lt;= 180, |lat| &lt;= 90).</source>
        <translation>Point at row %1: (%2, %3) is not a valid longitude/latitude in degrees (|lon| &lt;= 180, |lat| &lt;= 90).</translation>
    </message>
    <message>
        <source>%1 more points have invalid coordinates.</source>
        <translation>%1 more points have invalid coordinates.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>%1 unit ids were given for %2 units; expected one id per unit.</source>
        <translation>%1 unit ids were given for %2 units; expected one id per unit.</translation>
    </message>
    <message>
        <source>Unit at row %1: id &apos;%2&apos; is empty or contains whitespace; ids must be single tokens as in GeoDa weights files.</source>
        <translation>Unit at row %1: id &apos;%2&apos; is empty or contains whitespace; ids must be single tokens as in GeoDa weights files.</translation>
    </message>
    <message>
        <source>Unit at row %1: id &apos;%2&apos; is used by more than one unit; ids must be unique.</source>
        <translation>Unit at row %1: id &apos;%2&apos; is used by more than one unit; ids must be unique.</translation>
    </message>
    <message>
        <source>%1 more units have invalid ids.</source>
        <translation>%1 more units have invalid ids.</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2): neighbour row %3 is outside 0..%4.</source>
        <translation>Unit &apos;%1&apos; (row %2): neighbour row %3 is outside 0..%4.</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2) lists itself as a neighbour; self-links are not allowed.</source>
        <translation>Unit &apos;%1&apos; (row %2) lists itself as a neighbour; self-links are not allowed.</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2): the weight %3 of neighbour &apos;%4&apos; is not a finite positive number.</source>
        <translation>Unit &apos;%1&apos; (row %2): the weight %3 of neighbour &apos;%4&apos; is not a finite positive number.</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2) lists neighbour &apos;%3&apos; more than once.</source>
        <translation>Unit &apos;%1&apos; (row %2) lists neighbour &apos;%3&apos; more than once.</translation>
    </message>
    <message>
        <source>%1 more problems in the neighbour lists.</source>
        <translation>%1 more problems in the neighbour lists.</translation>
    </message>
    <message>
        <source>k nearest neighbours: k = %1 is outside 1..%2 (n - 1 for %3 points).</source>
        <translation>k nearest neighbours: k = %1 is outside 1..%2 (n - 1 for %3 points).</translation>
    </message>
    <message>
        <source>Distance band: the threshold %1 km is not a finite positive distance.</source>
        <translation>Distance band: the threshold %1 km is not a finite positive distance.</translation>
    </message>
    <message>
        <source>Distance band of %1 km leaves %2 units without neighbours: %3. Increase the threshold (at least the largest nearest-neighbour distance) or choose an isolate policy.</source>
        <translation>Distance band of %1 km leaves %2 units without neighbours: %3. Increase the threshold (at least the largest nearest-neighbour distance) or choose an isolate policy.</translation>
    </message>
    <message>
        <source>the variable</source>
        <translation>the variable</translation>
    </message>
    <message>
        <source>%1 has %2 values but the spatial weights have %3 units; expected one value per unit in the same order.</source>
        <translation>%1 has %2 values but the spatial weights have %3 units; expected one value per unit in the same order.</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2): %3 is %4; expected a finite number. Remove the unit (and its links) or fill the value first.</source>
        <translation>Unit &apos;%1&apos; (row %2): %3 is %4; expected a finite number. Remove the unit (and its links) or fill the value first.</translation>
    </message>
    <message>
        <source>%1 more units have missing or infinite values.</source>
        <translation>%1 more units have missing or infinite values.</translation>
    </message>
    <message>
        <source>%1 of %2 units have no neighbours (isolates): %3. Choose an isolate policy first: exclude them (withoutIsolates) or attach each to its nearest units (withIsolatesAttached).</source>
        <translation>%1 of %2 units have no neighbours (isolates): %3. Choose an isolate policy first: exclude them (withoutIsolates) or attach each to its nearest units (withIsolatesAttached).</translation>
    </message>
    <message>
        <source>Subset of spatial weights: row %1 is out of range, repeated or not ascending.</source>
        <translation>Subset of spatial weights: row %1 is out of range, repeated or not ascending.</translation>
    </message>
    <message>
        <source>%1 units lost all their neighbours when the subset was taken: %2.</source>
        <translation>%1 units lost all their neighbours when the subset was taken: %2.</translation>
    </message>
    <message>
        <source>%1 isolates were excluded from the analysis: %2.</source>
        <translation>%1 isolates were excluded from the analysis: %2.</translation>
    </message>
    <message>
        <source>Isolates can only be attached to binary or general weights; attach them before row standardisation.</source>
        <translation>Isolates can only be attached to binary or general weights; attach them before row standardisation.</translation>
    </message>
    <message>
        <source>Attaching isolates: k = %1 is outside 1..%2.</source>
        <translation>Attaching isolates: k = %1 is outside 1..%2.</translation>
    </message>
    <message>
        <source>Attaching isolate &apos;%1&apos; (row %2): the distance to &apos;%3&apos; is %4; expected a finite non-negative number.</source>
        <translation>Attaching isolate &apos;%1&apos; (row %2): the distance to &apos;%3&apos; is %4; expected a finite non-negative number.</translation>
    </message>
    <message>
        <source>Isolate &apos;%1&apos; (row %2) attached to its %3 nearest units: %4.</source>
        <translation>Isolate &apos;%1&apos; (row %2) attached to its %3 nearest units: %4.</translation>
    </message>
    <message>
        <source>Attaching isolates: the distance matrix is %1 × %2; expected %3 × %3.</source>
        <translation>Attaching isolates: the distance matrix is %1 × %2; expected %3 × %3.</translation>
    </message>
    <message>
        <source>Attaching isolates: %1 points were given for %2 units.</source>
        <translation>Attaching isolates: %1 points were given for %2 units.</translation>
    </message>
    <message>
        <source>GAL: the text ends after %1 of the %2 units announced in the header.</source>
        <translation>GAL: the text ends after %1 of the %2 units announced in the header.</translation>
    </message>
    <message>
        <source>GAL line %1: unit &apos;%2&apos; has neighbour count &apos;%3&apos;; expected an integer in 0..%4.</source>
        <translation>GAL line %1: unit &apos;%2&apos; has neighbour count &apos;%3&apos;; expected an integer in 0..%4.</translation>
    </message>
    <message>
        <source>GAL line %1: unit &apos;%2&apos; appears a second time.</source>
        <translation>GAL line %1: unit &apos;%2&apos; appears a second time.</translation>
    </message>
    <message>
        <source>GAL line %1: unit &apos;%2&apos; announces %3 neighbours but the text ends before them.</source>
        <translation>GAL line %1: unit &apos;%2&apos; announces %3 neighbours but the text ends before them.</translation>
    </message>
    <message>
        <source>GAL line %1: unexpected text &apos;%2&apos; after the %3 units announced in the header.</source>
        <translation>GAL line %1: unexpected text &apos;%2&apos; after the %3 units announced in the header.</translation>
    </message>
    <message>
        <source>GAL line %1: neighbour &apos;%2&apos; of unit &apos;%3&apos; is not one of the units in the file.</source>
        <translation>GAL line %1: neighbour &apos;%2&apos; of unit &apos;%3&apos; is not one of the units in the file.</translation>
    </message>
    <message>
        <source>GWT line %1: &apos;%2&apos; is not &apos;i j w&apos; (two unit ids and a number).</source>
        <translation>GWT line %1: &apos;%2&apos; is not &apos;i j w&apos; (two unit ids and a number).</translation>
    </message>
    <message>
        <source>GWT line %1: unit &apos;%2&apos; is linked to itself; self-links are not supported.</source>
        <translation>GWT line %1: unit &apos;%2&apos; is linked to itself; self-links are not supported.</translation>
    </message>
    <message>
        <source>GWT line %1: weight %2 is not a finite positive number.</source>
        <translation>GWT line %1: weight %2 is not a finite positive number.</translation>
    </message>
    <message>
        <source>GWT: the header announces %1 units but the layer has %2; the weights do not belong to this layer.</source>
        <translation>GWT: the header announces %1 units but the layer has %2; the weights do not belong to this layer.</translation>
    </message>
    <message>
        <source>GWT: the header announces %1 units but %2 ids appear in the links; the units without links (isolates) cannot be placed. Pass the layer&apos;s ids to read this file.</source>
        <translation>GWT: the header announces %1 units but %2 ids appear in the links; the units without links (isolates) cannot be placed. Pass the layer&apos;s ids to read this file.</translation>
    </message>
    <message>
        <source>GWT line %1: unit id &apos;%2&apos; is not one of the %3 units.</source>
        <translation>GWT line %1: unit id &apos;%2&apos; is not one of the %3 units.</translation>
    </message>
    <message>
        <source>GWT line %1: the link %2 → %3 appears a second time.</source>
        <translation>GWT line %1: the link %2 → %3 appears a second time.</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Uncertainty</name>
    <message>
        <source>%1 normalisation with the %2</source>
        <translation>%1 normalisation with the %2</translation>
    </message>
    <message>
        <source>The number of Monte Carlo draws (%1) must be from 1 to 1000000.</source>
        <translation>The number of Monte Carlo draws (%1) must be from 1 to 1000000.</translation>
    </message>
    <message>
        <source>%1 draws × %2 units exceed the %3 ranks that are kept; use fewer draws.</source>
        <translation>%1 draws × %2 units exceed the %3 ranks that are kept; use fewer draws.</translation>
    </message>
    <message>
        <source>The thread count (%1) must be 0 (automatic) or positive.</source>
        <translation>The thread count (%1) must be 0 (automatic) or positive.</translation>
    </message>
    <message>
        <source>The Dirichlet concentration κ (%1) must be a positive number.</source>
        <translation>The Dirichlet concentration κ (%1) must be a positive number.</translation>
    </message>
    <message>
        <source>The relative weight range (%1) must be at least 0 and below 1 (0.2 means ±20 %).</source>
        <translation>The relative weight range (%1) must be at least 0 and below 1 (0.2 means ±20 %).</translation>
    </message>
    <message>
        <source>The shift ε of the geometric mean (%1) must be a positive number.</source>
        <translation>The shift ε of the geometric mean (%1) must be a positive number.</translation>
    </message>
    <message>
        <source>At least one normalisation method and one aggregation method are needed.</source>
        <translation>At least one normalisation method and one aggregation method are needed.</translation>
    </message>
    <message>
        <source>z-score normalisation is not combined with the geometric mean (z-scores are negative); that pair is left out of the draws.</source>
        <translation>z-score normalisation is not combined with the geometric mean (z-scores are negative); that pair is left out of the draws.</translation>
    </message>
    <message>
        <source>%1 normalisation fails on this matrix; see the following problems.</source>
        <translation>%1 normalisation fails on this matrix; see the following problems.</translation>
    </message>
    <message>
        <source>No valid pair of normalisation and aggregation methods remains.</source>
        <translation>No valid pair of normalisation and aggregation methods remains.</translation>
    </message>
    <message>
        <source>The %1 fails with the nominal weights; see the following problems.</source>
        <translation>The %1 fails with the nominal weights; see the following problems.</translation>
    </message>
    <message>
        <source>The uncertainty analysis was cancelled; only the nominal scores and ranks are available.</source>
        <translation>The uncertainty analysis was cancelled; only the nominal scores and ranks are available.</translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 (%2) failed with its perturbed weights; %n draw(s) failed in all. See the following problems.</source>
        <translation>
            <numerusform>Draw %1 (%2) failed with its perturbed weights; %n draw failed in all. See the following problems.</numerusform>
            <numerusform>Draw %1 (%2) failed with its perturbed weights; %n draws failed in all. See the following problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n draw(s) every Gamma variate was 0; those draws kept the nominal weights.</source>
        <translation>
            <numerusform>In %n draw every Gamma variate was 0; that draw kept the nominal weights.</numerusform>
            <numerusform>In %n draws every Gamma variate was 0; those draws kept the nominal weights.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAtlas::Weighting</name>
    <message>
        <source>%1 weights need every indicator min–max normalised; see the following problems.</source>
        <translation>%1 weights need every indicator min–max normalised; see the following problems.</translation>
    </message>
    <message>
        <source>Equal weights need at least 1 indicator; %1 were given.</source>
        <translation>Equal weights need at least 1 indicator; %1 were given.</translation>
    </message>
    <message>
        <source>No importance scores were given.</source>
        <translation>No importance scores were given.</translation>
    </message>
    <message>
        <source>The importance score of %1 is %2; scores must be finite and non-negative.</source>
        <translation>The importance score of %1 is %2; scores must be finite and non-negative.</translation>
    </message>
    <message>
        <source>All %1 importance scores are 0; at least one must be positive.</source>
        <translation>All %1 importance scores are 0; at least one must be positive.</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <source>CRITIC weights need at least 2 indicators (the method weighs their conflict).</source>
        <translation>CRITIC weights need at least 2 indicators (the method weighs their conflict).</translation>
    </message>
    <message>
        <source>CRITIC</source>
        <translation>CRITIC</translation>
    </message>
    <message>
        <source>CRITIC weights are undefined: after orientation all %1 indicators are perfectly correlated (r = 1), so none carries conflicting information.</source>
        <translation>CRITIC weights are undefined: after orientation all %1 indicators are perfectly correlated (r = 1), so none carries conflicting information.</translation>
    </message>
    <message>
        <source>PCA weights need at least 2 indicators.</source>
        <translation>PCA weights need at least 2 indicators.</translation>
    </message>
    <message>
        <source>The cumulative variance to reach (%1) must be a fraction greater than 0 and at most 1.</source>
        <translation>The cumulative variance to reach (%1) must be a fraction greater than 0 and at most 1.</translation>
    </message>
    <message>
        <source>The number of components to keep (%1) must be from 1 to the number of indicators (%2).</source>
        <translation>The number of components to keep (%1) must be from 1 to the number of indicators (%2).</translation>
    </message>
    <message>
        <source>%1 has the same value (%2) for all %3 units: it cannot be standardised, so PCA weights are undefined. Remove it.</source>
        <translation>%1 has the same value (%2) for all %3 units: it cannot be standardised, so PCA weights are undefined. Remove it.</translation>
    </message>
    <message>
        <source>PCA on %1 units and %2 indicators: with no more units than indicators the correlation matrix is singular and the weights are unstable.</source>
        <translation>PCA on %1 units and %2 indicators: with no more units than indicators the correlation matrix is singular and the weights are unstable.</translation>
    </message>
    <message>
        <source>The eigen-decomposition of the correlation matrix did not converge.</source>
        <translation>The eigen-decomposition of the correlation matrix did not converge.</translation>
    </message>
    <message>
        <source>No eigenvalue of the correlation matrix exceeds 1 (largest %1): the indicators are nearly uncorrelated; the first component is kept.</source>
        <translation>No eigenvalue of the correlation matrix exceeds 1 (largest %1): the indicators are nearly uncorrelated; the first component is kept.</translation>
    </message>
    <message>
        <source>The varimax rotation did not converge in %1 iterations; the loadings are approximate.</source>
        <translation>The varimax rotation did not converge in %1 iterations; the loadings are approximate.</translation>
    </message>
    <message>
        <source>%1 has no loading on the %2 retained component(s): its PCA weight is 0.</source>
        <translation>%1 has no loading on the %2 retained component(s): its PCA weight is 0.</translation>
    </message>
    <message>
        <source>An AHP pairwise comparison matrix must be square and not empty; it is %1 × %2.</source>
        <translation>An AHP pairwise comparison matrix must be square and not empty; it is %1 × %2.</translation>
    </message>
    <message>
        <source>%1 indicator name(s) were given for a %2 × %2 comparison matrix.</source>
        <translation>%1 indicator name(s) were given for a %2 × %2 comparison matrix.</translation>
    </message>
    <message>
        <source>Comparison of %1 with %2 is %3; every entry must be a positive number.</source>
        <translation>Comparison of %1 with %2 is %3; every entry must be a positive number.</translation>
    </message>
    <message>
        <source>The diagonal entry of %1 is %2; an indicator compared with itself must be 1.</source>
        <translation>The diagonal entry of %1 is %2; an indicator compared with itself must be 1.</translation>
    </message>
    <message>
        <source>The matrix is not reciprocal: %1 vs %2 is %3, so %2 vs %1 should be 1/%3 = %4, but it is %5.</source>
        <translation>The matrix is not reciprocal: %1 vs %2 is %3, so %2 vs %1 should be 1/%3 = %4, but it is %5.</translation>
    </message>
    <message>
        <source>The eigen-decomposition of the comparison matrix did not converge.</source>
        <translation>The eigen-decomposition of the comparison matrix did not converge.</translation>
    </message>
    <message>
        <source>The principal eigenvector of the comparison matrix is not positive; the matrix is not a valid AHP matrix.</source>
        <translation>The principal eigenvector of the comparison matrix is not positive; the matrix is not a valid AHP matrix.</translation>
    </message>
    <message>
        <source>Saaty&apos;s random index is tabulated only up to 15 criteria; with %1 the consistency ratio is not computed (CI = %2).</source>
        <translation>Saaty&apos;s random index is tabulated only up to 15 criteria; with %1 the consistency ratio is not computed (CI = %2).</translation>
    </message>
    <message>
        <source>The pairwise comparisons are inconsistent: consistency ratio CR = %1 (CI = %2, RI = %3) is not below 0.10. Revise the judgements.</source>
        <translation>The pairwise comparisons are inconsistent: consistency ratio CR = %1 (CI = %2, RI = %3) is not below 0.10. Revise the judgements.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Layer: %1</source>
        <translation>Layer: %1</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Features: %1</translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation>Geometry: %1</translation>
    </message>
    <message>
        <source>CRS: %1 %2</source>
        <translation>CRS: %1 %2</translation>
    </message>
    <message>
        <source>Extent: %1, %2 – %3, %4</source>
        <translation>Extent: %1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Fields:</translation>
    </message>
    <message>
        <source>Describe a vector dataset or table: layers, features, fields, extent, CRS.</source>
        <translation>Describe a vector dataset or table: layers, features, fields, extent, CRS.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>The dataset to describe.</source>
        <translation>The dataset to describe.</translation>
    </message>
    <message>
        <source>info: expected one PATH</source>
        <translation>info: expected one PATH</translation>
    </message>
    <message>
        <source>Draw a choropleth map to PNG, SVG or PDF.</source>
        <translation>Draw a choropleth map to PNG, SVG or PDF.</translation>
    </message>
    <message>
        <source>The default map: population density of China&apos;s provinces, 2022.</source>
        <translation>The default map: population density of China&apos;s provinces, 2022.</translation>
    </message>
    <message>
        <source>Vector layer, PATH or PATH:LAYER.</source>
        <translation>Vector layer, PATH or PATH:LAYER.</translation>
    </message>
    <message>
        <source>Numeric field to map.</source>
        <translation>Numeric field to map.</translation>
    </message>
    <message>
        <source>Table to join onto the layer before mapping.</source>
        <translation>Table to join onto the layer before mapping.</translation>
    </message>
    <message>
        <source>Join key: FIELD (same name on both sides) or LAYERFIELD:TABLEFIELD.</source>
        <translation>Join key: FIELD (same name on both sides) or LAYERFIELD:TABLEFIELD.</translation>
    </message>
    <message>
        <source>Number of classes (default 5).</source>
        <translation>Number of classes (default 5).</translation>
    </message>
    <message>
        <source>quantile, equal, jenks or stddev (default quantile).</source>
        <translation>quantile, equal, jenks or stddev (default quantile).</translation>
    </message>
    <message>
        <source>ColorBrewer colour scheme (default YlOrRd).</source>
        <translation>ColorBrewer colour scheme (default YlOrRd).</translation>
    </message>
    <message>
        <source>Reverse the colour scheme.</source>
        <translation>Reverse the colour scheme.</translation>
    </message>
    <message>
        <source>Map title.</source>
        <translation>Map title.</translation>
    </message>
    <message>
        <source>Field to label the units with.</source>
        <translation>Field to label the units with.</translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>Output file: .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600).</source>
        <translation>Width in pixels (default 1600).</translation>
    </message>
    <message>
        <source>Height in pixels (default 1200).</source>
        <translation>Height in pixels (default 1200).</translation>
    </message>
    <message>
        <source>Resolution (default 150).</source>
        <translation>Resolution (default 150).</translation>
    </message>
    <message>
        <source>map: --out FILE.png|.svg|.pdf is required</source>
        <translation>map: --out FILE.png|.svg|.pdf is required</translation>
    </message>
    <message>
        <source>map: --width, --height, --dpi and --classes take positive whole numbers</source>
        <translation>map: --width, --height, --dpi and --classes take positive whole numbers</translation>
    </message>
    <message>
        <source>map: unknown --method &apos;%1&apos; (use quantile, equal, jenks or stddev)</source>
        <translation>map: unknown --method &apos;%1&apos; (use quantile, equal, jenks or stddev)</translation>
    </message>
    <message>
        <source>map: unknown --ramp &apos;%1&apos; (one of: %2)</source>
        <translation>map: unknown --ramp &apos;%1&apos; (one of: %2)</translation>
    </message>
    <message>
        <source>Population density of China&apos;s provinces, 2022 (people per km²)</source>
        <translation>Population density of China&apos;s provinces, 2022 (people per km²)</translation>
    </message>
    <message>
        <source>map: --layer PATH[:LAYER] and --field NAME are required (or --default)</source>
        <translation>map: --layer PATH[:LAYER] and --field NAME are required (or --default)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>map: the layer could not be read</source>
        <translation>map: the layer could not be read</translation>
    </message>
    <message>
        <source>%1: has no geometries to draw; join it onto a map layer with --join</source>
        <translation>%1: has no geometries to draw; join it onto a map layer with --join</translation>
    </message>
    <message>
        <source>map: --join needs --key FIELD or LAYERFIELD:TABLEFIELD</source>
        <translation>map: --join needs --key FIELD or LAYERFIELD:TABLEFIELD</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <source>%1: %2 row(s) matched no unit: %3</source>
        <translation>%1: %2 row(s) matched no unit: %3</translation>
    </message>
    <message>
        <source>Data: %1, %2</source>
        <translation>Data: %1, %2</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; (fields: %3)</source>
        <translation>%1: no field &apos;%2&apos; (fields: %3)</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is not numeric</source>
        <translation>%1: field &apos;%2&apos; is not numeric</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; to label with</source>
        <translation>%1: no field &apos;%2&apos; to label with</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1: total %2 = within %3 (%4) + between %5 (%6)</source>
        <translation>%1: total %2 = within %3 (%4) + between %5 (%6)</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>pop. share</source>
        <translation>pop. share</translation>
    </message>
    <message>
        <source>value share</source>
        <translation>value share</translation>
    </message>
    <message>
        <source>within</source>
        <translation>within</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group (by default the four NBS economic regions). Without --data: China&apos;s provinces with their statistics.</source>
        <translation>Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group (by default the four NBS economic regions). Without --data: China&apos;s provinces with their statistics.</translation>
    </message>
    <message>
        <source>Layer or table, PATH or PATH:LAYER.</source>
        <translation>Layer or table, PATH or PATH:LAYER.</translation>
    </message>
    <message>
        <source>Numeric field to analyse (per-capita values when --weight is population).</source>
        <translation>Numeric field to analyse (per-capita values when --weight is population).</translation>
    </message>
    <message>
        <source>Weight field, e.g. population; omit for unweighted measures.</source>
        <translation>Weight field, e.g. population; omit for unweighted measures.</translation>
    </message>
    <message>
        <source>Field to decompose by (default: region when present; &apos;none&apos; for no decomposition).</source>
        <translation>Field to decompose by (default: region when present; &apos;none&apos; for no decomposition).</translation>
    </message>
    <message>
        <source>Field naming the units in messages and the Lorenz file.</source>
        <translation>Field naming the units in messages and the Lorenz file.</translation>
    </message>
    <message>
        <source>Write the Lorenz curve points to this CSV file.</source>
        <translation>Write the Lorenz curve points to this CSV file.</translation>
    </message>
    <message>
        <source>inequality: --field NAME is required</source>
        <translation>inequality: --field NAME is required</translation>
    </message>
    <message>
        <source>inequality: the data could not be read</source>
        <translation>inequality: the data could not be read</translation>
    </message>
    <message>
        <source>inequality: nothing to compute</source>
        <translation>inequality: nothing to compute</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Inequality of %1 over %2 units (%3)</source>
        <translation>Inequality of %1 over %2 units (%3)</translation>
    </message>
    <message>
        <source>Inequality of %1 over %2 units, weighted by %3 (%4)</source>
        <translation>Inequality of %1 over %2 units, weighted by %3 (%4)</translation>
    </message>
    <message>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <source>Theil T (GE(1))</source>
        <translation>Theil T (GE(1))</translation>
    </message>
    <message>
        <source>Theil L (GE(0), MLD)</source>
        <translation>Theil L (GE(0), MLD)</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Coefficient of variation</translation>
    </message>
    <message>
        <source>GE(2) = CV²/2</source>
        <translation>GE(2) = CV²/2</translation>
    </message>
    <message>
        <source>Theil T by %1</source>
        <translation>Theil T by %1</translation>
    </message>
    <message>
        <source>Theil L by %1</source>
        <translation>Theil L by %1</translation>
    </message>
    <message>
        <source>Gini by %1 (Dagum 1997): total %2 = within %3 (%4) + net between %5 (%6) + transvariation %7 (%8)</source>
        <translation>Gini by %1 (Dagum 1997): total %2 = within %3 (%4) + net between %5 (%6) + transvariation %7 (%8)</translation>
    </message>
    <message>
        <source>Var %1  z %2  p(greater) %3  p(two-sided) %4</source>
        <translation>Var %1  z %2  p(greater) %3  p(two-sided) %4</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I (moments as R spdep moran.test, permutation pseudo p as PySAL) and local Moran (LISA) clusters. Without --data: China&apos;s provinces with their statistics.</source>
        <translation>Global Moran&apos;s I (moments as R spdep moran.test, permutation pseudo p as PySAL) and local Moran (LISA) clusters. Without --data: China&apos;s provinces with their statistics.</translation>
    </message>
    <message>
        <source>Polygon layer, PATH or PATH:LAYER.</source>
        <translation>Polygon layer, PATH or PATH:LAYER.</translation>
    </message>
    <message>
        <source>Numeric field to analyse.</source>
        <translation>Numeric field to analyse.</translation>
    </message>
    <message>
        <source>queen, rook, knn:K, band:KM or a GeoDa .gal/.gwt file (default queen).</source>
        <translation>queen, rook, knn:K, band:KM or a GeoDa .gal/.gwt file (default queen).</translation>
    </message>
    <message>
        <source>Contiguity snapping tolerance in metres (default 100).</source>
        <translation>Contiguity snapping tolerance in metres (default 100).</translation>
    </message>
    <message>
        <source>Field with the unit ids of weights files (default: code).</source>
        <translation>Field with the unit ids of weights files (default: code).</translation>
    </message>
    <message>
        <source>What to do with units without neighbours: exclude, attach or attach:K.</source>
        <translation>What to do with units without neighbours: exclude, attach or attach:K.</translation>
    </message>
    <message>
        <source>Number of permutations (default 999; 0 for none).</source>
        <translation>Number of permutations (default 999; 0 for none).</translation>
    </message>
    <message>
        <source>Random seed of the permutations (default 12345).</source>
        <translation>Random seed of the permutations (default 12345).</translation>
    </message>
    <message>
        <source>Significance level of the LISA clusters (default 0.05).</source>
        <translation>Significance level of the LISA clusters (default 0.05).</translation>
    </message>
    <message>
        <source>Classify LISA clusters with Benjamini–Hochberg adjusted p-values.</source>
        <translation>Classify LISA clusters with Benjamini–Hochberg adjusted p-values.</translation>
    </message>
    <message>
        <source>List the local statistics of every unit.</source>
        <translation>List the local statistics of every unit.</translation>
    </message>
    <message>
        <source>Draw the LISA cluster map to this .png, .svg or .pdf file.</source>
        <translation>Draw the LISA cluster map to this .png, .svg or .pdf file.</translation>
    </message>
    <message>
        <source>Write the weights used to this .gal or .gwt file.</source>
        <translation>Write the weights used to this .gal or .gwt file.</translation>
    </message>
    <message>
        <source>moran: --field NAME is required</source>
        <translation>moran: --field NAME is required</translation>
    </message>
    <message>
        <source>moran: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 &lt; --alpha &lt; 1</source>
        <translation>moran: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 &lt; --alpha &lt; 1</translation>
    </message>
    <message>
        <source>moran: the data could not be read</source>
        <translation>moran: the data could not be read</translation>
    </message>
    <message>
        <source>LISA clusters of %1</source>
        <translation>LISA clusters of %1</translation>
    </message>
    <message>
        <source>LISA cluster (p ≤ %1)</source>
        <translation>LISA cluster (p ≤ %1)</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I, %1, %2 permutations, seed %3. Data: %4</source>
        <translation>Local Moran&apos;s I, %1, %2 permutations, seed %3. Data: %4</translation>
    </message>
    <message>
        <source>Moran&apos;s I of %1: %2 units, %3</source>
        <translation>Moran&apos;s I of %1: %2 units, %3</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>E[I]</source>
        <translation>E[I]</translation>
    </message>
    <message>
        <source>randomisation</source>
        <translation>randomisation</translation>
    </message>
    <message>
        <source>normality</source>
        <translation>normality</translation>
    </message>
    <message>
        <source>permutations</source>
        <translation>permutations</translation>
    </message>
    <message>
        <source>%1 (seed %2): pseudo p %3, mean %4, sd %5</source>
        <translation>%1 (seed %2): pseudo p %3, mean %4, sd %5</translation>
    </message>
    <message>
        <source>LISA clusters (p ≤ %1%2): High–High %3, Low–Low %4, Low–High %5, High–Low %6, not significant %7</source>
        <translation>LISA clusters (p ≤ %1%2): High–High %3, Low–Low %4, Low–High %5, High–Low %6, not significant %7</translation>
    </message>
    <message>
        <source>, FDR</source>
        <translation>, FDR</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>I_i</source>
        <translation>I_i</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>pseudo p</source>
        <translation>pseudo p</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>%1 (--isolates exclude or --isolates attach:K)</source>
        <translation>%1 (--isolates exclude or --isolates attach:K)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: expected the columns pop_2022 and area_km2</source>
        <translation>%1: expected the columns pop_2022 and area_km2</translation>
    </message>
    <message>
        <source>Population: NBS, year-end 2022 resident population. Land area: provincial governments (via Wikipedia). Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0). Albers equal-area projection.</source>
        <translation>Population: NBS, year-end 2022 resident population. Land area: provincial governments (via Wikipedia). Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0). Albers equal-area projection.</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: not a vector dataset or table that GDAL can read</source>
        <translation>%1: not a vector dataset or table that GDAL can read</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; to join on (fields: %3)</source>
        <translation>%1: no field &apos;%2&apos; to join on (fields: %3)</translation>
    </message>
    <message>
        <source>%1: joining on &apos;%2&apos; matched none of the %3 rows of %4 on &apos;%5&apos;</source>
        <translation>%1: joining on &apos;%2&apos; matched none of the %3 rows of %4 on &apos;%5&apos;</translation>
    </message>
    <message>
        <source>its coordinate reference system cannot be transformed to WGS 84</source>
        <translation>its coordinate reference system cannot be transformed to WGS 84</translation>
    </message>
    <message>
        <source>the China Albers projection is not available (PROJ data missing?)</source>
        <translation>the China Albers projection is not available (PROJ data missing?)</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</source>
        <translation>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</translation>
    </message>
    <message>
        <source>%1, layer %2: %3</source>
        <translation>%1, layer %2: %3</translation>
    </message>
    <message>
        <source>%1: loading was cancelled</source>
        <translation>%1: loading was cancelled</translation>
    </message>
    <message>
        <source>%1: GDAL: %2</source>
        <translation>%1: GDAL: %2</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>invalid geometry</translation>
    </message>
    <message>
        <source>%1, layer %2, feature %3: %4; the geometry was repaired (MakeValid)</source>
        <translation>%1, layer %2, feature %3: %4; the geometry was repaired (MakeValid)</translation>
    </message>
    <message>
        <source>%1, layer %2, feature %3: %4; the geometry could not be repaired and is skipped</source>
        <translation>%1, layer %2, feature %3: %4; the geometry could not be repaired and is skipped</translation>
    </message>
    <message>
        <source>%1, layer %2, feature %3: coordinates cannot be projected; the feature is skipped</source>
        <translation>%1, layer %2, feature %3: coordinates cannot be projected; the feature is skipped</translation>
    </message>
    <message>
        <source>%1: the dataset has no layer</source>
        <translation>%1: the dataset has no layer</translation>
    </message>
    <message>
        <source>%1: no layer named &apos;%2&apos; (layers: %3)</source>
        <translation>%1: no layer named &apos;%2&apos; (layers: %3)</translation>
    </message>
    <message>
        <source>%1: unsupported output format &apos;%2&apos; (use .png, .svg or .pdf)</source>
        <translation>%1: unsupported output format &apos;%2&apos; (use .png, .svg or .pdf)</translation>
    </message>
    <message>
        <source>%1: the output size and resolution must be positive</source>
        <translation>%1: the output size and resolution must be positive</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>Map exported by CityAtlas</source>
        <translation>Map exported by CityAtlas</translation>
    </message>
    <message>
        <source>%1: the map could not be drawn</source>
        <translation>%1: the map could not be drawn</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; (fields: %3)</source>
        <translation>%1: no field &apos;%2&apos; (fields: %3)</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; has no numeric values to classify</source>
        <translation>%1: field &apos;%2&apos; has no numeric values to classify</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; has no value for %3 of %4 features; they are drawn as &apos;no data&apos;</source>
        <translation>%1: field &apos;%2&apos; has no value for %3 of %4 features; they are drawn as &apos;no data&apos;</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is not numeric</source>
        <translation>%1: field &apos;%2&apos; is not numeric</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; to group by (fields: %3)</source>
        <translation>%1: no field &apos;%2&apos; to group by (fields: %3)</translation>
    </message>
    <message>
        <source>%1, row %2 (%3): no value for %4; the unit is left out</source>
        <translation>%1, row %2 (%3): no value for %4; the unit is left out</translation>
    </message>
    <message>
        <source>%1: no unit has a value for &apos;%2&apos;</source>
        <translation>%1: no unit has a value for &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: has no geometries to find neighbours from</source>
        <translation>%1: has no geometries to find neighbours from</translation>
    </message>
    <message>
        <source>The snapping tolerance must be a distance of 0 m or more</source>
        <translation>The snapping tolerance must be a distance of 0 m or more</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; for unit ids</source>
        <translation>%1: no field &apos;%2&apos; for unit ids</translation>
    </message>
    <message>
        <source>%1, feature %2: not a polygon; it has no contiguity neighbours</source>
        <translation>%1, feature %2: not a polygon; it has no contiguity neighbours</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>unknown weights &apos;%1&apos; (use queen, rook, knn:K, band:KM or a .gal/.gwt file)</source>
        <translation>unknown weights &apos;%1&apos; (use queen, rook, knn:K, band:KM or a .gal/.gwt file)</translation>
    </message>
    <message>
        <source>unknown isolate policy &apos;%1&apos; (use exclude, attach or attach:K)</source>
        <translation>unknown isolate policy &apos;%1&apos; (use exclude, attach or attach:K)</translation>
    </message>
    <message>
        <source>queen contiguity, snap %1 m</source>
        <translation>queen contiguity, snap %1 m</translation>
    </message>
    <message>
        <source>rook contiguity, snap %1 m</source>
        <translation>rook contiguity, snap %1 m</translation>
    </message>
    <message>
        <source>%1 nearest neighbours (great-circle)</source>
        <translation>%1 nearest neighbours (great-circle)</translation>
    </message>
    <message>
        <source>distance band %1 km (great-circle)</source>
        <translation>distance band %1 km (great-circle)</translation>
    </message>
    <message>
        <source>weights file %1</source>
        <translation>weights file %1</translation>
    </message>
    <message>
        <source>%1: has no geometries to build spatial weights from</source>
        <translation>%1: has no geometries to build spatial weights from</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>Not significant</translation>
    </message>
    <message>
        <source>High–High</source>
        <translation>High–High</translation>
    </message>
    <message>
        <source>Low–Low</source>
        <translation>Low–Low</translation>
    </message>
    <message>
        <source>Low–High</source>
        <translation>Low–High</translation>
    </message>
    <message>
        <source>High–Low</source>
        <translation>High–Low</translation>
    </message>
    <message>
        <source>LISA cluster</source>
        <translation>LISA cluster</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units</source>
        <translation>
            <numerusform>%n unit without neighbours (%1) with %2: choose whether to exclude it or attach it to its nearest units</numerusform>
            <numerusform>%n units without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no neighbour (%2) and is left out</source>
        <translation>%1 has no neighbour (%2) and is left out</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Analyst workbench for smart-city analysis in China.</source>
        <translation>Analyst workbench for smart-city analysis in China.</translation>
    </message>
    <message>
        <source>Interface language (en, zh_CN).</source>
        <translation>Interface language (en, zh_CN).</translation>
    </message>
    <message>
        <source>A vector layer to open (PATH or PATH:LAYER).</source>
        <translation>A vector layer to open (PATH or PATH:LAYER).</translation>
    </message>
    <message>
        <source>Usage: cityatlas-cli [--lang en|zh_CN] COMMAND [options]

Commands:
  info PATH [--json]          layers, features, fields, extent and CRS of a dataset
  map [options] --out FILE    draw a choropleth map (PNG, SVG, PDF); see &apos;map --help&apos;
  inequality --field NAME     Gini, Theil and their decomposition by region; see &apos;inequality --help&apos;
  moran --field NAME          global Moran&apos;s I and LISA clusters; see &apos;moran --help&apos;

  --version                   print the version
</source>
        <translation>Usage: cityatlas-cli [--lang en|zh_CN] COMMAND [options]

Commands:
  info PATH [--json]          layers, features, fields, extent and CRS of a dataset
  map [options] --out FILE    draw a choropleth map (PNG, SVG, PDF); see &apos;map --help&apos;
  inequality --field NAME     Gini, Theil and their decomposition by region; see &apos;inequality --help&apos;
  moran --field NAME          global Moran&apos;s I and LISA clusters; see &apos;moran --help&apos;

  --version                   print the version
</translation>
    </message>
</context>
</TS>
