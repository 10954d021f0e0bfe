#pragma once

#include "maps/data/layeraggregation.h"
#include "maps/data/placenameaggregation.h"
#include "maps/data/pointaggregation.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace CityAtlas {

class Workspace;

// Layer > Aggregate…: counts the points of a point layer or table (summing weight fields),
// or the place names of a list, into the units of the current layer. It shows the report —
// points outside every unit and rows without coordinates, or names unmatched, ambiguous
// (the user picks a candidate or leaves the name out; the choices are remembered per layer
// in the project) and flagged — before anything is written; Add Fields adds the counts as
// fields of the current layer, one undoable step kept in the project.
class AggregateDialog : public QDialog
{
    Q_OBJECT

public:
    AggregateDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~AggregateDialog() override;

    // After the dialog was accepted: write the counts into the workspace.
    void apply() const;

    // For tests and scripting: the source to count, and count it now on this thread.
    void setSource(const QString &path, bool placeNames);
    void countNow();
    const LayerCounts &counts() const { return m_counts; }
    QString summary() const;

private:
    struct NameList;

    static std::shared_ptr<NameList> readNames(const QString &spec, const QString &field);
    static PointAggregation countPoints(const FeatureTable &layer, const PointSourceOptions &options, Feedback *feedback);
    bool placeNames() const;
    void chooseFile();
    void readFields();
    void count();
    void showPoints(PointAggregation points);
    void showNames(std::shared_ptr<NameList> list);
    void rematchNames();
    void resolve(int row, int candidate);
    void fillAmbiguous();
    QString pointReport() const;
    QString nameReport() const;
    PointSourceOptions pointOptions() const;
    QString prefix() const;

    Workspace *m_workspace;
    std::shared_ptr<const FeatureTable> m_layer;
    QRadioButton *m_pointsKind;
    QRadioButton *m_namesKind;
    QLineEdit *m_file;
    QStackedWidget *m_options;
    QComboBox *m_x;
    QComboBox *m_y;
    QLineEdit *m_crs;
    QListWidget *m_weights;
    QComboBox *m_nameField;
    QComboBox *m_level;
    QComboBox *m_key;
    QLineEdit *m_prefix;
    QPushButton *m_countButton;
    QLabel *m_summary;
    QTableWidget *m_ambiguous;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;

    std::optional<PointAggregation> m_points;
    std::shared_ptr<NameList> m_names;
    PlaceNameAggregation m_nameResult;
    QHash<QString, QString> m_resolutions; // normalised name → code chosen
    LayerCounts m_counts;
};

} // namespace CityAtlas
