#pragma once

#include <QJsonObject>
#include <core/actions/action.h>
#include <core/directory/directory.h>
#include <core/requests/request.h>
#include <optional>

namespace cs {

namespace ExecutionState {
inline const QString Running = QStringLiteral("running");
inline const QString Succeeded = QStringLiteral("succeeded");
inline const QString Failed = QStringLiteral("failed");
inline const QString TimedOut = QStringLiteral("timed_out");
inline const QString Interrupted = QStringLiteral("interrupted");
// Never started: the agent refused it for good (the action changed after approval); `error` says why.
inline const QString Refused = QStringLiteral("refused");
} // namespace ExecutionState

// The one run of an approved request, as recorded centrally.
struct Execution
{
    qint64 requestId = 0;
    QString agent;
    QString state;
    qint64 claimedAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    std::optional<int> exitCode;
    QString output;
    QString error;

    bool isFinished() const { return state != ExecutionState::Running; }
    QJsonObject toJson() const;
};

// The last time a client tried to hand a request to its agent, and why that failed.
struct DispatchAttempt
{
    QString agentUrl;
    qint64 attemptedAt = 0;
    QString error; // empty: the agent accepted it
};

// Everything an agent needs to run a claimed request: exactly what was approved, secrets revealed.
struct ExecutionPlan
{
    Request request;
    ActionVersion version;
    QList<Target> targets;
    QJsonObject parameters; // canonical values, secrets in clear
    QStringList secretValues; // for masking output
};

} // namespace cs
