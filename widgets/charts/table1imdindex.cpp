// Table 1: the IMD Smart City Index ranks of the cities in the top 30, 2019–2023, as a rank
// "bump" chart (rank 1 on top, city names at both ends) and as rank against city HDI.
#include "maps/render/maprenderer.h"
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"
#include "widgets/charts/labelfit.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QRegularExpression>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <cmath>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {
namespace {

struct City
{
    QString name;
    std::optional<double> hdi;
    QList<std::optional<qint64>> ranks; // one per edition
};

struct RankTable
{
    QList<int> years;
    QList<City> cities;
    QString file;
    QString path; // as read
    FigureProvenance provenance = FigureProvenance::Given;
};

std::optional<RankTable> readRanks(const QString &dataPath, bool needHdi, IssueList *issues)
{
    using namespace FigureData;
    LoadResult loaded = read(dataPath, u"paper/table1_imd_smart_city_index.csv"_s);
    *issues << loaded.issues;
    if (!loaded.table) {
        if (!hasErrors(*issues))
            *issues << Issue::error(FigureText::tr("the table could not be read"));
        return std::nullopt;
    }
    const FeatureTable &t = *loaded.table;
    RankTable table;
    const int city = column(t, {u"city"_s, u"name"_s});
    const int hdi = column(t, {u"hdi"_s, u"city_hdi"_s});
    QList<int> rankColumns;
    static const QRegularExpression rankName(u"^rank_?(\\d{4})$"_s, QRegularExpression::CaseInsensitiveOption);
    for (int c = 0; c < t.fieldCount(); ++c)
        if (const auto m = rankName.match(t.field(c).name); m.hasMatch()) {
            table.years << m.captured(1).toInt();
            rankColumns << c;
        }
    if (city < 0)
        *issues << missingColumn(t, FigureText::tr("city"), {u"city"_s});
    if (rankColumns.isEmpty())
        *issues << missingColumn(t, FigureText::tr("rank"), {u"rank_2019"_s, u"rank_2020"_s, u"rank_<year>"_s});
    if (needHdi && hdi < 0)
        *issues << missingColumn(t, u"HDI"_s, {u"hdi"_s});
    if (hasErrors(*issues))
        return std::nullopt;

    for (int row = 0; row < t.rowCount(); ++row) {
        City c{text(t, row, localizedColumn(t, city)), hdi >= 0 ? t.number(row, hdi) : std::nullopt, {}};
        for (int column : rankColumns) {
            const auto r = integer(t, row, column);
            if (!t.value(row, column).isNull() && !text(t, row, column).isEmpty() && (!r || *r < 1))
                *issues << rowError(t, row, FigureText::tr("the rank in %1 is not a whole number ≥ 1").arg(t.field(column).name));
            c.ranks << r;
        }
        if (needHdi && (!c.hdi || !std::isfinite(*c.hdi)))
            *issues << rowError(t, row, FigureText::tr("the HDI is not a number"));
        table.cities << c;
    }
    if (table.cities.isEmpty() && !hasErrors(*issues))
        *issues << Issue::error(FigureText::tr("%1: the table has no rows").arg(t.sourcePath()), t.sourcePath());
    if (hasErrors(*issues))
        return std::nullopt;
    table.file = fileName(t);
    table.path = t.sourcePath();
    table.provenance = provenanceOf(t, dataPath.isEmpty() ? FigureProvenance::Given : FigureProvenance::UserData);
    return table;
}

bool isHighlighted(const QString &city)
{
    return city == u"Beijing"_s || city == u"北京"_s;
}

QColor cityColor(int index, const QString &city)
{
    if (isHighlighted(city))
        return QColor(0xc0, 0x1f, 0x1f);
    // The palette without its red, which marks Beijing.
    const QList<QColor> palette = ChartTheme::palette();
    QList<QColor> colors;
    for (int i = 0; i < palette.size(); ++i)
        if (i != 1)
            colors << palette[i];
    return colors.at(index % colors.size());
}

// The city names beside the first and the last edition's points ("Zurich  1" on the left,
// "1  Zurich" on the right), drawn by the figure rather than as axis labels, which QtCharts
// elides to "…" once ranks are closer than a line of text: here the names are moved apart
// as little as needed (a thin line then joins a name to its point), their font shrinks with
// the figure down to MinimumPointSize, and the chart's side margins make room for them.
class EndLabels
{
public:
    static constexpr double MaximumPointSize = 8.0;
    static constexpr double MinimumPointSize = LabelFit::MinimumPointSize;

