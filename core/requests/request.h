#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <core/policy/policy.h>
#include <core/requests/requeststate.h>

namespace cs {

// A fallback group that also counts as approvers of one phase from `at` on (issue 16): after the
// phase's escalation delay, or as the policy's timeout outcome. Kept beside the request, not in
// its digest: what was asked for does not change, only who may answer.
struct RequestEscalation
{
    int phase = 0;
    QString group;
    qint64 at = 0;
    QString reason; // "escalation" (the phase's delay) or "timeout"
};

// A submitted request. Everything but state, phase and updatedAt is immutable after submit,
// and the digest over the immutable part is checked whenever a request is read back.
struct Request
{
    qint64 id = 0;
    QString action;
    int actionVersion = 0;
    QString versionDigest;
    QString requester;
    QString comment;
    QJsonObject parameters; // canonical values; secrets replaced by their commitment
    QStringList targets; // sorted target names
    Flow flow; // the policy snapshot: the rule that matched and its phases
    qint64 createdAt = 0;
    qint64 deadline = 0;
    QJsonObject bypass; // empty unless approved without a vote: {"reason", "group"}
    QString digest;
    // The requester's own name for this submission (idempotent submit); not part of the digest:
    // it names the asking, not what is approved. Empty when none was given.
    QString key;
    // Issue 16, outside the digest: escalations so far, and the deadline a timeout escalation set
    // (0: none; the request's own deadline stays what was approved against).
    QList<RequestEscalation> escalations;
    qint64 extendedDeadline = 0;
    // Time-bound access (SPEC §4), part of the digest when set: how long the grant lasts (seconds),
    // the earliest start (ms since the epoch) and the active request this one extends (its id).
    qint64 durationSeconds = 0;
    qint64 notBefore = 0;
    qint64 previousRequest = 0;
    // Part of the digest when set (migration 17): the person this request is made for (issue 17),
    // and the ticket reference the policy's intake asked for (issue 19).
    QString behalfOf;
    QString ticket;
    // "Request again" (issue 20), outside the digest: the ended request this one was asked anew from
    // (0: none). Not an extension: nothing of the old request carries over but its wording.
    qint64 requestedAgainFrom = 0;

    RequestState state = RequestState::Pending;
    int phase = 0; // index of the open phase; equals phase count once approval is complete
    qint64 updatedAt = 0;
    qint64 activeUntil = 0; // while active: when the revoke is due (ms); 0 before

    int phaseCount() const { return flow.phases.size(); }
    // Whom the request is for: the beneficiary when made on someone's behalf, else the requester.
    // Their manager and team are the ones "manager" and "teamMember" criteria mean.
    QString subject() const { return behalfOf.isEmpty() ? requester : behalfOf; }
    // Neither the requester nor the beneficiary may decide it.
    bool isParty(const QString& login) const
    {
        return login == requester || (!behalfOf.isEmpty() && login == behalfOf);
    }
    // "alice" or "alice for maria", as lists and the timeline show who asked.
    QString requesterLabel() const;
    // When undecided requests time out: the deadline, or the later one a timeout escalation gave.
    qint64 effectiveDeadline() const { return qMax(deadline, extendedDeadline); }
    // The phase as votes are counted in it: its expression, or any of it and the groups it was
    // escalated to. The one place escalation widens eligibility.
    Phase effectivePhase(int index) const;
    QList<Phase> effectivePhases() const;
    QList<RequestEscalation> escalationsOf(int phase) const;
    bool isBypass() const { return !bypass.isEmpty(); }
    QString phaseLabel() const;
    // What every audit event about this request records of it (AuditPayload::requestSummary).
    QJsonObject auditSummary() const; // "phase 1 of 2: Technical review" while pending

    // SHA-256 over the canonical encoding of everything an approval approves (SPEC §4).
    QString computeDigest() const;
    // The same digest written from the JSON columns as stored (parameters, targets, policy,
    // bypass; Countersign stores their canonical text) and this request's other fields: no JSON
    // parsed or written. Empty when a value needs the general writer. Equal to `digest` only if
    // computeDigest() is too; a stored text that is not canonical (an older writer's) makes it
    // differ, and the caller then asks computeDigest().
    QString digestOfStoredText(QByteArrayView parameters, QByteArrayView targets, QByteArrayView policy,
                               QByteArrayView bypass) const;
    QJsonObject digestInput() const;
};

struct Decision
{
    qint64 id = 0;
    qint64 requestId = 0;
    int phase = 0;
    QString approver; // whose vote it is
    QString decidedBy; // who clicked, when a delegate decided for the approver; empty otherwise
    bool approve = false;
    QString comment;
    QJsonArray basis; // the criteria that made the vote count, as recorded at decision time
    QString requestDigest;
    qint64 decidedAt = 0;
};

// Commitment to a secret value: reveals nothing, and lets the executor check the value it gets.
QString secretCommitment(const QByteArray& salt, const QString& value);
bool isSecretCommitment(const QJsonValue& value);

} // namespace cs
