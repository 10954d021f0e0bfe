// The expression language of computed fields on known inputs: a six-row fixture whose
// results are worked out by hand below, and the bundled province map (34 units, 31 with
// statistics; pop_2022 in 10,000 persons).
#include "maps/data/bundleddata.h"
#include "maps/data/expression.h"
#include "maps/data/tablejoin.h"

#include <QtTest>

#include <cmath>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

const double Null = qQNaN(); // an expected null in the value lists

// name | x    | y  | 人口 2022 | a"b
// a    | 4    | 2  | 10        | 1
// b    | 1    | 0  | 20        | 1
// c    | 4    | 1  | 30        | 1
// d    | 0    | 5  | 40        | 1
// e    | null | 3  | 50        | 1
// f    | 2    | -1 | 60        | 1
FeatureTable fixture()
{
    FeatureTable table(u"fixture"_s, {});
    table.addField({u"name"_s, FieldType::String});
    table.addField({u"x"_s, FieldType::Real});
    table.addField({u"y"_s, FieldType::Integer});
    table.addField({u"人口 2022"_s, FieldType::Real});
    table.addField({u"a\"b"_s, FieldType::Real});
    const QList<QVariant> x{4.0, 1.0, 4.0, 0.0, QVariant(), 2.0};
    const QList<int> y{2, 0, 1, 5, 3, -1};
    for (int row = 0; row < 6; ++row)
        table.appendRow({QString(QChar(u'a' + row)), x[row], y[row], 10.0 * (row + 1), 1.0});
    return table;
}

QByteArray describe(const ExpressionResult &r)
{
    QStringList text;
    for (const std::optional<double> &v : r.values)
        text << (v ? QString::number(*v, 'g', 17) : u"null"_s);
    for (const Issue &issue : r.issues)
        text << issue.message;
    return text.join(u" | "_s).toUtf8();
}

bool near(double actual, double expected, double epsilon = 1e-12)
{
    return std::abs(actual - expected) <= epsilon * std::max(1.0, std::abs(expected));
}

