// cityatlas-cli evaluate as a user runs it: the bundled sample end-to-end, reproducible Monte
// Carlo intervals, TOPSIS and AHP against independent numbers, the GB/T template's first level,
// output files, and one clear stderr line per bad input.
#include "tests/app/clirunner.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include "maps/data/vectorreader.h"

#include <QtTest>

#include <cmath>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

using namespace CliTest;

Run cli(const QStringList &arguments)
{
    return runCli(QStringList{u"evaluate"_s} + arguments);
}


bool near(double actual, double expected, double tolerance = 1e-9) { return std::abs(actual - expected) <= tolerance; }

QByteArray both(double actual, double expected)
{
    return u"actual %1, expected %2"_s.arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17).toUtf8();
}

QJsonObject unitById(const QJsonArray &units, const QString &id)
{
    for (const QJsonValue &u : units)
        if (u.toObject().value(u"id"_s).toString() == id)
            return u.toObject();
    return {};
}

} // namespace

class TestCliEvaluate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void help()
    {
        const Run r = cli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &option : {u"--indicators"_s, u"--system"_s, u"--weights"_s, u"--normalise"_s, u"--aggregate"_s,
                                      u"--cost"_s, u"--mc"_s, u"--seed"_s, u"--json"_s, u"--out"_s})
            QVERIFY2(r.out.contains(option), qPrintable(option));
    }

    void sampleWithEntropyWeightsRanks31Provinces()
    {
        const Run r = cli({u"--system"_s, u"sample"_s, u"--weights"_s, u"entropy"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject root = r.json();
        QCOMPARE(root.value(u"n"_s).toInt(), 31);
        QVERIFY(root.value(u"sample_data"_s).toBool()); // labelled as synthetic
        QCOMPARE(root.value(u"parameters"_s).toObject().value(u"weights"_s).toString(), u"entropy"_s);
        QCOMPARE(root.value(u"parameters"_s).toObject().value(u"normalise"_s).toString(), u"minmax"_s);
        // Entropy weighs min–max values whatever --normalise says, and the parameters say so.
        QCOMPARE(root.value(u"parameters"_s).toObject().value(u"weights_normalise"_s).toString(), u"minmax"_s);
        const QJsonObject weights = root.value(u"weights"_s).toObject();
        QCOMPARE(weights.size(), 8);
        double sum = 0.0;
        for (const QJsonValue &w : weights)
            sum += w.toDouble();
        QVERIFY(near(sum, 1.0, 1e-12));
        int costs = 0;
        for (const QJsonValue &i : root.value(u"indicators"_s).toArray())
            costs += i.toObject().value(u"direction"_s).toString() == u"cost"_s ? 1 : 0;
        QCOMPARE(costs, 2);
        const QJsonArray units = root.value(u"units"_s).toArray();
        QCOMPARE(units.size(), 31);
        QSet<int> ranks;
        double previous = 2.0;
        for (const QJsonValue &v : units) {
            const QJsonObject u = v.toObject();
            QVERIFY(QRegularExpression(u"^\\d{2}0000$"_s).match(u.value(u"id"_s).toString()).hasMatch());
            ranks.insert(u.value(u"rank"_s).toInt());
            const double score = u.value(u"score"_s).toDouble();
            QVERIFY(score >= 0.0 && score <= 1.0 && score <= previous); // sorted by rank
            previous = score;
            QCOMPARE(u.value(u"groups"_s).toObject().size(), 4); // first-level profile
        }
        QCOMPARE(ranks.size(), 31); // 1..31, no ties in the sample
        QVERIFY(ranks.contains(1) && ranks.contains(31));
    }

    void monteCarloIsReproducibleForASeed()
    {
        const QStringList args{u"--system"_s, u"sample"_s, u"--weights"_s, u"entropy"_s, u"--mc"_s, u"200"_s,
                               u"--seed"_s, u"7"_s, u"--json"_s};
        const Run a = cli(args);
        const Run b = cli(args);
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
        const QJsonArray unitsA = a.json().value(u"units"_s).toArray();
        QCOMPARE(unitsA.size(), 31);
        QCOMPARE(unitsA, b.json().value(u"units"_s).toArray());
        for (const QJsonValue &v : unitsA) {
            const QJsonObject u = v.toObject();
            const double p05 = u.value(u"rank_p05"_s).toDouble();
            const double median = u.value(u"rank_median"_s).toDouble();
            const double p95 = u.value(u"rank_p95"_s).toDouble();
            QVERIFY(u.contains(u"rank_p05"_s) && u.contains(u"rank_p95"_s));
            QVERIFY(1.0 <= p05 && p05 <= median && median <= p95 && p95 <= 31.0);
        }
        const QJsonObject mc = a.json().value(u"parameters"_s).toObject().value(u"mc"_s).toObject();
        QCOMPARE(mc.value(u"draws"_s).toInt(), 200);
        QCOMPARE(mc.value(u"seed"_s).toInt(), 7);

        // Another seed draws other weights (the mean scores over the draws differ).
        QStringList other = args;
        other[other.indexOf(u"7"_s)] = u"8"_s;
        const QJsonArray unitsC = cli(other).json().value(u"units"_s).toArray();
        bool differs = false;
        for (qsizetype k = 0; k < unitsA.size(); ++k)
            differs = differs || unitsA[k].toObject().value(u"mean_score"_s) != unitsC[k].toObject().value(u"mean_score"_s);
        QVERIFY(differs);
    }

    void topsisMatchesAnIndependentCalculation()
    {
        // tests/data/evaluation_tiny.csv, weights 0.5, 0.3, 0.2 from evaluation_tiny.json, x3 cost:
        //       x1 x2 x3
        //   A    7  9  9
        //   B    8  7  8
        //   C    9  6  7
        //   D    6  7  6
        // Column norms sqrt(230), sqrt(215), sqrt(230); v_ij = w_j x_ij / norm_j; ideal = (max, max,
        // min), anti-ideal = (min, min, max); C_i = D−/(D+ + D−). Computed independently in plain
        // Python (no CityAtlas code):
        //   import math; X=[[7,9,9],[8,7,8],[9,6,7],[6,7,6]]; w=[.5,.3,.2]; b=[1,1,0]
        //   nrm=[math.sqrt(sum(r[j]**2 for r in X)) for j in range(3)]
        //   V=[[w[j]*r[j]/nrm[j] for j in range(3)] for r in X]
        //   best=[(max if b[j] else min)(v[j] for v in V) for j in range(3)]; worst likewise reversed
        //   C = D-/(D+ + D-) → A 0.4753605374248808, B 0.5445100957288584,
        //                      C 0.6198446941582753, D 0.29384362159545785
        const Run r = cli({u"--indicators"_s, data("evaluation_tiny.csv"), u"--system"_s, data("evaluation_tiny.json"),
                           u"--aggregate"_s, u"topsis"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = r.json();
        QCOMPARE(root.value(u"parameters"_s).toObject().value(u"normalise"_s).toString(), u"vector"_s);
        const QJsonArray units = root.value(u"units"_s).toArray();
        const QList<std::pair<QString, double>> expected{{u"A"_s, 0.4753605374248808}, {u"B"_s, 0.5445100957288584},
                                                         {u"C"_s, 0.6198446941582753}, {u"D"_s, 0.29384362159545785}};
        for (const auto &[id, closeness] : expected) {
            const double score = unitById(units, id).value(u"score"_s).toDouble();
            QVERIFY2(near(score, closeness, 1e-12), both(score, closeness));
        }
        QCOMPARE(units[0].toObject().value(u"id"_s).toString(), u"C"_s);
        QCOMPARE(unitById(units, u"D"_s).value(u"rank"_s).toInt(), 4);
    }

    void ahpWeightsFromAPairwiseFile()
    {
        // evaluation_tiny_ahp.csv is the consistent matrix a_ij = w_i / w_j for w = (0.5, 0.3, 0.2),
        // written with fractions (5/3, 3/5, ...): the principal eigenvector is w, λmax = 3, CR = 0.
        const Run r = cli({u"--indicators"_s, data("evaluation_tiny.csv"), u"--system"_s, data("evaluation_tiny.json"),
                           u"--weights"_s, u"ahp:"_s + data("evaluation_tiny_ahp.csv"), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = r.json();
        const QJsonObject w = root.value(u"weights"_s).toObject();
        QVERIFY(near(w.value(u"x1"_s).toDouble(), 0.5, 1e-12));
        QVERIFY(near(w.value(u"x2"_s).toDouble(), 0.3, 1e-12));
        QVERIFY(near(w.value(u"x3"_s).toDouble(), 0.2, 1e-12));
        const QJsonObject details = root.value(u"weight_details"_s).toObject();
        QVERIFY(near(details.value(u"lambda_max"_s).toDouble(), 3.0, 1e-12));
        QVERIFY(near(details.value(u"consistency_ratio"_s).toDouble(), 0.0, 1e-12));
    }

    void gbtTemplateOnTheFirstLevel()
    {
        // evaluation_gbt_first_level.csv: three units with first-level scores L1–L8. Min–max per
        // column, then Σ w_j y_ij with the template's 0.37, 0.09, 0.08, 0.07, 0.07, 0.08, 0.04, 0.20.
        // By hand: A = .37·.5 + .09·.5 + .08·.5 + 0 + .07·.5 + .08·.5 + .04·.5 + .20·.75 = 0.515;
        // B = .09 + .08 + .07·.5 + .08 + .20 = 0.485; C = .37 + .07 + .07 + .04 = 0.55.
        const Run r = cli({u"--indicators"_s, data("evaluation_gbt_first_level.csv"), u"--system"_s, u"gbt33356"_s,
                           u"--level"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = r.json();
        const QJsonObject w = root.value(u"weights"_s).toObject();
        QCOMPARE(w.size(), 8);
        QVERIFY(near(w.value(u"L1"_s).toDouble(), 0.37, 1e-15));
        QVERIFY(near(w.value(u"L8"_s).toDouble(), 0.20, 1e-15));
        const QJsonArray units = root.value(u"units"_s).toArray();
        QVERIFY(near(unitById(units, u"A"_s).value(u"score"_s).toDouble(), 0.515, 1e-12));
        QVERIFY(near(unitById(units, u"B"_s).value(u"score"_s).toDouble(), 0.485, 1e-12));
        QVERIFY(near(unitById(units, u"C"_s).value(u"score"_s).toDouble(), 0.55, 1e-12));
        QCOMPARE(unitById(units, u"C"_s).value(u"rank"_s).toInt(), 1);
    }

    void noSystemUsesTheNumericColumns()
    {
        const Run r = cli({u"--indicators"_s, data("evaluation_tiny.csv"), u"--cost"_s, u"x3"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray indicators = r.json().value(u"indicators"_s).toArray();
        QCOMPARE(indicators.size(), 3); // x1, x2, x3; not code or name_en
        QCOMPARE(indicators[2].toObject().value(u"direction"_s).toString(), u"cost"_s);
        QVERIFY(near(indicators[0].toObject().value(u"weight"_s).toDouble(), 1.0 / 3.0, 1e-15)); // equal by default
    }

    void outWritesTheResultAndItsParameters()
    {
        const QString out = m_dir.filePath(u"sample_result.csv"_s);
        const Run r = cli({u"--system"_s, u"sample"_s, u"--weights"_s, u"critic"_s, u"--mc"_s, u"50"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 32); // header + 31 provinces
        QVERIFY(lines[0].startsWith("code,name,score,rank,rank_median,rank_p05,rank_p95,mc_mean_score,score_digital"));
        QVERIFY(lines[0].contains(",pm25_ugm3,pm25_ugm3_norm,"));
        QFile csvt(m_dir.filePath(u"sample_result.csvt"_s));
        QVERIFY(csvt.open(QIODevice::ReadOnly));
        QCOMPARE(csvt.readAll().count(',') + 1, lines[0].count(',') + 1);
        QFile parameters(m_dir.filePath(u"sample_result.parameters.json"_s));
        QVERIFY(parameters.open(QIODevice::ReadOnly));
        const QJsonObject p = QJsonDocument::fromJson(parameters.readAll()).object();
        QCOMPARE(p.value(u"parameters"_s).toObject().value(u"weights"_s).toString(), u"critic"_s);
        QCOMPARE(p.value(u"weights"_s).toObject().size(), 8);
        QVERIFY(p.value(u"sample_data"_s).toBool());
    }

    void outWritesAnExcelWorkbook()
    {
        // The same result as an .xlsx workbook (GDAL's XLSX driver), read back through GDAL.
        const QString csvPath = m_dir.filePath(u"same.csv"_s), xlsxPath = m_dir.filePath(u"same.xlsx"_s);
        const QStringList args{u"--system"_s, u"sample"_s, u"--weights"_s, u"entropy"_s, u"--out"_s};
        QVERIFY(cli(args + QStringList{csvPath}).exitCode == 0);
        const Run r = cli(args + QStringList{xlsxPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const LoadResult csv = VectorReader::read(csvPath), xlsx = VectorReader::read(xlsxPath);
        QVERIFY(csv.table && xlsx.table);
        QCOMPARE(xlsx.table->rowCount(), 31);
        QCOMPARE(xlsx.table->fieldNames(), csv.table->fieldNames());
        const int score = xlsx.table->fieldIndex(u"score"_s), rank = xlsx.table->fieldIndex(u"rank"_s);
        for (int row = 0; row < 31; ++row) {
            QVERIFY(qAbs(*xlsx.table->number(row, score) - *csv.table->number(row, score)) < 1e-12);
            QCOMPARE(*xlsx.table->number(row, rank), *csv.table->number(row, rank));
        }
        QVERIFY(QFile::exists(m_dir.filePath(u"same.parameters.json"_s)));
    }

    void checkListsTheWholeReport()
    {
        const Run r = cli({u"--indicators"_s, data("evaluation_report.csv"), u"--check"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"row 3 (130000 Hebei): column 'Beta Index' holds 'n/a'"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"row 6 (210000 Liaoning): column 'Beta Index' is empty"_s));
        QVERIFY(r.out.contains(u"column 'alpha' = 100 lies outside the 3·IQR fences"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString tinySystem = data("evaluation_tiny.json");
        QTest::newRow("missing indicator")
            << QStringList{u"--indicators"_s, data("evaluation_report.csv"), u"--system"_s, tinySystem}
            << u"no column for indicator x1"_s;
        QTest::newRow("non-numeric cell")
            << QStringList{u"--indicators"_s, data("evaluation_tiny_nonnumeric.csv"), u"--system"_s, tinySystem}
            << u"evaluation_tiny_nonnumeric.csv, row 2 (B Beta): column 'x2' holds 'n/a', which is not a number"_s;
        QTest::newRow("constant column")
            << QStringList{u"--indicators"_s, data("evaluation_tiny_constant.csv"), u"--system"_s, tinySystem}
            << u"“x1” has the same value (5) for all 4 units: min–max normalisation is undefined"_s;
        QTest::newRow("constant column, entropy")
            << QStringList{u"--indicators"_s, data("evaluation_tiny_constant.csv"), u"--system"_s, tinySystem,
                           u"--weights"_s, u"entropy"_s}
            << u"“x1” has the same value"_s;
        QTest::newRow("weights file not summing to 1")
            << QStringList{u"--indicators"_s, data("evaluation_tiny.csv"), u"--system"_s, tinySystem, u"--weights"_s,
                           u"file:"_s + data("evaluation_tiny_weights_bad.csv")}
            << u"evaluation_tiny_weights_bad.csv: The weights sum to 0.9, not 1"_s;
        QTest::newRow("template siblings not summing to 100 %")
            << QStringList{u"--indicators"_s, data("evaluation_tiny.csv"), u"--system"_s, data("indicator_system_badsum.json")}
            << u"indicator_system_badsum.json: indicators[0]: "_s;
        QTest::newRow("bad JSON entry")
            << QStringList{u"--indicators"_s, data("evaluation_tiny.csv"), u"--system"_s, data("indicator_system_bad.json")}
            << u"indicator_system_bad.json: indicators[1].children[0] (id 'b1').weight"_s;
        QTest::newRow("GB/T leaf weights not sourced")
            << QStringList{u"--system"_s, u"gbt33356"_s, u"--indicators"_s, data("evaluation_gbt_first_level.csv")}
            << u"--level 1"_s;
        QTest::newRow("no table") << QStringList{u"--system"_s, u"giffinger"_s} << u"--indicators PATH is required"_s;
        QTest::newRow("mc with vector TOPSIS")
            << QStringList{u"--system"_s, u"sample"_s, u"--aggregate"_s, u"topsis"_s, u"--mc"_s, u"10"_s}
            << u"--mc with TOPSIS needs --normalise"_s;
        QTest::newRow("geometric with z-scores")
            << QStringList{u"--system"_s, u"sample"_s, u"--aggregate"_s, u"geometric"_s, u"--normalise"_s, u"zscore"_s}
            << u"use --normalise minmax or rank"_s;
        QTest::newRow("unknown weights") << QStringList{u"--system"_s, u"sample"_s, u"--weights"_s, u"magic"_s}
                                         << u"unknown --weights 'magic'"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(u"cityatlas-cli: "_s), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_cli_evaluate.moc"
