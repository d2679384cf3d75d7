#include <core/audit/auditevents.h>
#include <core/common/coretext.h>
#include <core/execution/executionservice.h>
#include <core/execution/grantservice.h>
#include <core/requests/requestexpiry.h>
#include <core/requests/requestservice.h>

namespace cs {
namespace {

QString agentActor(const QString& agent)
{
    return QStringLiteral("agent:") + agent;
}

} // namespace

ExecutionService::ExecutionService(const Stores& stores, ExecutionStore& executions)
    : m_stores(stores)
    , m_executions(executions)
{ }

Result<std::optional<Execution>> ExecutionService::execution(qint64 requestId)
{
    return m_executions.load(requestId);
}

Status ExecutionService::verify(const Request& r, const QStringList& allowedInterpreters, ExecutionPlan* plan,
                                bool* final)
{
    if (r.state != RequestState::Approved)
        return Error::conflict(
            CoreText::tr("Request #%1 %2; only an approved request can run.").arg(r.id).arg(stateInSentence(r.state)));
    auto decisions = m_stores.requests.decisions(r.id);
    CS_TRY(decisions);
    CS_TRY(RequestService::verifyApproval(r, *decisions));
    if (m_stores.clock.nowMs() >= r.deadline)
        return Error::conflict(CoreText::tr("Request #%1 passed its deadline (%2) before it ran; it will not run.")
                                   .arg(r.id)
                                   .arg(isoTime(r.deadline)));
    if (m_stores.clock.nowMs() < r.notBefore)
        return Error::conflict(
            CoreText::tr("Request #%1 is approved to run at %2, not before.").arg(r.id).arg(isoTime(r.notBefore)));

    auto version = m_stores.actions.version(r.action, r.actionVersion);
    CS_TRY(version);
    // A version is never edited and the current one never goes back: neither refusal below can
    // pass later, so it ends the request rather than being met again on every poll.
    *final = version->digest != r.versionDigest;
    if (*final)
        return Error::integrity(CoreText::tr("Version %1 of action \"%2\" is not the one request #%3 was approved for.")
                                    .arg(r.actionVersion)
                                    .arg(r.action)
                                    .arg(r.id));
    // The grant terms are checked against the approved version again: a row made outside
    // Countersign must not turn a time-bound grant into a lasting one.
    const Status terms = version->definition.checkDuration(r.durationSeconds);
    *final = !terms.ok();
    if (*final)
        return Error::integrity(terms.error().message);
    auto current = m_stores.actions.currentVersion(r.action);
    CS_TRY(current);
    *final = current->version != r.actionVersion;
    if (*final)
        return Error::conflict(
            CoreText::tr(
                "Action \"%1\" changed after request #%2 was approved (approved version %3, current version %4); "
                "request it anew.")
                .arg(r.action)
                .arg(r.id)
                .arg(r.actionVersion)
                .arg(current->version));
    const QString interpreter = version->definition.interpreter;
    if (!allowedInterpreters.isEmpty() && !allowedInterpreters.contains(interpreter))
        return Error::forbidden(CoreText::tr("This agent does not run the interpreter \"%1\" (allowed: %2).")
                                    .arg(interpreter, allowedInterpreters.join(QStringLiteral(", "))));

    plan->request = r;
    plan->version = *version;
    plan->parameters = r.parameters;
    for (const QString& name : r.targets) {
        auto target = m_stores.directory.target(name);
        auto exists = found(target);
        CS_TRY(exists); // a failing database is not a vanished target
        if (!*exists)
            return Error::conflict(CoreText::tr("Target \"%1\" of request #%2 no longer exists.").arg(name).arg(r.id));
        plan->targets.append(*target);
    }
    auto stored = m_stores.requests.secrets(r.id);
    CS_TRY(stored);
    for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it) {
        if (!isSecretCommitment(it.value()))
            continue;
        const auto secret = stored->constFind(it.key());
        if (secret == stored->constEnd() || secretCommitment(secret->salt, secret->value) != it.value().toString())
            return Error::integrity(CoreText::tr("The secret parameter \"%1\" of request #%2 is missing or altered.")
                                        .arg(it.key())
                                        .arg(r.id));
        plan->parameters.insert(it.key(), secret->value);
        plan->secretValues.append(secret->value);
    }
    return {};
}

