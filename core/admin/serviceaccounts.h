#pragma once

#include <QList>
#include <QString>
#include <core/common/result.h>
#include <core/storage/stores.h>

namespace cs {

// One API token of a service account: only its SHA-256 is stored; the token itself is shown once.
struct ApiToken
{
    QString name;
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0; // 0: never used
    qint64 revokedAt = 0; // 0: valid
};

struct ServiceAccount
{
    QString login;
    QString displayName;
    QString description;
    QString createdBy;
    qint64 createdAt = 0;
    bool disabled = false;
    QList<ApiToken> tokens;
};

// Service accounts (issue 17): directory people flagged with the role "service", for other systems
// calling the agent's inbound API with a bearer token. They request like anyone (the same requester
// groups and policies) and never decide (RequestService::eligibility). Admins only; audited.
// On PostgreSQL each is a NOLOGIN role with the people's grants, of which the agents' role is a
// member, so the agent acts as it inside the database (SET ROLE).
class ServiceAccounts
{
public:
    explicit ServiceAccounts(const Stores& stores);

    Status add(const QString& actor, const QString& login, const QString& displayName, const QString& description);
    Result<QList<ServiceAccount>> list(const QString& actor);
    // A new random token named `name` (empty: "token-N"); the token is returned once, never stored.
    Result<QString> issueToken(const QString& actor, const QString& login, const QString& name);
    Status revokeToken(const QString& actor, const QString& login, const QString& name);
    // The person is disabled too: nothing it asked for runs as it, and its tokens stop working.
    Status disable(const QString& actor, const QString& login);

    // The service account a bearer token belongs to (and the token's use recorded), or Unauthorized.
    // The token is looked up by its hash and never logged.
    Result<QString> authenticate(const QByteArray& bearerToken);

    static QString hashToken(const QByteArray& token);

private:
    Result<bool> isServiceAccount(const QString& login);
    Stores m_stores;
};

} // namespace cs
