#pragma once

#include "maps/data/featuretable.h"
#include "maps/style/choropleth.h"
#include "maps/style/fieldhistogram.h"
#include "maps/style/layerstyle.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace CityAtlas {

class FeatureSelection;
class HistogramChart;
class StylePickers;

// Layer > Style…: the field, the classification (the computed methods, unique values,
// manual breaks), the number of classes and the colours, with a live histogram of the field
// showing the class breaks and a legend with the units per class. Manual breaks are typed
// (comma-separated) or dragged on the histogram. The histogram's bins select units in the
// shared selection; their number follows a stated rule (Freedman–Diaconis) or the count
// chosen in the dialog. Apply and OK emit applied(); the dialog never changes the layer itself.
class StyleDialog : public QDialog
{
    Q_OBJECT

public:
    StyleDialog(std::shared_ptr<const FeatureTable> layer, FeatureSelection *selection, const ChoroplethSpec &spec,
                QWidget *parent = nullptr);

    ChoroplethSpec spec() const;
    void setSpec(const ChoroplethSpec &spec);
    const StyleResult &styleResult() const { return m_result; }
    QString problem() const; // the message shown under the controls, empty when none

    HistogramChart *histogram() const { return m_histogram; }
    QTreeWidget *legend() const { return m_legend; }
    QLineEdit *breaksEdit() const { return m_breaks; }
    QSpinBox *binsBox() const { return m_bins; } // the histogram's bin count; 0: automatic

    void accept() override;

signals:
    void applied(const CityAtlas::ChoroplethSpec &spec);

private:
    void update();
    void showLegend();
    void showHistogram(const QList<double> &breaks);
    void moveBreak(int index, double value);
    void pickersChanged();

    std::shared_ptr<const FeatureTable> m_layer;
    StylePickers *m_pickers;
    QLineEdit *m_breaks;
    QSpinBox *m_bins;
    QLabel *m_message;
    HistogramChart *m_histogram;
    QTreeWidget *m_legend;
    QDialogButtonBox *m_buttons;

    StyleResult m_result;
    QList<double> m_lastBreaks;      // inner bounds of the last valid numeric classes
    FieldHistogram m_values;         // histogram of m_valuesField's numbers
    QString m_valuesField;
    int m_valuesBins = 0;            // the bin count m_values was made with (0: automatic)
    ClassificationMethod m_method = ClassificationMethod::Quantile; // the method last shown
    bool m_updating = false;
};

} // namespace CityAtlas
