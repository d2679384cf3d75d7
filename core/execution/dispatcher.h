#pragma once

#include <QObject>
#include <core/execution/agentclient.h>
#include <core/execution/credentialstore.h>
#include <core/execution/executionservice.h>

namespace cs {

// Hands an approved request to the agent that serves its target, with this client's token for
// that agent, and records the attempt (so a failure is visible to everyone: "waiting for the
// agent: connection refused"). The agent's sweep runs it later anyway; this only makes it prompt.
class Dispatcher : public QObject
{
    Q_OBJECT

public:
    Dispatcher(ExecutionService& executions, RequestStore& requests, CredentialStore& credentials,
               QObject* parent = nullptr);

    // Token from $COUNTERSIGN_AGENT_TOKEN, else the credential store; tokenMissing() if neither has one.
    void dispatch(qint64 requestId);
    void dispatchWithToken(qint64 requestId, const QString& agentUrl, const QString& token);

    AgentClient& client() { return m_client; }

Q_SIGNALS:
    void tokenMissing(qint64 requestId, const QString& agentUrl, const QString& why);
    // error empty: the agent took it; otherwise code tells an unknown outcome from a refusal.
    void dispatched(qint64 requestId, const QString& error, cs::Error::Code code);

private:
    ExecutionService& m_executions;
    RequestStore& m_requests;
    CredentialStore& m_credentials;
    AgentClient m_client;
    QHash<qint64, QString> m_urls;
};

} // namespace cs
