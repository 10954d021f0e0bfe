<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BundledData</name>
    <message>
        <source>Population density 2022 (people per km²)</source>
        <translation>2022年人口密度（人/平方千米）</translation>
    </message>
    <message>
        <source>Resident population 2022 (10,000 persons)</source>
        <translation>2022年常住人口（万人）</translation>
    </message>
    <message>
        <source>Resident population 2021 (10,000 persons)</source>
        <translation>2021年常住人口（万人）</translation>
    </message>
    <message>
        <source>Resident population 2020 (10,000 persons)</source>
        <translation>2020年常住人口（万人）</translation>
    </message>
    <message>
        <source>Land area (km²)</source>
        <translation>土地面积（平方千米）</translation>
    </message>
    <message>
        <source>Area on the map (km², Albers equal-area)</source>
        <translation>图上面积（平方千米，Albers 等积圆锥投影）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Aggregation</name>
    <message numerus="yes">
        <source>%n more cell(s) with the same problem were not listed.</source>
        <translation>
            <numerusform>另有 %n 个存在相同问题的单元格未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift ε of the geometric mean must be a positive number; it is %1.</source>
        <translation>几何平均的平移量 ε 必须为正数；当前为 %1。</translation>
    </message>
    <message>
        <source>%1, %2: the value %3 is negative; the geometric mean needs positive values (use min–max, rank or distance-to-target normalisation, not z-scores).</source>
        <translation>%1，%2：值 %3 为负；几何平均要求值为正（请使用极差标准化、秩次标准化或目标距离标准化，而不是 z-score 标准化）。</translation>
    </message>
    <message>
        <source>%1, %2: the value is 0, so the geometric mean would be 0 whatever the other indicators are. Shift the values by a small ε (ZeroHandling::Shift) or use the arithmetic mean.</source>
        <translation>%1，%2：值为 0，无论其他指标取值如何，几何平均都将为 0。请将各值平移一个小量 ε（ZeroHandling::Shift），或改用算术平均。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.</source>
        <translation>
            <numerusform>有 %n 个单元格为 0；计算几何平均前已对每个值加上 ε = %1，并从结果中减去。</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted arithmetic mean</source>
        <translation>加权算术平均</translation>
    </message>
    <message>
        <source>weighted geometric mean</source>
        <translation>加权几何平均</translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <source>%1 is 0 for every unit: its vector normalisation x / sqrt(Σ x²) is undefined. Remove the indicator or give it weight 0.</source>
        <translation>%1 在所有单元上均为 0：其向量归一化 x / sqrt(Σ x²) 无定义。请删除该指标或将其权重设为 0。</translation>
    </message>
    <message>
        <source>All %1 units have the same values on every indicator with a positive weight: the ideal and anti-ideal solutions coincide, so the TOPSIS closeness is undefined.</source>
        <translation>全部 %1 个单元在每个权重为正的指标上取值都相同：正理想解与负理想解重合，因此 TOPSIS 贴近度无定义。</translation>
    </message>
    <message>
        <source>TOPSIS cannot aggregate indicators within a group; use the weighted arithmetic or geometric mean.</source>
        <translation>TOPSIS 不能用于组内指标的合成；请使用加权算术平均或加权几何平均。</translation>
    </message>
    <message>
        <source>The hierarchy lists %1 parent(s) and %2 weight(s) for %3 leaf indicator(s); each leaf needs one of both.</source>
        <translation>指标层级为 %3 个末级指标列出了 %1 个上级和 %2 个权重；每个末级指标都需要一个上级和一个权重。</translation>
    </message>
    <message>
        <source>group %1 “%2”</source>
        <translation>组 %1“%2”</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <source>The parent of %1 is %2; it must be a group index from 0 to %3.</source>
        <translation>%1 的上级为 %2；必须是 0 到 %3 之间的组序号。</translation>
    </message>
    <message>
        <source>The weight of %1 within its group is %2; weights must be finite and non-negative.</source>
        <translation>%1 在其组内的权重为 %2；权重必须是有限的非负数。</translation>
    </message>
    <message>
        <source>%1 has no indicators; every group needs at least one.</source>
        <translation>%1 没有指标；每个组至少需要一个指标。</translation>
    </message>
    <message>
        <source>The weights within %1 sum to %2, not 1 (tolerance %3).</source>
        <translation>%1 内的权重之和为 %2，而不是 1（容差 %3）。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ChoroplethControls</name>
    <message>
        <source>Reverse</source>
        <translation>反转</translation>
    </message>
    <message>
        <source>Numeric field shown on the map</source>
        <translation>地图上显示的数值字段</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>分级数：</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>配色方案：</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Evaluation</name>
    <message>
        <source>indicator %1 “%2”</source>
        <translation>指标 %1“%2”</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>unit %1 “%2”</source>
        <translation>单元 %1“%2”</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>The indicator matrix is empty (%1 units × %2 indicators); at least %3 units and 1 indicator are needed.</source>
        <translation>指标矩阵为空（%1 个单元 × %2 个指标）；至少需要 %3 个单元和 1 个指标。</translation>
    </message>
    <message>
        <source>The indicator matrix has %1 unit(s); this method needs at least %2.</source>
        <translation>指标矩阵只有 %1 个单元；该方法至少需要 %2 个。</translation>
    </message>
    <message>
        <source>%1 indicator direction(s) were given for %2 indicator(s); every indicator needs one (benefit or cost).</source>
        <translation>为 %2 个指标提供了 %1 个指标方向；每个指标都需要一个方向（效益型或成本型）。</translation>
    </message>
    <message>
        <source>%1 indicator name(s) were given for %2 indicator(s).</source>
        <translation>为 %2 个指标提供了 %1 个指标名称。</translation>
    </message>
    <message>
        <source>%1 unit name(s) were given for %2 unit(s).</source>
        <translation>为 %2 个单元提供了 %1 个单元名称。</translation>
    </message>
    <message>
        <source>%1, %2: the value is not a finite number (%3); fill or remove missing values first.</source>
        <translation>%1，%2：值不是有限数（%3）；请先填补或删除缺失值。</translation>
    </message>
    <message numerus="yes">
        <source>%n more cell(s) that are not finite numbers were not listed.</source>
        <translation>
            <numerusform>另有 %n 个非有限数的单元格未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 weight(s) were given for %2 indicator(s).</source>
        <translation>为 %2 个指标提供了 %1 个权重。</translation>
    </message>
    <message>
        <source>The weight of %1 is %2; weights must be finite and non-negative.</source>
        <translation>%1 的权重为 %2；权重必须是有限的非负数。</translation>
    </message>
    <message>
        <source>The weights sum to %1, not 1 (tolerance %2). Correct the weights, or normalise them by dividing each by their sum.</source>
        <translation>权重之和为 %1，而不是 1（容差 %2）。请修正权重，或将每个权重除以权重之和进行归一化。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::FieldCombo</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
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
        <translation>显著性水平 %1 不在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Getis-Ord Gi* is undefined: the values sum to zero. Gi* is meant for non-negative values such as counts or amounts.</source>
        <translation>Getis-Ord Gi* 无定义：各值之和为零。Gi* 适用于计数、总量等非负值。</translation>
    </message>
    <message>
        <source>%1 of %2 values are negative; Getis-Ord Gi* assumes non-negative values, so G*_i is hard to interpret (the z-scores remain defined).</source>
        <translation>%2 个值中有 %1 个为负值；Getis-Ord Gi* 假定各值非负，因此 G*_i 难以解释（z 得分仍有定义）。</translation>
    </message>
    <message>
        <source>Getis-Ord Gi* has zero variance for %1 units (%2): they are linked to every other unit. They get z = 0 and p = 1 and are not significant.</source>
        <translation>有 %1 个单元（%2）的 Getis-Ord Gi* 方差为零：这些单元与其他所有单元都相连。它们的 z = 0、p = 1，不显著。</translation>
    </message>
    <message>
        <source>The conditional permutation test of Getis-Ord Gi* was cancelled: no pseudo p-values and no hot-spot map; the analytical z-scores and p-values are complete.</source>
        <translation>Getis-Ord Gi* 的条件置换检验已取消：没有伪 p 值，也没有热点图；解析法的 z 得分和 p 值完整可用。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::ImbalancePanel</name>
    <message>
        <source>Variable:</source>
        <translation>变量：</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>Decompose by:</source>
        <translation>分解依据：</translation>
    </message>
    <message>
        <source>Population weights for per-capita variables; (none) for unweighted measures</source>
        <translation>人均类变量使用人口权重；选择（无）则计算不加权的指标</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Computing inequality…</source>
        <translation>正在计算不平等程度…</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>unweighted</source>
        <translation>不加权</translation>
    </message>
    <message>
        <source>Gini</source>
        <translation>基尼系数</translation>
    </message>
    <message>
        <source>Theil T (GE(1))</source>
        <translation>泰尔 T 指数（GE(1)）</translation>
    </message>
    <message>
        <source>Theil L (GE(0), MLD)</source>
        <translation>泰尔 L 指数（GE(0)，MLD）</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <source>Theil T within groups</source>
        <translation>泰尔 T 指数（组内）</translation>
    </message>
    <message>
        <source>Theil T between groups</source>
        <translation>泰尔 T 指数（组间）</translation>
    </message>
    <message>
        <source>  T within %1</source>
        <translation>  %1 组内 T</translation>
    </message>
    <message>
        <source>contributes %1</source>
        <translation>贡献 %1</translation>
    </message>
    <message>
        <source>Theil L within groups</source>
        <translation>泰尔 L 指数（组内）</translation>
    </message>
    <message>
        <source>Theil L between groups</source>
        <translation>泰尔 L 指数（组间）</translation>
    </message>
    <message>
        <source>Gini within groups (Dagum)</source>
        <translation>基尼系数组内差距（Dagum）</translation>
    </message>
    <message>
        <source>Gini net between groups</source>
        <translation>基尼系数组间净差距</translation>
    </message>
    <message>
        <source>Gini transvariation</source>
        <translation>基尼系数超变密度</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Inequality</name>
    <message numerus="yes">
        <source>%n more unit(s) with invalid input were not listed.</source>
        <translation>
            <numerusform>另有 %n 个输入无效的单元未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Theil T index</source>
        <translation>泰尔 T 指数</translation>
    </message>
    <message>
        <source>Theil L index (mean log deviation)</source>
        <translation>泰尔 L 指数（平均对数偏差）</translation>
    </message>
    <message>
        <source>Gini coefficient</source>
        <translation>基尼系数</translation>
    </message>
    <message>
        <source>%1 needs at least 2 units, got %2.</source>
        <translation>%1 至少需要 2 个单元，实际只有 %2 个。</translation>
    </message>
    <message>
        <source>%1: %2 values but %3 weights; expected one weight per unit.</source>
        <translation>%1：有 %2 个值，却有 %3 个权重；每个单元应有一个权重。</translation>
    </message>
    <message>
        <source>Unit %1: the value is %2; %3 needs a finite number for every unit.</source>
        <translation>单元 %1：值为 %2；%3 要求每个单元的值都是有限数。</translation>
    </message>
    <message>
        <source>Unit %1: the value %2 is negative; %3 needs values &gt; 0.</source>
        <translation>单元 %1：值 %2 为负；%3 要求值 &gt; 0。</translation>
    </message>
    <message>
        <source>Unit %1: the value %2 is negative; %3 needs values &gt;= 0.</source>
        <translation>单元 %1：值 %2 为负；%3 要求值 &gt;= 0。</translation>
    </message>
    <message>
        <source>Unit %1: the value is 0; %2 takes logarithms or negative powers of the values and needs values &gt; 0.</source>
        <translation>单元 %1：值为 0；%2 要对值取对数或负数次幂，要求值 &gt; 0。</translation>
    </message>
    <message>
        <source>Unit %1: the weight is %2; expected a finite population (or area) &gt;= 0.</source>
        <translation>单元 %1：权重为 %2；应为 &gt;= 0 的有限人口数（或面积）。</translation>
    </message>
    <message>
        <source>Unit %1: the weight %2 is negative; expected a population (or area) &gt;= 0.</source>
        <translation>单元 %1：权重 %2 为负；应为 &gt;= 0 的人口数（或面积）。</translation>
    </message>
    <message>
        <source>%1: all weights are 0; expected a positive total population (or area).</source>
        <translation>%1：所有权重均为 0；总人口（或总面积）应为正数。</translation>
    </message>
    <message>
        <source>%1: the weighted mean overflows; rescale the values.</source>
        <translation>%1：加权平均值溢出；请先对数值进行缩放。</translation>
    </message>
    <message>
        <source>%1: the total of the values is 0 (all values of units with a positive weight are 0), so there are no shares; inequality is undefined.</source>
        <translation>%1：各值之和为 0（权重为正的单元的值均为 0），因而无法计算份额；不平等程度无定义。</translation>
    </message>
    <message>
        <source>%1: %2 values but %3 group labels; expected one label per unit.</source>
        <translation>%1：有 %2 个值，却有 %3 个分组标签；每个单元应有一个标签。</translation>
    </message>
    <message>
        <source>%1: all units are in one group (%2); the between-group term is 0.</source>
        <translation>%1：所有单元都属于同一组（%2）；组间项为 0。</translation>
    </message>
    <message>
        <source>%1: group %2 has only one unit (unit %3); its within-group inequality is 0 by definition.</source>
        <translation>%1：组 %2 只有一个单元（单元 %3）；按定义，其组内不平等为 0。</translation>
    </message>
    <message>
        <source>%1: the units of group %2 all have weight 0; the group is reported with zero shares and contributes nothing.</source>
        <translation>%1：组 %2 中所有单元的权重均为 0；该组按零份额列出，对结果没有贡献。</translation>
    </message>
    <message>
        <source>%1: all values in group %2 are 0; its within-group inequality is undefined, reported as 0, and it contributes nothing.</source>
        <translation>%1：组 %2 中所有值均为 0；其组内不平等无定义，按 0 列出，对结果没有贡献。</translation>
    </message>
    <message>
        <source>Generalized entropy: the parameter alpha is %1; expected a finite number.</source>
        <translation>广义熵指数：参数 alpha 为 %1；应为有限数。</translation>
    </message>
    <message>
        <source>Generalized entropy GE(%1)</source>
        <translation>广义熵指数 GE(%1)</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <source>Lorenz curve</source>
        <translation>洛伦兹曲线</translation>
    </message>
    <message>
        <source>Gini decomposition (Dagum)</source>
        <translation>基尼系数分解（Dagum）</translation>
    </message>
