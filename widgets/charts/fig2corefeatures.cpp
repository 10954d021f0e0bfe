// Figure 2: the core features of a smart city, a concept diagram without data: six features
// around the centre, each joined to it, and neighbours joined by a light ring.
#include "widgets/charts/charttheme.h"
#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figurediagram.h"

#include <array>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace CityAtlas::FigureBuilders {
namespace {

// The paper's six features (section 2.2), clockwise from the upper left.
const std::array<const char *, 6> &features()
{
    static const std::array<const char *, 6> f{
        QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Comprehensive perception"),
        QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Ubiquitous connectivity"),
        QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Precise management"),
        QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Innovative applications"),
        QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Participatory governance"),
        QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Harmonious development"),
    };
    return f;
}

// The centre in the middle; the features on an ellipse, at 240°, 300°, 0°, 60°, 120° and
// 180° (screen angles: 0° to the right, clockwise), so that the upper and lower pairs sit
// apart and the left and right ones at the sides of a wide figure.
void layoutFeatures(QList<DiagramChart::Node> &nodes, const QRectF &plotArea)
{
    const QRectF area = plotArea.adjusted(3, 3, -3, -3); // room for the borders
    const QPointF c = area.center();
    const double nodeW = std::min(area.width() * 0.24, area.height() * 0.5);
    const double nodeH = std::min(area.height() * 0.22, nodeW * 0.62);
    const double centreW = std::min(area.width() * 0.23, area.height() * 0.48);
    const double centreH = std::min(area.height() * 0.3, centreW * 0.7);
    const double rx = (area.width() - nodeW) / 2;
    const double ry = (area.height() - nodeH) / 2 / std::sin(std::numbers::pi / 3);
    int k = 0;
    for (DiagramChart::Node &n : nodes) {
        if (n.level == 0) {
            n.rect = QRectF(c.x() - centreW / 2, c.y() - centreH / 2, centreW, centreH);
            continue;
        }
        const double angle = (240.0 + 60.0 * k++) * std::numbers::pi / 180.0;
        const QPointF p(c.x() + rx * std::cos(angle), c.y() + ry * std::sin(angle));
        n.rect = QRectF(p.x() - nodeW / 2, p.y() - nodeH / 2, nodeW, nodeH);
    }
}

} // namespace

FigureResult coreFeatures(const QString &dataPath)
{
    if (!dataPath.isEmpty())
        return FigureResult::failure(FigureText::tr("fig2 is a concept diagram and draws no data (%1)").arg(dataPath), dataPath);

    auto chart = std::make_unique<DiagramChart>(&layoutFeatures);
    ChartTheme::apply(chart.get());
    chart->legend()->hide();
    chart->setTitle(FigureText::tr("Core features of a smart city"));

    DiagramChart::Node centre;
    centre.id = u"centre"_s;
    centre.label = FigureText::tr("Smart city");
    centre.style = DiagramChart::NodeStyle::Centre;
    centre.shape = DiagramChart::Shape::Ellipse;
    centre.pointSize = 14.0;
    const int middle = chart->addNode(centre);

    QList<int> ring;
    for (int i = 0; i < int(features().size()); ++i) {
        DiagramChart::Node feature;
        feature.id = u"feature%1"_s.arg(i + 1);
        feature.label = QCoreApplication::translate("CityAtlas::FigureText", features()[i]);
        feature.level = 1;
        feature.parent = middle;
        feature.style = DiagramChart::NodeStyle::Feature;
        feature.shape = DiagramChart::Shape::Ellipse;
        feature.color = i;
        feature.pointSize = 11.0;
        ring << chart->addNode(feature);
    }
    for (int i = 0; i < ring.size(); ++i) {
        chart->addEdge({ring[i], ring[(i + 1) % ring.size()], false, false, true});
        chart->addEdge({middle, ring[i]});
    }

    FigureResult result;
    result.chart = std::move(chart);
    result.provenance = FigureProvenance::Concept;
    result.note = FigureText::tr("Concept after the paper's Figure 2 (no data)");
    return result;
}

} // namespace CityAtlas::FigureBuilders
