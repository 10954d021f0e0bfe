#include "widgets/methodcombo.h"

namespace CityAtlas {

MethodCombo::MethodCombo(QWidget *parent)
    : QComboBox(parent)
{
    for (const ClassificationMethod method :
         {ClassificationMethod::Quantile, ClassificationMethod::EqualInterval, ClassificationMethod::NaturalBreaks,
          ClassificationMethod::StdDev, ClassificationMethod::UniqueValues, ClassificationMethod::Manual})
        addItem(methodName(method), int(method));
}

QString MethodCombo::methodName(ClassificationMethod method)
{
    switch (method) {
    case ClassificationMethod::Quantile:
        return tr("Quantile");
    case ClassificationMethod::EqualInterval:
        return tr("Equal interval");
    case ClassificationMethod::NaturalBreaks:
        return tr("Natural breaks (Jenks)");
    case ClassificationMethod::StdDev:
        return tr("Standard deviation");
    case ClassificationMethod::UniqueValues:
        return tr("Unique values");
    case ClassificationMethod::Manual:
        return tr("Manual breaks");
    }
    return QString();
}

void MethodCombo::setCurrentMethod(ClassificationMethod method)
{
    setCurrentIndex(std::max(0, findData(int(method))));
}

} // namespace CityAtlas
