#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace cs {

// SPEC §4: pending(phase k of n) -> approved -> running -> succeeded | failed;
// approved -> failed when the agent refuses it for good (its action changed after approval);
// pending -> rejected | expired | cancelled; succeeded -> active(until T) -> revoked.
enum class RequestState {
    Pending,
    Approved,
    Rejected,
    Expired,
    Cancelled,
    Running,
    Succeeded,
    Failed,
    Active,
    Revoked
};

// Every state in lifecycle order, with its stable name (storage, CLI, JSON, filters).
const QList<RequestState>& allStates();
QString stateName(RequestState state);
std::optional<RequestState> stateFromName(const QString& name);
QStringList allStateNames();

// The single table of allowed transitions; every state change in core goes through it.
bool canTransition(RequestState from, RequestState to);
bool isTerminal(RequestState state);

// The state in the person's words ("pending", German "offen"); stateName() stays the code.
QString stateLabel(RequestState state);

// The state as the rest of a sentence about a request: "was rejected", "has already run".
QString stateInSentence(RequestState state);

} // namespace cs
