#include <QJsonDocument>
#include <QJsonObject>
#include <agent/agentapi.h>

namespace cs::agent {

bool AgentRoute::allows(const QByteArray& method) const
{
    return allow.split(',').contains(method) || (method == "HEAD" && allow.contains("GET"));
}

AgentRoute routeFor(const QByteArray& path)
{
    static const QByteArray executionPrefix = "/v1/executions/";
    if (path == "/v1/health")
        return { AgentRoute::Endpoint::Health, "GET,HEAD", false, std::nullopt };
    if (path == "/v1/executions")
        return { AgentRoute::Endpoint::Executions, "POST", true, std::nullopt };
    if (path == "/v1/approval-webhooks/reply") // issue 17: the token in the body is the credential
        return { AgentRoute::Endpoint::WebhookReply, "POST", false, std::nullopt };
    if (path.startsWith(executionPrefix))
        return { AgentRoute::Endpoint::Execution, "GET,HEAD", true,
                 plainRequestNumber(QByteArrayView(path).sliced(executionPrefix.size())) };
    return {};
}

std::optional<qint64> plainRequestNumber(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 16 || digits.front() == '0')
        return std::nullopt;
    qint64 n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n > (qint64(1) << 53))
        return std::nullopt;
    return n;
}

std::optional<qint64> requestIdFromBody(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    if (object.size() != 1 || !object.value(QStringLiteral("requestId")).isDouble())
        return std::nullopt;
    // QJsonDocument keeps the last of duplicate keys: the text must have exactly one member, and
    // its value is read from the text itself (QJsonValue would take 4.0 or 4e0 for 4).
    int depth = 0;
    bool inString = false;
    qsizetype colon = -1;
    qsizetype close = -1;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                close = i;
        } else if (depth == 1 && c == ',') {
            return std::nullopt; // a second member: with one key left after parsing, a duplicate
        } else if (depth == 1 && c == ':' && colon < 0) {
            colon = i;
        }
    }
    if (colon < 0 || close < colon)
        return std::nullopt;
    return plainRequestNumber(QByteArrayView(body).sliced(colon + 1, close - colon - 1).trimmed());
}

} // namespace cs::agent
