#include <QCryptographicHash>
#include <QJsonObject>
#include <core/admin/adminservice.h>
#include <core/admin/serviceaccounts.h>
#include <core/audit/auditevents.h>
#include <core/audit/auditlog.h>
#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directory.h>
#include <core/storage/database.h>
#include <core/storage/postgressetup.h>
#include <openssl/rand.h>

namespace cs {
namespace {

constexpr QLatin1String kTokenPrefix("cs_");
constexpr qint64 kLastUsedResolutionMs = 60 * 1000; // how often last_used_at is written per token

QJsonObject named(const QString& login, const QString& token = {})
{
    QJsonObject o { { QStringLiteral("login"), login } };
    if (!token.isEmpty())
        o.insert(QStringLiteral("token"), token); // the token's name, never the token
    return o;
}

} // namespace

ServiceAccounts::ServiceAccounts(const Stores& stores)
    : m_stores(stores)
{ }

QString ServiceAccounts::hashToken(const QByteArray& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

Result<bool> ServiceAccounts::isServiceAccount(const QString& login)
{
    auto q = m_stores.db.exec(QStringLiteral("SELECT 1 FROM service_accounts WHERE login = ?"), { login });
    CS_TRY(q);
    return q->next();
}

Status ServiceAccounts::add(const QString& actor, const QString& login, const QString& displayName,
                            const QString& description)
{
    const QString who = normalizeLogin(login);
    return m_stores.db.transaction([&]() -> Status {
        User user;
        user.login = who;
        user.displayName = displayName;
        user.roles = { Role::Service };
        CS_TRY(AdminService(m_stores).addUser(actor, user)); // checks the actor is an admin
        CS_TRY(m_stores.db.exec(QStringLiteral("INSERT INTO service_accounts (login, description, created_by, "
                                               "created_at) VALUES (?, ?, ?, ?)"),
                                { who, description.trimmed(), normalizeLogin(actor), m_stores.clock.nowMs() }));
        auto enforced = PostgresSetup::isApplied(m_stores.db);
        CS_TRY(enforced);
        if (*enforced)
            CS_TRY(PostgresSetup::makeServiceAccount(m_stores.db, who));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::ServiceAccountAdded, 0, named(who));
    });
}

Result<QList<ServiceAccount>> ServiceAccounts::list(const QString& actor)
{
    QList<ServiceAccount> out;
    CS_TRY(m_stores.db.readSnapshot([&]() -> Status {
        CS_TRY(AdminService(m_stores).requireAdmin(actor));
        auto q = m_stores.db.exec(
            QStringLiteral("SELECT s.login, u.display_name, s.description, s.created_by, s.created_at, u.active "
                           "FROM service_accounts s JOIN users u ON u.login = s.login ORDER BY s.login"));
        CS_TRY(q);
        while (q->next())
            out.append({ q->value(0).toString(),
                         q->value(1).toString(),
                         q->value(2).toString(),
                         q->value(3).toString(),
                         q->value(4).toLongLong(),
                         q->value(5).toInt() == 0,
                         {} });
        auto t = m_stores.db.exec(QStringLiteral("SELECT login, name, created_at, last_used_at, revoked_at FROM "
                                                 "api_tokens ORDER BY login, id"));
        CS_TRY(t);
        while (t->next())
            for (ServiceAccount& a : out)
                if (a.login == t->value(0).toString())
                    a.tokens.append({ t->value(1).toString(), t->value(2).toLongLong(), t->value(3).toLongLong(),
                                      t->value(4).toLongLong() });
        return {};
    }));
    return out;
}

Result<QString> ServiceAccounts::issueToken(const QString& actor, const QString& login, const QString& name)
{
    const QString who = normalizeLogin(login);
    QByteArray raw(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), int(raw.size())) != 1)
        return Error::storage(CoreText::tr("The system could not produce random bytes for a token."));
    const QByteArray token
        = kTokenPrefix.latin1() + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QString tokenName = name.trimmed();
    CS_TRY(m_stores.db.transaction([&]() -> Status {
        CS_TRY(AdminService(m_stores).requireAdmin(actor));
        auto known = isServiceAccount(who);
        CS_TRY(known);
        if (!*known)
            return Error::notFound(CoreText::tr("\"%1\" is not a service account.").arg(who.left(80)));
        auto count = m_stores.db.exec(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE login = ?"), { who });
        CS_TRY(count);
        const int n = count->next() ? count->value(0).toInt() : 0;
        count->finish();
        if (tokenName.isEmpty())
            tokenName = QStringLiteral("token-%1").arg(n + 1);
        if (tokenName.size() > 64)
            return Error::invalid(CoreText::tr("A token name has at most 64 characters."));
        auto same = m_stores.db.exec(QStringLiteral("SELECT 1 FROM api_tokens WHERE login = ? AND name = ?"),
                                     { who, tokenName });
        CS_TRY(same);
        if (same->next())
            return Error::conflict(
                CoreText::tr("Service account %1 already has a token named \"%2\".").arg(who, tokenName));
        same->finish();
        CS_TRY(m_stores.db.exec(QStringLiteral("INSERT INTO api_tokens (login, name, token_hash, created_by, "
                                               "created_at) VALUES (?, ?, ?, ?, ?)"),
                                { who, tokenName, hashToken(token), normalizeLogin(actor), m_stores.clock.nowMs() }));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::ServiceTokenIssued, 0, named(who, tokenName));
    }));
    return QString::fromLatin1(token);
}

