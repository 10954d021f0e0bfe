#pragma once

#include "widgets/charts/themedchartview.h"

#include <QList>
#include <QStringList>

namespace CityAtlas {

// One unit's profile: a value per axis (first-level sub-scores).
struct UnitProfile
{
    QString name;
    QList<double> values;
};

// A radar (polar) chart of the first-level profile of a few units, with the mean of all
// units as a dashed reference.
class ProfileRadarChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit ProfileRadarChart(QWidget *parent = nullptr);
    // axes: the dimension names; reference: the all-unit mean (may be empty); the radial axis
    // spans [minimum, maximum].
    void setProfiles(const QStringList &axes, const QList<UnitProfile> &profiles, const QList<double> &reference,
                     double minimum, double maximum, const QString &title);
    void clear(const QString &title);
    int profileCount() const { return m_profileCount; }

private:
    int m_profileCount = 0;
};

} // namespace CityAtlas
