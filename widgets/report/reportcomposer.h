#pragma once

#include "analysis/feedback.h"
#include "maps/project/layerrecipe.h"

#include "maps/report/reportdefinition.h"

#include <QDialog>

#include <functional>
#include <QImage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace CityAtlas {

class Workspace;

class ProjectStore;

// The report composer (File > Report…): the pages of a report with their size and
// orientation, the items of each page (maps, charts of the gallery, tables, text blocks) to
// add, remove, reorder and edit, a preview of the current page, and Export PDF/HTML. Reports
// are saved in the open project by name; without one, only exports are possible.
// Charts are drawn on the UI thread (QtCharts), everything else in worker threads.
class ReportComposer : public QDialog
{
    Q_OBJECT

public:
    // Reports are saved in the workspace's open project ("Save in Project" saves the project).
    explicit ReportComposer(Workspace *workspace, QWidget *parent = nullptr);
    ~ReportComposer() override; // stops a preview still drawing

    const ReportDefinition &report() const { return m_report; }
    void setReport(const ReportDefinition &report);
    // True when the report differs from the one last loaded or saved.
    bool hasUnsavedChanges() const;
    // Closing with unsaved changes asks whether to save them in the project, drop them or stay.
    void reject() override;
    // The last preview image (null before the first one finishes), for tests.
    QImage previewImage() const { return m_previewImage; }

signals:
    void previewUpdated();
    void exported(const QString &path);

private:
    QWidget *createEditor();
    void loadChosenReport();
    void refreshPages();
    void refreshItems();
    void showItem();
    void editItem();
    void editPage();
    int currentPage() const;
    int currentItem() const;
    ReportItem *item();
    void addPage();
    void removePage();
    void movePage(int delta);
    void addItem(ReportItem::Kind kind);
    void removeItem();
    void moveItem(int delta);
    void schedulePreview();
    void updatePreview();
    void exportReport(const QString &suffix);
    bool saveInProject();

    Workspace *m_workspace;
    ProjectStore *m_project;
    QByteArray m_savedJson; // the report as last loaded or saved
    std::shared_ptr<SimpleFeedback> m_previewJob; // the running preview's cancel token
    QList<LayerRecipe> m_projectLayers; // read once: checking them hashes their files
    ReportDefinition m_report;
    bool m_updating = false;
    int m_previewGeneration = 0;
    QImage m_previewImage;

    QComboBox *m_reports;
    QLineEdit *m_name, *m_title;
    QListWidget *m_pages, *m_items;
    QComboBox *m_pageSize, *m_orientation;
    QFormLayout *m_form;
    QLineEdit *m_itemTitle;
    QDoubleSpinBox *m_height;
    QComboBox *m_layer, *m_method, *m_ramp, *m_figure, *m_table;
    QLineEdit *m_field, *m_labels, *m_parameters;
    QSpinBox *m_classes;
    QCheckBox *m_legend, *m_scaleBar, *m_northArrow;
    QPlainTextEdit *m_text;
    QLabel *m_preview, *m_status;
    QTimer *m_previewTimer;
};

} // namespace CityAtlas
