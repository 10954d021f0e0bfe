// Table 2: the key national smart-city policies, 2012–2022, as a timeline: one row per
// policy (oldest on top), a dot in its year coloured by the paper's policy stage, and the
// four stages (section 4.2) shaded behind.
#include "maps/render/maprenderer.h"
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"
#include "widgets/charts/labelfit.h"

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {
namespace {

struct Stage
{
    double start; // decimal years
    double end;
    const char *name;
};

// The paper's four stages of policy promotion (section 4.2; their periods are in the source
// note, which keeps the legend short enough not to be elided): end of 2008 – August 2014,
// August 2014 – December 2015, December 2015 – December 2017, from October 2017 (the
// paper's periods overlap in late 2017).
const std::array<Stage, 4> &stages()
{
    static const std::array<Stage, 4> s{{
        {2008.92, 2014.58, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "1 Exploration")},
        {2014.58, 2015.92, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "2 Standardisation")},
        {2015.92, 2017.92, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "3 Strategic upgrading")},
        {2017.75, 9999.0, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "4 Deepening development")},
    }};
    return s;
}

QColor stageColor(int stage)
{
    static const std::array<QColor, 4> colors{QColor(0x8c, 0x6b, 0xb1), QColor(0x21, 0x66, 0xac), QColor(0x1b, 0x9e, 0x77), QColor(0xd9, 0x5f, 0x02)};
    return colors.at(std::clamp(stage, 1, 4) - 1);
}

struct Policy
{
    int year = 0;
    int stage = 1;
    QString name;
    QString body;
    bool uncertain = false;
};

// The policy names left of the rows, drawn by the figure: QtCharts would elide a name to
// "…" once the rows are closer than its line. The names are fitted to the size the figure
// is drawn at (LabelFit): the largest font from MaximumPointSize down at which every name,
// wrapped to at most MaxLines lines in the narrowest column from 30 % of the figure's width
// up to what leaves the timeline room for its years, has room beside its row. A name of more
// lines than its row has room for may take some of its neighbours' (names are moved apart
// as little as possible, FigureData::spreadLabels), never more than half a row away from
// its dot. The chart's left margin makes room for the column; the legend, detached from
// the chart, spans the figure's whole width under it (beside the column it would be elided).
// In a narrow figure the years stand upright, leaving the names more room.
class PolicyLabels
{
public:
    static constexpr double MaximumPointSize = 7.0;
    static constexpr int MaxLines = 3;

    PolicyLabels(QChart *chart, QCategoryAxis *years, const QStringList &texts, double top, double bottom)
        : m_chart(chart), m_years(years), m_texts(texts), m_top(top), m_bottom(bottom), m_margins(chart->margins())
    {
        for (const QString &text : texts)
            m_labels << FigureData::addLabel(chart, u"policy-label"_s, text, mapFont(MaximumPointSize));
        chart->legend()->detachFromChart();
    }