    struct Entry
    {
        QGraphicsSimpleTextItem *label = nullptr;
        QGraphicsLineItem *leader = nullptr;
        qint64 rank = 0;
        double year = 0;
        bool left = true;
        bool highlighted = false;
    };

    EndLabels(QChart *chart, QRectF domain) : m_chart(chart), m_domain(domain) {}

    void add(const QString &text, qint64 rank, double year, bool left, const QColor &color, bool highlighted)
    {
        Entry e;
        e.label = FigureData::addLabel(m_chart, left ? u"end-label-left"_s : u"end-label-right"_s, text,
                                       mapFont(MaximumPointSize, highlighted),
                                       highlighted ? color : QColor(0x20, 0x20, 0x20));
        e.leader = new QGraphicsLineItem(m_chart);
        QPen pen(color, 0.8);
        e.leader->setPen(pen);
        e.leader->setZValue(999);
        e.leader->hide();
        e.rank = rank;
        e.year = year;
        e.left = left;
        e.highlighted = highlighted;
        m_entries << e;
    }

    void addLine(QLineSeries *line, double markerSize) { m_lines.append({line, markerSize}); }

    // On every new plot area: markers, font, margins, then the places of the names.
    void layout()
    {
        const QRectF area = m_chart->plotArea();
        if (area.isEmpty() || m_entries.isEmpty())
            return;
        // Markers no wider than about two thirds of the distance between two ranks.
        const double perRank = area.height() / m_domain.height();
        for (const auto &[line, size] : std::as_const(m_lines))
            line->setMarkerSize(std::clamp(perRank * 0.7 * size / 6.0, 3.0, size));
        int perSide[2] = {0, 0};
        for (const Entry &e : std::as_const(m_entries))
            ++perSide[e.left ? 0 : 1];
        const int rows = std::max(perSide[0], perSide[1]);
        // The columns beside the plot are free above and below it too (the title and the
        // years are over and under the plot only): the names may use a few rows more there.
        const auto span = [&](double height) {
            return std::pair(std::max(4.0, area.top() - height), std::min(m_chart->size().height() - 4.0, area.bottom() + 1.5 * height));
        };
        const LabelFit::Size fitted = LabelFit::largest(MaximumPointSize, MinimumPointSize, [&](double size) {
            const auto [top, bottom] = span(rowHeight(size));
            return rows * rowHeight(size) <= bottom - top;
        });
        LabelFit::record(m_chart, FigureText::tr("the city names"), fitted);
        const double size = fitted.pointSize;
        const double height = rowHeight(size);
        const auto [top, bottom] = span(height);

        double width[2] = {0, 0};
        for (Entry &e : m_entries) {
            e.label->setFont(mapFont(size, e.highlighted));
            width[e.left ? 0 : 1] = std::max(width[e.left ? 0 : 1], e.label->boundingRect().width());
        }
        // Names are stacked by their glyphs, a little apart: the pitch is the tallest name's.
        const double inkOffset = [&] { // from a label's top to the middle of its glyphs
            const QRectF ink = FigureData::inkRect(m_entries.first().label);
            return ink.center().y();
        }();
        const QMargins current = m_chart->margins();
        const QMargins wanted(Margin + int(std::ceil(width[0])) + Gap, current.top(), Margin + int(std::ceil(width[1])) + Gap,
                              current.bottom());
        if (wanted != current) {
            m_chart->setMargins(wanted); // a new layout follows, and with it a new plot area
            if (m_chart->plotArea() != area)
                return;
        }

        for (const bool left : {true, false}) {
            QList<Entry *> side;
            for (Entry &e : m_entries)
                if (e.left == left)
                    side << &e;
            std::stable_sort(side.begin(), side.end(), [](const Entry *a, const Entry *b) { return a->rank < b->rank; });
            QList<double> wantedY;
            for (const Entry *e : std::as_const(side))
                wantedY << position(area, e->year, double(e->rank)).y();
            const QList<double> y = FigureData::spreadLabels(wantedY, height, top, bottom);
            for (int i = 0; i < side.size(); ++i) {
                Entry &e = *side[i];
                const QRectF box = e.label->boundingRect();
                const double x = left ? area.left() - Gap - box.width() : area.right() + Gap;
                e.label->setPos(x, y[i] - inkOffset);
                const QPointF point = position(area, e.year, double(e.rank));
                const bool moved = std::abs(y[i] - point.y()) > 0.3 * height;
                e.leader->setVisible(moved);
                if (moved)
                    e.leader->setLine(QLineF(left ? area.left() - Gap / 2 : area.right() + Gap / 2, y[i],
                                             point.x() + (left ? -5.0 : 5.0), point.y()));
            }
        }
    }

private:
    static constexpr int Margin = 6;
    static constexpr int Gap = 6;

