#pragma once

class QImage;
class QIODevice;

namespace CityAtlas {

// Writes an image as PNG through libpng with settings chosen for maps and charts: zlib level 3
// and one row filter (Paeth) for every row, where Qt's writer lets libpng try all five filters
// on each row, most of the encoding time on a large map. Opaque images are written as RGB
// without an alpha channel. Lossless like any PNG; the resolution goes into the pHYs chunk.
bool writePng(const QImage &image, QIODevice *device);

} // namespace CityAtlas
