// RequestService's bulk decisions: the pre-flight preview and deciding many, one transaction each.
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directoryfacts.h>
#include <core/requests/requestservice.h>

namespace cs {

QString DecisionPreview::sentence() const
{
    switch (outcome) {
    case Outcome::CountsTowardPhase:
        return CoreText::tr("Counts toward phase %1 of %2 (%3), which needs more votes.")
            .arg(phase + 1)
            .arg(phaseCount)
            .arg(phaseName);
    case Outcome::CompletesPhase:
        return CoreText::tr("Completes phase %1 of %2 (%3); the next phase opens.")
            .arg(phase + 1)
            .arg(phaseCount)
            .arg(phaseName);
    case Outcome::ApprovesRequest:
        return agents.isEmpty()
            ? CoreText::tr("Approves the request; no agent is set for %1.").arg(targets.join(QStringLiteral(", ")))
            : CoreText::tr("Approves the request and hands it to %1 on %2.")
                  .arg(agents.join(QStringLiteral(", ")), targets.join(QStringLiteral(", ")));
    case Outcome::RejectsRequest:
        return CoreText::tr("Rejects the request; it will not run.");
    case Outcome::Refused:
        return reason;
    }
    return reason;
}

Result<QList<DecisionPreview>> RequestService::previewDecisions(const QString& actor, const QList<qint64>& ids,
                                                                bool approve)
{
    const QString login = normalizeLogin(actor);
    CS_TRY(m_stores.directory.activeUser(login));
    const qint64 now = m_stores.clock.nowMs();
    QList<DecisionPreview> out;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        DecisionPreview p;
        p.id = id;
        auto r = m_stores.requests.load(id);
        if (!r.ok()) {
            // A missing or damaged request is this line's refusal; a database failure ends the preview.
            if (r.error().code != Error::Code::NotFound && r.error().code != Error::Code::Integrity)
                return r.error();
            p.refusal = r.error().code;
            p.reason = r.error().message;
            out.append(p);
            continue;
        }
        auto decisions = m_stores.requests.decisions(id);
        CS_TRY(decisions);
        // Only the people the open phase could count, its requester and targets: a preview of 200
        // requests never reads the whole directory (each decision checks again, fresh).
        auto directory = DirectoryFacts::loadCandidates(m_stores.directory, r->flow.phases.value(r->phase),
                                                        r->requester, r->targets);
        CS_TRY(directory);
        p.action = r->action;
        p.targets = r->targets;
        p.phase = r->phase;
        p.phaseCount = r->phaseCount();
        p.phaseName = r->phase < r->flow.phases.size() ? r->flow.phases.at(r->phase).name : QString();
        // The same eligibility deciding uses, delegations included: a delegate's preview is the delegator's vote.
        auto eligible
            = eligibilityWithDelegations(directory->approver(login, r->subject(), r->targets), *r, *decisions, now);
        CS_TRY(eligible);
        const Eligibility& e = *eligible;
        if (!e.canDecide) {
            p.refusal = e.refusal;
            p.reason = e.reason;
        } else if (!approve) {
            p.outcome = DecisionPreview::Outcome::RejectsRequest;
        } else {
            QList<Decision> with = *decisions;
            Decision vote;
            vote.requestId = id;
            vote.phase = r->phase;
            vote.approver = e.onBehalfOf.isEmpty() ? login : e.onBehalfOf;
            vote.decidedBy = e.onBehalfOf.isEmpty() ? QString() : login;
            vote.approve = true;
            vote.basis = PolicyEngine::toJson(e.matches);
            vote.requestDigest = r->digest;
            vote.decidedAt = now;
            with.append(vote);
            const int next = openPhaseAfter(*r, with);
            p.outcome = next == r->phase  ? DecisionPreview::Outcome::CountsTowardPhase
                : next >= r->phaseCount() ? DecisionPreview::Outcome::ApprovesRequest
                                          : DecisionPreview::Outcome::CompletesPhase;
            for (const QString& name : std::as_const(r->targets))
                if (const Target* t = directory->target(name);
                    t && !t->agentUrl.isEmpty() && !p.agents.contains(t->agentUrl))
                    p.agents.append(t->agentUrl);
        }
        out.append(p);
    }
    return out;
}

QList<BulkDecisionResult> RequestService::decideMany(const QString& actor, const QList<BulkDecisionItem>& items,
                                                     bool approve)
{
    QList<BulkDecisionResult> out;
    QSet<qint64> seen;
    for (const BulkDecisionItem& item : items) {
        if (seen.contains(item.id))
            continue;
        seen.insert(item.id);
        // decide() runs its own transaction: each request stands or falls alone.
        auto r = decide(actor, item.id, approve, item.comment);
        BulkDecisionResult result;
        result.id = item.id;
        if (r.ok()) {
            result.status = BulkDecisionResult::Status::Done;
            result.request = *r;
            result.message = r->state == RequestState::Pending
                ? CoreText::tr("Recorded; request #%1 now waits for %2.").arg(r->id).arg(r->phaseLabel())
                : r->state == RequestState::Approved
                ? CoreText::tr("Request #%1 is approved and ready to run.").arg(r->id)
                : CoreText::tr("Request #%1 is rejected; it will not run.").arg(r->id);
        } else {
            result.status = r.error().code == Error::Code::OutcomeUnknown ? BulkDecisionResult::Status::Unknown
                                                                          : BulkDecisionResult::Status::Refused;
            result.message = r.error().message;
            result.code = r.error().code;
        }
        out.append(result);
    }
    return out;
}

} // namespace cs