    // The distance between two names: the height of the tallest name's glyphs at that size
    // and a little space.
    double rowHeight(double pointSize) const
    {
        double ink = 0;
        for (const Entry &e : m_entries) {
            QGraphicsSimpleTextItem probe(e.label->text());
            probe.setFont(mapFont(pointSize, e.highlighted));
            ink = std::max(ink, FigureData::inkRect(&probe).height());
        }
        return std::ceil(ink + 0.15 * pointSize + 1.0);
    }

    // The chart position of a value (the x and y axes' ranges are m_domain; y reversed).
    QPointF position(const QRectF &area, double x, double y) const
    {
        return {area.left() + (x - m_domain.left()) / m_domain.width() * area.width(),
                area.top() + (y - m_domain.top()) / m_domain.height() * area.height()};
    }

    QChart *m_chart;
    QRectF m_domain;
    QList<Entry> m_entries;
    QList<std::pair<QLineSeries *, double>> m_lines; // with their largest marker size
};

// The city names beside the HDI/rank points, drawn by the figure: QtCharts puts each point's
// label above it, where close points' names overlap. Each name takes the first of eight
// places around its point (above, below, right, left, then the corners, then the same a
// little farther out, with a thin line to the point) where it overlaps no other name, no
// point and stays inside the plot; the font shrinks (down to MinimumPointSize) until all do.
class PointLabels
{
public:
    static constexpr double MaximumPointSize = 7.5;
    static constexpr double MinimumPointSize = 6.0;

    PointLabels(QChart *chart, QValueAxis *x, QValueAxis *y) : m_chart(chart), m_x(x), m_y(y) {}

    void add(const QString &name, QPointF value, double markerSize)
    {
        m_points.append({value, markerSize / 2});
        m_labels << FigureData::addLabel(m_chart, u"point-label"_s, name, mapFont(MaximumPointSize));
        auto *leader = new QGraphicsLineItem(m_chart);
        leader->setPen(QPen(QColor(0x70, 0x70, 0x70), 0.7));
        leader->setZValue(999);
        leader->hide();
        m_leaders << leader;
    }

