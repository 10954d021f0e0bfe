// Computed fields as a user adds them, under the offscreen platform: the dialog on the bundled
// province map previews the first rows and the problems while the expression is typed, and
// OK adds the field to the workbench's layer through the attribute table.
#include "app/mainwindow.h"
#include "maps/workspace/workspace.h"
#include "maps/data/bundleddata.h"
#include "widgets/attributetable.h"
#include "widgets/computedfielddialog.h"
#include "widgets/mapcanvas.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

class TestComputedField : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FeatureTable> m_map;

    static QPushButton *okButton(const ComputedFieldDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    static void activate(QListWidget *list, const QString &text)
    {
        const QList<QListWidgetItem *> items = list->findItems(text, Qt::MatchExactly);
        QVERIFY2(items.size() == 1, qPrintable(text));
        list->setCurrentItem(items[0]);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        qputenv("CITYATLAS_DATASETS", CITYATLAS_DATASETS_DIR);
        QLocale::setDefault(QLocale::c());
        LoadResult r = BundledData::loadProvinceMap();
        QVERIFY(r.table);
        m_map = std::shared_ptr<const FeatureTable>(std::move(r.table));
    }

    void dialogPreviewsWhileTyping()
    {
        ComputedFieldDialog dialog(m_map);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(u"fieldName"_s);
        auto *expression = dialog.findChild<QLineEdit *>(u"expression"_s);
        auto *preview = dialog.findChild<QTableWidget *>(u"preview"_s);
        auto *issues = dialog.findChild<QLabel *>(u"issues"_s);
        QVERIFY(name && expression && preview && issues);
        QCOMPARE(preview->rowCount(), ComputedFieldDialog::PreviewRows);
        QVERIFY(!okButton(dialog)->isEnabled()); // no name, no expression

        // Beijing (row 1): pop_2022 2184 (10,000 persons), so x / x per 10,000 = 10000.
        QTest::keyClicks(name, u"per_capita_check"_s);
        QTest::keyClicks(expression, u"percapita(pop_2022, pop_2022)"_s);
        QCOMPARE(preview->item(0, 0)->text(), u"1"_s);
        QCOMPARE(preview->item(0, 2)->text(), u"10000"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        // Taiwan, Hong Kong and Macao have no statistics: one warning names their rows.
        QVERIFY2(issues->text().contains(u"3 row(s) are null because of missing or non-numeric values in pop_2022: rows 32, 33, 34"_s),
                 qPrintable(issues->text()));
        QVERIFY(dialog.findChild<QLabel *>(u"summary"_s)->text().contains(u"3 null"_s));

        // An unfinished expression: the error with its position, no values, no OK.
        expression->clear();
        QTest::keyClicks(expression, u"log(pop_2022"_s);
        QVERIFY2(issues->text().startsWith(u"at 13: expected ')' after the arguments of log"_s), qPrintable(issues->text()));
        QVERIFY(preview->item(0, 2)->text().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());

        // Finished from the lists: a function around nothing selected, then a field inside it.
        expression->clear();
        activate(dialog.findChild<QListWidget *>(u"functions"_s), u"sqrt(x)"_s);
        QCOMPARE(expression->text(), u"sqrt()"_s);
        activate(dialog.findChild<QListWidget *>(u"fields"_s), u"area_km2"_s);
        QCOMPARE(expression->text(), u"sqrt(area_km2)"_s);
        // √16411 = 128.105 (Beijing's official land area, km²).
        QVERIFY2(std::abs(preview->item(0, 2)->text().toDouble() - 128.10543) < 1e-4, qPrintable(preview->item(0, 2)->text()));
        QVERIFY(okButton(dialog)->isEnabled());

        // OK emits the column for all 34 rows.
        QSignalSpy columns(&dialog, &ComputedFieldDialog::resultColumnsReady);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(columns.size(), 1);
        const auto rows = columns[0][0].value<QList<int>>();
        const auto fields = columns[0][1].value<QList<ResultColumn>>();
        QCOMPARE(rows.size(), 34);
        QCOMPARE(rows.first(), 0);
        QCOMPARE(rows.last(), 33);
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields[0].field.name, u"per_capita_check"_s);
        QCOMPARE(fields[0].field.type, FieldType::Real);
        QVERIFY(std::abs(fields[0].values[0].toDouble() - std::sqrt(16411.0)) < 1e-12);
        QVERIFY(fields[0].values[33].isNull()); // Macao: no statistics
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.expressionResult().ok());
    }

    void existingNameIsReplacedWithANote()
    {
        ComputedFieldDialog dialog(m_map);
        dialog.setFieldName(BundledData::densityField());
        dialog.setExpression(u"density(pop_2022 * 10000, area_km2)"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"nameNote"_s)->text(),
                 u"The layer has a field density_2022 already; OK replaces its values."_s);
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.setFieldName(u"density_2023"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"nameNote"_s)->text().isEmpty());
    }

    void attributeTableAddsTheFieldToTheLayer()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
        window.loadDefaultMap();
        QVERIFY(rendered.wait(20000));

        auto *button = window.attributeTable()->findChild<QPushButton *>(u"addFieldButton"_s);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = window.attributeTable()->findChild<ComputedFieldDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"fieldName"_s), u"people_per_km2"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"expression"_s), u"density(pop_2022 * 1e4, area_km2)"_s);
        QVERIFY2(okButton(*dialog)->isEnabled(), qPrintable(dialog->findChild<QLabel *>(u"issues"_s)->text()));
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);

        // The layer now has the field; Beijing 2184 × 10000 / 16411 = 1330.8147 people per km²
        // (hand calculation), the same as the bundled density_2022.
        const auto layer = window.canvas()->layer();
        QVERIFY(layer);
        const int column = layer->fieldIndex(u"people_per_km2"_s);
        QVERIFY(column >= 0);
        QVERIFY(std::abs(layer->number(0, column).value_or(-1) - 1330.8147) < 1e-4);
        QCOMPARE(layer->number(0, column), layer->number(0, layer->fieldIndex(BundledData::densityField())));
        QVERIFY(!layer->number(33, column));
        // ... and the attribute table shows it.
        const QAbstractItemModel *model = window.attributeTable()->view()->model();
        bool shown = false;
        for (int c = 0; c < model->columnCount(); ++c)
            shown = shown || model->headerData(c, Qt::Horizontal).toString() == u"people_per_km2"_s;
        QVERIFY(shown);

        // A computed field is an edit: Edit > Undo takes it away, Redo brings it back.
        QUndoStack *undo = window.undoStack();
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QCOMPARE(window.canvas()->layer()->fieldIndex(u"people_per_km2"_s), -1);
        QCOMPARE(window.canvas()->layer()->fieldCount(), layer->fieldCount() - 1);
        undo->redo();
        QVERIFY(std::abs(window.canvas()->layer()->number(0, window.canvas()->layer()->fieldIndex(u"people_per_km2"_s)).value_or(-1)
                         - 1330.8147) < 1e-4);
    }

    // Recomputing a field of the same name replaces its values; undo puts the old ones back.
    void undoRestoresAReplacedField()
    {
        MainWindow window;
        QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
        window.resize(800, 600);
        window.show();
        window.loadDefaultMap();
        QVERIFY(rendered.wait(20000));
        const auto before = window.canvas()->layer();
        const int pop = before->fieldIndex(u"pop_2022"_s);
        const QVariant beijing = before->value(0, pop); // 2184 (10,000 persons), NBS 2022
        window.workspace()->addResultFields({0}, {ResultColumn{{u"pop_2022"_s, FieldType::Real}, {42.0}}}, u"test"_s);
        QCOMPARE(window.canvas()->layer()->value(0, window.canvas()->layer()->fieldIndex(u"pop_2022"_s)).toDouble(), 42.0);
        window.undoStack()->undo();
        const auto after = window.canvas()->layer();
        QCOMPARE(after->value(0, after->fieldIndex(u"pop_2022"_s)), beijing);
        QCOMPARE(after->value(1, after->fieldIndex(u"pop_2022"_s)), before->value(1, pop));
        QCOMPARE(after->fieldCount(), before->fieldCount());
    }
};

QTEST_MAIN(TestComputedField)
#include "tst_computedfield.moc"
