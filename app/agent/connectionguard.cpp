#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <agent/apilanguage.h>
#include <agent/connectionguard.h>
#include <agent/logging.h>
#include <agent/requesthead.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cs::agent {
namespace {

// After an answer that closes the connection the client's unread bytes are read and dropped for
// up to this long: closing on unread input sends a reset, which can destroy the answer before the
// client has read it.
constexpr int kDrainMs = 2000;
constexpr int kAcceptRetryMs = 1000;
// A chunked body is counted as it arrives, framing included: twice the body limit leaves room for
// the chunk sizes; QHttpServer's assembled body is held to the limit itself.
constexpr int kChunkedFactor = 2;

} // namespace

// One client connection as the guard sees it. The socket is its child (QHttpServer may delete it
// first, on disconnect).
class GuardedConnection : public QObject
{
public:
    GuardedConnection(ConnectionGuard* guard, QTcpSocket* socket, qint64 now)
        : QObject(guard)
        , m_guard(guard)
        , m_socket(socket)
        , m_waitingSince(now)
    {
        socket->setParent(this);
        const HttpLimits& limits = guard->m_limits;
        // Qt reads no more from the kernel than this, whatever the client sends: backpressure. A
        // request is kept whole in the socket's buffer until QHttpServer has all of it.
        socket->setReadBufferSize(limits.maxHeaderBytes + kChunkedFactor * limits.maxBodyBytes + 1024);
        m_idle.setSingleShot(true);
        m_idle.start(limits.idleSeconds * 1000);
        connect(&m_idle, &QTimer::timeout, this, &GuardedConnection::timedOut);
        // Before QHttpServer's (it connects once the socket is handed over): runs first.
        connect(socket, &QTcpSocket::readyRead, this, &GuardedConnection::readable);
        connect(socket, &QTcpSocket::disconnected, this, &GuardedConnection::finish);
        connect(socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
                finish();
        });
        connect(socket, &QObject::destroyed, this, &GuardedConnection::finish);
    }

    QTcpSocket* socket() const { return m_socket; }
    qint64 waitingSince() const { return m_waitingSince; }
    bool isClosing() const { return m_state == State::Closing; }

    void answered()
    {
        if (m_state == State::Closing)
            return;
        m_afterChunked = m_state == State::Chunked;
        m_state = State::Head;
        m_bodySeen = 0;
        if (!m_keepAlive) {
            beginClosing();
            return;
        }
        m_waitingSince = m_guard->m_clock.elapsed();
        m_idle.start(m_guard->m_limits.idleSeconds * 1000);
    }

    // Closed at once, without an answer (no room for it, or the agent stops).
    void drop()
    {
        m_done = true; // no call back to the guard: the caller forgets this connection itself
        m_idle.stop();
        if (m_socket)
            m_socket->abort();
        deleteLater();
    }

