#include "maps/data/postgissource.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CityAtlas::PostgisSource {
namespace {

// One key=value parameter of a libpq connection string, and where it lies in the text.
struct Parameter
{
    QString key, value;
    qsizetype begin = 0, end = 0;
};

// The parameters of "PG:key=value key='quoted value' ...", as libpq reads them: spaces around
// '=', values in single quotes or up to the next space, backslash escaping the next character.
QList<Parameter> parameters(const QString &connection)
{
    QList<Parameter> result;
    const QString &s = connection;
    qsizetype i = isConnection(s) ? 3 : 0;
    const qsizetype n = s.size();
    while (i < n) {
        while (i < n && s.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Parameter p;
        p.begin = i;
        while (i < n && s.at(i) != u'=' && !s.at(i).isSpace())
            p.key += s.at(i++);
        while (i < n && s.at(i).isSpace())
            ++i;
        if (i < n && s.at(i) == u'=') {
            ++i;
            while (i < n && s.at(i).isSpace())
                ++i;
            const bool quoted = i < n && s.at(i) == u'\'';
            if (quoted)
                ++i;
            while (i < n && (quoted ? s.at(i) != u'\'' : !s.at(i).isSpace())) {
                if (s.at(i) == u'\\' && i + 1 < n)
                    ++i;
                p.value += s.at(i++);
            }
            if (quoted && i < n)
                ++i;
        }
        p.end = i;
        result << p;
    }
    return result;
}

// A value as libpq reads it: quoted, with quotes and backslashes escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

struct Passwords
{
    QMutex mutex;
    QHash<QString, QString> byConnection;
};

Passwords &passwords()
{
    static Passwords store;
    return store;
}

// The connection as a key: its parameters in order, without the password, single-spaced.
QString normalized(const QString &connection)
{
    QStringList parts;
    for (const Parameter &p : parameters(connection))
        if (p.key != u"password"_s)
            parts << p.key + u'=' + p.value;
    return parts.join(u' ');
}

} // namespace

bool isConnection(const QString &path)
{
    return path.startsWith(u"PG:"_s, Qt::CaseInsensitive);
}

QString withoutPassword(const QString &connection, QString *password)
{
    if (password)
        password->clear();
    if (!isConnection(connection))
        return connection;
    // A URI (PG:postgresql://user:secret@host/db): the secret between the user and '@'.
    static const QRegularExpression uri(u"^(PG:\\s*postgres(?:ql)?://[^:@/]*):([^@/]*)@"_s, QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = uri.match(connection); m.hasMatch()) {
        if (password)
            *password = m.captured(2);
        return m.captured(1) + u'@' + connection.mid(m.capturedEnd(0));
    }
    QString result = connection;
    const QList<Parameter> list = parameters(connection);
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (it->key.compare(u"password"_s, Qt::CaseInsensitive) != 0)
            continue;
        if (password && password->isEmpty())
            *password = it->value;
        qsizetype begin = it->begin;
        while (begin > 3 && result.at(begin - 1).isSpace())
            --begin;
        result.remove(begin, it->end - begin);
    }
    return result.left(3) + result.mid(3).trimmed();
}

void rememberPassword(const QString &connection, const QString &password)
{
    Passwords &store = passwords();
    const QMutexLocker lock(&store.mutex);
    store.byConnection.insert(normalized(connection), password);
}

bool hasRememberedPassword(const QString &connection)
{
    Passwords &store = passwords();
    const QMutexLocker lock(&store.mutex);
    return store.byConnection.contains(normalized(connection));
}

QByteArray gdalConnectionString(const QString &connection)
{
    QString text = connection;
    if (connection.contains(u"://"_s))
        return text.toUtf8();
    if (parameter(connection, u"connect_timeout"_s).isEmpty())
        text += u" connect_timeout=10"_s;
    Passwords &store = passwords();
    const QMutexLocker lock(&store.mutex);
    if (const auto found = store.byConnection.constFind(normalized(connection)); found != store.byConnection.constEnd())
        text += u" password="_s + quoted(*found);
    return text.toUtf8();
}

std::pair<QString, QString> splitSpec(const QString &spec)
{
    QString table;
    QString connection = spec.trimmed();
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?$"_s);
    const qsizetype colon = connection.lastIndexOf(u':');
    if (colon > 3 && name.match(connection.mid(colon + 1)).hasMatch()) {
        table = connection.mid(colon + 1);
        connection.truncate(colon);
    }
    QString password;
    const QString rest = withoutPassword(connection, &password);
    if (!password.isEmpty())
        rememberPassword(rest, password);
    return {rest, table};
}

bool sameDatabase(const QString &a, const QString &b)
{
    return isConnection(a) && isConnection(b) && normalized(a) == normalized(b);
}

QString parameter(const QString &connection, const QString &key)
{
    for (const Parameter &p : parameters(connection))
        if (p.key == key)
            return p.value;
    return {};
}

} // namespace CityAtlas::PostgisSource
