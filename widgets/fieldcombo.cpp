#include "widgets/fieldcombo.h"

#include "maps/data/bundleddata.h"

#include <QAbstractItemView>

namespace CityAtlas {

FieldCombo::FieldCombo(Kind kind, bool allowNone, QWidget *parent)
    : QComboBox(parent), m_kind(kind), m_allowNone(allowNone)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
}

void FieldCombo::setTable(const FeatureTable &table, const QString &preferred)
{
    const QString keep = preferred.isEmpty() ? currentField() : preferred;
    const QSignalBlocker blocker(this);
    clear();
    if (m_allowNone)
        addItem(tr("(none)"), QString());
    for (const Field &f : table.fields()) {
        const bool numeric = f.isNumeric(), text = f.type == FieldType::String;
        const bool wanted = m_kind == Kind::Numeric ? numeric : m_kind == Kind::Text ? text : numeric || text;
        if (!wanted)
            continue;
        const QString caption = BundledData::fieldCaption(f.name);
        addItem(caption == f.name ? f.name : tr("%1 (%2)").arg(caption, f.name), f.name);
    }
    const int index = findData(keep);
    setCurrentIndex(index >= 0 ? index : 0);
    // The list opens as wide as its longest caption, however narrow the box itself is laid out.
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 2 * view()->frameWidth() + 24);
}

} // namespace CityAtlas
