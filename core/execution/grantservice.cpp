#include <core/actions/actionstore.h>
#include <core/audit/auditlog.h>
#include <core/audit/grantevents.h>
#include <core/common/canonicaljson.h>
#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directory.h>
#include <core/execution/grantservice.h>

namespace cs {
namespace {

constexpr int kMaxCommentLength = 4000;
constexpr qint64 kLeaseGraceMs = 60 * 1000;

QString agentActor(const QString& agent)
{
    return QStringLiteral("agent:") + agent;
}

} // namespace

GrantService::GrantService(const Stores& stores)
    : m_stores(stores)
    , m_store(stores.db)
{ }

int GrantService::backoffSeconds(int attempts)
{
    return qMin(300, 5 * (1 << qBound(0, attempts - 1, 6)));
}

Status GrantService::activate(const Stores& stores, Request& r, qint64 now, const QString& actor)
{
    if (r.durationSeconds <= 0 || r.state != RequestState::Succeeded)
        return {};
    CS_TRY(stores.requests.transition(r, RequestState::Active, r.phase, now));
    r.state = RequestState::Active;
    r.activeUntil = now + r.durationSeconds * 1000;
    CS_TRY(stores.requests.setActiveUntil(r.id, r.activeUntil));
    CS_TRY(GrantStore(stores.db).insert(r.id, r.activeUntil));
    CS_TRY(stores.audit.append(actor, AuditEvent::GrantActivated, r.id,
                               { { QStringLiteral("activeUntil"), isoTime(r.activeUntil) },
                                 { QStringLiteral("durationSeconds"), r.durationSeconds } }));
    return r.previousRequest > 0 ? supersede(stores, r.previousRequest, r.id, now, actor) : Status {};
}

Status GrantService::supersede(const Stores& stores, qint64 previousId, qint64 by, qint64 now, const QString& actor)
{
    // The extension now holds the access: the old grant ends here without its revoke script (which
    // would remove what the extension granted), so exactly one revoke runs, at the new end. A revoke
    // already running or brought forward by a person is left alone.
    GrantStore store(stores.db);
    auto previous = stores.requests.loadForChange(previousId);
    CS_TRY(previous);
    if (previous->state != RequestState::Active)
        return {};
    auto superseded = store.supersede(previousId, by, now);
    CS_TRY(superseded);
    if (!*superseded)
        return {};
    Request old = *previous;
    CS_TRY(stores.requests.transition(old, RequestState::Revoked, old.phase, now));
    CS_TRY(stores.requests.setActiveUntil(previousId, now));
    return stores.audit.append(actor, AuditEvent::GrantSuperseded, previousId,
                               { { QStringLiteral("supersededBy"), by } });
}

Status GrantService::scheduleCleanup(const Stores& stores, const Request& r, qint64 now, const QString& actor)
{
    // A grant script that failed may have granted part of the access (one group of two): its revoke
    // runs now, retried like any other, so nothing half-granted stays behind unnoticed.
    if (r.durationSeconds <= 0 || r.state != RequestState::Failed)
        return {};
    CS_TRY(GrantStore(stores.db).insertCleanup(r.id, now));
    return stores.audit.append(actor, AuditEvent::GrantCleanupScheduled, r.id, {});
}

Result<ExecutionPlan> GrantService::revokePlan(const Request& r)
{
    ExecutionPlan plan;
    auto version = m_stores.actions.version(r.action, r.actionVersion);
    CS_TRY(version);
    if (version->digest != r.versionDigest)
        return Error::integrity(CoreText::tr("Version %1 of action \"%2\" is not the one request #%3 was approved for.")
                                    .arg(r.actionVersion)
                                    .arg(r.action)
                                    .arg(r.id));
    plan.request = r;
    plan.version = *version;
    // What was granted is what is revoked: the approved version's revoke script, never a newer one.
    plan.version.definition.script = version->definition.revokeScript;
    plan.version.definition.timeoutSeconds = version->definition.revokeTimeout();
    plan.parameters = r.parameters;
    for (const QString& name : r.targets) {
        auto target = m_stores.directory.target(name);
        CS_TRY(target);
        plan.targets.append(*target);
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
        plan.parameters.insert(it.key(), secret->value);
        plan.secretValues.append(secret->value);
    }
    return plan;
}

Result<QList<ExecutionPlan>> GrantService::claimDue(const QString& agent, const QString& agentUrl, int limit)
{
    auto targets = m_stores.directory.targets();
    CS_TRY(targets);
    QSet<QString> served;
    for (const Target& t : *targets)
        if (t.agentUrl == agentUrl)
            served.insert(t.name);
    QList<ExecutionPlan> plans;
    if (served.isEmpty() || limit <= 0)
        return plans;
    // Page through what is due: other agents' due rows never hide this agent's behind them.
    constexpr int kPage = 200;
    QList<GrantStore::Due> mine;
    GrantStore::Due after;
    const qint64 asOf = m_stores.clock.nowMs();
    while (mine.size() < limit) {
        auto page = m_store.due(asOf, kPage, after.nextAttemptAt, after.requestId);
        CS_TRY(page);
        for (const GrantStore::Due& candidate : std::as_const(*page))
            if (served.contains(candidate.firstTarget) && mine.size() < limit)
                mine.append(candidate);
        if (page->size() < kPage)
            break;
        after = page->last();
    }
    for (const GrantStore::Due& candidate : std::as_const(mine)) {
        std::optional<ExecutionPlan> plan;
        std::optional<Error> unusable;
        int attempt = 0;
        const Status s = m_stores.db.transaction([&]() -> Status {
            const qint64 now = m_stores.clock.nowMs();
            auto request = m_stores.requests.loadForChange(candidate.requestId);
            CS_TRY(request);
            auto row = m_store.load(candidate.requestId, true);
            CS_TRY(row);
            if (!*row)
                return {};
            auto version = m_stores.actions.version(request->action, request->actionVersion);
            const int timeout = version.ok() ? version->definition.revokeTimeout() : 300;
            // The lease outlives the script's timeout: past it, the agent is taken for dead. One clock
            // for every time in this table (due, back-off, lease): the workspace's, not the database's,
            // because due times are written on it (and test clocks shift it); the grace absorbs the
            // skew between agents' NTP-synchronised clocks.
            auto claimed = m_store.claim(candidate.requestId, agent, now, now + qint64(timeout) * 1000 + kLeaseGraceMs);
            CS_TRY(claimed);
            if (!*claimed)
                return {}; // another agent got it first
            attempt = (*row)->attempts + 1;
            // Active: at its end; failed: the clean-up of a grant script that failed.
            if (request->state != RequestState::Active && request->state != RequestState::Failed) {
                // Nothing left to revoke (revoked meanwhile by other means): the row ends.
                return m_store.succeed(candidate.requestId, now);
            }
            auto built = revokePlan(*request);
            if (!built.ok() && built.error().code == Error::Code::Storage)
                return built.error();
            CS_TRY(m_stores.audit.append(agentActor(agent), AuditEvent::GrantRevokeStarted, candidate.requestId,
                                         { { QStringLiteral("attempt"), attempt },
                                           { QStringLiteral("dueAt"), isoTime((*row)->dueAt) },
                                           { QStringLiteral("lateMs"), qMax<qint64>(0, now - (*row)->dueAt) } }));
            if (!built.ok()) {
                unusable = built.error();
                return {};
            }
            plan = std::move(built).value();
            return {};
        });
        CS_TRY(s);
        if (unusable)
            CS_TRY(fail(candidate.requestId, agent, attempt, unusable->message));
        else if (plan)
            plans.append(std::move(*plan));
    }
    return plans;
}

Status GrantService::fail(qint64 requestId, const QString& agent, int attempt, const QString& error)
{
    return m_stores.db.transaction([&]() -> Status {
        const qint64 next = m_stores.clock.nowMs() + qint64(backoffSeconds(attempt)) * 1000;
        CS_TRY(m_store.fail(requestId, error, next));
        return m_stores.audit.append(agentActor(agent), AuditEvent::GrantRevokeFailed, requestId,
                                     { { QStringLiteral("attempt"), attempt },
                                       { QStringLiteral("error"), error },
                                       { QStringLiteral("nextAttemptAt"), isoTime(next) } });
    });
}

Status GrantService::finishRevoke(qint64 requestId, const QString& agent, bool succeeded, const QString& error)
{
    int attempt = 0;
    bool failed = false;
    const Status s = m_stores.db.transaction([&]() -> Status {
        auto request = m_stores.requests.loadForChange(requestId);
        CS_TRY(request);
        auto row = m_store.load(requestId, true);
        CS_TRY(row);
        if (!*row || (*row)->state != QLatin1String("running") || (*row)->agent != agent)
            return Error::conflict(
                CoreText::tr("The revoke of request #%1 is not running on agent %2.").arg(requestId).arg(agent));
        attempt = (*row)->attempts;
        if (!succeeded) {
            failed = true;
            return {};
        }
        const qint64 now = m_stores.clock.nowMs();
        CS_TRY(m_store.succeed(requestId, now));
        Request r = *request;
        if (r.state == RequestState::Active) {
            CS_TRY(m_stores.requests.transition(r, RequestState::Revoked, r.phase, now));
            r.state = RequestState::Revoked;
            CS_TRY(m_stores.requests.setActiveUntil(requestId, now)); // when the access really ended
        } else {
            CS_TRY(m_stores.requests.deleteSecrets(requestId)); // a failed grant cleaned up: it stays failed
        }
        QJsonObject payload { { QStringLiteral("dueAt"), isoTime((*row)->dueAt) },
                              { QStringLiteral("startedAt"), isoTime((*row)->startedAt) },
                              { QStringLiteral("lateMs"), (*row)->lateMs() },
                              { QStringLiteral("attempts"), attempt } };
        if (r.state == RequestState::Failed)
            payload.insert(QStringLiteral("cleanup"), true);
        if (!(*row)->earlyBy.isEmpty()) {
            payload.insert(QStringLiteral("earlyBy"), (*row)->earlyBy);
            payload.insert(QStringLiteral("comment"), (*row)->earlyComment);
        }
        return m_stores.audit.append(agentActor(agent), AuditEvent::GrantRevoked, requestId, payload);
    });
    CS_TRY(s);
    if (failed)
        return fail(requestId, agent, attempt, error);
    return {};
}

Result<QList<qint64>> GrantService::recoverInterrupted(const QString& agent)
{
    auto running = m_store.runningOn(agent);
    CS_TRY(running);
    for (qint64 id : std::as_const(*running))
        CS_TRY(finishRevoke(id, agent, false,
                            CoreText::tr("The agent stopped while the revoke script was running; it runs again.")));
    return running;
}

Status checkMayEndEarly(const User& me, const Request& r, const QList<Decision>& decisions)
{
    if (r.requester == me.login || me.roles.contains(Role::Admin))
        return {};
    for (const Decision& d : decisions)
        // The approver, or the delegate who approved for them (as access reviews and the database see it).
        if (d.approve && (d.approver == me.login || d.decidedBy == me.login))
            return {};
    return Error::forbidden(
        CoreText::tr("Only the requester (%1), an admin or an approver of request #%2 can revoke it.")
            .arg(r.requester)
            .arg(r.id));
}

Result<Request> GrantService::revokeEarly(const QString& actor, qint64 requestId, const QString& comment)
{
    const QString login = normalizeLogin(actor);
    const QString text = comment.trimmed();
    if (text.isEmpty())
        return Error::invalid(CoreText::tr("A comment is required to revoke a grant early."));
    if (text.size() > kMaxCommentLength)
        return Error::invalid(CoreText::tr("The comment is longer than %1 characters.").arg(kMaxCommentLength));
    Request r;
    const Status s = m_stores.db.transaction([&]() -> Status {
        auto me = m_stores.directory.activeUser(login);
        CS_TRY(me);
        auto loaded = m_stores.requests.loadForChange(requestId);
        CS_TRY(loaded);
        r = *loaded;
        auto decisions = m_stores.requests.decisions(requestId);
        CS_TRY(decisions);
        CS_TRY(checkMayEndEarly(*me, r, *decisions));
        if (r.state != RequestState::Active)
            return Error::conflict(CoreText::tr("Request #%1 %2; only an active grant can be revoked.")
                                       .arg(requestId)
                                       .arg(stateInSentence(r.state)));
        // Past its end it only waits for the agent's revoke: nothing to end early (as the list says).
        if (r.activeUntil > 0 && r.activeUntil <= m_stores.clock.nowMs())
            return Error::conflict(
                CoreText::tr("The grant of request #%1 has already ended; its revoke is waiting for the agent.")
                    .arg(requestId));
        return endEarly(r, login, text);
    });
    CS_TRY(s);
    return r;
}

Status GrantService::endEarly(Request& r, const QString& login, const QString& text)
{
    const qint64 now = m_stores.clock.nowMs();
    auto moved = m_store.bringForward(r.id, now, login, text);
    CS_TRY(moved);
    if (!*moved)
        return Error::conflict(CoreText::tr("The grant of request #%1 is already being revoked.").arg(r.id));
    CS_TRY(m_stores.requests.setActiveUntil(r.id, now)); // the grant now ends now, not at the old T
    r.activeUntil = now;
    return m_stores.audit.append(login, AuditEvent::GrantRevokeRequested, r.id,
                                 { { QStringLiteral("comment"), text } });
}

Result<std::optional<Revocation>> GrantService::revocation(qint64 requestId)
{
    return m_store.load(requestId);
}

} // namespace cs
