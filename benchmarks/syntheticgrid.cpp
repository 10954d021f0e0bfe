#include "benchmarks/syntheticgrid.h"

#include <QRandomGenerator>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace CityAtlas::SyntheticGrid {

QString write(const QString &path, int side)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QTextStream out(&file);
    out << R"({"type":"FeatureCollection","features":[)";
    const double lon0 = 74, lat0 = 18, width = 60, height = 35;
    const double dx = width / side, dy = height / side;
    QRandomGenerator random(42);
    for (int i = 0; i < side; ++i) {
        for (int j = 0; j < side; ++j) {
            const double x = lon0 + i * dx, y = lat0 + j * dy;
            const double value = std::sin(i / 15.0) * std::cos(j / 11.0) * 100 + random.bounded(20.0);
            if (i || j)
                out << ',';
            out << R"({"type":"Feature","properties":{"id":)" << i * side + j << R"(,"value":)" << value
                << R"(},"geometry":{"type":"Polygon","coordinates":[[)";
            const double px[] = {0, 0.5, 1, 1, 0.5, 0, 0}, py[] = {0.25, 0, 0.25, 0.75, 1, 0.75, 0.25};
            for (int k = 0; k < 7; ++k)
                out << (k ? "," : "") << '[' << QString::number(x + px[k] * dx, 'f', 6) << ','
                    << QString::number(y + py[k] * dy, 'f', 6) << ']';
            out << "]]}}";
        }
    }
    out << "]}";
    out.flush();
    return file.commit() ? QString() : file.errorString();
}


} // namespace CityAtlas::SyntheticGrid
