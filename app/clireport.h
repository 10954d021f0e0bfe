#pragma once

#include <QCommandLineParser>

namespace CityAtlas::Cli {

// cityatlas-cli report FILE.cityatlas [--name NAME] --out REPORT.pdf|.html, or
// report --template default --out ...: a saved report (or the default template "Smart cities
// in China") regenerated headless (widgets/report/reportrenderer.h).
int report(const QCommandLineParser &parser);

} // namespace CityAtlas::Cli
