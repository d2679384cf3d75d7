#include <core/execution/executionservice.h>

#include <core/requests/requestservice.h>

#include <QJsonDocument>

namespace cs {
namespace {

QString agentActor(const QString& agent)
{
    return QStringLiteral("agent:") + agent;
}

Execution executionFromRow(const QSqlQuery& q)
{
    Execution e;
    e.requestId = q.value(0).toLongLong();
    e.agent = q.value(1).toString();
    e.state = q.value(2).toString();
    e.claimedAt = q.value(3).toLongLong();
    e.startedAt = q.value(4).toLongLong();
    e.finishedAt = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        e.exitCode = q.value(6).toInt();
    e.output = q.value(7).toString();
    e.error = q.value(8).toString();
    return e;
}

} // namespace

ExecutionService::ExecutionService(const Stores& stores)
    : m_stores(stores)
{ }

Result<std::optional<Execution>> ExecutionService::execution(qint64 requestId)
{
    auto q = m_stores.db.exec(
        QStringLiteral("SELECT request_id, agent, state, claimed_at, started_at, finished_at, exit_code, output, error "
                       "FROM executions WHERE request_id = ?"),
        { requestId });
    CS_TRY(q);
    if (!q->next())
        return std::optional<Execution>();
    return std::optional<Execution>(executionFromRow(*q));
}

Status ExecutionService::verify(const Request& r, const QStringList& allowedInterpreters, ExecutionPlan* plan)
{
    if (r.state != RequestState::Approved)
        return Error::conflict(QStringLiteral("Request #%1 %2; only an approved request can run.")
                                   .arg(r.id)
                                   .arg(stateInSentence(r.state)));
    auto decisions = m_stores.requests.decisions(r.id);
    CS_TRY(decisions);
    CS_TRY(RequestService::verifyApproval(r, *decisions));
    if (m_stores.clock.nowMs() >= r.deadline)
        return Error::conflict(QStringLiteral("Request #%1 passed its deadline (%2) before it ran; it will not run.")
                                   .arg(r.id)
                                   .arg(isoTime(r.deadline)));

    auto version = m_stores.actions.version(r.action, r.actionVersion);
    CS_TRY(version);
    if (version->digest != r.versionDigest)
        return Error::integrity(
            QStringLiteral("Version %1 of action \"%2\" is not the one request #%3 was approved for.")
                .arg(r.actionVersion)
                .arg(r.action)
                .arg(r.id));
    auto current = m_stores.actions.currentVersion(r.action);
    CS_TRY(current);
    if (current->version != r.actionVersion)
        return Error::conflict(
            QStringLiteral(
                "Action \"%1\" changed after request #%2 was approved (approved version %3, current version %4); "
                "request it anew.")
                .arg(r.action)
                .arg(r.id)
                .arg(r.actionVersion)
                .arg(current->version));
    const QString interpreter = version->definition.interpreter;
    if (!allowedInterpreters.isEmpty() && !allowedInterpreters.contains(interpreter))
        return Error::forbidden(QStringLiteral("This agent does not run the interpreter \"%1\" (allowed: %2).")
                                    .arg(interpreter, allowedInterpreters.join(QStringLiteral(", "))));

    plan->request = r;
    plan->version = *version;
    plan->parameters = r.parameters;
    for (const QString& name : r.targets) {
        auto target = m_stores.directory.target(name);
        if (!target.ok())
            return Error::conflict(
                QStringLiteral("Target \"%1\" of request #%2 no longer exists.").arg(name).arg(r.id));
        plan->targets.append(*target);
    }
    auto secrets
        = m_stores.db.exec(QStringLiteral("SELECT name, salt, value FROM request_secrets WHERE request_id = ?"), { r.id });
    CS_TRY(secrets);
    QHash<QString, QPair<QByteArray, QString>> stored;
    while (secrets->next())
        stored.insert(secrets->value(0).toString(),
                      { QByteArray::fromHex(secrets->value(1).toString().toLatin1()), secrets->value(2).toString() });
    for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it) {
        if (!isSecretCommitment(it.value()))
            continue;
        const auto secret = stored.constFind(it.key());
        if (secret == stored.constEnd() || secretCommitment(secret->first, secret->second) != it.value().toString())
            return Error::integrity(QStringLiteral("The secret parameter \"%1\" of request #%2 is missing or altered.")
                                        .arg(it.key())
                                        .arg(r.id));
        plan->parameters.insert(it.key(), secret->second);
        plan->secretValues.append(secret->second);
    }
    return {};
}

