#pragma once
// Private to maps/: SQLite types never appear in public headers (SQLite is linked PRIVATE).

#include <sqlite3.h>

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace CityAtlas::Sqlite {

struct CloseDatabase
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct FinalizeStatement
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

// One connection, opened with the hardening a file from someone else needs: no triggers,
// no views, no extension loading, defensive mode, untrusted schema, no ATTACH.
class Database
{
public:
    enum class Mode { ReadWrite, Create };

    Database() = default;
    static Database open(const QString &path, Mode mode, QString *error);

    bool isOpen() const { return bool(m_db); }
    sqlite3 *handle() const { return m_db.get(); }
    QString errorMessage() const;
    int errorCode() const;
    void close() { m_db.reset(); }

    // Runs fixed SQL written in this program (schema, pragmas). Never text from a file.
    bool exec(const char *sql, QString *error);
    // A single integer from a fixed query ("PRAGMA user_version"); empty on error.
    std::optional<qint64> integer(const char *sql, QString *error);

private:
    std::unique_ptr<sqlite3, CloseDatabase> m_db;
};

// A prepared statement; values are always bound, never spliced into the SQL text.
class Statement
{
public:
    Statement(const Database &db, const char *sql);

    bool isValid() const { return bool(m_statement); }
    QString error() const { return m_error; }

    Statement &bind(int index, const QString &text);  // null QString → SQL NULL
    Statement &bind(int index, qint64 value);
    Statement &bindBlob(int index, const QByteArray &bytes);
    Statement &bindNull(int index);

    bool next();   // true when a row is available; false at the end or on error (see error())
    bool exec();   // runs to completion; false on error
    void reset();  // ready to bind and run again

    QString text(int column) const;   // null → null QString
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    bool check(int rc);
    sqlite3 *m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, FinalizeStatement> m_statement;
    QString m_error;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
    QString m_error;
};

// Copies a consistent snapshot of an open database into a new file (the online backup API).
bool backupTo(const Database &db, const QString &targetPath, QString *error);

} // namespace CityAtlas::Sqlite