private:
    enum class State { Head, Body, Chunked, Closing };

    void readable()
    {
        if (!m_socket)
            return;
        if (m_state == State::Body || m_state == State::Chunked)
            countBody(m_socket->bytesAvailable()); // what QHttpServer is about to read
        else
            while (m_state == State::Head && m_socket->bytesAvailable() > 0 && readHead()) { }
        if (m_state == State::Closing)
            m_socket->skip(m_socket->bytesAvailable());
    }

    // Reads the head in a transaction of the guard's own, so that QHttpServer (next in line)
    // reads nothing until it is complete and acceptable. True when the head was answered here and
    // the connection goes on with what follows it.
    bool readHead()
    {
        const HttpLimits& limits = m_guard->m_limits;
        if (m_socket->isTransactionStarted() && m_head.isEmpty()) {
            // QHttpServer's: it opens one on every readyRead, even with nothing to read. After a
            // chunked body it may hold bytes beyond the request's end, unseen here: refused.
            if (m_afterChunked) {
                refuse(HttpReply::problem(400, AgentText::tr("Send one request at a time: wait for each answer.")));
                return false;
            }
            m_socket->rollbackTransaction(); // empty, or a CRLF after a body
        }
        if (!m_socket->isTransactionStarted())
            m_socket->startTransaction();
        m_head += m_socket->readAll();
        // The refusals below follow the caller's Accept-Language, read even from an oversized head.
        m_language = apiLanguageInRawHead(m_head);
        const ApiLanguageScope language(m_language);
        qsizetype start = 0;
        while (m_head.mid(start, 2) == "\r\n") // empty lines before a request are allowed (RFC 9112 2.2)
            start += 2;
        const qsizetype end = m_head.indexOf("\r\n\r\n", start);
        if ((end < 0 ? m_head.size() : end + 4) - start > limits.maxHeaderBytes) {
            refuse(HttpReply::problem(
                431, AgentText::tr("The request headers are larger than %1 bytes.").arg(limits.maxHeaderBytes)));
            return false;
        }
        if (end < 0)
            return false; // more to come; meanwhile QHttpServer reads nothing
        const RequestHead head = RequestHead::parse(m_head.mid(start, end - start));
        const qsizetype headSize = end + 4;
        const qsizetype bodyHere = m_head.size() - headSize;
        m_head.clear();
        m_headOnly = head.request.method == "HEAD";
        m_keepAlive = head.keepAlive;
        if (head.refusal) {
            refuse(HttpReply::problem(head.refusal, head.why));
            return false;
        }
        const bool hasBody = head.chunked || head.contentLength > 0;
        if (hasBody && (head.request.method == "GET" || head.request.method == "HEAD")) {
            // Nothing here reads one, and unread it would be where a second request hides.
            refuse(HttpReply::problem(
                400, AgentText::tr("A %1 request carries no body.").arg(QString::fromLatin1(head.request.method))));
            return false;
        }
        if (auto refusal = m_guard->m_admit(head.request)) {
            if (hasBody || !m_keepAlive) { // an unread body cannot be skipped safely: close
                refuse(*refusal);
                return false;
            }
            // Answered here; QHttpServer never sees this request, and reads what follows it.
            m_socket->rollbackTransaction();
            m_socket->skip(headSize);
            m_socket->write(refusal->serialized(m_headOnly, false));
            answered();
            return m_state == State::Head;
        }
        if (head.contentLength > limits.maxBodyBytes) {
            refuse(HttpReply::problem(
                413, AgentText::tr("The request body is larger than %1 bytes.").arg(limits.maxBodyBytes)));
            return false;
        }
        if (hasBody && head.expectsContinue)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"); // QHttpServer 6.4 does not
        m_state = head.chunked ? State::Chunked : State::Body;
        m_bodyExpected = head.contentLength;
        m_bodySeen = 0;
        m_socket->rollbackTransaction(); // QHttpServer reads it all, from the request line
        countBody(bodyHere);
        return false;
    }

    void countBody(qint64 bytes)
    {
        const ApiLanguageScope language(m_language);
        m_bodySeen += bytes;
        const int maxBody = m_guard->m_limits.maxBodyBytes;
        if (m_state == State::Chunked && m_bodySeen > qint64(kChunkedFactor) * maxBody)
            refuse(HttpReply::problem(413, AgentText::tr("The request body is larger than %1 bytes.").arg(maxBody)));
        else if (m_state == State::Body && m_bodySeen > m_bodyExpected + 2) // a CRLF after a body is tolerated
            refuse(HttpReply::problem(400, AgentText::tr("Send one request at a time: wait for each answer.")));
    }

    // Answers and closes: QHttpServer reads nothing more from this connection.
    void refuse(const HttpReply& reply)
    {
        if (m_guard->m_httpServer)
            QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_guard->m_httpServer, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->write(reply.serialized(m_headOnly, true));
        beginClosing();
    }

    // The answer goes out, then the sending side is shut (FIN) while what the client still sends
    // is dropped, until it closes or kDrainMs have passed. (TLS: its own close.)
    void beginClosing()
    {
        m_state = State::Closing;
        m_head.clear();
        m_idle.start(kDrainMs); // a client that never reads its answer does not keep the connection
        m_socket->skip(m_socket->bytesAvailable());
        if (qobject_cast<QSslSocket*>(m_socket)) {
            m_socket->disconnectFromHost();
            return;
        }
        const auto shutOutput = [this] {
            if (m_socket && m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState)
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        };
        connect(m_socket, &QTcpSocket::bytesWritten, this, shutOutput);
        shutOutput();
    }

    void timedOut()
    {
        if (!m_socket || m_state == State::Closing || (m_state == State::Head && m_head.isEmpty())) {
            if (m_socket)
                m_socket->abort(); // nothing asked, or the answer had its chance: no answer owed
            finish();
            return;
        }
        const ApiLanguageScope language(m_language);
        refuse(HttpReply::problem(
            408, AgentText::tr("The request was not completed within %1 s.").arg(m_guard->m_limits.idleSeconds)));
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_idle.stop();
        m_guard->forget(this);
    }

    ConnectionGuard* m_guard;
    QPointer<QTcpSocket> m_socket;
    QTimer m_idle;
    qint64 m_waitingSince;
    State m_state = State::Head;
    QByteArray m_head; // the request line and headers so far (at most maxHeaderBytes and a read)
    qint64 m_bodyExpected = 0;
    qint64 m_bodySeen = 0;
    bool m_afterChunked = false; // the last request answered had a chunked body
    ApiLanguage m_language = ApiLanguage::English; // of the request being read
    bool m_headOnly = false;
    bool m_keepAlive = true;
    bool m_done = false;
};

