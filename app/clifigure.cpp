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

int figure(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Draws one of the paper's figures, from the bundled data or from a table you give."));
    parser.addPositionalArgument(u"name"_s, CliText::tr("the figure (see --list)"), u"NAME"_s);
    parser.addOptions({
        {u"list"_s, CliText::tr("Print the figure names and exit.")},
        {u"data"_s, CliText::tr("Draw from this table instead of the bundled data (fig4: a Web of Science or Scopus export; "
                                  "fig3: an indicator system .json; fig6: also a project .cityatlas with review records)."), u"PATH"_s},
        {u"out"_s, CliText::tr("Output file: .png, .svg or .pdf."), u"FILE"_s},
        {u"width"_s, CliText::tr("Width in pixels (default 2000)."), u"W"_s},
        {u"height"_s, CliText::tr("Height in pixels (default 1250; table2: 1500)."), u"H"_s},
        {u"dpi"_s, CliText::tr("Dots per inch (default 200). SVG and PDF get the same physical size, width/dpi inches."), u"D"_s},
    });
    int exitCode = 0;
    if (!parseCommand(parser, u"figure"_s, arguments, &exitCode))
        return exitCode;
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
        return fail(firstError(result.issues));
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
