#include "widgets/charts/figuredata.h"

#include "maps/data/bundleddata.h"
#include "maps/data/inputfile.h"
#include "widgets/charts/figureexporter.h"
#include "widgets/charts/labelfit.h"

#include <QFile>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QFontMetricsF>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>

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
    if (const QString why = InputFile::refusal(path); !why.isEmpty()) {
        LoadResult result;
        result.issues << Issue::error(why, path);
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

namespace {
constexpr int LabelKindKey = 0x4649; // QGraphicsItem::data key of a figure's own labels
}

QGraphicsSimpleTextItem *addLabel(QChart *chart, const QString &kind, const QString &text, const QFont &font,
                                  const QColor &color)
{
    auto *label = new QGraphicsSimpleTextItem(text, chart);
    label->setFont(font);
    label->setBrush(color);
    label->setPen(Qt::NoPen);
    label->setZValue(1000); // above the series
    label->setData(LabelKindKey, kind);
    return label;
}

QList<QGraphicsSimpleTextItem *> labels(const QChart &chart, const QString &kind)
{
    QList<QGraphicsSimpleTextItem *> result;
    for (QGraphicsItem *item : chart.childItems()) {
        const QVariant tag = item->data(LabelKindKey);
        if (tag.isValid() && (kind.isEmpty() || tag.toString() == kind))
            if (auto *label = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
                result << label;
    }
    return result;
}

QRectF inkRect(const QGraphicsSimpleTextItem *label)
{
    const QString text = label->text();
    if (text.isEmpty() || text.contains(u'\n'))
        return label->boundingRect();
    // One line: from the top of its highest glyph to the bottom of its lowest (a line's box
    // has much room above and below Latin letters in a CJK font).
    const QFontMetricsF metrics(label->font());
    const QRectF tight = metrics.tightBoundingRect(text);
    return QRectF(0, metrics.ascent() + tight.top(), label->boundingRect().width(), tight.height());
}

QRectF labelRect(const QGraphicsSimpleTextItem *label)
{
    return label->mapRectToScene(inkRect(label));
}

QList<double> spreadLabels(const QList<double> &wanted, double height, double top, double bottom)
{
    return spreadLabels(wanted, QList<double>(wanted.size(), height), top, bottom);
}

QList<double> spreadLabels(const QList<double> &wanted, const QList<double> &heights, double top, double bottom)
{
    // Blocks of touching labels, each placed where its labels are, on average, nearest to
    // where they are wanted; a block that overlaps the one before is merged with it. A block's
    // `sum` adds, per label, where the block would start for that label to be where wanted.
    struct Placed
    {
        int first;
        int count;
        double sum;
        double span;
    };
    QList<Placed> blocks;
    const auto startOf = [&](const Placed &b) {
        double start = b.sum / b.count;
        if (bottom - top >= b.span)
            start = std::clamp(start, top, bottom - b.span);
        else
            start = top;
        return start;
    };
    for (int i = 0; i < wanted.size(); ++i) {
        blocks.append({i, 1, wanted[i] - heights[i] / 2, heights[i]});
        while (blocks.size() > 1) {
            const Placed &b = blocks.last();
            const Placed &a = blocks[blocks.size() - 2];
            if (startOf(a) + a.span <= startOf(b) + 1e-9)
                break;
            Placed merged{a.first, a.count + b.count, a.sum, a.span + b.span};
            double offset = a.span;
            for (int k = b.first; k < b.first + b.count; ++k) {
                merged.sum += wanted[k] - heights[k] / 2 - offset;
                offset += heights[k];
            }
            blocks.removeLast();
            blocks.last() = merged;
        }
    }
    QList<double> centres;
    for (const Placed &b : std::as_const(blocks)) {
        double y = startOf(b);
        for (int k = b.first; k < b.first + b.count; ++k) {
            centres << y + heights[k] / 2;
            y += heights[k];
        }
    }
    return centres;
}

QStringList wrapText(const QString &text, const QFont &font, double maxWidth, bool balanced)
{
    if (balanced) {
        // The narrowest width that needs no more lines: lines of about the same length.
        const qsizetype count = wrapText(text, font, maxWidth, false).size();
        double low = maxWidth / double(std::max<qsizetype>(1, count)) * 0.8, high = maxWidth;
        for (int step = 0; step < 12 && high - low > 1.0; ++step) {
            const double middle = (low + high) / 2;
            (wrapText(text, font, middle, false).size() > count ? low : high) = middle;
        }
        return wrapText(text, font, high, false);
    }
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1.0, maxWidth));
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    lines.removeAll(QString());
    return lines;
}

QString wrappedHtml(const QString &text, const QFont &font, double maxWidth, bool balanced)
{
    QStringList lines = wrapText(text, font, maxWidth, balanced);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

void fitCategoryLabels(QChart *chart, QBarCategoryAxis *axis, const QStringList &texts, double maxPointSize,
                       double minPointSize, const QString &part)
{
    const auto html = [](const QList<QStringList> &lines) {
        QStringList categories;
        for (QStringList l : lines) {
            for (QString &line : l)
                line = line.toHtmlEscaped();
            categories << l.join(u"<br>"_s);
        }
        return categories;
    };
    const QFont base = axis->labelsFont();
    axis->setTruncateLabels(false);
    {
        // Until the first layout: wrapped for a figure of 1000 pixels at the largest font.
        QFont font = base;
        font.setPointSizeF(maxPointSize);
        QList<QStringList> lines;
        for (const QString &text : texts)
            lines << LabelFit::wrap(text, font, 170.0);
        axis->append(html(lines));
    }
    const auto fit = [chart, axis, texts, base, maxPointSize, minPointSize, part, html] {
        const QRectF area = chart->plotArea();
        if (texts.isEmpty() || area.isEmpty())
            return;
        // QtCharts gives an axis at most 40 % of the chart's width; the rest of it is the
        // axis's own spacing.
        const double widest = chart->size().width() * 0.38 - 12.0;
        const double room = area.height() / double(texts.size()) - 4.0;
        const LabelFit::Column fitted = LabelFit::column(texts, base, maxPointSize, minPointSize, widest * 0.3, widest,
                                                         LabelFit::rows(room, 5));
        LabelFit::record(chart, part, fitted.size);
        QFont font = base;
        font.setPointSizeF(fitted.size.pointSize);
        const QStringList categories = html(fitted.lines);
        if (axis->labelsFont() != font)
            axis->setLabelsFont(font);
        if (axis->categories() != categories)
            axis->setCategories(categories);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
}

QString plainText(const QString &html)
{
    QString text = html;
    static const QRegularExpression lineBreak(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(lineBreak, u" "_s);
    return QTextDocumentFragment::fromHtml(text).toPlainText();
}

} // namespace CityAtlas::FigureData
