#pragma once

#include <core/directory/directory.h>
#include <core/execution/execution.h>
#include <core/execution/grantstore.h>
#include <core/requests/requeststore.h>
#include <core/storage/stores.h>

namespace cs {

// Time-bound access after the grant ran (SPEC §4): succeeded -> active(until T) -> revoked. At T
// the revoke script runs with the request's parameters and targets, claimed exactly once (one
// conditional UPDATE of its `revocations` row); a failing revoke is retried with back-off, each
// failure audited and shown, never dropped; a revoke whose agent died (its lease passed) is
// claimed again, so revoke scripts must be idempotent (removing a member twice is harmless).
// Who may end a grant early: its requester, an admin, or an approver of it (or the delegate who
// approved for them). Forbidden, in a sentence, when not; `decisions` are the request's.
Status checkMayEndEarly(const User& me, const Request& r, const QList<Decision>& decisions);

class GrantService
{
public:
    explicit GrantService(const Stores& stores);

    // In the transaction that records a successful run: a time-bound request becomes active
    // until now + its duration, and its revoke is scheduled. Nothing for other requests.
    // An extension's activation supersedes the grant it extends (its revoke ends unrun).
    static Status activate(const Stores& stores, Request& request, qint64 now, const QString& actor);
    // In the transaction that records a failed grant run: its revoke runs now to clean up.
    static Status scheduleCleanup(const Stores& stores, const Request& request, qint64 now, const QString& actor);

    // Claims up to `limit` due revokes of requests whose first target this agent serves, and
    // returns what to run: the approved version with its revoke script and revoke timeout.
    Result<QList<ExecutionPlan>> claimDue(const QString& agent, const QString& agentUrl, int limit);
    // How a claimed revoke ended. Success revokes the request; failure schedules the next try.
    Status finishRevoke(qint64 requestId, const QString& agent, bool succeeded, const QString& error);
    // After a crash: revokes this agent had claimed and not finished are failures, tried again.
    Result<QList<qint64>> recoverInterrupted(const QString& agent);

    // The requester, an admin or an approver of the request ends it now (the agent runs the
    // revoke script at its next tick); a comment is required.
    Result<Request> revokeEarly(const QString& actor, qint64 requestId, const QString& comment);
    // Inside the caller's transaction, after the caller checked who may (revokeEarly; a review's
    // assigned reviewer): the active, locked grant `r` ends now and its revoke is due now.
    Status endEarly(Request& r, const QString& login, const QString& text);
    Result<std::optional<Revocation>> revocation(qint64 requestId);

    // Whether an approved request's earliest start came in (from, to]: the agent sweeps then.
    Result<bool> startsBetween(qint64 from, qint64 to) { return m_stores.requests.approvedStartingBetween(from, to); }

    // Seconds before the next try after `attempts` failures: 5, 10, 20 ... at most 300.
    static int backoffSeconds(int attempts);

private:
    static Status supersede(const Stores& stores, qint64 previousId, qint64 by, qint64 now, const QString& actor);
    Status fail(qint64 requestId, const QString& agent, int attempt, const QString& error);
    Result<ExecutionPlan> revokePlan(const Request& request);

    Stores m_stores;
    GrantStore m_store;
};

} // namespace cs
