#include "maps/style/colorramp.h"

#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestColorRamp : public QObject
{
    Q_OBJECT

private slots:
    void fullPaletteIsColorBrewerExactly()
    {
        // ColorBrewer 2.0, YlOrRd with 9 classes.
        const QStringList expected{u"#ffffcc"_s, u"#ffeda0"_s, u"#fed976"_s, u"#feb24c"_s, u"#fd8d3c"_s,
                                   u"#fc4e2a"_s, u"#e31a1c"_s, u"#bd0026"_s, u"#800026"_s};
        const QList<QColor> colors = ColorRamp::byName(u"YlOrRd"_s).colors(9);
        QCOMPARE(colors.size(), 9);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(colors[i].name(), expected[i]);
    }

    void fewerClassesKeepTheEnds()
    {
        const QList<QColor> colors = ColorRamp::byName(u"Blues"_s).colors(5);
        QCOMPARE(colors.size(), 5);
        QCOMPARE(colors.first().name(), u"#f7fbff"_s);
        QCOMPARE(colors.last().name(), u"#08306b"_s);
        QCOMPARE(colors[2].name(), u"#6baed6"_s); // the middle of 9 is the 5th colour
        for (int i = 1; i < 5; ++i)
            QVERIFY(colors[i].lightnessF() < colors[i - 1].lightnessF()); // sequential: darker and darker
    }

    void reversed()
    {
        const ColorRamp ramp = ColorRamp::byName(u"rdbu"_s); // names are case-insensitive
        QCOMPARE(ramp.name(), u"RdBu"_s);
        QCOMPARE(ramp.kind(), ColorRamp::Kind::Diverging);
        const QList<QColor> forward = ramp.colors(4), backward = ramp.colors(4, true);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(forward[i], backward[3 - i]);
    }

    void qualitativeHandsOutColoursInOrder()
    {
        const QList<QColor> colors = ColorRamp::byName(u"Set1"_s).colors(3);
        QCOMPARE(colors[0].name(), u"#e41a1c"_s);
        QCOMPARE(colors[2].name(), u"#4daf4a"_s);
    }

    void unknownNameFallsBack()
    {
        QVERIFY(!ColorRamp::exists(u"Rainbow"_s));
        QCOMPARE(ColorRamp::byName(u"Rainbow"_s).name(), ColorRamp::defaultName());
    }
};

QTEST_APPLESS_MAIN(TestColorRamp)
#include "tst_colorramp.moc"
