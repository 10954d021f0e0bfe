#pragma once

#include "maps/project/projecttypes.h"
#include "widgets/charts/figureexporter.h"

#include <QHash>
#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;
class QPushButton;

namespace CityAtlas {
class ProjectStore;
}

namespace CityAtlas {

struct FigureResult;

// The paper's figures (widgets/charts/figure.h) in a list with a preview: load your own table
// for a figure, export it (PNG/SVG/PDF at a chosen size and resolution) or copy it.
class FigureGallery : public QWidget
{
    Q_OBJECT

public:
    explicit FigureGallery(QWidget *parent = nullptr);

    // Shows a figure by name; false if there is no such figure.
    bool showFigure(const QString &name);
    // Draws `name` from this table from now on (empty: the bundled data again).
    void setDataPath(const QString &name, const QString &path);
    QString currentFigure() const { return m_current; }
    QChartView *chartView() const { return m_view; }
    QString message() const;    // the error or hint shown instead of a figure
    QString sourceLine() const; // the source line under the preview

    // The size and resolution of the next export or copy of the current figure.
    FigureExportOptions exportOptions() const;
    // Renders the current figure as an image (what "Copy" puts on the clipboard).
    QImage renderCurrent(const FigureExportOptions &options) const;

    // A figure as a project keeps it: its own data table (if any) and export size, as JSON
    // {"data": PATH, "width": PX, "height": PX, "dpi": N}; PATH relative to projectFolder when inside it.
    FigureDefinition definition(const QString &name, const QString &projectFolder = {}) const;
    // Takes a definition saved in the project back; false (nothing changed) when it names no
    // figure or is not such JSON. A data table the project may not open (ProjectStore::openablePath)
    // is left out, with the reason in *warning.
    bool applyDefinition(const FigureDefinition &definition, const ProjectStore &project, QString *warning);

signals:
    // The user gave a figure its own table or export size.
    void definitionChanged(const CityAtlas::FigureDefinition &definition);

private:
    FigureExportOptions exportOptions(const QString &name) const;
    FigureResult buildCurrent() const;
    void refresh();
    void loadData();
    void exportDialog();
    void copyToClipboard();

    QListWidget *m_list;
    QChartView *m_view;
    QLabel *m_message;
    QLabel *m_source;
    QPushButton *m_load;
    QPushButton *m_bundled;
    QPushButton *m_export;
    QPushButton *m_copy;
    QString m_current;
    QHash<QString, QString> m_dataPaths;
    QHash<QString, FigureExportOptions> m_options; // the last export size per figure
};

} // namespace CityAtlas
