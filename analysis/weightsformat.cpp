#include "analysis/weightsformat.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <charconv>
#include <cmath>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace CityAtlas::WeightsFormat {

namespace {

// A problem on a line of a weights file: the message names the 1-based line, Issue::row holds
// the 0-based line index (Issue rows are 0-based).
Issue lineError(const QString &message, int line)
{
    Issue issue = Issue::error(message);
    issue.row = line - 1;
    return issue;
}

QString sanitisedToken(const QString &text)
{
    QString result = text;
    for (QChar &c : result)
        if (c.isSpace())
            c = u'_';
    return result;
}

QString shortestDouble(double value)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc())
        return QString::number(value, 'g', 17);
    return QString::fromLatin1(buffer, end - buffer);
}

// A whitespace-separated token and the 1-based line it came from.
struct Token
{
    QString text;
    int line = 0;
};

std::vector<Token> tokenise(int firstLine, const QStringList &lines)
{
    std::vector<Token> tokens;
    static const QRegularExpression whitespace(u"\\s+"_s);
    for (int l = firstLine; l < lines.size(); ++l) {
        const QStringList parts = lines[l].split(whitespace, Qt::SkipEmptyParts);
        for (const QString &part : parts)
            tokens.push_back({part, l + 1});
    }
    return tokens;
}

struct Header
{
    QStringList lines; // all lines of the text
    int unitCount = -1;
    int line = 0; // 0-based index of the header line
};

// "n" or "0 n [layer [key]]" on the first non-empty line.
std::optional<Header> parseHeader(const QString &text, const QString &format, IssueList *issues)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QStringList lines = text.split(u'\n');
    for (int l = 0; l < lines.size(); ++l) {
        const QStringList parts = lines[l].split(whitespace, Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        bool ok = false;
        int n = -1;
        if (parts.size() == 1) {
            n = parts[0].toInt(&ok);
        } else if (parts.size() <= 4 && parts[0] == u"0"_s) {
            n = parts[1].toInt(&ok);
        }
        if (!ok || n < 0) {
            issues->append(lineError(
                SpatialWeights::tr("%1 line %2: the header '%3' is not 'n' or '0 n layer key' "
                                   "with a non-negative unit count n.")
                    .arg(format)
                    .arg(l + 1)
                    .arg(lines[l].trimmed()),
                l + 1));
            return std::nullopt;
        }
        return Header{lines, n, l};
    }
    issues->append(Issue::error(
        SpatialWeights::tr("%1 text is empty: expected a header line 'n' or '0 n layer key'.").arg(format)));
    return std::nullopt;
}

// Puts units read from a file into the order of expectedIds (same set required).
bool reorderToExpected(const QStringList &fileIds, const QStringList &expectedIds,
                       const QString &format, std::vector<int> *fileToExpected, IssueList *issues)
{
    QHash<QString, int> expectedIndex;
    for (int i = 0; i < expectedIds.size(); ++i)
        expectedIndex.insert(expectedIds[i], i);
    if (expectedIds.size() != fileIds.size()) {
        issues->append(Issue::error(
            SpatialWeights::tr("%1: the file has %2 units but the layer has %3; the weights do not "
                               "belong to this layer.")
                .arg(format)
                .arg(fileIds.size())
                .arg(expectedIds.size())));
        return false;
    }
    fileToExpected->assign(fileIds.size(), -1);
    for (int i = 0; i < fileIds.size(); ++i) {
        const auto it = expectedIndex.constFind(fileIds[i]);
        if (it == expectedIndex.constEnd()) {
            issues->append(Issue::error(
                SpatialWeights::tr("%1: unit id '%2' is not an id of the layer.").arg(format, fileIds[i])));
            return false;
        }
        (*fileToExpected)[i] = it.value();
    }
    return true;
}

QString headerLine(int n, const QString &layer, const QString &key)
{
    if (layer.isEmpty() || key.isEmpty())
        return QString::number(n);
    return u"0 %1 %2 %3"_s.arg(n).arg(sanitisedToken(layer), sanitisedToken(key));
}

} // namespace

QStringList recordNumberIds(int n)
{
    QStringList ids;
    ids.reserve(n);
    for (int i = 1; i <= n; ++i)
        ids.append(QString::number(i));
    return ids;
}

