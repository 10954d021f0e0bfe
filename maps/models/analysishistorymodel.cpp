#include "maps/models/analysishistorymodel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CityAtlas {
namespace {

QJsonObject object(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

QString number(const QJsonValue &value, int decimals = 3)
{
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'f', decimals) : AnalysisHistoryModel::tr("n/a");
}

QString fileName(const QJsonValue &path) { return QFileInfo(path.toString()).fileName(); }

} // namespace

AnalysisHistoryModel::AnalysisHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnalysisHistoryModel::setRuns(const QList<AnalysisRun> &runs)
{
    QList<AnalysisRun> sorted = runs;
    std::stable_sort(sorted.begin(), sorted.end(), [](const AnalysisRun &a, const AnalysisRun &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    constexpr int MaxTooltip = 4000; // characters of the record shown on hover; Export… writes it all
    beginResetModel();
    m_rows.clear();
    for (const AnalysisRun &r : sorted) {
        QString tooltip = QString::fromUtf8(toJson(r));
        if (tooltip.size() > MaxTooltip)
            tooltip = tooltip.left(MaxTooltip) + u"\n…"_s;
        m_rows.append({r, QLocale().toString(QDateTime::fromString(r.createdAt, Qt::ISODate).toLocalTime(), QLocale::ShortFormat),
                       analysisName(r.kind), dataSummary(r), settingsSummary(r), resultSummary(r), tooltip});
    }
    endResetModel();
}

QString AnalysisHistoryModel::analysisName(const QString &kind)
{
    if (kind == u"inequality"_s)
        return tr("Regional imbalance");
    if (kind == u"moran"_s)
        return tr("Spatial autocorrelation");
    if (kind == u"evaluate"_s)
        return tr("Evaluation");
    return kind;
}

QString AnalysisHistoryModel::dataSummary(const AnalysisRun &run)
{
    const QJsonObject p = object(run.parametersJson);
    const QString source = fileName(p.value(p.contains(u"layer"_s) ? u"layer"_s : u"table"_s));
    const QString value = p.value(u"value"_s).toString();
    return value.isEmpty() ? source : tr("%1 of %2").arg(value, source);
}

QString AnalysisHistoryModel::settingsSummary(const AnalysisRun &run)
{
    const QJsonObject p = object(run.parametersJson);
    QStringList parts;
    if (run.kind == u"inequality"_s) {
        if (!p.value(u"weight"_s).toString().isEmpty())
            parts << tr("weighted by %1").arg(p.value(u"weight"_s).toString());
        if (!p.value(u"group"_s).toString().isEmpty())
            parts << tr("groups: %1").arg(p.value(u"group"_s).toString());
    } else if (run.kind == u"moran"_s) {
        parts << p.value(u"weights"_s).toString()
              << tr("%1 permutations, seed %2").arg(p.value(u"permutations"_s).toInt()).arg(p.value(u"seed"_s).toString());
    } else if (run.kind == u"evaluate"_s) {
        parts << tr("weights %1, normalisation %2, aggregation %3")
                     .arg(p.value(u"weights"_s).toString(), p.value(u"normalise"_s).toString(), p.value(u"aggregate"_s).toString());
        if (p.contains(u"mc"_s))
            parts << tr("Monte Carlo %1 draws").arg(p.value(u"mc"_s).toObject().value(u"draws"_s).toInt());
    }
    return parts.join(u"; "_s);
}

QString AnalysisHistoryModel::resultSummary(const AnalysisRun &run)
{
    const QJsonObject r = object(run.resultsJson);
    if (run.kind == u"inequality"_s) {
        QString text = tr("Gini %1, Theil T %2, Theil L %3").arg(number(r.value(u"gini"_s)), number(r.value(u"theil_t"_s)),
                                                               number(r.value(u"theil_l"_s)));
        if (r.contains(u"theil_t_between"_s))
            text += tr("; Theil T between groups %1, within %2").arg(number(r.value(u"theil_t_between"_s)), number(r.value(u"theil_t_within"_s)));
        return text;
    }
    if (run.kind == u"moran"_s) {
        const QJsonObject c = r.value(u"clusters"_s).toObject();
        const QJsonValue p = r.contains(u"p_permutation"_s) ? r.value(u"p_permutation"_s) : r.value(u"p_randomization"_s);
        return tr("I = %1 (p = %2); LISA: %3 High–High, %4 Low–Low, %5 Low–High, %6 High–Low")
            .arg(number(r.value(u"I"_s), 4), number(p, 4))
            .arg(c.value(u"HH"_s).toInt()).arg(c.value(u"LL"_s).toInt()).arg(c.value(u"LH"_s).toInt()).arg(c.value(u"HL"_s).toInt());
    }
    if (run.kind == u"evaluate"_s) {
        const QJsonArray units = r.value(u"units"_s).toArray();
        QStringList top;
        for (qsizetype i = 0; i < units.size() && i < 3; ++i)
            top << units[i].toObject().value(u"name"_s).toString();
        return tr("%1 units ranked; first: %2").arg(units.size()).arg(top.join(u", "_s));
    }
    return {};
}

QByteArray AnalysisHistoryModel::toJson(const AnalysisRun &run)
{
    const QJsonObject document{{u"kind"_s, run.kind}, {u"created_at"_s, run.createdAt},
                               {u"parameters"_s, object(run.parametersJson)}, {u"results"_s, object(run.resultsJson)}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

int AnalysisHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnalysisHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnalysisHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == RunIdRole)
        return r.run.id;
    if (role == Qt::ToolTipRole)
        return r.tooltip;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return r.time;
    case AnalysisColumn: return r.analysis;
    case DataColumn: return r.data;
    case SettingsColumn: return r.settings;
    case ResultColumn: return r.result;
    default: return {};
    }
}

QVariant AnalysisHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("When");
    case AnalysisColumn: return tr("Analysis");
    case DataColumn: return tr("Data");
    case SettingsColumn: return tr("Settings");
    case ResultColumn: return tr("Result");
    default: return {};
    }
}

} // namespace CityAtlas