Result<ExecutionPlan> ExecutionService::claim(qint64 requestId, const QString& agent, const QString& caller,
                                              const QStringList& allowedInterpreters)
{
    ExecutionPlan plan;
    std::optional<Error> refusal;
    bool final = false;
    qint64 claimedAt = 0;
    const Status status = m_stores.db.transaction([&]() -> Status {
        // Lock first, then look: a second agent waits here and then sees the first one's claim.
        auto r = m_stores.requests.loadForChange(requestId);
        if (!r.ok() && r.error().code != Error::Code::Integrity)
            return r.error();
        auto existing = execution(requestId);
        CS_TRY(existing);
        if (*existing)
            return Error::conflict(CoreText::tr("Request #%1 was already claimed by agent %2; it never runs twice.")
                                       .arg(requestId)
                                       .arg((*existing)->agent));
        Status verified = r.ok() ? verify(*r, allowedInterpreters, &plan, &final) : Status(r.error());
        // A failing statement is not a refusal (and on PostgreSQL it leaves nothing more to write).
        if (!verified.ok() && verified.error().code == Error::Code::Storage)
            return verified.error();
        if (!verified.ok()) {
            // Refused, and recorded: the refusal commits even though nothing runs.
            refusal = verified.error();
            if (r.ok() && r->state == RequestState::Approved && m_stores.clock.nowMs() >= r->deadline) {
                Request expired = *r;
                CS_TRY(expireRequest(m_stores, expired, agentActor(agent)));
            } else if (final && r.ok()) {
                // Ended with its reason, in the one row that keeps a request from running twice.
                const qint64 now = m_stores.clock.nowMs();
                CS_TRY(m_executions.insertRefusal(requestId, agent, now, refusal->message));
                CS_TRY(m_stores.requests.transition(*r, RequestState::Failed, r->phase, now));
                CS_TRY(m_stores.requests.deleteSecrets(requestId));
            }
            return m_stores.audit.append(
                agentActor(agent), AuditEvent::ExecutionRefused, requestId,
                AuditPayload::executionRefused(refusal->message, caller,
                                               final && r.ok() ? stateName(RequestState::Failed) : QString()));
        }
        const qint64 now = m_stores.clock.nowMs();
        claimedAt = now;
        CS_TRY(m_executions.insertClaim(requestId, agent, now));
        CS_TRY(m_stores.requests.transition(plan.request, RequestState::Running, plan.request.phase, now));
        plan.request.state = RequestState::Running;
        return m_stores.audit.append(agentActor(agent), AuditEvent::ExecutionClaimed, requestId,
                                     AuditPayload::executionClaimed(caller, plan.request.digest, plan.version.digest));
    });
    if (!status.ok() && status.error().code == Error::Code::OutcomeUnknown && !refusal && claimedAt > 0) {
        m_unsettled.insert(requestId, { std::move(plan), agent, claimedAt });
        auto settled = settleClaim(requestId);
        CS_TRY(settled);
        if (!*settled)
            return Error::storage(CoreText::tr("The claim of request #%1 was not saved (the connection to the "
                                               "database broke); it will be claimed again.")
                                      .arg(requestId));
        return std::move(**settled);
    }
    if (!status.ok())
        return status.error();
    if (refusal)
        return *refusal;
    return plan;
}

Result<std::optional<ExecutionPlan>> ExecutionService::settleClaim(qint64 requestId)
{
    const auto it = m_unsettled.find(requestId);
    if (it == m_unsettled.end())
        return std::optional<ExecutionPlan>();
    auto row = m_executions.load(requestId);
    if (!row.ok())
        return Error::outcomeUnknown(CoreText::tr("The claim of request #%1 cannot be confirmed yet (%2); its script "
                                                  "starts only once it is.")
                                         .arg(requestId)
                                         .arg(row.error().message));
    UnsettledClaim claim = std::move(it.value());
    m_unsettled.erase(it);
    // Ours only if this agent's row carries this very claim's time: anything else is another claim.
    if (*row && (*row)->agent == claim.agent && (*row)->claimedAt == claim.claimedAt)
        return std::optional<ExecutionPlan>(std::move(claim.plan));
    return std::optional<ExecutionPlan>();
}

Result<QList<ExecutionPlan>> ExecutionService::settleClaims()
{
    QList<ExecutionPlan> committed;
    const QList<qint64> ids = m_unsettled.keys();
    std::optional<Error> unknown;
    for (qint64 id : ids) {
        auto settled = settleClaim(id);
        if (!settled.ok()) {
            unknown = settled.error(); // still unknown: kept for the next call
            continue;
        }
        if (*settled)
            committed.append(std::move(**settled));
    }
    // Plans known committed are handed out even if others are still unknown: they must start.
    if (committed.isEmpty() && unknown)
        return *unknown;
    return committed;
}

Status ExecutionService::recordDeferredStart(qint64 requestId, const QString& agent, const QString& reason,
                                             int retryInSeconds)
{
    return m_stores.audit.append(agentActor(agent), AuditEvent::ExecutionDeferred, requestId,
                                 AuditPayload::executionDeferred(reason, retryInSeconds));
}

Status ExecutionService::recordStart(qint64 requestId, const QString& agent)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(m_executions.markStarted(requestId, agent, m_stores.clock.nowMs()));
        return m_stores.audit.append(agentActor(agent), AuditEvent::ExecutionStarted, requestId, {});
    });
}

Status ExecutionService::appendOutput(qint64 requestId, const QString& chunk)
{
    return m_executions.appendOutput(requestId, chunk);
}

