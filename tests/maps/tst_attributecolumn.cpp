#include "maps/data/attributecolumn.h"
#include "maps/data/featuretable.h"

#include <QDate>
#include <QTest>

#include <cmath>
#include <limits>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

// AttributeColumn keeps whole numbers, reals and text unboxed; what matters to its users is that
// every cell reads back exactly as it was written, type included, whatever the mix.
class TestAttributeColumn : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void nullsBeforeTheFirstValue();
    void numbers();
    void setAfterAppend();
    void tableColumnsStayAligned();
};

void TestAttributeColumn::roundTrip_data()
{
    QTest::addColumn<QVariantList>("cells");
    QTest::newRow("integers") << QVariantList{qlonglong(110000), QVariant(), qlonglong(-3)};
    QTest::newRow("reals") << QVariantList{1.5, QVariant(), -0.0, std::numeric_limits<double>::infinity()};
    QTest::newRow("text") << QVariantList{u"北京市"_s, QVariant(), QString(), u""_s};
    QTest::newRow("int then double") << QVariantList{2022, 0.5, QVariant()};
    QTest::newRow("double then text") << QVariantList{0.5, u"n/a"_s};
    QTest::newRow("dates") << QVariantList{QDate(2024, 5, 1), QVariant()};
    QTest::newRow("typed null") << QVariantList{1.0, QVariant(QMetaType::fromType<double>())};
    QTest::newRow("only nulls") << QVariantList{QVariant(), QVariant()};
}

void TestAttributeColumn::roundTrip()
{
    QFETCH(QVariantList, cells);
    AttributeColumn column;
    column.reserve(int(cells.size()));
    for (const QVariant &cell : cells)
        column.append(cell);
    QCOMPARE(column.size(), cells.size());
    for (int row = 0; row < cells.size(); ++row) {
        const QVariant read = column.value(row);
        QCOMPARE(read.metaType(), cells[row].metaType());
        QCOMPARE(read.isNull(), cells[row].isNull());
        QCOMPARE(read, cells[row]);
    }
}

void TestAttributeColumn::nullsBeforeTheFirstValue()
{
    AttributeColumn column;
    column.resize(3);
    column.set(2, 7.25);
    QVERIFY(!column.value(0).isValid());
    QVERIFY(!column.value(1).isValid());
    QCOMPARE(column.value(2), QVariant(7.25));
    column.append(QVariant());
    QVERIFY(!column.value(3).isValid());
}

void TestAttributeColumn::numbers()
{
    AttributeColumn column;
    for (const QVariant &v : {QVariant(qlonglong(12)), QVariant(), QVariant(qlonglong(-5))})
        column.append(v);
    QCOMPARE(column.number(0), std::optional<double>(12.0));
    QCOMPARE(column.number(1), std::nullopt);
    QCOMPARE(column.number(2), std::optional<double>(-5.0));

    AttributeColumn mixed; // text that reads as a number counts, as QVariant::toDouble says
    for (const QVariant &v : {QVariant(u"3.5"_s), QVariant(u"abc"_s), QVariant(std::nan(""))})
        mixed.append(v);
    QCOMPARE(mixed.number(0), std::optional<double>(3.5));
    QCOMPARE(mixed.number(1), std::nullopt);
    QCOMPARE(mixed.number(2), std::nullopt); // not finite
}

void TestAttributeColumn::setAfterAppend()
{
    AttributeColumn column;
    column.append(1.0);
    column.append(2.0);
    column.set(0, QVariant());
    column.set(1, u"two"_s); // another type: the column turns into QVariants and keeps the rest
    QVERIFY(!column.value(0).isValid());
    QCOMPARE(column.value(1), QVariant(u"two"_s));
    column.append(3.0);
    QCOMPARE(column.value(2), QVariant(3.0));
}

void TestAttributeColumn::tableColumnsStayAligned()
{
    FeatureTable table(u"t"_s, u"t.csv"_s);
    table.addField({u"code"_s, FieldType::String});
    table.appendRow({u"110000"_s, 1.0}); // one value too many: dropped
    table.addField({u"value"_s, FieldType::Real});
    table.appendRow({u"120000"_s});      // one too few: null
    table.setValue(0, 1, 2.5);
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.value(0, 0), QVariant(u"110000"_s));
    QCOMPARE(table.value(0, 1), QVariant(2.5));
    QVERIFY(!table.value(1, 1).isValid());
    QCOMPARE(table.numericColumn(1).size(), 2);
    table.removeField(0);
    QCOMPARE(table.value(0, 0), QVariant(2.5));
}

QTEST_GUILESS_MAIN(TestAttributeColumn)
#include "tst_attributecolumn.moc"
