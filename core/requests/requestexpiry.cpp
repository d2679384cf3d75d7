#include <core/audit/auditevents.h>
#include <core/audit/auditlog.h>
#include <core/policy/policyengine.h>
#include <core/requests/requestexpiry.h>
#include <core/requests/requeststore.h>

namespace cs {
namespace {

Status plainExpiry(const Stores& stores, Request& r, const QString& actor)
{
    CS_TRY(stores.requests.transition(r, RequestState::Expired, r.phase, stores.clock.nowMs()));
    const QString previous = stateName(r.state);
    r.state = RequestState::Expired;
    return stores.audit.append(actor, AuditEvent::RequestExpired, r.id,
                               AuditPayload::expired(r.auditSummary(), r.effectiveDeadline(), previous));
}

} // namespace

Status expireRequest(const Stores& stores, Request& r, const QString& actor)
{
    const TimeoutOutcome& outcome = r.flow.timeout;
    if (r.state != RequestState::Pending || outcome.kind == TimeoutOutcome::Kind::Expire)
        return plainExpiry(stores, r, actor);
    if (outcome.kind == TimeoutOutcome::Kind::Reject) {
        CS_TRY(stores.requests.transition(r, RequestState::Rejected, r.phase, stores.clock.nowMs()));
        r.state = RequestState::Rejected;
        QJsonObject payload = r.auditSummary();
        payload.insert(QStringLiteral("timeout"), true);
        payload.insert(QStringLiteral("deadline"), QString::number(r.effectiveDeadline()));
        return stores.audit.append(actor, AuditEvent::RequestRejected, r.id, payload);
    }
    // Escalate, once: the second deadline passing is a plain expiry.
    if (r.extendedDeadline > 0)
        return plainExpiry(stores, r, actor);
    const qint64 from = qMax(r.deadline, stores.clock.nowMs());
    return escalateRequest(stores, r, outcome.group, QStringLiteral("timeout"), actor,
                           from + qint64(outcome.extendHours) * 3600 * 1000);
}

Status escalateRequest(const Stores& stores, Request& r, const QString& group, const QString& reason,
                       const QString& actor, qint64 newDeadline)
{
    const qint64 now = stores.clock.nowMs();
    // Already in the open phase's audience (named by it, or escalated to before): no second index row.
    bool indexed = false;
    const Phase open = r.effectivePhase(r.phase); // held here: the criteria point into it
    for (const Expression* leaf : PolicyEngine::positiveCriteria(open))
        indexed = indexed || (leaf->kind == CriterionKind::Group && leaf->value == group);
    r.escalations.append({ r.phase, group, now, reason });
    if (newDeadline > 0)
        r.extendedDeadline = newDeadline;
    CS_TRY(stores.requests.saveEscalations(r, now));
    // The pending queue finds requests by their audience: the group joins the open phase's.
    if (!indexed)
        CS_TRY(stores.requests.insertAudience(r.id, { { r.phase, QStringLiteral("group"), group } }));
    const QString phaseName = r.phase < r.flow.phases.size() ? r.flow.phases.at(r.phase).name : QString();
    QJsonObject payload = r.auditSummary();
    payload.insert(QStringLiteral("phase"), r.phase);
    payload.insert(QStringLiteral("phaseName"), phaseName);
    payload.insert(QStringLiteral("group"), group);
    payload.insert(QStringLiteral("reason"), reason);
    if (newDeadline > 0)
        payload.insert(QStringLiteral("deadline"), QString::number(newDeadline));
    return stores.audit.append(actor, AuditEvent::RequestEscalated, r.id, payload);
}

} // namespace cs
