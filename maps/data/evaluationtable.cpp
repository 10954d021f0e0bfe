#include "maps/data/evaluationtable.h"

#include "analysis/evaluation/uncertainty.h"
#include "maps/data/tablejoin.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of EvaluationTable.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::EvaluationTable)
};
} // namespace

namespace {

QString num(double v) { return QString::number(v, 'g', 6); }

enum class CellState { Number, Empty, NonNumeric };

CellState readCell(const FeatureTable &table, int row, int column, double *value, QString *text)
{
    const QVariant v = table.value(row, column);
    *text = v.isNull() ? QString() : v.toString();
    if (v.isNull() || !v.isValid() || text->trimmed().isEmpty())
        return CellState::Empty;
    if (table.field(column).isNumeric()) {
        const std::optional<double> d = table.number(row, column);
        if (d) {
            *value = *d;
            return CellState::Number;
        }
        return CellState::NonNumeric;
    }
    bool ok = false;
    const double d = text->trimmed().toDouble(&ok); // QString::toDouble: C locale
    if (!ok || !std::isfinite(d))
        return CellState::NonNumeric;
    *value = d;
    return CellState::Number;
}

QString defaultIdField(const FeatureTable &table)
{
    if (table.fieldIndex(u"code"_s) >= 0)
        return table.field(table.fieldIndex(u"code"_s)).name;
    return table.fieldCount() > 0 ? table.field(0).name : QString();
}

QString defaultNameField(const FeatureTable &table)
{
    for (const QString &candidate : {u"name_en"_s, u"name"_s, u"name_zh"_s})
        if (const int c = table.fieldIndex(candidate); c >= 0)
            return table.field(c).name;
    return {};
}

} // namespace

QStringList EvaluationTable::candidateNames(const Indicator &indicator)
{
    QStringList names;
    for (const QString &name : {indicator.column, indicator.id, indicator.nameEn, indicator.nameZh}) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !names.contains(trimmed, Qt::CaseInsensitive))
            names << trimmed;
    }
    return names;
}

int EvaluationTable::matchColumn(const FeatureTable &table, const Indicator &indicator)
{
    for (const QString &name : candidateNames(indicator))
        if (const int c = table.fieldIndex(name); c >= 0)
            return c;
    return -1;
}

