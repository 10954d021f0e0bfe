#pragma once

#include "maps/data/featuretable.h"

#include <QMenu>

#include <memory>

class QActionGroup;

namespace CityAtlas {

// View > Labels: label the current layer's units with their Chinese or English names, with
// another text field of the layer, or not at all. The choice is kept in the settings
// ("map/labels": none, zh, en or field:NAME) and applies to every layer that has such a field.
class LabelsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LabelsMenu(QWidget *parent = nullptr);

    void setLayer(std::shared_ptr<const FeatureTable> layer);
    QString choice() const { return m_choice; }
    void choose(const QString &choice); // remembers it and emits labelFieldChanged
    QString labelField() const;         // for the current layer; empty: no labels

    // The field a choice names in table: Chinese names name_zh (else name, NAME), English
    // names name_en (else pinyin); empty when the table has none.
    static QString fieldFor(const FeatureTable &table, const QString &choice);

signals:
    void labelFieldChanged(const QString &field);

private:
    void rebuild();

    std::shared_ptr<const FeatureTable> m_layer;
    QString m_choice;
    QActionGroup *m_group;
};

} // namespace CityAtlas
