// Layer > Add PostGIS Layer… against a throwaway server (tests/postgisfixture.h): the geometry
// tables are listed, a bad connection says what failed, and the saved connection holds no password.
#include "maps/data/postgissource.h"
#include "tests/postgisfixture.h"
#include "widgets/postgislayerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestPostgisDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsGeometryTablesAndSavesNoPassword();
    void badConnectionIsExplained();

private:
    PostgisFixture::Server m_server;
};

void TestPostgisDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"CityAtlasTests"_s);
    QCoreApplication::setApplicationName(u"tst_postgis_dialog"_s);
    QSettings().clear();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QString output;
    QVERIFY2(m_server.psql(u"cityatlas"_s, uR"(
        CREATE TABLE firms (id serial PRIMARY KEY, geom geometry(Point, 4326));
        INSERT INTO firms (geom) VALUES ('SRID=4326;POINT(116.4 39.9)'), ('SRID=4326;POINT(121.5 31.2)');
        CREATE TABLE notes (id serial PRIMARY KEY, text text);)"_s, &output), qPrintable(output));
}

void TestPostgisDialog::listsGeometryTablesAndSavesNoPassword()
{
    PostgisLayerDialog dialog;
    dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"test server"_s);
    // The connection as typed, with a password in it: used, never saved.
    dialog.findChild<QLineEdit *>(u"connection"_s)->setText(m_server.connection().mid(3) + u" password=hunter2"_s);
    dialog.findChild<QPushButton *>(u"connect"_s)->click();
    auto *tables = dialog.findChild<QListWidget *>(u"tables"_s);
    QVERIFY2(tables->count() == 1, qPrintable(dialog.findChild<QLabel *>(u"status"_s)->text())); // firms; notes has no geometry
    QVERIFY(tables->item(0)->text().startsWith(u"firms"_s));
    tables->setCurrentRow(0);
    QCOMPARE(dialog.table(), u"firms"_s);
    QCOMPARE(dialog.connection(), m_server.connection());
    QVERIFY(PostgisSource::hasRememberedPassword(m_server.connection()));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto saved = PostgisLayerDialog::savedConnections();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first, u"test server"_s);
    QCOMPARE(saved.first().second, m_server.connection().mid(3));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2"));
}

void TestPostgisDialog::badConnectionIsExplained()
{
    PostgisLayerDialog dialog;
    dialog.findChild<QLineEdit *>(u"connection"_s)->setText(u"host=%1 port=%2 dbname=nosuchdb"_s.arg(m_server.socketDir()).arg(m_server.port()));
    dialog.findChild<QPushButton *>(u"connect"_s)->click();
    QCOMPARE(dialog.findChild<QListWidget *>(u"tables"_s)->count(), 0);
    const QString status = dialog.findChild<QLabel *>(u"status"_s)->text();
    QVERIFY2(status.contains(u"cannot connect to the PostgreSQL database"_s) && status.contains(u"nosuchdb"_s), qPrintable(status));
}

QTEST_MAIN(TestPostgisDialog)
#include "tst_postgis_dialog.moc"
