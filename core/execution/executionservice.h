#pragma once

#include <QSet>
#include <core/actions/actionstore.h>
#include <core/audit/auditlog.h>
#include <core/directory/directory.h>
#include <core/execution/execution.h>
#include <core/execution/executionstore.h>
#include <core/requests/requeststore.h>
#include <core/storage/stores.h>
#include <limits>

namespace cs {

// The executor's side of the state machine: approved -> running -> succeeded | failed. Before a
// claim it re-checks, with core's own rules, that the request is approved under its policy, that
// its digest and action version are what was approved, that the deadline has not passed and that
// it never ran; the claim and the state change commit together, so a request runs at most once
// however many agents ask. Refusals are audited. A refusal that can never pass later (the action
// changed after approval) ends the request as failed, with an execution in state "refused" that
// carries the reason: audited once, never claimed again. Others (an interpreter this agent does not
// run, a missing target) leave it approved for a later claim.
class ExecutionService
{
public:
    ExecutionService(const Stores& stores, ExecutionStore& executions);

    // allowedInterpreters empty: any. caller is who asked (a token name), for the audit log.
    Result<ExecutionPlan> claim(qint64 requestId, const QString& agent, const QString& caller,
                                const QStringList& allowedInterpreters = {});

    // A claim whose COMMIT was lost (Error::Code::OutcomeUnknown) is remembered with its plan; its
    // script may start only once the claim is known to be committed. settleClaims() reads the
    // remembered claims back: it returns the plans now known committed (to start), forgets those
    // that were not (they are claimed again like any approved request) and keeps the rest.
    Result<QList<ExecutionPlan>> settleClaims();
    int unsettledClaims() const { return int(m_unsettled.size()); }

    Status recordStart(qint64 requestId, const QString& agent);
    // The script of a claimed run could not be started for a reason of the agent's own (no file
    // descriptor, a full disk, fork failing): nothing of it ran, the claim stays the agent's, and
    // it tries again in retryInSeconds. Audited, so that the wait is explained.
    Status recordDeferredStart(qint64 requestId, const QString& agent, const QString& reason, int retryInSeconds);
    Status appendOutput(qint64 requestId, const QString& chunk);
    // finishedAt: when the script ended, if that was before now (an agent recording a run's end
    // late, after the database was away); the end is otherwise stamped with the clock's now.
    Status finish(qint64 requestId, const QString& agent, const QString& state, std::optional<int> exitCode,
                  const QString& error, std::optional<qint64> finishedAt = std::nullopt);

    Result<std::optional<Execution>> execution(qint64 requestId);

    // After a crash: runs this agent had started are marked interrupted (never run again), except
    // those in `finished`: runs whose end the agent knows and has still to record.
    Result<QList<qint64>> markInterrupted(const QString& agent, const QSet<qint64>& finished = {});

    // Approved requests nobody claimed yet whose (first) target is served by this agent URL,
    // oldest first, at most `limit` of them.
    Result<QList<qint64>> awaitingExecution(const QString& agentUrl, int limit = std::numeric_limits<int>::max());

    Status recordDispatch(qint64 requestId, const QString& agentUrl, const QString& error);
    Result<std::optional<DispatchAttempt>> lastDispatch(qint64 requestId);

    // Whether the request should be handed to its agent now: true when approved and not yet
    // claimed, false when it already has an execution; a Conflict saying why when it can never run.
    Result<bool> needsDispatch(const Request& request);

    // The agent that serves a request: that of its first target.
    Result<QString> agentUrlFor(const Request& request);

private:
    struct UnsettledClaim
    {
        ExecutionPlan plan;
        QString agent;
        qint64 claimedAt = 0;
    };
    // The plan when the claim committed, nothing when it did not, OutcomeUnknown while unreadable.
    Result<std::optional<ExecutionPlan>> settleClaim(qint64 requestId);

    // *final is set when a refusal can never pass later (the approved version is no longer the one to run).
    Status verify(const Request& request, const QStringList& allowedInterpreters, ExecutionPlan* plan, bool* final);
    Status endRun(qint64 requestId, const QString& agent, const QString& state, std::optional<int> exitCode,
                  const QString& error, const QString& event, std::optional<qint64> finishedAt = std::nullopt);

    Stores m_stores;
    ExecutionStore& m_executions;
    QHash<qint64, UnsettledClaim> m_unsettled;
};

} // namespace cs