    void layout()
    {
        const QRectF area = m_chart->plotArea();
        if (area.isEmpty() || m_labels.isEmpty())
            return;
        const QSizeF size = m_chart->size();
        const double pitch = area.height() / (m_bottom - m_top);
        QList<double> rows;
        for (int i = 0; i < m_labels.size(); ++i)
            rows << area.top() + (double(i) - m_top) * pitch;
        // The timeline keeps room for its years, each under its column; where that would leave
        // the names less than 40 % of the figure's width, the years are turned upright.
        const QFontMetricsF years(m_years->labelsFont());
        const double across = m_years->count() * (years.horizontalAdvance(u"0000"_s) + 16.0) + 8.0;
        const bool upright = size.width() - across < 0.4 * size.width();
        const double timeline = upright ? m_years->count() * (years.lineSpacing() + 8.0) + 8.0 : across;
        if (m_years->labelsAngle() != (upright ? -90 : 0))
            m_years->setLabelsAngle(upright ? -90 : 0); // a new layout follows
        const double narrowest = std::floor(size.width() * 0.30);
        const double widest = std::max(narrowest, std::floor(std::min(size.width() * 0.62, size.width() - timeline - Margin - Gap
                                                                       - m_margins.right())));
        QList<double> centres;
        const auto room = [&](const QList<QStringList> &lines, double lineSpacing) {
            QList<double> heights;
            for (const QStringList &l : lines) {
                if (l.size() > MaxLines)
                    return false;
                heights << (double(l.size()) + 0.2) * lineSpacing; // a little space between two names
            }
            centres = FigureData::spreadLabels(rows, heights, area.top(), area.bottom());
            for (int i = 0; i < rows.size(); ++i)
                if (std::abs(centres[i] - rows[i]) > 0.5 * pitch || centres[i] - heights[i] / 2 < area.top() - 0.5
                    || centres[i] + heights[i] / 2 > area.bottom() + 0.5)
                    return false;
            return true;
        };
        const LabelFit::Column fitted = LabelFit::column(m_texts, mapFont(MaximumPointSize), MaximumPointSize,
                                                         LabelFit::MinimumPointSize, narrowest, widest, room);
        LabelFit::record(m_chart, FigureText::tr("the policy names"), fitted.size);
        room(fitted.lines, fitted.lineSpacing); // the centres of the lines chosen

        QLegend *legend = m_chart->legend();
        const double legendHeight = std::ceil(QFontMetricsF(legend->font()).height() + 14.0);
        const double column = std::ceil(fitted.width);
        const QMargins current = m_chart->margins();
        const QMargins wanted(Margin + int(column) + Gap, m_margins.top(), m_margins.right(), m_margins.bottom() + int(legendHeight));
        if (wanted != current)
            m_chart->setMargins(wanted); // a new layout follows
        // Centred: as wide as its entries (a marker, the label and some space each).
        const QFontMetricsF legendFont(legend->font());
        double entries = 0;
        for (QLegendMarker *marker : legend->markers())
            if (marker->isVisible())
                entries += legendFont.horizontalAdvance(marker->label()) + legendFont.height() + 24.0;
        const double legendWidth = std::min(size.width() - 2 * Margin, entries + 16.0);
        legend->setGeometry(QRectF((size.width() - legendWidth) / 2, size.height() - m_margins.bottom() - legendHeight, legendWidth,
                                   legendHeight));
        legend->update();
        const QFont font = mapFont(fitted.size.pointSize);
        for (int i = 0; i < m_labels.size(); ++i) {
            QGraphicsSimpleTextItem *label = m_labels[i];
            label->setFont(font);
            label->setText(fitted.lines.value(i).join(u'\n'));
            label->setPos(area.left() - Gap - column, centres.value(i, rows[i]) - label->boundingRect().height() / 2);
        }
    }

private:
    static constexpr int Margin = 6;
    static constexpr int Gap = 10;

    QChart *m_chart;
    QCategoryAxis *m_years;
    QStringList m_texts;
    double m_top, m_bottom;
    QMargins m_margins; // the theme's
    QList<QGraphicsSimpleTextItem *> m_labels;
};

} // namespace

