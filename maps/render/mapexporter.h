#pragma once

#include "maps/render/maprenderer.h"
#include "maps/render/pngwriter.h"

class QIODevice;

#include <QImage>
#include <QSize>
#include <QString>

namespace CityAtlas {

struct ExportOptions
{
    // The resolutions an export accepts: beyond them a PDF page would be too small for PDF
    // viewers (or its size unrepresentable) or absurdly large.
    static constexpr int MinDpi = 36;
    static constexpr int MaxDpi = 2400;

    QSize size{1600, 1200}; // pixels (PNG, SVG); the PDF page is size / dpi inches
    int dpi = 150;
};

// Writes a map to PNG, SVG or PDF, chosen by the file's extension. Writes go through a
// temporary file, so a failed export never leaves a half-written file behind.
class MapExporter
{
public:
    static QStringList supportedSuffixes() { return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}; }
    // Returns an empty string on success, else a message naming the file.
    static QString exportMap(const MapRenderer &renderer, const QString &path, const ExportOptions &options);
};

} // namespace CityAtlas
