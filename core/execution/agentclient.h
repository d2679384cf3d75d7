#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <core/common/result.h>

namespace cs {

// Talks to countersign-agent over HTTP(S). Asynchronous: every call ends in replied().
class AgentClient : public QObject
{
    Q_OBJECT

public:
    explicit AgentClient(QObject* parent = nullptr);

    // Asks the agent to execute a request (it re-checks everything itself).
    void requestExecution(const QString& agentUrl, const QString& token, qint64 requestId);
    void fetchExecution(const QString& agentUrl, const QString& token, qint64 requestId);
    // Whether the agent accepts this token (requestId 0 in replied()).
    void checkToken(const QString& agentUrl, const QString& token);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    // error is empty on success; otherwise one sentence (unreachable, token refused, refusal), and
    // code says which: OutcomeUnknown when the agent answered 503 (its database did not say whether
    // the claim was saved, or it is stopping), so the caller looks before asking again.
    void replied(qint64 requestId, const QJsonObject& execution, const QString& error, cs::Error::Code code);

private:
    void send(const QByteArray& verb, const QString& agentUrl, const QString& path, const QString& token,
              qint64 requestId, const QByteArray& body);

    QNetworkAccessManager m_network;
    int m_timeoutMs = 10000;
};

} // namespace cs
