#include "widgets/rampcombo.h"

#include "maps/style/colorramp.h"

#include <QPainter>

namespace CityAtlas {
namespace {

QIcon rampIcon(const QString &name)
{
    QPixmap pixmap(48, 12);
    QPainter painter(&pixmap);
    const QList<QColor> colors = ColorRamp::byName(name).colors(6);
    for (int i = 0; i < colors.size(); ++i)
        painter.fillRect(i * 8, 0, 8, 12, colors[i]);
    return QIcon(pixmap);
}

} // namespace

RampCombo::RampCombo(QWidget *parent)
    : QComboBox(parent)
{
    setIconSize(QSize(48, 12));
    for (const QString &name : ColorRamp::names())
        addItem(rampIcon(name), name);
}

void RampCombo::setCurrentRamp(const QString &name)
{
    setCurrentIndex(std::max(0, findText(name, Qt::MatchFixedString)));
}

} // namespace CityAtlas