</context>
<context>
    <name>CityAtlas::InequalityReport</name>
    <message>
        <source>%1 not computed: %2</source>
        <translation>未能计算 %1：%2</translation>
    </message>
    <message>
        <source>Theil T</source>
        <translation>泰尔 T 指数</translation>
    </message>
    <message>
        <source>Theil L</source>
        <translation>泰尔 L 指数</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <source>GE(2)</source>
        <translation>GE(2)</translation>
    </message>
    <message>
        <source>Theil T decomposition</source>
        <translation>泰尔 T 指数分解</translation>
    </message>
    <message>
        <source>Theil L decomposition</source>
        <translation>泰尔 L 指数分解</translation>
    </message>
    <message>
        <source>Gini decomposition</source>
        <translation>基尼系数分解</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LocalMoran</name>
    <message>
        <source>Local Moran&apos;s I</source>
        <translation>局部莫兰指数</translation>
    </message>
    <message>
        <source>The significance level %1 is not between 0 and 1.</source>
        <translation>显著性水平 %1 不在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I has zero variance under the null for %1 units (%2): their value equals the mean or their neighbourhood is degenerate. They get z = 0 and p = 1 and are not significant.</source>
        <translation>有 %1 个单元（%2）的局部莫兰指数在原假设下方差为零：其值等于均值，或其邻域退化。它们的 z = 0、p = 1，不显著。</translation>
    </message>
    <message>
        <source>The conditional permutation test of local Moran&apos;s I was cancelled: no pseudo p-values and no cluster map; the analytical z-scores and p-values are complete.</source>
        <translation>局部莫兰指数的条件置换检验已取消：没有伪 p 值，也没有聚类图；解析法的 z 得分和 p 值完整可用。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::LorenzChart</name>
    <message>
        <source>Lorenz curve of %1 (Gini %2)</source>
        <translation>%1 的洛伦兹曲线（基尼系数 %2）</translation>
    </message>
    <message>
        <source>Equality</source>
        <translation>绝对平等线</translation>
    </message>
    <message>
        <source>Lorenz curve</source>
        <translation>洛伦兹曲线</translation>
    </message>
    <message>
        <source>Cumulative share of units (or population)</source>
        <translation>单元（或人口）累计占比</translation>
    </message>
    <message>
        <source>Cumulative share of the value</source>
        <translation>数值累计占比</translation>
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
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Layer…</source>
        <translation>打开图层(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Default Map</source>
        <translation>打开默认地图(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>缩放至图层(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CityAtlas.</source>
        <translation>新语言将在下次启动 CityAtlas 时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CityAtlas</source>
        <translation>关于 CityAtlas(&amp;A)</translation>
    </message>
    <message>
        <source>Loading the province map…</source>
        <translation>正在加载省级行政区地图…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>%1 — CityAtlas</source>
        <translation>%1 — CityAtlas</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) loaded from %1</source>
        <translation>
            <numerusform>已从 %1 加载 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>%n 条警告：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Layer</source>
        <translation>打开图层</translation>
    </message>
    <message>
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;All files (*)</source>
        <translation>矢量数据和表格 (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.gml *.fgb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>地图已保存到 %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2: no data</source>
        <translation>%1 — %2: 无数据</translation>
    </message>
    <message>
        <source>About CityAtlas</source>
        <translation>关于 CityAtlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityAtlas %1&lt;/h3&gt;&lt;p&gt;An analyst workbench for smart-city analysis in China.&lt;/p&gt;&lt;p&gt;Bundled data: boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); population from the National Bureau of Statistics; land areas from provincial governments. See the datasets folder for full provenance.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CityAtlas %1&lt;/h3&gt;&lt;p&gt;面向中国智慧城市分析的分析工作台。&lt;/p&gt;&lt;p&gt;内置数据：边界来自 Apache ECharts 4.9.0 地图数据（Apache-2.0）；人口来自国家统计局；土地面积来自各省级人民政府。完整的数据来源说明见 datasets 文件夹。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Regional imbalance</source>
        <translation>区域不平衡</translation>
    </message>
    <message>
        <source>Spatial autocorrelation</source>
        <translation>空间自相关</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MapCanvas</name>
    <message>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
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
        <translation>%1 至少需要 %2 个单元；空间权重只有 %3 个。</translation>
    </message>
    <message>
        <source>%1 is undefined: all %2 values are equal (%3), so the variable has no variance.</source>
        <translation>%1 无定义：全部 %2 个值都相等（%3），变量没有方差。</translation>
    </message>
    <message>
        <source>The number of permutations (%1) must be between 0 and 1000000.</source>
        <translation>置换次数（%1）必须介于 0 到 1000000 之间。</translation>
    </message>
    <message>
        <source>The thread count (%1) must be 0 (automatic) or positive.</source>
        <translation>线程数（%1）必须为 0（自动）或正数。</translation>
    </message>
    <message>
        <source>Moran&apos;s I</source>
        <translation>莫兰指数</translation>
    </message>
    <message>
        <source>The variance of Moran&apos;s I under normality is not positive (%1); no z-score under normality.</source>
        <translation>正态假设下莫兰指数的方差不为正（%1）；无法给出正态假设下的 z 得分。</translation>
    </message>
    <message>
        <source>The variance of Moran&apos;s I under randomisation is not positive (%1): the kurtosis of the variable (%2) is too high for the test&apos;s assumptions; use the permutation test.</source>
        <translation>随机化假设下莫兰指数的方差不为正（%1）：变量的峰度（%2）过高，不满足该检验的假设；请改用置换检验。</translation>
    </message>
    <message>
        <source>The permutation test of Moran&apos;s I was cancelled; only the analytical tests are available.</source>
        <translation>莫兰指数的置换检验已取消；仅有解析检验的结果。</translation>
    </message>
    <message>
        <source>The Moran scatter plot</source>
        <translation>莫兰散点图</translation>
    </message>
</context>
<context>
    <name>CityAtlas::MoranScatterChart</name>
    <message>
        <source>Moran scatter plot of %1 (I = %2)</source>
        <translation>%1 的莫兰散点图（I = %2）</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>%1: z %2, lag %3</source>
        <translation>%1：z %2，空间滞后 %3</translation>
    </message>
    <message>
        <source>Slope = Moran&apos;s I</source>
        <translation>斜率 = 莫兰指数</translation>
    </message>
    <message>
        <source>Standardised value z</source>
        <translation>标准化值 z</translation>
    </message>
    <message>
        <source>Spatial lag of z</source>
        <translation>z 的空间滞后</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Normalisation</name>
    <message>
        <source>min–max</source>
        <translation>极差标准化</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-score 标准化</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>秩次标准化</translation>
    </message>
    <message>
        <source>distance to target</source>
        <translation>目标距离标准化</translation>
    </message>
    <message>
        <source>Distance-to-target normalisation needs one target per indicator: %1 target(s) were given for %2 indicator(s).</source>
        <translation>目标距离标准化要求每个指标有一个目标值：为 %2 个指标提供了 %1 个目标值。</translation>
    </message>
    <message>
        <source>The target of %1 is not a finite number (%2).</source>
        <translation>%1 的目标值不是有限数（%2）。</translation>
    </message>
    <message>
        <source>%1 has the same value (%2) for all %3 units: min–max normalisation is undefined (max − min = 0). Remove the indicator or choose another method.</source>
        <translation>%1 在全部 %3 个单元上取值相同（%2）：极差标准化无定义（max − min = 0）。请删除该指标或选择其他方法。</translation>
    </message>
    <message>
        <source>%1 has the same value (%2) for all %3 units: its standard deviation is 0, so z-scores are undefined.</source>
        <translation>%1 在全部 %3 个单元上取值相同（%2）：其标准差为 0，因此 z-score 无定义。</translation>
    </message>
    <message>
        <source>%1 has the same value (%2) for all %3 units: all share the middle rank, so it does not discriminate between units.</source>
        <translation>%1 在全部 %3 个单元上取值相同（%2）：所有单元的秩次都居中，因此该指标无法区分各单元。</translation>
    </message>
    <message>
        <source>All %1 units are on the target (%2) of %3: every unit gets 1, so it does not discriminate.</source>
        <translation>全部 %1 个单元都等于 %3 的目标值（%2）：每个单元都得 1，因此该指标无法区分各单元。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::PerCapita</name>
    <message>
        <source>per-capita value</source>
        <translation>人均值</translation>
    </message>
    <message>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>land area</source>
        <translation>土地面积</translation>
    </message>
    <message>
        <source>location quotient</source>
        <translation>区位商</translation>
    </message>
    <message>
        <source>base</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Unit %1: the value is missing (NaN); the unit has no %2.</source>
        <translation>单元 %1：值缺失（NaN）；该单元没有%2。</translation>
    </message>
    <message>
        <source>Unit %1: the value is %2; expected a finite number.</source>
        <translation>单元 %1：值为 %2；应为有限数。</translation>
    </message>
    <message>
        <source>Unit %1: the value %2 is negative; a %3 needs values &gt;= 0.</source>
        <translation>单元 %1：值 %2 为负；计算%3要求值 &gt;= 0。</translation>
    </message>
    <message>
        <source>Unit %1: the %2 is missing (NaN); the unit has no %3.</source>
        <translation>单元 %1：%2缺失（NaN）；该单元没有%3。</translation>
    </message>
    <message>
        <source>Unit %1: the %2 is %3; expected a finite number &gt; 0.</source>
        <translation>单元 %1：%2为 %3；应为 &gt; 0 的有限数。</translation>
    </message>
    <message>
        <source>Unit %1: the %2 %3 is negative; expected a number &gt; 0.</source>
        <translation>单元 %1：%2 %3 为负；应为 &gt; 0 的数。</translation>
    </message>
    <message>
        <source>Unit %1: the %2 is 0; a %3 needs a %2 &gt; 0, so the unit has none.</source>
        <translation>单元 %1：%2为 0；计算%3要求%2 &gt; 0，因此该单元没有%3。</translation>
    </message>
    <message>
        <source>%1: %2 values but %3 figures for the %4; expected one per unit.</source>
        <translation>%1：有 %2 个值，但%4数据有 %3 个；每个单元应各有一个。</translation>
    </message>
    <message>
        <source>%1: %2 is %3; expected a finite number &gt; 0.</source>
        <translation>%1：%2为 %3；应为 &gt; 0 的有限数。</translation>
    </message>
    <message>
        <source>Unit %1: the %2 overflows (%3 / %4); rescale the input.</source>
        <translation>单元 %1：%2溢出（%3 / %4）；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <source>Per-capita value</source>
        <translation>人均值</translation>
    </message>
    <message>
        <source>the number of persons the values are given per (perPersons)</source>
        <translation>人均值的人数基准（perPersons）</translation>
    </message>
    <message>
        <source>the number of persons in one population unit (populationUnit)</source>
        <translation>一个人口单位所代表的人数（populationUnit）</translation>
    </message>
    <message>
        <source>%1: perPersons / populationUnit = %2 / %3 is out of range; rescale them.</source>
        <translation>%1：perPersons / populationUnit = %2 / %3 超出范围；请调整这两个参数的量级。</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Location quotient</source>
        <translation>区位商</translation>
    </message>
    <message>
        <source>%1: no unit has both a value and a base; expected at least one.</source>
        <translation>%1：没有任何单元同时具有值和基准值；至少应有一个。</translation>
    </message>
    <message>
        <source>%1: the total overflows; rescale the input.</source>
        <translation>%1：总和溢出；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <source>%1: the values of the units with both figures sum to 0, so there are no shares; expected a positive total.</source>
        <translation>%1：两项数据齐全的单元，其值之和为 0，因此无法计算份额；总和应为正数。</translation>
    </message>
    <message>
        <source>%1: the bases of the units with both figures sum to 0, so there are no shares; expected a positive total.</source>
        <translation>%1：两项数据齐全的单元，其基准值之和为 0，因此无法计算份额；总和应为正数。</translation>
    </message>
    <message>
        <source>Unit %1: the location quotient overflows (%2 / %3); rescale the input.</source>
        <translation>单元 %1：区位商溢出（%2 / %3）；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <source>Per-capita shares</source>
        <translation>人均份额</translation>
    </message>
    <message>
        <source>%1: no groups; expected at least one.</source>
        <translation>%1：没有分组；至少应有一个。</translation>
    </message>
    <message>
        <source>Group %1: the value is %2; every group needs a finite value &gt;= 0 for the shares.</source>
        <translation>组 %1：值为 %2；计算份额要求每个组的值都是 &gt;= 0 的有限数。</translation>
    </message>
    <message>
        <source>Group %1: the value %2 is negative; expected a value &gt;= 0.</source>
        <translation>组 %1：值 %2 为负；应为 &gt;= 0 的值。</translation>
    </message>
    <message>
        <source>Group %1: the population is %2; every group needs a finite population &gt; 0 for the shares.</source>
        <translation>组 %1：人口为 %2；计算份额要求每个组的人口都是 &gt; 0 的有限数。</translation>
    </message>
    <message>
        <source>Group %1: the population %2 is negative; expected a population &gt; 0.</source>
        <translation>组 %1：人口 %2 为负；人口应 &gt; 0。</translation>
    </message>
    <message>
        <source>Group %1: the population is 0, so its per-capita ratio is undefined; expected a population &gt; 0.</source>
        <translation>组 %1：人口为 0，其人均比值无定义；人口应 &gt; 0。</translation>
    </message>
    <message>
        <source>Group %1: the ratio %2 / %3 overflows; rescale the input.</source>
        <translation>组 %1：比值 %2 / %3 溢出；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <source>%1: the sum of the ratios overflows; rescale the input.</source>
        <translation>%1：比值之和溢出；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <source>%1: all per-capita ratios are 0 (every group value is 0), so there are no shares; expected at least one value &gt; 0.</source>
        <translation>%1：所有人均比值均为 0（每个组的值都是 0），因此无法计算份额；至少应有一个值 &gt; 0。</translation>
    </message>
    <message>
        <source>Group totals</source>
        <translation>分组合计</translation>
    </message>
    <message>
        <source>%1: %2 values but %3 group labels; expected one label per unit.</source>
        <translation>%1：有 %2 个值，却有 %3 个分组标签；每个单元应有一个标签。</translation>
    </message>
    <message>
        <source>%1: the number of groups is %2; expected at least 1.</source>
        <translation>%1：分组数为 %2；至少应为 1。</translation>
    </message>
    <message>
        <source>Unit %1: the group label %2 is outside 0..%3; leave out units that belong to no group.</source>
        <translation>单元 %1：分组标签 %2 超出 0..%3 范围；请略去不属于任何分组的单元。</translation>
    </message>
    <message>
        <source>Unit %1: the value is missing (NaN); it is left out of the total of group %2.</source>
        <translation>单元 %1：值缺失（NaN）；不计入组 %2 的合计。</translation>
    </message>
    <message>
        <source>%1: the total of group %2 overflows; rescale the input.</source>
        <translation>%1：组 %2 的合计溢出；请对输入数据进行缩放。</translation>
    </message>
    <message>
        <source>Group %1 has no unit with a value; its total is 0.</source>
        <translation>组 %1 中没有有值的单元；其合计为 0。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialPanel</name>
    <message>
        <source>False discovery rate (Benjamini–Hochberg)</source>
        <translation>错误发现率校正（Benjamini–Hochberg）</translation>
    </message>
    <message>
        <source>Show LISA cluster map</source>
        <translation>显示 LISA 聚类图</translation>
    </message>
    <message>
        <source>Queen contiguity</source>
        <translation>Queen 邻接</translation>
    </message>
    <message>
        <source>Rook contiguity</source>
        <translation>Rook 邻接</translation>
    </message>
    <message>
        <source>k nearest neighbours</source>
        <translation>k 近邻</translation>
    </message>
    <message>
        <source>Distance band</source>
        <translation>距离带</translation>
    </message>
    <message>
        <source>Exclude them</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Attach to the nearest unit</source>
        <translation>连接到最近的单元</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>变量：</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>空间权重：</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Units without neighbours:</source>
        <translation>无邻居单元：</translation>
    </message>
    <message>
        <source>Permutations:</source>
        <translation>置换次数：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Significance level:</source>
        <translation>显著性水平：</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source> m snapping tolerance</source>
        <translation> 米捕捉容差</translation>
    </message>
    <message>
        <source> neighbours</source>
        <translation> 个邻居</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 千米</translation>
    </message>
    <message>
        <source>Computing Moran&apos;s I and LISA…</source>
        <translation>正在计算莫兰指数和 LISA…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moran&apos;s I = %1&lt;/b&gt; (E[I] = %2), %3 units, %4</source>
        <translation>&lt;b&gt;莫兰指数 = %1&lt;/b&gt;（E[I] = %2），%3 个单元，%4</translation>
    </message>
    <message>
        <source>Randomisation: z = %1, p = %2 (one-sided, as spdep moran.test)</source>
        <translation>随机化假设：z = %1，p = %2（单侧，同 spdep moran.test）</translation>
    </message>
    <message>
        <source>%1 permutations (seed %2): pseudo p = %3</source>
        <translation>%1 次置换（种子 %2）：伪 p 值 = %3</translation>
    </message>
    <message>
        <source>LISA: %1 High–High, %2 Low–Low, %3 Low–High, %4 High–Low</source>
        <translation>LISA：高–高 %1，低–低 %2，低–高 %3，高–低 %4</translation>
    </message>
</context>
<context>
    <name>CityAtlas::SpatialWeights</name>
    <message>
        <source>%1 line %2: the header &apos;%3&apos; is not &apos;n&apos; or &apos;0 n layer key&apos; with a non-negative unit count n.</source>
        <translation>%1 第 %2 行：头部行 &apos;%3&apos; 不是 &apos;n&apos; 或 &apos;0 n layer key&apos; 格式（n 为非负的单元数）。</translation>
    </message>
    <message>
        <source>%1 text is empty: expected a header line &apos;n&apos; or &apos;0 n layer key&apos;.</source>
        <translation>%1 文本为空：应有头部行 &apos;n&apos; 或 &apos;0 n layer key&apos;。</translation>
    </message>
    <message>
        <source>%1: the file has %2 units but the layer has %3; the weights do not belong to this layer.</source>
        <translation>%1：文件中有 %2 个单元，而图层中有 %3 个；该权重不属于此图层。</translation>
    </message>
    <message>
        <source>%1: unit id &apos;%2&apos; is not an id of the layer.</source>
        <translation>%1：单元 ID &apos;%2&apos; 不是该图层中的 ID。</translation>
    </message>
    <message>
        <source>Point at row %1: (%2, %3) is not a valid longitude/latitude in degrees (|lon| &lt;= 180, |lat| &lt;= 90).</source>
        <translation>第 %1 行的点：(%2, %3) 不是有效的经纬度（以度为单位，|lon| &lt;= 180，|lat| &lt;= 90）。</translation>
    </message>
    <message>
        <source>%1 more points have invalid coordinates.</source>
        <translation>另有 %1 个点的坐标无效。</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 及其他 %1 个</translation>
    </message>
    <message>
        <source>%1 unit ids were given for %2 units; expected one id per unit.</source>
        <translation>为 %2 个单元提供了 %1 个单元 ID；每个单元应有一个 ID。</translation>
    </message>
    <message>
        <source>Unit at row %1: id &apos;%2&apos; is empty or contains whitespace; ids must be single tokens as in GeoDa weights files.</source>
        <translation>第 %1 行的单元：ID &apos;%2&apos; 为空或包含空白字符；ID 必须像 GeoDa 权重文件中那样是不含空白的单个字符串。</translation>
    </message>
    <message>
        <source>Unit at row %1: id &apos;%2&apos; is used by more than one unit; ids must be unique.</source>
        <translation>第 %1 行的单元：ID &apos;%2&apos; 被多个单元使用；ID 必须唯一。</translation>
    </message>
    <message>
        <source>%1 more units have invalid ids.</source>
        <translation>另有 %1 个单元的 ID 无效。</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2): neighbour row %3 is outside 0..%4.</source>
        <translation>单元 &apos;%1&apos;（第 %2 行）：邻居行号 %3 超出 0..%4 范围。</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2) lists itself as a neighbour; self-links are not allowed.</source>
        <translation>单元 &apos;%1&apos;（第 %2 行）将自身列为邻居；不允许自连接。</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2): the weight %3 of neighbour &apos;%4&apos; is not a finite positive number.</source>
        <translation>单元 &apos;%1&apos;（第 %2 行）：邻居 &apos;%4&apos; 的权重 %3 不是有限正数。</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2) lists neighbour &apos;%3&apos; more than once.</source>
        <translation>单元 &apos;%1&apos;（第 %2 行）多次列出邻居 &apos;%3&apos;。</translation>
    </message>
    <message>
        <source>%1 more problems in the neighbour lists.</source>
        <translation>邻居列表中另有 %1 个问题。</translation>
    </message>
    <message>
        <source>k nearest neighbours: k = %1 is outside 1..%2 (n - 1 for %3 points).</source>
        <translation>k 近邻：k = %1 超出 1..%2 范围（%3 个点时上限为 n - 1）。</translation>
    </message>
    <message>
        <source>Distance band: the threshold %1 km is not a finite positive distance.</source>
        <translation>距离带：阈值 %1 千米不是有限的正距离。</translation>
    </message>
    <message>
        <source>Distance band of %1 km leaves %2 units without neighbours: %3. Increase the threshold (at least the largest nearest-neighbour distance) or choose an isolate policy.</source>
        <translation>%1 千米的距离带使 %2 个单元没有邻居：%3。请增大阈值（至少为最大的最近邻距离），或选择孤立单元处理策略。</translation>
    </message>
    <message>
        <source>the variable</source>
        <translation>该变量</translation>
    </message>
    <message>
        <source>%1 has %2 values but the spatial weights have %3 units; expected one value per unit in the same order.</source>
        <translation>%1 有 %2 个值，而空间权重有 %3 个单元；应按相同顺序为每个单元提供一个值。</translation>
    </message>
    <message>
        <source>Unit &apos;%1&apos; (row %2): %3 is %4; expected a finite number. Remove the unit (and its links) or fill the value first.</source>
        <translation>单元 &apos;%1&apos;（第 %2 行）：%3 的值为 %4；应为有限数。请先移除该单元（及其连接）或补全该值。</translation>
    </message>
    <message>
        <source>%1 more units have missing or infinite values.</source>
        <translation>另有 %1 个单元的值缺失或为无穷大。</translation>
    </message>
    <message>
        <source>%1 of %2 units have no neighbours (isolates): %3. Choose an isolate policy first: exclude them (withoutIsolates) or attach each to its nearest units (withIsolatesAttached).</source>
        <translation>%2 个单元中有 %1 个没有邻居（孤立单元）：%3。请先选择孤立单元处理策略：将其排除（withoutIsolates），或将每个孤立单元连接到距其最近的单元（withIsolatesAttached）。</translation>
    </message>
    <message>
        <source>Subset of spatial weights: row %1 is out of range, repeated or not ascending.</source>
        <translation>空间权重子集：第 %1 行超出范围、重复或未按升序排列。</translation>
    </message>
    <message>
        <source>%1 units lost all their neighbours when the subset was taken: %2.</source>
        <translation>取子集后有 %1 个单元失去了全部邻居：%2。</translation>
    </message>
    <message>
        <source>%1 isolates were excluded from the analysis: %2.</source>
        <translation>已从分析中排除 %1 个孤立单元：%2。</translation>
    </message>
    <message>
        <source>Isolates can only be attached to binary or general weights; attach them before row standardisation.</source>
        <translation>孤立单元只能连接到二值权重或一般权重；请在行标准化之前连接。</translation>
    </message>
    <message>
        <source>Attaching isolates: k = %1 is outside 1..%2.</source>
        <translation>连接孤立单元：k = %1 超出 1..%2 范围。</translation>
    </message>
    <message>
        <source>Attaching isolate &apos;%1&apos; (row %2): the distance to &apos;%3&apos; is %4; expected a finite non-negative number.</source>
        <translation>连接孤立单元 &apos;%1&apos;（第 %2 行）：到 &apos;%3&apos; 的距离为 %4；应为有限的非负数。</translation>
    </message>
    <message>
        <source>Isolate &apos;%1&apos; (row %2) attached to its %3 nearest units: %4.</source>
        <translation>孤立单元 &apos;%1&apos;（第 %2 行）已连接到距其最近的 %3 个单元：%4。</translation>
    </message>
    <message>
        <source>Attaching isolates: the distance matrix is %1 × %2; expected %3 × %3.</source>
        <translation>连接孤立单元：距离矩阵为 %1 × %2；应为 %3 × %3。</translation>
    </message>
    <message>
        <source>Attaching isolates: %1 points were given for %2 units.</source>
        <translation>连接孤立单元：为 %2 个单元提供了 %1 个点。</translation>
    </message>
    <message>
        <source>GAL: the text ends after %1 of the %2 units announced in the header.</source>
        <translation>GAL：头部行声明了 %2 个单元，但文本在第 %1 个单元之后就结束了。</translation>
    </message>
    <message>
        <source>GAL line %1: unit &apos;%2&apos; has neighbour count &apos;%3&apos;; expected an integer in 0..%4.</source>
        <translation>GAL 第 %1 行：单元 &apos;%2&apos; 的邻居数为 &apos;%3&apos;；应为 0..%4 范围内的整数。</translation>
    </message>
    <message>
        <source>GAL line %1: unit &apos;%2&apos; appears a second time.</source>
        <translation>GAL 第 %1 行：单元 &apos;%2&apos; 重复出现。</translation>
    </message>
    <message>
        <source>GAL line %1: unit &apos;%2&apos; announces %3 neighbours but the text ends before them.</source>
        <translation>GAL 第 %1 行：单元 &apos;%2&apos; 声明有 %3 个邻居，但文本在列出这些邻居之前就结束了。</translation>
    </message>
    <message>
        <source>GAL line %1: unexpected text &apos;%2&apos; after the %3 units announced in the header.</source>
        <translation>GAL 第 %1 行：在头部行声明的 %3 个单元之后出现了意外的文本 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>GAL line %1: neighbour &apos;%2&apos; of unit &apos;%3&apos; is not one of the units in the file.</source>
        <translation>GAL 第 %1 行：单元 &apos;%3&apos; 的邻居 &apos;%2&apos; 不是文件中的单元。</translation>
    </message>
    <message>
        <source>GWT line %1: &apos;%2&apos; is not &apos;i j w&apos; (two unit ids and a number).</source>
        <translation>GWT 第 %1 行：&apos;%2&apos; 不符合 &apos;i j w&apos; 格式（两个单元 ID 和一个数值）。</translation>
    </message>
    <message>
        <source>GWT line %1: unit &apos;%2&apos; is linked to itself; self-links are not supported.</source>
        <translation>GWT 第 %1 行：单元 &apos;%2&apos; 与自身相连；不支持自连接。</translation>
    </message>
    <message>
        <source>GWT line %1: weight %2 is not a finite positive number.</source>
        <translation>GWT 第 %1 行：权重 %2 不是有限正数。</translation>
    </message>
    <message>
        <source>GWT: the header announces %1 units but the layer has %2; the weights do not belong to this layer.</source>
        <translation>GWT：头部行声明了 %1 个单元，而图层中有 %2 个；该权重不属于此图层。</translation>
    </message>
    <message>
        <source>GWT: the header announces %1 units but %2 ids appear in the links; the units without links (isolates) cannot be placed. Pass the layer&apos;s ids to read this file.</source>
        <translation>GWT：头部行声明了 %1 个单元，但连接中出现了 %2 个 ID；无法确定没有连接的单元（孤立单元）的位置。请提供图层的 ID 来读取此文件。</translation>
    </message>
    <message>
        <source>GWT line %1: unit id &apos;%2&apos; is not one of the %3 units.</source>
        <translation>GWT 第 %1 行：单元 ID &apos;%2&apos; 不在这 %3 个单元之中。</translation>
    </message>
    <message>
        <source>GWT line %1: the link %2 → %3 appears a second time.</source>
        <translation>GWT 第 %1 行：连接 %2 → %3 重复出现。</translation>
    </message>
