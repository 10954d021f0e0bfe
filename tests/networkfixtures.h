#pragma once
// Local files that make GDAL reach for the network, pointed at a LoopbackServer: GeoJSON whose
// coordinate system is named by URL (GDAL fetches it while opening the file) and an OGR VRT
// whose source is a /vsicurl/ URL. Written into a folder the test owns.
#include "tests/loopbackserver.h"

#include <QDir>
#include <QFile>

namespace NetworkFixtures {

inline QString write(const QDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return file.fileName();
}

// {"type": KIND, "properties": {"href": URL}}: GDAL 3.6 fetches the href of "link" and "url" CRSs.
inline QByteArray crs(const char *kind, const QString &url)
{
    return QByteArray(R"("crs":{"type":")") + kind + R"(","properties":{"href":")" + url.toUtf8()
        + R"(","type":"proj4","name":")" + url.toUtf8() + R"("}})";
}

// Two squares in lon/lat, Beijing (110000) and Shanghai (310000), with a CRS of this kind.
inline QString layer(const QDir &dir, const QString &name, const char *crsKind, const LoopbackServer &server)
{
    return write(dir, name, QByteArray(R"({"type":"FeatureCollection",)") + crs(crsKind, server.url(name + QStringLiteral("-crs")))
                     + R"(,"features":[
{"type":"Feature","properties":{"code":"110000","name":"Beijing"},"geometry":{"type":"Polygon","coordinates":[[[116,39],[117,39],[117,40],[116,40],[116,39]]]}},
{"type":"Feature","properties":{"code":"310000","name":"Shanghai"},"geometry":{"type":"Polygon","coordinates":[[[121,31],[122,31],[122,32],[121,32],[121,31]]]}}]})");
}

// A table (no geometries) of scores by code, with a "url" CRS.
inline QString table(const QDir &dir, const QString &name, const LoopbackServer &server)
{
    return write(dir, name, QByteArray(R"({"type":"FeatureCollection",)") + crs("url", server.url(name + QStringLiteral("-crs")))
                     + R"(,"features":[
{"type":"Feature","properties":{"code":"110000","score":2.5},"geometry":null},
{"type":"Feature","properties":{"code":"310000","score":4.0},"geometry":null}]})");
}

// An OGR VRT whose only layer is read from the server through /vsicurl/.
inline QString remoteVrt(const QDir &dir, const QString &name, const LoopbackServer &server)
{
    return write(dir, name, "<OGRVRTDataSource><OGRVRTLayer name=\"remote\"><SrcDataSource>/vsicurl/"
                                + server.url(QStringLiteral("remote.geojson")).toUtf8()
                                + "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>\n");
}

// The three files the remote-access tests share: a layer whose CRS is a "link" URL, a table
// whose CRS is a "url" URL, and a VRT read through /vsicurl/. Empty names when writing failed.
struct RemoteFiles
{
    QString linked, scores, vrt;

    RemoteFiles() = default;
    RemoteFiles(const QDir &dir, const LoopbackServer &server)
        : linked(layer(dir, QStringLiteral("linked.geojson"), "link", server))
        , scores(table(dir, QStringLiteral("scores.geojson"), server))
        , vrt(remoteVrt(dir, QStringLiteral("remote.vrt"), server))
    {
    }
    bool isComplete() const { return !linked.isEmpty() && !scores.isEmpty() && !vrt.isEmpty(); }
};

} // namespace NetworkFixtures
