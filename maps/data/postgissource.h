#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

// PostgreSQL/PostGIS connections as GDAL takes them ("PG:host=... dbname=..." or
// "PG:service=..."). A connection is a remote source: it is opened only when remote sources
// are allowed. Passwords never travel with a connection string inside CityAtlas: they are
// taken out of it where the user gives one, kept in memory for this process, and added back
// only in the string handed to GDAL, so that no message, project or setting holds them.
// Otherwise libpq finds them as usual: ~/.pgpass, a service file, PGPASSWORD.
namespace CityAtlas::PostgisSource {

// True for a GDAL PostgreSQL connection string ("PG:...", any case).
bool isConnection(const QString &path);

// The connection without its password= parameter (quoted values and escapes as libpq reads
// them); *password, when given, receives the password, empty when there was none.
QString withoutPassword(const QString &connection, QString *password = nullptr);

// Keeps a password for this connection (given without password) in memory, for this process.
void rememberPassword(const QString &connection, const QString &password);
bool hasRememberedPassword(const QString &connection);

// The string GDAL opens: the connection with its remembered password, and a connect_timeout
// (10 s) unless it names one, so that an unreachable server fails instead of waiting forever.
QByteArray gdalConnectionString(const QString &connection);

// "PG:CONNECTION:schema.table" → {"PG:CONNECTION", "schema.table"}: the text after the last
// colon is the table when it is a plain name (letters, digits, _, $, a dot); else no table.
// A password in the connection is taken out and remembered (rememberPassword).
std::pair<QString, QString> splitSpec(const QString &spec);

// True when both connections name the same database the same way (passwords aside).
bool sameDatabase(const QString &a, const QString &b);

// The value of a parameter of the connection ("dbname", "host", "service"), empty if absent.
QString parameter(const QString &connection, const QString &key);

} // namespace CityAtlas::PostgisSource
