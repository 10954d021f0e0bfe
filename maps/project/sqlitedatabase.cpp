#include "maps/project/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QObject>

using namespace Qt::StringLiterals;

namespace CityAtlas::Sqlite {

// Messages of this file are translated in the context of Sqlite.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::Sqlite)
};
} // namespace

Database Database::open(const QString &path, Mode mode, QString *error)
{
    Database result;
    // An absolute path never reads as a "file:" URI, whatever SQLite's build options are.
    const QByteArray name = QFileInfo(path).absoluteFilePath().toUtf8();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_FULLMUTEX;
    if (mode == Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    result.m_db.reset(db);
    if (rc != SQLITE_OK) {
        *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        result.m_db.reset();
        return result;
    }
    // The file is data, never code.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return result;
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db.get())) : QString();
}

int Database::errorCode() const
{
    return m_db ? sqlite3_errcode(m_db.get()) : SQLITE_MISUSE;
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db.get(), sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = message ? QString::fromUtf8(message) : errorMessage();
    sqlite3_free(message);
    return false;
}

std::optional<qint64> Database::integer(const char *sql, QString *error)
{
    Statement statement(*this, sql);
    if (statement.next())
        return statement.integer(0);
    if (error)
        *error = statement.error().isEmpty() ? Tr::tr("no result") : statement.error();
    return std::nullopt;
}

Statement::Statement(const Database &db, const char *sql)
    : m_db(db.handle())
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK && statement)
        m_statement.reset(statement);
    else
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool Statement::check(int rc)
{
    if (rc == SQLITE_OK)
        return true;
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

Statement &Statement::bind(int index, const QString &text)
{
    if (!m_statement)
        return *this;
    if (text.isNull())
        return bindNull(index);
    const QByteArray utf8 = text.toUtf8();
    check(sqlite3_bind_text64(m_statement.get(), index, utf8.constData(), sqlite3_uint64(utf8.size()),
                              SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_statement)
        check(sqlite3_bind_int64(m_statement.get(), index, value));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    if (m_statement)
        check(sqlite3_bind_blob64(m_statement.get(), index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                  SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_statement)
        check(sqlite3_bind_null(m_statement.get(), index));
    return *this;
}

bool Statement::next()
{
    if (!m_statement || !m_error.isEmpty())
        return false;
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool Statement::exec()
{
    while (next()) {
    }
    return m_statement && m_error.isEmpty();
}

void Statement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
    m_error.clear();
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement.get(), column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement.get(), column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement.get(), column);
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_active = m_db.exec("BEGIN IMMEDIATE", &m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec("ROLLBACK", nullptr);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec("COMMIT", &m_error))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

bool backupTo(const Database &db, const QString &targetPath, QString *error)
{
    Database target = Database::open(targetPath, Database::Mode::Create, error);
    if (!target.isOpen())
        return false;
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", db.handle(), "main");
    if (!backup) {
        *error = target.errorMessage();
        return false;
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        *error = target.errorMessage();
        return false;
    }
    return true;
}

} // namespace CityAtlas::Sqlite