Result<ExecutionPlan> ExecutionService::claim(qint64 requestId, const QString& agent, const QString& caller,
                                              const QStringList& allowedInterpreters)
{
    ExecutionPlan plan;
    std::optional<Error> refusal;
    const Status status = m_stores.db.transaction([&]() -> Status {
        // Lock first, then look: a second agent waits here and then sees the first one's claim.
        auto r = m_stores.requests.loadForChange(requestId);
        if (!r.ok() && r.error().code != Error::Code::Integrity)
            return r.error();
        auto existing = execution(requestId);
        CS_TRY(existing);
        if (*existing)
            return Error::conflict(QStringLiteral("Request #%1 was already claimed by agent %2; it never runs twice.")
                                       .arg(requestId)
                                       .arg((*existing)->agent));
        Status verified = r.ok() ? verify(*r, allowedInterpreters, &plan) : Status(r.error());
        // A failing statement is not a refusal (and on PostgreSQL it leaves nothing more to write).
        if (!verified.ok() && verified.error().code == Error::Code::Storage)
            return verified.error();
        if (!verified.ok()) {
            // Refused, and recorded: the refusal commits even though nothing runs.
            refusal = verified.error();
            if (r.ok() && r->state == RequestState::Approved && m_stores.clock.nowMs() >= r->deadline) {
                Request expired = *r;
                CS_TRY(m_stores.requests.transition(expired, RequestState::Expired, expired.phase, m_stores.clock.nowMs()));
                CS_TRY(m_stores.audit.append(agentActor(agent), QStringLiteral("request.expired"), requestId,
                                      { { QStringLiteral("deadline"), QString::number(expired.deadline) },
                                        { QStringLiteral("previousState"), stateName(expired.state) } }));
            }
            return m_stores.audit.append(
                agentActor(agent), QStringLiteral("execution.refused"), requestId,
                { { QStringLiteral("reason"), refusal->message }, { QStringLiteral("caller"), caller } });
        }
        const qint64 now = m_stores.clock.nowMs();
        CS_TRY(m_stores.db.exec(
            QStringLiteral("INSERT INTO executions (request_id, agent, state, claimed_at) VALUES (?, ?, ?, ?)"),
            { requestId, agent, ExecutionState::Running, now }));
        CS_TRY(m_stores.requests.transition(plan.request, RequestState::Running, plan.request.phase, now));
        plan.request.state = RequestState::Running;
        return m_stores.audit.append(agentActor(agent), QStringLiteral("execution.claimed"), requestId,
                              { { QStringLiteral("caller"), caller },
                                { QStringLiteral("digest"), plan.request.digest },
                                { QStringLiteral("versionDigest"), plan.version.digest } });
    });
    if (!status.ok())
        return status.error();
    if (refusal)
        return *refusal;
    return plan;
}

Status ExecutionService::recordStart(qint64 requestId, const QString& agent)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(m_stores.db.exec(QStringLiteral("UPDATE executions SET started_at = ? WHERE request_id = ? AND agent = ?"),
                         { m_stores.clock.nowMs(), requestId, agent }));
        return m_stores.audit.append(agentActor(agent), QStringLiteral("execution.started"), requestId, {});
    });
}

Status ExecutionService::appendOutput(qint64 requestId, const QString& chunk)
{
    CS_TRY(m_stores.db.exec(QStringLiteral("UPDATE executions SET output = output || ? WHERE request_id = ? AND state = ?"),
                     { chunk, requestId, ExecutionState::Running }));
    return {};
}

Status ExecutionService::endRun(qint64 requestId, const QString& agent, const QString& state,
                                std::optional<int> exitCode, const QString& error, const QString& event)
{
    return m_stores.db.transaction([&]() -> Status {
        const qint64 now = m_stores.clock.nowMs();
        auto updated
            = m_stores.db.exec(QStringLiteral("UPDATE executions SET state = ?, finished_at = ?, exit_code = ?, error = ? "
                                       "WHERE request_id = ? AND agent = ? AND state = ?"),
                        { state, now, exitCode ? QVariant(*exitCode) : QVariant(), error, requestId, agent,
                          ExecutionState::Running });
        CS_TRY(updated);
        if (updated->numRowsAffected() != 1)
            return Error::conflict(QStringLiteral("Request #%1 is not running on agent %2.").arg(requestId).arg(agent));
        auto r = m_stores.requests.loadForChange(requestId);
        CS_TRY(r);
        CS_TRY(m_stores.requests.transition(
            *r, state == ExecutionState::Succeeded ? RequestState::Succeeded : RequestState::Failed, r->phase, now));
        // The secrets were kept for this run only.
        CS_TRY(m_stores.db.exec(QStringLiteral("DELETE FROM request_secrets WHERE request_id = ?"), { requestId }));
        auto output
            = m_stores.db.exec(QStringLiteral("SELECT length(output) FROM executions WHERE request_id = ?"), { requestId });
        CS_TRY(output);
        const qint64 outputLength = output->next() ? output->value(0).toLongLong() : 0;
        output->finish();
        QJsonObject payload { { QStringLiteral("state"), state },
                              { QStringLiteral("outputCharacters"), outputLength } };
        if (exitCode)
            payload.insert(QStringLiteral("exitCode"), *exitCode);
        if (!error.isEmpty())
            payload.insert(QStringLiteral("error"), error);
        return m_stores.audit.append(agentActor(agent), event, requestId, payload);
    });
}

