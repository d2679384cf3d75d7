#pragma once

#include <QHash>
#include <core/requests/requeststore.h>
#include <core/storage/database.h>
#include <optional>

namespace cs {

// The revoke of one active grant (table `revocations`, migration 10).
struct Revocation
{
    qint64 requestId = 0;
    qint64 dueAt = 0;
    QString state; // waiting | running | done
    QString agent;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    qint64 leaseUntil = 0;
    qint64 startedAt = 0; // the first attempt's start
    qint64 finishedAt = 0;
    QString lastError;
    QString earlyBy;
    QString earlyComment;
    qint64 supersededBy = 0; // the extension whose activation ended this revoke unrun (migration 18)

    qint64 lateMs() const { return startedAt > 0 ? qMax<qint64>(0, startedAt - dueAt) : 0; }
};

// The one owner of the `revocations` table; the rules are GrantService's.
class GrantStore
{
public:
    explicit GrantStore(Database& db);

    Status insert(qint64 requestId, qint64 dueAt);
    Result<std::optional<Revocation>> load(qint64 requestId, bool forUpdate = false);
    // The revocations of the requests whose ids `ids` selects (a bound sub-select), in one statement.
    Result<QHash<qint64, Revocation>> loadIn(const Statement& ids);
    // Revocations that may be claimed now (waiting and due, or running past their lease), oldest
    // due first, with the first target of each request; a page at a time, after `after` (keyset).
    struct Due
    {
        qint64 requestId = 0;
        QString firstTarget;
        qint64 nextAttemptAt = 0;
    };
    Result<QList<Due>> due(qint64 now, int limit, qint64 afterNextAttempt = 0, qint64 afterId = 0);
    // The claim: one conditional UPDATE, so of several agents exactly one gets true.
    Result<bool> claim(qint64 requestId, const QString& agent, qint64 now, qint64 leaseUntil);
    Status succeed(qint64 requestId, qint64 now);
    Status fail(qint64 requestId, const QString& error, qint64 nextAttemptAt);
    // Early revoke: due now. False when it is already running or done.
    Result<bool> bringForward(qint64 requestId, qint64 now, const QString& by, const QString& comment);
    Result<QList<qint64>> runningOn(const QString& agent);
    // An extension took over: a waiting revoke ends unrun. False when it is running or done.
    Result<bool> supersede(qint64 requestId, qint64 by, qint64 now);
    // The revoke of a grant whose script failed (a partial grant is cleaned up): due now.
    Status insertCleanup(qint64 requestId, qint64 now) { return insert(requestId, now); }

private:
    Database& m_db;
};

} // namespace cs
