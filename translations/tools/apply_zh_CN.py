#!/usr/bin/env python3
"""Fill the CityAtlas translation files after lupdate.

    python3 translations/tools/apply_zh_CN.py            # both files
    python3 translations/tools/apply_zh_CN.py --check    # report only, write nothing

* translations/cityatlas_zh_CN.ts: every <translation> is set from ZH_CN below (source
  text -> Simplified Chinese; CONTEXT_OVERRIDES can give a different translation for one
  context; multi-line texts such as the CLI usage are translated line by line from LINES)
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
    # --- BundledData: field names of the bundled province statistics -----------------------
    "Population density 2022 (people per km²)": "2022年人口密度（人/平方千米）",
    "Resident population 2022 (10,000 persons)": "2022年常住人口（万人）",
    "Resident population 2021 (10,000 persons)": "2021年常住人口（万人）",
    "Resident population 2020 (10,000 persons)": "2020年常住人口（万人）",
    "Land area (km²)": "土地面积（平方千米）",
    "Area on the map (km², Albers equal-area)": "图上面积（平方千米，Albers 等积圆锥投影）",

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
    "<h3>CityAtlas %1</h3><p>An analyst workbench for smart-city analysis in China.</p><p>Bundled data: boundaries from Apache ECharts 4.9.0 map data (Apache-2.0); population from the National Bureau of Statistics; land areas from provincial governments. See the datasets folder for full provenance.</p>":
        "<h3>CityAtlas %1</h3><p>面向中国智慧城市分析的分析工作台。</p><p>内置数据：边界来自 Apache ECharts 4.9.0 地图数据（Apache-2.0）；人口来自国家统计局；土地面积来自各省级人民政府。完整的数据来源说明见 datasets 文件夹。</p>",

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
    "Vector layer, PATH or PATH:LAYER.": "矢量图层，PATH 或 PATH:LAYER。",
    "Numeric field to map.": "要制图的数值字段。",
    "Table to join onto the layer before mapping.": "制图前要连接到图层上的表格。",
    "Join key: FIELD (same name on both sides) or LAYERFIELD:TABLEFIELD.":
        "连接键：FIELD（两侧字段同名）或 LAYERFIELD:TABLEFIELD。",
    "Number of classes (default 5).": "分级数（默认 5）。",
    "quantile, equal, jenks or stddev (default quantile).":
        "分级方法：quantile、equal、jenks 或 stddev（默认 quantile）。",
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
    "map: unknown --method '%1' (use quantile, equal, jenks or stddev)":
        "map：未知的 --method '%1'（可用 quantile、equal、jenks 或 stddev）",
    "map: unknown --ramp '%1' (one of: %2)": "map：未知的 --ramp '%1'（可选：%2）",
    "Population density of China's provinces, 2022 (people per km²)":
        "2022年中国各省级行政区人口密度（人/平方千米）",
    "map: --layer PATH[:LAYER] and --field NAME are required (or --default)":
        "map：必须指定 --layer PATH[:LAYER] 和 --field NAME（或使用 --default）",
    "Data: %1": "数据：%1",
    "map: the layer could not be read": "map：无法读取图层",
    "%1: has no geometries to draw; join it onto a map layer with --join":
        "%1：没有可绘制的几何图形；请用 --join 将其连接到地图图层上",
    "map: --join needs --key FIELD or LAYERFIELD:TABLEFIELD": "map：--join 需要 --key FIELD 或 LAYERFIELD:TABLEFIELD",
    "%1: cannot be read": "%1：无法读取",
    "%1: %2 row(s) matched no unit: %3": "%1：有 %2 行未匹配到任何单元：%3",
    "Data: %1, %2": "数据：%1、%2",
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
    "Inequality of a field over units: Gini, Theil T and L, CV, and their decomposition by group (by default the four NBS economic regions). Without --data: China's provinces with their statistics.":
        "计算某字段在各单元间的不平等程度：基尼系数、泰尔 T 指数和 L 指数、变异系数，以及按分组的分解（默认按国家统计局划分的四大经济区域）。不指定 --data 时，使用中国各省级行政区及其统计数据。",
    "Layer or table, PATH or PATH:LAYER.": "图层或表格，PATH 或 PATH:LAYER。",
    "Numeric field to analyse (per-capita values when --weight is population).":
        "要分析的数值字段（--weight 为人口时应为人均值）。",
    "Weight field, e.g. population; omit for unweighted measures.": "权重字段，如人口；省略则计算不加权的指标。",
    "Field to decompose by (default: region when present; 'none' for no decomposition).":
        "用于分解的分组字段（默认：存在 region 字段时使用该字段；'none' 表示不分解）。",
    "Field naming the units in messages and the Lorenz file.": "在提示信息和洛伦兹曲线文件中标识单元名称的字段。",
    "Write the Lorenz curve points to this CSV file.": "将洛伦兹曲线各点写入此 CSV 文件。",
    "inequality: --field NAME is required": "inequality：必须指定 --field NAME",
    "inequality: the data could not be read": "inequality：无法读取数据",
    "inequality: nothing to compute": "inequality：没有可计算的指标",
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
    "Global Moran's I (moments as R spdep moran.test, permutation pseudo p as PySAL) and local Moran (LISA) clusters. Without --data: China's provinces with their statistics.":
        "全局莫兰指数（期望与方差同 R spdep 的 moran.test，置换伪 p 值同 PySAL）及局部莫兰（LISA）聚类。不指定 --data 时，使用中国各省级行政区及其统计数据。",
    "Polygon layer, PATH or PATH:LAYER.": "面图层，PATH 或 PATH:LAYER。",
    "Numeric field to analyse.": "要分析的数值字段。",
    "queen, rook, knn:K, band:KM or a GeoDa .gal/.gwt file (default queen).":
        "queen、rook、knn:K、band:KM 或 GeoDa .gal/.gwt 文件（默认 queen）。",
    "Contiguity snapping tolerance in metres (default 100).": "邻接判断的捕捉容差，单位为米（默认 100）。",
    "Field with the unit ids of weights files (default: code).": "与权重文件中单元 ID 对应的字段（默认：code）。",
    "What to do with units without neighbours: exclude, attach or attach:K.": "没有邻居的单元如何处理：exclude、attach 或 attach:K。",
    "Number of permutations (default 999; 0 for none).": "置换次数（默认 999；0 表示不做置换检验）。",
    "Random seed of the permutations (default 12345).": "置换的随机种子（默认 12345）。",
    "Significance level of the LISA clusters (default 0.05).": "LISA 聚类的显著性水平（默认 0.05）。",
    "Classify LISA clusters with Benjamini–Hochberg adjusted p-values.": "使用 Benjamini–Hochberg 校正后的 p 值划分 LISA 聚类。",
    "List the local statistics of every unit.": "列出每个单元的局部统计量。",
    "Draw the LISA cluster map to this .png, .svg or .pdf file.": "将 LISA 聚类图绘制到此 .png、.svg 或 .pdf 文件。",
    "Write the weights used to this .gal or .gwt file.": "将所用的空间权重写入此 .gal 或 .gwt 文件。",
    "moran: --field NAME is required": "moran：必须指定 --field NAME",
    "moran: --snap ≥ 0, --permutations ≥ 0, --seed a whole number and 0 < --alpha < 1":
        "moran：要求 --snap ≥ 0、--permutations ≥ 0、--seed 为整数，且 0 < --alpha < 1",
    "moran: the data could not be read": "moran：无法读取数据",
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
    "LISA clusters (p ≤ %1%2): High–High %3, Low–Low %4, Low–High %5, High–Low %6, not significant %7":
        "LISA 聚类（p ≤ %1%2）：高–高 %3，低–低 %4，低–高 %5，高–低 %6，不显著 %7",
    ", FDR": "，FDR",
    "unit": "单元",
    "I_i": "I_i",
    "z": "z",
    "p": "p",
    "pseudo p": "伪 p 值",
    "cluster": "聚类",

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
    "%1: cannot read: %2": "%1：无法读取：%2",
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
    "unknown command '%1'": "未知命令 '%1'",
    "Analyst workbench for smart-city analysis in China.": "面向中国智慧城市分析的分析工作台。",
    "Interface language (en, zh_CN).": "界面语言（en、zh_CN）。",
    "A vector layer to open (PATH or PATH:LAYER).": "要打开的矢量图层（PATH 或 PATH:LAYER）。",
}

# Multi-line texts (the cityatlas-cli usage) are translated line by line, so that a new command
# line only needs one new entry here. Empty lines stay empty.
LINES = {
    "Usage: cityatlas-cli [--lang en|zh_CN] COMMAND [options]": "用法：cityatlas-cli [--lang en|zh_CN] COMMAND [options]",
    "Commands:": "命令：",
    "  info PATH [--json]          layers, features, fields, extent and CRS of a dataset":
        "  info PATH [--json]          显示数据集的图层、要素、字段、范围和坐标参考系",
    "  map [options] --out FILE    draw a choropleth map (PNG, SVG, PDF); see 'map --help'":
        "  map [options] --out FILE    绘制分级设色图（PNG、SVG、PDF）；参见 'map --help'",
    "  inequality --field NAME     Gini, Theil and their decomposition by region; see 'inequality --help'":
        "  inequality --field NAME     基尼系数、泰尔指数及其按区域的分解；参见 'inequality --help'",
    "  moran --field NAME          global Moran's I and LISA clusters; see 'moran --help'":
        "  moran --field NAME          全局莫兰指数和 LISA 聚类；参见 'moran --help'",
    "  --version                   print the version": "  --version                   显示版本号",
}

# (context, source) -> translation, where one context needs a different wording.
CONTEXT_OVERRIDES = {
    ("CityAtlas::ImbalancePanel", "Units"): "单元数",  # table row: the number of units
}

# English plural forms (singular, plural) of the numerus messages.
EN_NUMERUS = {
    "%n more unit(s) with invalid input were not listed.":
        ("%n more unit with invalid input was not listed.", "%n more units with invalid input were not listed."),
    "%n feature(s) loaded from %1": ("%n feature loaded from %1", "%n features loaded from %1"),
    "%n warning(s): %1": ("%n warning: %1", "%n warnings: %1"),
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
