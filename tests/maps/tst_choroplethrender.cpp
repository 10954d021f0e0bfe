// A rendered choropleth checked by sampling pixels inside provinces against their class colours.
#include "maps/data/bundleddata.h"
#include "maps/render/mapexporter.h"
#include "maps/style/choropleth.h"
#include "maps/render/maprenderer.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include "tests/maps/mapsupport.h"

#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestChoroplethRender : public QObject, private TestSupport::ProvinceMapFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        const QString error = loadProvinceMap();
        QVERIFY2(m_map, qPrintable(error));
    }

    void classesFollowTheData()
    {
        ChoroplethSpec spec;
        spec.field = BundledData::densityField();
        spec.method = ClassificationMethod::Quantile;
        spec.classCount = 5;
        const Choropleth c = Choropleth::classify(*m_map, spec);
        QVERIFY(c.isValid());
        QCOMPARE(c.noDataCount(), 3); // Hong Kong, Macao, Taiwan have no NBS statistics
        // Densities (facts.md §2): Tibet 3.0 is the minimum, Shanghai 3,903.5 the maximum.
        QCOMPARE(c.classOfRow(rowOf(u"540000"_s)), 0);
        QCOMPARE(c.classOfRow(rowOf(u"310000"_s)), 4);
        QVERIFY(!c.issues().isEmpty()); // the warning about the three units without data
    }

    void pixelsInsideProvincesHaveTheirClassColour_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("Xinjiang") << u"650000"_s;
        QTest::newRow("Tibet") << u"540000"_s;
        QTest::newRow("Inner Mongolia") << u"150000"_s;
        QTest::newRow("Sichuan") << u"510000"_s;
        QTest::newRow("Henan") << u"410000"_s;
        QTest::newRow("Heilongjiang") << u"230000"_s;
        QTest::newRow("Guangdong") << u"440000"_s;
        QTest::newRow("Taiwan (no data)") << u"710000"_s;
    }
    void pixelsInsideProvincesHaveTheirClassColour()
    {
        QFETCH(QString, code);
        ChoroplethSpec spec;
        spec.field = BundledData::densityField();
        spec.method = ClassificationMethod::NaturalBreaks;
        spec.classCount = 5;
        spec.ramp = u"Blues"_s;
        const Choropleth c = Choropleth::classify(*m_map, spec);
        MapSettings settings;
        settings.title = u"人口密度 Population density"_s;
        settings.showLegend = false; // the legend would cover the south-west
        MapRenderer renderer(*m_map, c, settings);

        QImage image(1000, 800, QImage::Format_ARGB32);
        image.setDotsPerMeterX(3780); // 96 dpi
        image.setDotsPerMeterY(3780);
        QPainter painter(&image);
        renderer.render(painter, image.rect());
        const QTransform toDevice = renderer.mapToDevice(renderer.mapFrame(painter, image.rect()));
        painter.end();

        const int row = rowOf(code);
        QVERIFY(row >= 0);
        const QPoint p = toDevice.map(m_map->geometry(row).labelPoint).toPoint();
        QVERIFY(image.rect().contains(p));
        const QColor expected = c.colorOfRow(row);
        const QColor actual = image.pixelColor(p);
        const int distance = std::abs(actual.red() - expected.red()) + std::abs(actual.green() - expected.green())
            + std::abs(actual.blue() - expected.blue());
        QVERIFY2(distance <= 6, qPrintable(u"%1 at (%2,%3): %4 expected %5"_s.arg(code).arg(p.x()).arg(p.y())
                                               .arg(actual.name(), expected.name())));
    }

    void exportsAllThreeFormats()
    {
        ChoroplethSpec spec;
        spec.field = BundledData::densityField();
        const Choropleth c = Choropleth::classify(*m_map, spec);
        MapSettings settings;
        settings.title = u"中国 China"_s;
        settings.labelField = u"name_zh"_s;
        settings.sourceLine = BundledData::provinceMapSourceLine();
        const MapRenderer renderer(*m_map, c, settings);
        QTemporaryDir dir;
        const ExportOptions options{QSize(800, 600), 96};
        QCOMPARE(MapExporter::exportMap(renderer, dir.filePath(u"map.png"_s), options), QString());
        QCOMPARE(QImage(dir.filePath(u"map.png"_s)).size(), QSize(800, 600));
        QCOMPARE(MapExporter::exportMap(renderer, dir.filePath(u"map.svg"_s), options), QString());
        QFile svg(dir.filePath(u"map.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QCOMPARE(MapExporter::exportMap(renderer, dir.filePath(u"map.pdf"_s), options), QString());
        QFile pdf(dir.filePath(u"map.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QString error = MapExporter::exportMap(renderer, dir.filePath(u"map.bmpx"_s), options);
        QVERIFY(error.contains(u"map.bmpx"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"map.bmpx"_s)));
    }
};

QTEST_MAIN(TestChoroplethRender)
#include "tst_choroplethrender.moc"