EvaluationTable EvaluationTable::fromTable(const FeatureTable &table, const IndicatorSystem &system,
                                           const QList<int> &indicators, const EvaluationTableOptions &options)
{
    EvaluationTable result;
    const QString file = table.sourcePath();
    result.sourcePath = file;
    auto add = [&](bool isError, const QString &message, const QString &field, qint64 row) {
        Issue issue = isError ? Issue::error(message, file) : Issue::warning(message, file);
        issue.field = field;
        issue.row = row;
        result.issues << issue;
    };
    auto error = [&](const QString &message, const QString &field = {}, qint64 row = -1) { add(true, message, field, row); };
    auto warning = [&](const QString &message, const QString &field = {}, qint64 row = -1) { add(false, message, field, row); };

    // Units.
    result.idField = options.idField.isEmpty() ? defaultIdField(table) : options.idField;
    const int idColumn = table.fieldIndex(result.idField);
    if (idColumn < 0) {
        error(Tr::tr("%1: no id column '%2' (columns: %3)").arg(file, result.idField, table.fieldNames().join(u", "_s)),
              result.idField);
    }
    if (table.rowCount() == 0)
        error(Tr::tr("%1: the table has no rows").arg(file));
    const QString nameField = options.nameField.isEmpty() ? defaultNameField(table) : options.nameField;
    const int nameColumn = nameField.isEmpty() ? -1 : table.fieldIndex(nameField);
    if (!options.nameField.isEmpty() && nameColumn < 0)
        error(Tr::tr("%1: no name column '%2' (columns: %3)").arg(file, nameField, table.fieldNames().join(u", "_s)), nameField);
    QSet<QString> seenIds;
    for (int row = 0; row < table.rowCount(); ++row) {
        QString id = idColumn >= 0 ? table.value(row, idColumn).toString().trimmed() : QString();
        if (idColumn >= 0 && id.isEmpty())
            warning(Tr::tr("%1, row %2: the id column '%3' is empty").arg(file).arg(row + 1).arg(result.idField), result.idField, row);
        else if (seenIds.contains(id))
            warning(Tr::tr("%1, row %2: the id '%3' occurs more than once").arg(file).arg(row + 1).arg(id), result.idField, row);
        seenIds.insert(id);
        if (id.isEmpty())
            id = Tr::tr("row %1").arg(row + 1);
        const QString name = nameColumn >= 0 ? table.value(row, nameColumn).toString().trimmed() : QString();
        result.rows << row;
        result.unitIds << id;
        result.unitNames << (name.isEmpty() ? id : name);
    }
    auto where = [&](int row) {
        const QString &id = result.unitIds.value(row);
        const QString &name = result.unitNames.value(row);
        return Tr::tr("%1, row %2 (%3)").arg(file).arg(row + 1).arg(name == id ? id : id + u' ' + name);
    };

    // Indicators → columns.
    QList<int> tableColumns;
    for (int index : indicators) {
        const Indicator &ind = system.indicator(index);
        const int column = matchColumn(table, ind);
        if (column < 0) {
            result.missingIndicators << index;
            QStringList tried;
            for (const QString &name : candidateNames(ind))
                tried << u'\'' + name + u'\'';
            error(Tr::tr("%1: no column for indicator %2 (looked for %3, ignoring case; columns: %4)")
                      .arg(file, system.label(index), tried.join(u", "_s), table.fieldNames().join(u", "_s)),
                  ind.id);
            continue;
        }
        if (const qsizetype other = tableColumns.indexOf(column); other >= 0) {
            error(Tr::tr("%1: column '%2' matches both %3 and %4; rename the column or set the indicators' \"column\"")
                      .arg(file, table.field(column).name, system.label(result.indicators[other]), system.label(index)),
                  table.field(column).name);
            continue;
        }
        if (column == idColumn) {
            error(Tr::tr("%1: indicator %2 matches the id column '%3'").arg(file, system.label(index), result.idField),
                  ind.id);
            continue;
        }
        result.indicators << index;
        tableColumns << column;
        result.columns << table.field(column).name;
        result.directions << ind.direction;
        result.labels.indicators << table.field(column).name;
    }
    for (const QString &cost : options.costColumns) {
        qsizetype found = -1;
        for (qsizetype j = 0; j < result.indicators.size() && found < 0; ++j)
            if (result.columns[j].compare(cost, Qt::CaseInsensitive) == 0
                || system.indicator(result.indicators[j]).id.compare(cost, Qt::CaseInsensitive) == 0)
                found = j;
        if (found >= 0)
            result.directions[found] = Direction::Cost;
        else
            error(Tr::tr("%1: --cost names '%2', which is not an evaluated indicator or its column (indicators: %3)")
                      .arg(file, cost, result.columns.join(u", "_s)),
                  cost);
    }
    result.labels.units = result.unitNames;

    // Cells.
    const int n = int(result.rows.size());
    const int m = int(result.indicators.size());
    Eigen::MatrixXd values = Eigen::MatrixXd::Constant(n, m, std::numeric_limits<double>::quiet_NaN());
    for (int j = 0; j < m; ++j) {
        for (int i = 0; i < n; ++i) {
            double value = 0.0;
            QString text;
            switch (readCell(table, result.rows[i], tableColumns[j], &value, &text)) {
            case CellState::Number:
                values(i, j) = value;
                break;
            case CellState::Empty:
                result.emptyCells << EvaluationCell{result.rows[i], j, text, 0.0, 0.0, 0.0};
                break;
            case CellState::NonNumeric:
                result.nonNumericCells << EvaluationCell{result.rows[i], j, text, 0.0, 0.0, 0.0};
                break;
            }
        }
    }
    auto listCells = [&](const QList<EvaluationCell> &cells, bool isError, auto message) {
        for (qsizetype k = 0; k < cells.size() && k < MaxListedIssues; ++k) {
            const EvaluationCell &c = cells[k];
            add(isError, message(c), result.columns[c.column], c.row);
        }
        if (cells.size() > MaxListedIssues)
            add(isError, Tr::tr("%1: %2 more such cells are not listed").arg(file).arg(cells.size() - MaxListedIssues), QString(), -1);
    };
    listCells(result.nonNumericCells, true, [&](const EvaluationCell &c) {
        return Tr::tr("%1: column '%2' holds '%3', which is not a number").arg(where(c.row), result.columns[c.column], c.text);
    });
    listCells(result.emptyCells, true, [&](const EvaluationCell &c) {
        return Tr::tr("%1: column '%2' is empty; every unit needs a value for every indicator (fill it in or remove the unit)")
            .arg(where(c.row), result.columns[c.column]);
    });

    // Outliers: Tukey's fences with type-7 quartiles, per column, over its numeric cells.
    for (int j = 0; j < m; ++j) {
        std::vector<double> sorted;
        for (int i = 0; i < n; ++i)
            if (std::isfinite(values(i, j)))
                sorted.push_back(values(i, j));
        if (sorted.size() < 4)
            continue;
        std::sort(sorted.begin(), sorted.end());
        const double q1 = percentileType7(sorted, 0.25);
        const double q3 = percentileType7(sorted, 0.75);
        const double lower = q1 - options.outlierFence * (q3 - q1);
        const double upper = q3 + options.outlierFence * (q3 - q1);
        for (int i = 0; i < n; ++i)
            if (std::isfinite(values(i, j)) && (values(i, j) < lower || values(i, j) > upper))
                result.outliers << EvaluationCell{result.rows[i], j, QString(), values(i, j), lower, upper};
    }
    listCells(result.outliers, false, [&](const EvaluationCell &c) {
        return Tr::tr("%1: column '%2' = %3 lies outside the %4·IQR fences [%5, %6]; check it (it is kept)")
            .arg(where(c.row), result.columns[c.column], num(c.value), num(options.outlierFence), num(c.lowerFence), num(c.upperFence));
    });

    // The layer the results will be mapped on.
    if (options.layer && idColumn >= 0) {
        const QString layerKey = options.layerIdField.isEmpty() ? u"code"_s : options.layerIdField;
        JoinSpec spec;
        spec.layerKey = layerKey;
        spec.tableKey = result.idField;
        spec.match = JoinMatch::Auto;
        const JoinReport report = TableJoin::preview(*options.layer, table, spec);
        const QString layerFile = options.layer->sourcePath();
        if (!report.ok()) {
            error(report.error);
        } else {
            for (const JoinKeyRow &k : report.unmatchedLayerRows)
                result.layerUnitsWithoutRow << k.key;
            for (const JoinKeyRow &k : report.unmatchedTableRows)
                result.rowsWithoutLayerUnit << k.key;
            if (!result.layerUnitsWithoutRow.isEmpty())
                warning(Tr::tr("%1: %2 unit(s) of the layer have no row in %3 and get no score: %4")
                            .arg(layerFile).arg(result.layerUnitsWithoutRow.size()).arg(file, result.layerUnitsWithoutRow.join(u", "_s)));
            if (!result.rowsWithoutLayerUnit.isEmpty())
                warning(Tr::tr("%1: %2 row(s) match no unit of %3: %4")
                            .arg(file).arg(result.rowsWithoutLayerUnit.size()).arg(layerFile, result.rowsWithoutLayerUnit.join(u", "_s)));
        }
    }

    if (result.ok())
        result.values = std::move(values);
    return result;
}

