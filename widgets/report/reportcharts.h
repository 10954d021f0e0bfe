#pragma once

#include "maps/report/reportdefinition.h"

#include <QByteArray>
#include <QHash>
#include <QPicture>
#include <QStringList>

#include <optional>

namespace CityAtlas {

// A chart item of a report, drawn at its size on the page: as SVG for HTML, and as a recorded
// painting for PDF (where its text stays searchable text).
struct PreparedChart
{
    QByteArray svg;
    QPicture picture;
    QStringList files;     // the files the figure read, as opened (for the provenance page)
    QString error;         // empty when drawn
    QStringList warnings;  // what does not fit at the item's size (drawn all the same)
};

// The charts of a report. QtCharts only works on the UI thread, so the composer and the CLI
// build the gallery's figures here first and draw them to SVG and a QPicture; the rest of the report
// (maps, tables, text, the PDF and HTML files) is then composed in a worker thread from these.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::ReportCharts)

public:
    // Builds every chart item (or those of one page). projectPath: fig6 is drawn from the
    // project's review records when it has some (hasReviews), else from the paper's numbers.
    static ReportCharts prepare(const ReportDefinition &report, const QString &projectPath = {}, bool hasReviews = false,
                                std::optional<int> onlyPage = std::nullopt);

    // Null when the item was not prepared.
    const PreparedChart *chart(int page, int item) const;

private:
    QHash<QString, PreparedChart> m_charts;
    static QString key(int page, int item) { return QString::number(page) + u'/' + QString::number(item); }
};

} // namespace CityAtlas
