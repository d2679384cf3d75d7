#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrl>
#include <core/common/canonicaljson.h>
#include <core/execution/agentclient.h>

namespace cs {

AgentClient::AgentClient(QObject* parent)
    : QObject(parent)
{ }

void AgentClient::requestExecution(const QString& agentUrl, const QString& token, qint64 requestId)
{
    send("POST", agentUrl, QStringLiteral("/v1/executions"), token, requestId,
         canonicalJson(QJsonObject { { QStringLiteral("requestId"), requestId } }));
}

void AgentClient::fetchExecution(const QString& agentUrl, const QString& token, qint64 requestId)
{
    send("GET", agentUrl, QStringLiteral("/v1/executions/%1").arg(requestId), token, requestId, {});
}

void AgentClient::checkToken(const QString& agentUrl, const QString& token)
{
    // "0" is never a request: an accepted token gets 400, a refused one 401.
    send("GET", agentUrl, QStringLiteral("/v1/executions/0"), token, 0, {});
}

namespace {

// Whether a request that failed without an HTTP status may have reached the agent: not when no
// connection was ever made.
bool mayHaveArrived(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    default:
        return true;
    }
}

} // namespace

void AgentClient::send(const QByteArray& verb, const QString& agentUrl, const QString& path, const QString& token,
                       qint64 requestId, const QByteArray& body)
{
    QString base = agentUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QNetworkRequest request { QUrl(base + path) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, requestId, base, path, verb] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0 && verb == "POST" && mayHaveArrived(reply->error())) {
            // Sent, then no answer (a timeout, a reset): the agent may well have claimed and started it.
            Q_EMIT replied(requestId, {},
                           tr("The agent at %1 did not answer after the request was sent (%2), so the run may or may "
                              "not have started; look with show before trying again.")
                               .arg(base, reply->errorString()),
                           Error::Code::OutcomeUnknown);
        } else if (status == 0) {
            Q_EMIT replied(requestId, {}, tr("The agent at %1 cannot be reached (%2).").arg(base, reply->errorString()),
                           Error::Code::Storage);
        } else if (status == 401) {
            Q_EMIT replied(requestId, {}, tr("The agent at %1 refused the token.").arg(base), Error::Code::Forbidden);
        } else if (requestId == 0 && path.endsWith(QLatin1String("/0"))) {
            Q_EMIT replied(0, {}, status == 400 ? QString() : tr("The agent at %1 answered %2.").arg(base).arg(status),
                           Error::Code::Conflict);
        } else if (status >= 200 && status < 300) {
            Q_EMIT replied(requestId, json, QString(), Error::Code::Conflict);
        } else {
            const QString message = json.value(QStringLiteral("error")).toString();
            Q_EMIT replied(requestId, {},
                           message.isEmpty() ? tr("The agent at %1 answered %2.").arg(base).arg(status) : message,
                           status == 503 ? Error::Code::OutcomeUnknown : Error::Code::Conflict);
        }
    });
}

} // namespace cs
