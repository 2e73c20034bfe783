#include "auth/pinhash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

#include "util/constanttime.h"

namespace qms {

bool isAcceptablePin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    return std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool isAcceptableUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9._-]{2,40}$"));
    return re.match(username).hasMatch();
}

namespace {
QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
}
} // namespace

PinHash hashPin(const QString &pin, int iterations)
{
    PinHash h;
    h.salt.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(h.salt.data()), 4);
    h.iterations = iterations;
    h.hash = derive(pin, h.salt, iterations);
    return h;
}

bool verifyPin(const QString &pin, const PinHash &stored)
{
    if (stored.iterations <= 0 || stored.hash.isEmpty())
        return false;
    return constantTimeEquals(stored.hash, derive(pin, stored.salt, stored.iterations));
}

} // namespace qms
