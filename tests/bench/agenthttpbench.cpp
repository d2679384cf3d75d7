// The agent's HTTP front under held connections: its resident memory and /v1/health latency
// while 500 clients hold idle connections and 50 send a request one byte at a time.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <bench/benchmark.h>
#include <support/agentprocess.h>

namespace {

// One GET /v1/health on a fresh connection; its time in ms, or -1 without a 200 within 5 s.
// connections: the agent's count of open connections, from the answer.
double healthMs(quint16 port, int* connections = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    while (!reply.endsWith('}') && clock.elapsed() < 5000 && socket.waitForReadyRead(5000))
        reply += socket.readAll();
    if (!reply.startsWith("HTTP/1.1 200 "))
        return -1;
    const double ms = clock.nsecsElapsed() / 1e6;
    if (connections)
        *connections = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4))
                           .object()
                           .value(QStringLiteral("connections"))
                           .toInt(-1);
    return ms;
}

QJsonObject probe(quint16 port, int samples, const std::function<void(int)>& between = {})
{
    QList<double> latencies;
    int failed = 0;
    for (int i = 0; i < samples; ++i) {
        if (between)
            between(i);
        const double ms = healthMs(port);
        if (ms < 0)
            ++failed;
        else
            latencies << ms;
    }
    return { { QStringLiteral("samples"), samples },
             { QStringLiteral("failed"), failed },
             { QStringLiteral("healthMsP50"), percentile(latencies, 50) },
             { QStringLiteral("healthMsP99"), percentile(latencies, 99) } };
}

} // namespace

QJsonObject measureAgentHttp(Bench& b, const QString& agentBinary)
{
    QTcpServer probeServer;
    probeServer.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probeServer.serverPort();
    probeServer.close();
    AgentProcess agent({ agentBinary, QStringLiteral("bench-http-agent"), port, b.location, b.password, 3600 });
    QThread::msleep(300);
    QJsonObject quiet = probe(port, 200);
    quiet.insert(QStringLiteral("agentResidentMB"), qRound(agent.residentKiB() / 102.4) / 10.0);

    QList<QTcpSocket*> idle;
    QList<QTcpSocket*> slow;
    for (int i = 0; i < 550; ++i) {
        auto* s = new QTcpSocket;
        s->connectToHost(QHostAddress::LocalHost, port);
        (i < 500 ? idle : slow).append(s);
    }
    for (QTcpSocket* s : idle + slow)
        s->waitForConnected(5000);
    const QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    int dripped = 0;
    // A probe every 25 ms, 5 s in all; the slow clients send a byte of their request every 125 ms
    // (it never completes: the agent's 10 s have not passed).
    const auto drip = [&](int i) {
        QThread::msleep(25);
        if (i % 5 != 0 || dripped >= request.size())
            return;
        for (QTcpSocket* s : std::as_const(slow)) {
            s->write(request.mid(dripped, 1));
            s->flush();
        }
        ++dripped;
    };
    QElapsedTimer window;
    window.start();
    QJsonObject loaded = probe(port, 200, drip);
    int open = -1;
    healthMs(port, &open);
    loaded.insert(QStringLiteral("agentResidentMB"), qRound(agent.residentKiB() / 102.4) / 10.0);
    loaded.insert(QStringLiteral("agentConnectionsAtEnd"), open);
    loaded.insert(QStringLiteral("seconds"), qRound(window.elapsed() / 100.0) / 10.0);
    qDeleteAll(idle);
    qDeleteAll(slow);
    return { { QStringLiteral("quiet"), quiet },
             { QStringLiteral("with500IdleAnd50Slow"), loaded },
             { QStringLiteral("note"),
               QStringLiteral("agent defaults: 256 connections (the longest-waiting closed for a newcomer), 10 s to "
                              "complete a request") } };
}
