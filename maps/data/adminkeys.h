#pragma once

#include <QString>

namespace CityAtlas {

// Normalised join keys for China's administrative units.
namespace AdminKeys {

// A GB/T 2260 code as 6 digits: "11" → "110000", "4401" → "440100", "110000.0" → "110000".
// Empty when the text is not a 2-, 4- or 6-digit code.
QString normalizeCode(const QString &text);

// True when the text looks like an admin code rather than a name.
bool looksLikeCode(const QString &text);

// A comparable form of a unit name: Chinese full and short forms meet
// (内蒙古自治区 / 内蒙古 → 内蒙古; 广州市 → 广州; 延边朝鲜族自治州 → 延边), English and pinyin
// forms meet (Inner Mongolia / Nei Menggu / Nei Mongol → nei menggu). Empty for empty input.
QString normalizeName(const QString &text);

} // namespace AdminKeys
} // namespace CityAtlas
