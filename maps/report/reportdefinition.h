#pragma once

#include "analysis/issue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

namespace CityAtlas {

// One thing on a report page. Which members count depends on the kind.
struct ReportItem
{
    enum class Kind { Map, Chart, Table, Text };

    Kind kind = Kind::Text;
    QString title;             // every kind; maps: the map's title
    double height = 1.0;       // share of the page's height, relative to the other items
    // Map: a layer ("provinces": the bundled provinces with their statistics; "prefectures";
    // or a layer of the project by name, with its joins), a numeric field, its classification
    // and the map furniture.
    QString layer = QStringLiteral("provinces");
    QString field;
    QString method = QStringLiteral("quantile"); // quantile, equal, jenks, stddev
    int classes = 5;
    QString ramp = QStringLiteral("YlOrRd");
    QString labelField;
    bool legend = true, scaleBar = true, northArrow = true;
    // Chart: a figure of the gallery by name ("fig6", "table1", ...).
    QString figure;
    // Table: "inequality", "moran", "coverage" or "evaluation", with its parameters
    // (see maps/report/reporttable.h).
    QString table;
    QJsonObject parameters;
    // Text: plain text; blank lines separate paragraphs.
    QString text;

    static QString kindKey(Kind kind);          // "map", "chart", "table", "text"
    static std::optional<Kind> kindFromKey(const QString &key);
    QString kindName() const;                   // translated, for lists
    QString summary() const;                    // "Map: density_2022 (provinces)", for lists

    bool operator==(const ReportItem &) const = default;
};

struct ReportPage
{
    QPageSize::PageSizeId size = QPageSize::A4; // A4 or A3
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QList<ReportItem> items;

    QPageLayout pageLayout() const;             // with the report's margins
    // The items' rectangles inside content (any unit), stacked top to bottom in proportion
    // to their heights, with gap between them.
    QList<QRectF> itemRects(const QRectF &content, double gap) const;

    bool operator==(const ReportPage &) const = default;
};

// A report of the composer: pages of maps, charts, tables and text, saved in a project as
// JSON. The provenance page is not part of the definition: every rendering adds it.
class ReportDefinition
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReportDefinition)

public:
    static constexpr int FormatVersion = 1;
    static constexpr double MarginMm = 15.0;

    QString name;
    QString title;
    QList<ReportPage> pages;

    QJsonObject toJson() const;
    QByteArray toJsonText() const;
    // Problems name the report, the page and the item ("report 'x', page 2, item 1: ...").
    // Unknown kinds and values are errors; a definition with errors is not usable.
    static ReportDefinition fromJson(const QJsonObject &json, IssueList *issues);
    static ReportDefinition fromJsonText(const QByteArray &text, const QString &name, IssueList *issues);

    // "Smart cities in China": the paper's figures from the bundled data, maps of the
    // provinces, an inequality and a Moran table, the evaluation and the coverage review.
    // Titles are in the current language.
    static QString defaultName() { return QStringLiteral("smart-cities-in-china"); }
    static ReportDefinition defaultTemplate();

    bool operator==(const ReportDefinition &) const = default;
};

} // namespace CityAtlas
