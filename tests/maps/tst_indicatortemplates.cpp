// The bundled indicator-system templates (datasets/indicators/*.json) as facts.md §5 and the
// Giffinger report give them; the JSON reader's messages for bad files; the validation report
// of an indicator table (missing indicator, non-numeric and empty cells, outliers, layer units).
#include "maps/data/bundleddata.h"
#include "maps/data/evaluationtable.h"
#include "maps/data/indicatorsystemfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

QString data(const char *name) { return QStringLiteral(CITYATLAS_TEST_DATA_DIR "/") + QString::fromUtf8(name); }

QByteArray dump(const IssueList &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines << issue.message;
    return lines.join(u'\n').toUtf8();
}

const Issue *findIssue(const IssueList &issues, Issue::Severity severity, const QString &text)
{
    for (const Issue &issue : issues)
        if (issue.severity == severity && issue.message.contains(text))
            return &issue;
    return nullptr;
}

IndicatorSystem load(const QString &name)
{
    const IndicatorSystemLoad l = IndicatorSystemFile::read(IndicatorSystemFile::bundledTemplatePath(name));
    if (!l.ok())
        qWarning("%s", dump(l.issues).constData());
    return l.system ? *l.system : IndicatorSystem();
}

} // namespace

class TestIndicatorTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR); }

    void gbt33356FirstLevel()
    {
        const IndicatorSystemLoad l = IndicatorSystemFile::read(IndicatorSystemFile::bundledTemplatePath(u"gbt33356"_s));
        QVERIFY2(l.ok(), dump(l.issues));
        QVERIFY2(l.issues.isEmpty(), dump(l.issues));
        const IndicatorSystem &s = *l.system;
        QCOMPARE(s.weightNotation, IndicatorSystem::WeightNotation::PercentOfTotal);
        // facts.md §5.1: L1–L8 and 37, 9, 8, 7, 7, 8, 4, 20 % (sum 100 %).
        const QStringList ids{u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s, u"L5"_s, u"L6"_s, u"L7"_s, u"L8"_s};
        const QStringList zh{u"惠民服务"_s, u"精准治理"_s, u"生态宜居"_s, u"智能设施"_s, u"信息资源"_s, u"网络安全"_s,
                             u"改革创新"_s, u"市民体验"_s};
        const QList<int> percent{37, 9, 8, 7, 7, 8, 4, 20};
        const QList<int> first = s.firstLevel();
        QCOMPARE(first.size(), 8);
        int sumPercent = 0;
        double sum = 0.0;
        for (int k = 0; k < 8; ++k) {
            const Indicator &ind = s.indicator(first[k]);
            QCOMPARE(ind.id, ids[k]);
            QCOMPARE(ind.nameZh, zh[k]);
            QVERIFY(!ind.nameEn.isEmpty());
            QVERIFY(ind.sourced);
            QCOMPARE(ind.direction, Direction::Benefit);
            QVERIFY(ind.weight);
            QVERIFY2(std::abs(*ind.weight * 100.0 - percent[k]) < 1e-12, qPrintable(ind.id));
            sumPercent += int(std::lround(*ind.weight * 100.0));
            sum += *ind.weight;
        }
        QCOMPARE(sumPercent, 100); // 37 + 9 + 8 + 7 + 7 + 8 + 4 + 20
        QVERIFY(std::abs(sum - 1.0) <= 1e-15);
        const IndicatorWeights w = s.firstLevelWeights();
        QVERIFY2(w.ok() && w.issues.isEmpty(), dump(w.issues));
    }

    void gbt33356SecondLevelAndGaps()
    {
        const IndicatorSystem s = load(u"gbt33356"_s);
        // facts.md §5.2: L1P1–L1P8 are 8, 3, 3, 3, 3, 3, 7, 5 % of the index; the remaining 2 %
        // are derived (37 − 35) and their item is not named in the sources.
        const QList<int> l1 = s.children(s.indexOf(u"L1"_s));
        QCOMPARE(l1.size(), 9);
        const QList<double> percent{8, 3, 3, 3, 3, 3, 7, 5, 2};
        for (int k = 0; k < 9; ++k)
            QVERIFY2(std::abs(*s.effectiveWeight(l1[k]) * 100.0 - percent[k]) < 1e-12, qPrintable(s.indicator(l1[k]).id));
        QCOMPARE(s.indicator(l1[0]).id, u"L1P1"_s);
        QCOMPARE(s.indicator(l1[0]).nameZh, u"政务服务"_s);
        const Indicator &rest = s.indicator(l1[8]);
        QVERIFY(!rest.sourced);
        QVERIFY(rest.sourceNote.contains(u"NOT SOURCED"_s));
        QVERIFY(rest.nameZh.contains(u"未核实"_s) && rest.nameEn.contains(u"not verified"_s)); // uncertain, not a fact
        QCOMPARE(s.unsourcedIndicators(), (QList<int>{l1[8]}));

        // L2: two sourced names, no weights; L3–L8 have no second level in the sources.
        const int l2 = s.indexOf(u"L2"_s);
        const QList<int> l2Children = s.children(l2);
        QCOMPARE(l2Children.size(), 2);
        QCOMPARE(s.indicator(l2Children[0]).nameZh, u"城市管理"_s);
        QCOMPARE(s.indicator(l2Children[1]).nameZh, u"公共安全"_s);
        for (int c : l2Children)
            QVERIFY(!s.indicator(c).weight);
        QVERIFY(!s.indicator(l2).childrenComplete);
        for (const QString &id : {u"L3"_s, u"L4"_s, u"L5"_s, u"L6"_s, u"L7"_s, u"L8"_s}) {
            QVERIFY(s.children(s.indexOf(id)).isEmpty());
            QVERIFY(!s.indicator(s.indexOf(id)).childrenComplete);
        }
        // So template leaf weights are unavailable, and the message says what to do.
        const IndicatorWeights leaves = s.leafWeights();
        QVERIFY(!leaves.ok());
        QVERIFY(leaves.weights.isEmpty());
        QVERIFY(findIssue(leaves.issues, Issue::Severity::Error, u"城市管理"_s));
        QVERIFY(findIssue(leaves.issues, Issue::Severity::Error, u"Evaluate on the first level"_s));
        QVERIFY(s.provenance.confidence.contains(u"verified"_s));
        QVERIFY(!s.provenance.notes.isEmpty());
    }

    void giffingerSixEqualDimensions()
    {
        const IndicatorSystem s = load(u"giffinger"_s);
        const QList<int> first = s.firstLevel();
        QCOMPARE(first.size(), 6);
        QCOMPARE(s.depth(), 1);
        QStringList names;
        double sum = 0.0;
        for (int i : first) {
            names << s.indicator(i).nameEn;
            QVERIFY(std::abs(*s.indicator(i).weight - 1.0 / 6.0) < 1e-16);
            QVERIFY(!s.indicator(i).nameZh.isEmpty());
            sum += *s.indicator(i).weight;
        }
        QCOMPARE(names, (QStringList{u"Smart economy"_s, u"Smart people"_s, u"Smart governance"_s, u"Smart mobility"_s,
                                     u"Smart environment"_s, u"Smart living"_s}));
        QVERIFY(std::abs(sum - 1.0) < 1e-15);
        QVERIFY(s.leafWeights().ok());
        QVERIFY(s.provenance.source.contains(u"Giffinger"_s));
    }

    void sampleSystemMatchesTheSampleTable()
    {
        const IndicatorSystem s = load(u"sample"_s);
        QVERIFY(s.count() > 0);
        const LoadResult table = VectorReader::read(IndicatorSystemFile::sampleTablePath());
        QVERIFY2(table.table, dump(table.issues));
        QVERIFY(table.table->name().contains(u"sample"_s)); // the layer name says sample
        QCOMPARE(table.table->rowCount(), 31);
        QStringList expected{u"code"_s, u"name_en"_s};
        int costs = 0;
        for (int leaf : s.leaves()) {
            expected << s.indicator(leaf).id;
            costs += s.indicator(leaf).direction == Direction::Cost ? 1 : 0;
        }
        QCOMPARE(table.table->fieldNames(), expected);
        QVERIFY(costs >= 1);
        const IndicatorWeights w = s.leafWeights();
        QVERIFY2(w.ok(), dump(w.issues));
        double sum = 0.0;
        for (double v : w.weights)
            sum += v;
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
        // The codes are the provinces' GB/T 2260 codes of the bundled statistics table.
        const LoadResult stats = VectorReader::read(BundledData::provinceStatsPath());
        QVERIFY(stats.table);
        for (int row = 0; row < 31; ++row)
            QCOMPARE(table.table->value(row, 0).toString(), stats.table->value(row, 0).toString());
        const EvaluationTable t = EvaluationTable::fromTable(*table.table, s, s.leaves());
        QVERIFY2(t.ok(), dump(t.issues));
        QCOMPARE(t.values.rows(), 31);
        QCOMPARE(t.values.cols(), 8);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        for (const QString &name : IndicatorSystemFile::bundledTemplateNames()) {
            const IndicatorSystem s = load(name);
            const QString path = dir.filePath(name + u".json"_s);
            QCOMPARE(IndicatorSystemFile::write(s, path), QString());
            const IndicatorSystemLoad again = IndicatorSystemFile::read(path);
            QVERIFY2(again.ok(), dump(again.issues));
            const IndicatorSystem &t = *again.system;
            QCOMPARE(t.count(), s.count());
            QCOMPARE(t.weightNotation, s.weightNotation);
            QCOMPARE(t.provenance.notes, s.provenance.notes);
            for (int i = 0; i < s.count(); ++i) {
                QCOMPARE(t.indicator(i).id, s.indicator(i).id);
                QCOMPARE(t.parent(i), s.parent(i));
                QCOMPARE(t.indicator(i).sourced, s.indicator(i).sourced);
                QCOMPARE(t.indicator(i).childrenComplete, s.indicator(i).childrenComplete);
                QCOMPARE(t.indicator(i).direction, s.indicator(i).direction);
                QCOMPARE(bool(t.indicator(i).weight), bool(s.indicator(i).weight));
                if (s.indicator(i).weight)
                    QVERIFY(std::abs(*t.indicator(i).weight - *s.indicator(i).weight) < 1e-12);
            }
        }
        // Percent notation is written back as the source prints it.
        QFile gbt(dir.filePath(u"gbt33356.json"_s));
        QVERIFY(gbt.open(QIODevice::ReadOnly));
        const QByteArray text = gbt.readAll();
        QVERIFY(text.contains("\"id\": \"L1P1\""));
        QVERIFY(text.contains("\"weight\": 8,"));
        QVERIFY(text.contains("\"weight\": null"));
    }

    void badEntryIsNamedByFileAndPath()
    {
        const QString path = data("indicator_system_bad.json");
        const IndicatorSystemLoad l = IndicatorSystemFile::read(path);
        QVERIFY(!l.ok());
        const Issue *weight = findIssue(l.issues, Issue::Severity::Error, u"indicators[1].children[0] (id 'b1').weight"_s);
        QVERIFY2(weight, dump(l.issues));
        QVERIFY(weight->message.startsWith(path));
        QCOMPARE(weight->file, path);
        QVERIFY(weight->message.contains(u"expected a number"_s));
        QVERIFY(findIssue(l.issues, Issue::Severity::Error, u"indicators[1].children[1] (id 'b2').direction"_s));
        QVERIFY(findIssue(l.issues, Issue::Severity::Warning, u"unknown key 'wieght'"_s)); // a misspelt key is not silently ignored
    }

    void badSumNamesTheParent()
    {
        const QString path = data("indicator_system_badsum.json");
        const IndicatorSystemLoad l = IndicatorSystemFile::read(path);
        QVERIFY(l.system); // readable, so that an editor can fix it
        QVERIFY(!l.ok());
        const Issue *sum = findIssue(l.issues, Issue::Severity::Error, u"sum to 50 %"_s);
        QVERIFY2(sum, dump(l.issues));
        QVERIFY(sum->message.startsWith(path + u": indicators[0]"_s));
        QVERIFY(sum->message.contains(u"L1 has 60 %"_s));
    }

    void syntaxErrorsGiveLineAndColumn()
    {
        const IndicatorSystemLoad l = IndicatorSystemFile::fromJson("{\n  \"indicators\": [\n    {\"id\": \"a\",}\n  ]\n}\n", u"broken.json"_s);
        QVERIFY(!l.system);
        QCOMPARE(l.issues.size(), 1);
        QVERIFY2(l.issues[0].message.startsWith(u"broken.json: line 3, column"_s), qPrintable(l.issues[0].message));

        const IndicatorSystemLoad noId = IndicatorSystemFile::fromJson(R"({"indicators": [{"name_en": "x"}]})", u"noid.json"_s);
        QVERIFY(!noId.system);
        QVERIFY(findIssue(noId.issues, Issue::Severity::Error, u"noid.json: indicators[0]: the indicator has no \"id\""_s));

        const IndicatorSystemLoad missing = IndicatorSystemFile::read(data("no_such_system.json"));
        QVERIFY(!missing.system);
        QVERIFY(missing.issues[0].message.contains(u"no_such_system.json"_s));
    }

    void validationReport()
    {
        // tests/data/evaluation_report.csv (no .csvt, so every cell is text): 8 provinces-like
        // rows; alpha = 10..16 and 100; 'Beta Index' has 'n/a' in row 3 and an empty cell in row 6.
        const LoadResult table = VectorReader::read(data("evaluation_report.csv"));
        QVERIFY(table.table);
        IndicatorSystem s;
        Indicator alpha;
        alpha.id = u"ALPHA"_s; // matched ignoring case
        alpha.nameEn = u"Alpha"_s;
        Indicator beta;
        beta.id = u"b"_s;
        beta.nameEn = u"beta index"_s; // matched by English name
        beta.direction = Direction::Cost;
        Indicator gamma;
        gamma.id = u"gamma"_s;
        gamma.nameEn = u"Gamma"_s;
        s.addIndicator(alpha);
        s.addIndicator(beta);
        s.addIndicator(gamma);

        const LoadResult layer = VectorReader::read(BundledData::provincesPath());
        QVERIFY(layer.table);
        EvaluationTableOptions options;
        options.layer = layer.table.get();
        const EvaluationTable t = EvaluationTable::fromTable(*table.table, s, s.leaves(), options);
        QVERIFY(!t.ok());
        QVERIFY(t.values.size() == 0); // nothing computed from a table with errors
        QCOMPARE(t.idField, u"code"_s);
        QCOMPARE(t.columns, (QStringList{u"alpha"_s, u"Beta Index"_s}));
        QCOMPARE(t.directions, (QList<Direction>{Direction::Benefit, Direction::Cost}));

        QCOMPARE(t.missingIndicators, (QList<int>{2}));
        const Issue *missing = findIssue(t.issues, Issue::Severity::Error, u"no column for indicator gamma"_s);
        QVERIFY2(missing, dump(t.issues));
        QVERIFY(missing->message.contains(u"'gamma', 'Gamma'"_s) || missing->message.contains(u"'gamma'"_s));

        QCOMPARE(t.nonNumericCells.size(), 1);
        QCOMPARE(t.nonNumericCells[0].row, 2); // 0-based table row; "row 3" in the message
        const Issue *nonNumeric = findIssue(t.issues, Issue::Severity::Error, u"holds 'n/a'"_s);
        QVERIFY2(nonNumeric, dump(t.issues));
        QVERIFY(nonNumeric->message.startsWith(data("evaluation_report.csv") + u", row 3 (130000 Hebei): column 'Beta Index'"_s));
        QCOMPARE(nonNumeric->field, u"Beta Index"_s);
        QCOMPARE(nonNumeric->row, 2);

        QCOMPARE(t.emptyCells.size(), 1);
        QCOMPARE(t.emptyCells[0].row, 5);

        // Outlier: alpha sorted 10, 11, 12, 13, 14, 15, 16, 100 (n = 8). Type 7:
        // Q1 at h = 7 · 0.25 = 1.75 → 11 + 0.75 · (12 − 11) = 11.75; Q3 at h = 5.25 → 15.25;
        // IQR = 3.5; fences 11.75 − 10.5 = 1.25 and 15.25 + 10.5 = 25.75: only 100 is outside.
        // Beta Index (numeric cells 1.5, 2.5, 3.0, 3.5, 4.5, 5.0) has none.
        QCOMPARE(t.outliers.size(), 1);
        QCOMPARE(t.outliers[0].row, 7);
        QCOMPARE(t.outliers[0].value, 100.0);
        QCOMPARE(t.outliers[0].lowerFence, 1.25);
        QCOMPARE(t.outliers[0].upperFence, 25.75);
        QVERIFY(findIssue(t.issues, Issue::Severity::Warning, u"990000 Nowhere): column 'alpha' = 100 lies outside the 3·IQR fences [1.25, 25.75]"_s));

        // The layer: 34 units, 7 of them in the table; the table's 990000 is in no unit.
        QCOMPARE(t.layerUnitsWithoutRow.size(), 27);
        QVERIFY(t.layerUnitsWithoutRow.contains(u"440000"_s));
        QCOMPARE(t.rowsWithoutLayerUnit, (QStringList{u"990000"_s}));
    }

    void costOverrideAndUnknownCost()
    {
        const LoadResult table = VectorReader::read(data("evaluation_tiny.csv"));
        const IndicatorSystemLoad l = IndicatorSystemFile::read(data("evaluation_tiny.json"));
        QVERIFY(table.table && l.ok());
        EvaluationTableOptions options;
        options.costColumns = {u"X2"_s};
        const EvaluationTable t = EvaluationTable::fromTable(*table.table, *l.system, l.system->leaves(), options);
        QVERIFY2(t.ok(), dump(t.issues));
        QCOMPARE(t.directions, (QList<Direction>{Direction::Benefit, Direction::Cost, Direction::Cost}));
        QCOMPARE(t.values(2, 0), 9.0);
        options.costColumns = {u"x9"_s};
        const EvaluationTable bad = EvaluationTable::fromTable(*table.table, *l.system, l.system->leaves(), options);
        QVERIFY(findIssue(bad.issues, Issue::Severity::Error, u"--cost names 'x9'"_s));
    }

    void weightAndPairwiseFiles()
    {
        const LoadResult table = VectorReader::read(data("evaluation_tiny.csv"));
        const IndicatorSystemLoad l = IndicatorSystemFile::read(data("evaluation_tiny.json"));
        const EvaluationTable t = EvaluationTable::fromTable(*table.table, *l.system, l.system->leaves());
        QVERIFY(t.ok());
        const LoadResult badWeights = VectorReader::read(data("evaluation_tiny_weights_bad.csv"));
        const EvaluationWeightsInput w = t.weightsFrom(*badWeights.table, *l.system);
        QVERIFY(!w.ok());
        QVERIFY2(findIssue(w.issues, Issue::Severity::Error, u"sum to 0.9"_s), dump(w.issues));
        // A consistent matrix a_ij = w_i / w_j for w = (0.5, 0.3, 0.2), written as fractions.
        const LoadResult ahp = VectorReader::read(data("evaluation_tiny_ahp.csv"));
        const EvaluationWeightsInput a = t.pairwiseFrom(*ahp.table, *l.system);
        QVERIFY2(a.ok(), dump(a.issues));
        QCOMPARE(a.pairwise(0, 1), 5.0 / 3.0);
        QCOMPARE(a.pairwise(2, 0), 0.4);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorTemplates)
#include "tst_indicatortemplates.moc"