Status ServiceAccounts::revokeToken(const QString& actor, const QString& login, const QString& name)
{
    const QString who = normalizeLogin(login);
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(AdminService(m_stores).requireAdmin(actor));
        auto q = m_stores.db.exec(QStringLiteral("SELECT revoked_at FROM api_tokens WHERE login = ? AND name = ?"),
                                  { who, name });
        CS_TRY(q);
        if (!q->next())
            return Error::notFound(
                CoreText::tr("Service account %1 has no token named \"%2\".").arg(who, name.left(64)));
        if (!q->value(0).isNull())
            return Error::conflict(CoreText::tr("Token \"%1\" of %2 is already revoked.").arg(name.left(64), who));
        q->finish();
        CS_TRY(m_stores.db.exec(QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE login = ? AND name = ?"),
                                { m_stores.clock.nowMs(), who, name }));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::ServiceTokenRevoked, 0, named(who, name));
    });
}

Status ServiceAccounts::disable(const QString& actor, const QString& login)
{
    const QString who = normalizeLogin(login);
    return m_stores.db.transaction([&]() -> Status {
        auto known = isServiceAccount(who);
        CS_TRY(known);
        if (!*known)
            return Error::notFound(CoreText::tr("\"%1\" is not a service account.").arg(who.left(80)));
        return AdminService(m_stores).setUserActive(actor, who, false); // audited as user.disabled
    });
}

Result<QString> ServiceAccounts::authenticate(const QByteArray& bearerToken)
{
    const Error refused = Error::forbidden(CoreText::tr("The API token is not valid (unknown, revoked or of a "
                                                        "disabled service account)."));
    if (!bearerToken.startsWith(kTokenPrefix.latin1()) || bearerToken.size() > 128)
        return refused;
    const QString hash = hashToken(bearerToken);
    QString login;
    CS_TRY(m_stores.db.transaction([&]() -> Status {
        auto q = m_stores.db.exec(QStringLiteral("SELECT t.login FROM api_tokens t JOIN users u ON u.login = t.login "
                                                 "JOIN service_accounts s ON s.login = t.login "
                                                 "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.active = 1"),
                                  { hash });
        CS_TRY(q);
        if (!q->next())
            return refused;
        login = q->value(0).toString();
        q->finish();
        // At most one write a minute per token: a poller reading every second must not write every second.
        const qint64 now = m_stores.clock.nowMs();
        CS_TRY(m_stores.db.exec(
            QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ? AND last_used_at <= ?"),
            { now, hash, now - kLastUsedResolutionMs }));
        return {};
    }));
    return login;
}

} // namespace cs