Status ExecutionService::endRun(qint64 requestId, const QString& agent, const QString& state,
                                std::optional<int> exitCode, const QString& error, const QString& event,
                                std::optional<qint64> finishedAt)
{
    return m_stores.db.transaction([&]() -> Status {
        const qint64 now = finishedAt.value_or(m_stores.clock.nowMs());
        auto updated = m_executions.finish(requestId, agent, state, now, exitCode, error);
        CS_TRY(updated);
        if (!*updated)
            return Error::conflict(CoreText::tr("Request #%1 is not running on agent %2.").arg(requestId).arg(agent));
        auto r = m_stores.requests.loadForChange(requestId);
        CS_TRY(r);
        const RequestState to = state == ExecutionState::Succeeded ? RequestState::Succeeded : RequestState::Failed;
        CS_TRY(m_stores.requests.transition(*r, to, r->phase, now));
        // The secrets were kept for this run only (and the revoke of a time-bound grant).
        // A failed time-bound grant keeps them too: its clean-up revoke runs with the same values.
        const bool granted = r->durationSeconds > 0;
        if (!granted)
            CS_TRY(m_stores.requests.deleteSecrets(requestId));
        auto outputLength = m_executions.outputLength(requestId);
        CS_TRY(outputLength);
        CS_TRY(m_stores.audit.append(agentActor(agent), event, requestId,
                                     AuditPayload::executionEnded(state, *outputLength, exitCode, error)));
        // Time-bound access: the grant is active until now + its duration, its revoke scheduled.
        Request ran = *r;
        ran.state = to;
        if (to == RequestState::Failed)
            return GrantService::scheduleCleanup(m_stores, ran, now, agentActor(agent));
        return GrantService::activate(m_stores, ran, now, agentActor(agent));
    });
}

Status ExecutionService::finish(qint64 requestId, const QString& agent, const QString& state,
                                std::optional<int> exitCode, const QString& error, std::optional<qint64> finishedAt)
{
    return endRun(requestId, agent, state, exitCode, error, AuditEvent::ExecutionFinished, finishedAt);
}

Result<QList<qint64>> ExecutionService::markInterrupted(const QString& agent, const QSet<qint64>& finished)
{
    auto running = m_executions.running(agent);
    CS_TRY(running);
    QList<qint64> ids;
    for (qint64 id : std::as_const(*running)) {
        if (finished.contains(id))
            continue;
        // Only what is known: the agent is gone, so whether the script got to its end is not.
        CS_TRY(endRun(id, agent, ExecutionState::Interrupted, std::nullopt,
                      CoreText::tr("The agent stopped while the script was running; the script may have completed. "
                                   "It was not run again."),
                      AuditEvent::ExecutionInterrupted));
        ids.append(id);
    }
    return ids;
}

Result<QString> ExecutionService::agentUrlFor(const Request& r)
{
    if (r.targets.isEmpty())
        return Error::invalid(CoreText::tr("Request #%1 has no target.").arg(r.id));
    auto target = m_stores.directory.target(r.targets.first());
    CS_TRY(target);
    if (target->agentUrl.isEmpty())
        return Error::invalid(CoreText::tr("Target \"%1\" names no agent to run request #%2; an admin must give it an "
                                           "agent address.")
                                  .arg(target->name)
                                  .arg(r.id));
    return target->agentUrl;
}

Result<QList<qint64>> ExecutionService::awaitingExecution(const QString& agentUrl, int limit)
{
    // Oldest first, a page of candidates at a time: only requests for this agent count towards
    // the limit, and a backlog of thousands is never read (or claimed) in one go. A request's
    // agent is its first target's: told from one read of the targets, not by loading each
    // request (an agent sweeps on every approval, past other agents' backlogs).
    auto targets = m_stores.directory.targets();
    CS_TRY(targets);
    QSet<QString> served;
    for (const Target& t : *targets)
        if (t.agentUrl == agentUrl)
            served.insert(t.name);
    constexpr int kPage = 500;
    QList<qint64> mine;
    qint64 after = 0;
    while (mine.size() < limit && !served.isEmpty()) {
        auto page = m_executions.unclaimedApproved(m_stores.clock.nowMs(), after, kPage);
        CS_TRY(page);
        for (const ExecutionStore::Unclaimed& candidate : *page) {
            if (!served.contains(candidate.firstTarget) || mine.size() >= limit)
                continue;
            auto r = m_stores.requests.load(candidate.id);
            if (!r.ok() && r.error().code == Error::Code::Storage)
                return r.error();
            if (r.ok()) // a damaged row is refused (and audited) when claimed by id, not swept
                mine.append(candidate.id);
        }
        if (page->size() < kPage)
            break;
        after = page->last().id;
    }
    return mine;
}

Result<bool> ExecutionService::needsDispatch(const Request& request)
{
    auto existing = execution(request.id);
    CS_TRY(existing);
    if (*existing)
        return false;
    if (request.state != RequestState::Approved)
        return Error::conflict(CoreText::tr("Request #%1 %2; only an approved request can run.")
                                   .arg(request.id)
                                   .arg(stateInSentence(request.state)));
    return true;
}

Status ExecutionService::recordDispatch(qint64 requestId, const QString& agentUrl, const QString& error)
{
    return m_executions.recordDispatch(requestId, agentUrl, m_stores.clock.nowMs(), error);
}

Result<std::optional<DispatchAttempt>> ExecutionService::lastDispatch(qint64 requestId)
{
    return m_executions.lastDispatch(requestId);
}

} // namespace cs
