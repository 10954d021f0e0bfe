#include "maps/render/mapexporter.h"

#include "analysis/runtimeprofiler.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace CityAtlas {

// Messages of this file are translated in the context of MapExporter.
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CityAtlas::MapExporter)
};
} // namespace

namespace {

bool paintOn(QPaintDevice &device, const MapRenderer &renderer, const QRect &target)
{
    const ProfileScope rendering(QStringLiteral("render"));
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    renderer.render(painter, target);
    return painter.end();
}

} // namespace

QString MapExporter::exportMap(const MapRenderer &renderer, const QString &path, const ExportOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!supportedSuffixes().contains(suffix))
        return Tr::tr("%1: unsupported output format '%2' (use .png, .svg or .pdf)").arg(path, suffix);
    if (options.size.isEmpty() || options.dpi <= 0)
        return Tr::tr("%1: the output size and resolution must be positive").arg(path);
    if (options.dpi < ExportOptions::MinDpi || options.dpi > ExportOptions::MaxDpi)
        return Tr::tr("%1: a resolution of %2 dpi is out of range; use %3 to %4 dpi")
            .arg(path).arg(options.dpi).arg(ExportOptions::MinDpi).arg(ExportOptions::MaxDpi);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
    const QRect target(QPoint(0, 0), options.size);
    bool painted = false;
    if (suffix == QLatin1String("png")) {
        QImage image(options.size, QImage::Format_RGB32); // opaque: a third less to encode than with alpha
        const int dotsPerMeter = qRound(options.dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        painted = paintOn(image, renderer, target) && writePng(image, &file);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(target);
        svg.setResolution(options.dpi);
        svg.setTitle(QFileInfo(path).completeBaseName());
        svg.setDescription(Tr::tr("Map exported by CityAtlas"));
        painted = paintOn(svg, renderer, target);
    } else {
        QPdfWriter pdf(&file);
        pdf.setResolution(options.dpi);
        const QSizeF inches(double(options.size.width()) / options.dpi, double(options.size.height()) / options.dpi);
        pdf.setPageSize(QPageSize(inches, QPageSize::Inch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setCreator(QStringLiteral("CityAtlas"));
        painted = paintOn(pdf, renderer, target);
    }
    if (!painted) {
        file.cancelWriting();
        return Tr::tr("%1: the map could not be drawn").arg(path);
    }
    const ProfileScope writing(QStringLiteral("write"));
    if (!file.commit())
        return Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace CityAtlas
