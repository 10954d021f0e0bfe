#pragma once

#include "analysis/issue.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QtCharts/QChart>

#include <memory>

namespace CityAtlas {

// Translation context of the paper figures (titles, axis labels, messages).
struct FigureText
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::FigureText)
};

// Where a figure's numbers come from; said in its source line.
enum class FigureProvenance {
    Given,         // printed in the paper (datasets/paper/)
    Sample,        // a synthetic sample table
    DerivedSample, // computed from a few numbers the paper gives, not the paper's own values
    UserData,      // a table the user loaded
    SecondaryCopy, // official statistics as a third party copied them (the NBS enterprise counts)
    Concept,       // a diagram of the paper's concepts: no numbers (the note says so)
};

// A built figure: the chart (not yet in any view or scene), what it was drawn from, and the
// problems met. Without a chart, the issues say why.
struct FigureResult
{
    std::unique_ptr<QChart> chart;
    QStringList datasets;  // file names the numbers come from
    QStringList files;     // the files read, as opened (for a report's provenance)
    FigureProvenance provenance = FigureProvenance::Given;
    QString note;          // e.g. "* OCR reads 11720"; shown after the datasets
    IssueList issues;

    bool ok() const { return chart && !hasErrors(issues); }
    // The small line under an exported figure: datasets, "sample" when it is one, the note.
    QString sourceLine() const;

    static FigureResult failure(const QString &message, const QString &file = {});
    static FigureResult failure(const Issue &issue);
};

// Whether a figure reads a table the user gives (--data, "Load data…").
enum class FigureInput {
    Bundled,  // drawn from bundled data; a table with the same columns may replace it
    Required, // nothing is bundled: a table is needed (fig4: a bibliographic export)
    None,     // a concept diagram (fig2): it draws no data, and refuses a data file
};

// The registry of the paper's figures: name → builder. Builders take an optional data path
// (empty: the bundled table) and read every table through GDAL (VectorReader).
struct Figure
{
    QString name;                                  // "fig6", "table1", ...
    FigureInput input = FigureInput::Bundled;
    const char *titleSource = nullptr;             // untranslated, in FigureText's context
    const char *dataSource = nullptr;              // what a data table must contain
    FigureResult (*builder)(const QString &dataPath) = nullptr;
    QSize defaultSize{2000, 1250};                 // export size in pixels at DefaultDpi
    // The smallest size (inches) the figure lays itself out for; smaller exports are refused.
    // Empty: FigureExporter's smallest, 3 × 2 inches. Larger only where even the smallest type
    // cannot hold the figure's text (e.g. table2's 19 policy names).
    QSizeF smallestInches{};
    static constexpr int DefaultDpi = 200;

    QString title() const;
    QString dataDescription() const;

    static const QList<Figure> &all();
    static const Figure *find(const QString &name);
    static QStringList names();
    // Builds a figure by name; an unknown name is an error naming the known ones.
    static FigureResult build(const QString &name, const QString &dataPath = {});
};

} // namespace CityAtlas