Status ExecutionService::finish(qint64 requestId, const QString& agent, const QString& state,
                                std::optional<int> exitCode, const QString& error)
{
    return endRun(requestId, agent, state, exitCode, error, QStringLiteral("execution.finished"));
}

Result<QList<qint64>> ExecutionService::markInterrupted(const QString& agent)
{
    auto q = m_stores.db.exec(
        QStringLiteral("SELECT request_id FROM executions WHERE agent = ? AND state = ? ORDER BY request_id"),
        { agent, ExecutionState::Running });
    CS_TRY(q);
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    q->finish();
    for (qint64 id : std::as_const(ids))
        CS_TRY(endRun(id, agent, ExecutionState::Interrupted, std::nullopt,
                      QStringLiteral("The agent stopped while the script was running; it was not run again."),
                      QStringLiteral("execution.interrupted")));
    return ids;
}

Result<QString> ExecutionService::agentUrlFor(const Request& r)
{
    if (r.targets.isEmpty())
        return Error::invalid(QStringLiteral("Request #%1 has no target.").arg(r.id));
    auto target = m_stores.directory.target(r.targets.first());
    CS_TRY(target);
    if (target->agentUrl.isEmpty())
        return Error::invalid(QStringLiteral("Target \"%1\" names no agent.").arg(target->name));
    return target->agentUrl;
}

Result<QList<qint64>> ExecutionService::awaitingExecution(const QString& agentUrl, int limit)
{
    // Oldest first, a page of candidates at a time: only requests for this agent count towards
    // the limit, and a backlog of thousands is never read (or claimed) in one go.
    constexpr int kPage = 200;
    QList<qint64> mine;
    qint64 after = 0;
    while (mine.size() < limit) {
        auto q = m_stores.db.exec(
            QStringLiteral("SELECT r.id FROM requests r WHERE r.state = 'approved' AND r.deadline > ? AND r.id > ? "
                           "AND NOT EXISTS (SELECT 1 FROM executions e WHERE e.request_id = r.id) "
                           "ORDER BY r.id LIMIT ?"),
            { m_stores.clock.nowMs(), after, kPage });
        CS_TRY(q);
        QList<qint64> candidates;
        while (q->next())
            candidates.append(q->value(0).toLongLong());
        q->finish();
        for (qint64 id : std::as_const(candidates)) {
            auto r = m_stores.requests.load(id);
            if (!r.ok())
                continue; // a damaged row is refused (and audited) when claimed, not here
            auto url = agentUrlFor(*r);
            if (url.ok() && *url == agentUrl && mine.size() < limit)
                mine.append(id);
        }
        if (candidates.size() < kPage)
            break;
        after = candidates.last();
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
        return Error::conflict(QStringLiteral("Request #%1 %2; only an approved request can run.")
                                   .arg(request.id)
                                   .arg(stateInSentence(request.state)));
    return true;
}

Status ExecutionService::recordDispatch(qint64 requestId, const QString& agentUrl, const QString& error)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(m_stores.db.exec(QStringLiteral("DELETE FROM dispatch_attempts WHERE request_id = ?"), { requestId }));
        CS_TRY(m_stores.db.exec(
            QStringLiteral(
                "INSERT INTO dispatch_attempts (request_id, agent_url, attempted_at, error) VALUES (?, ?, ?, ?)"),
            { requestId, agentUrl, m_stores.clock.nowMs(), error }));
        return Status();
    });
}

Result<std::optional<DispatchAttempt>> ExecutionService::lastDispatch(qint64 requestId)
{
    auto q
        = m_stores.db.exec(QStringLiteral("SELECT agent_url, attempted_at, error FROM dispatch_attempts WHERE request_id = ?"),
                    { requestId });
    CS_TRY(q);
    if (!q->next())
        return std::optional<DispatchAttempt>();
    return std::optional<DispatchAttempt>(
        DispatchAttempt { q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString() });
}

} // namespace cs
