#pragma once

#include <QJsonObject>
#include <core/storage/database.h>

namespace cs {

// An approval webhook (issue 17): an external system that decides a phase naming {"webhook": NAME}.
// Its HMAC key is never stored here: secretEnv names the agent's environment variable that holds it,
// the same place the notice webhooks' key lives (COUNTERSIGN_WEBHOOK_SECRET, the default).
struct ApprovalWebhook
{
    QString name;
    QString url;
    QJsonObject headers; // extra request headers, name -> value
    QJsonObject fields; // extra body fields, merged into every call
    QString secretEnv;
    bool enabled = true;
    int failures = 0; // consecutive delivery failures
    QString lastError;
    qint64 createdAt = 0;
    // The admin who disabled it by hand; empty when enabled, or disabled by the automatic rule
    // after repeated failures (see disabledAfterFailures).
    QString disabledBy;

    // Disabled by the agent after repeated failures, not by an admin.
    bool disabledAfterFailures() const { return !enabled && disabledBy.isEmpty() && failures > 0; }
};

// A single-use reply token as stored: only its SHA-256, bound to one request, phase and webhook.
struct WebhookToken
{
    QString hash;
    qint64 requestId = 0;
    int phase = 0;
    QString webhook;
    qint64 issuedAt = 0;
    qint64 usedAt = 0; // 0: not used yet
};

// The approval webhook tables: registrations and reply tokens. Plain storage; the services decide
// who may change what.
class ApprovalWebhookStore
{
public:
    explicit ApprovalWebhookStore(Database& db);

    Result<QList<ApprovalWebhook>> webhooks();
    Result<ApprovalWebhook> webhook(const QString& name);
    // Also writes the webhook's approver row (an inactive directory entry "webhook:NAME") that its
    // decisions name, so a decision always points at a known approver.
    Status insert(const ApprovalWebhook& webhook);
    // Disabling names who did it by hand (`by`; empty for the automatic rule); enabling clears it.
    Status setEnabled(const QString& name, bool enabled, const QString& by = {});
    // Counts one delivery: a success resets the consecutive failures. Returns the count now.
    Result<int> recordResult(const QString& name, bool ok, const QString& error);

    Status insertToken(const WebhookToken& token);
    Result<WebhookToken> token(const QString& hash); // NotFound for an unknown token
    Status markTokenUsed(const QString& hash, qint64 now); // Conflict when it was used already
    // The token issued for this request, phase and webhook (hash empty: none yet).
    Result<WebhookToken> tokenFor(qint64 requestId, int phase, const QString& webhook);

private:
    Database& m_db;
};

} // namespace cs
