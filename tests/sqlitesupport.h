#pragma once
// For tests that link SQLite: runs SQL on a file directly, as another program (or an attacker)
// would, to build fixtures a project store would never write.

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace CityAtlas::TestSupport {

inline bool execSql(const QString &path, const QByteArray &sql, QString *error = nullptr)
{
    sqlite3 *db = nullptr;
    const bool opened = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK;
    char *message = nullptr;
    const bool ok = opened && sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok && error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

} // namespace CityAtlas::TestSupport
