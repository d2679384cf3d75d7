#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <agent/httpfront.h>
#include <agent/logging.h>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace cs::agent {
namespace {

constexpr int kMaxHeaders = 64;
// After an answer that closes the connection the client's unread bytes are read and dropped for
// up to this long: closing on unread input sends a reset, which can destroy the answer before the
// client has read it.
constexpr int kDrainMs = 2000;
constexpr int kAcceptRetryMs = 1000;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 500 ? "Client Error" : "Server Error";
    }
}

// Hands accepted descriptors to the front instead of queueing sockets: the front decides, per
// connection, what kind of socket to make and whether there is room for it.
class Listener : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> accept, QObject* parent)
        : QTcpServer(parent)
        , m_accept(std::move(accept))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

} // namespace

QByteArray HttpRequest::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

HttpReply HttpReply::problem(int status, const QString& message)
{
    return { status, { { QStringLiteral("error"), message } }, {} };
}

// One client connection: reads requests one at a time within the limits and answers them.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpFront* front, QTcpSocket* socket, qint64 now)
        : QObject(front)
        , m_front(front)
        , m_socket(socket)
        , m_waitingSince(now)
    {
        socket->setParent(this);
        const HttpLimits& limits = front->m_limits;
        m_bufferCap = qMax(limits.maxHeaderBytes, limits.maxBodyBytes) + 1024;
        // Qt reads no more from the kernel than this, whatever the client sends: backpressure.
        socket->setReadBufferSize(m_bufferCap);
        m_idle.setSingleShot(true);
        m_idle.start(limits.idleSeconds * 1000);
        connect(&m_idle, &QTimer::timeout, this, &HttpConnection::timedOut);
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readable);
        connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        connect(socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                finish();
        });
    }

    qint64 waitingSince() const { return m_waitingSince; }
    bool isClosing() const { return m_state == State::Closing; }

    // Closed at once, without an answer (no room for it, or the agent stops).
    void drop()
    {
        m_done = true; // no call back to the front: the caller forgets this connection itself
        m_idle.stop();
        m_socket->abort();
    }

