#include "widgets/charts/profileradarchart.h"

#include "widgets/charts/charttheme.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPolarChart>
#include <QtCharts/QValueAxis>

namespace CityAtlas {
namespace {

QLineSeries *closedLine(const QString &name, const QList<double> &values)
{
    auto *line = new QLineSeries;
    line->setName(name);
    for (qsizetype k = 0; k < values.size(); ++k)
        line->append(double(k), values[k]);
    if (!values.isEmpty())
        line->append(double(values.size()), values.first());
    return line;
}

} // namespace

ProfileRadarChart::ProfileRadarChart(QWidget *parent)
    : ThemedChartView(parent)
{
    QChart *cartesian = chart();
    setChart(new QPolarChart); // the view releases, but does not delete, its previous chart
    delete cartesian;
    ChartTheme::apply(chart());
}

void ProfileRadarChart::clear(const QString &title)
{
    resetChart(title);
    m_profileCount = 0;
}

void ProfileRadarChart::setProfiles(const QStringList &axes, const QList<UnitProfile> &profiles, const QList<double> &reference,
                                    double minimum, double maximum, const QString &title)
{
    auto *c = static_cast<QPolarChart *>(resetChart(title));
    m_profileCount = int(profiles.size());
    if (!reference.isEmpty()) {
        QLineSeries *mean = closedLine(tr("Mean of all units"), reference);
        mean->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5, Qt::DashLine));
        c->addSeries(mean);
    }
    const QList<QColor> palette = ChartTheme::palette();
    for (qsizetype p = 0; p < profiles.size(); ++p) {
        QLineSeries *line = closedLine(profiles[p].name, profiles[p].values);
        line->setPen(QPen(palette[p % palette.size()], 2.0));
        line->setPointsVisible(true);
        c->addSeries(line);
    }

    auto *angular = new QCategoryAxis;
    angular->setRange(0, double(axes.size()));
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype k = 0; k < axes.size(); ++k)
        angular->append(axes[k], double(k));
    auto *radial = new QValueAxis;
    radial->setRange(minimum, maximum);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%.2f"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(angular), static_cast<QAbstractAxis *>(radial)})
        ChartTheme::styleAxis(axis);
    angular->setLabelsFont(ChartTheme::sourceLineFont());
    c->addAxis(angular, QPolarChart::PolarOrientationAngular);
    c->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
}

} // namespace CityAtlas
