#pragma once

#include <QCommandLineParser>

namespace CityAtlas::Cli {

// `cityatlas-cli project new|info|relocate|verify`: project files (maps/project/projectstore.h).
// Same conventions as clicommands.h.
int projectNew(const QCommandLineParser &parser);
int projectInfo(const QCommandLineParser &parser);
int projectRelocate(const QCommandLineParser &parser);
int projectVerify(const QCommandLineParser &parser);
// `cityatlas-cli review import|summary|export|audit`: the top-level design coverage review.
int reviewImport(const QCommandLineParser &parser);
int reviewSummary(const QCommandLineParser &parser);
int reviewExport(const QCommandLineParser &parser);
int reviewAudit(const QCommandLineParser &parser);

} // namespace CityAtlas::Cli
