#include "maps/data/datasetinfo.h"
#include "maps/data/vectorreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {
QString fixture(const char *name) { return QStringLiteral(CITYATLAS_TEST_DATA_DIR "/") + QString::fromUtf8(name); }

// Area of a longitude/latitude cell on the WGS 84 ellipsoid, computed independently of GDAL
// (Snyder 1987, "Map Projections: A Working Manual", eq. 3-12):
// A = (a²/2) · Δλ · [q(φ2) − q(φ1)], q(φ) = (1−e²)[sin φ/(1−e² sin²φ) − 1/(2e) · ln((1−e sin φ)/(1+e sin φ))].
double ellipsoidalCellKm2(double lon1, double lat1, double lon2, double lat2)
{
    const double a = 6378137.0, f = 1.0 / 298.257223563, e2 = f * (2 - f), e = std::sqrt(e2);
    auto q = [&](double phiDeg) {
        const double s = std::sin(phiDeg * M_PI / 180.0);
        return (1 - e2) * (s / (1 - e2 * s * s) - 1 / (2 * e) * std::log((1 - e * s) / (1 + e * s)));
    };
    const double dLambda = (lon2 - lon1) * M_PI / 180.0;
    return a * a / 2.0 * dLambda * (q(lat2) - q(lat1)) / 1.0e6;
}
} // namespace

class TestVectorReader : public QObject
{
    Q_OBJECT

private slots:
    void missingFileIsNamed()
    {
        const LoadResult r = VectorReader::read(fixture("no_such_file.gpkg"));
        QVERIFY(!r.table);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(r.issues.first().message.contains(u"no_such_file.gpkg"_s));
        QVERIFY(hasErrors(r.issues));
    }

