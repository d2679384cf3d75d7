#pragma once

#include <QStringList>
#include <core/common/result.h>
#include <core/requests/request.h>

namespace cs {

// What one approve or reject would do to one request, as core's eligibility and phase logic
// compute it now, before anything is written (the pre-flight summary of a bulk decision).
struct DecisionPreview
{
    enum class Outcome {
        CountsTowardPhase, // approve: a vote in the open phase, which still needs more
        CompletesPhase, // approve: the open phase is done, the next one opens
        ApprovesRequest, // approve: the last phase is done, the request goes to its agents
        RejectsRequest, // reject: the request is rejected
        Refused, // this person may not decide it now (reason says why)
    };

    qint64 id = 0;
    Outcome outcome = Outcome::Refused;
    QString action; // empty when the request could not be read
    QStringList targets;
    QStringList agents; // the agents that will run it (ApprovesRequest), one per target that names one
    int phase = 0; // the open phase (0-based) the decision is made in
    int phaseCount = 0;
    QString phaseName;
    QString reason; // Refused: the sentence core refuses with
    Error::Code refusal = Error::Code::Forbidden;

    bool willDecide() const { return outcome != Outcome::Refused; }
    // One sentence for people: "Completes phase 1 of 2 (Technical review)", or the refusal.
    QString sentence() const;
};

// What decideMany did with one request: done (with the request as it now is), refused (and
// why), or unknown (the connection broke while committing; look before deciding again).
struct BulkDecisionResult
{
    enum class Status { Done, Refused, Unknown };
    qint64 id = 0;
    Status status = Status::Refused;
    QString message;
    Error::Code code = Error::Code::Conflict; // Refused, Unknown: why, as a code (exit codes)
    Request request; // Done: the request after the decision
};

// One comment per request (a bulk decision may give one for all or one each).
struct BulkDecisionItem
{
    qint64 id = 0;
    QString comment;
};

} // namespace cs
