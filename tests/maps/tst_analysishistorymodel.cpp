// The analysis history of a project as a table: order, headline texts, the whole record.
#include "maps/models/analysishistorymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestAnalysisHistoryModel : public QObject
{
    Q_OBJECT

    static QList<AnalysisRun> runs()
    {
        return {{1, u"inequality"_s, uR"({"layer":"/data/china_provinces.gpkg","value":"pop_2022","weight":"","group":"region"})"_s,
                 uR"({"n":31,"gini":0.3512,"theil_t":0.2104,"theil_l":0.2233,"theil_t_between":0.0871,"theil_t_within":0.1233})"_s,
                 u"2026-12-01T08:00:00Z"_s},
                {2, u"moran"_s, uR"({"layer":"/data/china_provinces.gpkg","value":"density_2022","weights":"queen contiguity, snap 100 m","permutations":999,"seed":"12345"})"_s,
                 uR"({"I":0.41234,"p_permutation":0.001,"clusters":{"HH":5,"LL":7,"LH":1,"HL":0,"ns":18}})"_s,
                 u"2026-12-01T09:00:00Z"_s},
                {3, u"evaluate"_s, uR"({"table":"/x/scores.csv","weights":"entropy","normalise":"minmax","aggregate":"topsis","mc":{"draws":1000}})"_s,
                 uR"({"units":[{"name":"Shenzhen"},{"name":"Hangzhou"},{"name":"Beijing"},{"name":"Wuhan"}]})"_s,
                 u"2026-12-01T07:00:00Z"_s}};
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void modelIsConsistent()
    {
        AnalysisHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(runs());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AnalysisHistoryModel::ColumnCount));
    }

    void newestFirst()
    {
        AnalysisHistoryModel model;
        model.setRuns(runs());
        QCOMPARE(model.data(model.index(0, 0), AnalysisHistoryModel::RunIdRole).toLongLong(), 2);
        QCOMPARE(model.data(model.index(1, 0), AnalysisHistoryModel::RunIdRole).toLongLong(), 1);
        QCOMPARE(model.data(model.index(2, 0), AnalysisHistoryModel::RunIdRole).toLongLong(), 3);
    }

    void headlines_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("result");
        QTest::newRow("inequality") << 0 << u"pop_2022 of china_provinces.gpkg"_s << u"groups: region"_s
                                    << u"Gini 0.351, Theil T 0.210, Theil L 0.223; Theil T between groups 0.087, within 0.123"_s;
        QTest::newRow("moran") << 1 << u"density_2022 of china_provinces.gpkg"_s
                               << u"queen contiguity, snap 100 m; 999 permutations, seed 12345"_s
                               << u"I = 0.4123 (p = 0.0010); LISA: 5 High–High, 7 Low–Low, 1 Low–High, 0 High–Low"_s;
        QTest::newRow("evaluate") << 2 << u"scores.csv"_s
                                  << u"weights entropy, normalisation minmax, aggregation topsis; Monte Carlo 1000 draws"_s
                                  << u"4 units ranked; first: Shenzhen, Hangzhou, Beijing"_s;
    }

    void headlines()
    {
        QFETCH(int, index);
        QFETCH(QString, data);
        QFETCH(QString, settings);
        QFETCH(QString, result);
        const AnalysisRun run = runs().at(index);
        QCOMPARE(AnalysisHistoryModel::dataSummary(run), data);
        QCOMPARE(AnalysisHistoryModel::settingsSummary(run), settings);
        QCOMPARE(AnalysisHistoryModel::resultSummary(run), result);
    }

    void wholeRecordAsJson()
    {
        const QJsonObject json = QJsonDocument::fromJson(AnalysisHistoryModel::toJson(runs().at(1))).object();
        QCOMPARE(json.value(u"kind"_s).toString(), u"moran"_s);
        QCOMPARE(json.value(u"created_at"_s).toString(), u"2026-12-01T09:00:00Z"_s);
        QCOMPARE(json.value(u"parameters"_s).toObject().value(u"permutations"_s).toInt(), 999);
        QCOMPARE(json.value(u"results"_s).toObject().value(u"I"_s).toDouble(), 0.41234);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisHistoryModel)
#include "tst_analysishistorymodel.moc"
