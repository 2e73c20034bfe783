#include "hub/loginresumes.h"

#include <QRandomGenerator>

namespace qms {

QString LoginResumes::issue(const QString &user, const QString &device, Timestamp now)
{
    if (m_tokens.size() >= maxTokens)
        dropExpired(now);
    if (m_tokens.size() >= maxTokens) // many devices logging in over a day: the oldest give way
        m_tokens.erase(std::min_element(m_tokens.begin(), m_tokens.end(),
                                        [](const Entry &a, const Entry &b) { return a.expires < b.expires; }));
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
    m_tokens.insert(token, Entry{user, device, now + lifetimeMs});
    return token;
}

bool LoginResumes::isValid(const QString &token, const QString &user, const QString &device, Timestamp now) const
{
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.constEnd() && it->user == user && it->device == device && now < it->expires;
}

void LoginResumes::revokeUser(const QString &user)
{
    m_tokens.removeIf([&](const auto &entry) { return entry.value().user == user; });
}

void LoginResumes::dropExpired(Timestamp now)
{
    m_tokens.removeIf([now](const auto &entry) { return entry.value().expires <= now; });
}

} // namespace qms
