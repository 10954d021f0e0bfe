#include "widgets/charts/figure.h"

#include "widgets/charts/figurebuilders.h"
#include "widgets/charts/figureexporter.h"

using namespace Qt::StringLiterals;

namespace CityAtlas {

QString FigureResult::sourceLine() const
{
    QStringList parts;
    if (!datasets.isEmpty())
        parts << FigureText::tr("Data: %1").arg(datasets.join(u", "_s));
    switch (provenance) {
    case FigureProvenance::Given:
        parts << FigureText::tr("numbers as given in the paper");
        break;
    case FigureProvenance::Sample:
        parts << FigureText::tr("sample data (synthetic, not the paper's values)");
        break;
    case FigureProvenance::DerivedSample:
        parts << FigureText::tr("derived sample (computed from totals the paper gives, not its yearly values)");
        break;
    case FigureProvenance::SecondaryCopy:
        parts << FigureText::tr("secondary copy of NBS data");
        break;
    case FigureProvenance::UserData:
    case FigureProvenance::Concept:
        break;
    }
    if (!note.isEmpty())
        parts << note;
    return parts.join(u" · "_s);
}

FigureResult FigureResult::failure(const QString &message, const QString &file)
{
    FigureResult result;
    result.issues << Issue::error(message, file);
    return result;
}

FigureResult FigureResult::failure(const Issue &issue)
{
    FigureResult result;
    result.issues << issue;
    return result;
}

const QList<Figure> &Figure::all()
{
    using namespace FigureBuilders;
    static const QList<Figure> figures{
        {u"fig2"_s, FigureInput::None, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Figure 2: core features of a smart city"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "no data (a concept diagram)"), &coreFeatures},
        {u"fig3"_s, FigureInput::Bundled, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Figure 3: evaluation indicator framework"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "an indicator system file (.json, see datasets/indicators/README.md)"),
         &indicatorFramework, QSize(2000, 1500), QSizeF(5.0, 3.75)}, // one row per second-level indicator: taller
        {u"fig4"_s, FigureInput::Required, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Figure 4: published articles per year"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "a bibliographic export: Web of Science tab-delimited (PY), Scopus CSV (Year) or a CSV with a year column"),
         &publicationsPerYear},
        {u"fig6"_s, FigureInput::Bundled, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Figure 6: top-level design of smart cities by level of city"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "columns level, planned, total; or a project (.cityatlas) with review records"),
         &topLevelDesign},
        {u"fig7a"_s, FigureInput::Bundled, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Figure 7A: smart-city market by world region, 2020"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "a text column (region) and a numeric column (share_pct)"), &marketShareByRegion},
        {u"fig7b"_s, FigureInput::Bundled, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Figure 7B: investment in smart cities by year"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "columns year and a numeric value (investment_trillion_yuan)"), &investmentByYear},
        {u"fig7c"_s, FigureInput::Bundled, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Figure 7C: smart-city enterprises by region"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "columns region (the four NBS regions) and enterprises"), &enterprisesByRegion},
        {u"fig7d"_s, FigureInput::Bundled, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Figure 7D: smart-city enterprises per capita by region"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "columns region and enterprises (population: bundled 2022 NBS figures, or a population column)"),
         &perCapitaEnterprises},
        {u"enterprises"_s, FigureInput::Bundled,
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Enterprises per 10,000 residents by province, 2022 (secondary copy of NBS data)"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "a table of enterprise counts by province and year: code or province (name), year, "
                                                    "enterprises or enterprise_legal_person_units"),
         &enterprisesPerCapitaByProvince, QSize(2000, 1250), QSizeF(6.0, 3.5)}, // 31 columns, each with its name: 6 in wide at least
        {u"pilots"_s, FigureInput::Required, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Pilots per million residents by province"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "a list of pilot units: a column unit of place names "
                                                    "(datasets/templates/pilot_list_template.csv)"),
         &pilotsPerProvince, QSize(2000, 1250), QSizeF(6.0, 3.5)},
        {u"table1"_s, FigureInput::Bundled, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Table 1: IMD Smart City Index ranks, 2019–2023"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "columns city and rank_<year>"), &imdRankBump},
        {u"table1-hdi"_s, FigureInput::Bundled, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Table 1: IMD Smart City Index rank against city HDI"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "columns city, hdi and rank_<year>"), &imdRankVsHdi},
        {u"table2"_s, FigureInput::Bundled, QT_TRANSLATE_NOOP("CityAtlas::FigureText", "Table 2: key national smart-city policies, 2012–2022"),
         QT_TRANSLATE_NOOP("CityAtlas::FigureText", "columns year, policy, stage (1–4)"), &policyTimeline,
         QSize(2000, 1500), QSizeF(7.0, 4.5)}, // one row per policy, with its whole name: taller
    };
    return figures;
}

QString Figure::title() const
{
    return QCoreApplication::translate("CityAtlas::FigureText", titleSource);
}

QString Figure::dataDescription() const
{
    return QCoreApplication::translate("CityAtlas::FigureText", dataSource);
}

const Figure *Figure::find(const QString &name)
{
    for (const Figure &figure : all())
        if (figure.name.compare(name, Qt::CaseInsensitive) == 0)
            return &figure;
    return nullptr;
}

QStringList Figure::names()
{
    QStringList names;
    for (const Figure &figure : all())
        names << figure.name;
    return names;
}

FigureResult Figure::build(const QString &name, const QString &dataPath)
{
    const Figure *figure = find(name);
    if (!figure)
        return FigureResult::failure(
            FigureText::tr("unknown figure '%1' (figures: %2)").arg(name, names().join(u", "_s)));
    if (figure->input == FigureInput::Required && dataPath.isEmpty())
        return FigureResult::failure(FigureText::tr("%1 needs a data file: %2").arg(figure->name, figure->dataDescription()));
    if (figure->input == FigureInput::None && !dataPath.isEmpty())
        return FigureResult::failure(FigureText::tr("%1 is a concept diagram and draws no data file (%2)").arg(figure->name, dataPath),
                                     dataPath);
    FigureResult result = figure->builder(dataPath);
    if (result.chart)
    {
        result.chart->setProperty(FigureExporter::NameProperty, figure->name);
        if (!figure->smallestInches.isEmpty())
            result.chart->setProperty(FigureExporter::SmallestInchesProperty, figure->smallestInches);
    }
    return result;
}

} // namespace CityAtlas
