#include "app/clifigure.h"

#include "app/clishared.h"
#include "maps/data/outputguard.h"
#include "maps/render/mapexporter.h"
#include "widgets/charts/figure.h"
#include "widgets/charts/figureexporter.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CityAtlas::Cli {
namespace {

int listFigures()
{
    QTextStream out(stdout);
    for (const Figure &figure : Figure::all()) {
        out << padRight(figure.name, 12) << figure.title();
        if (figure.input == FigureInput::Required)
            out << "  " << CliText::tr("[needs --data: %1]").arg(figure.dataDescription());
        out << "\n";
    }
    return 0;
}

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

int figure(const QCommandLineParser &parser)
{
    if (parser.isSet(u"list"_s))
        return listFigures();

    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return fail(CliText::tr("figure: expected one figure NAME (see 'cityatlas-cli figure --list')"));
    const Figure *figure = Figure::find(names.first());
    if (!figure)
        return fail(CliText::tr("figure: unknown figure '%1' (figures: %2)").arg(names.first(), Figure::names().join(u", "_s)));
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return fail(CliText::tr("figure: --out FILE.png|.svg|.pdf is required"));
    if (const QString problem = OutputGuard::check(out, {parser.value(u"data"_s)}); !problem.isEmpty())
        return fail(problem);
    auto option = [&parser](const QString &name, int fallback) {
        return parser.isSet(name) ? positiveInt(parser.value(name)) : std::optional<int>(fallback);
    };
    const auto width = option(u"width"_s, figure->defaultSize.width());
    const auto height = option(u"height"_s, figure->defaultSize.height());
    const auto dpi = option(u"dpi"_s, Figure::DefaultDpi);
    if (!width || !height || !dpi)
        return fail(CliText::tr("figure: --width, --height and --dpi take positive whole numbers"));
    if (*dpi < ExportOptions::MinDpi || *dpi > ExportOptions::MaxDpi)
        return fail(CliText::tr("figure: --dpi %1 is out of range; use %2 to %3").arg(*dpi).arg(ExportOptions::MinDpi).arg(ExportOptions::MaxDpi));

    FigureResult result = Figure::build(figure->name, parser.value(u"data"_s));
    if (!result.ok())
        return fail(firstErrorOrIssue(result.issues));
    printWarnings(result.issues);
    IssueList warnings;
    const QString error = FigureExporter::exportChart(*result.chart, result.sourceLine(), out, {QSize(*width, *height), *dpi},
                                                      &warnings);
    if (!error.isEmpty())
        return fail(error);
    printWarnings(warnings);
    QTextStream(stdout) << out << Qt::endl;
    return 0;
}

} // namespace CityAtlas::Cli
