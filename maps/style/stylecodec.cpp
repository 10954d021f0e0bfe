#include "maps/style/stylecodec.h"

#include "maps/style/colorramp.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace CityAtlas::StyleCodec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CityAtlas::StyleCodec", text);
}

} // namespace

QJsonObject toJson(const ChoroplethSpec &spec)
{
    QJsonObject json{
        {u"field"_s, spec.field},
        {u"method"_s, methodKey(spec.method)},
        {u"classes"_s, spec.classCount},
        {u"ramp"_s, spec.ramp},
        {u"reversed"_s, spec.reversed},
    };
    if (spec.method == ClassificationMethod::Manual) {
        QJsonArray breaks;
        for (const double b : spec.breaks)
            breaks.append(b);
        json.insert(u"breaks"_s, breaks);
    }
    return json;
}

std::optional<ChoroplethSpec> fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ChoroplethSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ChoroplethSpec spec;
    const QJsonValue field = json.value(u"field"_s);
    if (!field.isString() || field.toString().isEmpty())
        return fail(tr("style: 'field' must be the name of a field"));
    spec.field = field.toString();

    const QString method = json.value(u"method"_s).toString();
    if (!methodFromKey(method, &spec.method))
        return fail(tr("style: 'method' is '%1'; expected one of equal, quantile, jenks, stddev, manual, unique").arg(method));

    const QJsonValue classes = json.value(u"classes"_s);
    const double count = classes.toDouble(-1.0);
    constexpr int MaxClasses = ChoroplethSpec::MaxClasses;
    if (!classes.isUndefined() && (!classes.isDouble() || count != double(int(count)) || count < 1 || count > MaxClasses))
        return fail(tr("style: 'classes' must be a whole number from 1 to %1").arg(MaxClasses));
    if (!classes.isUndefined())
        spec.classCount = int(count);

    const QJsonValue ramp = json.value(u"ramp"_s);
    if (!ramp.isUndefined()) {
        if (!ColorRamp::exists(ramp.toString()))
            return fail(tr("style: 'ramp' is '%1'; expected one of %2").arg(ramp.toString(), ColorRamp::names().join(u", "_s)));
        spec.ramp = ColorRamp::byName(ramp.toString()).name();
    }

    const QJsonValue reversed = json.value(u"reversed"_s);
    if (!reversed.isUndefined() && !reversed.isBool())
        return fail(tr("style: 'reversed' must be true or false"));
    spec.reversed = reversed.toBool(false);

    if (spec.method == ClassificationMethod::Manual) {
        const QJsonValue breaks = json.value(u"breaks"_s);
        if (!breaks.isArray())
            return fail(tr("style: manual classes need 'breaks', an array of numbers"));
        const QJsonArray array = breaks.toArray();
        if (array.size() >= MaxClasses)
            return fail(tr("style: 'breaks' holds %1 values; at most %2 (%3 classes)").arg(array.size()).arg(MaxClasses - 1).arg(MaxClasses));
        for (int i = 0; i < array.size(); ++i) {
            if (!array[i].isDouble())
                return fail(tr("style: 'breaks' entry %1 is not a number").arg(i + 1));
            spec.breaks << array[i].toDouble();
        }
    }
    return spec;
}

} // namespace CityAtlas::StyleCodec
