#pragma once

#include <core/notify/noticemessage.h>
#include <core/notify/notifier.h>
#include <core/notify/notifystore.h>
#include <core/requests/requestservice.h>
#include <core/storage/stores.h>

namespace cs {

// Preferences, webhooks and the outbox, with who may do what: people choose for themselves,
// admins set defaults (optionally mandatory) and manage webhooks. The sender's side (claim,
// render, record the outcome, fan out to webhooks, disable a failing one) is here too, so the
// agent's sender only moves bytes.
class NotifyService
{
public:
    NotifyService(const Stores& stores, NotifyStore& store, Notifier& notifier);

    Result<QList<NoticePreference>> preferences(const QString& actor);
    Status setPreference(const QString& actor, const QString& event, const QString& channel, const QString& mode);
    // Admins: the workspace default for everyone; mandatory events cannot be switched off.
    Status setDefault(const QString& actor, const QString& event, const QString& channel, const QString& mode,
                      bool mandatory);

    Status addWebhook(const QString& actor, const QString& name, const QString& url, const QString& format);
    Result<QList<Webhook>> webhooks(const QString& actor);
    Status enableWebhook(const QString& actor, const QString& name);
    // Queues a test notice for this webhook (delivered by the agent's sender like any other).
    Status testWebhook(const QString& actor, const QString& name);
    Result<QList<OutboxRow>> outbox(const QString& actor, int limit = 1000, qint64 afterId = 0);

    // --- the sender's side ---
    struct Settings
    {
        int maxAttempts = 8; // then the row is marked failed
        int webhookFailureLimit = 5; // consecutive failures that disable a webhook
        qint64 firstRetryMs = 5000; // doubled per attempt, at most maxRetryMs
        qint64 maxRetryMs = 3600 * 1000;
        qint64 claimLeaseMs = 10 * 60 * 1000; // a claim older than this is taken over (its sender died)
    };
    // Chooses the recipients of up to `limit` events (each once, in its own transaction) into
    // outbox rows: how many events it expanded.
    Result<int> expandEvents(int limit);
    Result<QList<OutboxRow>> claim(const QString& claimer, int limit, const Settings& settings);
    Status releaseClaims(const QString& claimer);
    // The request as the notice should show it (nullptr-like empty optional for none).
    Result<std::optional<RequestDetails>> requestFor(const OutboxRow& row);
    Result<NoticeMessage> render(const OutboxRow& row);
    Status delivered(const OutboxRow& row);
    Status deliveryFailed(const OutboxRow& row, const QString& error, const Settings& settings);
    // A webhook row for every webhook ('' rows are replaced by one row per webhook; rows for
    // a disabled webhook go to the admins by e-mail instead).
    Status fanOut(const OutboxRow& row);
    // The webhook a row goes to; none when it was removed (row failed) or is disabled (row sent to the admins).
    Result<std::optional<Webhook>> webhookFor(const OutboxRow& row);
    // Counts a webhook's delivery; at the limit it is disabled (audited) and the admins are told.
    Status webhookResult(const OutboxRow& row, bool ok, const QString& error, const QString& actor,
                         const Settings& settings);

    // An e-mail notice to every active admin about this row (also the approval webhooks' alert).
    Status toAdmins(const OutboxRow& about, const QString& event, const QString& note);

private:
    Status requireAdmin(const QString& actor);

    Stores m_stores;
    NotifyStore& m_store;
    Notifier& m_notifier;
};

} // namespace cs
