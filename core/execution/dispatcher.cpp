#include <core/execution/dispatcher.h>

namespace cs {

Dispatcher::Dispatcher(ExecutionService& executions, RequestStore& requests, CredentialStore& credentials,
                       QObject* parent)
    : QObject(parent)
    , m_executions(executions)
    , m_requests(requests)
    , m_credentials(credentials)
{
    connect(&m_client, &AgentClient::replied, this,
            [this](qint64 id, const QJsonObject&, const QString& error, Error::Code code) {
                if (id == 0 || !m_urls.contains(id))
                    return;
                const QString url = m_urls.take(id);
                if (const Status s = m_executions.recordDispatch(id, url, error); !s.ok()) {
                    Q_EMIT dispatched(id, s.error().message, s.error().code);
                    return;
                }
                Q_EMIT dispatched(id, error, code);
            });
}

void Dispatcher::dispatch(qint64 requestId)
{
    auto request = m_requests.load(requestId);
    if (!request.ok()) {
        Q_EMIT dispatched(requestId, request.error().message, request.error().code);
        return;
    }
    auto url = m_executions.agentUrlFor(*request);
    if (!url.ok()) {
        Q_EMIT dispatched(requestId, url.error().message, url.error().code);
        return;
    }
    const QString fromEnvironment = qEnvironmentVariable("COUNTERSIGN_AGENT_TOKEN");
    if (!fromEnvironment.isEmpty()) {
        dispatchWithToken(requestId, *url, fromEnvironment);
        return;
    }
    auto token = m_credentials.read(agentTokenKey(*url));
    if (!token.ok()) {
        Q_EMIT tokenMissing(requestId, *url, token.error().message);
        return;
    }
    dispatchWithToken(requestId, *url, *token);
}

void Dispatcher::dispatchWithToken(qint64 requestId, const QString& agentUrl, const QString& token)
{
    m_urls.insert(requestId, agentUrl);
    m_client.requestExecution(agentUrl, token, requestId);
}

} // namespace cs
