#include <QJsonDocument>
#include <core/common/coretext.h>
#include <core/requests/approvalwebhookstore.h>

namespace cs {
namespace {

Status done(const Result<QSqlQuery>& q)
{
    if (!q.ok())
        return q.error();
    return {};
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kColumns
    = QStringLiteral("name, url, headers, fields, secret_env, enabled, failures, last_error, created_at, disabled_by");

ApprovalWebhook fromRow(const QSqlQuery& q)
{
    ApprovalWebhook w;
    w.name = q.value(0).toString();
    w.url = q.value(1).toString();
    w.headers = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    w.fields = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    w.secretEnv = q.value(4).toString();
    w.enabled = q.value(5).toInt() != 0;
    w.failures = q.value(6).toInt();
    w.lastError = q.value(7).toString();
    w.createdAt = q.value(8).toLongLong();
    w.disabledBy = q.value(9).toString();
    return w;
}

} // namespace

ApprovalWebhookStore::ApprovalWebhookStore(Database& db)
    : m_db(db)
{ }

Result<QList<ApprovalWebhook>> ApprovalWebhookStore::webhooks()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM approval_webhooks ORDER BY name").arg(kColumns));
    CS_TRY(q);
    QList<ApprovalWebhook> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<ApprovalWebhook> ApprovalWebhookStore::webhook(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM approval_webhooks WHERE name = ?").arg(kColumns), { name });
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no approval webhook \"%1\".").arg(name));
    return fromRow(*q);
}

Status ApprovalWebhookStore::insert(const ApprovalWebhook& w)
{
    const QString approver = QStringLiteral("webhook:") + w.name;
    auto existing = m_db.exec(QStringLiteral("SELECT 1 FROM users WHERE login = ?"), { approver });
    CS_TRY(existing);
    if (!existing->next())
        CS_TRY(done(m_db.exec(QStringLiteral("INSERT INTO users (login, display_name, email, manager, active, "
                                             "created_at) VALUES (?, ?, '', NULL, 0, ?)"),
                              { approver, QString(QStringLiteral("webhook ") + w.name), w.createdAt })));
    return done(m_db.exec(
        QStringLiteral("INSERT INTO approval_webhooks (%1) VALUES (?, ?, ?, ?, ?, 1, 0, '', ?, '')").arg(kColumns),
        { w.name, w.url, compact(w.headers), compact(w.fields), w.secretEnv, w.createdAt }));
}

Status ApprovalWebhookStore::setEnabled(const QString& name, bool enabled, const QString& by)
{
    auto q = m_db.exec(
        enabled
            ? QStringLiteral("UPDATE approval_webhooks SET enabled = 1, failures = 0, disabled_by = '' WHERE name = ?")
            : QStringLiteral("UPDATE approval_webhooks SET enabled = 0, disabled_by = ? WHERE name = ?"),
        enabled ? QVariantList { name } : QVariantList { by, name });
    CS_TRY(q);
    if (q->numRowsAffected() != 1)
        return Error::notFound(CoreText::tr("There is no approval webhook \"%1\".").arg(name));
    return {};
}

Result<int> ApprovalWebhookStore::recordResult(const QString& name, bool ok, const QString& error)
{
    CS_TRY(m_db.exec(ok ? QStringLiteral("UPDATE approval_webhooks SET failures = 0, last_error = '' WHERE name = ?")
                        : QStringLiteral("UPDATE approval_webhooks SET failures = failures + 1, last_error = ? "
                                         "WHERE name = ?"),
                     ok ? QVariantList { name } : QVariantList { error, name }));
    auto q = m_db.exec(QStringLiteral("SELECT failures FROM approval_webhooks WHERE name = ?"), { name });
    CS_TRY(q);
    return q->next() ? q->value(0).toInt() : 0;
}

Status ApprovalWebhookStore::insertToken(const WebhookToken& t)
{
    return done(m_db.exec(QStringLiteral("INSERT INTO approval_webhook_tokens (token_hash, request_id, phase, webhook, "
                                         "issued_at, used_at) VALUES (?, ?, ?, ?, ?, 0)"),
                          { t.hash, t.requestId, t.phase, t.webhook, t.issuedAt }));
}

static WebhookToken tokenFromRow(const QSqlQuery& q)
{
    WebhookToken t;
    t.hash = q.value(0).toString();
    t.requestId = q.value(1).toLongLong();
    t.phase = q.value(2).toInt();
    t.webhook = q.value(3).toString();
    t.issuedAt = q.value(4).toLongLong();
    t.usedAt = q.value(5).toLongLong();
    return t;
}

Result<WebhookToken> ApprovalWebhookStore::token(const QString& hash)
{
    auto q = m_db.exec(QStringLiteral("SELECT token_hash, request_id, phase, webhook, issued_at, used_at FROM "
                                      "approval_webhook_tokens WHERE token_hash = ?"),
                       { hash });
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("This approval token is not known."));
    return tokenFromRow(*q);
}

Status ApprovalWebhookStore::markTokenUsed(const QString& hash, qint64 now)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE approval_webhook_tokens SET used_at = ? WHERE token_hash = ? AND used_at = 0"),
        { now, hash });
    CS_TRY(q);
    if (q->numRowsAffected() != 1)
        return Error::conflict(CoreText::tr("This approval token was used already."));
    return {};
}

Result<WebhookToken> ApprovalWebhookStore::tokenFor(qint64 requestId, int phase, const QString& webhook)
{
    auto q = m_db.exec(QStringLiteral("SELECT token_hash, request_id, phase, webhook, issued_at, used_at FROM "
                                      "approval_webhook_tokens WHERE request_id = ? AND phase = ? AND webhook = ?"),
                       { requestId, phase, webhook });
    CS_TRY(q);
    if (!q->next())
        return WebhookToken {};
    return tokenFromRow(*q);
}

} // namespace cs
