#pragma once
// Runs cityatlas-cli as a user does, for the CLI tests: no display, the source tree's bundled
// datasets, a UTF-8 locale; returns the exit code and both streams.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CliTest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// The environment runCli gives the program: for tests that start it themselves.
inline void setCliEnvironment(QProcess &process)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // must run without any display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("CITYATLAS_DATASETS"), QStringLiteral(CITYATLAS_DATASETS_DIR));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
}

inline Run runCli(const QStringList &arguments)
{
    QProcess process;
    setCliEnvironment(process);
    process.start(QStringLiteral(CITYATLAS_CLI), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline QString data(const char *name) { return QStringLiteral(CITYATLAS_TEST_DATA_DIR "/") + QString::fromUtf8(name); }
inline QString dataset(const char *name) { return QStringLiteral(CITYATLAS_DATASETS_DIR "/") + QString::fromUtf8(name); }

} // namespace CliTest
