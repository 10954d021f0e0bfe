// Unique values and manual breaks on a small fixture (tests/data/grid3x3_styles.geojson),
// the histogram behind the style dialog, and createStyle(). Every expected number below is
// counted by hand from the fixture:
//   row   id   value  region  code
//   0     c00   1     east     3
//   1     c01   2     east     1
//   2     c02   3     west     2
//   3     c10   5     north    3
//   4     c11   8     east     1
//   5     c12  13     west    12
//   6     c20  21     south    2
//   7     c21  34     (null)   3
//   8     c22  (null) north    1
#include "maps/data/vectorreader.h"
#include "maps/style/categorystyle.h"
#include "maps/style/choropleth.h"
#include "maps/style/fieldhistogram.h"
#include "maps/style/layerstyle.h"

#include "tests/maps/mapsupport.h"

#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

QList<int> counts(const QList<LegendEntry> &legend)
{
    QList<int> list;
    for (const LegendEntry &e : legend)
        list << e.count;
    return list;
}

QList<int> classes(const MapStyle &style, int rows)
{
    QList<int> list;
    for (int row = 0; row < rows; ++row)
        list << style.classOfRow(row);
    return list;
}

} // namespace

class TestStyleMethods : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FeatureTable> m_table;

    ChoroplethSpec manual(const QList<double> &breaks) const
    {
        ChoroplethSpec spec;
        spec.field = u"value"_s;
        spec.method = ClassificationMethod::Manual;
        spec.ramp = u"YlOrRd"_s;
        spec.breaks = breaks;
        return spec;
    }

