#include "widgets/identifypanel.h"

#include "maps/data/bundleddata.h"
#include "maps/data/numberformat.h"
#include "maps/data/unitnames.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CityAtlas {

IdentifyPanel::IdentifyPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Click a unit on the map."), this))
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
}

void IdentifyPanel::showFeature(int row)
{
    if (!m_layer || row < 0 || row >= m_layer->rowCount())
        return;
    const int nameColumn = m_layer->fieldIndex(unitNameField(*m_layer));
    m_title->setText(tr("<b>%1</b> (feature %2)")
                         .arg(nameColumn >= 0 ? m_layer->value(row, nameColumn).toString().toHtmlEscaped() : QString())
                         .arg(row + 1));
    m_table->setRowCount(0);
    const QLocale locale;
    auto add = [this](const QString &field, const QString &value, const QString &toolTip = {}) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(field));
        auto *item = new QTableWidgetItem(value);
        item->setToolTip(toolTip);
        m_table->setItem(r, 1, item);
    };
    for (int c = 0; c < m_layer->fieldCount(); ++c) {
        const Field &f = m_layer->field(c);
        const QVariant v = m_layer->value(row, c);
        const QString caption = BundledData::fieldCaption(f.name);
        const QString name = caption == f.name ? f.name : tr("%1 (%2)").arg(caption, f.name);
        if (v.isNull())
            add(name, tr("no data"));
        else if (f.isNumeric()) // as in the attribute table; a rounded number's full value in the tooltip
            add(name, NumberFormat::forColumn(*m_layer, c).text(v.toDouble(), locale),
                f.type == FieldType::Real ? NumberFormat::fullPrecision(v.toDouble()) : QString());
        else
            add(name, v.toString());
    }
    if (m_layer->hasGeometry()) {
        const FeatureGeometry &g = m_layer->geometry(row);
        add(tr("Area on the map (km²)"), locale.toString(g.areaKm2, 'f', 1));
        add(tr("Centroid (lon, lat)"), tr("%1, %2").arg(locale.toString(g.centroidLonLat.x(), 'f', 4),
                                                       locale.toString(g.centroidLonLat.y(), 'f', 4)));
    }
    m_table->resizeColumnToContents(0);
}

} // namespace CityAtlas