    void layout()
    {
        const QRectF area = m_chart->plotArea();
        if (area.isEmpty() || m_labels.isEmpty())
            return;
        QList<QPointF> at;
        for (const auto &[value, radius] : std::as_const(m_points))
            at << QPointF(area.left() + (value.x() - m_x->min()) / (m_x->max() - m_x->min()) * area.width(),
                          area.top() + (value.y() - m_y->min()) / (m_y->max() - m_y->min()) * area.height()); // y reversed
        const LabelFit::Size fitted = LabelFit::largest(MaximumPointSize, MinimumPointSize,
                                                        [&](double size) { return place(area, at, size); });
        if (fitted.quality == LabelFit::Quality::Overflows)
            place(area, at, fitted.pointSize, true);
        LabelFit::record(m_chart, FigureText::tr("the city names"), fitted);
    }

private:
    // Places every name at `size`; false as soon as one finds no free place (unless `force`:
    // then it takes its first place anyway).
    bool place(const QRectF &area, const QList<QPointF> &at, double size, bool force = false)
    {
        QList<QRectF> taken;
        for (int i = 0; i < at.size(); ++i) {
            const double r = m_points[i].second + 1.0;
            taken << QRectF(at[i].x() - r, at[i].y() - r, 2 * r, 2 * r);
        }
        const QRectF inside = area.adjusted(-2, -2, 2, 2);
        bool all = true;
        for (int i = 0; i < m_labels.size(); ++i) {
            QGraphicsSimpleTextItem *label = m_labels[i];
            label->setFont(mapFont(size));
            const QSizeF box = label->boundingRect().size();
            const QPointF p = at[i];
            const double r = m_points[i].second + 1.5;
            std::optional<QRectF> chosen;
            bool far = false;
            for (const double distance : {r, r + box.height() * 0.9}) {
                const double dx = distance + 1.0, dy = distance;
                const QList<QRectF> candidates{
                    QRectF(p.x() - box.width() / 2, p.y() - dy - box.height(), box.width(), box.height()), // above
                    QRectF(p.x() - box.width() / 2, p.y() + dy, box.width(), box.height()),                // below
                    QRectF(p.x() + dx, p.y() - box.height() / 2, box.width(), box.height()),               // right
                    QRectF(p.x() - dx - box.width(), p.y() - box.height() / 2, box.width(), box.height()), // left
                    QRectF(p.x() + dx * 0.7, p.y() - dy * 0.7 - box.height(), box.width(), box.height()),  // above right
                    QRectF(p.x() - dx * 0.7 - box.width(), p.y() - dy * 0.7 - box.height(), box.width(), box.height()),
                    QRectF(p.x() + dx * 0.7, p.y() + dy * 0.7, box.width(), box.height()),                 // below right
                    QRectF(p.x() - dx * 0.7 - box.width(), p.y() + dy * 0.7, box.width(), box.height()),
                };
                for (const QRectF &c : candidates) {
                    if (!inside.contains(c))
                        continue;
                    if (std::any_of(taken.cbegin(), taken.cend(), [&c](const QRectF &t) { return t.intersects(c); }))
                        continue;
                    chosen = c;
                    break;
                }
                if (chosen) {
                    far = distance > r;
                    break;
                }
            }
            if (!chosen) {
                if (!force)
                    return false;
                all = false;
                chosen = QRectF(p.x() - box.width() / 2, p.y() - r - box.height(), box.width(), box.height());
            }
            taken << chosen->adjusted(-1, 0, 1, 0);
            label->setPos(chosen->topLeft());
            m_leaders[i]->setVisible(far);
            if (far) {
                // From the point's edge towards the name's nearest point.
                const QPointF target(std::clamp(p.x(), chosen->left(), chosen->right()), std::clamp(p.y(), chosen->top(), chosen->bottom()));
                const QLineF line(p, target);
                m_leaders[i]->setLine(QLineF(line.pointAt(std::min(1.0, (m_points[i].second + 1) / std::max(1.0, line.length()))), target));
            }
        }
        return all;
    }

    QChart *m_chart;
    QValueAxis *m_x, *m_y;
    QList<std::pair<QPointF, double>> m_points; // values, marker radius
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<QGraphicsLineItem *> m_leaders;
};

} // namespace

FigureResult imdRankBump(const QString &dataPath)
{
    FigureResult result;
    const auto table = readRanks(dataPath, false, &result.issues);
    if (!table)
        return result;
    result.provenance = table->provenance;
    qint64 maxRank = 1;
    for (const City &c : table->cities)
        for (const auto &r : c.ranks)
            maxRank = std::max(maxRank, r.value_or(1));

    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(chart.get());
    chart->setTitle(FigureData::titleFor(FigureText::tr("IMD Smart City Index: rank of the cities in the top 30"), result.provenance));
    chart->legend()->setVisible(false);
    for (int i = 0; i < table->cities.size(); ++i) {
        const City &c = table->cities[i];
        auto *line = new QLineSeries;
        line->setName(c.name);
        for (int e = 0; e < table->years.size(); ++e)
            if (const auto r = c.ranks[e])
                line->append(table->years[e], double(*r));
        const QColor color = cityColor(i, c.name);
        line->setPen(QPen(color, isHighlighted(c.name) ? 3.0 : 1.6));
        line->setPointsVisible(true);
        line->setMarkerSize(isHighlighted(c.name) ? 8 : 6);
        chart->addSeries(line);
    }

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int first = *std::min_element(table->years.cbegin(), table->years.cend());
    const int last = *std::max_element(table->years.cbegin(), table->years.cend());
    const double xMin = first - 0.2, xMax = last + 0.2;
    x->setRange(xMin, xMax);
    x->setStartValue(xMin);
    QList<int> years = table->years;
    std::sort(years.begin(), years.end());
    for (int year : years)
        x->append(QString::number(year), year);
    x->setTitleText(FigureText::tr("Edition of the index"));
    ChartTheme::styleAxis(x);
    // Ranks, 1 on top; the axis itself is not drawn: the names beside the points say the ranks.
    auto *y = new QValueAxis;
    const double yMin = 0.4, yMax = double(maxRank) + 0.6;
    y->setRange(yMin, yMax);
    y->setReverse(true);
    y->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }

    auto labels = std::make_shared<EndLabels>(chart.get(), QRectF(xMin, yMin, xMax - xMin, yMax - yMin));
    for (QAbstractSeries *s : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            labels->addLine(line, line->markerSize());
    const int firstEdition = int(table->years.indexOf(first));
    const int lastEdition = int(table->years.indexOf(last));
    for (int i = 0; i < table->cities.size(); ++i) {
        const City &c = table->cities[i];
        const QColor color = cityColor(i, c.name);
        if (const auto r = c.ranks.value(firstEdition))
            labels->add(FigureText::tr("%1  %2").arg(c.name).arg(*r), *r, first, true, color, isHighlighted(c.name));
        if (const auto r = c.ranks.value(lastEdition))
            labels->add(FigureText::tr("%1  %2").arg(*r).arg(c.name), *r, last, false, color, isHighlighted(c.name));
    }
    QObject::connect(chart.get(), &QChart::plotAreaChanged, chart.get(), [labels] { labels->layout(); });

    result.chart = std::move(chart);
    result.datasets << table->file;
    result.files << table->path;
    if (!years.contains(2022) && first < 2022 && last > 2022)
        result.note = FigureText::tr("the paper's table has no 2022 edition");
    return result;
}

