#pragma once
// Private to maps/project: the project file's SQL schema and its migrations.

#include "maps/project/sqlitedatabase.h"

namespace CityAtlas::ProjectSchema {

// PRAGMA application_id of every CityAtlas project ("CATP").
constexpr qint64 ApplicationId = 0x43415450;
// PRAGMA user_version of the schema this build writes.
constexpr int CurrentVersion = 5;

// Creates the current schema in an empty database (inside the caller's transaction) and sets
// application_id and user_version.
bool create(Sqlite::Database &db, QString *error);

// Turns a version-1 or version-2 project into the current schema, inside the caller's
// transaction, and notes in meta where it came from and when.
bool migrateFrom(Sqlite::Database &db, int fromVersion, const QString &migratedAt, QString *error);

} // namespace CityAtlas::ProjectSchema
