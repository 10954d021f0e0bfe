#pragma once

#include <QCommandLineParser>

namespace CityAtlas::Cli {

// cityatlas-cli figure --list | NAME [--data PATH] --out FILE.png|.svg|.pdf [--width W]
// [--height H] [--dpi D]: the paper's figures (widgets/charts/figure.h), drawn offscreen.
int figure(const QCommandLineParser &parser);

} // namespace CityAtlas::Cli
