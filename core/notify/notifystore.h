#pragma once

#include <QHash>
#include <core/audit/auditlog.h>
#include <core/notify/notice.h>
#include <core/storage/database.h>

namespace cs {

// The notification tables: outbox, preferences, webhooks. Plain storage; NotifyService and
// Notifier decide who may change what and who is told.
class NotifyStore
{
public:
    explicit NotifyStore(Database& db);

    Status insert(const OutboxRow& row);
    // An event that may owe notices: the only row the event's own transaction writes, with its
    // audit entry (AuditLog folds it into the append).
    static AuditLog::Rider eventRow(qint64 auditSeq, qint64 now);
    // Audit seqs of events not yet expanded into outbox rows, oldest first.
    Result<QList<qint64>> openEvents(int limit);
    // Marks an event expanded; false if another sender did already (the caller then adds nothing).
    Result<bool> claimEvent(qint64 auditSeq, qint64 now);
    // Claims up to `limit` rows that are due (or whose claim went stale: its sender died), each
    // for exactly one claimer: a row is claimed by the update that moves it, never by the read.
    Result<QList<OutboxRow>> claim(const QString& claimer, qint64 now, qint64 staleBefore, int limit);
    // Rows this claimer held when it stopped (a crash): released at its next start.
    Status releaseClaims(const QString& claimer);
    Status markSent(qint64 id, qint64 now);
    Status markRetry(qint64 id, qint64 dueAt, const QString& error);
    Status markFailed(qint64 id, const QString& error);
    Result<QList<OutboxRow>> rows(int limit = 1000, qint64 afterId = 0);

    // login '' is the workspace default; the map holds every row for this event and channel.
    struct Choice
    {
        NoticeMode mode = NoticeMode::Immediate;
        bool mandatory = false;
    };
    Result<QHash<QString, Choice>> choices(const QString& event, const QString& channel);
    // The person's own rows and the defaults, by event|channel and login.
    Result<QHash<QString, QHash<QString, Choice>>> choicesOf(const QString& login);
    Status setChoice(const QString& login, const QString& event, const QString& channel, const Choice& choice);
    Status clearChoice(const QString& login, const QString& event, const QString& channel);

    Result<QList<Webhook>> webhooks();
    // Whether any webhook is configured (enabled or not): read by everyone, without addresses.
    Result<bool> anyWebhook();
    Result<Webhook> webhook(const QString& name);
    Status insertWebhook(const Webhook& webhook);
    // enabled again with its failure count reset, or disabled
    Status setWebhookEnabled(const QString& name, bool enabled);
    // Counts one delivery: a success resets the consecutive failures. Returns the count now.
    Result<int> recordWebhookResult(const QString& name, bool ok, const QString& error);

private:
    static OutboxRow fromRow(const QSqlQuery& q);
    Database& m_db;
};

} // namespace cs
