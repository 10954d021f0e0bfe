#include "widgets/charts/figurepie.h"

#include "maps/render/maprenderer.h"
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figuredata.h"
#include "widgets/charts/labelfit.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPainterPath>
#include <QtMath>
#include <QtCharts/QLegend>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

#include <array>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {

namespace {

// The slices' labels, drawn by the figure in a column on either side of the pie, each joined
// to its slice by a thin line: QtCharts puts a label just outside its slice, where at small
// sizes it overlaps the pie or another label, or is hidden. The pie is as large as the
// columns leave room for; the fonts shrink (down to MinimumPointSize) when it would be small.
class PieLabels
{
public:
    static constexpr double MaximumPointSize = 8.0;
    static constexpr double MinimumPointSize = 6.0;

    PieLabels(QChart *chart, QPieSeries *series) : m_chart(chart), m_series(series)
    {
        for (QPieSlice *slice : series->slices()) {
            QString text = slice->label();
            text.replace(u"<br>"_s, u"\n"_s);
            m_labels << FigureData::addLabel(chart, u"pie-label"_s, text, mapFont(MaximumPointSize));
            auto *leader = new QGraphicsPathItem(chart);
            leader->setPen(QPen(QColor(0x40, 0x40, 0x40), 0.8));
            leader->setZValue(999);
            m_leaders << leader;
        }
    }

    void layout()
    {
        const QRectF area = m_chart->plotArea();
        const QList<QPieSlice *> slices = m_series->slices();
        if (area.isEmpty() || slices.size() != m_labels.size())
            return;
        const QPointF centre = area.center();
        double radius = 0, lineHeight = 0;
        std::array<double, 2> width{0, 0};
        std::array<int, 2> count{0, 0};
        // The pie and its labels at one font size: whether the pie keeps the size of the
        // paper's figures and the labels stack in the plot's height.
        const auto placeAt = [&](double size) {
            width = {0, 0};
            count = {0, 0};
            for (int i = 0; i < slices.size(); ++i) {
                m_labels[i]->setFont(mapFont(size));
                const int side = rightSide(slices[i]) ? 1 : 0;
                width[side] = std::max(width[side], m_labels[i]->boundingRect().width());
                ++count[side];
            }
            lineHeight = m_labels.first()->boundingRect().height();
            radius = std::min({0.34 * std::min(area.width(), area.height()), // the pie size of the paper's figures
                               area.width() / 2 - std::max(width[0], width[1]) - Arm - Gap});
            return radius >= 0.3 * std::min(area.width(), area.height())
                && std::max(count[0], count[1]) * (lineHeight + 2.0) <= area.height();
        };
        const auto whole = [&] { // a smaller pie, labels that stack
            return radius >= 0.2 * area.height() && std::max(count[0], count[1]) * (lineHeight + 2.0) <= area.height();
        };
        LabelFit::Size fitted = LabelFit::largest(MaximumPointSize, MinimumPointSize, placeAt);
        // Rather a smaller pie than type below its minimum.
        if (fitted.quality != LabelFit::Quality::Fits) {
            placeAt(MinimumPointSize);
            if (whole())
                fitted = {MinimumPointSize, MinimumPointSize, LabelFit::Quality::Fits};
        }
        placeAt(fitted.pointSize);
        if (fitted.quality == LabelFit::Quality::Overflows && whole())
            fitted.quality = LabelFit::Quality::BelowMinimum;
        LabelFit::record(m_chart, FigureText::tr("the slice labels"), fitted);
        radius = std::max(radius, 10.0);
        m_series->setPieSize(std::clamp(2 * radius / std::min(area.width(), area.height()), 0.05, 1.0));

        for (const bool right : {false, true}) {
            QList<int> side;
            for (int i = 0; i < slices.size(); ++i)
                if (rightSide(slices[i]) == right)
                    side << i;
            const auto anchor = [&](int i, double r) {
                const double angle = qDegreesToRadians(slices[i]->startAngle() + slices[i]->angleSpan() / 2);
                return QPointF(centre.x() + r * std::sin(angle), centre.y() - r * std::cos(angle));
            };
            std::sort(side.begin(), side.end(), [&](int a, int b) { return anchor(a, 1).y() < anchor(b, 1).y(); });
            QList<double> wanted;
            for (int i : std::as_const(side))
                wanted << anchor(i, radius + Arm).y();
            const QList<double> y = FigureData::spreadLabels(wanted, lineHeight + 2.0, area.top(), area.bottom());
            const double column = right ? centre.x() + radius + Arm + Gap : centre.x() - radius - Arm - Gap;
            for (int k = 0; k < side.size(); ++k) {
                QGraphicsSimpleTextItem *label = m_labels[side[k]];
                const QRectF box = label->boundingRect();
                label->setPos(right ? column : column - box.width(), y[k] - box.height() / 2);
                QPainterPath path(anchor(side[k], radius));
                path.lineTo(anchor(side[k], radius + Arm * 0.6));
                path.lineTo(right ? column - 3.0 : column + 3.0, y[k]);
                m_leaders[side[k]]->setPath(path);
            }
        }
    }

private:
    static constexpr double Arm = 14.0;
    static constexpr double Gap = 8.0;

