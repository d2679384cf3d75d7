#pragma once

#include <core/audit/auditlog.h>
#include <core/directory/directory.h>
#include <core/notify/notifystore.h>
#include <core/storage/stores.h>
#include <optional>

namespace cs {

struct Request;

// Turns audited events into outbox rows in two steps. Inside the transaction that appends the
// event it writes one event row and reads nothing, so deciding stays lean and a notice still
// commits or rolls back with what it tells about. The agent's sender then expands each event row,
// in a transaction of its own and exactly once, into outbox rows. Recipients are chosen there and
// only there: the open phase's approvers by the policy engine's own eligibility (never the
// requester), the requester for outcomes, the approvers too for failures, each per their
// preferences, and once for the webhooks.
class Notifier
{
public:
    Notifier(const Stores& stores, NotifyStore& store);

    // The AuditLog observer: the event row, if the event may owe a notice.
    std::optional<AuditLog::Rider> onAudit(const AuditEntry& entry);
    // Expands up to `limit` event rows, each in its own transaction: how many it expanded.
    Result<int> expand(int limit);

    // When a digest collects: the next 07:00 UTC after `now`.
    static qint64 nextDigestAt(qint64 now);
    // A person's effective choice from the rows for one event and channel (login '' = default).
    static NoticePreference resolve(const QString& event, const QString& channel,
                                    const QHash<QString, NotifyStore::Choice>& choices, const QString& login);

private:
    Status expandOne(qint64 auditSeq);
    Status choose(const AuditEntry& entry);
    // webhook: whether this call also writes the event's one webhook row.
    Status tell(const AuditEntry& entry, const Request& request, const QString& event, const QStringList& logins,
                const QString& note, bool webhook = true);
    // Reminder: the open phase's undecided approvers. Escalation: the fallback group's, and the requester.
    Status remindOrEscalate(const AuditEntry& entry, const Request& request);
    // Eligible at `at`, the event's time (the sender may run later, on another clock).
    Result<QStringList> openPhaseApprovers(const Request& request, qint64 at);
    // Read once per transaction (a decision tells several events): whether webhooks exist, the
    // preferences for an event, a person.
    void forgetOtherTransactions();
    Result<bool> anyWebhook();
    Result<QHash<QString, NotifyStore::Choice>> choices(const QString& event);
    Result<User> person(const QString& login);

    Stores m_stores;
    NotifyStore& m_store;
    quint64 m_readIn = 0; // the transaction the two below were read in
    std::optional<bool> m_anyWebhook;
    QHash<QString, QHash<QString, NotifyStore::Choice>> m_choices;
    QHash<QString, User> m_people;
};

} // namespace cs
