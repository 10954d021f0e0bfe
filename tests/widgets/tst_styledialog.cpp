// The style dialog on tests/data/grid3x3_styles.geojson, under the offscreen
// platform: manual breaks typed and dragged, the histogram's break lines and bins, the
// legend counts, bins selecting units in the shared selection, and undo/redo in the main
// window. The fixture's values, in row order, are 1, 2, 3, 5, 8, 13, 21, 34 and one null;
// every count below is counted by hand from them.
#include "app/mainwindow.h"
#include "maps/data/vectorreader.h"
#include "maps/models/featureselection.h"
#include "maps/style/categorystyle.h"
#include "widgets/charts/histogramchart.h"
#include "widgets/fieldcombo.h"
#include "widgets/mapcanvas.h"
#include "widgets/methodcombo.h"
#include "widgets/styledialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtCharts/QValueAxis>
#include <QUndoStack>
#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

QString fixture()
{
    return QStringLiteral(CITYATLAS_TEST_DATA_DIR "/grid3x3_styles.geojson");
}

QList<int> legendCounts(const StyleDialog &dialog)
{
    QList<int> counts;
    for (int i = 0; i < dialog.legend()->topLevelItemCount(); ++i)
        counts << dialog.legend()->topLevelItem(i)->text(1).toInt();
    return counts;
}

QStringList legendLabels(const StyleDialog &dialog)
{
    QStringList labels;
    for (int i = 0; i < dialog.legend()->topLevelItemCount(); ++i)
        labels << dialog.legend()->topLevelItem(i)->text(0);
    return labels;
}

void typeBreaks(StyleDialog &dialog, const QString &text)
{
    dialog.breaksEdit()->selectAll();
    QTest::keyClicks(dialog.breaksEdit(), text);
}

void chooseMethod(StyleDialog &dialog, ClassificationMethod method)
{
    dialog.findChild<MethodCombo *>()->setCurrentMethod(method);
}

void click(HistogramChart *chart, QPointF value, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, modifiers, chart->positionOf(value));
}

} // namespace

