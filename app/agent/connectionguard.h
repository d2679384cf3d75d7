#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>
#include <agent/httplimits.h>
#include <agent/httpmessage.h>
#include <functional>
#include <optional>

namespace cs::agent {

class GuardedConnection;

// The listener QHttpServer is bound to, and the bounds Qt 6.4's server lacks: it reads any amount
// of headers and body into memory before a handler sees them, and never closes a connection.
// Each socket is made here and gets this guard's readyRead slot before QHttpServer's, so every
// request's line and headers are read here first (in a socket transaction QHttpServer does not
// see) and refused when too large (431) or ambiguous (400), or when admit() says so (a wrong
// method, a missing token); a body beyond the limit is refused by its Content-Length, or while a
// chunked one arrives (413). A refused request never reaches QHttpServer: its reading is cut off
// and the connection closed. Every connection must complete a request within idleSeconds of
// connecting or of its last answer (408); at maxConnections the one waiting longest is closed.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT

public:
    // After the headers, before the body: a reply ends the request there.
    using Admit = std::function<std::optional<HttpReply>(const HttpRequest& head)>;

    ConnectionGuard(const HttpLimits& limits, Admit admit, QObject* parent = nullptr);
    ~ConnectionGuard() override;

    // HTTPS with this configuration (before listening).
    void setTls(const QSslConfiguration& configuration) { m_tls = configuration; }
    // The server the connections are handed to; a refused one is cut off from it.
    void setHttpServer(QObject* server) { m_httpServer = server; }
    int connectionCount() const { return int(m_connections.size()); }
    // QHttpServer answered the request on this socket: the connection waits for the next one.
    void answered(QTcpSocket* socket);
    // Stops listening and closes every connection.
    void closeAll();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class GuardedConnection;
    void forget(GuardedConnection* connection);

    HttpLimits m_limits;
    Admit m_admit;
    std::optional<QSslConfiguration> m_tls;
    QObject* m_httpServer = nullptr;
    QElapsedTimer m_clock;
    QList<GuardedConnection*> m_connections; // oldest first
};

} // namespace cs::agent
