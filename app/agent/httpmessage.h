#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace cs::agent {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// What the agent's handlers see of a request: the same whether it comes from ConnectionGuard's
// look at the headers (no body yet) or from QHttpServer (complete).
struct HttpRequest
{
    QByteArray method; // as sent (methods are case-sensitive)
    QByteArray path; // the target before any '?', not decoded
    HttpHeaders headers; // names in lower case
    QByteArray body;
    QString peerAddress; // the caller's address (empty in the guard's look at the headers)

    QByteArray header(const QByteArray& lowerCaseName) const;
    static HttpRequest from(const QHttpServerRequest& request);
};

struct HttpReply
{
    int status = 200;
    QJsonObject body;
    HttpHeaders headers;

    static HttpReply problem(int status, const QString& message);
    // The whole answer as sent: JSON body (none for HEAD), its length, and `Connection: close` if asked.
    QByteArray serialized(bool headOnly, bool close) const;
    // Through QHttpServer's responder: the same headers, no body for HEAD.
    void writeTo(QHttpServerResponder& responder, bool headOnly) const;
};

} // namespace cs::agent
