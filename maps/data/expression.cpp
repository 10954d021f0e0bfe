#include "maps/data/expression.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {

// Why a row has no value; the first cause met wins. Reported: a warning explains it already.
enum class Null : quint8 { None, Missing, DivisionByZero, LogDomain, SqrtDomain, NotFinite, Reported };

// One warning per cause, with the count (%n), the first rows (%1) and, for Missing, the fields (%2).
const char *const nullMessages[] = {
    nullptr,
    QT_TRANSLATE_N_NOOP("ExpressionParser", "%n row(s) are null because of missing or non-numeric values in %2: rows %1"),
    QT_TRANSLATE_N_NOOP("ExpressionParser", "Division by zero in %n row(s), which are null: rows %1"),
    QT_TRANSLATE_N_NOOP("ExpressionParser", "Logarithm of a value ≤ 0 in %n row(s), which are null: rows %1"),
    QT_TRANSLATE_N_NOOP("ExpressionParser", "Square root of a negative value in %n row(s), which are null: rows %1"),
    QT_TRANSLATE_N_NOOP("ExpressionParser", "The result is not a finite number (overflow, or a negative number to a "
                                            "fractional power) in %n row(s), which are null: rows %1"),
};

using RowFunction = double (*)(double, Null &);

struct Function
{
    const char *name;
    int minArgs;
    int maxArgs;          // -1: no limit
    const char *signature;
    const char *help;
    RowFunction rowFunction = nullptr; // for the functions of one value per row
};

double logarithm(double x, Null &why) { return x > 0.0 ? std::log(x) : (why = Null::LogDomain, 0.0); }
double logarithm10(double x, Null &why) { return x > 0.0 ? std::log10(x) : (why = Null::LogDomain, 0.0); }
double squareRoot(double x, Null &why) { return x >= 0.0 ? std::sqrt(x) : (why = Null::SqrtDomain, 0.0); }
double exponential(double x, Null &) { return std::exp(x); }
double absolute(double x, Null &) { return std::abs(x); }
double divide(double a, double b, Null &why) { return b != 0.0 ? a / b : (why = Null::DivisionByZero, 0.0); }

const Function functions[] = {
    {"ln", 1, 1, "ln(x)", QT_TRANSLATE_NOOP("ExpressionParser", "Natural logarithm; null where x ≤ 0."), logarithm},
    {"log", 1, 1, "log(x)", QT_TRANSLATE_NOOP("ExpressionParser", "Natural logarithm, the same as ln; null where x ≤ 0."), logarithm},
    {"log10", 1, 1, "log10(x)", QT_TRANSLATE_NOOP("ExpressionParser", "Base-10 logarithm; null where x ≤ 0."), logarithm10},
    {"exp", 1, 1, "exp(x)", QT_TRANSLATE_NOOP("ExpressionParser", "e to the power x."), exponential},
    {"sqrt", 1, 1, "sqrt(x)", QT_TRANSLATE_NOOP("ExpressionParser", "Square root; null where x < 0."), squareRoot},
    {"abs", 1, 1, "abs(x)", QT_TRANSLATE_NOOP("ExpressionParser", "Absolute value."), absolute},
    {"round", 1, 2, "round(x[, digits])", QT_TRANSLATE_NOOP("ExpressionParser", "x rounded to the given number of decimals (0 if omitted); halves away from zero.")},
    {"min", 2, -1, "min(a, b, …)", QT_TRANSLATE_NOOP("ExpressionParser", "The smallest argument, row by row.")},
    {"max", 2, -1, "max(a, b, …)", QT_TRANSLATE_NOOP("ExpressionParser", "The largest argument, row by row.")},
    {"rank", 1, 1, "rank(x)", QT_TRANSLATE_NOOP("ExpressionParser", "Rank among all rows, 1 = largest; tied rows share the mean of their ranks.")},
    {"pct_rank", 1, 1, "pct_rank(x)", QT_TRANSLATE_NOOP("ExpressionParser", "Percent rank among all rows, (n − rank) / (n − 1): 1 = largest, 0 = smallest.")},
    {"zscore", 1, 1, "zscore(x)", QT_TRANSLATE_NOOP("ExpressionParser", "(x − mean) / standard deviation over all rows (population sd, divided by n).")},
    {"percapita", 2, 3, "percapita(x, population[, per])", QT_TRANSLATE_NOOP("ExpressionParser", "x / population × per; per is 10000 if omitted.")},
    {"density", 2, 2, "density(x, area)", QT_TRANSLATE_NOOP("ExpressionParser", "x / area.")},
    {"share", 1, 1, "share(x)", QT_TRANSLATE_NOOP("ExpressionParser", "x / the sum of x over all rows.")},
    {"sum", 1, 1, "sum(x)", QT_TRANSLATE_NOOP("ExpressionParser", "The sum of x over all rows (the rows with a value), on every row.")},
    {"coalesce", 2, 2, "coalesce(x, default)", QT_TRANSLATE_NOOP("ExpressionParser", "x, or default where x is null.")},
};

