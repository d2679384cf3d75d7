#pragma once

#include <core/notify/notifyservice.h>
#include <core/requests/approvalwebhookstore.h>

namespace cs {

// What an admin registers: the secret itself never reaches the database (secretEnv names the
// agent's environment variable that holds it; empty: COUNTERSIGN_WEBHOOK_SECRET, as notice webhooks).
struct ApprovalWebhookInput
{
    QString name;
    QString url;
    QJsonObject headers;
    QJsonObject fields;
    QString secretEnv;
};

// "NAME:VALUE" headers or "NAME=VALUE" fields, as typed (CLI options, the desktop's lines), as an object.
Result<QJsonObject> parseWebhookPairs(const QStringList& items, QChar separator);

// One call the agent's sender is to make.
struct ApprovalWebhookCall
{
    ApprovalWebhook webhook;
    QByteArray body;
};

// Approval webhooks (issue 17): registration by admins, and the sender's side of calling them. Calls
// travel through the notification outbox (rows to "approval:NAME", queued by the notifier when a phase
// naming the webhook opens) so they are retried, claimed once and survive a crash like every notice.
class ApprovalWebhookService
{
public:
    ApprovalWebhookService(const Stores& stores, NotifyService& notify, RequestService& requests);

    static inline const QString RecipientPrefix = QStringLiteral("approval:");
    static inline const QString CallEvent = QStringLiteral("approval_webhook");
    static bool isApprovalRow(const OutboxRow& row);

    Status add(const QString& actor, const ApprovalWebhookInput& input);
    Result<QList<ApprovalWebhook>> webhooks(const QString& actor);
    Status enable(const QString& actor, const QString& name);
    // An admin takes it out of service: its phases wait for the admins, as after repeated failures.
    Status disable(const QString& actor, const QString& name);
    // Queues a test call (no token, nothing to decide), delivered by the agent's sender.
    Status test(const QString& actor, const QString& name);

    // --- the sender's side ---
    // The call for this outbox row: a fresh single-use token for the open phase, the request with its
    // secrets masked, and the reply address. None when nothing is to be sent (the phase moved on, the
    // webhook was removed, or it is disabled: then the admins are told instead).
    Result<std::optional<ApprovalWebhookCall>> prepare(const OutboxRow& row, const QString& replyUrl);
    // Counts the delivery; at the failure limit the webhook is disabled (audited) and the admins are
    // told that the request's phase waits for them.
    Status result(const OutboxRow& row, bool ok, const QString& error, const QString& actor,
                  const NotifyService::Settings& settings);

private:
    Status requireAdmin(const QString& actor);
    Status toAdmins(const OutboxRow& row, const QString& name, const QString& why);

    Stores m_stores;
    NotifyService& m_notify;
    RequestService& m_requests;
    ApprovalWebhookStore m_store;
};

} // namespace cs
