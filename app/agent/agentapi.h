#pragma once

#include <QByteArray>
#include <optional>

namespace cs::agent {

// The agent's HTTP API read strictly: one spelling per request. A request number is written in
// plain digits, never "+4", "04", "%204" or "4%00", and a body names it exactly once, so that a
// proxy, a log and the agent can never disagree about which request was asked for.
struct AgentRoute
{
    enum class Endpoint { None, Health, Executions, Execution, WebhookReply };

    Endpoint endpoint = Endpoint::None;
    QByteArray allow; // the methods served, for 405's Allow header
    bool needsToken = false;
    std::optional<qint64> id; // /v1/executions/{id}: empty when the id is not a request number

    bool allows(const QByteArray& method) const;
};

AgentRoute routeFor(const QByteArray& path);

// The request number from {"requestId": N}: an object with that one member, N a positive whole
// number in plain digits. Empty for anything else (duplicate keys, other members, "4", 4.0, -4).
std::optional<qint64> requestIdFromBody(const QByteArray& body);

// "4" but not "+4", "04", "4 ", "" or a number beyond 2^53 (JSON's exact integers).
std::optional<qint64> plainRequestNumber(QByteArrayView digits);

} // namespace cs::agent
