#include "app/clireport.h"

#include "app/clishared.h"
#include "maps/data/outputguard.h"
#include "maps/project/projectstore.h"
#include "widgets/report/reportcharts.h"
#include "widgets/report/reportrenderer.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

QStringList reportNames(const ProjectStore &store)
{
    QStringList names;
    for (const SavedReport &r : store.content().reports)
        names << r.name;
    return names;
}

} // namespace

int report(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.isEmpty() && !parser.isSet(u"template"_s)))
        return fail(CliText::tr("report: expected one project FILE.cityatlas (or --template default)"));
    if (parser.isSet(u"template"_s) && parser.value(u"template"_s) != u"default"_s)
        return fail(CliText::tr("report: unknown template '%1' (templates: default)").arg(parser.value(u"template"_s)));

    if (!files.isEmpty() && parser.isSet(u"out"_s))
        if (const QString problem = OutputGuard::check(parser.value(u"out"_s), files); !problem.isEmpty())
            return fail(problem);
    std::unique_ptr<ProjectStore> store;
    if (!files.isEmpty()) {
        ProjectStore::OpenResult opened = ProjectStore::open(files.first(), {parser.isSet(u"allow-remote"_s)});
        if (!opened.store)
            return fail(firstErrorOrIssue(opened.issues));
        printWarnings(opened.issues);
        store = std::move(opened.store);
    }
    if (parser.isSet(u"list"_s)) {
        if (!store)
            return fail(CliText::tr("report: --list needs a project FILE"));
        QTextStream out(stdout);
        for (const QString &name : reportNames(*store))
            out << name << "\n";
        return 0;
    }
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return fail(CliText::tr("report: --out REPORT.pdf|.html is required"));
    if (const QString problem = OutputGuard::check(out, store ? store->inputFiles() : QStringList()); !problem.isEmpty())
        return fail(problem);

    ReportDefinition definition = ReportDefinition::defaultTemplate();
    if (store && !parser.isSet(u"template"_s)) {
        const QStringList names = reportNames(*store);
        const QString name = parser.value(u"name"_s);
        const SavedReport *saved = nullptr;
        if (!name.isEmpty()) {
            saved = store->report(name);
            if (!saved)
                return fail(names.isEmpty()
                                ? CliText::tr("%1: no report named '%2': the project has no saved reports (without --name, "
                                              "the default template is written)").arg(store->path(), name)
                                : CliText::tr("%1: no report named '%2' (reports: %3)").arg(store->path(), name, names.join(u", "_s)));
        } else if (names.size() > 1) {
            return fail(CliText::tr("%1: the project has %2 reports; choose one with --name (reports: %3)")
                            .arg(store->path()).arg(names.size()).arg(names.join(u", "_s)));
        } else if (names.size() == 1) {
            saved = &store->content().reports.first();
        }
        if (saved) {
            IssueList issues;
            definition = ReportDefinition::fromJsonText(saved->definitionJson.toUtf8(), saved->name, &issues);
            if (hasErrors(issues))
                return fail(firstErrorOrIssue(issues));
            printWarnings(issues);
        }
    }

    IssueList layerWarnings;
    ReportRenderer::Input input = ReportRenderer::inputFor(definition, store.get(), &layerWarnings);
    printWarnings(layerWarnings);
    if (const QString refusal = ReportRenderer::workRefusal(input); !refusal.isEmpty())
        return fail(refusal);
    // QtCharts: the charts are drawn here, on the main thread; the rest could run anywhere.
    input.charts = ReportCharts::prepare(definition, input.projectPath, !input.project.reviews.isEmpty());
    ReportRenderer renderer(std::move(input));
    const IssueList issues = renderer.prepare();
    if (hasErrors(issues))
        return fail(firstErrorOrIssue(issues));
    printWarnings(issues);
    if (const QString error = renderer.write(out); !error.isEmpty())
        return fail(error);
    QTextStream(stdout) << out << Qt::endl;
    return 0;
}

} // namespace CityAtlas::Cli
