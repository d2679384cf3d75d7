#pragma once

#include <QHash>
#include <core/common/result.h>

namespace cs {

// Where clients keep secrets (agent tokens; later database passwords). The real one is the OS
// keychain (app/keychain); nothing ever falls back to a file.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual Result<QString> read(const QString& key) = 0; // NotFound when nothing is stored
    virtual Status write(const QString& key, const QString& secret) = 0;
    virtual Status remove(const QString& key) = 0;
    // Whether a secret written here outlasts this process; false where no keychain answers, so
    // nobody is offered to "remember" what cannot be.
    virtual bool canRemember() { return true; }
};

// For tests, and for a session whose keychain is unavailable: remembered until the process ends.
class MemoryCredentialStore final : public CredentialStore
{
public:
    Result<QString> read(const QString& key) override
    {
        if (!m_secrets.contains(key))
            return Error::notFound(QStringLiteral("No secret is stored for %1.").arg(key));
        return m_secrets.value(key);
    }
    Status write(const QString& key, const QString& secret) override
    {
        m_secrets.insert(key, secret);
        return {};
    }
    Status remove(const QString& key) override
    {
        m_secrets.remove(key);
        return {};
    }
    bool canRemember() override { return rememberable; }

    bool rememberable = true; // tests: play a machine without a keychain

private:
    QHash<QString, QString> m_secrets;
};

// The key under which a client keeps its password for a PostgreSQL workspace.
inline QString databasePasswordKey(const QString& location)
{
    return QStringLiteral("db-password:") + location.trimmed();
}

// The key under which a client keeps its token for an agent.
inline QString agentTokenKey(const QString& agentUrl)
{
    QString url = agentUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return QStringLiteral("agent-token:") + url;
}

} // namespace cs