</context>
<context>
    <name>CityAtlas::Uncertainty</name>
    <message>
        <source>%1 normalisation with the %2</source>
        <translation>%1 与 %2 组合</translation>
    </message>
    <message>
        <source>The number of Monte Carlo draws (%1) must be from 1 to 1000000.</source>
        <translation>蒙特卡洛抽样次数（%1）必须介于 1 到 1000000 之间。</translation>
    </message>
    <message>
        <source>%1 draws × %2 units exceed the %3 ranks that are kept; use fewer draws.</source>
        <translation>%1 次抽样 × %2 个单元超出了可保存的 %3 个排名；请减少抽样次数。</translation>
    </message>
    <message>
        <source>The thread count (%1) must be 0 (automatic) or positive.</source>
        <translation>线程数（%1）必须为 0（自动）或正数。</translation>
    </message>
    <message>
        <source>The Dirichlet concentration κ (%1) must be a positive number.</source>
        <translation>Dirichlet 分布的集中参数 κ（%1）必须为正数。</translation>
    </message>
    <message>
        <source>The relative weight range (%1) must be at least 0 and below 1 (0.2 means ±20 %).</source>
        <translation>权重的相对变动范围（%1）必须不小于 0 且小于 1（0.2 表示 ±20 %）。</translation>
    </message>
    <message>
        <source>The shift ε of the geometric mean (%1) must be a positive number.</source>
        <translation>几何平均的平移量 ε（%1）必须为正数。</translation>
    </message>
    <message>
        <source>At least one normalisation method and one aggregation method are needed.</source>
        <translation>至少需要一种标准化方法和一种合成方法。</translation>
    </message>
    <message>
        <source>z-score normalisation is not combined with the geometric mean (z-scores are negative); that pair is left out of the draws.</source>
        <translation>z-score 标准化不与几何平均组合（z-score 含负值）；该组合不参与抽样。</translation>
    </message>
    <message>
        <source>%1 normalisation fails on this matrix; see the following problems.</source>
        <translation>%1 无法用于此矩阵；详见下列问题。</translation>
    </message>
    <message>
        <source>No valid pair of normalisation and aggregation methods remains.</source>
        <translation>没有剩余的有效标准化与合成方法组合。</translation>
    </message>
    <message>
        <source>The %1 fails with the nominal weights; see the following problems.</source>
        <translation>%1 在名义权重下计算失败；详见下列问题。</translation>
    </message>
    <message>
        <source>The uncertainty analysis was cancelled; only the nominal scores and ranks are available.</source>
        <translation>不确定性分析已取消；仅有名义得分和排名可用。</translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 (%2) failed with its perturbed weights; %n draw(s) failed in all. See the following problems.</source>
        <translation>
            <numerusform>第 %1 次抽样（%2）在扰动权重下计算失败；共有 %n 次抽样失败。详见下列问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n draw(s) every Gamma variate was 0; those draws kept the nominal weights.</source>
        <translation>
            <numerusform>有 %n 次抽样的所有 Gamma 变量均为 0；这些抽样沿用名义权重。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityAtlas::Weighting</name>
    <message>
        <source>%1 weights need every indicator min–max normalised; see the following problems.</source>
        <translation>%1要求每个指标都能进行极差标准化；详见下列问题。</translation>
    </message>
    <message>
        <source>Equal weights need at least 1 indicator; %1 were given.</source>
        <translation>等权法至少需要 1 个指标；实际提供了 %1 个。</translation>
    </message>
    <message>
        <source>No importance scores were given.</source>
        <translation>未提供重要性评分。</translation>
    </message>
    <message>
        <source>The importance score of %1 is %2; scores must be finite and non-negative.</source>
        <translation>%1 的重要性评分为 %2；评分必须是有限的非负数。</translation>
    </message>
    <message>
        <source>All %1 importance scores are 0; at least one must be positive.</source>
        <translation>全部 %1 个重要性评分均为 0；至少应有一个为正数。</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <source>CRITIC weights need at least 2 indicators (the method weighs their conflict).</source>
        <translation>CRITIC 法至少需要 2 个指标（该方法依据指标间的冲突性赋权）。</translation>
    </message>
    <message>
        <source>CRITIC</source>
        <translation>CRITIC 法</translation>
    </message>
    <message>
        <source>CRITIC weights are undefined: after orientation all %1 indicators are perfectly correlated (r = 1), so none carries conflicting information.</source>
        <translation>CRITIC 权重无定义：统一指标方向后，全部 %1 个指标完全相关（r = 1），没有任何指标带有冲突信息。</translation>
    </message>
    <message>
        <source>PCA weights need at least 2 indicators.</source>
        <translation>主成分分析（PCA）赋权至少需要 2 个指标。</translation>
    </message>
    <message>
        <source>The cumulative variance to reach (%1) must be a fraction greater than 0 and at most 1.</source>
        <translation>目标累计方差贡献率（%1）必须是大于 0 且不超过 1 的比例。</translation>
    </message>
    <message>
        <source>The number of components to keep (%1) must be from 1 to the number of indicators (%2).</source>
        <translation>保留的主成分个数（%1）必须介于 1 和指标个数（%2）之间。</translation>
    </message>
    <message>
        <source>%1 has the same value (%2) for all %3 units: it cannot be standardised, so PCA weights are undefined. Remove it.</source>
        <translation>%1 在全部 %3 个单元上取值相同（%2）：无法标准化，因此 PCA 权重无定义。请删除该指标。</translation>
    </message>
    <message>
        <source>PCA on %1 units and %2 indicators: with no more units than indicators the correlation matrix is singular and the weights are unstable.</source>
        <translation>对 %1 个单元、%2 个指标进行 PCA：单元数不多于指标数时，相关矩阵奇异，权重不稳定。</translation>
    </message>
    <message>
        <source>The eigen-decomposition of the correlation matrix did not converge.</source>
        <translation>相关矩阵的特征分解未收敛。</translation>
    </message>
    <message>
        <source>No eigenvalue of the correlation matrix exceeds 1 (largest %1): the indicators are nearly uncorrelated; the first component is kept.</source>
        <translation>相关矩阵没有大于 1 的特征值（最大为 %1）：各指标几乎不相关；保留第一主成分。</translation>
    </message>
    <message>
        <source>The varimax rotation did not converge in %1 iterations; the loadings are approximate.</source>
        <translation>方差最大化（varimax）旋转在 %1 次迭代内未收敛；载荷为近似值。</translation>
    </message>
    <message>
        <source>%1 has no loading on the %2 retained component(s): its PCA weight is 0.</source>
        <translation>%1 在保留的 %2 个主成分上均无载荷：其 PCA 权重为 0。</translation>
    </message>
    <message>
        <source>An AHP pairwise comparison matrix must be square and not empty; it is %1 × %2.</source>
        <translation>AHP 判断矩阵必须是非空方阵；当前为 %1 × %2。</translation>
    </message>
    <message>
        <source>%1 indicator name(s) were given for a %2 × %2 comparison matrix.</source>
        <translation>为 %2 × %2 的判断矩阵提供了 %1 个指标名称。</translation>
    </message>
    <message>
        <source>Comparison of %1 with %2 is %3; every entry must be a positive number.</source>
        <translation>%1 与 %2 的比较值为 %3；每个元素都必须是正数。</translation>
    </message>
    <message>
        <source>The diagonal entry of %1 is %2; an indicator compared with itself must be 1.</source>
        <translation>%1 的对角元素为 %2；指标与自身比较必须为 1。</translation>
    </message>
    <message>
        <source>The matrix is not reciprocal: %1 vs %2 is %3, so %2 vs %1 should be 1/%3 = %4, but it is %5.</source>
        <translation>矩阵不满足互反性：%1 对 %2 为 %3，因此 %2 对 %1 应为 1/%3 = %4，但实际为 %5。</translation>
    </message>
    <message>
        <source>The eigen-decomposition of the comparison matrix did not converge.</source>
        <translation>判断矩阵的特征分解未收敛。</translation>
    </message>
    <message>
        <source>The principal eigenvector of the comparison matrix is not positive; the matrix is not a valid AHP matrix.</source>
        <translation>判断矩阵的主特征向量不全为正；该矩阵不是有效的 AHP 判断矩阵。</translation>
    </message>
    <message>
        <source>Saaty&apos;s random index is tabulated only up to 15 criteria; with %1 the consistency ratio is not computed (CI = %2).</source>
        <translation>Saaty 平均随机一致性指标 RI 仅列到 15 阶；%1 个准则时不计算一致性比率（CI = %2）。</translation>
    </message>
    <message>
        <source>The pairwise comparisons are inconsistent: consistency ratio CR = %1 (CI = %2, RI = %3) is not below 0.10. Revise the judgements.</source>
        <translation>判断矩阵未通过一致性检验：一致性比率 CR = %1（CI = %2，RI = %3）不小于 0.10。请修正判断。</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Layer: %1</source>
        <translation>图层：%1</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>要素数：%1</translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation>几何类型：%1</translation>
    </message>
    <message>
        <source>CRS: %1 %2</source>
        <translation>坐标参考系：%1 %2</translation>
    </message>
    <message>
        <source>Extent: %1, %2 – %3, %4</source>
        <translation>范围：%1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Describe a vector dataset or table: layers, features, fields, extent, CRS.</source>
        <translation>描述矢量数据集或表格：图层、要素、字段、范围、坐标参考系。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>The dataset to describe.</source>
        <translation>要描述的数据集。</translation>
    </message>
    <message>
        <source>info: expected one PATH</source>
        <translation>info：需要一个 PATH 参数</translation>
    </message>
    <message>
        <source>Draw a choropleth map to PNG, SVG or PDF.</source>
        <translation>绘制分级设色图，输出为 PNG、SVG 或 PDF。</translation>
    </message>
    <message>
        <source>The default map: population density of China&apos;s provinces, 2022.</source>
        <translation>默认地图：2022年中国各省级行政区人口密度。</translation>
    </message>
    <message>
        <source>Vector layer, PATH or PATH:LAYER.</source>
        <translation>矢量图层，PATH 或 PATH:LAYER。</translation>
    </message>
    <message>
        <source>Numeric field to map.</source>
        <translation>要制图的数值字段。</translation>
    </message>
    <message>
        <source>Table to join onto the layer before mapping.</source>
        <translation>制图前要连接到图层上的表格。</translation>
    </message>
    <message>
        <source>Join key: FIELD (same name on both sides) or LAYERFIELD:TABLEFIELD.</source>
        <translation>连接键：FIELD（两侧字段同名）或 LAYERFIELD:TABLEFIELD。</translation>
    </message>
    <message>
        <source>Number of classes (default 5).</source>
        <translation>分级数（默认 5）。</translation>
    </message>
    <message>
        <source>quantile, equal, jenks or stddev (default quantile).</source>
        <translation>分级方法：quantile、equal、jenks 或 stddev（默认 quantile）。</translation>
    </message>
    <message>
        <source>ColorBrewer colour scheme (default YlOrRd).</source>
        <translation>ColorBrewer 配色方案（默认 YlOrRd）。</translation>
    </message>
    <message>
        <source>Reverse the colour scheme.</source>
        <translation>反转配色方案。</translation>
    </message>
    <message>
        <source>Map title.</source>
        <translation>地图标题。</translation>
    </message>
    <message>
        <source>Field to label the units with.</source>
        <translation>用于标注各单元的字段。</translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>输出文件：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600).</source>
        <translation>宽度（像素，默认 1600）。</translation>
    </message>
    <message>
        <source>Height in pixels (default 1200).</source>
        <translation>高度（像素，默认 1200）。</translation>
    </message>
    <message>
        <source>Resolution (default 150).</source>
        <translation>分辨率（默认 150）。</translation>
    </message>
    <message>
        <source>map: --out FILE.png|.svg|.pdf is required</source>
        <translation>map：必须指定 --out FILE.png|.svg|.pdf</translation>
    </message>
    <message>
        <source>map: --width, --height, --dpi and --classes take positive whole numbers</source>
        <translation>map：--width、--height、--dpi 和 --classes 必须为正整数</translation>
    </message>
    <message>
        <source>map: unknown --method &apos;%1&apos; (use quantile, equal, jenks or stddev)</source>
        <translation>map：未知的 --method &apos;%1&apos;（可用 quantile、equal、jenks 或 stddev）</translation>
    </message>
    <message>
        <source>map: unknown --ramp &apos;%1&apos; (one of: %2)</source>
        <translation>map：未知的 --ramp &apos;%1&apos;（可选：%2）</translation>
    </message>
    <message>
        <source>Population density of China&apos;s provinces, 2022 (people per km²)</source>
        <translation>2022年中国各省级行政区人口密度（人/平方千米）</translation>
    </message>
    <message>
        <source>map: --layer PATH[:LAYER] and --field NAME are required (or --default)</source>
        <translation>map：必须指定 --layer PATH[:LAYER] 和 --field NAME（或使用 --default）</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>map: the layer could not be read</source>
        <translation>map：无法读取图层</translation>
    </message>
    <message>
        <source>%1: has no geometries to draw; join it onto a map layer with --join</source>
        <translation>%1：没有可绘制的几何图形；请用 --join 将其连接到地图图层上</translation>
    </message>
    <message>
        <source>map: --join needs --key FIELD or LAYERFIELD:TABLEFIELD</source>
        <translation>map：--join 需要 --key FIELD 或 LAYERFIELD:TABLEFIELD</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1: %2 row(s) matched no unit: %3</source>
        <translation>%1：有 %2 行未匹配到任何单元：%3</translation>
    </message>
    <message>
        <source>Data: %1, %2</source>
        <translation>数据：%1、%2</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; (fields: %3)</source>
        <translation>%1：没有字段 &apos;%2&apos;（现有字段：%3）</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is not numeric</source>
        <translation>%1：字段 &apos;%2&apos; 不是数值型</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; to label with</source>
        <translation>%1：没有可用于标注的字段 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: total %2 = within %3 (%4) + between %5 (%6)</source>
        <translation>%1：总计 %2 = 组内 %3（%4）+ 组间 %5（%6）</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>pop. share</source>
        <translation>人口份额</translation>
    </message>
    <message>
        <source>value share</source>
        <translation>数值份额</translation>
    </message>
    <message>
        <source>within</source>
        <translation>组内</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group (by default the four NBS economic regions). Without --data: China&apos;s provinces with their statistics.</source>
        <translation>计算某字段在各单元间的不平等程度：基尼系数、泰尔 T 指数和 L 指数、变异系数，以及按分组的分解（默认按国家统计局划分的四大经济区域）。不指定 --data 时，使用中国各省级行政区及其统计数据。</translation>
    </message>
    <message>
        <source>Layer or table, PATH or PATH:LAYER.</source>
        <translation>图层或表格，PATH 或 PATH:LAYER。</translation>
    </message>
    <message>
        <source>Numeric field to analyse (per-capita values when --weight is population).</source>
        <translation>要分析的数值字段（--weight 为人口时应为人均值）。</translation>
    </message>
    <message>
        <source>Weight field, e.g. population; omit for unweighted measures.</source>
        <translation>权重字段，如人口；省略则计算不加权的指标。</translation>
    </message>
    <message>
        <source>Field to decompose by (default: region when present; &apos;none&apos; for no decomposition).</source>
        <translation>用于分解的分组字段（默认：存在 region 字段时使用该字段；&apos;none&apos; 表示不分解）。</translation>
    </message>
    <message>
        <source>Field naming the units in messages and the Lorenz file.</source>
        <translation>在提示信息和洛伦兹曲线文件中标识单元名称的字段。</translation>
    </message>
    <message>
        <source>Write the Lorenz curve points to this CSV file.</source>
        <translation>将洛伦兹曲线各点写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>inequality: --field NAME is required</source>
        <translation>inequality：必须指定 --field NAME</translation>
    </message>
    <message>
        <source>inequality: the data could not be read</source>
        <translation>inequality：无法读取数据</translation>
    </message>
    <message>
        <source>inequality: nothing to compute</source>
        <translation>inequality：没有可计算的指标</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Inequality of %1 over %2 units (%3)</source>
        <translation>%1 在 %2 个单元间的不平等程度（%3）</translation>
    </message>
    <message>
        <source>Inequality of %1 over %2 units, weighted by %3 (%4)</source>
        <translation>%1 在 %2 个单元间的不平等程度，以 %3 加权（%4）</translation>
    </message>
    <message>
        <source>Gini</source>
        <translation>基尼系数</translation>
    </message>
    <message>
        <source>Theil T (GE(1))</source>
        <translation>泰尔 T 指数（GE(1)）</translation>
    </message>
    <message>
        <source>Theil L (GE(0), MLD)</source>
        <translation>泰尔 L 指数（GE(0)，MLD）</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <source>GE(2) = CV²/2</source>
        <translation>GE(2) = CV²/2</translation>
    </message>
    <message>
        <source>Theil T by %1</source>
        <translation>按 %1 分解的泰尔 T 指数</translation>
    </message>
    <message>
        <source>Theil L by %1</source>
        <translation>按 %1 分解的泰尔 L 指数</translation>
    </message>
    <message>
        <source>Gini by %1 (Dagum 1997): total %2 = within %3 (%4) + net between %5 (%6) + transvariation %7 (%8)</source>
        <translation>按 %1 分解的基尼系数（Dagum 1997）：总计 %2 = 组内 %3（%4）+ 组间净值 %5（%6）+ 超变密度 %7（%8）</translation>
    </message>
    <message>
        <source>Var %1  z %2  p(greater) %3  p(two-sided) %4</source>
        <translation>方差 %1  z %2  p(右尾) %3  p(双尾) %4</translation>
    </message>
    <message>
        <source>Global Moran&apos;s I (moments as R spdep moran.test, permutation pseudo p as PySAL) and local Moran (LISA) clusters. Without --data: China&apos;s provinces with their statistics.</source>
        <translation>全局莫兰指数（期望与方差同 R spdep 的 moran.test，置换伪 p 值同 PySAL）及局部莫兰（LISA）聚类。不指定 --data 时，使用中国各省级行政区及其统计数据。</translation>
    </message>
    <message>
        <source>Polygon layer, PATH or PATH:LAYER.</source>
        <translation>面图层，PATH 或 PATH:LAYER。</translation>
    </message>
    <message>
        <source>Numeric field to analyse.</source>
        <translation>要分析的数值字段。</translation>
    </message>
    <message>
        <source>queen, rook, knn:K, band:KM or a GeoDa .gal/.gwt file (default queen).</source>
        <translation>queen、rook、knn:K、band:KM 或 GeoDa .gal/.gwt 文件（默认 queen）。</translation>
    </message>
    <message>
        <source>Contiguity snapping tolerance in metres (default 100).</source>
        <translation>邻接判断的捕捉容差，单位为米（默认 100）。</translation>
    </message>
    <message>
        <source>Field with the unit ids of weights files (default: code).</source>
        <translation>与权重文件中单元 ID 对应的字段（默认：code）。</translation>
    </message>
    <message>
        <source>What to do with units without neighbours: exclude, attach or attach:K.</source>
        <translation>没有邻居的单元如何处理：exclude、attach 或 attach:K。</translation>
    </message>
    <message>
        <source>Number of permutations (default 999; 0 for none).</source>
        <translation>置换次数（默认 999；0 表示不做置换检验）。</translation>
    </message>
    <message>
        <source>Random seed of the permutations (default 12345).</source>
        <translation>置换的随机种子（默认 12345）。</translation>
    </message>
    <message>
        <source>Significance level of the LISA clusters (default 0.05).</source>
        <translation>LISA 聚类的显著性水平（默认 0.05）。</translation>
    </message>
    <message>
        <source>Classify LISA clusters with Benjamini–Hochberg adjusted p-values.</source>
        <translation>使用 Benjamini–Hochberg 校正后的 p 值划分 LISA 聚类。</translation>
    </message>
    <message>
        <source>List the local statistics of every unit.</source>
        <translation>列出每个单元的局部统计量。</translation>
    </message>
    <message>
        <source>Draw the LISA cluster map to this .png, .svg or .pdf file.</source>
        <translation>将 LISA 聚类图绘制到此 .png、.svg 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>Write the weights used to this .gal or .gwt file.</source>
        <translation>将所用的空间权重写入此 .gal 或 .gwt 文件。</translation>
    </message>
    <message>
        <source>moran: --field NAME is required</source>
        <translation>moran：必须指定 --field NAME</translation>
    </message>
    <message>
        <source>moran: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 &lt; --alpha &lt; 1</source>
        <translation>moran：要求 --snap ≥ 0、--permutations ≥ 0、--seed 为整数，且 0 &lt; --alpha &lt; 1</translation>
    </message>
    <message>
        <source>moran: the data could not be read</source>
        <translation>moran：无法读取数据</translation>
    </message>
    <message>
        <source>LISA clusters of %1</source>
        <translation>LISA 聚类：%1</translation>
    </message>
    <message>
        <source>LISA cluster (p ≤ %1)</source>
        <translation>LISA 聚类（p ≤ %1）</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I, %1, %2 permutations, seed %3. Data: %4</source>
        <translation>局部莫兰指数，%1，%2 次置换，随机种子 %3。数据：%4</translation>
    </message>
    <message>
        <source>Moran&apos;s I of %1: %2 units, %3</source>
        <translation>%1 的莫兰指数：%2 个单元，%3</translation>
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
        <translation>随机化假设</translation>
    </message>
    <message>
        <source>normality</source>
        <translation>正态假设</translation>
    </message>
    <message>
        <source>permutations</source>
        <translation>置换检验</translation>
    </message>
    <message>
        <source>%1 (seed %2): pseudo p %3, mean %4, sd %5</source>
        <translation>%1 次（种子 %2）：伪 p 值 %3，均值 %4，标准差 %5</translation>
    </message>
    <message>
        <source>LISA clusters (p ≤ %1%2): High–High %3, Low–Low %4, Low–High %5, High–Low %6, not significant %7</source>
        <translation>LISA 聚类（p ≤ %1%2）：高–高 %3，低–低 %4，低–高 %5，高–低 %6，不显著 %7</translation>
    </message>
    <message>
        <source>, FDR</source>
        <translation>，FDR</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
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
        <translation>伪 p 值</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>%1 (--isolates exclude or --isolates attach:K)</source>
        <translation>%1（--isolates exclude 或 --isolates attach:K）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: expected the columns pop_2022 and area_km2</source>
        <translation>%1：应包含 pop_2022 和 area_km2 列</translation>
    </message>
    <message>
        <source>Population: NBS, year-end 2022 resident population. Land area: provincial governments (via Wikipedia). Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0). Albers equal-area projection.</source>
        <translation>人口：国家统计局，2022年末常住人口。土地面积：各省级人民政府（经维基百科）。边界：Apache ECharts 4.9.0 地图数据（Apache-2.0）。Albers 等积圆锥投影。</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a vector dataset or table that GDAL can read</source>
        <translation>%1：不是 GDAL 可读取的矢量数据集或表格</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; to join on (fields: %3)</source>
        <translation>%1：没有用于连接的字段 &apos;%2&apos;（现有字段：%3）</translation>
    </message>
    <message>
        <source>%1: joining on &apos;%2&apos; matched none of the %3 rows of %4 on &apos;%5&apos;</source>
        <translation>%1：以字段 &apos;%2&apos; 与 %4 的字段 &apos;%5&apos; 连接，但该表的 %3 行均未匹配</translation>
    </message>
    <message>
        <source>its coordinate reference system cannot be transformed to WGS 84</source>
        <translation>其坐标参考系无法转换为 WGS 84</translation>
    </message>
    <message>
        <source>the China Albers projection is not available (PROJ data missing?)</source>
        <translation>中国 Albers 投影不可用（是否缺少 PROJ 数据？）</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system; assuming WGS 84 longitude/latitude</source>
        <translation>%1，图层 %2：没有坐标参考系；按 WGS 84 经纬度处理</translation>
    </message>
    <message>
        <source>%1, layer %2: %3</source>
        <translation>%1，图层 %2：%3</translation>
    </message>
    <message>
        <source>%1: loading was cancelled</source>
        <translation>%1：加载已取消</translation>
    </message>
    <message>
        <source>%1: GDAL: %2</source>
        <translation>%1：GDAL：%2</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>几何图形无效</translation>
    </message>
    <message>
        <source>%1, layer %2, feature %3: %4; the geometry was repaired (MakeValid)</source>
        <translation>%1，图层 %2，要素 %3：%4；几何图形已修复（MakeValid）</translation>
    </message>
    <message>
        <source>%1, layer %2, feature %3: %4; the geometry could not be repaired and is skipped</source>
        <translation>%1，图层 %2，要素 %3：%4；几何图形无法修复，已跳过</translation>
    </message>
    <message>
        <source>%1, layer %2, feature %3: coordinates cannot be projected; the feature is skipped</source>
        <translation>%1，图层 %2，要素 %3：坐标无法投影；已跳过该要素</translation>
    </message>
    <message>
        <source>%1: the dataset has no layer</source>
        <translation>%1：数据集中没有图层</translation>
    </message>
    <message>
        <source>%1: no layer named &apos;%2&apos; (layers: %3)</source>
        <translation>%1：没有名为 &apos;%2&apos; 的图层（现有图层：%3）</translation>
    </message>
    <message>
        <source>%1: unsupported output format &apos;%2&apos; (use .png, .svg or .pdf)</source>
        <translation>%1：不支持的输出格式 &apos;%2&apos;（请使用 .png、.svg 或 .pdf）</translation>
    </message>
    <message>
        <source>%1: the output size and resolution must be positive</source>
        <translation>%1：输出尺寸和分辨率必须为正数</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Map exported by CityAtlas</source>
        <translation>由 CityAtlas 导出的地图</translation>
    </message>
    <message>
        <source>%1: the map could not be drawn</source>
        <translation>%1：无法绘制地图</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; (fields: %3)</source>
        <translation>%1：没有字段 &apos;%2&apos;（现有字段：%3）</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; has no numeric values to classify</source>
        <translation>%1：字段 &apos;%2&apos; 没有可用于分级的数值</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; has no value for %3 of %4 features; they are drawn as &apos;no data&apos;</source>
        <translation>%1：%4 个要素中有 %3 个在字段 &apos;%2&apos; 上没有值；这些要素按“无数据”绘制</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is not numeric</source>
        <translation>%1：字段 &apos;%2&apos; 不是数值型</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; to group by (fields: %3)</source>
        <translation>%1：没有用于分组的字段 &apos;%2&apos;（现有字段：%3）</translation>
    </message>
    <message>
        <source>%1, row %2 (%3): no value for %4; the unit is left out</source>
        <translation>%1，第 %2 行（%3）：%4 没有值；已略去该单元</translation>
    </message>
    <message>
        <source>%1: no unit has a value for &apos;%2&apos;</source>
        <translation>%1：没有任何单元在 &apos;%2&apos; 上有值</translation>
    </message>
    <message>
        <source>%1: has no geometries to find neighbours from</source>
        <translation>%1：没有可用于确定邻居的几何图形</translation>
    </message>
    <message>
        <source>The snapping tolerance must be a distance of 0 m or more</source>
        <translation>捕捉容差必须是不小于 0 米的距离</translation>
    </message>
    <message>
        <source>%1: no field &apos;%2&apos; for unit ids</source>
        <translation>%1：没有用作单元 ID 的字段 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1, feature %2: not a polygon; it has no contiguity neighbours</source>
        <translation>%1，要素 %2：不是面要素，没有邻接邻居</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>unknown weights &apos;%1&apos; (use queen, rook, knn:K, band:KM or a .gal/.gwt file)</source>
        <translation>未知的空间权重 &apos;%1&apos;（可用 queen、rook、knn:K、band:KM 或 .gal/.gwt 文件）</translation>
    </message>
    <message>
        <source>unknown isolate policy &apos;%1&apos; (use exclude, attach or attach:K)</source>
        <translation>未知的孤立单元处理策略 &apos;%1&apos;（可用 exclude、attach 或 attach:K）</translation>
    </message>
    <message>
        <source>queen contiguity, snap %1 m</source>
        <translation>Queen 邻接，捕捉容差 %1 米</translation>
    </message>
    <message>
        <source>rook contiguity, snap %1 m</source>
        <translation>Rook 邻接，捕捉容差 %1 米</translation>
    </message>
    <message>
        <source>%1 nearest neighbours (great-circle)</source>
        <translation>%1 个最近邻（大圆距离）</translation>
    </message>
    <message>
        <source>distance band %1 km (great-circle)</source>
        <translation>距离带 %1 千米（大圆距离）</translation>
    </message>
    <message>
        <source>weights file %1</source>
        <translation>权重文件 %1</translation>
    </message>
    <message>
        <source>%1: has no geometries to build spatial weights from</source>
        <translation>%1：没有可用于构建空间权重的几何图形</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>High–High</source>
        <translation>高–高</translation>
    </message>
    <message>
        <source>Low–Low</source>
        <translation>低–低</translation>
    </message>
    <message>
        <source>Low–High</source>
        <translation>低–高</translation>
    </message>
    <message>
        <source>High–Low</source>
        <translation>高–低</translation>
    </message>
    <message>
        <source>LISA cluster</source>
        <translation>LISA 聚类</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units</source>
        <translation>
            <numerusform>有 %n 个单元没有邻居（%1；空间权重：%2）：请选择将其排除，还是将每个单元连接到距其最近的单元</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no neighbour (%2) and is left out</source>
        <translation>%1 没有邻居（%2），已略去</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Analyst workbench for smart-city analysis in China.</source>
        <translation>面向中国智慧城市分析的分析工作台。</translation>
    </message>
    <message>
        <source>Interface language (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>A vector layer to open (PATH or PATH:LAYER).</source>
        <translation>要打开的矢量图层（PATH 或 PATH:LAYER）。</translation>
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
        <translation>用法：cityatlas-cli [--lang en|zh_CN] COMMAND [options]

命令：
  info PATH [--json]          显示数据集的图层、要素、字段、范围和坐标参考系
  map [options] --out FILE    绘制分级设色图（PNG、SVG、PDF）；参见 &apos;map --help&apos;
  inequality --field NAME     基尼系数、泰尔指数及其按区域的分解；参见 &apos;inequality --help&apos;
  moran --field NAME          全局莫兰指数和 LISA 聚类；参见 &apos;moran --help&apos;

  --version                   显示版本号
</translation>
    </message>
</context>
</TS>
