#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <core/policy/policy.h>
#include <core/requests/requeststate.h>

namespace cs {

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
    // Time-bound access (SPEC §4), part of the digest when set: how long the grant lasts (seconds),
    // the earliest start (ms since the epoch) and the active request this one extends (its id).
    qint64 durationSeconds = 0;
    qint64 notBefore = 0;
    qint64 previousRequest = 0;

    RequestState state = RequestState::Pending;
    int phase = 0; // index of the open phase; equals phase count once approval is complete
    qint64 updatedAt = 0;
    qint64 activeUntil = 0; // while active: when the revoke is due (ms); 0 before

    int phaseCount() const { return flow.phases.size(); }
    bool isBypass() const { return !bypass.isEmpty(); }
    QString phaseLabel() const;
    // What every audit event about this request records of it (AuditPayload::requestSummary).
    QJsonObject auditSummary() const; // "phase 1 of 2: Technical review" while pending

    // SHA-256 over the canonical encoding of everything an approval approves (SPEC §4).
    QString computeDigest() const;
    QJsonObject digestInput() const;
};

struct Decision
{
    qint64 id = 0;
    qint64 requestId = 0;
    int phase = 0;
    QString approver;
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
