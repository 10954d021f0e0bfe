#include "widgets/charts/figurepie.h"

#include "maps/render/maprenderer.h"
#include "widgets/charts/charttheme.h"

#include <QLocale>
#include <QtCharts/QLegend>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {

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
        slice->setLabelVisible(true);
        slice->setLabelFont(mapFont(8));
        slice->setLabelColor(QColor(0x20, 0x20, 0x20));
        slice->setLabelArmLengthFactor(0.12);
    }
    chart->addSeries(series);
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
