#pragma once

#include <QString>

class QCoreApplication;

namespace CityAtlas {

// Installs CityAtlas's and Qt's translators for a language ("en", "zh_CN"); empty means
// the system locale. Also sets the default QLocale so numbers follow the language.
void installTranslators(QCoreApplication &app, const QString &language);

} // namespace CityAtlas
