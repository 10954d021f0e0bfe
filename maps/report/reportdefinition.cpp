#include "maps/report/reportdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMarginsF>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

const QList<std::pair<ReportItem::Kind, QString>> &kindKeys()
{
    static const QList<std::pair<ReportItem::Kind, QString>> keys{
        {ReportItem::Kind::Map, u"map"_s}, {ReportItem::Kind::Chart, u"chart"_s},
        {ReportItem::Kind::Table, u"table"_s}, {ReportItem::Kind::Text, u"text"_s}};
    return keys;
}

QString sizeKey(QPageSize::PageSizeId size) { return size == QPageSize::A3 ? u"A3"_s : u"A4"_s; }
QString orientationKey(QPageLayout::Orientation o) { return o == QPageLayout::Landscape ? u"landscape"_s : u"portrait"_s; }

QJsonObject itemJson(const ReportItem &item)
{
    QJsonObject o{{u"kind"_s, ReportItem::kindKey(item.kind)}, {u"title"_s, item.title}, {u"height"_s, item.height}};
    switch (item.kind) {
    case ReportItem::Kind::Map:
        o.insert(u"layer"_s, item.layer);
        o.insert(u"field"_s, item.field);
        o.insert(u"method"_s, item.method);
        o.insert(u"classes"_s, item.classes);
        o.insert(u"ramp"_s, item.ramp);
        o.insert(u"labels"_s, item.labelField);
        o.insert(u"legend"_s, item.legend);
        o.insert(u"scaleBar"_s, item.scaleBar);
        o.insert(u"northArrow"_s, item.northArrow);
        break;
    case ReportItem::Kind::Chart:
        o.insert(u"figure"_s, item.figure);
        break;
    case ReportItem::Kind::Table:
        o.insert(u"table"_s, item.table);
        o.insert(u"parameters"_s, item.parameters);
        break;
    case ReportItem::Kind::Text:
        o.insert(u"text"_s, item.text);
        break;
    }
    return o;
}

// Reads one item; problems go to issues with the place given by `where`.
ReportItem readItem(const QJsonObject &o, const QString &where, IssueList *issues)
{
    ReportItem item;
    const auto error = [&](const QString &what) { *issues << Issue::error(ReportDefinition::tr("%1: %2").arg(where, what)); };
    const QString kind = o.value(u"kind"_s).toString();
    const auto k = ReportItem::kindFromKey(kind);
    if (!k) {
        error(ReportDefinition::tr("unknown item kind '%1' (map, chart, table or text)").arg(kind));
        return item;
    }
    item.kind = *k;
    item.title = o.value(u"title"_s).toString();
    item.height = o.value(u"height"_s).toDouble(1.0);
    if (!(item.height > 0.0 && item.height <= 100.0)) {
        error(ReportDefinition::tr("the height must be a positive share of the page, not %1").arg(item.height));
        item.height = 1.0;
    }
    const auto required = [&](const QString &key) {
        const QString value = o.value(key).toString();
        if (value.isEmpty())
            error(ReportDefinition::tr("a %1 item needs '%2'").arg(kind, key));
        return value;
    };
    switch (item.kind) {
    case ReportItem::Kind::Map:
        item.layer = o.value(u"layer"_s).toString(item.layer);
        item.field = required(u"field"_s);
        item.method = o.value(u"method"_s).toString(item.method);
        item.classes = o.value(u"classes"_s).toInt(item.classes);
        if (item.classes < 1 || item.classes > 12)
            error(ReportDefinition::tr("the number of classes must be 1 to 12, not %1").arg(item.classes));
        item.ramp = o.value(u"ramp"_s).toString(item.ramp);
        item.labelField = o.value(u"labels"_s).toString();
        item.legend = o.value(u"legend"_s).toBool(true);
        item.scaleBar = o.value(u"scaleBar"_s).toBool(true);
        item.northArrow = o.value(u"northArrow"_s).toBool(true);
        break;
    case ReportItem::Kind::Chart:
        item.figure = required(u"figure"_s);
        break;
    case ReportItem::Kind::Table:
        item.table = required(u"table"_s);
        item.parameters = o.value(u"parameters"_s).toObject();
        break;
    case ReportItem::Kind::Text:
        item.text = o.value(u"text"_s).toString();
        break;
    }
    return item;
}

} // namespace

QString ReportItem::kindKey(Kind kind)
{
    for (const auto &[k, key] : kindKeys())
        if (k == kind)
            return key;
    return {};
}

