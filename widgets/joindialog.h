#pragma once

#include "maps/data/featuretable.h"
#include "maps/data/tablejoin.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace CityAtlas {

// Joins a table onto the current layer: pick the key on each side and how to match
// (GB/T 2260 codes or names), read the join report — matched, unmatched on each side,
// ambiguous — and only then apply.
class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    JoinDialog(std::shared_ptr<const FeatureTable> layer, std::shared_ptr<const FeatureTable> table,
               QWidget *parent = nullptr);

    JoinSpec spec() const;
    const JoinReport &report() const { return m_report; }
    QString reportText() const;

private:
    void updatePreview();

    std::shared_ptr<const FeatureTable> m_layer;
    std::shared_ptr<const FeatureTable> m_table;
    QComboBox *m_layerKey;
    QComboBox *m_tableKey;
    QComboBox *m_match;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
    JoinReport m_report;
};

} // namespace CityAtlas
