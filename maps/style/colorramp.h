#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace CityAtlas {

// A ColorBrewer colour scheme (Cynthia Brewer, colorbrewer2.org, Apache-2.0 licence).
// Each scheme keeps its largest ColorBrewer palette; sequential and diverging schemes
// are sampled evenly along it (interpolating in CIE L*a*b*) for other class counts, and
// qualitative schemes hand out their colours in order.
class ColorRamp
{
public:
    enum class Kind { Sequential, Diverging, Qualitative };

    static QStringList names();                     // all schemes, e.g. "YlOrRd", "RdBu", "Set2"
    static bool exists(const QString &name);
    static ColorRamp byName(const QString &name);   // unknown names give YlOrRd
    static QString defaultName() { return QStringLiteral("YlOrRd"); }

    const QString &name() const { return m_name; }
    Kind kind() const { return m_kind; }
    QList<QColor> colors(int count, bool reversed = false) const;

private:
    QString m_name;
    Kind m_kind = Kind::Sequential;
    QList<QColor> m_palette;
};

} // namespace CityAtlas
