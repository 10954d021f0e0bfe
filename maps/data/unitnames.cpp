#include "maps/data/unitnames.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace CityAtlas {

bool chineseInterface()
{
    return QLocale().language() == QLocale::Chinese;
}

QString unitNameField(const FeatureTable &table)
{
    const QStringList candidates = chineseInterface() ? QStringList{u"name_zh"_s, u"name"_s, u"NAME"_s, u"name_en"_s}
                                                      : QStringList{u"name_en"_s, u"name"_s, u"NAME"_s, u"name_zh"_s};
    for (const QString &c : candidates)
        if (table.fieldIndex(c) >= 0)
            return c;
    for (const Field &f : table.fields())
        if (f.type == FieldType::String)
            return f.name;
    return {};
}

int displayColumn(const FeatureTable &table, int column)
{
    if (column < 0 || column >= table.fieldCount())
        return column;
    QString base = table.field(column).name;
    for (const QString &suffix : {u"_zh"_s, u"_en"_s})
        if (base.endsWith(suffix, Qt::CaseInsensitive))
            base.chop(suffix.size());
    const QStringList twins = chineseInterface() ? QStringList{base + u"_zh"_s}
                                                 : QStringList{base + u"_en"_s, base};
    for (const QString &twin : twins)
        if (const int c = table.fieldIndex(twin); c >= 0 && table.field(c).type == FieldType::String)
            return c;
    return column;
}

QString displayValue(const FeatureTable &table, int row, int column)
{
    const QString own = table.value(row, column).toString();
    const int twin = displayColumn(table, column);
    if (twin == column)
        return own;
    const QString shown = table.value(row, twin).toString().trimmed();
    return shown.isEmpty() ? own : shown;
}

} // namespace CityAtlas
