#pragma once

#include "analysis/classbreaks.h"

#include <QComboBox>

namespace CityAtlas {

// The classification methods by their translated names.
class MethodCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit MethodCombo(QWidget *parent = nullptr);
    static QString methodName(ClassificationMethod method);

    ClassificationMethod currentMethod() const { return ClassificationMethod(currentData().toInt()); }
    void setCurrentMethod(ClassificationMethod method);
};

} // namespace CityAtlas
