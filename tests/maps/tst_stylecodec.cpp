// ChoroplethSpec <-> JSON (maps/style/stylecodec.h): every method round-trips, and each
// wrong member is named in the error.
#include "maps/style/stylecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CityAtlas::ClassificationMethod)

class TestStyleCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<ClassificationMethod>("method");
        QTest::addColumn<QList<double>>("breaks");
        QTest::newRow("equal") << ClassificationMethod::EqualInterval << QList<double>{};
        QTest::newRow("quantile") << ClassificationMethod::Quantile << QList<double>{};
        QTest::newRow("jenks") << ClassificationMethod::NaturalBreaks << QList<double>{};
        QTest::newRow("stddev") << ClassificationMethod::StdDev << QList<double>{};
        QTest::newRow("unique") << ClassificationMethod::UniqueValues << QList<double>{};
        QTest::newRow("manual") << ClassificationMethod::Manual << QList<double>{100, 400.5, 1e6};
    }

    void roundTrip()
    {
        QFETCH(ClassificationMethod, method);
        QFETCH(QList<double>, breaks);
        ChoroplethSpec spec;
        spec.field = u"density_2022"_s;
        spec.method = method;
        spec.classCount = 7;
        spec.ramp = u"RdBu"_s;
        spec.reversed = true;
        spec.breaks = breaks;
        const QJsonObject json = StyleCodec::toJson(spec);
        QCOMPARE(json.value(u"method"_s).toString(), methodKey(method));
        QCOMPARE(json.contains(u"breaks"_s), method == ClassificationMethod::Manual);
        // Through text, as the project file stores it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QString error;
        const std::optional<ChoroplethSpec> back = StyleCodec::fromJson(reread, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, spec);
    }

    void manualJsonText()
    {
        ChoroplethSpec spec;
        spec.field = u"value"_s;
        spec.method = ClassificationMethod::Manual;
        spec.classCount = 3;
        spec.breaks = {4, 20};
        QCOMPARE(QJsonDocument(StyleCodec::toJson(spec)).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"breaks":[4,20],"classes":3,"field":"value","method":"manual","ramp":"YlOrRd","reversed":false})"));
    }

    // The form already stored by project files (tests/data/project_v1.sql): defaults fill in.
    void minimalJson()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({"field":"value","method":"jenks","classes":5})").object();
        const std::optional<ChoroplethSpec> spec = StyleCodec::fromJson(json, nullptr);
        QVERIFY(spec);
        QCOMPARE(spec->method, ClassificationMethod::NaturalBreaks);
        QCOMPARE(spec->ramp, u"YlOrRd"_s);
        QCOMPARE(spec->reversed, false);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no field") << QByteArray(R"({"method":"jenks"})") << u"style: 'field' must be the name of a field"_s;
        QTest::newRow("bad method") << QByteArray(R"({"field":"v","method":"pretty"})")
                                    << u"style: 'method' is 'pretty'; expected one of equal, quantile, jenks, stddev, manual, unique"_s;
        QTest::newRow("fractional classes") << QByteArray(R"({"field":"v","method":"jenks","classes":2.5})")
                                            << u"style: 'classes' must be a whole number from 1 to 12"_s;
        QTest::newRow("too many classes") << QByteArray(R"({"field":"v","method":"jenks","classes":50})")
                                          << u"style: 'classes' must be a whole number from 1 to 12"_s;
        QTest::newRow("too many breaks") << QByteArray(R"({"field":"v","method":"manual","breaks":[1,2,3,4,5,6,7,8,9,10,11,12]})")
                                         << u"style: 'breaks' holds 12 values; at most 11 (12 classes)"_s;
        QTest::newRow("unknown ramp") << QByteArray(R"({"field":"v","method":"jenks","ramp":"Rainbow"})")
                                      << u"style: 'ramp' is 'Rainbow'; expected one of "_s;
        QTest::newRow("reversed text") << QByteArray(R"({"field":"v","method":"jenks","reversed":"yes"})")
                                       << u"style: 'reversed' must be true or false"_s;
        QTest::newRow("manual without breaks") << QByteArray(R"({"field":"v","method":"manual"})")
                                               << u"style: manual classes need 'breaks', an array of numbers"_s;
        QTest::newRow("text break") << QByteArray(R"({"field":"v","method":"manual","breaks":[1,"x"]})")
                                    << u"style: 'breaks' entry 2 is not a number"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!StyleCodec::fromJson(QJsonDocument::fromJson(json).object(), &message));
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }
};

QTEST_APPLESS_MAIN(TestStyleCodec)

#include "tst_stylecodec.moc"