    void singleColumnList()
    {
        // GDAL 3.6 refuses a CSV header without a separator; a one-column list still reads,
        // with CRLF line ends, a quoted value holding a line break, and no final line break.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("unit\r\n北京市东城区\r\n\"江油市\n(绵阳)\"\r\n朔州市平鲁区");
        file.close();
        const LoadResult r = VectorReader::readAsText(path);
        QVERIFY2(r.table, qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().message));
        QCOMPARE(r.table->rowCount(), 3);
        QCOMPARE(r.table->field(0).name, u"unit"_s);
        QCOMPARE(r.table->value(0, 0).toString(), u"北京市东城区"_s);
        QCOMPARE(r.table->value(1, 0).toString(), u"江油市\n(绵阳)"_s);
        QCOMPARE(r.table->value(2, 0).toString(), u"朔州市平鲁区"_s);
    }

    void unreadableFileIsNamed()
    {
        const LoadResult r = VectorReader::read(fixture("not_a_dataset.txt"));
        QVERIFY(!r.table);
        QVERIFY(r.issues.first().message.contains(u"not_a_dataset.txt"_s));
    }

    void unknownLayerListsTheLayers()
    {
        const LoadResult r = VectorReader::read(fixture("bowtie.geojson"), u"nope"_s);
        QVERIFY(!r.table);
        QVERIFY2(r.issues.first().message.contains(u"bowtie"_s), qPrintable(r.issues.first().message));
    }

    void invalidGeometryIsRepairedAndReported()
    {
        const LoadResult r = VectorReader::read(fixture("bowtie.geojson"));
        QVERIFY(r.table);
        QCOMPARE(r.table->rowCount(), 2);
        QCOMPARE(r.issues.size(), 1);
        const Issue &issue = r.issues.first();
        QCOMPARE(issue.severity, Issue::Severity::Warning);
        QCOMPARE(issue.row, 0);
        QVERIFY(issue.message.contains(u"feature 0"_s));
        QVERIFY2(issue.message.contains(u"Self-intersection"_s), qPrintable(issue.message));
        QCOMPARE(r.table->geometry(0).kind, GeometryKind::Polygon);
        // The bow tie becomes two triangles, each a quarter of the 1°×1° square.
        const double cell = ellipsoidalCellKm2(116, 39.5, 117, 40.5);
        QVERIFY2(std::abs(r.table->geometry(0).areaKm2 / (cell / 2) - 1) < 0.01,
                 qPrintable(u"%1 vs %2"_s.arg(r.table->geometry(0).areaKm2).arg(cell / 2)));
    }

    void manyFeaturesKeepTheirOrderAndIssues()
    {
        // Geometries are converted on several threads in chunks of a few hundred features: a
        // layer of 3,000 squares, every 700th a bow tie, must come back with each row's own
        // geometry and the repairs reported in row order.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"squares.geojson"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray json = R"({"type":"FeatureCollection","features":[)";
        const int count = 3000;
        for (int i = 0; i < count; ++i) {
            const double x = 73.0 + (i % 60) * 0.5, y = 20.0 + (i / 60) * 0.3;
            const bool bowTie = i % 700 == 3;
            const QString ring = bowTie ? u"[[%1,%2],[%3,%4],[%3,%2],[%1,%4],[%1,%2]]"_s.arg(x).arg(y).arg(x + 0.2).arg(y + 0.2)
                                        : u"[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]"_s.arg(x).arg(y).arg(x + 0.2).arg(y + 0.2);
            json += (i ? "," : "") + u"{\"type\":\"Feature\",\"properties\":{\"id\":%1,\"x\":%2,\"y\":%3},"
                                         "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[%4]}}"_s
                                         .arg(i).arg(x).arg(y).arg(ring).toUtf8();
        }
        file.write(json + "]}");
        file.close();

        const LoadResult r = VectorReader::read(path);
        QVERIFY(r.table);
        QCOMPARE(r.table->rowCount(), count);
        const int id = r.table->fieldIndex(u"id"_s), x = r.table->fieldIndex(u"x"_s), y = r.table->fieldIndex(u"y"_s);
        for (int row = 0; row < count; ++row) {
            QCOMPARE(r.table->value(row, id).toInt(), row);
            // The centroid of the square (or of the bow tie's two triangles) is its centre.
            const QPointF centre(r.table->value(row, x).toDouble() + 0.1, r.table->value(row, y).toDouble() + 0.1);
            const QPointF c = r.table->geometry(row).centroidLonLat;
            QVERIFY2(std::abs(c.x() - centre.x()) < 1e-9 && std::abs(c.y() - centre.y()) < 1e-9, qPrintable(u"row %1"_s.arg(row)));
        }
        QList<qint64> reported;
        for (const Issue &issue : r.issues)
            reported << issue.row;
        QCOMPARE(reported, (QList<qint64>{3, 703, 1403, 2103, 2803}));
    }

    void areaIsEqualArea()
    {
        const LoadResult r = VectorReader::read(fixture("bowtie.geojson"));
        QVERIFY(r.table);
        // 117–118°E, 38.5–39.5°N: about 9,600 km². The projected ring has straight edges where the
        // parallels are arcs, which costs well under 0.1 %.
        const double expected = ellipsoidalCellKm2(117, 38.5, 118, 39.5);
        const double actual = r.table->geometry(1).areaKm2;
        QVERIFY2(std::abs(actual / expected - 1) < 0.002, qPrintable(u"%1 vs %2"_s.arg(actual).arg(expected)));
        QVERIFY(std::abs(r.table->geometry(1).centroidLonLat.x() - 117.5) < 1e-6);
    }

    void attributesKeepTheirTypes()
    {
        const LoadResult r = VectorReader::read(fixture("bowtie.geojson"));
        QVERIFY(r.table);
        QCOMPARE(r.table->field(r.table->fieldIndex(u"value"_s)).type, FieldType::Real);
        QCOMPARE(*r.table->number(1, r.table->fieldIndex(u"value"_s)), 2.5);
        QCOMPARE(r.table->value(1, r.table->fieldIndex(u"code"_s)).toString(), u"120000"_s);
    }

    void splitLayerSpec()
    {
        const QString path = fixture("bowtie.geojson");
        QCOMPARE(VectorReader::splitLayerSpec(path + u":bowtie"_s), std::make_pair(path, u"bowtie"_s));
        QCOMPARE(VectorReader::splitLayerSpec(path), std::make_pair(path, QString()));
    }

    void describe()
    {
        const DatasetInfo info = describeDataset(fixture("bowtie.geojson"));
        QVERIFY(info.error.isEmpty());
        QCOMPARE(info.driver, u"GeoJSON"_s);
        QCOMPARE(info.layers.size(), 1);
        QCOMPARE(info.layers.first().featureCount, 2);
        QCOMPARE(info.layers.first().fields.size(), 2);
        QCOMPARE(info.layers.first().extent, QRectF(QPointF(116, 38.5), QPointF(118, 40.5)));
        QVERIFY(!describeDataset(fixture("missing.gpkg")).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVectorReader)
#include "tst_vectorreader.moc"
