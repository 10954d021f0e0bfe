#include "widgets/charts/provincecolumns.h"

#include "widgets/charts/charttheme.h"
#include "widgets/charts/figure.h"
#include "widgets/charts/figurepie.h"
#include "widgets/charts/labelfit.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

using namespace Qt::StringLiterals;

namespace CityAtlas {

std::unique_ptr<QChart> provinceColumnsByRegion(ProvinceColumnsSpec spec)
{
    using FigureBuilders::nbsRegionName;
    // The largest on the left.
    std::stable_sort(spec.provinces.begin(), spec.provinces.end(),
                     [](const ProvinceColumn &a, const ProvinceColumn &b) { return a.value > b.value; });
    const QLocale locale;
    std::array<QBarSet *, 4> sets{};
    auto *series = new QStackedBarSeries;
    for (int g = 0; g < 4; ++g) {
        sets[size_t(g)] = new QBarSet(FigureText::tr("%1: %2").arg(nbsRegionName(g), locale.toString(spec.regionValues[size_t(g)], 'f', spec.decimals)));
        const QColor colour = ChartTheme::palette().at(g);
        sets[size_t(g)]->setColor(colour);
        sets[size_t(g)]->setBorderColor(colour);
        series->append(sets[size_t(g)]);
    }
    QStringList categories;
    double maximum = 0;
    for (const ProvinceColumn &p : std::as_const(spec.provinces)) {
        for (int g = 0; g < 4; ++g)
            *sets[size_t(g)] << (g == p.region ? p.value : 0.0);
        categories << p.name;
        maximum = std::max(maximum, p.value);
    }
    series->setBarWidth(0.75);
    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(chart.get());
    chart->setTitle(spec.title);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);

    // 31 names side by side: upright, each whole (never elided).
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setGridLineVisible(false);
    x->setLabelsAngle(-90);
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    y->setRange(0, maximum > 0 ? maximum * 1.05 : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(spec.decimals > 0 ? u"%.2f"_s : u"%.0f"_s);
    y->setTitleText(spec.axisTitle);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)})
        ChartTheme::styleAxis(axis);
    // The names in the largest type (8 pt down to the stated minimum) whose line fits a column.
    const QFont base = x->labelsFont();
    const qsizetype columns = categories.size();
    QObject::connect(chart.get(), &QChart::plotAreaChanged, x, [chart = chart.get(), x, base, columns](const QRectF &area) {
        if (area.isEmpty())
            return;
        const double room = area.width() / double(columns) - 2.0;
        const LabelFit::Size size = LabelFit::largest(8.0, LabelFit::MinimumPointSize, [&](double pointSize) {
            QFont font = base;
            font.setPointSizeF(pointSize);
            return QFontMetricsF(font).height() <= room;
        });
        LabelFit::record(chart, FigureText::tr("the province names"), size);
        QFont font = base;
        font.setPointSizeF(size.pointSize);
        if (x->labelsFont() != font)
            x->setLabelsFont(font);
    });
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    return chart;
}

} // namespace CityAtlas