QString toGal(const SpatialWeights &weights, const QString &layer, const QString &key)
{
    const QStringList &ids = weights.ids();
    QString text = headerLine(weights.unitCount(), layer, key) + u'\n';
    for (int i = 0; i < weights.unitCount(); ++i) {
        text += u"%1 %2\n"_s.arg(ids[i]).arg(weights.neighbourCount(i));
        QStringList row;
        for (int j : weights.neighbours(i))
            row.append(ids[j]);
        text += row.join(u' ') + u'\n';
    }
    return text;
}

QString toGwt(const SpatialWeights &weights, const QString &layer, const QString &key)
{
    const QStringList &ids = weights.ids();
    QString text = headerLine(weights.unitCount(), layer, key) + u'\n';
    for (int i = 0; i < weights.unitCount(); ++i) {
        const auto nb = weights.neighbours(i);
        const auto w = weights.weights(i);
        for (size_t t = 0; t < nb.size(); ++t)
            text += u"%1 %2 %3\n"_s.arg(ids[i], ids[nb[t]], shortestDouble(w[t]));
    }
    return text;
}

WeightsResult fromGal(const QString &text, const QStringList &expectedIds)
{
    WeightsResult result;
    const QString format = u"GAL"_s;
    const std::optional<Header> header = parseHeader(text, format, &result.issues);
    if (!header)
        return result;
    const int n = header->unitCount;
    const std::vector<Token> tokens = tokenise(header->line + 1, header->lines);

    // First pass: unit ids, counts and raw neighbour tokens.
    QStringList fileIds;
    QHash<QString, int> fileIndex;
    std::vector<std::vector<Token>> raw(static_cast<size_t>(n));
    size_t pos = 0;
    for (int u = 0; u < n; ++u) {
        if (pos + 2 > tokens.size()) {
            result.issues.append(Issue::error(
                SpatialWeights::tr("GAL: the text ends after %1 of the %2 units announced in the header.")
                    .arg(u)
                    .arg(n)));
            return result;
        }
        const Token &idToken = tokens[pos++];
        const Token &countToken = tokens[pos++];
        bool ok = false;
        const int k = countToken.text.toInt(&ok);
        if (!ok || k < 0 || k > n - 1) {
            result.issues.append(lineError(
                SpatialWeights::tr("GAL line %1: unit '%2' has neighbour count '%3'; expected "
                                   "an integer in 0..%4.")
                    .arg(countToken.line)
                    .arg(idToken.text, countToken.text)
                    .arg(n - 1),
                countToken.line));
            return result;
        }
        if (fileIndex.contains(idToken.text)) {
            result.issues.append(lineError(
                SpatialWeights::tr("GAL line %1: unit '%2' appears a second time.")
                    .arg(idToken.line)
                    .arg(idToken.text),
                idToken.line));
            return result;
        }
        fileIndex.insert(idToken.text, u);
        fileIds.append(idToken.text);
        if (pos + size_t(k) > tokens.size()) {
            result.issues.append(lineError(
                SpatialWeights::tr("GAL line %1: unit '%2' announces %3 neighbours but the "
                                   "text ends before them.")
                    .arg(countToken.line)
                    .arg(idToken.text)
                    .arg(k),
                countToken.line));
            return result;
        }
        raw[size_t(u)].assign(tokens.begin() + qsizetype(pos), tokens.begin() + qsizetype(pos) + k);
        pos += size_t(k);
    }
    if (pos < tokens.size()) {
        result.issues.append(lineError(
            SpatialWeights::tr("GAL line %1: unexpected text '%2' after the %3 units "
                               "announced in the header.")
                .arg(tokens[pos].line)
                .arg(tokens[pos].text)
                .arg(n),
            tokens[pos].line));
        return result;
    }

    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    QStringList ids = fileIds;
    if (!expectedIds.isEmpty()) {
        if (!reorderToExpected(fileIds, expectedIds, format, &order, &result.issues))
            return result;
        ids = expectedIds;
    }

    QList<QList<int>> neighbours(n);
    for (int u = 0; u < n; ++u) {
        for (const Token &t : raw[size_t(u)]) {
            const auto it = fileIndex.constFind(t.text);
            if (it == fileIndex.constEnd()) {
                result.issues.append(lineError(
                    SpatialWeights::tr("GAL line %1: neighbour '%2' of unit '%3' is not one of "
                                       "the units in the file.")
                        .arg(t.line)
                        .arg(t.text, fileIds[u]),
                    t.line));
                return result;
            }
            neighbours[order[size_t(u)]].append(order[size_t(it.value())]);
        }
    }
    return SpatialWeights::fromNeighbourLists(neighbours, ids);
}