private slots:
    void initTestCase()
    {
        LoadResult r = VectorReader::read(QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3_styles.geojson"));
        QVERIFY(r.table);
        m_table = std::move(r.table);
        QCOMPARE(m_table->rowCount(), 9);
    }

    void uniqueTextValues()
    {
        const CategoryStyle style = CategoryStyle::uniqueValues(*m_table, u"region"_s, u"Set2"_s, 12);
        QVERIFY(style.isValid());
        // Sorted by text; c21 has no region.
        QCOMPARE(TestSupport::legendLabels(style.legendEntries()), (QStringList{u"east"_s, u"north"_s, u"south"_s, u"west"_s, u"No data"_s}));
        QCOMPARE(counts(style.legendEntries()), (QList<int>{3, 2, 1, 2, 1}));
        QCOMPARE(classes(style, 9), (QList<int>{0, 0, 3, 1, 0, 3, 2, -1, 1}));
        // ColorBrewer Set2, first four colours in order (colorbrewer2.org).
        QCOMPARE(style.colorOfRow(0), QColor(u"#66c2a5"_s));
        QCOMPARE(style.colorOfRow(3), QColor(u"#fc8d62"_s));
        QCOMPARE(style.colorOfRow(6), QColor(u"#8da0cb"_s));
        QCOMPARE(style.colorOfRow(2), QColor(u"#e78ac3"_s));
        QCOMPARE(style.colorOfRow(7), MapStyle::noDataColor());
        QCOMPARE(style.issues().size(), 1); // the warning about c21
        QVERIFY(style.issues().first().message.contains(u"1 of 9"_s));
    }

    void uniqueIntegerCodesSortNumerically()
    {
        const CategoryStyle style = CategoryStyle::uniqueValues(*m_table, u"code"_s, u"Set2"_s, 12, true);
        // 1, 2, 3, 12 (as text 12 would come before 2).
        QCOMPARE(TestSupport::legendLabels(style.legendEntries()), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"12"_s}));
        QCOMPARE(counts(style.legendEntries()), (QList<int>{3, 2, 3, 1}));
        // Reversed: the four Set2 colours from the fourth to the first.
        QCOMPARE(style.colorOfRow(1), QColor(u"#e78ac3"_s)); // code 1
        QCOMPARE(style.colorOfRow(5), QColor(u"#66c2a5"_s)); // code 12
        QVERIFY(style.issues().isEmpty());
    }

    void uniqueValuesBeyondTheLimitShareOther()
    {
        const CategoryStyle style = CategoryStyle::uniqueValues(*m_table, u"region"_s, u"Set2"_s, 2);
        // The two most frequent: east (3), then north and west (2 each), the tie going to
        // the smaller value, north. south (1) and west (2) become "Other".
        QCOMPARE(TestSupport::legendLabels(style.legendEntries()), (QStringList{u"east"_s, u"north"_s, u"Other"_s, u"No data"_s}));
        QCOMPARE(counts(style.legendEntries()), (QList<int>{3, 2, 3, 1}));
        QCOMPARE(style.colorOfRow(6), CategoryStyle::otherColor());
        QCOMPARE(style.classOfRow(5), 2);
    }

    void uniqueValuesOfAMissingField()
    {
        const CategoryStyle style = CategoryStyle::uniqueValues(*m_table, u"nope"_s);
        QVERIFY(!style.isValid());
        QCOMPARE(style.issues().size(), 1);
        QVERIFY(style.issues().first().message.contains(u"grid3x3_styles.geojson: no field 'nope'"_s));
        QCOMPARE(style.issues().first().field, u"nope"_s);
    }

    void uniqueValuesNeedCodes()
    {
        FeatureTable table(u"rates"_s, u"rates.csv"_s);
        table.addField({u"rate"_s, FieldType::Real});
        table.appendRow({2.0});
        table.appendRow({2.5});
        const CategoryStyle style = CategoryStyle::uniqueValues(table, u"rate"_s);
        QVERIFY(!style.isValid());
        QCOMPARE(style.issues().first().message,
                 u"rates.csv, row 2: field 'rate' holds the decimal number 2.5; unique values need text or whole-number codes"_s);
        QCOMPARE(style.issues().first().row, 1);
        // Whole numbers stored as reals (the fixture's value field) are codes.
        QVERIFY(CategoryStyle::uniqueValues(*m_table, u"value"_s).isValid());
    }

    void manualBreaks()
    {
        const Choropleth c = Choropleth::classify(*m_table, manual({4, 20}));
        QVERIFY(c.isValid());
        QCOMPARE(c.breaks().bounds, (QList<double>{1, 4, 20, 34}));
        // [1, 4]: 1, 2, 3; (4, 20]: 5, 8, 13; (20, 34]: 21, 34; c22 has no value.
        QCOMPARE(counts(c.legend()), (QList<int>{3, 3, 2, 1}));
        // Value span 33 gives one decimal (Choropleth::legend).
        QCOMPARE(TestSupport::legendLabels(c.legend()), (QStringList{u"1.0 – 4.0"_s, u"4.0 – 20.0"_s, u"20.0 – 34.0"_s, u"No data"_s}));
        // Three YlOrRd classes sample the nine-colour palette at 0, ½, 1: its entries 1, 5, 9.
        QCOMPARE(c.colors(), (QList<QColor>{QColor(u"#ffffcc"_s), QColor(u"#fd8d3c"_s), QColor(u"#800026"_s)}));
        QCOMPARE(classes(c, 9), (QList<int>{0, 0, 0, 1, 1, 1, 2, 2, -1}));
    }

    void badManualBreaks_data()
    {
        QTest::addColumn<QList<double>>("breaks");
        QTest::addColumn<QString>("message");
        const QString file = u"grid3x3_styles.geojson: field 'value': "_s;
        QTest::newRow("none") << QList<double>{} << file + u"manual classes need at least one break value"_s;
        QTest::newRow("decreasing") << QList<double>{20, 4}
                                    << file + u"break 2 (4) is not greater than break 1 (20); breaks must increase"_s;
        QTest::newRow("infinite") << QList<double>{4, qInf()} << file + u"break 2 is not a finite number"_s;
        QTest::newRow("above the maximum")
            << QList<double>{4, 40} << file + u"break 2 (40) is not between the smallest value 1 and the largest 34"_s;
    }

    void badManualBreaks()
    {
        QFETCH(QList<double>, breaks);
        QFETCH(QString, message);
        const Choropleth c = Choropleth::classify(*m_table, manual(breaks));
        QVERIFY(!c.isValid());
        QCOMPARE(c.issues().size(), 1);
        QVERIFY2(c.issues().first().message.endsWith(message), qPrintable(c.issues().first().message));
        QCOMPARE(c.issues().first().field, u"value"_s);
    }

    void parseBreaks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QList<double>>("breaks");
        QTest::newRow("commas") << u"4, 20.5"_s << true << QList<double>{4, 20.5};
        QTest::newRow("blanks and semicolons") << u" 4 20;30 "_s << true << QList<double>{4, 20, 30};
        QTest::newRow("full-width commas") << u"4，20、30"_s << true << QList<double>{4, 20, 30};
        QTest::newRow("empty") << QString() << true << QList<double>{};
        QTest::newRow("a word") << u"4, abc"_s << false << QList<double>{};
    }

    void parseBreaks()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QList<double>, breaks);
        QString error;
        const std::optional<QList<double>> parsed = Choropleth::parseBreaks(text, &error);
        QCOMPARE(parsed.has_value(), ok);
        if (ok) {
            QCOMPARE(*parsed, breaks);
            QCOMPARE(*Choropleth::parseBreaks(Choropleth::formatBreaks(breaks), nullptr), breaks);
        } else {
            QCOMPARE(error, u"Break 2: 'abc' is not a number; type the break values separated by commas, e.g. 10, 25.5, 100"_s);
        }
    }

    void createStyleDispatches()
    {
        ChoroplethSpec spec = manual({4, 20});
        StyleResult result = createStyle(*m_table, spec);
        QVERIFY(dynamic_cast<const Choropleth *>(result.style.get()));
        spec.method = ClassificationMethod::UniqueValues;
        spec.field = u"region"_s;
        result = createStyle(*m_table, spec);
        QVERIFY(dynamic_cast<const CategoryStyle *>(result.style.get()));
        spec.field = u"nope"_s;
        result = createStyle(*m_table, spec);
        QVERIFY(!result.style);
        QVERIFY(hasErrors(result.issues));
        // Numeric methods on a text field say so.
        spec.field = u"region"_s;
        spec.method = ClassificationMethod::Quantile;
        result = createStyle(*m_table, spec);
        QVERIFY(!result.style);
        QVERIFY(result.issues.first().message.endsWith(u"field 'region' has no numeric values to classify"_s));
    }

    void numericHistogram()
    {
        const FieldHistogram h = FieldHistogram::ofNumbers(*m_table, u"value"_s, 3);
        // Width (34 - 1)/3 = 11: [1, 12) holds 1, 2, 3, 5, 8; [12, 23) 13, 21; [23, 34] 34.
        QCOMPARE(h.bins().size(), 3);
        QCOMPARE(h.bins()[1].lower, 12.0);
        QCOMPARE(h.bins()[2].upper, 34.0);
        QCOMPARE(h.bins()[0].count, 5);
        QCOMPARE(h.bins()[1].count, 2);
        QCOMPARE(h.bins()[2].count, 1);
        QCOMPARE(h.maxCount(), 5);
        QCOMPARE(h.binOfRow(8), -1);
        QCOMPARE(h.rowsInBin(1), (QSet<int>{5, 6}));
        QCOMPARE(h.binAt(34.0), 2);
        QCOMPARE(h.binAt(12.0), 1);
        QCOMPARE(h.binAt(40.0), -1);
        QCOMPARE(h.countsOf({0, 5, 7, 8}), (QList<int>{1, 1, 1}));
        QCOMPARE(h.rule(), FieldHistogram::BinRule::Chosen);
    }

    // Freedman–Diaconis, by hand. The fixture's 8 values 1 2 3 5 8 13 21 34: quartiles (type 7)
    // at positions 1.75 and 5.25: Q1 = 2 + 0.75·1 = 2.75, Q3 = 13 + 0.25·8 = 15, IQR 12.25;
    // width 2·12.25/8^(1/3) = 12.25; ceil(33 / 12.25) = 3 bins.
    // 1..100: Q1 = 25.75, Q3 = 75.25, IQR 49.5; width 99/100^(1/3) = 21.33; ceil(99 / 21.33) = 5.
    void automaticBins()
    {
        const FieldHistogram h = FieldHistogram::ofNumbers(*m_table, u"value"_s);
        QCOMPARE(h.rule(), FieldHistogram::BinRule::FreedmanDiaconis);
        QCOMPARE(h.bins().size(), 3);
        QCOMPARE(h.binWidth(), 11.0); // equal bins over the range: 33 / 3
        QList<double> hundred;
        for (int i = 1; i <= 100; ++i)
            hundred << i;
        QCOMPARE(FieldHistogram::freedmanDiaconisBinCount(hundred), 5);
        // One outlier in a long flat run: IQR 0, so Sturges: 7 values, ceil(log2 7) + 1 = 4.
        FeatureTable flat(u"flat"_s, u"flat.csv"_s);
        flat.addField({u"v"_s, FieldType::Real});
        for (const double v : {5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 9.0})
            flat.appendRow({v});
        QCOMPARE(FieldHistogram::freedmanDiaconisBinCount(flat.numericColumn(0)), 0);
        const FieldHistogram sturges = FieldHistogram::ofNumbers(flat, u"v"_s);
        QCOMPARE(sturges.rule(), FieldHistogram::BinRule::Sturges);
        QCOMPARE(sturges.bins().size(), 4);
        QCOMPARE(FieldHistogram::sturgesBinCount(367), 10); // ceil(8.52) + 1
    }

    void categoryHistogram()
    {
        const CategoryStyle style = CategoryStyle::uniqueValues(*m_table, u"region"_s);
        const FieldHistogram h = FieldHistogram::ofClasses(style, m_table->rowCount());
        QVERIFY(h.isCategorical());
        QCOMPARE(h.bins().size(), 4); // "No data" is not a bin
        QCOMPARE(h.bins()[3].label, u"west"_s);
        QCOMPARE(h.bins()[3].count, 2);
        QCOMPARE(h.binAt(1.2), 1);
        QCOMPARE(h.binAt(1.5), -1);
        QCOMPARE(h.rowsInBin(0), (QSet<int>{0, 1, 4}));
    }
};

QTEST_GUILESS_MAIN(TestStyleMethods)

#include "tst_stylemethods.moc"