const Function *findFunction(const QString &nameOrSignature)
{
    const QString key = nameOrSignature.section(u'(', 0, 0).trimmed().toLower();
    for (const Function &f : functions)
        if (key == QLatin1String(f.name))
            return &f;
    return nullptr;
}

// An intermediate result: one value per row, or the reason the row has none.
struct Column { std::vector<double> value; std::vector<Null> why; };

// f(a, b, why) on the rows where both have a value; f may set why, and results that are not
// finite become nulls.
template <typename F>
Column rowwise(Column a, const Column &b, F f)
{
    for (size_t i = 0; i < a.value.size(); ++i) {
        Null &why = a.why[i];
        why = why == Null::None ? b.why[i] : why;
        if (why == Null::None)
            a.value[i] = f(a.value[i], b.value[i], why);
        why = why == Null::None && !std::isfinite(a.value[i]) ? Null::NotFinite : why;
    }
    return a;
}

// f(x, why) on the rows that have a value.
template <typename F>
Column rowwise(Column x, F f)
{
    const Column same = x;
    return rowwise(std::move(x), same, [&f](double v, double, Null &why) { return f(v, why); });
}

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isIdentifierStart(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; }
bool isIdentifierChar(QChar c) { return isIdentifierStart(c) || isDigit(c); }

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1), current(previous.size());
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (size_t j = 1; j < current.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[qsizetype(j) - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous.back();
}

// Up to five candidates close to name (case-insensitive edit distance, or containment), closest first.
QStringList similarNames(const QString &name, const QStringList &candidates)
{
    const QString key = name.toLower();
    QList<std::pair<int, QString>> scored;
    for (const QString &candidate : candidates) {
        const QString other = candidate.toLower();
        const int distance = editDistance(key, other);
        const bool contains = std::min(key.size(), other.size()) >= 3 && (other.contains(key) || key.contains(other));
        if (distance <= std::max<qsizetype>(2, key.size() / 3) || contains)
            scored.append({distance, candidate});
    }
    std::sort(scored.begin(), scored.end());
    QStringList names;
    for (const auto &[distance, candidate] : scored.first(std::min<qsizetype>(scored.size(), 5)))
        names << candidate;
    return names;
}

class ExpressionParser
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionParser)

public:
    ExpressionParser(const FeatureTable &table, const QString &text) : m_table(table), m_text(text), m_rows(table.rowCount()) {}

    ExpressionResult run()
    {
        ExpressionResult out;
        try {
            if (peek().isNull())
                fail(0, tr("The expression is empty; write a formula such as pop_2022 / area_km2."));
            const Column result = expression();
            if (peek() == u')')
                fail(m_pos, tr("at %1: ')' has no matching '('").arg(at(m_pos)));
            if (!peek().isNull())
                fail(m_pos, tr("at %1: expected an operator or the end of the expression but found %2").arg(at(m_pos), found()));
            report(result, out);
        } catch (const Failure &failure) {
            out.issues = {Issue{.severity = Issue::Severity::Error, .file = {}, .layer = m_table.name(), .field = failure.field,
                                .message = failure.message}};
            out.errorPosition = int(failure.position);
        }
        return out;
    }

