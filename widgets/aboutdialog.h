#pragma once

#include <QDialog>

namespace CityAtlas {

// Help > About: the version, the versions of Qt, GDAL and SQLite in use, and the licences of
// the bundled data in full (datasets/licenses/*), with the datasets' provenance summary.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's text as HTML (also for tests).
    static QString html();
};

} // namespace CityAtlas
