// Layer recipes: a layer, its joins and its style go into a project and come back out of it,
// and reading them back never opens what a project may not name.
#include "maps/data/bundleddata.h"
#include "maps/project/layerrecipe.h"
#include "maps/project/projectstore.h"
#include "tests/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace CityAtlas;
using namespace CityAtlas::TestSupport;
using namespace Qt::StringLiterals;

namespace {

// The province map with scores joined by names (北京 10, 内蒙古 20, 广西 30, Tibet 40,
// 新疆维吾尔自治区 50; Atlantis 60 matches nothing).
LayerRecipe provincesWithScores()
{
    LayerRecipe recipe;
    recipe.sourcePath = BundledData::provincesPath();
    recipe.name = u"provinces"_s;
    recipe.joins.append({data(u"province_short_names.csv"_s), {}, JoinSpec(u"name_zh"_s, u"province"_s, JoinMatch::Name)});
    recipe.styleJson = uR"({"classes":4,"field":"score","method":"quantile","ramp":"Blues"})"_s; // as the style codec writes it
    return recipe;
}

} // namespace

class TestLayerRecipe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(u"r%1.cityatlas"_s.arg(++m_counter)); }

private slots:
    void roundTripThroughProject()
    {
        const QString path = newPath();
        {
            auto created = ProjectStore::create(path);
            QVERIFY(created.store);
            QVERIFY2(LayerRecipes::record(*created.store, provincesWithScores()).isEmpty(), "record failed");
            // Recording the same recipe again adds nothing.
            QVERIFY(LayerRecipes::record(*created.store, provincesWithScores()).isEmpty());
            QCOMPARE(created.store->content().layers.size(), 1);
            QCOMPARE(created.store->content().joins.size(), 1);
            QCOMPARE(created.store->content().joins[0].match, u"name"_s);
            QVERIFY(created.store->save().isEmpty());
        }
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.store);
        IssueList issues;
        const QList<LayerRecipe> recipes = LayerRecipes::fromProject(*opened.store, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(messages(issues)));
        QCOMPARE(recipes.size(), 1);
        const LayerRecipe &recipe = recipes[0];
        const LayerRecipe expected = provincesWithScores();
        QCOMPARE(recipe.sourcePath, QFileInfo(expected.sourcePath).absoluteFilePath());
        QCOMPARE(recipe.name, expected.name);
        QCOMPARE(recipe.styleJson, expected.styleJson);
        QCOMPARE(recipe.joins.size(), 1);
        QCOMPARE(recipe.joins[0].tablePath, expected.joins[0].tablePath);
        QCOMPARE(recipe.joins[0].spec.layerKey, u"name_zh"_s);
        QCOMPARE(recipe.joins[0].spec.tableKey, u"province"_s);
        QCOMPARE(recipe.joins[0].spec.match, JoinMatch::Name);

        // Loading makes the layer again: the bundled statistics and the joined scores.
        const LoadResult loaded = LayerRecipes::load(recipe);
        QVERIFY2(loaded.table, qPrintable(messages(loaded.issues)));
        const FeatureTable &table = *loaded.table;
        QCOMPARE(table.rowCount(), 34);
        const int code = table.fieldIndex(u"code"_s), score = table.fieldIndex(u"score"_s);
        QVERIFY(code >= 0 && score >= 0 && table.fieldIndex(u"pop_2022"_s) >= 0);
        QHash<QString, double> scores;
        for (int row = 0; row < table.rowCount(); ++row)
            if (const auto v = table.number(row, score))
                scores.insert(table.value(row, code).toString(), *v);
        // From tests/data/province_short_names.csv, by GB/T 2260 code: 北京 110000, 内蒙古 150000,
        // 广西 450000, Tibet (西藏) 540000, 新疆维吾尔自治区 650000.
        const QHash<QString, double> expectedScores{{u"110000"_s, 10}, {u"150000"_s, 20}, {u"450000"_s, 30},
                                                    {u"540000"_s, 40}, {u"650000"_s, 50}};
        QCOMPARE(scores, expectedScores);
    }

    // How a layer is shown (hidden, half transparent) goes with its style.
    void visibilityAndOpacity()
    {
        const QString path = newPath();
        LayerRecipe recipe = provincesWithScores();
        recipe.visible = false;
        recipe.opacity = 0.6;
        {
            auto created = ProjectStore::create(path);
            QVERIFY(LayerRecipes::record(*created.store, recipe).isEmpty());
            QCOMPARE(created.store->content().styles[0].json,
                     uR"({"classes":4,"field":"score","method":"quantile","opacity":0.6,"ramp":"Blues","visible":false})"_s);
            QVERIFY(created.store->save().isEmpty());
        }
        auto opened = ProjectStore::open(path);
        IssueList issues;
        const LayerRecipe back = LayerRecipes::fromProject(*opened.store, &issues).value(0);
        QVERIFY(!back.visible);
        QCOMPARE(back.opacity, 0.6);
        QCOMPARE(back.styleJson, recipe.styleJson); // the style alone
        // Shown again and opaque: the defaults are not written.
        recipe.visible = true;
        recipe.opacity = 1.0;
        QVERIFY(LayerRecipes::record(*opened.store, recipe).isEmpty());
        QCOMPARE(opened.store->content().styles[0].json, recipe.styleJson);
    }

    // Bundled datasets are named, not located: the project opens wherever CityAtlas is installed,
    // and the zipped prefecture GeoPackage (a /vsizip/ path) is no "remote" source.
    void bundledDatasetsByReference()
    {
        const QString path = newPath();
        {
            auto created = ProjectStore::create(path);
            LayerRecipe prefectures{BundledData::prefecturesPath(), {}, u"prefectures"_s, {}, {}, {}, {}, {}};
            QVERIFY2(LayerRecipes::record(*created.store, provincesWithScores()).isEmpty(), "provinces");
            const IssueList issues = LayerRecipes::record(*created.store, prefectures);
            QVERIFY2(issues.isEmpty(), qPrintable(messages(issues)));
            QCOMPARE(created.store->content().layers[0].sourcePath, u"bundled:china_provinces.gpkg"_s);
            QCOMPARE(created.store->content().layers[1].sourcePath, u"bundled:china_prefectures.gpkg"_s);
            QVERIFY(created.store->save().isEmpty());
        }
        auto opened = ProjectStore::open(path);
        const QList<SourceCheck> checks = opened.store->checkSources();
        QCOMPARE(checks[0].status, SourceStatus::Ok);
        QCOMPARE(checks[1].status, SourceStatus::Ok); // the checksum is the zip archive's
        IssueList issues;
        const QList<LayerRecipe> recipes = LayerRecipes::fromProject(*opened.store, &issues);
        QCOMPARE(recipes.size(), 2);
        QVERIFY(recipes[0].isBundledProvinceMap());
        QCOMPARE(recipes[1].sourcePath, BundledData::prefecturesPath());
        opened.store.reset();

        // A reference is a plain file name of the datasets folder, nothing else.
        QVERIFY(BundledData::pathOf(u"bundled:../../etc/passwd"_s).isEmpty());
        QVERIFY(BundledData::pathOf(u"bundled:/etc/passwd"_s).isEmpty());
        QVERIFY(BundledData::pathOf(u"bundled:no_such_dataset.gpkg"_s).isEmpty());
        QCOMPARE(BundledData::pathOf(u"bundled:china_province_stats.csv"_s), QFileInfo(BundledData::provinceStatsPath()).absoluteFilePath());
        QVERIFY(BundledData::referenceOf(data(u"words.csv"_s)).isEmpty()); // not bundled
        // However GDAL's zip path is spelt ("/vsizip//abs/x.zip/y" or cleaned), it is the same dataset.
        QCOMPARE(BundledData::referenceOf(QDir::cleanPath(BundledData::prefecturesPath())), u"bundled:china_prefectures.gpkg"_s);
        QCOMPARE(BundledData::layerCaption(BundledData::provincesPath()), u"China's provinces"_s);
        QVERIFY(BundledData::layerCaption(data(u"grid3x3.geojson"_s)).isEmpty());
    }

    void joinedTablesAreChecked()
    {
        const QString path = newPath();
        QVERIFY(QFile::copy(data(u"hostile_remote.vrt"_s), m_dir.filePath(u"table.vrt"_s)));
        {
            auto created = ProjectStore::create(path);
            LayerRecipe recipe = provincesWithScores();
            recipe.joins.prepend({m_dir.filePath(u"table.vrt"_s), {}, JoinSpec(u"code"_s, u"code"_s, JoinMatch::Code)});
            QVERIFY(LayerRecipes::record(*created.store, recipe).isEmpty());
            // Stored relative to the project, as layers are.
            QCOMPARE(created.store->content().joins[0].tablePath, u"table.vrt"_s);
            QVERIFY(created.store->save().isEmpty());
        }
        auto opened = ProjectStore::open(path);
        IssueList issues;
        const QList<LayerRecipe> recipes = LayerRecipes::fromProject(*opened.store, &issues);
        QCOMPARE(recipes.size(), 1);
        QCOMPARE(recipes[0].joins.size(), 1); // the VRT is left out, the CSV stays
        QCOMPARE(recipes[0].joins[0].tablePath, data(u"province_short_names.csv"_s));
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues[0].message.contains(u"table.vrt"_s) && issues[0].message.contains(u"OGR_VRT"_s), qPrintable(messages(issues)));
    }

    void missingTableIsAWarning()
    {
        LayerRecipe recipe = provincesWithScores();
        recipe.joins.prepend({m_dir.filePath(u"gone.csv"_s), {}, JoinSpec(u"code"_s, u"code"_s, JoinMatch::Code)});
        const LoadResult loaded = LayerRecipes::load(recipe);
        QVERIFY(loaded.table);
        QVERIFY(loaded.table->fieldIndex(u"score"_s) >= 0); // the other join still applies
        QCOMPARE(loaded.issues.size(), 1);
        QCOMPARE(loaded.issues[0].severity, Issue::Severity::Warning);
        QVERIFY2(loaded.issues[0].message.contains(u"gone.csv"_s) && loaded.issues[0].message.contains(u"not joined"_s),
                 qPrintable(messages(loaded.issues)));
    }

    // A Shapefile without .cpg, read as GBK: the project keeps the encoding the user chose.
    void encodingComesBack()
    {
        const QString path = newPath();
        LayerRecipe recipe;
        recipe.sourcePath = data(u"gbk_no_cpg.shp"_s);
        recipe.name = u"gbk"_s;
        recipe.encoding = u"GBK"_s;
        {
            auto created = ProjectStore::create(path);
            QVERIFY(LayerRecipes::record(*created.store, recipe).isEmpty());
            QVERIFY(created.store->save().isEmpty());
        }
        auto opened = ProjectStore::open(path);
        QCOMPARE(opened.store->content().layers[0].encoding, u"GBK"_s);
        IssueList issues;
        const QList<LayerRecipe> recipes = LayerRecipes::fromProject(*opened.store, &issues);
        QCOMPARE(recipes.size(), 1);
        QCOMPARE(recipes[0].encoding, u"GBK"_s);
        const LoadResult loaded = LayerRecipes::load(recipes[0]);
        QVERIFY2(loaded.table, qPrintable(messages(loaded.issues)));
        // The fixture's first feature: 110000 北京市 (written as GBK bytes by ogr2ogr).
        QCOMPARE(loaded.table->value(0, loaded.table->fieldIndex(u"name_zh"_s)).toString(), u"北京市"_s);
    }

    void unreadableSourceIsAnError()
    {
        LayerRecipe recipe;
        recipe.sourcePath = m_dir.filePath(u"nothing.gpkg"_s);
        const LoadResult loaded = LayerRecipes::load(recipe);
        QVERIFY(!loaded.table);
        QVERIFY(hasErrors(loaded.issues));
        QVERIFY(messages(loaded.issues).contains(u"nothing.gpkg"_s));
    }
};

QTEST_GUILESS_MAIN(TestLayerRecipe)
#include "tst_layerrecipe.moc"
