// A Shapefile with GBK text and no .cpg: read right with a chosen encoding, and reported as of
// unknown encoding otherwise. Fixture tests/data/gbk_no_cpg.shp (+ .shx, .dbf, .prj): made with
//   ogr2ogr -f "ESRI Shapefile" gbk_no_cpg.shp gbk.csv -lco ENCODING=CP936 -nlt POLYGON ...
// from three rows (codes, Chinese and English names, WKT squares), then its .cpg deleted.
#include "maps/data/vectorreader.h"

#include <QFile>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestShapefileEncoding : public QObject
{
    Q_OBJECT

private:
    static QString fixture() { return QStringLiteral(CITYATLAS_TEST_DATA_DIR "/gbk_no_cpg.shp"); }

    static QStringList column(const FeatureTable &table, const QString &field)
    {
        QStringList values;
        for (int row = 0; row < table.rowCount(); ++row)
            values << table.value(row, table.fieldIndex(field)).toString();
        return values;
    }

private slots:
    void fixtureIsGbkWithoutCpg()
    {
        QVERIFY(!QFile::exists(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/gbk_no_cpg.cpg")));
        QFile dbf(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/gbk_no_cpg.dbf"));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        const QByteArray bytes = dbf.readAll();
        // 北京市 in GB 2312/GBK: B1B1 BEA9 CAD0 (the GB 2312 code table; iconv -t GBK agrees).
        QVERIFY(bytes.contains(QByteArray::fromHex("b1b1bea9cad0")));
        QCOMPARE(bytes.at(29), '\0'); // no code page (language driver id) in the header either
    }

    void chosenEncodingReadsChineseNames()
    {
        const LoadResult r = VectorReader::read(fixture(), {}, nullptr, u"GBK"_s);
        QVERIFY(r.table);
        QVERIFY(!r.encodingUnknown);
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(column(*r.table, u"name_zh"_s), (QStringList{u"北京市"_s, u"广西壮族自治区"_s, u"内蒙古自治区"_s}));
        QCOMPARE(column(*r.table, u"code"_s), (QStringList{u"110000"_s, u"450000"_s, u"150000"_s}));
        QVERIFY(r.table->hasGeometry());
        // GB18030 is a superset of GBK: the same names.
        const LoadResult superset = VectorReader::read(fixture(), {}, nullptr, u"GB18030"_s);
        QVERIFY(superset.table);
        QCOMPARE(column(*superset.table, u"name_zh"_s), column(*r.table, u"name_zh"_s));
        QVERIFY(VectorReader::shapefileEncodings().contains(u"GBK"_s));
    }

    void withoutEncodingTheMessageSaysItIsUnknown()
    {
        const LoadResult r = VectorReader::read(fixture());
        QVERIFY(r.table); // still loaded: English names and codes are fine
        QVERIFY(r.encodingUnknown);
        QCOMPARE(column(*r.table, u"name_en"_s), (QStringList{u"Beijing"_s, u"Guangxi"_s, u"Inner Mongolia"_s}));
        QVERIFY(column(*r.table, u"name_zh"_s).first() != u"北京市"_s);
        QCOMPARE(r.issues.size(), 1);
        const Issue &issue = r.issues.first();
        QCOMPARE(issue.severity, Issue::Severity::Warning);
        QCOMPARE(issue.field, u"name_zh"_s);
        QCOMPARE(issue.row, 0);
        QVERIFY2(issue.message.contains(u"gbk_no_cpg.shp"_s) && issue.message.contains(u"encoding is unknown"_s)
                     && issue.message.contains(u"GBK"_s),
                 qPrintable(issue.message));
    }

    void otherFormatsAreNotQuestioned()
    {
        const LoadResult r = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3.geojson"));
        QVERIFY(r.table);
        QVERIFY(!r.encodingUnknown);
    }
};

QTEST_GUILESS_MAIN(TestShapefileEncoding)
#include "tst_shapefileencoding.moc"
