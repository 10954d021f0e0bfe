// Names in data shown in the interface language: the bundled province map has English and
// Chinese twins (name_en / name_zh, region / region_zh from datasets/china_province_stats.csv),
// and the bundled GB/T 33356 indicator system has name_en / name_zh. The expected Chinese names
// are the ones in those files (china_province_stats.csv: Beijing 北京市 Eastern 东部, Shanxi 山西省
// Central 中部, Inner Mongolia 内蒙古自治区 Western 西部, Liaoning 辽宁省 Northeast 东北).
#include "analysis/evaluation/indicatorsystem.h"
#include "maps/data/analysisinput.h"
#include "maps/data/bundleddata.h"
#include "maps/data/indicatorsystemfile.h"
#include "maps/data/unitnames.h"
#include "maps/style/categorystyle.h"

#include "tests/maps/mapsupport.h"

#include <QtTest>

using namespace CityAtlas;
using namespace Qt::StringLiterals;

namespace {

// Sets the interface language for one test and restores English afterwards.
struct InterfaceLanguage
{
    explicit InterfaceLanguage(QLocale::Language language)
    {
        QLocale::setDefault(QLocale(language, language == QLocale::Chinese ? QLocale::China : QLocale::UnitedStates));
    }
    ~InterfaceLanguage() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

} // namespace

class TestDataNames : public QObject, private TestSupport::ProvinceMapFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString error = loadProvinceMap();
        QVERIFY2(m_map, qPrintable(error));
    }

    void cellsInTheInterfaceLanguage()
    {
        const int region = m_map->fieldIndex(u"region"_s), nameEn = m_map->fieldIndex(u"name_en"_s);
        const int beijing = rowOf(u"110000"_s), liaoning = rowOf(u"210000"_s);
        QVERIFY(region >= 0 && nameEn >= 0 && beijing >= 0 && liaoning >= 0);
        {
            const InterfaceLanguage zh(QLocale::Chinese);
            QCOMPARE(displayColumn(*m_map, region), m_map->fieldIndex(u"region_zh"_s));
            QCOMPARE(displayValue(*m_map, beijing, region), u"东部"_s);
            QCOMPARE(displayValue(*m_map, liaoning, region), u"东北"_s);
            QCOMPARE(displayValue(*m_map, beijing, nameEn), u"北京市"_s);
            QCOMPARE(unitNameField(*m_map), u"name_zh"_s);
        }
        QCOMPARE(displayValue(*m_map, beijing, region), u"Eastern"_s);
        QCOMPARE(displayValue(*m_map, liaoning, m_map->fieldIndex(u"region_zh"_s)), u"Northeast"_s);
        QCOMPARE(displayValue(*m_map, beijing, m_map->fieldIndex(u"name_zh"_s)), u"Beijing"_s);
        // A field without a twin shows itself.
        const int code = m_map->fieldIndex(u"code"_s);
        QCOMPARE(displayColumn(*m_map, code), code);
    }

    // Unique values of "region": sorted by the English key (Central, Eastern, Northeast,
    // Western), labelled in the interface language; Hong Kong, Macao and Taiwan have no region.
    void regionLegendInChinese()
    {
        {
            const InterfaceLanguage zh(QLocale::Chinese);
            const CategoryStyle style = CategoryStyle::uniqueValues(*m_map, u"region"_s);
            QCOMPARE(TestSupport::legendLabels(style.legendEntries()).mid(0, 4), (QStringList{u"中部"_s, u"东部"_s, u"东北"_s, u"西部"_s}));
        }
        const CategoryStyle style = CategoryStyle::uniqueValues(*m_map, u"region"_s);
        QCOMPARE(TestSupport::legendLabels(style.legendEntries()).mid(0, 4),
                 (QStringList{u"Central"_s, u"Eastern"_s, u"Northeast"_s, u"Western"_s}));
    }

    // Groups keep their data value (for JSON and project records) and get a label to show.
    void groupLabelsInChinese()
    {
        const InterfaceLanguage zh(QLocale::Chinese);
        const AnalysisInput input = AnalysisInput::fromTable(*m_map, u"pop_2022"_s, {}, u"region"_s);
        QVERIFY(input.isValid());
        QCOMPARE(input.groupNames.size(), 4);
        QCOMPARE(input.groupLabels.size(), 4);
        const QHash<QString, QString> expected{{u"Eastern"_s, u"东部"_s}, {u"Central"_s, u"中部"_s},
                                               {u"Western"_s, u"西部"_s}, {u"Northeast"_s, u"东北"_s}};
        for (int g = 0; g < 4; ++g)
            QCOMPARE(input.groupLabels[g], expected.value(input.groupNames[g]));
    }

    void indicatorSystemName()
    {
        const IndicatorSystemLoad load = IndicatorSystemFile::read(IndicatorSystemFile::bundledTemplatePath(u"gbt33356"_s));
        QVERIFY(load.system);
        QCOMPARE(load.system->name(true), u"新型智慧城市评价指标（GB/T 33356-2016）"_s);
        QCOMPARE(load.system->name(false), u"Evaluation indicators for new-type smart cities (GB/T 33356-2016)"_s);
        const int first = load.system->firstLevel().first();
        QCOMPARE(load.system->indicator(first).name(true), u"惠民服务"_s);
        // Without a Chinese name the English one is used, without either the id.
        Indicator unnamed;
        unnamed.id = u"X1"_s;
        QCOMPARE(unnamed.name(true), u"X1"_s);
        unnamed.nameEn = u"Roads"_s;
        QCOMPARE(unnamed.name(true), u"Roads"_s);
    }
};

QTEST_GUILESS_MAIN(TestDataNames)
#include "tst_datanames.moc"