IndicatorSystem EvaluationTable::systemFromColumns(const FeatureTable &table, const QStringList &skipFields)
{
    IndicatorSystem system;
    system.id = QFileInfo(table.sourcePath()).completeBaseName();
    system.nameEn = Tr::tr("columns of %1").arg(QFileInfo(table.sourcePath()).fileName());
    for (int c = 0; c < table.fieldCount(); ++c) {
        const Field &f = table.field(c);
        if (skipFields.contains(f.name, Qt::CaseInsensitive))
            continue;
        int numbers = 0;
        int filled = 0;
        for (int row = 0; row < table.rowCount(); ++row) {
            const QString text = table.value(row, c).toString().trimmed();
            if (text.isEmpty())
                continue;
            ++filled;
            bool ok = false;
            text.toDouble(&ok);
            numbers += ok ? 1 : 0;
        }
        if (!f.isNumeric() && (filled == 0 || 2 * numbers < filled))
            continue;
        Indicator ind;
        ind.id = f.name;
        ind.nameEn = f.name;
        ind.column = f.name;
        ind.sourceNote = Tr::tr("column of %1").arg(table.sourcePath());
        system.addIndicator(ind);
    }
    return system;
}

int EvaluationTable::position(const IndicatorSystem &system, const QString &name) const
{
    const QString key = name.trimmed();
    for (qsizetype j = 0; j < indicators.size(); ++j)
        if (columns[j].compare(key, Qt::CaseInsensitive) == 0)
            return int(j);
    for (qsizetype j = 0; j < indicators.size(); ++j)
        if (candidateNames(system.indicator(indicators[j])).contains(key, Qt::CaseInsensitive))
            return int(j);
    return -1;
}

