#include <core/views/granttext.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>

namespace cs::Json {

QJsonObject visibleParameters(const QJsonObject& parameters)
{
    QJsonObject out;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        out.insert(it.key(), isSecretCommitment(it.value()) ? QJsonValue(SecretMask) : it.value());
    return out;
}

QJsonObject request(const Request& r)
{
    QJsonArray phases;
    for (int i = 0; i < r.flow.phases.size(); ++i) {
        const Phase& p = r.flow.phases.at(i);
        const QString status = i < r.phase                       ? QStringLiteral("complete")
            : (i == r.phase && r.state == RequestState::Pending) ? QStringLiteral("open")
                                                                 : QStringLiteral("waiting");
        phases.append(QJsonObject { { QStringLiteral("name"), p.name },
                                    { QStringLiteral("requires"), p.approve.describe(!r.behalfOf.isEmpty()) },
                                    { QStringLiteral("quorum"), p.quorum },
                                    { QStringLiteral("status"), status } });
    }
    QJsonObject o { { QStringLiteral("id"), r.id },
                    { QStringLiteral("action"), r.action },
                    { QStringLiteral("actionVersion"), r.actionVersion },
                    { QStringLiteral("versionDigest"), r.versionDigest },
                    { QStringLiteral("requester"), r.requester },
                    { QStringLiteral("comment"), r.comment },
                    { QStringLiteral("parameters"), visibleParameters(r.parameters) },
                    { QStringLiteral("targets"), QJsonArray::fromStringList(r.targets) },
                    { QStringLiteral("state"), stateName(r.state) },
                    // 1-based: the open phase, the phase a rejection (or expiry, or cancel) ended in, or the
                    // last one once all are done.
                    { QStringLiteral("phase"), r.phase < r.phaseCount() ? r.phase + 1 : r.phaseCount() },
                    { QStringLiteral("phaseCount"), r.phaseCount() },
                    { QStringLiteral("rule"), r.flow.rule },
                    { QStringLiteral("policyRevision"), r.flow.policyRevision },
                    { QStringLiteral("phases"), phases },
                    { QStringLiteral("createdAt"), isoTime(r.createdAt) },
                    { QStringLiteral("deadline"), isoTime(r.deadline) },
                    { QStringLiteral("updatedAt"), isoTime(r.updatedAt) },
                    { QStringLiteral("digest"), r.digest } };
    if (r.isBypass())
        o.insert(QStringLiteral("bypass"), r.bypass);
    if (!r.key.isEmpty())
        o.insert(QStringLiteral("key"), r.key);
    // Issues 17 and 19, only when set: the person the request is for, and its ticket reference.
    if (!r.behalfOf.isEmpty())
        o.insert(QStringLiteral("behalfOf"), r.behalfOf);
    if (!r.ticket.isEmpty())
        o.insert(QStringLiteral("ticket"), r.ticket);
    if (r.requestedAgainFrom > 0) // issue 20: asked again from this ended request
        o.insert(QStringLiteral("requestedAgainFrom"), r.requestedAgainFrom);
    // Issue 16: who was added as approvers, when and why; the later deadline a timeout escalation gave.
    if (!r.escalations.isEmpty()) {
        QJsonArray escalations;
        for (const RequestEscalation& e : r.escalations)
            escalations.append(QJsonObject { { QStringLiteral("phase"), e.phase + 1 },
                                             { QStringLiteral("group"), e.group },
                                             { QStringLiteral("at"), isoTime(e.at) },
                                             { QStringLiteral("reason"), e.reason } });
        o.insert(QStringLiteral("escalations"), escalations);
    }
    if (r.extendedDeadline > 0)
        o.insert(QStringLiteral("extendedDeadline"), isoTime(r.extendedDeadline));
    insertGrantTerms(r, o);
    return o;
}

QJsonObject decision(const Decision& d)
{
    QJsonObject o { { QStringLiteral("approver"), d.approver },
                    { QStringLiteral("verdict"), d.approve ? QStringLiteral("approve") : QStringLiteral("reject") },
                    { QStringLiteral("phase"), d.phase + 1 },
                    { QStringLiteral("comment"), d.comment },
                    { QStringLiteral("basis"), d.basis },
                    { QStringLiteral("requestDigest"), d.requestDigest },
                    { QStringLiteral("decidedAt"), isoTime(d.decidedAt) } };
    if (!d.decidedBy.isEmpty()) // a delegate clicked; the vote is the approver's
        o.insert(QStringLiteral("decidedBy"), d.decidedBy);
    return o;
}

QJsonObject auditEntry(const AuditEntry& e)
{
    QJsonObject o { { QStringLiteral("seq"), e.seq },
                    { QStringLiteral("at"), isoTime(e.at) },
                    { QStringLiteral("actor"), e.actor },
                    { QStringLiteral("event"), e.event },
                    { QStringLiteral("payload"), e.payloadObject() },
                    { QStringLiteral("hash"), e.hash } };
    if (e.requestId > 0)
        o.insert(QStringLiteral("request"), e.requestId);
    return o;
}

QJsonObject details(const RequestDetails& d, const std::optional<Execution>& execution,
                    const std::optional<DispatchAttempt>& dispatch)
{
    QJsonObject o = request(d.request);
    QJsonArray decisions;
    for (const Decision& x : d.decisions)
        decisions.append(decision(x));
    QJsonArray history;
    for (const AuditEntry& e : d.history)
        history.append(auditEntry(e));
    o.insert(QStringLiteral("decisions"), decisions);
    o.insert(QStringLiteral("history"), history);
    o.insert(QStringLiteral("execution"), execution ? QJsonValue(execution->toJson()) : QJsonValue::Null);
    // Why the agent refused it, while that stands (failed for good, or approved and asked again).
    const QString refusal = standingRefusal(d.request, execution, d.history);
    if (!refusal.isEmpty())
        o.insert(QStringLiteral("refusal"), refusal);
    if (dispatch)
        o.insert(QStringLiteral("dispatch"),
                 QJsonObject { { QStringLiteral("agent"), dispatch->agentUrl },
                               { QStringLiteral("attemptedAt"), isoTime(dispatch->attemptedAt) },
                               { QStringLiteral("error"), dispatch->error } });
    if (d.approvers.phase >= 0)
        o.insert(QStringLiteral("whoCanApprove"),
                 QJsonObject { { QStringLiteral("phase"), d.approvers.phase + 1 },
                               { QStringLiteral("phaseName"), d.approvers.phaseName },
                               { QStringLiteral("logins"), QJsonArray::fromStringList(d.approvers.logins) },
                               { QStringLiteral("summary"), d.approvers.summary } });
    o.insert(QStringLiteral("youCanDecide"), d.eligibility.canDecide);
    if (!d.eligibility.canDecide)
        o.insert(QStringLiteral("whyNot"), d.eligibility.reason);
    return o;
}

QJsonObject action(const ActionVersion& v, const PolicyRevision& p, bool approvalRequired)
{
    QJsonObject o = v.definition.toJson();
    o.insert(QStringLiteral("version"), v.version);
    o.insert(QStringLiteral("versionDigest"), v.digest);
    o.insert(QStringLiteral("policy"), p.policy.toJson());
    o.insert(QStringLiteral("policyRevision"), p.revision);
    o.insert(QStringLiteral("approvalRequired"), approvalRequired);
    return o;
}

QJsonObject user(const User& u)
{
    return { { QStringLiteral("login"), u.login },
             { QStringLiteral("name"), u.displayName },
             { QStringLiteral("email"), u.email },
             { QStringLiteral("manager"), u.manager },
             { QStringLiteral("roles"), QJsonArray::fromStringList(u.roles) },
             { QStringLiteral("active"), u.active } };
}

QJsonObject group(const Group& g)
{
    return { { QStringLiteral("name"), g.name },
             { QStringLiteral("description"), g.description },
             { QStringLiteral("members"), QJsonArray::fromStringList(g.members) } };
}

QJsonObject target(const Target& t)
{
    return { { QStringLiteral("name"), t.name },
             { QStringLiteral("kind"), t.kind },
             { QStringLiteral("agent"), t.agentUrl },
             { QStringLiteral("owner"), t.owner },
             { QStringLiteral("attributes"), t.attributes } };
}

} // namespace cs::Json