private:
    // Thrown only inside this file and caught in run(): the first error ends parsing.
    struct Failure { qsizetype position; QString message, field; };
    [[noreturn]] static void fail(qsizetype position, const QString &message, const QString &field = {}) { throw Failure{position, message, field}; }

    QChar charAt(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }
    QChar peek() // skips white space
    {
        while (charAt(m_pos).isSpace())
            ++m_pos;
        return charAt(m_pos);
    }
    bool accept(char16_t c) { return peek() == QChar(c) ? (++m_pos, true) : false; }
    static QString at(qsizetype position) { return QString::number(position + 1); }
    QString found() const { return m_pos < m_text.size() ? u"'%1'"_s.arg(m_text.at(m_pos)) : tr("the end of the expression"); }
    Column constant(double v) const { return {std::vector<double>(size_t(m_rows), v), std::vector<Null>(size_t(m_rows), Null::None)}; }

    Column expression()
    {
        Column left = term();
        for (;;) {
            if (accept(u'+'))
                left = rowwise(std::move(left), term(), [](double a, double b, Null &) { return a + b; });
            else if (accept(u'-'))
                left = rowwise(std::move(left), term(), [](double a, double b, Null &) { return a - b; });
            else
                return left;
        }
    }

    Column term()
    {
        Column left = unary();
        for (;;) {
            if (accept(u'*'))
                left = rowwise(std::move(left), unary(), [](double a, double b, Null &) { return a * b; });
            else if (accept(u'/'))
                left = rowwise(std::move(left), unary(), divide);
            else
                return left;
        }
    }

    Column unary()
    {
        if (accept(u'-'))
            return rowwise(unary(), [](double x, Null &) { return -x; });
        if (accept(u'+'))
            return unary();
        return power();
    }

    Column power()
    {
        Column base = primary();
        if (!accept(u'^'))
            return base;
        // The exponent is a unary: right-associative (2^3^2 = 2^9), and 2^-1 works.
        return rowwise(std::move(base), unary(), [](double a, double b, Null &why) {
            return a == 0.0 && b < 0.0 ? (why = Null::DivisionByZero, 0.0) : std::pow(a, b);
        });
    }

    Column primary()
    {
        const QChar c = peek();
        const qsizetype start = m_pos;
        if (isDigit(c) || (c == u'.' && isDigit(charAt(m_pos + 1))))
            return number();
        if (c == u'(') {
            ++m_pos;
            Column inner = expression();
            if (!accept(u')'))
                fail(m_pos, tr("at %1: expected ')' to close the '(' at %2 but found %3").arg(at(m_pos), at(start), found()));
            return inner;
        }
        if (c == u'"')
            return field(start, quotedName());
        if (isIdentifierStart(c)) {
            while (isIdentifierChar(charAt(m_pos)))
                ++m_pos;
            const QString name = m_text.mid(start, m_pos - start);
            return peek() == u'(' ? call(start, name) : field(start, name);
        }
        if (c.isLetter()) { // 人口, or a name with other non-ASCII letters
            qsizetype end = start;
            while (end < m_text.size() && !m_text.at(end).isSpace() && !u"+-*/^(),\""_s.contains(m_text.at(end)))
                ++end;
            fail(start, tr("at %1: write field names with characters other than A–Z, 0–9 and _ in double quotes, as in \"%2\"")
                            .arg(at(start), m_text.mid(start, end - start)));
        }
        fail(start, tr("at %1: expected a number, a field, a function or '(' but found %2").arg(at(start), found()));
    }

    Column number()
    {
        static const QRegularExpression pattern(u"(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?([eE][+-]?)?"_s);
        const QRegularExpressionMatch match = pattern.match(m_text, m_pos, QRegularExpression::NormalMatch,
                                                            QRegularExpression::AnchorAtOffsetMatchOption);
        m_pos = match.capturedEnd();
        if (match.hasCaptured(3)) // "1e" or "2e+" without the digits
            fail(m_pos, tr("at %1: expected the digits of the exponent after '%2'").arg(at(m_pos), match.captured()));
        bool ok = false;
        const double v = match.captured().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            fail(match.capturedStart(), tr("at %1: the number %2 is too large").arg(at(match.capturedStart()), match.captured()));
        return constant(v);
    }

    QString quotedName()
    {
        const qsizetype start = m_pos++;
        QString name;
        for (;;) {
            if (m_pos >= m_text.size())
                fail(m_pos, tr("at %1: expected '\"' to close the field name that starts at %2").arg(at(m_pos), at(start)));
            const QChar c = m_text.at(m_pos++);
            if (c == u'"' && charAt(m_pos) != u'"')
                break;
            if (c == u'"')
                ++m_pos; // "" stands for one "
            name += c;
        }
        if (name.isEmpty())
            fail(start, tr("at %1: the field name in double quotes is empty").arg(at(start)));
        return name;
    }

    Column field(qsizetype start, const QString &name)
    {
        const int index = m_table.fieldIndex(name);
        if (index < 0) {
            const QStringList similar = similarNames(name, m_table.fieldNames());
            if (!similar.isEmpty())
                fail(start, tr("at %1: unknown field '%2'; similar fields: %3").arg(at(start), name, similar.join(u", "_s)), name);
            QStringList numeric;
            for (const Field &f : m_table.fields())
                if (f.isNumeric())
                    numeric << f.name;
            fail(start, tr("at %1: unknown field '%2'; the numeric fields are: %3").arg(at(start), name, numeric.join(u", "_s)), name);
        }
        const QString &fieldName = m_table.field(index).name;
        Column column = constant(0.0);
        int numbers = 0;
        for (int row = 0; row < m_rows; ++row) {
            const std::optional<double> v = m_table.number(row, index);
            column.value[size_t(row)] = v.value_or(0.0);
            column.why[size_t(row)] = v ? Null::None : Null::Missing;
            numbers += v ? 1 : 0;
        }
        if (numbers == 0 && m_rows > 0 && !m_table.field(index).isNumeric())
            fail(start, tr("at %1: field '%2' holds text, not numbers").arg(at(start), fieldName), fieldName);
        if (numbers < m_rows && !m_missingFields.contains(fieldName))
            m_missingFields << fieldName;
        return column;
    }

    Column call(qsizetype start, const QString &name)
    {
        const Function *f = findFunction(name);
        if (!f) {
            const QStringList names = expressionFunctions().replaceInStrings(QRegularExpression(u"\\(.*"_s), QString());
            const QStringList similar = similarNames(name, names);
            fail(start, similar.isEmpty()
                            ? tr("at %1: unknown function '%2'; the functions are: %3").arg(at(start), name, names.join(u", "_s))
                            : tr("at %1: unknown function '%2'; similar functions: %3").arg(at(start), name, similar.join(u", "_s)));
        }
        accept(u'(');
        std::vector<Column> args;
        while (!accept(u')')) {
            if (!args.empty() && !accept(u','))
                fail(m_pos, tr("at %1: expected ')' after the arguments of %2 but found %3").arg(at(m_pos), name, found()));
            args.push_back(expression());
        }
        const int count = int(args.size());
        if (count < f->minArgs || (f->maxArgs >= 0 && count > f->maxArgs))
            fail(start, tr("at %1: %2 was given %n argument(s); expected %3", nullptr, count)
                            .arg(at(start), name, QString::fromUtf8(f->signature)));

        const std::string_view id = f->name;
        Column &x = args[0];
        if (f->rowFunction)
            return rowwise(std::move(x), f->rowFunction);
        if (id == "round")
            return rowwise(std::move(x), count == 2 ? args[1] : constant(0.0), [](double v, double digits, Null &) {
                const double scale = std::pow(10.0, std::round(digits));
                return digits > 15.0 ? v : std::round(v * scale) / scale; // beyond 15 decimals: nothing to round
            });
        if (id == "min" || id == "max") {
            const bool smallest = id == "min";
            for (int i = 1; i < count; ++i)
                x = rowwise(std::move(x), args[size_t(i)], [smallest](double a, double b, Null &) {
                    return smallest ? std::min(a, b) : std::max(a, b);
                });
            return std::move(x);
        }
        if (id == "rank" || id == "pct_rank")
            return rank(std::move(x), id == "pct_rank");
        if (id == "sum")
            return total(std::move(x));
        if (id == "zscore" || id == "share")
            return standardise(std::move(x), id == "zscore", start);
        if (id == "percapita")
            return rowwise(rowwise(std::move(x), args[1], divide), count == 3 ? args[2] : constant(10000.0),
                           [](double a, double b, Null &) { return a * b; });
        if (id == "density")
            return rowwise(std::move(x), args[1], divide);
        for (size_t i = 0; i < x.value.size(); ++i) // coalesce
            if (x.why[i] != Null::None) {
                x.value[i] = args[1].value[i];
                x.why[i] = args[1].why[i];
            }
        return std::move(x);
    }

    // Ranks over the rows with a value, 1 = largest; ties get the mean of the ranks they span.
    static Column rank(Column x, bool percent)
    {
        std::vector<size_t> rows;
        for (size_t i = 0; i < x.value.size(); ++i)
            if (x.why[i] == Null::None)
                rows.push_back(i);
        std::stable_sort(rows.begin(), rows.end(), [&x](size_t a, size_t b) { return x.value[a] > x.value[b]; });
        const double n = double(rows.size());
        std::vector<double> ranks(x.value.size(), 0.0);
        for (size_t i = 0, j = 0; i < rows.size(); i = j + 1) {
            for (j = i; j + 1 < rows.size() && x.value[rows[j + 1]] == x.value[rows[i]];)
                ++j;
            const double mean = double(i + j + 2) / 2.0; // ranks i + 1 … j + 1 are tied
            for (size_t k = i; k <= j; ++k)
                ranks[rows[k]] = !percent ? mean : n == 1.0 ? 1.0 : (n - mean) / (n - 1.0);
        }
        x.value = std::move(ranks);
        return x;
    }

    // Σx over the rows with a value, on every row (a constant of the table); no row has a value: x as it is.
    static Column total(Column x)
    {
        double sum = 0.0;
        bool any = false;
        for (size_t i = 0; i < x.value.size(); ++i)
            if (x.why[i] == Null::None) {
                sum += x.value[i];
                any = true;
            }
        if (any) {
            std::fill(x.value.begin(), x.value.end(), sum);
            std::fill(x.why.begin(), x.why.end(), Null::None);
        }
        return x;
    }

    // zscore (x − mean) / sd with the population sd, or share x / Σx, over the rows with a value.
    Column standardise(Column x, bool zscore, qsizetype start)
    {
        std::vector<double> v;
        for (size_t i = 0; i < x.value.size(); ++i)
            if (x.why[i] == Null::None)
                v.push_back(x.value[i]);
        const int n = int(v.size());
        const double sum = std::accumulate(v.begin(), v.end(), 0.0), mean = n > 0 ? sum / n : 0.0;
        double squares = 0.0, maxAbs = 0.0;
        for (const double value : v) {
            squares += (value - mean) * (value - mean);
            maxAbs = std::max(maxAbs, std::abs(value));
        }
        const double sd = n > 0 ? std::sqrt(squares / n) : 0.0;
        if (n > 0 && (zscore ? sd <= 1e-12 * maxAbs : sum == 0.0)) { // all equal, up to rounding; or Σx = 0
            m_warnings << Issue::warning(zscore ? tr("at %1: zscore: the %n value(s) do not vary (standard deviation 0), so every row is null", nullptr, n).arg(at(start))
                                                : tr("at %1: share: the values sum to 0, so every row is null").arg(at(start)));
            std::replace(x.why.begin(), x.why.end(), Null::None, Null::Reported);
            return x;
        }
        return rowwise(std::move(x), [zscore, mean, sd, sum](double v, Null &) { return zscore ? (v - mean) / sd : v / sum; });
    }

    // The values, and one warning per cause of nulls with the count and the first rows.
    void report(const Column &result, ExpressionResult &out) const
    {
        std::array<QList<int>, std::size(nullMessages)> nullRows;
        out.values.reserve(m_rows);
        for (size_t row = 0; row < size_t(m_rows); ++row) {
            const Null why = result.why[row];
            out.values << (why == Null::None ? std::optional<double>(result.value[row]) : std::nullopt);
            if (why != Null::None && why != Null::Reported)
                nullRows[size_t(why)] << int(row);
        }
        out.issues = m_warnings;
        for (size_t cause = 1; cause < nullRows.size(); ++cause) {
            const QList<int> &rows = nullRows[cause];
            if (rows.isEmpty())
                continue;
            QStringList first;
            for (const int row : rows.first(std::min<qsizetype>(rows.size(), 5)))
                first << QString::number(row + 1);
            if (rows.size() > 5)
                first << u"…"_s;
            const QString fields = Null(cause) == Null::Missing ? m_missingFields.join(u", "_s) : QString();
            QString message = tr(nullMessages[cause], nullptr, int(rows.size())).arg(first.join(u", "_s));
            out.issues << Issue{.severity = Issue::Severity::Warning, .file = {}, .layer = m_table.name(), .field = fields,
                                .row = rows.first(), .message = fields.isEmpty() ? message : message.arg(fields)};
        }
    }

    const FeatureTable &m_table;
    const QString m_text;
    const int m_rows;
    qsizetype m_pos = 0;
    QStringList m_missingFields; // fields with null or non-numeric cells
    IssueList m_warnings;
};

} // namespace

ResultColumn ExpressionResult::resultColumn(const QString &name) const
{
    ResultColumn column{{name, FieldType::Real}, {}};
    column.values.reserve(values.size());
    for (const std::optional<double> &v : values)
        column.values << (v ? QVariant(*v) : QVariant());
    return column;
}

ExpressionResult evaluateExpression(const FeatureTable &table, const QString &expression)
{
    return ExpressionParser(table, expression).run();
}

QStringList expressionFunctions()
{
    QStringList list;
    for (const Function &f : functions)
        list << QString::fromUtf8(f.signature);
    return list;
}

QString expressionFunctionHelp(const QString &function)
{
    const Function *f = findFunction(function);
    return f ? QCoreApplication::translate("ExpressionParser", f->help) : QString();
}

QString expressionFieldReference(const QString &fieldName)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return identifier.match(fieldName).hasMatch() ? fieldName : u"\"%1\""_s.arg(QString(fieldName).replace(u"\""_s, u"\"\""_s));
}

} // namespace CityAtlas