ConnectionGuard::ConnectionGuard(const HttpLimits& limits, Admit admit, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_admit(std::move(admit))
{
    m_clock.start();
    // Out of descriptors: Qt pauses accepting. The pending connections wait in the kernel's queue
    // and are taken once descriptors are free again, rather than never.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcAgent).noquote() << QStringLiteral("cannot accept a connection: %1; trying again in %2 ms")
                                            .arg(errorString())
                                            .arg(kAcceptRetryMs);
        QTimer::singleShot(kAcceptRetryMs, this, [this] { resumeAccepting(); });
    });
}

ConnectionGuard::~ConnectionGuard()
{
    m_connections.clear(); // deleted as children, without calling back
}

void ConnectionGuard::answered(QTcpSocket* socket)
{
    for (GuardedConnection* c : std::as_const(m_connections))
        if (c->socket() == socket) {
            c->answered();
            return;
        }
}

void ConnectionGuard::closeAll()
{
    close();
    const QList<GuardedConnection*> open = std::exchange(m_connections, {});
    for (GuardedConnection* c : open)
        c->drop();
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    if (m_connections.size() >= m_limits.maxConnections) {
        // Full: the connection that has waited longest for its client makes room (those closing
        // first). Holding connections open thus never locks others out.
        GuardedConnection* victim = nullptr;
        for (GuardedConnection* c : std::as_const(m_connections))
            if (!victim || (c->isClosing() && !victim->isClosing())
                || (c->isClosing() == victim->isClosing() && c->waitingSince() < victim->waitingSince()))
                victim = c;
        m_connections.removeOne(victim);
        victim->drop();
    }
    QTcpSocket* socket = nullptr;
    if (m_tls) {
        auto* tls = new QSslSocket;
        tls->setSslConfiguration(*m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    m_connections.append(new GuardedConnection(this, socket, m_clock.elapsed()));
    addPendingConnection(socket); // QHttpServer takes it on newConnection, after this returns
    if (m_tls)
        static_cast<QSslSocket*>(socket)->startServerEncryption();
}

void ConnectionGuard::forget(GuardedConnection* connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
}

} // namespace cs::agent