private:
    enum class State { Head, Body, Chunked, Closing };

    void readable()
    {
        if (m_state == State::Closing) {
            m_socket->skip(m_socket->bytesAvailable());
            return;
        }
        while (m_state != State::Closing && m_socket->bytesAvailable() > 0) {
            const qint64 room = m_bufferCap - m_buffer.size();
            if (room <= 0) {
                refuse(400, QStringLiteral("The request is malformed."));
                return;
            }
            m_buffer += m_socket->read(room);
            process();
        }
        if (m_state == State::Closing && m_socket->bytesAvailable() > 0)
            readable();
    }

    // Takes every complete request in the buffer, in order.
    void process()
    {
        for (;;) {
            switch (m_state) {
            case State::Head:
                if (!readHead())
                    return;
                break;
            case State::Body:
                if (m_buffer.size() < m_remaining)
                    return;
                m_request.body = m_buffer.left(m_remaining);
                m_buffer.remove(0, m_remaining);
                dispatch();
                break;
            case State::Chunked:
                if (!readChunks())
                    return;
                break;
            case State::Closing:
                return;
            }
        }
    }

    // Whether a head was taken (the state moved on); false to wait for more, or after a refusal.
    bool readHead()
    {
        const HttpLimits& limits = m_front->m_limits;
        while (m_buffer.startsWith("\r\n")) // empty lines before a request are allowed (RFC 9112 2.2)
            m_buffer.remove(0, 2);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 ? m_buffer.size() > limits.maxHeaderBytes : end + 4 > limits.maxHeaderBytes) {
            refuse(431, QStringLiteral("The request headers are larger than %1 bytes.").arg(limits.maxHeaderBytes));
            return false;
        }
        if (end < 0)
            return false;
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        m_request = {};
        int status = 400;
        QString why = QStringLiteral("The request is malformed.");
        if (!parseHead(head, &status, &why)) {
            refuse(status, why);
            return false;
        }
        const QByteArray te = m_request.header("transfer-encoding");
        const QByteArray cl = m_request.header("content-length");
        const bool chunked = !te.isEmpty();
        m_remaining = cl.isEmpty() ? 0 : cl.toLongLong();
        const bool hasBody = chunked || m_remaining > 0;
        if (auto refusal = m_front->m_handler.admit(m_request)) {
            send(*refusal, hasBody || !m_keepAlive); // an unread body cannot be skipped safely: close
            return m_state != State::Closing;
        }
        if (m_remaining > limits.maxBodyBytes) {
            refuse(413, QStringLiteral("The request body is larger than %1 bytes.").arg(limits.maxBodyBytes));
            return false;
        }
        if (hasBody && m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_state = chunked ? State::Chunked : State::Body;
        m_chunkLeft = -1;
        return true;
    }

    bool parseHead(const QByteArray& head, int* status, QString* why)
    {
        if (head.contains('\0'))
            return false;
        QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // CRLF only: a bare CR or LF is refused
            if (!lines[i].endsWith('\r'))
                return false;
            lines[i].chop(1);
        }
        for (const QByteArray& line : std::as_const(lines))
            if (line.isEmpty() || line.contains('\r'))
                return false;
        const QList<QByteArray> requestLine = lines.first().split(' ');
        if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/'))
            return false;
        for (char c : requestLine[1])
            if (c <= 0x20 || c >= 0x7f)
                return false;
        const QByteArray& version = requestLine[2];
        if (version != "HTTP/1.1" && version != "HTTP/1.0") {
            if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.')
                *status = 505;
            *why = QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are served.");
            return false;
        }
        m_request.method = requestLine[0];
        const qsizetype query = requestLine[1].indexOf('?');
        m_request.path = query < 0 ? requestLine[1] : requestLine[1].left(query);
        if (lines.size() - 1 > kMaxHeaders) {
            *status = 431;
            *why = QStringLiteral("The request has more than %1 headers.").arg(kMaxHeaders);
            return false;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) // also refuses obsolete line folding
                return false;
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (!isFieldValue(value))
                return false;
            m_request.headers.append({ line.left(colon).toLower(), value });
        }
        int lengths = 0;
        int encodings = 0;
        bool host = false;
        for (const auto& [name, value] : std::as_const(m_request.headers)) {
            if (name == "content-length" && (++lengths > 1 || !isDigits(value)))
                return false;
            if (name == "transfer-encoding") {
                if (++encodings > 1 || value.compare("chunked", Qt::CaseInsensitive) != 0) {
                    *status = 501;
                    *why = QStringLiteral("Only the chunked transfer coding is understood.");
                    return false;
                }
            }
            host = host || name == "host";
        }
        if ((lengths > 0 && encodings > 0) || (version == "HTTP/1.1" && !host))
            return false;
        const QByteArray connection = m_request.header("connection").toLower();
        m_keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
        return true;
    }

    // Whether the chunked body is complete and was answered; false to wait, or after a refusal.
    bool readChunks()
    {
        const int maxBody = m_front->m_limits.maxBodyBytes;
        for (;;) {
            if (m_chunkLeft < 0) { // a chunk-size line
                const qsizetype eol = m_buffer.indexOf("\r\n");
                if (eol < 0) {
                    if (m_buffer.size() > 256)
                        refuse(400, QStringLiteral("The chunked body is malformed."));
                    return false;
                }
                QByteArray size = m_buffer.left(eol);
                if (const qsizetype ext = size.indexOf(';'); ext >= 0)
                    size.truncate(ext);
                bool ok = false;
                const qint64 n = size.trimmed().toLongLong(&ok, 16);
                if (!ok || n < 0 || size.trimmed().size() > 15) {
                    refuse(400, QStringLiteral("The chunked body is malformed."));
                    return false;
                }
                if (m_request.body.size() + n > maxBody) {
                    refuse(413, QStringLiteral("The request body is larger than %1 bytes.").arg(maxBody));
                    return false;
                }
                m_buffer.remove(0, eol + 2);
                m_chunkLeft = n;
                if (n == 0)
                    m_trailers = true;
            }
            if (m_trailers) { // trailer fields, ignored, up to an empty line
                if (m_buffer.startsWith("\r\n")) {
                    m_buffer.remove(0, 2);
                    m_trailers = false;
                    dispatch();
                    return true;
                }
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_buffer.size() > m_front->m_limits.maxHeaderBytes)
                        refuse(431, QStringLiteral("The trailer fields are too large."));
                    return false;
                }
                m_buffer.remove(0, end + 4);
                m_trailers = false;
                dispatch();
                return true;
            }
            if (m_buffer.size() < m_chunkLeft + 2)
                return false;
            if (m_buffer.mid(m_chunkLeft, 2) != "\r\n") {
                refuse(400, QStringLiteral("The chunked body is malformed."));
                return false;
            }
            m_request.body += m_buffer.left(m_chunkLeft);
            m_buffer.remove(0, m_chunkLeft + 2);
            m_chunkLeft = -1;
        }
    }

    void dispatch()
    {
        const HttpReply reply = m_front->m_handler.respond(m_request);
        send(reply, !m_keepAlive);
    }

    void refuse(int status, const QString& why) { send(HttpReply::problem(status, why), true); }

    void send(const HttpReply& reply, bool close)
    {
        const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
        out += "Content-Type: application/json\r\nCache-Control: no-store\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
        for (const auto& [name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        out += "\r\n";
        if (m_request.method != "HEAD")
            out += body;
        m_socket->write(out);
        m_request = {};
        if (close) {
            beginClosing();
            return;
        }
        m_state = State::Head;
        m_waitingSince = m_front->m_clock.elapsed();
        m_idle.start(m_front->m_limits.idleSeconds * 1000);
    }

    // The answer goes out, then the sending side is shut (FIN) while what the client still sends
    // is dropped, until it closes or kDrainMs have passed. (TLS: its own close.)
    void beginClosing()
    {
        m_state = State::Closing;
        m_buffer.clear();
        m_idle.start(kDrainMs); // a client that never reads its answer does not keep the connection
        if (qobject_cast<QSslSocket*>(m_socket)) {
            m_socket->disconnectFromHost();
            return;
        }
        const auto shutOutput = [this] {
            if (m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState)
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        };
        connect(m_socket, &QTcpSocket::bytesWritten, this, shutOutput);
        shutOutput();
    }

    void timedOut()
    {
        if (m_state == State::Closing || (m_state == State::Head && m_buffer.isEmpty())) {
            m_socket->abort(); // nothing asked, or the answer had its chance: no answer owed
            finish();
            return;
        }
        refuse(408, QStringLiteral("The request was not completed within %1 s.").arg(m_front->m_limits.idleSeconds));
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_idle.stop();
        m_front->closed(this);
    }

    HttpFront* m_front;
    QTcpSocket* m_socket;
    QTimer m_idle;
    qint64 m_waitingSince;
    qint64 m_bufferCap = 0;
    QByteArray m_buffer;
    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0;
    qint64 m_chunkLeft = -1;
    bool m_trailers = false;
    bool m_keepAlive = true;
    bool m_done = false;
};

HttpFront::HttpFront(const HttpLimits& limits, Handler handler, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    m_clock.start();
}

HttpFront::~HttpFront()
{
    m_connections.clear(); // deleted as children, without calling back
}

quint16 HttpFront::listen(const QHostAddress& address, quint16 port)
{
    if (!m_listener) {
        m_listener = new Listener([this](qintptr d) { accept(d); }, this);
        // Out of descriptors: Qt pauses accepting. The pending connections wait in the kernel's
        // queue and are taken once descriptors are free again, rather than never.
        connect(m_listener, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
            qCWarning(lcAgent).noquote() << QStringLiteral("cannot accept a connection: %1; trying again in %2 ms")
                                                .arg(m_listener->errorString())
                                                .arg(kAcceptRetryMs);
            QTimer::singleShot(kAcceptRetryMs, m_listener, [this] { m_listener->resumeAccepting(); });
        });
    }
    if (!m_listener->listen(address, port))
        return 0;
    return m_listener->serverPort();
}

void HttpFront::close()
{
    if (m_listener)
        m_listener->close();
    const QList<HttpConnection*> open = std::exchange(m_connections, {});
    for (HttpConnection* c : open) {
        c->drop();
        c->deleteLater();
    }
}

void HttpFront::accept(qintptr descriptor)
{
    if (m_connections.size() >= m_limits.maxConnections) {
        // Full: the connection that has waited longest for its client makes room (those closing
        // first). Holding connections open thus never locks others out.
        HttpConnection* victim = nullptr;
        for (HttpConnection* c : std::as_const(m_connections))
            if (!victim || (c->isClosing() && !victim->isClosing())
                || (c->isClosing() == victim->isClosing() && c->waitingSince() < victim->waitingSince()))
                victim = c;
        m_connections.removeOne(victim);
        victim->drop();
        victim->deleteLater();
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
    m_connections.append(new HttpConnection(this, socket, m_clock.elapsed()));
    if (m_tls)
        static_cast<QSslSocket*>(socket)->startServerEncryption();
}

void HttpFront::closed(HttpConnection* connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
}

} // namespace cs::agent
