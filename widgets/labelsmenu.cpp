#include "widgets/labelsmenu.h"

#include <QActionGroup>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

const auto SettingsKey = u"map/labels"_s;
const auto FieldPrefix = u"field:"_s;

} // namespace

LabelsMenu::LabelsMenu(QWidget *parent)
    : QMenu(tr("&Labels"), parent)
    , m_choice(QSettings().value(SettingsKey, u"none"_s).toString())
    , m_group(new QActionGroup(this))
{
    connect(this, &QMenu::aboutToShow, this, &LabelsMenu::rebuild);
    rebuild();
}

QString LabelsMenu::fieldFor(const FeatureTable &table, const QString &choice)
{
    QStringList candidates;
    if (choice == u"zh"_s)
        candidates = {u"name_zh"_s, u"name"_s, u"NAME"_s};
    else if (choice == u"en"_s)
        candidates = {u"name_en"_s, u"pinyin"_s};
    else if (choice.startsWith(FieldPrefix))
        candidates = {choice.mid(FieldPrefix.size())};
    for (const QString &field : candidates)
        if (const int column = table.fieldIndex(field); column >= 0)
            return table.field(column).name;
    return {};
}

void LabelsMenu::setLayer(std::shared_ptr<const FeatureTable> layer)
{
    m_layer = std::move(layer);
    rebuild();
    emit labelFieldChanged(labelField());
}

QString LabelsMenu::labelField() const
{
    return m_layer ? fieldFor(*m_layer, m_choice) : QString();
}

void LabelsMenu::choose(const QString &choice)
{
    m_choice = choice;
    QSettings().setValue(SettingsKey, choice);
    rebuild();
    emit labelFieldChanged(labelField());
}

// The three fixed choices, then the text fields of the current layer.
void LabelsMenu::rebuild()
{
    clear(); // deletes the actions, which leave the group
    auto add = [this](const QString &text, const QString &choice, bool enabled) {
        QAction *action = addAction(text, this, [this, choice] { choose(choice); });
        action->setCheckable(true);
        action->setChecked(choice == m_choice);
        action->setEnabled(enabled);
        m_group->addAction(action);
    };
    add(tr("&No Labels"), u"none"_s, true);
    add(tr("&Chinese Names"), u"zh"_s, !m_layer || !fieldFor(*m_layer, u"zh"_s).isEmpty());
    add(tr("&English Names"), u"en"_s, !m_layer || !fieldFor(*m_layer, u"en"_s).isEmpty());
    if (!m_layer)
        return;
    addSection(tr("Field of %1").arg(m_layer->name()));
    for (const Field &field : m_layer->fields())
        if (field.type == FieldType::String)
            add(field.name, FieldPrefix + field.name, true);
}

} // namespace CityAtlas
