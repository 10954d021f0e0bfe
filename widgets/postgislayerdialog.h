#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace CityAtlas {

// Layer > Add PostGIS Layer…: a connection (saved ones by name in the settings, without any
// password), its geometry tables listed, one chosen. A password typed here is kept in memory
// for this session only (PostgisSource::rememberPassword); otherwise libpq finds it in
// ~/.pgpass or the service file.
class PostgisLayerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostgisLayerDialog(QWidget *parent = nullptr);

    QString connection() const; // "PG:...", without password
    QString table() const;      // "schema.table" or "table"

    // The saved connections: name → connection text (without "PG:" and without password).
    static QList<std::pair<QString, QString>> savedConnections();

private:
    void chooseSaved(int index);
    void listTables();
    void saveConnection();

    QComboBox *m_saved;
    QLineEdit *m_name;
    QLineEdit *m_connection;
    QLineEdit *m_password;
    QListWidget *m_tables;
    QLabel *m_status;
};

} // namespace CityAtlas
