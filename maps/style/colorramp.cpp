#include "maps/style/colorramp.h"

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

struct Scheme
{
    const char *name;
    ColorRamp::Kind kind;
    std::initializer_list<const char *> colors;
};

// ColorBrewer 2.0 palettes at their largest class count.
const std::array<Scheme, 17> &schemes()
{
    using K = ColorRamp::Kind;
    static const std::array<Scheme, 17> all{{
        {"YlOrRd", K::Sequential, {"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"}},
        {"OrRd", K::Sequential, {"#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000"}},
        {"YlGnBu", K::Sequential, {"#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"}},
        {"Blues", K::Sequential, {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"}},
        {"Greens", K::Sequential, {"#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"}},
        {"Reds", K::Sequential, {"#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d"}},
        {"Purples", K::Sequential, {"#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"}},
        {"RdBu", K::Diverging, {"#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"}},
        {"RdYlBu", K::Diverging, {"#a50026", "#d73027", "#f46d43", "#fdae61", "#fee090", "#ffffbf", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4", "#313695"}},
        {"Spectral", K::Diverging, {"#9e0142", "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#e6f598", "#abdda4", "#66c2a5", "#3288bd", "#5e4fa2"}},
        {"BrBG", K::Diverging, {"#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e", "#003c30"}},
        {"Set1", K::Qualitative, {"#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf", "#999999"}},
        {"Set2", K::Qualitative, {"#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"}},
        {"Dark2", K::Qualitative, {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"}},
        {"Paired", K::Qualitative, {"#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928"}},
        {"Pastel1", K::Qualitative, {"#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec", "#f2f2f2"}},
        {"Accent", K::Qualitative, {"#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17", "#666666"}},
    }};
    return all;
}

// sRGB <-> CIE L*a*b* (D65), for perceptually even interpolation.
struct Lab { double l, a, b; };

double toLinear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double fromLinear(double c) { return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055; }
double labF(double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; }
double labFInv(double t) { return t * t * t > 216.0 / 24389.0 ? t * t * t : (116.0 * t - 16.0) / (24389.0 / 27.0); }
constexpr double Xn = 0.95047, Yn = 1.0, Zn = 1.08883;

Lab toLab(const QColor &c)
{
    const double r = toLinear(c.redF()), g = toLinear(c.greenF()), b = toLinear(c.blueF());
    const double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
    const double fx = labF(x / Xn), fy = labF(y / Yn), fz = labF(z / Zn);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

QColor fromLab(const Lab &lab)
{
    const double fy = (lab.l + 16.0) / 116.0, fx = fy + lab.a / 500.0, fz = fy - lab.b / 200.0;
    const double x = Xn * labFInv(fx), y = Yn * labFInv(fy), z = Zn * labFInv(fz);
    const double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
    const double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
    const double b = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
    auto channel = [](double v) { return std::clamp(fromLinear(std::clamp(v, 0.0, 1.0)), 0.0, 1.0); };
    return QColor::fromRgbF(float(channel(r)), float(channel(g)), float(channel(b)));
}

QColor sample(const QList<QColor> &palette, double t)
{
    const double pos = t * double(palette.size() - 1);
    const int i = std::clamp(int(std::floor(pos)), 0, int(palette.size()) - 2);
    const double f = pos - i;
    if (f < 1e-9)
        return palette[i];
    if (f > 1.0 - 1e-9)
        return palette[i + 1];
    const Lab a = toLab(palette[i]), b = toLab(palette[i + 1]);
    return fromLab({a.l + f * (b.l - a.l), a.a + f * (b.a - a.a), a.b + f * (b.b - a.b)});
}

} // namespace

QStringList ColorRamp::names()
{
    QStringList list;
    for (const Scheme &s : schemes())
        list << QString::fromLatin1(s.name);
    return list;
}

bool ColorRamp::exists(const QString &name)
{
    return names().contains(name, Qt::CaseInsensitive);
}

ColorRamp ColorRamp::byName(const QString &name)
{
    const auto &all = schemes();
    auto it = std::find_if(all.begin(), all.end(), [&](const Scheme &s) {
        return name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0;
    });
    const Scheme &scheme = it != all.end() ? *it : all.front();
    ColorRamp ramp;
    ramp.m_name = QString::fromLatin1(scheme.name);
    ramp.m_kind = scheme.kind;
    for (const char *hex : scheme.colors)
        ramp.m_palette << QColor(QLatin1String(hex));
    return ramp;
}

QList<QColor> ColorRamp::colors(int count, bool reversed) const
{
    QList<QColor> out;
    if (count <= 0)
        return out;
    if (m_kind == Kind::Qualitative) {
        for (int i = 0; i < count; ++i)
            out << m_palette[i % m_palette.size()];
    } else if (count == 1) {
        out << sample(m_palette, 0.5);
    } else {
        for (int i = 0; i < count; ++i)
            out << sample(m_palette, double(i) / double(count - 1));
    }
    if (reversed)
        std::reverse(out.begin(), out.end());
    return out;
}

} // namespace CityAtlas
