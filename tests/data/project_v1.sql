-- A CityAtlas project of schema version 1 (development builds before the coverage review),
-- used by tests/maps/project/tst_projectstore.cpp to check the migration to schema 2.
-- Tables: properties, layers (path + inline style), analyses, review (status 'in preparation').
PRAGMA application_id = 1128354896; -- 0x43415450, "CATP"
PRAGMA user_version = 1;
CREATE TABLE properties (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE layers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL, style TEXT);
CREATE TABLE analyses (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, parameters TEXT, results TEXT, created TEXT);
CREATE TABLE review (unit TEXT PRIMARY KEY, status TEXT NOT NULL, document TEXT, approved_on TEXT, notes TEXT);
INSERT INTO properties VALUES ('title', 'Smart-city review 2022'), ('author', 'someone');
INSERT INTO layers VALUES (1, 'provinces', 'grid3x3.geojson', '{"field":"value","method":"jenks","classes":5}');
INSERT INTO layers VALUES (2, 'words', 'words.csv', NULL);
INSERT INTO analyses VALUES (1, 'moran', '{"field":"value","weights":"queen"}', '{"I":0.25,"p":0.01}', '2022-11-02T08:00:00Z');
INSERT INTO review VALUES ('440100', 'approved', '广州市新型智慧城市顶层设计', '2021-06-30', NULL);
INSERT INTO review VALUES ('330100', 'in preparation', NULL, NULL, 'draft under review');
INSERT INTO review VALUES ('NA19', 'none', NULL, NULL, NULL);
