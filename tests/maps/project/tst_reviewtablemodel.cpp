// The editable review table: every edit goes to the store and its audit trail.
#include "maps/models/reviewtablemodel.h"

#include <sqlite3.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestReviewTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ReviewCatalog> m_catalog;

    int rowOf(const ReviewTableModel &model, const QString &id)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(ReviewTableModel::UnitIdRole).toString() == id)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        m_catalog = ReviewCatalog::loadBundled().catalog;
        QVERIFY(m_catalog);
    }

    void editsGoToTheAuditTrail()
    {
        auto created = ProjectStore::create(m_dir.filePath(u"model.cityatlas"_s));
        ProjectStore &store = *created.store;
        ReviewTableModel model(&store, &*m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 19 + 277 + 19 + 27 + 19); // listed units + the map's county-level units
        const int beijing = rowOf(model, u"110000"_s);
        QVERIFY(beijing >= 0);
        const QModelIndex status = model.index(beijing, ReviewTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"none"_s);

        QVERIFY(!model.setData(status, u"approved"_s)); // no reviewer yet
        QVERIFY(model.lastError().contains(u"reviewer name is required"_s));
        model.setReviewer(u"Li Wei"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(status, u"approved"_s));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.setData(model.index(beijing, ReviewTableModel::ApprovedOnColumn), u"2021-03-15"_s));
        QVERIFY(!model.setData(model.index(beijing, ReviewTableModel::ApprovedOnColumn), u"15/03/2021"_s));
        QVERIFY(!model.setData(status, u"finished"_s));
        QVERIFY(!model.setData(model.index(beijing, ReviewTableModel::NameColumn), u"x"_s)); // not editable
        QCOMPARE(store.reviewRecord(u"110000"_s)->status, ReviewStatus::Approved);
        QCOMPARE(store.reviewRecord(u"110000"_s)->approvedOn, u"2021-03-15"_s);
        QCOMPARE(store.auditTrail().size(), 2);
        QCOMPARE(store.auditTrail()[1].who, u"Li Wei"_s);
        QVERIFY(model.index(beijing, 0).data(ReviewTableModel::PlannedRole).toBool());

        // A county-level record shows up after a reload.
        ReviewRecord county;
        county.unitId = u"440106"_s;
        county.status = ReviewStatus::Preparing;
        QVERIFY(store.setReviewRecord(county, u"Li Wei"_s).isEmpty());
        model.reload();
        QCOMPARE(model.rowCount(), 19 + 277 + 19 + 27 + 19 + 1);

        QSortFilterProxyModel byLevel;
        byLevel.setSourceModel(&model);
        byLevel.setFilterRole(ReviewTableModel::LevelRole);
        byLevel.setFilterFixedString(u"national_new_area"_s);
        QCOMPARE(byLevel.rowCount(), 19);
    }
    // A record with a status this version does not know shows that status and cannot be edited.
    void unknownStatusIsShownReadOnly()
    {
        const QString path = m_dir.filePath(u"kept.cityatlas"_s);
        {
            auto created = ProjectStore::create(path);
            ReviewRecord beijing;
            beijing.unitId = u"110000"_s;
            beijing.status = ReviewStatus::Approved;
            beijing.document = u"北京市顶层设计"_s;
            QVERIFY(created.store->setReviewRecord(beijing, u"Li Wei"_s).isEmpty());
            QVERIFY(created.store->save().isEmpty());
        }
        {   // as a newer CityAtlas might write it
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "PRAGMA ignore_check_constraints = ON; UPDATE review_records SET status = 'under-review'", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.store);
        ReviewTableModel model(opened.store.get(), &*m_catalog);
        model.setReviewer(u"Li Wei"_s);
        const int beijing = rowOf(model, u"110000"_s);
        const QModelIndex status = model.index(beijing, ReviewTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"under-review"_s);
        QCOMPARE(model.index(beijing, ReviewTableModel::DocumentColumn).data().toString(), u"北京市顶层设计"_s);
        QVERIFY(!(model.flags(status) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(beijing, ReviewTableModel::NotesColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(rowOf(model, u"120000"_s), ReviewTableModel::StatusColumn)) & Qt::ItemIsEditable);
        QVERIFY(!model.setData(model.index(beijing, ReviewTableModel::NotesColumn), u"x"_s));
        QVERIFY(!opened.store->isModified());
    }
};

QTEST_GUILESS_MAIN(TestReviewTableModel)
#include "tst_reviewtablemodel.moc"