namespace {

// A number, or a fraction "a/b" when fractions are allowed; empty otherwise.
std::optional<double> parseNumber(const QVariant &cell, bool fractions)
{
    const QString text = cell.toString().trimmed();
    bool ok = false;
    double v = text.toDouble(&ok);
    if (!ok && fractions && text.count(u'/') == 1) {
        bool okA = false;
        bool okB = false;
        const double a = text.section(u'/', 0, 0).trimmed().toDouble(&okA);
        const double b = text.section(u'/', 1, 1).trimmed().toDouble(&okB);
        ok = okA && okB && b != 0.0;
        v = ok ? a / b : 0.0;
    }
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

EvaluationWeightsInput EvaluationTable::weightsFrom(const FeatureTable &weights, const IndicatorSystem &system) const
{
    EvaluationWeightsInput result;
    const QString file = weights.sourcePath();
    auto error = [&](const QString &message, qint64 row = -1) {
        Issue issue = Issue::error(message, file);
        issue.row = row;
        result.issues << issue;
    };
    int nameColumn = weights.fieldIndex(u"indicator"_s);
    int weightColumn = weights.fieldIndex(u"weight"_s);
    if (nameColumn < 0 || weightColumn < 0) {
        nameColumn = 0;
        weightColumn = 1;
    }
    if (weights.fieldCount() < 2) {
        error(Tr::tr("%1: a weights file needs two columns, indicator and weight").arg(file));
        return result;
    }
    const qsizetype m = indicators.size();
    Eigen::VectorXd w = Eigen::VectorXd::Constant(m, std::numeric_limits<double>::quiet_NaN());
    for (int row = 0; row < weights.rowCount(); ++row) {
        const QString name = weights.value(row, nameColumn).toString().trimmed();
        const int j = position(system, name);
        if (j < 0) {
            error(Tr::tr("%1, row %2: '%3' is not an evaluated indicator (indicators: %4)")
                      .arg(file).arg(row + 1).arg(name, columns.join(u", "_s)), row);
            continue;
        }
        if (!std::isnan(w(j))) {
            error(Tr::tr("%1, row %2: '%3' has a weight already").arg(file).arg(row + 1).arg(name), row);
            continue;
        }
        const std::optional<double> v = parseNumber(weights.value(row, weightColumn), false);
        if (!v) {
            error(Tr::tr("%1, row %2: the weight of '%3' is '%4', not a number")
                      .arg(file).arg(row + 1).arg(name, weights.value(row, weightColumn).toString()), row);
            continue;
        }
        w(j) = *v;
    }
    for (qsizetype j = 0; j < m; ++j)
        if (std::isnan(w(j)) && result.ok())
            error(Tr::tr("%1: no weight for indicator '%2'").arg(file, columns[j]));
    if (!result.ok())
        return result;
    for (Issue issue : checkWeights(asSpan(w), m, labels)) {
        issue.file = file;
        issue.message = Tr::tr("%1: %2").arg(file, issue.message);
        result.issues << issue;
    }
    if (result.ok())
        result.weights = w;
    return result;
}

EvaluationWeightsInput EvaluationTable::pairwiseFrom(const FeatureTable &matrix, const IndicatorSystem &system) const
{
    EvaluationWeightsInput result;
    const QString file = matrix.sourcePath();
    auto error = [&](const QString &message, qint64 row = -1) {
        Issue issue = Issue::error(message, file);
        issue.row = row;
        result.issues << issue;
    };
    const qsizetype m = indicators.size();
    QList<int> columnPosition(matrix.fieldCount(), -1); // field → indicator position
    QList<int> seen;
    for (int c = 1; c < matrix.fieldCount(); ++c) {
        const int j = position(system, matrix.field(c).name);
        if (j < 0 || seen.contains(j))
            error(j < 0 ? Tr::tr("%1: column '%2' is not an evaluated indicator (indicators: %3)")
                              .arg(file, matrix.field(c).name, columns.join(u", "_s))
                        : Tr::tr("%1: column '%2' names an indicator twice").arg(file, matrix.field(c).name));
        columnPosition[c] = j;
        seen << j;
    }
    for (qsizetype j = 0; j < m; ++j)
        if (!seen.contains(int(j)))
            error(Tr::tr("%1: no column for indicator '%2'; the matrix needs one row and one column per indicator")
                      .arg(file, columns[j]));
    if (!result.ok())
        return result;
    Eigen::MatrixXd a = Eigen::MatrixXd::Constant(m, m, std::numeric_limits<double>::quiet_NaN());
    QList<int> rowsSeen;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const QString name = matrix.value(row, 0).toString().trimmed();
        const int i = position(system, name);
        if (i < 0 || rowsSeen.contains(i)) {
            error(i < 0 ? Tr::tr("%1, row %2: '%3' is not an evaluated indicator (indicators: %4)")
                              .arg(file).arg(row + 1).arg(name, columns.join(u", "_s))
                        : Tr::tr("%1, row %2: '%3' names an indicator twice").arg(file).arg(row + 1).arg(name),
                  row);
            continue;
        }
        rowsSeen << i;
        for (int c = 1; c < matrix.fieldCount(); ++c) {
            const std::optional<double> v = parseNumber(matrix.value(row, c), true);
            if (!v || *v <= 0.0) {
                error(Tr::tr("%1, row %2 ('%3'), column '%4': '%5' is not a positive number or fraction such as 1/3")
                          .arg(file).arg(row + 1).arg(name, matrix.field(c).name, matrix.value(row, c).toString()),
                      row);
                continue;
            }
            a(i, columnPosition[c]) = *v;
        }
    }
    for (qsizetype j = 0; j < m; ++j)
        if (!rowsSeen.contains(int(j)))
            error(Tr::tr("%1: no row for indicator '%2'").arg(file, columns[j]));
    if (result.ok())
        result.pairwise = a;
    return result;
}

} // namespace CityAtlas
