#pragma once

#include <QHash>
#include <core/execution/execution.h>
#include <core/storage/database.h>
#include <optional>

namespace cs {

// The one owner of the `executions` and `dispatch_attempts` tables: every statement that reads or
// writes them is here. The rules (who may claim, when a run ends) are ExecutionService's.
class ExecutionStore
{
public:
    explicit ExecutionStore(Database& db);

    Result<std::optional<Execution>> load(qint64 requestId);
    // The runs of the requests in [firstId, lastId], by request (the period report's one read).
    Result<QHash<qint64, Execution>> loadBetween(qint64 firstId, qint64 lastId);
    // The row whose primary key makes a run exactly-once: a second insert for the request fails.
    Status insertClaim(qint64 requestId, const QString& agent, qint64 claimedAt);
    // The same row for a request that will never run: ended at once in state "refused", with the reason.
    Status insertRefusal(qint64 requestId, const QString& agent, qint64 refusedAt, const QString& reason);
    Status markStarted(qint64 requestId, const QString& agent, qint64 startedAt);
    Status appendOutput(qint64 requestId, const QString& chunk);
    // Ends a run that is running on this agent; false when it is not (already ended, or another agent's).
    Result<bool> finish(qint64 requestId, const QString& agent, const QString& state, qint64 finishedAt,
                        std::optional<int> exitCode, const QString& error);
    Result<qint64> outputLength(qint64 requestId);
    // Runs this agent had started and not ended, oldest first.
    Result<QList<qint64>> running(const QString& agent);
    // Approved requests with no execution yet whose deadline is after `now`, oldest first, from
    // `afterId`, with the first of their targets (the one whose agent runs them; empty when the
    // stored list cannot be read: such a row is refused when claimed).
    struct Unclaimed
    {
        qint64 id = 0;
        QString firstTarget;
    };
    Result<QList<Unclaimed>> unclaimedApproved(qint64 now, qint64 afterId, int limit);

    // The last attempt to hand a request to its agent replaces the one before.
    Status recordDispatch(qint64 requestId, const QString& agentUrl, qint64 attemptedAt, const QString& error);
    Result<std::optional<DispatchAttempt>> lastDispatch(qint64 requestId);

private:
    Database& m_db;
};

} // namespace cs
