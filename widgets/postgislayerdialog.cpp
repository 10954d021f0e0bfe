#include "widgets/postgislayerdialog.h"

#include "maps/data/datasetinfo.h"
#include "maps/data/postgissource.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CityAtlas {

namespace {
const QString SettingsGroup = u"postgis/connections"_s;
}

PostgisLayerDialog::PostgisLayerDialog(QWidget *parent)
    : QDialog(parent)
    , m_saved(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_connection(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tables(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Add PostGIS Layer"));
    m_saved->setObjectName(u"saved"_s);
    m_name->setObjectName(u"name"_s);
    m_connection->setObjectName(u"connection"_s);
    m_password->setObjectName(u"password"_s);
    m_tables->setObjectName(u"tables"_s);
    m_status->setObjectName(u"status"_s);
    m_saved->addItem(tr("New connection"));
    for (const auto &[name, connection] : savedConnections())
        m_saved->addItem(name, connection);
    m_connection->setPlaceholderText(tr("service=census   or   host=db.example dbname=firms user=analyst"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not saved; empty: ~/.pgpass or the service file"));
    m_status->setWordWrap(true);
    auto *connect = new QPushButton(tr("&Connect"), this);
    connect->setObjectName(u"connect"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Saved:"), m_saved);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&onnection:"), m_connection);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(connect);
    layout->addWidget(new QLabel(tr("Geometry tables:"), this));
    layout->addWidget(m_tables);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    QObject::connect(m_saved, &QComboBox::currentIndexChanged, this, &PostgisLayerDialog::chooseSaved);
    QObject::connect(connect, &QPushButton::clicked, this, &PostgisLayerDialog::listTables);
    QObject::connect(m_tables, &QListWidget::currentRowChanged, this,
                     [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        saveConnection();
        accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<std::pair<QString, QString>> PostgisLayerDialog::savedConnections()
{
    QList<std::pair<QString, QString>> result;
    QSettings settings;
    const int n = settings.beginReadArray(SettingsGroup);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        result.append({settings.value(u"name"_s).toString(), settings.value(u"connection"_s).toString()});
    }
    settings.endArray();
    return result;
}

void PostgisLayerDialog::chooseSaved(int index)
{
    m_name->setText(index > 0 ? m_saved->itemText(index) : QString());
    m_connection->setText(m_saved->itemData(index).toString());
    m_tables->clear();
}

QString PostgisLayerDialog::connection() const
{
    QString text = m_connection->text().trimmed();
    if (!PostgisSource::isConnection(text))
        text.prepend(u"PG:"_s);
    return PostgisSource::withoutPassword(text);
}

QString PostgisLayerDialog::table() const
{
    const QListWidgetItem *item = m_tables->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PostgisLayerDialog::listTables()
{
    m_tables->clear();
    QString password;
    PostgisSource::withoutPassword(u"PG:"_s + m_connection->text(), &password);
    if (!m_password->text().isEmpty())
        password = m_password->text();
    if (!password.isEmpty())
        PostgisSource::rememberPassword(connection(), password);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DatasetInfo info = describeDataset(connection(), SourceAccess::RemoteAllowed);
    QApplication::restoreOverrideCursor();
    if (!info.error.isEmpty()) {
        m_status->setText(info.error);
        return;
    }
    for (const LayerInfo &layer : info.layers) {
        if (layer.geometryType == u"None"_s)
            continue;
        auto *item = new QListWidgetItem(tr("%1  (%2, %n feature(s))", nullptr, int(layer.featureCount)).arg(layer.name, layer.geometryType),
                                         m_tables);
        item->setData(Qt::UserRole, layer.name);
    }
    m_status->setText(m_tables->count() == 0 ? tr("%1: no table with geometry").arg(connection()) : QString());
}

// Saved by name, without password; a name already saved is replaced.
void PostgisLayerDialog::saveConnection()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    QList<std::pair<QString, QString>> saved = savedConnections();
    saved.removeIf([&name](const auto &entry) { return entry.first == name; });
    saved.append({name, connection().mid(3)});
    QSettings settings;
    settings.beginWriteArray(SettingsGroup, int(saved.size()));
    for (int i = 0; i < saved.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, saved.at(i).first);
        settings.setValue(u"connection"_s, saved.at(i).second);
    }
    settings.endArray();
}

} // namespace CityAtlas