FigureResult imdRankVsHdi(const QString &dataPath)
{
    FigureResult result;
    const auto table = readRanks(dataPath, true, &result.issues);
    if (!table)
        return result;
    result.provenance = table->provenance;
    // The latest edition.
    const int edition = int(std::max_element(table->years.cbegin(), table->years.cend()) - table->years.cbegin());
    const int year = table->years[edition];

    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(chart.get());
    chart->setTitle(FigureData::titleFor(FigureText::tr("IMD Smart City Index rank %1 against city HDI").arg(year), result.provenance));
    chart->legend()->setVisible(false);
    double minHdi = 1e9, maxHdi = -1e9;
    qint64 maxRank = 1;
    for (int i = 0; i < table->cities.size(); ++i) {
        const City &c = table->cities[i];
        const auto rank = c.ranks[edition];
        if (!rank)
            continue;
        auto *point = new QScatterSeries;
        point->setName(c.name);
        point->append(*c.hdi, double(*rank));
        point->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        point->setMarkerSize(isHighlighted(c.name) ? 11 : 9);
        const QColor color = isHighlighted(c.name) ? cityColor(i, c.name) : ChartTheme::accent();
        point->setColor(color);
        point->setBorderColor(Qt::white);
        point->setPointLabelsFormat(c.name); // drawn by PointLabels, not by QtCharts
        point->setPointLabelsVisible(false);
        chart->addSeries(point);
        minHdi = std::min(minHdi, *c.hdi);
        maxHdi = std::max(maxHdi, *c.hdi);
        maxRank = std::max(maxRank, *rank);
    }
    if (chart->series().isEmpty())
        return FigureResult::failure(FigureText::tr("%1: no city has a rank in %2").arg(table->file).arg(year));

    auto *x = new QValueAxis;
    const double pad = std::max(0.005, (maxHdi - minHdi) * 0.06);
    x->setRange(std::floor((minHdi - pad) * 100) / 100, std::ceil((maxHdi + pad) * 100) / 100);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0.0);
    x->setTickInterval(0.01);
    x->setLabelFormat(u"%.2f"_s);
    x->setTitleText(FigureText::tr("City HDI"));
    auto *y = new QValueAxis;
    y->setRange(0, double(((maxRank + 4) / 5) * 5));
    y->setReverse(true);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0.0);
    y->setTickInterval(5);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(FigureText::tr("Rank in %1 (1 = best)").arg(year));
    ChartTheme::styleAxis(x);
    ChartTheme::styleAxis(y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto names = std::make_shared<PointLabels>(chart.get(), x, y);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
        auto *point = static_cast<QScatterSeries *>(s);
        names->add(point->name(), point->at(0), point->markerSize());
    }
    QObject::connect(chart.get(), &QChart::plotAreaChanged, chart.get(), [names] { names->layout(); });

    result.chart = std::move(chart);
    result.datasets << table->file;
    result.files << table->path;
    return result;
}

} // namespace CityAtlas::FigureBuilders