FigureResult policyTimeline(const QString &dataPath)
{
    using namespace FigureData;
    LoadResult loaded = read(dataPath, u"paper/table2_policies.csv"_s);
    if (!loaded.table)
        return loadFailure(loaded);
    const FeatureTable &t = *loaded.table;
    FigureResult result;
    const int yearColumn = column(t, {u"year"_s});
    const int policyColumn = column(t, {u"policy"_s, u"policy_name"_s, u"name"_s});
    const int stageColumn = column(t, {u"stage"_s});
    const int bodyColumn = column(t, {u"issuing_body"_s, u"body"_s});
    const int uncertainColumn = column(t, {u"uncertain"_s});
    if (yearColumn < 0)
        result.issues << missingColumn(t, FigureText::tr("year"), {u"year"_s});
    if (policyColumn < 0)
        result.issues << missingColumn(t, FigureText::tr("policy"), {u"policy"_s});
    if (stageColumn < 0)
        result.issues << missingColumn(t, FigureText::tr("stage"), {u"stage"_s});
    if (hasErrors(result.issues))
        return result;

    QList<Policy> policies;
    for (int row = 0; row < t.rowCount(); ++row) {
        const auto year = integer(t, row, yearColumn);
        const auto stage = integer(t, row, stageColumn);
        if (!year || *year < 2000 || *year > 2100 || !stage || *stage < 1 || *stage > 4) {
            result.issues << rowError(t, row, FigureText::tr("expected a year and a stage from 1 to 4"));
            continue;
        }
        // In Chinese, a policy without its official Chinese title keeps the paper's English one, marked.
        const int nameColumn = localizedColumn(t, policyColumn);
        QString name = text(t, row, nameColumn);
        if (name.isEmpty() && nameColumn != policyColumn)
            name = FigureText::tr("%1 (English title)").arg(text(t, row, policyColumn));
        policies.append({int(*year), int(*stage), name, text(t, row, bodyColumn),
                         uncertainColumn >= 0 && integer(t, row, uncertainColumn).value_or(0) != 0});
    }
    if (policies.isEmpty() && !hasErrors(result.issues))
        result.issues << Issue::error(FigureText::tr("%1: the table has no rows").arg(t.sourcePath()), t.sourcePath());
    if (hasErrors(result.issues))
        return result;
    std::stable_sort(policies.begin(), policies.end(), [](const Policy &a, const Policy &b) { return a.year < b.year; });
    const int firstYear = policies.first().year;
    const int lastYear = policies.last().year;
    const double top = -0.6, bottom = policies.size() - 0.4;

    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(chart.get());
    result.provenance = provenanceOf(t, dataPath.isEmpty() ? FigureProvenance::Given : FigureProvenance::UserData);
    chart->setTitle(titleFor(FigureText::tr("Key national smart-city policies by year and stage"), result.provenance));

    // The stages, shaded (not in the legend: the dots' legend names them).
    QList<QAreaSeries *> bands;
    for (int s = 0; s < 4; ++s) {
        const double from = std::max(stages()[s].start, double(firstYear));
        const double to = std::min(stages()[s].end, double(lastYear + 1));
        if (from >= to)
            continue;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(from, top);
        upper->append(to, top);
        lower->append(from, bottom);
        lower->append(to, bottom);
        auto *band = new QAreaSeries(upper, lower);
        QColor fill = stageColor(s + 1);
        fill.setAlphaF(0.13);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        bands << band;
    }
    // One dot per policy, in its year (placed inside its stage's period when the year is
    // split between two stages).
    std::array<QScatterSeries *, 4> dots{};
    for (int s = 0; s < 4; ++s) {
        dots[s] = new QScatterSeries;
        dots[s]->setName(QCoreApplication::translate("CityAtlas::FigureText", stages()[s].name));
        dots[s]->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dots[s]->setMarkerSize(10);
        dots[s]->setColor(stageColor(s + 1));
        dots[s]->setBorderColor(Qt::white);
    }
    QStringList labels;
    QStringList uncertain;
    for (int i = 0; i < policies.size(); ++i) {
        const Policy &p = policies[i];
        const Stage &stage = stages()[p.stage - 1];
        const double x = std::clamp(p.year + 0.5, std::max(double(p.year) + 0.1, stage.start + 0.1),
                                    std::min(double(p.year) + 0.9, stage.end - 0.1));
        dots[p.stage - 1]->append(x, i);
        labels << FigureText::tr("%1%2 %3").arg(p.year).arg(p.uncertain ? u"*"_s : QString(), p.name);
        if (p.uncertain)
            uncertain << QString::number(p.year);
    }
    for (QScatterSeries *d : dots)
        chart->addSeries(d);

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setRange(firstYear, lastYear + 1);
    x->setStartValue(firstYear);
    for (int year = firstYear; year <= lastYear; ++year)
        x->append(QString::number(year), year + 1);
    x->setGridLineColor(QColor(0xd8, 0xd8, 0xd8));
    ChartTheme::styleAxis(x);

    // One row per policy, the oldest on top: grid lines only; the names are the figure's own
    // labels (PolicyLabels).
    auto *y = new QValueAxis;
    y->setRange(top, bottom);
    y->setReverse(true);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0.0);
    y->setTickInterval(1.0);
    ChartTheme::styleAxis(y);
    y->setLabelsVisible(false);
    y->setGridLineColor(QColor(0xec, 0xec, 0xec));

    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    auto names = std::make_shared<PolicyLabels>(chart.get(), x, labels, top, bottom);
    QObject::connect(chart.get(), &QChart::plotAreaChanged, chart.get(), [names] { names->layout(); });
    chart->legend()->setFont(mapFont(7));
    for (QAreaSeries *band : bands)
        for (QLegendMarker *marker : chart->legend()->markers(band))
            marker->setVisible(false);
    for (QScatterSeries *d : dots)
        if (d->count() == 0)
            for (QLegendMarker *marker : chart->legend()->markers(d))
                marker->setVisible(false);

    result.chart = std::move(chart);
    result.datasets << fileName(t);
    result.files << t.sourcePath();
    result.note = uncertain.isEmpty()
        ? FigureText::tr("stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, from Oct 2017")
        : FigureText::tr("stages from the paper's section 4.2: end 2008 – Aug 2014, Aug 2014 – Dec 2015, Dec 2015 – Dec 2017, "
                         "from Oct 2017; * uncertain reading or stage (%1)").arg(uncertain.join(u", "_s));
    result.issues << loaded.issues;
    return result;
}

} // namespace CityAtlas::FigureBuilders
