// Table 1: the IMD Smart City Index ranks of the cities in the top 30, 2019–2023, as a rank
// "bump" chart (rank 1 on top, city names at both ends) and as rank against city HDI.
#include "maps/render/maprenderer.h"
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figuredata.h"

#include <QRegularExpression>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

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

// A reversed rank axis (rank 1 on top) whose labels are "city rank" at the ranks of one edition.
QCategoryAxis *rankLabelAxis(const RankTable &table, int edition, qint64 maxRank, bool nameFirst)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0.4, double(maxRank) + 0.6);
    axis->setReverse(true);
    axis->setStartValue(0.4);
    QList<std::pair<qint64, QString>> labels;
    for (const City &c : table.cities)
        if (const auto r = c.ranks.value(edition))
            labels.append({*r, nameFirst ? FigureText::tr("%1  %2").arg(c.name).arg(*r) : FigureText::tr("%1  %2").arg(*r).arg(c.name)});
    std::sort(labels.begin(), labels.end());
    for (const auto &[rank, label] : labels)
        if (!axis->categoriesLabels().contains(label))
            axis->append(label, double(rank));
    ChartTheme::styleAxis(axis);
    return axis;
}

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
    x->setRange(first - 0.25, last + 0.25);
    x->setStartValue(first - 0.25);
    QList<int> years = table->years;
    std::sort(years.begin(), years.end());
    for (int year : years)
        x->append(QString::number(year), year);
    x->setTitleText(FigureText::tr("Edition of the index"));
    ChartTheme::styleAxis(x);
    const int firstEdition = int(table->years.indexOf(first));
    const int lastEdition = int(table->years.indexOf(last));
    QCategoryAxis *left = rankLabelAxis(*table, firstEdition, maxRank, true);
    QCategoryAxis *right = rankLabelAxis(*table, lastEdition, maxRank, false);
    right->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(left);
        s->attachAxis(right);
    }

    result.chart = std::move(chart);
    result.datasets << table->file;
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
        point->setPointLabelsFormat(c.name);
        point->setPointLabelsVisible(true);
        point->setPointLabelsClipping(false);
        point->setPointLabelsFont(mapFont(7.5));
        point->setPointLabelsColor(QColor(0x20, 0x20, 0x20));
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
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }

    result.chart = std::move(chart);
    result.datasets << table->file;
    return result;
}

} // namespace CityAtlas::FigureBuilders