    static bool rightSide(const QPieSlice *slice)
    {
        const double middle = std::fmod(slice->startAngle() + slice->angleSpan() / 2, 360.0);
        return middle < 180.0;
    }

    QChart *m_chart;
    QPieSeries *m_series;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<QGraphicsPathItem *> m_leaders;
};

} // namespace

std::unique_ptr<QChart> pieChart(const QString &title, const QList<PieSlice> &slices, FigureProvenance provenance,
                                 IssueList *issues, const QString &file)
{
    double total = 0;
    for (const PieSlice &s : slices)
        total += s.value;
    if (slices.isEmpty() || !(total > 0)) {
        *issues << Issue::error(FigureText::tr("%1: the values sum to zero; a pie needs at least one value > 0").arg(file), file);
        return nullptr;
    }
    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(chart.get());
    chart->setTitle(FigureData::titleFor(title, provenance));
    chart->legend()->setVisible(false);
    auto *series = new QPieSeries;
    series->setPieSize(0.68);
    series->setPieStartAngle(0);
    series->setPieEndAngle(360);
    const QList<QColor> palette = ChartTheme::palette();
    for (int i = 0; i < slices.size(); ++i) {
        const PieSlice &s = slices[i];
        const QString percent = QLocale().toString(100.0 * s.value / total, 'f', 1);
        QString label = FigureText::tr("%1: %2%").arg(s.label, percent);
        if (!s.detail.isEmpty())
            label += u"<br>"_s + s.detail;
        QPieSlice *slice = series->append(label, s.value);
        slice->setColor(palette.at(i % palette.size()));
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(1);
        slice->setLabelVisible(false); // PieLabels draws it
    }
    chart->addSeries(series);
    auto labels = std::make_shared<PieLabels>(chart.get(), series);
    QObject::connect(chart.get(), &QChart::plotAreaChanged, chart.get(), [labels] { labels->layout(); });
    return chart;
}

int nbsRegionIndex(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(u" region"_s);
    n.remove(u"地区"_s);
    n.remove(u"区域"_s);
    static const QList<QStringList> names{
        {u"eastern"_s, u"east"_s, u"东部"_s},
        {u"central"_s, u"middle"_s, u"中部"_s},
        {u"western"_s, u"west"_s, u"西部"_s},
        {u"northeast"_s, u"northeastern"_s, u"north-east"_s, u"north east"_s, u"东北"_s},
    };
    for (int i = 0; i < names.size(); ++i)
        if (names[i].contains(n))
            return i;
    return -1;
}

QString nbsRegionName(int index)
{
    switch (index) {
    case 0: return FigureText::tr("Eastern");
    case 1: return FigureText::tr("Central");
    case 2: return FigureText::tr("Western");
    case 3: return FigureText::tr("Northeast");
    default: return {};
    }
}

} // namespace CityAtlas::FigureBuilders