class TestStyleDialog : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const FeatureTable> m_table;

    static ChoroplethSpec quantile3()
    {
        ChoroplethSpec spec;
        spec.field = u"value"_s;
        spec.method = ClassificationMethod::Quantile;
        spec.classCount = 3;
        return spec;
    }

    static ChoroplethSpec manual4and20()
    {
        ChoroplethSpec spec = quantile3();
        spec.method = ClassificationMethod::Manual;
        spec.breaks = {4, 20};
        return spec;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        LoadResult r = VectorReader::read(fixture());
        QVERIFY(r.table);
        m_table = std::shared_ptr<const FeatureTable>(std::move(r.table));
    }

    void manualBreaksDrawnAndCounted()
    {
        FeatureSelection selection;
        StyleDialog dialog(m_table, &selection, quantile3());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Quantile (R type 7) of the 8 values at 1/3 and 2/3: h = 7/3 gives 3 + (1/3)·2,
        // h = 14/3 gives 8 + (2/3)·5.
        const QList<double> quantileBreaks = dialog.histogram()->breakLines();
        QCOMPARE(quantileBreaks.size(), 2);
        QVERIFY(qAbs(quantileBreaks[0] - 11.0 / 3.0) < 1e-9);
        QVERIFY(qAbs(quantileBreaks[1] - 34.0 / 3.0) < 1e-9);

        // Manual starts from the classes shown, then takes the typed values.
        chooseMethod(dialog, ClassificationMethod::Manual);
        QVERIFY(dialog.breaksEdit()->isEnabled());
        QCOMPARE(dialog.spec().breaks.size(), 2);
        typeBreaks(dialog, u"4, 20"_s);
        QCOMPARE(dialog.spec().breaks, (QList<double>{4, 20}));
        QCOMPARE(dialog.histogram()->breakLines(), (QList<double>{4, 20}));
        // [1, 4]: 1, 2, 3; (4, 20]: 5, 8, 13; (20, 34]: 21, 34; one row without a value.
        QCOMPARE(legendCounts(dialog), (QList<int>{3, 3, 2, 1}));
        QCOMPARE(legendLabels(dialog), (QStringList{u"1.0 – 4.0"_s, u"4.0 – 20.0"_s, u"20.0 – 34.0"_s, u"No data"_s}));
        QVERIFY(dialog.problem().contains(u"1 of 9"_s)); // the warning about the null

        QSignalSpy applied(&dialog, &StyleDialog::applied);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().first().value<ChoroplethSpec>().breaks, (QList<double>{4, 20}));
    }

    void badBreaksAreExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("decreasing") << u"20, 4"_s << u"field 'value': break 2 (4) is not greater than break 1 (20); breaks must increase"_s;
        QTest::newRow("not a number") << u"4, x"_s << u"Break 2: 'x' is not a number"_s;
        QTest::newRow("outside") << u"0.5"_s << u"break 1 (0.5) is not between the smallest value 1 and the largest 34"_s;
    }

    void badBreaksAreExplained()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        FeatureSelection selection;
        StyleDialog dialog(m_table, &selection, manual4and20());
        dialog.show();
        typeBreaks(dialog, text);
        QVERIFY2(dialog.problem().contains(message), qPrintable(dialog.problem()));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog.styleResult().style);
    }

    void binsSelectUnits()
    {
        FeatureSelection selection;
        StyleDialog dialog(m_table, &selection, quantile3());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        HistogramChart *chart = dialog.histogram();
        // Automatic: Freedman–Diaconis gives 3 bins for 1 2 3 5 8 13 21 34 (IQR 12.25, width
        // 2·12.25/8^(1/3) = 12.25, ceil(33 / 12.25) = 3; see tst_stylemethods), said on the axis.
        QCOMPARE(chart->histogram().bins().size(), 3);
        QCOMPARE(chart->histogram().rule(), FieldHistogram::BinRule::FreedmanDiaconis);
        auto *axis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->titleText(), u"Bins: 3 of width 11 (Freedman–Diaconis: 2·IQR·n^(−1/3))"_s);
        // Five bins chosen, of width 33/5 = 6.6: [1, 7.6) holds 1, 2, 3, 5;
        // [7.6, 14.2) 8, 13; [14.2, 20.8) none; [20.8, 27.4) 21; [27.4, 34] 34.
        dialog.binsBox()->setValue(5);
        QCOMPARE(chart->histogram().bins().size(), 5);
        QCOMPARE(chart->histogram().rule(), FieldHistogram::BinRule::Chosen);
        click(chart, QPointF(4.3, 1.0));
        QCOMPARE(selection.rows(), (QSet<int>{0, 1, 2, 3}));
        QCOMPARE(chart->highlightedCounts(), (QList<int>{4, 0, 0, 0, 0}));
        click(chart, QPointF(24.1, 0.5), Qt::ShiftModifier);
        QCOMPARE(selection.rows(), (QSet<int>{0, 1, 2, 3, 6}));
        QCOMPARE(chart->highlightedCounts(), (QList<int>{4, 0, 0, 1, 0}));
        click(chart, QPointF(10.9, 1.0));
        QCOMPARE(selection.rows(), (QSet<int>{4, 5}));
        // A selection made elsewhere (map, table) shows here too.
        selection.setRows({7, 8});
        QCOMPARE(chart->highlightedCounts(), (QList<int>{0, 0, 0, 0, 1}));
    }

    void categoriesAreBars()
    {
        FeatureSelection selection;
        ChoroplethSpec spec;
        spec.field = u"region"_s;
        spec.method = ClassificationMethod::UniqueValues;
        spec.ramp = u"Set2"_s;
        StyleDialog dialog(m_table, &selection, spec);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dynamic_cast<const CategoryStyle *>(dialog.styleResult().style.get()));
        QCOMPARE(legendLabels(dialog), (QStringList{u"east"_s, u"north"_s, u"south"_s, u"west"_s, u"No data"_s}));
        QCOMPARE(legendCounts(dialog), (QList<int>{3, 2, 1, 2, 1}));
        HistogramChart *chart = dialog.histogram();
        QVERIFY(chart->histogram().isCategorical());
        QVERIFY(chart->breakLines().isEmpty());
        click(chart, QPointF(3.0, 1.0)); // the "west" bar
        QCOMPARE(selection.rows(), (QSet<int>{2, 5}));
    }

    void switchingToUniqueValuesOffersAQualitativeRamp()
    {
        FeatureSelection selection;
        StyleDialog dialog(m_table, &selection, quantile3()); // YlOrRd, 3 classes
        chooseMethod(dialog, ClassificationMethod::UniqueValues);
        QCOMPARE(dialog.spec().ramp, u"Set2"_s);
        // Eight whole numbers, each once: the limit of 3 keeps the smallest three (ties go
        // to the smaller value), the other five share "Other"; one row has no value.
        QCOMPARE(legendLabels(dialog), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"Other"_s, u"No data"_s}));
        QCOMPARE(legendCounts(dialog), (QList<int>{1, 1, 1, 5, 1}));
    }

    void dragABreakLine()
    {
        FeatureSelection selection;
        StyleDialog dialog(m_table, &selection, manual4and20());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        HistogramChart *chart = dialog.histogram();
        const QPoint from = chart->positionOf(QPointF(4.0, 1.0));
        const QPoint to = chart->positionOf(QPointF(10.0, 1.0));
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(chart->viewport(), to);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
        QVERIFY(selection.isEmpty()); // a drag is not a click on a bin
        const QList<double> breaks = dialog.spec().breaks;
        QCOMPARE(breaks.size(), 2);
        QVERIFY2(qAbs(breaks[0] - 10.0) < 0.5, qPrintable(dialog.breaksEdit()->text())); // within a pixel or two
        QCOMPARE(breaks[1], 20.0);
        QCOMPARE(chart->breakLines(), breaks);
        // [1, 10]: 1, 2, 3, 5, 8; (10, 20]: 13; (20, 34]: 21, 34.
        QCOMPARE(legendCounts(dialog), (QList<int>{5, 1, 2, 1}));
    }

    void undoRedoInTheMainWindow()
    {
        MainWindow window;
        window.show();
        window.openLayer(fixture());
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->layer(), 20000);
        QCOMPARE(window.undoStack()->count(), 0);
        const ChoroplethSpec before = window.styleSpec();
        QCOMPARE(before.field, u"value"_s); // the first numeric field
        QCOMPARE(before.method, ClassificationMethod::Quantile);

        window.showStyleDialog();
        auto *dialog = window.findChild<StyleDialog *>();
        QVERIFY(dialog);
        chooseMethod(*dialog, ClassificationMethod::Manual);
        typeBreaks(*dialog, u"4, 20"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(window.styleSpec().method, ClassificationMethod::Manual);
        QCOMPARE(window.styleSpec().breaks, (QList<double>{4, 20}));
        QCOMPARE(window.canvas()->style()->legendEntries().size(), 4); // 3 classes + no data
        QCOMPARE(window.undoStack()->count(), 1);

        window.undoStack()->undo();
        QCOMPARE(window.styleSpec(), before);
        // Quantile, 5 classes of 8 distinct values, plus "No data".
        QCOMPARE(window.canvas()->style()->legendEntries().size(), 6);
        window.undoStack()->redo();
        QCOMPARE(window.styleSpec().breaks, (QList<double>{4, 20}));
        QCOMPARE(window.canvas()->style()->legendEntries().size(), 4);

        // The Edit menu's actions carry the standard shortcuts.
        bool undoAction = false, redoAction = false;
        for (const QAction *action : window.findChildren<QAction *>()) {
            undoAction = undoAction || action->shortcut() == QKeySequence(QKeySequence::Undo);
            redoAction = redoAction || action->shortcut() == QKeySequence(QKeySequence::Redo);
        }
        QVERIFY(undoAction && redoAction);
    }
};

QTEST_MAIN(TestStyleDialog)

#include "tst_styledialog.moc"
