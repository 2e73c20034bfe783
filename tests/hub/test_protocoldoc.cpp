// Replays the example sessions of PROTOCOL.md against a real hub over TCP: the
// document and the code must agree.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "config/centerconfigloader.h"
#include "store/sqliteclerkstore.h"
#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
const QString anyValue = QStringLiteral("…");

/** Every field of `expected` is in `actual` with an equal value; "…" matches anything. */
bool matches(const QJsonValue &expected, const QJsonValue &actual, QString *why, const QString &path)
{
    if (expected.isString() && expected.toString() == anyValue)
        return !actual.isUndefined() || (*why = path + QStringLiteral(" is missing"), false);
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *why = path + QStringLiteral(" is not an object");
            return false;
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            if (!matches(it.value(), a.value(it.key()), why, path + QLatin1Char('.') + it.key()))
                return false;
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size()) {
            *why = path + QStringLiteral(" differs in length");
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            if (!matches(e[i], a[i], why, QStringLiteral("%1[%2]").arg(path).arg(i)))
                return false;
        return true;
    }
    if (expected != actual) {
        *why = QStringLiteral("%1: expected %2, got %3")
                   .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
        return false;
    }
    return true;
}

QList<QStringList> sessionsIn(const QString &markdown)
{
    QList<QStringList> sessions;
    bool inside = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("```session")) {
            inside = true;
            sessions.append(QStringList());
        } else if (inside && line.trimmed() == QLatin1String("```")) {
            inside = false;
        } else if (inside && !line.trimmed().isEmpty()) {
            sessions.last().append(line);
        }
    }
    return sessions;
}
} // namespace

TEST_CASE("The example sessions in PROTOCOL.md are what the hub says", "[hub][protocol]")
{
    QFile doc(sourcePath(QStringLiteral("PROTOCOL.md")));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QList<QStringList> sessions = sessionsIn(QString::fromUtf8(doc.readAll()));
    REQUIRE(sessions.size() >= 7);

    TempDir dir;
    auto config = CenterConfigLoader::loadFile(sourcePath(QStringLiteral("resources/centers/sample-center.json")));
    auto store = take(SqliteEventStore::open(dir.file(QStringLiteral("doc.db"))));
    SqliteClerkStore clerks(store->db());
    Hub hub(require(config), *store, clerks);
    const Timestamp thursday9am = at("2026-11-26 09:00");
    hub.setClock([&] { return thursday9am; });
    hub.clerks().setIterations(1000);
    require(hub.clerks().addClerkNow(Clerk{QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), ClerkRole::Clerk},
                                     QStringLiteral("1111")));
    require(hub.start());
    require(hub.listen(QHostAddress::LocalHost, 0));

    int checked = 0;
    for (qsizetype s = 0; s < sessions.size(); ++s) {
        RawPeer peer(hub.serverPort());
        for (const QString &line : sessions[s]) {
            INFO("session " << s + 1 << ": " << line.toStdString());
            if (line.startsWith(QLatin1String("> "))) {
                QString sent = line.mid(2);
                sent.replace(QStringLiteral("$EPOCH"), store->epoch());
                peer.sendRaw(sent.toUtf8() + '\n');
            } else if (line.startsWith(QLatin1String("< "))) {
                QJsonParseError error;
                const QJsonDocument expected = QJsonDocument::fromJson(line.mid(2).toUtf8(), &error);
                REQUIRE(error.error == QJsonParseError::NoError);
                const QJsonObject actual = peer.next();
                REQUIRE_FALSE(actual.isEmpty());
                QString why;
                INFO("hub said: " << QJsonDocument(actual).toJson(QJsonDocument::Compact).left(600).toStdString());
                const bool same = matches(expected.object(), actual, &why, QStringLiteral("$"));
                INFO(why.toStdString());
                CHECK(same);
                ++checked;
            } else if (line == QLatin1String("! closed")) {
                CHECK(peer.waitClosed());
            } else {
                FAIL("unreadable line in a session: " << line.toStdString());
            }
        }
    }
    CHECK(checked >= 25);
}
