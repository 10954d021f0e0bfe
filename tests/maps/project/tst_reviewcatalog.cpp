// The coverage review: unit lists by level, matching units by code or name, importing and
// exporting records, and the coverage summary next to the paper's Figure 6.
#include "maps/data/tablewriter.h"
#include "maps/project/projectstore.h"
#include "maps/project/reviewcatalog.h"
#include "maps/project/reviewcoverage.h"
#include "maps/project/reviewcsv.h"
#include "tests/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace CityAtlas::TestSupport;
using namespace Qt::StringLiterals;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestReviewCatalog : public QObject
{
    Q_OBJECT

private:
    std::optional<ReviewCatalog> m_catalog;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        ReviewCatalog::LoadResult loaded = ReviewCatalog::loadBundled();
        QVERIFY2(loaded.catalog, qPrintable(loaded.issues.value(0).message));
        QVERIFY2(loaded.issues.isEmpty(), qPrintable(loaded.issues.value(0).message));
        m_catalog = std::move(loaded.catalog);
    }

    void unitLists()
    {
        // datasets/review/vice_provincial_cities.md: 4 municipalities + 15 sub-provincial cities;
        // 293 prefecture-level cities in the map data − 莱芜 (abolished) − the 15 = 277.
        QCOMPARE(m_catalog->units(ReviewLevel::ViceProvincialAndAbove).size(), 19);
        QCOMPARE(m_catalog->units(ReviewLevel::PrefectureCity).size(), 277);
        QCOMPARE(m_catalog->units(ReviewLevel::NationalNewArea).size(), 19); // facts.md §7.2
        QCOMPARE(m_catalog->units(ReviewLevel::UrbanCluster).size(), 19);    // facts.md §7.3
        QVERIFY(!m_catalog->hasCompleteList(ReviewLevel::County));
        for (const ReviewUnit &u : m_catalog->units(ReviewLevel::PrefectureCity))
            QVERIFY2(u.id != u"440100"_s && u.id != u"371200"_s, qPrintable(u.id));
    }

    void match_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");     // empty: no match
        QTest::addColumn<QString>("problem"); // part of the message when there is no match
        QTest::newRow("municipality code") << u"110000"_s << u"110000"_s << QString();
        QTest::newRow("2-digit code") << u"11"_s << u"110000"_s << QString();
        QTest::newRow("4-digit code") << u"4401"_s << u"440100"_s << QString();
        QTest::newRow("Chinese full name") << u"广州市"_s << u"440100"_s << QString();
        QTest::newRow("English name") << u"Guangzhou"_s << u"440100"_s << QString();
        QTest::newRow("apostrophe") << u"Xi'an"_s << u"610100"_s << QString();
        QTest::newRow("pinyin") << u"Haerbin"_s << u"230100"_s << QString();
        QTest::newRow("old code") << u"469003"_s << u"460400"_s << QString();
        QTest::newRow("new area full") << u"河北雄安新区"_s << u"NA19"_s << QString();
        QTest::newRow("new area short") << u"雄安新区"_s << u"NA19"_s << QString();
        QTest::newRow("new area English") << u"Xiong'an New Area"_s << u"NA19"_s << QString();
        QTest::newRow("new area spelling") << u"xiongan new area"_s << u"NA19"_s << QString();
        QTest::newRow("new area id") << u"na19"_s << u"NA19"_s << QString();
        QTest::newRow("new area vs city") << u"兰州新区"_s << u"NA05"_s << QString();
        QTest::newRow("city vs new area") << u"兰州"_s << u"620100"_s << QString();
        QTest::newRow("cluster short") << u"京津冀"_s << u"UC01"_s << QString();
        QTest::newRow("cluster English") << u"Beijing-Tianjin-Hebei urban agglomeration"_s << u"UC01"_s << QString();
        QTest::newRow("cluster full") << u"长江中游城市群"_s << u"UC05"_s << QString();
        QTest::newRow("district code") << u"440106"_s << u"440106"_s << QString();
        QTest::newRow("county under province") << u"济源市"_s << u"419001"_s << QString();
        QTest::newRow("ambiguous") << u"Suzhou"_s << QString() << u"ambiguous"_s;
        QTest::newRow("province") << u"吉林省"_s << QString() << u"provincial-level division"_s;
        QTest::newRow("province code") << u"440000"_s << QString() << u"provincial-level division"_s;
        QTest::newRow("autonomous prefecture") << u"延边朝鲜族自治州"_s << QString() << u"autonomous prefecture"_s;
        QTest::newRow("abolished") << u"371200"_s << QString() << u"no longer exists"_s;
        QTest::newRow("unknown name") << u"Atlantis"_s << QString() << u"unknown unit 'Atlantis'"_s;
        QTest::newRow("unknown code") << u"990101"_s << QString() << u"unknown unit code"_s;
        QTest::newRow("sql") << u"'; DROP TABLE review_records; --"_s << QString() << u"unknown unit"_s;
    }

    void match()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QFETCH(QString, problem);
        const UnitMatch m = m_catalog->match(text);
        if (id.isEmpty()) {
            QVERIFY(!m.unit);
            QVERIFY2(m.problem.contains(problem), qPrintable(m.problem));
        } else {
            QVERIFY2(m.unit, qPrintable(m.problem));
            QCOMPARE(m.unit->id, id);
        }
    }

    void importValidFile()
    {
        auto created = ProjectStore::create(m_dir.filePath(u"good.cityatlas"_s));
        ProjectStore &store = *created.store;
        const ReviewImportResult r = ReviewCsv::apply(store, data(u"review_records.csv"_s), *m_catalog, u"Li Wei"_s);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        QCOMPARE(r.records.size(), 7);
        QCOMPARE(store.content().reviews.size(), 7);
        QCOMPARE(store.reviewRecord(u"440100"_s)->notes, u"draft, second round"_s);
        QCOMPARE(store.reviewRecord(u"NA05"_s)->notes, u"name's \"quoted\"; DROP TABLE review_records; --"_s);
        QCOMPARE(store.reviewRecord(u"NA19"_s)->approvedOn, u"2019-01-10"_s);
        QCOMPARE(r.changes, int(store.auditTrail().size()));
        QVERIFY(store.save().isEmpty());
        // The same file again changes nothing.
        const ReviewImportResult again = ReviewCsv::apply(store, data(u"review_records.csv"_s), *m_catalog, u"Li Wei"_s);
        QCOMPARE(again.changes, 0);
    }

    void importRejectsBadRowsAndChangesNothing()
    {
        const QString path = m_dir.filePath(u"bad.cityatlas"_s);
        auto created = ProjectStore::create(path);
        ProjectStore &store = *created.store;
        QVERIFY(ReviewCsv::apply(store, data(u"review_records.csv"_s), *m_catalog, u"Li Wei"_s).ok());
        QVERIFY(store.save().isEmpty());
        const ProjectContent before = store.content();
        const auto trail = store.auditTrail();
        const QByteArray file = bytesOf(path);

        const ReviewImportResult r = ReviewCsv::apply(store, data(u"review_records_bad.csv"_s), *m_catalog, u"Li Wei"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.size(), 4); // rows 3–6; row 2 is fine
        QVERIFY2(r.issues[0].message.contains(u"row 3: unknown unit 'Atlantis'"_s), qPrintable(r.issues[0].message));
        QVERIFY2(r.issues[1].message.contains(u"row 4: status 'done'"_s), qPrintable(r.issues[1].message));
        QVERIFY2(r.issues[2].message.contains(u"row 5: approval date"_s), qPrintable(r.issues[2].message));
        QVERIFY2(r.issues[3].message.contains(u"row 6: approval date '21/04/2020'"_s), qPrintable(r.issues[3].message));
        QCOMPARE(r.issues[0].row, 1);
        QCOMPARE(store.content(), before);
        QCOMPARE(store.auditTrail(), trail);
        QVERIFY(!store.isModified());
        QCOMPARE(bytesOf(path), file);
    }

    void importRefusesGbk()
    {
        const ReviewImportResult r = ReviewCsv::read(data(u"review_records_gbk.csv"_s), *m_catalog);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY2(r.issues[0].message.contains(u"not UTF-8"_s), qPrintable(r.issues[0].message));
        QVERIFY(r.records.isEmpty());
    }

    void importXlsx()
    {
        const ReviewImportResult r = ReviewCsv::read(data(u"review_records.xlsx"_s), *m_catalog);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        QCOMPARE(r.records.size(), 11);
        QCOMPARE(r.records[0].approvedOn, u"2021-03-15"_s); // a date cell
    }

    void summary()
    {
        const ReviewImportResult r = ReviewCsv::read(data(u"review_summary.csv"_s), *m_catalog);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        const ReviewCoverage::Baseline baseline = ReviewCoverage::loadBaseline(ReviewCoverage::bundledBaselinePath());
        QVERIFY2(baseline.issues.isEmpty(), qPrintable(baseline.issues.value(0).message));
        QCOMPARE(baseline.rows.size(), 5);
        const CoverageSummary s = ReviewCoverage::summarize(r.records, *m_catalog, baseline);
        QVERIFY(s.issues.isEmpty());
        QCOMPARE(s.levels.size(), 5);
        // review_summary.csv, by hand: Beijing approved + Shanghai preparing (Shenzhen none);
        // Danzhou (new code) + Xuzhou (Lanzhou none); Xiong'an; Tianhe district (Jiyuan none);
        // Beijing–Tianjin–Hebei + Chengdu–Chongqing.
        const QList<std::pair<int, qint64>> expected{{2, 19}, {2, 277}, {1, 19}, {1, 2844}, {2, 19}};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(s.levels[i].planned, expected[i].first);
            QCOMPARE(s.levels[i].total, expected[i].second);
            QVERIFY(s.levels[i].baseline);
        }
        QVERIFY(s.levels[3].totalFromBaseline);
        QVERIFY(!s.levels[0].totalFromBaseline);
        QCOMPARE(s.levels[1].baseline->planned, 200);   // the paper's Figure 6
        QCOMPARE(s.levels[1].baseline->total, 224);
        QVERIFY(s.levels[2].baseline->uncertain);        // "11720" in the OCR
        QVERIFY(qAbs(*s.levels[0].share() - 2.0 / 19.0) < 1e-12);
    }

    void coverageByProvince()
    {
        auto record = [](const QString &unit, ReviewStatus status) {
            ReviewRecord r;
            r.unitId = unit;
            r.status = status;
            return r;
        };
        const QList<ReviewRecord> records{
            record(u"130100"_s, ReviewStatus::Approved),   // 石家庄, prefecture-level, Hebei
            record(u"130200"_s, ReviewStatus::Preparing),  // 唐山
            record(u"130600"_s, ReviewStatus::None),       // 保定: reviewed, not planned
            record(u"NA19"_s, ReviewStatus::Approved),     // 河北雄安新区, new area, Hebei
            record(u"130102"_s, ReviewStatus::Preparing),  // 长安区, county-level, only by its record
            record(u"440100"_s, ReviewStatus::Approved),   // 广州, vice-provincial, Guangdong
            record(u"UC01"_s, ReviewStatus::Approved),     // an urban cluster: no province
            record(u"999999"_s, ReviewStatus::Approved),   // unknown: not counted
        };
        QCOMPARE(m_catalog->unit(u"NA19"_s)->provinceCode, u"130000"_s);
        auto find = [](const QList<ProvinceCoverage> &list, const QString &code) -> std::optional<ProvinceCoverage> {
            for (const ProvinceCoverage &p : list)
                if (p.provinceCode == code)
                    return p;
            return std::nullopt;
        };

        // Prefecture-level cities only: Hebei's 11, Guangdong's 21 less Guangzhou and Shenzhen.
        const auto prefectures = ReviewCoverage::coverageByProvince(records, *m_catalog, ReviewLevel::PrefectureCity);
        const auto hebei = find(prefectures, u"130000"_s);
        QVERIFY(hebei);
        QCOMPARE(hebei->planned, 2);
        QCOMPARE(hebei->total, 11);
        QVERIFY(qAbs(*hebei->share() - 2.0 / 11.0) < 1e-12);
        const auto guangdong = find(prefectures, u"440000"_s);
        QVERIFY(guangdong);
        QCOMPARE(guangdong->planned, 0);
        QCOMPARE(guangdong->total, 19);
        QCOMPARE(*guangdong->share(), 0.0);
        QVERIFY(!find(prefectures, u"110000"_s)); // Beijing is vice-provincial and above
        for (int i = 1; i < prefectures.size(); ++i)
            QVERIFY(prefectures[i - 1].provinceCode < prefectures[i].provinceCode);

        // All levels: Hebei 11 prefectures + Xiong'an + 长安区 = 13, of which 4 planned;
        // Guangdong adds Guangzhou (planned), Shenzhen and Nansha = 22, 1 planned.
        const auto all = ReviewCoverage::coverageByProvince(records, *m_catalog);
        QCOMPARE(find(all, u"130000"_s)->planned, 4);
        QCOMPARE(find(all, u"130000"_s)->total, 13);
        QVERIFY(qAbs(*find(all, u"130000"_s)->share() - 4.0 / 13.0) < 1e-12);
        QCOMPARE(find(all, u"440000"_s)->planned, 1);
        QCOMPARE(find(all, u"440000"_s)->total, 22);
        int units = 0;
        for (const ProvinceCoverage &p : all)
            units += p.total;
        // Every listed unit but the 19 urban clusters, plus the one county-level record.
        QCOMPARE(units, 19 + 277 + 19 + 27 + 1);
    }

    void exportRoundTrip()
    {
        auto created = ProjectStore::create(m_dir.filePath(u"export.cityatlas"_s));
        ProjectStore &store = *created.store;
        QVERIFY(ReviewCsv::apply(store, data(u"review_records.csv"_s), *m_catalog, u"Li Wei"_s).ok());
        const QString out = m_dir.filePath(u"export.csv"_s);
        QVERIFY(ReviewCsv::write(out, ReviewCsv::header(), ReviewCsv::rows(store.content().reviews, *m_catalog, false)).isEmpty());
        const ReviewImportResult back = ReviewCsv::apply(store, out, *m_catalog, u"Li Wei"_s);
        QVERIFY2(back.ok(), qPrintable(back.issues.value(0).message));
        QCOMPARE(back.records.size(), 7);
        QCOMPARE(back.changes, 0);
        const auto all = ReviewCsv::rows(store.content().reviews, *m_catalog, true);
        QCOMPARE(all.size(), 19 + 277 + 19 + 19 + 27); // every listed unit (and the map's county-level units)
    }
    // Text cells stay as typed in a spreadsheet too; CSV quoting (commas, quotes, line breaks) survives.
    void importKeepsTextAsTyped()
    {
        const QString xlsx = m_dir.filePath(u"typed.xlsx"_s);
        const QStringList header{u"unit"_s, u"status"_s, u"document"_s, u"department"_s, u"notes"_s};
        const QList<QVariantList> rows{{u"110000"_s, u"approved"_s, u"00123"_s, u"1.50"_s, u"yes"_s},
                                       {u"120000"_s, u"preparing"_s, u"010"_s, u"1e5"_s, u"n"_s}};
        QVERIFY(TableWriter::write(xlsx, u"records"_s, header, {u"String"_s, u"String"_s, u"String"_s, u"String"_s, u"String"_s}, rows)
                    .isEmpty());
        const ReviewImportResult r = ReviewCsv::read(xlsx, *m_catalog);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).message));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[0].document, u"00123"_s);
        QCOMPARE(r.records[0].department, u"1.50"_s);
        QCOMPARE(r.records[0].notes, u"yes"_s);
        QCOMPARE(r.records[1].document, u"010"_s);
        QCOMPARE(r.records[1].department, u"1e5"_s);
        QCOMPARE(r.records[1].notes, u"n"_s);

        const QString csv = m_dir.filePath(u"quoted.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFunit,status,notes\r\n110000,approved,\"a, \"\"b\"\"\nc\"\r\n\r\n120000,none,\r\n");
        file.close();
        const ReviewImportResult q = ReviewCsv::read(csv, *m_catalog);
        QVERIFY2(q.ok(), qPrintable(q.issues.value(0).message));
        QCOMPARE(q.records.size(), 2);
        QCOMPARE(q.records[0].notes, u"a, \"b\"\nc"_s);
        QCOMPARE(q.records[1].unitId, u"120000"_s);
        QVERIFY(q.records[1].notes.isEmpty());

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("unit,status,notes\n110000,approved,\"never closed\n");
        file.close();
        const ReviewImportResult open = ReviewCsv::read(csv, *m_catalog);
        QVERIFY(!open.ok());
        QVERIFY2(open.issues.value(0).message.contains(u"the quote opened on line 2 is never closed"_s), qPrintable(open.issues.value(0).message));
    }
};

QTEST_GUILESS_MAIN(TestReviewCatalog)
#include "tst_reviewcatalog.moc"
