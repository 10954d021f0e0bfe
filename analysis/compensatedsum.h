#pragma once

#include <cmath>

namespace CityAtlas {

// Neumaier's compensated summation: shares, logs and totals of many units (provinces,
// counties) are summed without the rounding drift of a plain loop, so decomposition
// identities hold to ~1e-15.
class CompensatedSum
{
public:
    void add(double v)
    {
        const double t = m_sum + v;
        if (std::abs(m_sum) >= std::abs(v))
            m_compensation += (m_sum - t) + v;
        else
            m_compensation += (v - t) + m_sum;
        m_sum = t;
    }
    double value() const { return m_sum + m_compensation; }

private:
    double m_sum = 0.0;
    double m_compensation = 0.0;
};

} // namespace CityAtlas
