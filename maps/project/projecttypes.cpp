#include "maps/project/projecttypes.h"

using namespace Qt::StringLiterals;

namespace CityAtlas {

QString reviewStatusKey(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::None:
        return u"none"_s;
    case ReviewStatus::Preparing:
        return u"preparing"_s;
    case ReviewStatus::Approved:
        return u"approved"_s;
    }
    return {};
}

std::optional<ReviewStatus> parseReviewStatus(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"none"_s || t == u"无"_s || t == u"未编制"_s)
        return ReviewStatus::None;
    if (t == u"preparing"_s || t == u"in preparation"_s || t == u"编制中"_s)
        return ReviewStatus::Preparing;
    if (t == u"approved"_s || t == u"已批复"_s || t == u"已批准"_s)
        return ReviewStatus::Approved;
    return std::nullopt;
}

QString sourceStatusKey(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Ok:
        return u"ok"_s;
    case SourceStatus::Unverified:
        return u"unverified"_s;
    case SourceStatus::Changed:
        return u"changed"_s;
    case SourceStatus::Missing:
        return u"missing"_s;
    case SourceStatus::NotAFile:
        return u"not-a-file"_s;
    case SourceStatus::Unreadable:
        return u"unreadable"_s;
    case SourceStatus::Blocked:
        return u"blocked"_s;
    case SourceStatus::Remote:
        return u"remote"_s;
    }
    return {};
}

} // namespace CityAtlas
