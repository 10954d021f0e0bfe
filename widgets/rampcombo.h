#pragma once

#include <QComboBox>

namespace CityAtlas {

// The ColorBrewer schemes (ColorRamp::names()), each with a strip of its colours.
class RampCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit RampCombo(QWidget *parent = nullptr);
    QString currentRamp() const { return currentText(); }
    void setCurrentRamp(const QString &name);
};

} // namespace CityAtlas