std::optional<ReportItem::Kind> ReportItem::kindFromKey(const QString &key)
{
    for (const auto &[k, name] : kindKeys())
        if (name == key.trimmed().toLower())
            return k;
    return std::nullopt;
}

QString ReportItem::kindName() const
{
    switch (kind) {
    case Kind::Map: return ReportDefinition::tr("Map");
    case Kind::Chart: return ReportDefinition::tr("Chart");
    case Kind::Table: return ReportDefinition::tr("Table");
    case Kind::Text: return ReportDefinition::tr("Text");
    }
    return {};
}

QString ReportItem::summary() const
{
    QString what;
    switch (kind) {
    case Kind::Map: what = ReportDefinition::tr("%1 (%2)").arg(field, layer); break;
    case Kind::Chart: what = figure; break;
    case Kind::Table: what = table; break;
    case Kind::Text: what = text.section(u'\n', 0, 0).left(40); break;
    }
    return ReportDefinition::tr("%1: %2").arg(kindName(), title.isEmpty() ? what : title);
}

QPageLayout ReportPage::pageLayout() const
{
    const double m = ReportDefinition::MarginMm;
    return QPageLayout(QPageSize(size), orientation, QMarginsF(m, m, m, m), QPageLayout::Millimeter);
}

QList<QRectF> ReportPage::itemRects(const QRectF &content, double gap) const
{
    double total = 0.0;
    for (const ReportItem &item : items)
        total += item.height;
    QList<QRectF> rects;
    const double room = content.height() - gap * double(std::max<qsizetype>(0, items.size() - 1));
    double y = content.top();
    for (const ReportItem &item : items) {
        const double h = total > 0.0 ? room * item.height / total : 0.0;
        rects.append(QRectF(content.left(), y, content.width(), h));
        y += h + gap;
    }
    return rects;
}

QJsonObject ReportDefinition::toJson() const
{
    QJsonArray pageArray;
    for (const ReportPage &page : pages) {
        QJsonArray items;
        for (const ReportItem &item : page.items)
            items.append(itemJson(item));
        pageArray.append(QJsonObject{{u"size"_s, sizeKey(page.size)}, {u"orientation"_s, orientationKey(page.orientation)},
                                     {u"items"_s, items}});
    }
    return {{u"format"_s, FormatVersion}, {u"name"_s, name}, {u"title"_s, title}, {u"pages"_s, pageArray}};
}

QByteArray ReportDefinition::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

ReportDefinition ReportDefinition::fromJson(const QJsonObject &json, IssueList *issues)
{
    ReportDefinition report;
    report.name = json.value(u"name"_s).toString();
    report.title = json.value(u"title"_s).toString();
    const QString where = tr("report '%1'").arg(report.name);
    const int format = json.value(u"format"_s).toInt(FormatVersion);
    if (format > FormatVersion)
        *issues << Issue::error(tr("%1: written by a newer CityAtlas (report format %2; this version reads %3)")
                                    .arg(where).arg(format).arg(FormatVersion));
    const QJsonArray pageArray = json.value(u"pages"_s).toArray();
    // A report from a project is data: bounded, so that it cannot keep CityAtlas busy for ever.
    constexpr qsizetype MaxPages = 500, MaxItemsPerPage = 50;
    if (pageArray.size() > MaxPages) {
        *issues << Issue::error(tr("%1: %2 pages; a report has at most %3").arg(where).arg(pageArray.size()).arg(MaxPages));
        return report;
    }
    for (qsizetype p = 0; p < pageArray.size(); ++p) {
        const QJsonObject o = pageArray[p].toObject();
        const QString pageWhere = tr("%1, page %2").arg(where).arg(p + 1);
        ReportPage page;
        const QString size = o.value(u"size"_s).toString(u"A4"_s).toUpper();
        if (size == u"A3"_s)
            page.size = QPageSize::A3;
        else if (size != u"A4"_s)
            *issues << Issue::error(tr("%1: unknown page size '%2' (A4 or A3)").arg(pageWhere, size));
        const QString orientation = o.value(u"orientation"_s).toString(u"portrait"_s).toLower();
        if (orientation == u"landscape"_s)
            page.orientation = QPageLayout::Landscape;
        else if (orientation != u"portrait"_s)
            *issues << Issue::error(tr("%1: unknown orientation '%2' (portrait or landscape)").arg(pageWhere, orientation));
        const QJsonArray items = o.value(u"items"_s).toArray();
        if (items.size() > MaxItemsPerPage) {
            *issues << Issue::error(tr("%1: %2 items; a page holds at most %3").arg(pageWhere).arg(items.size()).arg(MaxItemsPerPage));
            continue;
        }
        for (qsizetype i = 0; i < items.size(); ++i)
            page.items.append(readItem(items[i].toObject(), tr("%1, item %2").arg(pageWhere).arg(i + 1), issues));
        report.pages.append(page);
    }
    return report;
}

