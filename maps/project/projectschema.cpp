#include "maps/project/projectschema.h"

#include <QByteArray>

namespace CityAtlas::ProjectSchema {
namespace {

// Schema 2. Everything a project holds; embedded copies as BLOBs; the audit trail is only
// ever appended to (each row carries a hash chained over the previous one).
constexpr const char *SchemaV2 = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE layers (
  id          INTEGER PRIMARY KEY,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  source_path TEXT NOT NULL,
  layer_name  TEXT NOT NULL DEFAULT '',
  sha256      TEXT NOT NULL DEFAULT '',
  size_bytes  INTEGER NOT NULL DEFAULT -1,
  embedded    BLOB
);
CREATE TABLE joins (
  id         INTEGER PRIMARY KEY,
  layer_id   INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
  table_path TEXT NOT NULL,
  layer_key  TEXT NOT NULL,
  table_key  TEXT NOT NULL,
  match_by   TEXT NOT NULL DEFAULT 'code' CHECK (match_by IN ('code', 'name'))
);
CREATE TABLE layer_styles (
  layer_id   INTEGER PRIMARY KEY REFERENCES layers(id) ON DELETE CASCADE,
  style_json TEXT NOT NULL
);
CREATE TABLE analysis_runs (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  parameters_json TEXT NOT NULL,
  results_json    TEXT NOT NULL,
  created_at      TEXT NOT NULL
);
CREATE TABLE figures (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  definition_json TEXT NOT NULL
);
CREATE TABLE review_records (
  unit_id     TEXT PRIMARY KEY NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('none', 'preparing', 'approved')),
  document    TEXT NOT NULL DEFAULT '',
  approved_on TEXT NOT NULL DEFAULT '',
  department  TEXT NOT NULL DEFAULT '',
  reviewer    TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE audit_trail (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  at        TEXT NOT NULL,
  who       TEXT NOT NULL,
  unit_id   TEXT NOT NULL,
  field     TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  chain     TEXT NOT NULL
);
)sql";

// Schema 3 adds the reports of the composer (JSON owned by maps/report/reportdefinition.h)
// and the text encoding of a layer whose file does not say it (a Shapefile without .cpg).
constexpr const char *AddedInV3 = R"sql(
CREATE TABLE reports (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE,
  definition_json TEXT NOT NULL
);
ALTER TABLE layers ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
)sql";

// Schema 4 keeps what the user added to a layer (computed fields with their expressions,
// analysis results with their values and run) and what the panels had chosen for it.
constexpr const char *AddedInV4 = R"sql(
ALTER TABLE layers ADD COLUMN fields_json TEXT NOT NULL DEFAULT '';
ALTER TABLE layers ADD COLUMN view_json TEXT NOT NULL DEFAULT '';
)sql";

// Schema 5 keeps how a long table was joined: the field it was pivoted by and the periods
// chosen (a JSON array of strings; empty: every period).
constexpr const char *AddedInV5 = R"sql(
ALTER TABLE joins ADD COLUMN pivot_field TEXT NOT NULL DEFAULT '';
ALTER TABLE joins ADD COLUMN pivot_periods TEXT NOT NULL DEFAULT '';
)sql";

// Schema 1 (CityAtlas 0.1 development builds) had: properties(key, value),
// layers(id, name, path, style), analyses(id, kind, parameters, results, created) and
// review(unit, status, document, approved_on, notes) with the status 'in preparation'.
constexpr const char *FromV1 = R"sql(
ALTER TABLE layers RENAME TO v1_layers;
)sql";

constexpr const char *CopyV1 = R"sql(
INSERT INTO meta (key, value)
  SELECT key, COALESCE(value, '') FROM properties WHERE key = 'title';
INSERT INTO layers (id, position, name, source_path)
  SELECT id, id, name, path FROM v1_layers;
INSERT INTO layer_styles (layer_id, style_json)
  SELECT id, style FROM v1_layers WHERE style IS NOT NULL AND style <> '';
INSERT INTO analysis_runs (id, kind, parameters_json, results_json, created_at)
  SELECT id, kind, COALESCE(parameters, '{}'), COALESCE(results, '{}'), COALESCE(created, '') FROM analyses;
INSERT INTO review_records (unit_id, status, document, approved_on, notes)
  SELECT unit,
         CASE lower(trim(status)) WHEN 'in preparation' THEN 'preparing' WHEN 'preparing' THEN 'preparing'
                                  WHEN 'approved' THEN 'approved' ELSE 'none' END,
         COALESCE(document, ''), COALESCE(approved_on, ''), COALESCE(notes, '')
  FROM review;
DROP TABLE properties;
DROP TABLE v1_layers;
DROP TABLE analyses;
DROP TABLE review;
)sql";

bool setVersion(Sqlite::Database &db, QString *error)
{
    // PRAGMAs take no bound parameters; these are compile-time numbers.
    const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(ApplicationId)
        + "; PRAGMA user_version = " + QByteArray::number(CurrentVersion) + ";";
    return db.exec(sql.constData(), error);
}

} // namespace

bool create(Sqlite::Database &db, QString *error)
{
    return db.exec(SchemaV2, error) && db.exec(AddedInV3, error) && db.exec(AddedInV4, error) && db.exec(AddedInV5, error)
        && setVersion(db, error);
}

bool migrateFrom(Sqlite::Database &db, int fromVersion, const QString &migratedAt, QString *error)
{
    if (fromVersion == 1 && (!db.exec(FromV1, error) || !db.exec(SchemaV2, error) || !db.exec(CopyV1, error)))
        return false;
    if ((fromVersion < 3 && !db.exec(AddedInV3, error)) || (fromVersion < 4 && !db.exec(AddedInV4, error))
        || !db.exec(AddedInV5, error))
        return false;
    Sqlite::Statement note(db, "INSERT INTO meta (key, value) VALUES ('migrated_from', ?1), ('migrated_at', ?2) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    note.bind(1, QString::number(fromVersion)).bind(2, migratedAt);
    if (!note.exec()) {
        *error = note.error();
        return false;
    }
    return setVersion(db, error);
}

} // namespace CityAtlas::ProjectSchema
