#pragma once

#include "maps/data/evaluationrun.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace CityAtlas {

// The inputs of an evaluation as a form: indicator system, level, indicator table, weights,
// normalisation, aggregation and the Monte Carlo draws. Files are chosen through "… file"
// entries of the combo boxes.
class EvaluationInputs : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationInputs(QWidget *parent = nullptr);

    // gbt33356, giffinger, sample, a JSON file, or empty for the table's numeric columns.
    QString systemSpec() const;
    void setSystem(const QString &nameOrPath);
    // PATH[:LAYER]; the bundled sample table by default.
    QString tablePath() const;
    void setIndicatorTable(const QString &path);
    bool firstLevel() const;
    // The methods, or empty with *error saying which choices do not go together.
    std::optional<EvaluationSettings> settings(QString *error) const;
    QString weightingLabel() const;
    QString normalisationLabel() const;

signals:
    // The system, the level or the table changed: the validation report is out of date.
    void dataChanged();

private:
    void chooseFile(QComboBox *combo, const QString &caption, const QString &filter);
    void chooseWeightsFile();
    void updateMonteCarlo();

    QComboBox *m_system;
    QComboBox *m_level;
    QComboBox *m_table;
    QComboBox *m_weights;
    QComboBox *m_normalisation;
    QComboBox *m_aggregation;
    QSpinBox *m_draws;
    QSpinBox *m_seed;
    QComboBox *m_perturbation;
    QDoubleSpinBox *m_spread;
    QCheckBox *m_varyMethods;
    QString m_weightsFile;
};

} // namespace CityAtlas
