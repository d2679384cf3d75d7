#include <QRandomGenerator>
#include <core/audit/auditevents.h>
#include <core/common/canonicaljson.h>
#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/requests/approvalwebhookstore.h>
#include <core/requests/requestservice.h>

// Approval webhooks' side of the request state machine: tokens and the decisions they carry.
namespace cs {
namespace {

// Fits the agent's default body limit (4096 bytes) with the token, even in three-byte UTF-8.
constexpr int kMaxReason = 1000;

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Result<QString> RequestService::issueWebhookToken(qint64 id, int phase, const QString& webhook)
{
    ApprovalWebhookStore store(m_stores.db);
    const QString token = newToken();
    const Status s = m_stores.db.transaction([&]() -> Status {
        auto r = m_stores.requests.load(id);
        CS_TRY(r);
        if (r->state != RequestState::Pending || r->phase != phase)
            return Error::conflict(CoreText::tr("Phase %1 of request #%2 is not open.").arg(phase + 1).arg(id));
        auto earlier = store.tokenFor(id, phase, webhook);
        CS_TRY(earlier);
        if (earlier->usedAt != 0)
            return Error::conflict(CoreText::tr("Webhook %1 already answered phase %2 of request #%3.")
                                       .arg(webhook)
                                       .arg(phase + 1)
                                       .arg(id));
        if (!earlier->hash.isEmpty())
            CS_TRY(m_stores.db.exec(QStringLiteral("DELETE FROM approval_webhook_tokens WHERE token_hash = ?"),
                                    { earlier->hash }));
        return store.insertToken({ sha256Hex(token.toUtf8()), id, phase, webhook, m_stores.clock.nowMs(), 0 });
    });
    if (!s.ok())
        return s.error();
    return token;
}

Result<Request> RequestService::decideByWebhook(const WebhookReply& reply)
{
    const QString reason = reply.reason.trimmed();
    if (reason.size() > kMaxReason)
        return Error::invalid(CoreText::tr("The reason is longer than %1 characters.").arg(kMaxReason));
    ApprovalWebhookStore store(m_stores.db);
    const QString hash = sha256Hex(reply.token.toUtf8());
    Request r;
    std::optional<Error> refused; // committed with its audit entry, then returned
    const Status status = m_stores.db.transaction([&]() -> Status {
        const qint64 now = m_stores.clock.nowMs();
        // Every refusal is audited: who called from where, and why it did not count.
        const auto refuse = [&](const QString& actor, qint64 requestId, int phase, const Error& why) -> Status {
            refused = why;
            QJsonObject payload { { QStringLiteral("address"), reply.address },
                                  { QStringLiteral("reason"), why.message },
                                  { QStringLiteral("decision"),
                                    reply.approve ? QStringLiteral("approve") : QStringLiteral("decline") } };
            if (phase >= 0)
                payload.insert(QStringLiteral("phase"), phase);
            return m_stores.audit.append(actor, AuditEvent::ApprovalWebhookReplyRefused, requestId, payload);
        };
        auto token = store.token(hash);
        if (!token.ok() && token.error().code == Error::Code::NotFound)
            return refuse(QStringLiteral("webhook"), 0, -1,
                          Error::forbidden(CoreText::tr("This approval token is not known.")));
        CS_TRY(token);
        const QString actor = PolicyEngine::webhookApprover(token->webhook);
        auto loaded = m_stores.requests.loadForDecision(token->requestId);
        CS_TRY(loaded);
        r = loaded->first;
        QList<Decision>& decisions = loaded->second;
        if (token->usedAt != 0)
            return refuse(actor, r.id, token->phase,
                          Error::conflict(CoreText::tr("This approval token was used already.")));
        if (r.state != RequestState::Pending || r.phase != token->phase)
            return refuse(actor, r.id, token->phase,
                          Error::conflict(CoreText::tr("Phase %1 of request #%2 is closed; the token no longer works.")
                                              .arg(token->phase + 1)
                                              .arg(r.id)));
        if (now >= r.effectiveDeadline())
            return refuse(actor, r.id, token->phase,
                          Error::conflict(CoreText::tr("Request #%1 passed its deadline (%2); it can no longer be "
                                                       "decided.")
                                              .arg(r.id)
                                              .arg(isoTime(r.effectiveDeadline()))));
        auto hook = store.webhook(token->webhook);
        CS_TRY(hook);
        if (!hook->enabled)
            return refuse(actor, r.id, token->phase,
                          Error::forbidden(CoreText::tr("Approval webhook \"%1\" is disabled.").arg(hook->name)));
        const Eligibility e = eligibility(r, decisions, PolicyEngine::webhookFacts(token->webhook), now);
        if (!e.canDecide)
            return refuse(actor, r.id, token->phase, Error { e.refusal, e.reason });
        CS_TRY(store.markTokenUsed(hash, now));

        Decision d;
        d.requestId = r.id;
        d.phase = r.phase;
        d.approver = actor;
        d.approve = reply.approve;
        d.comment = !reason.isEmpty() || reply.approve ? reason
                                                       : QString(QStringLiteral("declined by webhook ") + hook->name);
        d.basis = PolicyEngine::toJson(e.matches);
        d.requestDigest = r.digest;
        d.decidedAt = now;
        CS_TRY(m_stores.requests.insertDecision(d));
        const QString name = r.phase < r.flow.phases.size() ? r.flow.phases.at(r.phase).name : QString();
        QJsonObject decided = AuditPayload::decision(r.phase, name, d.comment, d.basis, r.digest);
        decided.insert(QStringLiteral("webhook"), hook->name);
        decided.insert(QStringLiteral("address"), reply.address);
        QList<AuditRecord> trail { { reply.approve ? AuditEvent::DecisionApproved : AuditEvent::DecisionRejected,
                                     decided } };
        if (reply.approve) {
            decisions.append(d);
            CS_TRY(advance(r, decisions, trail));
        } else {
            CS_TRY(m_stores.requests.transition(r, RequestState::Rejected, r.phase, now));
            r.state = RequestState::Rejected;
            trail.append({ AuditEvent::RequestRejected, r.auditSummary() });
        }
        return m_stores.audit.appendAll(actor, r.id, trail);
    });
    if (!status.ok())
        return status.error();
    if (refused)
        return *refused;
    return r;
}

} // namespace cs
