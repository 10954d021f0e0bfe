#pragma once

#include "analysis/issue.h"
#include "maps/data/featuretable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace CityAtlas {

// Computed fields: a small expression language evaluated over every row of a FeatureTable,
// parsed by hand (recursive descent), without a script engine.
//
// Grammar, loosest binding first:
//   expression := term (('+' | '-') term)*
//   term       := unary (('*' | '/') unary)*
//   unary      := ('-' | '+') unary | power
//   power      := primary ['^' unary]                 right-associative: 2^3^2 = 2^9 = 512
//   primary    := number | field | function '(' [expression (',' expression)*] ')' | '(' expression ')'
//   number     := digits ['.' digits] [('e' | 'E') ['+' | '-'] digits]    also ".5"; 1e3 = 1000
//   field      := [A-Za-z_][A-Za-z0-9_]*  |  '"' any name '"'             "人口 2022"; "" inside quotes is one "
// Unary minus binds looser than '^', as in mathematics (and Python, unlike Excel):
// -2^2 = -(2^2) = -4, while 2^-1 = 0.5. An identifier followed by '(' is a function.
//
// Functions (expressionFunctions()): ln, log (both natural), log10, exp, sqrt, abs,
// round(x[, digits]) (halves away from zero), min/max(a, b, …) per row, and over the whole
// table: rank(x) with 1 = largest and tied rows sharing the mean of the ranks they span
// (two rows tied for second both get 2.5); pct_rank(x) = (n − rank) / (n − 1), 1 = largest,
// 0 = smallest (a lone value gets 1); zscore(x) = (x − mean) / sd with the population sd
// (divided by n); share(x) = x / Σx; sum(x) = Σx on every row (x / sum(x) = share(x)).
// These use the n rows where x has a value.
// percapita(x, population[, per = 10000]) = x / population × per; density(x, area) = x / area;
// coalesce(x, default) is x, or default where x is null.
//
// Nulls: a null or non-numeric cell makes its row null, as do division by zero, the log of a
// value ≤ 0, the square root of a negative value and results that are not finite (exp(1000),
// (-8)^(1/3)). Each cause comes back as one warning with the count and the first rows
// (numbered from 1, as in the attribute table); the values never hold NaN or infinity.
// Errors — syntax, unknown field or function, wrong number of arguments — say where:
// "at 7: expected ')' after the arguments of log" (positions count characters from 1).
struct ExpressionResult
{
    QList<std::optional<double>> values; // one per row of the table; empty when there are errors
    IssueList issues;
    int errorPosition = -1;              // 0-based index into the expression of the error, or -1

    bool ok() const { return !hasErrors(issues); }
    int nullCount() const { return int(std::count(values.cbegin(), values.cend(), std::nullopt)); }
    // The values as a Real field for FeatureTable::setResultColumn(column, rows 0 … n − 1).
    ResultColumn resultColumn(const QString &name) const;
};

ExpressionResult evaluateExpression(const FeatureTable &table, const QString &expression);

// The functions with their arguments ("percapita(x, population[, per])"), for an editor.
QStringList expressionFunctions();
// One translated sentence about a function, by name ("rank") or signature; empty if unknown.
QString expressionFunctionHelp(const QString &function);
// How to write a field name in an expression: as is when it is an identifier, else quoted.
QString expressionFieldReference(const QString &fieldName);

} // namespace CityAtlas
