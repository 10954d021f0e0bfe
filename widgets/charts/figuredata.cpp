#include "widgets/charts/figuredata.h"

#include "maps/data/bundleddata.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureData {

LoadResult read(const QString &dataPath, const QString &bundledFile)
{
    const QString path = dataPath.isEmpty() ? BundledData::path(bundledFile) : dataPath;
    const QFileInfo info(path);
    if (info.suffix().compare(u"txt"_s, Qt::CaseInsensitive) != 0)
        return VectorReader::read(path);

    // GDAL's CSV driver knows tab-delimited files by the ".tsv" suffix only: read a copy.
    if (!info.isFile()) {
        LoadResult result;
        result.issues << Issue::error(FigureText::tr("%1: no such file").arg(path), path);
        return result;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(info.completeBaseName() + u".tsv"_s);
    if (!dir.isValid() || !QFile::copy(path, copy)) {
        LoadResult result;
        result.issues << Issue::error(FigureText::tr("%1: cannot be read").arg(path), path);
        return result;
    }
    LoadResult result = VectorReader::read(copy);
    for (Issue &issue : result.issues) {
        issue.message.replace(copy, path);
        issue.file = path;
    }
    if (result.table) {
        // Keep the user's file name in messages and source lines.
        auto table = std::make_unique<FeatureTable>(result.table->name(), path);
        for (const Field &f : result.table->fields())
            table->addField(f);
        for (int row = 0; row < result.table->rowCount(); ++row) {
            QVariantList values;
            for (int c = 0; c < result.table->fieldCount(); ++c)
                values << result.table->value(row, c);
            table->appendRow(std::move(values));
        }
        result.table = std::move(table);
    }
    return result;
}

FigureResult loadFailure(const LoadResult &loaded)
{
    FigureResult result;
    result.issues = loaded.issues;
    if (!hasErrors(result.issues))
        result.issues << Issue::error(FigureText::tr("the table could not be read"));
    return result;
}

int column(const FeatureTable &table, const QStringList &candidates)
{
    for (const QString &name : candidates)
        for (int c = 0; c < table.fieldCount(); ++c)
            if (table.field(c).name.compare(name, Qt::CaseInsensitive) == 0)
                return c;
    return -1;
}

int firstColumn(const FeatureTable &table, bool numeric, const QList<int> &except)
{
    for (int c = 0; c < table.fieldCount(); ++c)
        if (!except.contains(c) && table.field(c).isNumeric() == numeric
            && (numeric || table.field(c).type == FieldType::String))
            return c;
    return -1;
}

bool chineseLocale()
{
    return QLocale().language() == QLocale::Chinese;
}

int localizedColumn(const FeatureTable &table, int c)
{
    if (c < 0 || !chineseLocale())
        return c;
    const int zh = column(table, {table.field(c).name + u"_zh"_s});
    return zh >= 0 ? zh : c;
}

QString text(const FeatureTable &table, int row, int c)
{
    return c < 0 ? QString() : table.value(row, c).toString().trimmed();
}

std::optional<qint64> integer(const FeatureTable &table, int row, int c)
{
    const QVariant v = table.value(row, c);
    if (v.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d) || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

QString fileName(const FeatureTable &table)
{
    return QFileInfo(table.sourcePath()).fileName();
}

QString titleFor(const QString &title, FigureProvenance provenance)
{
    switch (provenance) {
    case FigureProvenance::Sample:
        return FigureText::tr("%1 (sample data)").arg(title);
    case FigureProvenance::DerivedSample:
        return FigureText::tr("%1 (derived sample)").arg(title);
    default:
        return title;
    }
}

Issue missingColumn(const FeatureTable &table, const QString &what, const QStringList &candidates)
{
    Issue issue = Issue::error(FigureText::tr("%1: no %2 column (expected one of: %3; the table has: %4)")
                                   .arg(table.sourcePath(), what, candidates.join(u", "_s),
                                        table.fieldNames().join(u", "_s)),
                               table.sourcePath());
    issue.field = what;
    return issue;
}

Issue rowError(const FeatureTable &table, int row, const QString &message)
{
    Issue issue = Issue::error(FigureText::tr("%1, row %2: %3").arg(table.sourcePath()).arg(row + 1).arg(message),
                               table.sourcePath());
    issue.row = row;
    return issue;
}

FigureProvenance provenanceOf(const FeatureTable &table, FigureProvenance otherwise)
{
    const int status = column(table, {u"status"_s, u"data_status"_s});
    bool sample = fileName(table).contains(u"sample"_s, Qt::CaseInsensitive);
    bool derived = false;
    for (int row = 0; status >= 0 && row < table.rowCount(); ++row) {
        const QString s = text(table, row, status);
        derived = derived || s.contains(u"derived"_s, Qt::CaseInsensitive);
        sample = sample || s.contains(u"sample"_s, Qt::CaseInsensitive);
    }
    if (derived)
        return FigureProvenance::DerivedSample;
    return sample ? FigureProvenance::Sample : otherwise;
}

} // namespace CityAtlas::FigureData
