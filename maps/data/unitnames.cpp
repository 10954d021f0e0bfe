#include "maps/data/unitnames.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace CityAtlas {

QString unitNameField(const FeatureTable &table)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QStringList candidates = chinese ? QStringList{u"name_zh"_s, u"name"_s, u"NAME"_s, u"name_en"_s}
                                           : QStringList{u"name_en"_s, u"name"_s, u"NAME"_s, u"name_zh"_s};
    for (const QString &c : candidates)
        if (table.fieldIndex(c) >= 0)
            return c;
    for (const Field &f : table.fields())
        if (f.type == FieldType::String)
            return f.name;
    return {};
}

} // namespace CityAtlas