int rowOf(const FeatureTable &table, const QString &code)
{
    const int column = table.fieldIndex(u"code"_s);
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.value(row, column).toString() == code)
            return row;
    return -1;
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private:
    FeatureTable m_fixture = fixture();
    std::shared_ptr<const FeatureTable> m_map;

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        LoadResult r = BundledData::loadProvinceMap();
        QVERIFY(r.table);
        m_map = std::shared_ptr<const FeatureTable>(std::move(r.table));
    }

    // Constant expressions: every row gets the same value.
    void arithmetic_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<double>("expected");
        QTest::newRow("* before +") << u"1 + 2 * 3"_s << 7.0;
        QTest::newRow("parentheses") << u"(1 + 2) * 3"_s << 9.0;
        QTest::newRow("- is left-associative") << u"10 - 4 - 3"_s << 3.0;
        QTest::newRow("/ is left-associative") << u"12 / 3 / 2"_s << 2.0;
        QTest::newRow("^ is right-associative") << u"2^3^2"_s << 512.0; // 2^(3^2) = 2^9
        QTest::newRow("^ grouped left") << u"(2^3)^2"_s << 64.0;
        QTest::newRow("^ before *") << u"2 * 3^2"_s << 18.0;
        QTest::newRow("unary minus after ^") << u"-2^2"_s << -4.0; // -(2^2), as in mathematics
        QTest::newRow("negative base") << u"(-2)^2"_s << 4.0;
        QTest::newRow("negative exponent") << u"2^-1"_s << 0.5;
        QTest::newRow("double minus") << u"--3"_s << 3.0;
        QTest::newRow("unary plus and minus") << u"+4 * -2"_s << -8.0;
        QTest::newRow("exponent and leading dot") << u"1e3 + .5"_s << 1000.5;
        QTest::newRow("negative exponent in a number") << u"2.5E-1 * 4"_s << 1.0;
        QTest::newRow("white space") << u"  ( 1+2 )*\t3 "_s << 9.0;
        QTest::newRow("ln of exp") << u"ln(exp(2))"_s << 2.0;
        QTest::newRow("log is natural") << u"log(exp(1))"_s << 1.0;
        QTest::newRow("log10") << u"log10(1000)"_s << 3.0;
        QTest::newRow("names ignore case") << u"LOG10(100)"_s << 2.0;
        QTest::newRow("sqrt") << u"sqrt(16)"_s << 4.0;
        QTest::newRow("abs") << u"abs(-3.5)"_s << 3.5;
        QTest::newRow("round to decimals") << u"round(2.567, 2)"_s << 2.57;
        QTest::newRow("round half away from zero") << u"round(-2.5)"_s << -3.0;
        QTest::newRow("round to hundreds") << u"round(1234, -2)"_s << 1200.0;
        QTest::newRow("min of three") << u"min(3, 1, 2)"_s << 1.0;
        QTest::newRow("max of three") << u"max(3, 1, 2)"_s << 3.0;
        QTest::newRow("percapita per 10000") << u"percapita(50, 200)"_s << 2500.0; // 50 / 200 × 10000
        QTest::newRow("percapita per 100") << u"percapita(50, 200, 100)"_s << 25.0;
        QTest::newRow("density") << u"density(300, 4)"_s << 75.0;
        QTest::newRow("coalesce of a value") << u"coalesce(1, 2)"_s << 1.0;
    }

    void arithmetic()
    {
        QFETCH(QString, expression);
        QFETCH(double, expected);
        const ExpressionResult r = evaluateExpression(m_fixture, expression);
        QVERIFY2(r.ok() && r.issues.isEmpty(), describe(r));
        QCOMPARE(r.values.size(), 6);
        for (const std::optional<double> &v : r.values)
            QVERIFY2(v && near(*v, expected), describe(r));
    }

    // Per-row results on the fixture; NaN stands for null.
    void columns_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("field times constant") << u"x * 2"_s << QList<double>{8, 2, 8, 0, Null, 4};
        // x over the 5 rows with a value: 4, 4 share ranks 1 and 2 → 1.5; then 2 → 3, 1 → 4, 0 → 5.
        QTest::newRow("rank with ties") << u"rank(x)"_s << QList<double>{1.5, 4, 1.5, 5, Null, 3};
        // (n − rank) / (n − 1) with n = 5.
        QTest::newRow("pct_rank with ties") << u"pct_rank(x)"_s << QList<double>{0.875, 0.25, 0.875, 0, Null, 0.5};
        QTest::newRow("rank without ties") << u"rank(y)"_s << QList<double>{3, 5, 4, 1, 2, 6};
        // y: mean 5/3, population variance Σ(y − 5/3)² / 6 = (70/3) / 6 = 35/9, sd √35 / 3,
        // so z = (3y − 5) / √35.
        const double r35 = std::sqrt(35.0);
        QTest::newRow("zscore with the population sd")
            << u"zscore(y)"_s << QList<double>{1 / r35, -5 / r35, -2 / r35, 10 / r35, 4 / r35, -8 / r35};
        // 10 + 20 + … + 60 = 210.
        QTest::newRow("share of a quoted CJK field")
            << u"share(\"人口 2022\")"_s << QList<double>{10. / 210, 20. / 210, 30. / 210, 40. / 210, 50. / 210, 60. / 210};
        QTest::newRow("quoted field name") << u"\"人口 2022\" / 10"_s << QList<double>{1, 2, 3, 4, 5, 6};
        QTest::newRow("quote inside a quoted name") << u"\"a\"\"b\" + y"_s << QList<double>{3, 1, 2, 6, 4, 0};
        QTest::newRow("coalesce fills nulls") << u"coalesce(x, -1)"_s << QList<double>{4, 1, 4, 0, -1, 2};
        QTest::newRow("max per row") << u"max(x, y)"_s << QList<double>{4, 1, 4, 5, Null, 2};
        QTest::newRow("division by zero is null") << u"y / x"_s << QList<double>{0.5, 0, 0.25, Null, Null, -0.5};
        QTest::newRow("log of 0 is null") << u"ln(x)"_s << QList<double>{std::log(4.0), 0, std::log(4.0), Null, Null, std::log(2.0)};
        QTest::newRow("sqrt of a negative is null") << u"sqrt(y)"_s << QList<double>{std::sqrt(2.0), 0, 1, std::sqrt(5.0), std::sqrt(3.0), Null};
        QTest::newRow("round per row") << u"round(x / 3, 1)"_s << QList<double>{1.3, 0.3, 1.3, 0, Null, 0.7};
        QTest::newRow("overflow is null") << u"exp(1000) + y"_s << QList<double>{Null, Null, Null, Null, Null, Null};
        QTest::newRow("fractional power of a negative is null") << u"y^0.5"_s << QList<double>{std::sqrt(2.0), 0, 1, std::sqrt(5.0), std::sqrt(3.0), Null};
        QTest::newRow("zero to a negative power is null") << u"y^-1"_s << QList<double>{0.5, Null, 1, 0.2, 1. / 3, -1};
    }

    void columns()
    {
        QFETCH(QString, expression);
        QFETCH(QList<double>, expected);
        const ExpressionResult r = evaluateExpression(m_fixture, expression);
        QVERIFY2(r.ok(), describe(r));
        QCOMPARE(r.values.size(), expected.size());
        for (qsizetype row = 0; row < expected.size(); ++row) {
            const std::optional<double> v = r.values[row];
            if (std::isnan(expected[row]))
                QVERIFY2(!v, qPrintable(u"row %1: %2"_s.arg(row).arg(QString::fromUtf8(describe(r)))));
            else
                QVERIFY2(v && near(*v, expected[row]), qPrintable(u"row %1: %2"_s.arg(row).arg(QString::fromUtf8(describe(r)))));
        }
        QCOMPARE(r.nullCount(), int(std::count_if(expected.cbegin(), expected.cend(), [](double e) { return std::isnan(e); })));
    }

    // Each cause of nulls is one warning that names the first rows (numbered from 1).
    void warnings_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<QList<qint64>>("rows");
        QTest::newRow("log of 0 and a null cell")
            << u"ln(x)"_s
            << QStringList{u"1 row(s) are null because of missing or non-numeric values in x: rows 5"_s,
                           u"Logarithm of a value ≤ 0 in 1 row(s), which are null: rows 4"_s}
            << QList<qint64>{4, 3};
        QTest::newRow("division by zero") << u"y / (x - 4)"_s
                                          << QStringList{u"1 row(s) are null because of missing or non-numeric values in x: rows 5"_s,
                                                         u"Division by zero in 2 row(s), which are null: rows 1, 3"_s}
                                          << QList<qint64>{4, 0};
        QTest::newRow("sqrt of a negative") << u"sqrt(y)"_s
                                            << QStringList{u"Square root of a negative value in 1 row(s), which are null: rows 6"_s}
                                            << QList<qint64>{5};
        QTest::newRow("overflow in every row, first five named")
            << u"exp(1000)"_s
            << QStringList{u"The result is not a finite number (overflow, or a negative number to a fractional power) "
                           "in 6 row(s), which are null: rows 1, 2, 3, 4, 5, …"_s}
            << QList<qint64>{0};
        QTest::newRow("zscore of a constant")
            << u"zscore(y * 0 + 2)"_s
            << QStringList{u"at 1: zscore: the 6 value(s) do not vary (standard deviation 0), so every row is null"_s}
            << QList<qint64>{-1};
        QTest::newRow("share of values summing to 0")
            << u"1 + share(y - y)"_s << QStringList{u"at 5: share: the values sum to 0, so every row is null"_s} << QList<qint64>{-1};
        QTest::newRow("coalesce leaves nothing to report") << u"coalesce(ln(x), 0)"_s << QStringList{} << QList<qint64>{};
    }

    void warnings()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, messages);
        QFETCH(QList<qint64>, rows);
        const ExpressionResult r = evaluateExpression(m_fixture, expression);
        QVERIFY2(r.ok(), describe(r));
        QStringList actual;
        QList<qint64> actualRows;
        for (const Issue &issue : r.issues) {
            QCOMPARE(issue.severity, Issue::Severity::Warning);
            actual << issue.message;
            actualRows << issue.row;
        }
        QCOMPARE(actual, messages);
        QCOMPARE(actualRows, rows);
        for (const std::optional<double> &v : r.values)
            QVERIFY(!v || std::isfinite(*v));
    }

    // Errors stop evaluation and say where (1-based in the message, 0-based in errorPosition).
    void errors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("position");
        QTest::newRow("missing ')' after arguments") << u"log(x 2"_s << u"at 7: expected ')' after the arguments of log but found '2'"_s << 6;
        QTest::newRow("unclosed call") << u"log(x"_s << u"at 6: expected ')' after the arguments of log but found the end of the expression"_s << 5;
        QTest::newRow("unclosed parenthesis") << u"(1 + 2"_s << u"at 7: expected ')' to close the '(' at 1 but found the end of the expression"_s << 6;
        QTest::newRow("missing operand") << u"1 +"_s << u"at 4: expected a number, a field, a function or '(' but found the end of the expression"_s << 3;
        QTest::newRow("two operators") << u"1 + * 2"_s << u"at 5: expected a number, a field, a function or '(' but found '*'"_s << 4;
        QTest::newRow("missing operator") << u"2 3"_s << u"at 3: expected an operator or the end of the expression but found '3'"_s << 2;
        QTest::newRow("comparison is not supported") << u"x > 1"_s << u"at 3: expected an operator or the end of the expression but found '>'"_s << 2;
        QTest::newRow("unmatched ')'") << u"1)"_s << u"at 2: ')' has no matching '('"_s << 1;
        QTest::newRow("exponent without digits") << u"1e + 2"_s << u"at 3: expected the digits of the exponent after '1e'"_s << 2;
        QTest::newRow("number too large") << u"3 + 1e999"_s << u"at 5: the number 1e999 is too large"_s << 4;
        QTest::newRow("unclosed quote") << u"\"人口 2022"_s << u"at 9: expected '\"' to close the field name that starts at 1"_s << 8;
        QTest::newRow("empty quoted name") << u"\"\" + 1"_s << u"at 1: the field name in double quotes is empty"_s << 0;
        QTest::newRow("unquoted CJK name") << u"2 * 人口"_s << u"at 5: write field names with characters other than A–Z, 0–9 and _ in double quotes, as in \"人口\""_s << 4;
        QTest::newRow("unknown field, similar ones") << u"y + xx"_s << u"at 5: unknown field 'xx'; similar fields: x, y"_s << 4;
        QTest::newRow("unknown field, none similar") << u"population"_s << u"at 1: unknown field 'population'; the numeric fields are: x, y, 人口 2022, a\"b"_s << 0;
        QTest::newRow("text field") << u"name * 2"_s << u"at 1: field 'name' holds text, not numbers"_s << 0;
        QTest::newRow("unknown function, similar ones") << u"1 + lg(x)"_s << u"at 5: unknown function 'lg'; similar functions: ln, log"_s << 4;
        QTest::newRow("unknown function") << u"frobnicate(x)"_s
                                          << u"at 1: unknown function 'frobnicate'; the functions are: ln, log, log10, exp, sqrt, abs, round, "
                                             "min, max, rank, pct_rank, zscore, percapita, density, share, sum, coalesce"_s
                                          << 0;
        QTest::newRow("too many arguments") << u"log(x, 2)"_s << u"at 1: log was given 2 argument(s); expected log(x)"_s << 0;
        QTest::newRow("too few arguments") << u"2 * min(x)"_s << u"at 5: min was given 1 argument(s); expected min(a, b, …)"_s << 4;
        QTest::newRow("no arguments") << u"rank()"_s << u"at 1: rank was given 0 argument(s); expected rank(x)"_s << 0;
        QTest::newRow("percapita needs a population") << u"percapita(x)"_s << u"at 1: percapita was given 1 argument(s); expected percapita(x, population[, per])"_s << 0;
        QTest::newRow("empty argument") << u"max(x, )"_s << u"at 8: expected a number, a field, a function or '(' but found ')'"_s << 7;
        QTest::newRow("empty") << u"  "_s << u"The expression is empty; write a formula such as pop_2022 / area_km2."_s << 0;
    }

    void errors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        QFETCH(int, position);
        const ExpressionResult r = evaluateExpression(m_fixture, expression);
        QVERIFY(!r.ok());
        QVERIFY(r.values.isEmpty());
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues[0].severity, Issue::Severity::Error);
        QCOMPARE(r.issues[0].layer, u"fixture"_s);
        QCOMPARE(r.issues[0].message, message);
        QCOMPARE(r.errorPosition, position);
    }

    void provincePerCapita()
    {
        const FeatureTable &map = *m_map;
        QCOMPARE(map.rowCount(), 34);
        const int beijing = rowOf(map, u"110000"_s);
        QCOMPARE(beijing, 0);
        // Beijing: pop_2022 2184 (10,000 persons); x / x × 10000 = 10000.
        ExpressionResult r = evaluateExpression(map, u"percapita(pop_2022, pop_2022)"_s);
        QVERIFY2(r.ok(), describe(r));
        QCOMPARE(r.values[beijing].value_or(-1), 10000.0);
        // Taiwan, Hong Kong and Macao (rows 32–34) have no statistics: one warning names them.
        QCOMPARE(r.nullCount(), 3);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues[0].message, u"3 row(s) are null because of missing or non-numeric values in pop_2022: rows 32, 33, 34"_s);
        QCOMPARE(r.issues[0].field, u"pop_2022"_s);
        QCOMPARE(r.issues[0].row, 31);

        // People per km²: 2184 × 10000 / 16411 = 1330.8147 (hand calculation), the bundled density_2022.
        r = evaluateExpression(map, u"density(pop_2022 * 1e4, \"area_km2\")"_s);
        QVERIFY2(near(r.values[beijing].value_or(-1), 1330.8147, 1e-7), describe(r));
        QVERIFY(near(*r.values[beijing], *map.number(beijing, map.fieldIndex(BundledData::densityField()))));
        // log10(21,840,000) = 7.33925 (hand calculation).
        r = evaluateExpression(map, u"log10(pop_2022 * 10000)"_s);
        QVERIFY2(near(r.values[beijing].value_or(-1), 7.339253, 1e-6), describe(r));
    }

    void provinceRanksAndShares()
    {
        const FeatureTable &map = *m_map;
        const int guangdong = rowOf(map, u"440000"_s), shandong = rowOf(map, u"370000"_s), tibet = rowOf(map, u"540000"_s);
        // pop_2022: Guangdong 12657 is the largest, Shandong 10163 second, Tibet 364 the smallest of 31.
        ExpressionResult r = evaluateExpression(map, u"rank(pop_2022)"_s);
        QCOMPARE(r.values[guangdong].value_or(-1), 1.0);
        QCOMPARE(r.values[shandong].value_or(-1), 2.0);
        QCOMPARE(r.values[tibet].value_or(-1), 31.0);
        r = evaluateExpression(map, u"pct_rank(pop_2022)"_s);
        QCOMPARE(r.values[guangdong].value_or(-1), 1.0);
        QCOMPARE(r.values[tibet].value_or(-1), 0.0);

        // share sums to 1; Beijing 2184 of Σ = 140975 (the 31 values of china_province_stats.csv).
        r = evaluateExpression(map, u"share(pop_2022)"_s);
        double sum = 0.0;
        for (const std::optional<double> &v : r.values)
            sum += v.value_or(0.0);
        QVERIFY2(near(sum, 1.0), qPrintable(QString::number(sum, 'g', 17)));
        QVERIFY(near(r.values[0].value_or(-1), 2184.0 / 140975.0));

        // zscore: mean 0 and population sd 1 over the 31 values.
        r = evaluateExpression(map, u"zscore(pop_2022)"_s);
        double mean = 0.0, squares = 0.0;
        int n = 0;
        for (const std::optional<double> &v : r.values)
            if (v) {
                mean += *v;
                squares += *v * *v;
                ++n;
            }
        QCOMPARE(n, 31);
        QVERIFY2(std::abs(mean / n) < 1e-12, qPrintable(QString::number(mean / n)));
        QVERIFY2(near(squares / n, 1.0), qPrintable(QString::number(squares / n, 'g', 17)));
    }

    // An investment table (tests/data/investment_wide.csv: inv_2020 of Beijing 120.5, Shanghai 98,
    // Guangdong 200) joined onto the province map: per capita and share of the total by expression.
    // By hand: Σ inv_2020 = 418.5; Beijing 120.5 / 2184 (pop_2022) = 0.0551740…, 120.5 / 418.5 = 0.2879331….
    void perCapitaAndShareOfAJoinedTable()
    {
        FeatureTable map = *m_map;
        const LoadResult table = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/investment_wide.csv"));
        QVERIFY(table.table);
        QVERIFY(TableJoin::apply(map, *table.table, {u"code"_s, u"code"_s}).ok());
        const int beijing = rowOf(map, u"110000"_s), hebei = rowOf(map, u"130000"_s);
        ExpressionResult r = evaluateExpression(map, u"inv_2020 / pop_2022"_s);
        QVERIFY2(r.ok(), describe(r));
        QVERIFY(near(r.values[beijing].value_or(-1), 120.5 / 2184.0));
        QVERIFY(!r.values[hebei]); // no investment row
        r = evaluateExpression(map, u"sum(inv_2020)"_s);
        QVERIFY2(r.ok(), describe(r));
        QCOMPARE(r.values[hebei].value_or(-1), 418.5); // the table's total, on every row
        r = evaluateExpression(map, u"inv_2020 / sum(inv_2020)"_s);
        QVERIFY2(r.ok(), describe(r));
        QVERIFY(near(r.values[beijing].value_or(-1), 120.5 / 418.5));
        QVERIFY(!r.values[hebei]);
        const ExpressionResult share = evaluateExpression(map, u"share(inv_2020)"_s);
        QVERIFY(near(share.values[beijing].value_or(-1), r.values[beijing].value_or(-2)));
    }

    void unknownProvinceFieldSuggestsSimilarNames()
    {
        const ExpressionResult r = evaluateExpression(*m_map, u"pop2022 / area_km2"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.issues[0].message, u"at 1: unknown field 'pop2022'; similar fields: pop_2022, pop_2020, pop_2021"_s);
        QCOMPARE(r.issues[0].field, u"pop2022"_s);
    }

    void resultColumnAddsARealField()
    {
        const ExpressionResult r = evaluateExpression(m_fixture, u"x * 10"_s);
        const ResultColumn column = r.resultColumn(u"x10"_s);
        QCOMPARE(column.field.name, u"x10"_s);
        QCOMPARE(column.field.type, FieldType::Real);
        QCOMPARE(column.values.size(), 6);
        QCOMPARE(column.values[0].toDouble(), 40.0);
        QVERIFY(column.values[4].isNull());
        FeatureTable table = m_fixture;
        const int index = table.setResultColumn(column, {0, 1, 2, 3, 4, 5});
        QCOMPARE(table.number(2, index).value_or(-1), 40.0);
        // The new field can be used in the next expression.
        QCOMPARE(evaluateExpression(table, u"x10 / x"_s).values[0].value_or(-1), 10.0);
    }

    void fieldReferencesAndFunctionList()
    {
        QCOMPARE(expressionFieldReference(u"pop_2022"_s), u"pop_2022"_s);
        QCOMPARE(expressionFieldReference(u"人口 2022"_s), u"\"人口 2022\""_s);
        QCOMPARE(expressionFieldReference(u"a\"b"_s), u"\"a\"\"b\""_s);
        QCOMPARE(expressionFieldReference(u"2x"_s), u"\"2x\""_s);
        for (const QString &name : {u"人口 2022"_s, u"a\"b"_s})
            QVERIFY(evaluateExpression(m_fixture, expressionFieldReference(name)).ok());

        const QStringList functions = expressionFunctions();
        QCOMPARE(functions.size(), 17);
        QVERIFY(functions.contains(u"percapita(x, population[, per])"_s));
        for (const QString &f : functions)
            QVERIFY2(!expressionFunctionHelp(f).isEmpty(), qPrintable(f));
        QVERIFY(expressionFunctionHelp(u"rank"_s).contains(u"mean of their ranks"_s));
        QVERIFY(expressionFunctionHelp(u"nope"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
