#pragma once
// A throwaway PostgreSQL server with PostGIS for the tests that read from a database: a new
// cluster (initdb) in a temporary folder, listening only on a Unix socket in that folder under
// a random port number, stopped and removed when the fixture goes. Run as root (CI), the
// cluster belongs to the unprivileged system user "postgres" (the Debian packages create it),
// as PostgreSQL refuses to run as root. The server dies with the test process even when that
// crashes (setpriv --pdeathsig). Needs the Debian packages postgresql-15 and
// postgresql-15-postgis-3, which scripts/bootstrap.sh installs.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace PostgisFixture {

// The folder holding initdb, postgres and psql: CITYATLAS_PG_BINDIR, else Debian's for
// PostgreSQL 15, else the newest Debian installs; empty when there is none.
inline QString binDir()
{
    const QString chosen = qEnvironmentVariable("CITYATLAS_PG_BINDIR");
    if (!chosen.isEmpty())
        return chosen;
    const QString debian15 = QStringLiteral("/usr/lib/postgresql/15/bin");
    if (QFile::exists(debian15 + QStringLiteral("/initdb")))
        return debian15;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &v : found)
        if (QFile::exists(versions.filePath(v + QStringLiteral("/bin/initdb"))))
            return versions.filePath(v + QStringLiteral("/bin"));
    return {};
}

class Server
{
public:
    Server() = default;
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;
    ~Server() { stop(); }

    // Creates the cluster, starts the server and creates the database "cityatlas" with the
    // postgis extension; false with *error (what failed, with the server's log) otherwise.
    bool start(QString *error)
    {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            *error = QStringLiteral("PostgreSQL's initdb is not installed (Debian: postgresql-15 postgresql-15-postgis-3)");
            return false;
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
            return false;
        }
        // As root: the folder, and the server, belong to the system user "postgres".
        if (::geteuid() == 0) {
            const passwd *user = ::getpwnam("postgres");
            if (!user) {
                *error = QStringLiteral("running as root and there is no system user 'postgres' to run the server as");
                return false;
            }
            m_asUser = QStringLiteral("postgres");
            if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
                *error = QStringLiteral("cannot give %1 to the user postgres").arg(m_dir.path());
                return false;
            }
        }
        m_port = 20000 + int(QRandomGenerator::global()->bounded(40000));
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QString output;
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), user(), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
                 &output)) {
            *error = QStringLiteral("initdb failed: %1").arg(output);
            return false;
        }
        // Only a Unix socket in the folder: no TCP port to collide with another server.
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
        m_server.setWorkingDirectory(m_dir.path());
        const QStringList postgres{m_bin + QStringLiteral("/postgres"), QStringLiteral("-D"), data, QStringLiteral("-p"),
                                   QString::number(m_port), QStringLiteral("-k"), m_dir.path(), QStringLiteral("-c"),
                                   QStringLiteral("listen_addresses="), QStringLiteral("-c"), QStringLiteral("fsync=off")};
        m_server.start(QStringLiteral("setpriv"), privileges() + postgres);
        if (!m_server.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start postgres through setpriv: %1").arg(m_server.errorString());
            return false;
        }
        for (int attempt = 0; attempt < 300; ++attempt) {
            if (m_server.state() != QProcess::Running) {
                *error = QStringLiteral("postgres stopped while starting: %1").arg(log());
                return false;
            }
            QProcess ready;
            ready.start(m_bin + QStringLiteral("/pg_isready"),
                        {QStringLiteral("-q"), QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port)});
            if (ready.waitForFinished(5000) && ready.exitStatus() == QProcess::NormalExit && ready.exitCode() == 0)
                break;
            QThread::msleep(100);
        }
        if (!psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE cityatlas"), &output)
            || !psql(QStringLiteral("cityatlas"), QStringLiteral("CREATE EXTENSION postgis"), &output)) {
            *error = QStringLiteral("cannot create the database with PostGIS: %1").arg(output);
            return false;
        }
        return true;
    }

    // Fast shutdown: the server ends its connections and stops.
    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_server.processId()), SIGINT);
        if (!m_server.waitForFinished(30000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    // The GDAL connection string of the database "cityatlas".
    QString connection() const
    {
        return QStringLiteral("PG:host=%1 port=%2 dbname=cityatlas user=%3").arg(m_dir.path()).arg(m_port).arg(user());
    }
    QString socketDir() const { return m_dir.path(); }
    int port() const { return m_port; }
    static QString user() { return QStringLiteral("cityatlas"); }

    // Runs SQL (several statements, or psql's \copy) in a database; false with *output.
    bool psql(const QString &database, const QString &sql, QString *output) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_bin + QStringLiteral("/psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), user(),
                 QStringLiteral("-d"), database, QStringLiteral("-At"), QStringLiteral("-c"), sql});
        const bool finished = p.waitForFinished(600000);
        *output = QString::fromUtf8(p.readAll()).trimmed();
        return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // The single value a query returns, as text; empty on failure.
    QString value(const QString &sql) const
    {
        QString output;
        return psql(QStringLiteral("cityatlas"), sql, &output) ? output : QString();
    }

    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("server.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).right(4000) : QString();
    }

private:
    // setpriv's arguments: as the user "postgres" when run as root; dies with this process.
    QStringList privileges() const
    {
        QStringList args{QStringLiteral("--pdeathsig=INT")};
        if (!m_asUser.isEmpty())
            args << QStringLiteral("--reuid=%1").arg(m_asUser) << QStringLiteral("--regid=%1").arg(m_asUser)
                 << QStringLiteral("--init-groups");
        return args << QStringLiteral("--");
    }

    bool run(const QString &program, const QStringList &args, QString *output) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("setpriv"), privileges() + QStringList{program} + args);
        const bool finished = p.waitForFinished(120000);
        *output = QString::fromUtf8(p.readAll()).trimmed();
        return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_asUser;
    int m_port = 0;
    QProcess m_server;
};

} // namespace PostgisFixture
