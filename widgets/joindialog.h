#pragma once

#include "maps/data/featuretable.h"
#include "maps/data/tablejoin.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace CityAtlas {

// Joins a table onto the current layer: pick the key on each side and how to match
// (GB/T 2260 codes or names), for a long table (one row per unit and year) the field to pivot
// by and the periods to keep, read the join report — matched, unmatched on each side,
// ambiguous, rows without a period — and only then apply.
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
    QComboBox *m_pivot;    // "none", then the table's fields
    QLineEdit *m_periods;  // comma-separated; empty: all
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
    JoinReport m_report;
};

} // namespace CityAtlas
