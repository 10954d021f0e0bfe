#include "maps/data/adminkeys.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CityAtlas::AdminKeys {

QString normalizeCode(const QString &text)
{
    QString t = text.trimmed();
    static const QRegularExpression trailingZeroDecimals(u"\\.0+$"_s);
    t.remove(trailingZeroDecimals);
    for (const QChar c : t)
        if (!c.isDigit())
            return {};
    switch (t.size()) {
    case 2:
        return t + u"0000"_s;
    case 4:
        return t + u"00"_s;
    case 6:
        return t;
    default:
        return {};
    }
}

bool looksLikeCode(const QString &text)
{
    return !normalizeCode(text).isEmpty();
}

namespace {

bool isHan(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

QString normalizeChinese(QString name)
{
    // Longest suffixes first. The ethnic part of autonomous units is dropped as a whole
    // (延边朝鲜族自治州 → 延边, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施).
    static const QRegularExpression autonomous(u"^(.{2,}?)(?:[\\x{4E00}-\\x{9FFF}]{1,4}族|维吾尔)*自治(?:区|州|县|旗)$"_s);
    static const QRegularExpression special(u"特别行政区$"_s);
    static const QRegularExpression plain(u"(?:省|市|地区|盟|林区|新区|区|县)$"_s);
    name.remove(special);
    if (const auto m = autonomous.match(name); m.hasMatch())
        return m.captured(1);
    if (name.size() > 2)
        name.remove(plain);
    return name;
}

QString normalizeLatin(QString name)
{
    name = name.toLower();
    name.replace(u'\'', QString()).replace(u'’', QString()).replace(u'-', u' ');
    static const QRegularExpression suffix(
        u"\\b(province|municipality|city|special administrative region|sar|autonomous region|prefecture|league|shi|sheng|zizhiqu)\\b"_s);
    name.remove(suffix);
    static const QRegularExpression spaces(u"\\s+"_s);
    name = name.replace(spaces, u" "_s).trimmed();
    // English exonyms and their pinyin meet on one spelling.
    static const QHash<QString, QString> aliases = {
        {u"inner mongolia"_s, u"nei menggu"_s}, {u"nei mongol"_s, u"nei menggu"_s},
        {u"neimenggu"_s, u"nei menggu"_s},     {u"tibet"_s, u"xizang"_s},
        {u"tibet (xizang)"_s, u"xizang"_s},     {u"hong kong"_s, u"xianggang"_s},
        {u"hongkong"_s, u"xianggang"_s},        {u"macao"_s, u"aomen"_s},
        {u"macau"_s, u"aomen"_s},               {u"shaanxi"_s, u"shaanxi"_s},
        {u"canton"_s, u"guangdong"_s},
    };
    return aliases.value(name, name);
}

} // namespace

QString normalizeName(const QString &text)
{
    QString name = text.trimmed();
    if (name.isEmpty())
        return {};
    return isHan(name) ? normalizeChinese(name.remove(u' ')) : normalizeLatin(name);
}

} // namespace CityAtlas::AdminKeys
