#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <agent/httplimits.h>
#include <functional>
#include <optional>

class QTcpServer;

namespace cs::agent {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method; // as sent (methods are case-sensitive)
    QByteArray path; // the target before any '?', not decoded
    HttpHeaders headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const;
};

struct HttpReply
{
    int status = 200;
    QJsonObject body;
    HttpHeaders headers;

    static HttpReply problem(int status, const QString& message);
};

class HttpConnection;

// The agent's HTTP/1.1 server: its own listener and a strict parser, because QHttpServer (6.4)
// reads any amount of headers and body into memory before a handler sees them and has no way to
// bound connections or idle time. Here a request is refused at its headers when they are too
// large or malformed (400/431, and the connection is closed), or when the handler's admit() says
// so (a wrong method, a missing token: the body is then never read); a body beyond the limit is
// refused by its Content-Length before it is read, or while a chunked one arrives (413). Every
// connection must complete a request within idleSeconds of connecting or of its last answer;
// at maxConnections the one waiting longest is closed to make room for the newcomer.
class HttpFront : public QObject
{
    Q_OBJECT

public:
    struct Handler
    {
        // After the headers, before the body: a reply ends the request there.
        std::function<std::optional<HttpReply>(const HttpRequest& head)> admit;
        std::function<HttpReply(const HttpRequest& request)> respond;
    };

    HttpFront(const HttpLimits& limits, Handler handler, QObject* parent = nullptr);
    ~HttpFront() override;

    // Serve HTTPS with this configuration (before listen()).
    void setTls(const QSslConfiguration& configuration) { m_tls = configuration; }
    // The port listened on, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);
    // Stops listening; open connections are closed.
    void close();
    int connectionCount() const { return int(m_connections.size()); }

private:
    friend class HttpConnection;
    void accept(qintptr descriptor);
    void closed(HttpConnection* connection);

    HttpLimits m_limits;
    Handler m_handler;
    std::optional<QSslConfiguration> m_tls;
    QTcpServer* m_listener = nullptr;
    QElapsedTimer m_clock;
    QList<HttpConnection*> m_connections; // oldest first
};

} // namespace cs::agent