WeightsResult fromGwt(const QString &text, const QStringList &expectedIds)
{
    WeightsResult result;
    const std::optional<Header> header = parseHeader(text, u"GWT"_s, &result.issues);
    if (!header)
        return result;
    const QStringList &lines = header->lines;
    const int n = header->unitCount;

    struct RawLink
    {
        QString from, to;
        double weight;
        int line;
    };
    std::vector<RawLink> links;
    static const QRegularExpression whitespace(u"\\s+"_s);
    for (int l = header->line + 1; l < lines.size(); ++l) {
        const QStringList parts = lines[l].split(whitespace, Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        bool ok = false;
        const double w = parts.size() == 3 ? parts[2].toDouble(&ok) : 0.0;
        if (parts.size() != 3 || !ok) {
            result.issues.append(lineError(
                SpatialWeights::tr("GWT line %1: '%2' is not 'i j w' (two unit ids and a "
                                   "number).")
                    .arg(l + 1)
                    .arg(lines[l].trimmed()),
                l + 1));
            return result;
        }
        if (parts[0] == parts[1]) {
            result.issues.append(lineError(
                SpatialWeights::tr("GWT line %1: unit '%2' is linked to itself; self-links "
                                   "are not supported.")
                    .arg(l + 1)
                    .arg(parts[0]),
                l + 1));
            return result;
        }
        if (!std::isfinite(w) || w <= 0.0) {
            result.issues.append(lineError(
                SpatialWeights::tr("GWT line %1: weight %2 is not a finite positive number.")
                    .arg(l + 1)
                    .arg(parts[2]),
                l + 1));
            return result;
        }
        links.push_back({parts[0], parts[1], w, l + 1});
    }

    QStringList ids;
    if (!expectedIds.isEmpty()) {
        if (expectedIds.size() != n) {
            result.issues.append(Issue::error(
                SpatialWeights::tr("GWT: the header announces %1 units but the layer has "
                                   "%2; the weights do not belong to this layer.")
                    .arg(n)
                    .arg(expectedIds.size())));
            return result;
        }
        ids = expectedIds;
    } else {
        QStringList seen;
        QSet<QString> seenSet;
        bool allRecordNumbers = true;
        auto note = [&](const QString &id) {
            if (seenSet.contains(id))
                return;
            seenSet.insert(id);
            seen.append(id);
            bool ok = false;
            const int value = id.toInt(&ok);
            if (!ok || value < 1 || value > n || QString::number(value) != id)
                allRecordNumbers = false;
        };
        for (const RawLink &link : links)
            note(link.from);
        for (const RawLink &link : links)
            note(link.to);
        if (allRecordNumbers && seen.size() <= n) {
            ids = recordNumberIds(n);
        } else if (seen.size() == n) {
            ids = seen;
        } else {
            result.issues.append(Issue::error(
                SpatialWeights::tr("GWT: the header announces %1 units but %2 ids appear in the links; "
                                   "the units without links (isolates) cannot be placed. Pass the "
                                   "layer's ids to read this file.")
                    .arg(n)
                    .arg(seen.size())));
            return result;
        }
    }

    QHash<QString, int> index;
    for (int i = 0; i < ids.size(); ++i)
        index.insert(ids[i], i);
    QList<QList<SpatialWeights::Link>> rows(n);
    QSet<std::pair<int, int>> seenPairs;
    for (const RawLink &link : links) {
        const auto from = index.constFind(link.from);
        const auto to = index.constFind(link.to);
        if (from == index.constEnd() || to == index.constEnd()) {
            result.issues.append(lineError(
                SpatialWeights::tr("GWT line %1: unit id '%2' is not one of the %3 units.")
                    .arg(link.line)
                    .arg(from == index.constEnd() ? link.from : link.to)
                    .arg(n),
                link.line));
            return result;
        }
        if (seenPairs.contains({from.value(), to.value()})) {
            result.issues.append(lineError(
                SpatialWeights::tr("GWT line %1: the link %2 → %3 appears a second time.")
                    .arg(link.line)
                    .arg(link.from, link.to),
                link.line));
            return result;
        }
        seenPairs.insert({from.value(), to.value()});
        rows[from.value()].append({to.value(), link.weight});
    }
    return SpatialWeights::fromLinks(rows, ids);
}

} // namespace CityAtlas::WeightsFormat
