#include "maps/style/styleissue.h"

#include <QCoreApplication>
#include <QObject>

using namespace Qt::StringLiterals;

namespace CityAtlas {

// Messages of this file are translated in the context of StyleIssue.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::StyleIssue)
};
} // namespace

Issue styleIssue(Issue::Severity severity, const FeatureTable &table, const QString &field, const QString &message)
{
    Issue issue;
    issue.severity = severity;
    issue.file = table.sourcePath();
    issue.layer = table.name();
    issue.field = field;
    issue.message = message;
    return issue;
}

Issue missingFieldIssue(const FeatureTable &table, const QString &field)
{
    return styleIssue(Issue::Severity::Error, table, field,
                      Tr::tr("%1: no field '%2' (fields: %3)")
                          .arg(table.sourcePath(), field, table.fieldNames().join(u", "_s)));
}

Issue noDataIssue(const FeatureTable &table, const QString &field, int missing)
{
    return styleIssue(Issue::Severity::Warning, table, field,
                      Tr::tr("%1: field '%2' has no value for %3 of %4 features; they are drawn as 'no data'")
                          .arg(table.sourcePath(), field)
                          .arg(missing)
                          .arg(table.rowCount()));
}

} // namespace CityAtlas