ReportDefinition ReportDefinition::fromJsonText(const QByteArray &text, const QString &name, IssueList *issues)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (!document.isObject()) {
        *issues << Issue::error(tr("report '%1': not a valid report definition (%2)").arg(name, error.errorString()));
        return {};
    }
    ReportDefinition report = fromJson(document.object(), issues);
    if (report.name.isEmpty())
        report.name = name;
    return report;
}

ReportDefinition ReportDefinition::defaultTemplate()
{
    const auto map = [](const QString &field, const QString &title, const QString &ramp) {
        ReportItem item;
        item.kind = ReportItem::Kind::Map;
        item.field = field;
        item.title = title;
        item.ramp = ramp;
        item.method = u"jenks"_s;
        item.labelField = u"name_zh"_s;
        return item;
    };
    const auto chart = [](const QString &figure, double height = 1.0) {
        ReportItem item;
        item.kind = ReportItem::Kind::Chart;
        item.figure = figure;
        item.height = height;
        return item;
    };
    const auto table = [](const QString &name, const QString &title, const QJsonObject &parameters, double height) {
        ReportItem item;
        item.kind = ReportItem::Kind::Table;
        item.table = name;
        item.title = title;
        item.parameters = parameters;
        item.height = height;
        return item;
    };
    ReportItem intro;
    intro.kind = ReportItem::Kind::Text;
    intro.title = tr("About this report");
    intro.height = 0.35;
    intro.text = tr("This report reproduces the figures of the paper on three generations of smart cities in China from "
                    "the data bundled with CityAtlas: the provinces' population and density, the coverage of "
                    "smart-city top-level design, the market, investment and enterprises, the IMD Smart City Index "
                    "and the policy timeline.")
        + u"\n\n"_s + tr("Tables marked as samples are synthetic or derived values, not statistics. The last page "
                         "lists every dataset and method used.");
    const auto page = [](QList<ReportItem> items, QPageLayout::Orientation o = QPageLayout::Portrait) {
        ReportPage p;
        p.orientation = o;
        p.items = std::move(items);
        return p;
    };
    ReportDefinition report;
    report.name = defaultName();
    report.title = tr("Smart cities in China");
    report.pages = {
        page({intro, map(u"density_2022"_s, tr("Population density of China's provinces, 2022 (people per km²)"), u"YlOrRd"_s)}),
        page({map(u"pop_2022"_s, tr("Resident population of China's provinces, 2022 (10,000 persons)"), u"YlGnBu"_s),
              table(u"inequality"_s, tr("Regional inequality of population density, 2022"),
                    {{u"value"_s, u"density_2022"_s}, {u"group"_s, u"region"_s}}, 0.6)}),
        page({table(u"moran"_s, tr("Spatial autocorrelation of population density, 2022"),
                    {{u"field"_s, u"density_2022"_s}, {u"weights"_s, u"queen"_s}, {u"permutations"_s, 999}, {u"seed"_s, 42}}, 0.45),
              chart(u"fig2"_s)}),
        page({chart(u"fig3"_s), chart(u"fig6"_s)}, QPageLayout::Landscape),
        page({table(u"coverage"_s, tr("Coverage of smart-city top-level design by level"), {}, 0.5), chart(u"fig7a"_s)},
             QPageLayout::Landscape),
        page({chart(u"fig7b"_s), chart(u"fig7c"_s)}, QPageLayout::Landscape),
        page({chart(u"fig7d"_s), chart(u"table1"_s)}, QPageLayout::Landscape),
        page({chart(u"table1-hdi"_s), chart(u"table2"_s, 1.4)}),
        page({table(u"evaluation"_s, tr("Composite smart-city index (SAMPLE indicators), top 10"),
                    {{u"system"_s, u"sample"_s}, {u"weights"_s, u"entropy"_s}, {u"top"_s, 10}}, 1.0)}),
    };
    return report;
}

} // namespace CityAtlas
