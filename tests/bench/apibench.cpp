// The inbound API (issue 17): submissions per second from 8 concurrent clients, each on its own
// keep-alive connection to the real agent as one service account, against core's own submit rate
// (what the CLI and the desktop do per request) on the same database.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <atomic>
#include <bench/benchmark.h>
#include <support/agentprocess.h>

namespace {

// One POST on an open connection; the status, or -1.
int post(QTcpSocket& socket, const QByteArray& token, const QByteArray& body)
{
    socket.write("POST /v1/requests HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Authorization: Bearer "
                 + token + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray reply;
    qsizetype end = -1;
    qint64 length = -1;
    while (socket.waitForReadyRead(10000)) {
        reply += socket.readAll();
        if (end < 0 && (end = reply.indexOf("\r\n\r\n")) >= 0) {
            const qsizetype at = reply.toLower().indexOf("content-length:");
            length = at < 0 ? 0 : reply.mid(at + 15, reply.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        }
        if (end >= 0 && reply.size() >= end + 4 + length)
            return reply.mid(9, 3).toInt();
    }
    return -1;
}

} // namespace

QJsonObject measureApi(Bench& b, const QString& agentBinary, int clients, int perClient)
{
    const QString root = QStringLiteral("admin");
    cs::AdminService& admin = b.ws->admin();
    must(admin.addGroup(root, QStringLiteral("api-requesters"), {}), QStringLiteral("api group"));
    must(admin.addUser(root, { QStringLiteral("apireq"), QStringLiteral("API bench person"), {}, {}, {}, true, 0 }),
         QStringLiteral("api person"));
    must(b.ws->serviceAccounts().add(root, QStringLiteral("apibench"), QStringLiteral("API bench"), {}),
         QStringLiteral("service account"));
    for (const char* login : { "apireq", "apibench" })
        must(admin.setMembership(root, QStringLiteral("api-requesters"), QString::fromLatin1(login), true),
             QStringLiteral("membership"));
    auto file = cs::ActionFile::parse(
        R"({ "name": "api-bench", "script": "true", "requesterGroups": ["api-requesters"], "targets": ["t1"],
             "parameters": [ { "name": "n", "type": "integer" } ],
             "policy": { "approvalRequired": true, "approverGroups": ["g01"], "deadlineHours": 8760 } })");
    mustOk(file, QStringLiteral("api action"));
    mustOk(admin.importAction(root, *file), QStringLiteral("api action"));
    auto token = b.ws->serviceAccounts().issueToken(root, QStringLiteral("apibench"), {});
    mustOk(token, QStringLiteral("api token"));
    const int total = clients * perClient;

    // Core's own rate: the same submits, one after another on one connection (a person's client).
    progress(QStringLiteral("api: %1 submits through core").arg(total));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < total; ++i)
        mustOk(b.ws->requests().submit(QStringLiteral("apireq"),
                                       { QStringLiteral("api-bench"),
                                         { { QStringLiteral("n"), i } },
                                         { QStringLiteral("t1") },
                                         QStringLiteral("core bench") },
                                       cs::SubmitMode::RequestApproval),
               QStringLiteral("core submit"));
    const double coreSeconds = t.nsecsElapsed() / 1e9;

    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    AgentProcess agent({ agentBinary, QStringLiteral("bench-api-agent"), port, b.location, b.password, 3600,
                         QStringLiteral(R"(, "api": { "enabled": true })") });
    progress(QStringLiteral("api: %1 submits from %2 clients through the agent").arg(total).arg(clients));
    std::atomic<int> failed { 0 };
    QList<QThread*> threads;
    t.restart();
    for (int c = 0; c < clients; ++c)
        threads.append(QThread::create([&, c] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!socket.waitForConnected(5000)) {
                failed += perClient;
                return;
            }
            for (int i = 0; i < perClient; ++i) {
                const QByteArray body
                    = QStringLiteral(
                          R"({"action":"api-bench","parameters":{"n":%1},"targets":["t1"],"comment":"api bench"})")
                          .arg(c * perClient + i)
                          .toUtf8();
                if (post(socket, token->toUtf8(), body) != 201)
                    ++failed;
            }
        }));
    for (QThread* th : threads)
        th->start();
    for (QThread* th : threads) {
        th->wait();
        delete th;
    }
    const double apiSeconds = t.nsecsElapsed() / 1e9;
    if (failed > 0)
        fail(QStringLiteral("api: %1 of %2 submissions through the agent failed").arg(int(failed)).arg(total));
    return { { QStringLiteral("submissions"), total },
             { QStringLiteral("clients"), clients },
             { QStringLiteral("apiPerSecond"), qRound(total / apiSeconds * 10) / 10.0 },
             { QStringLiteral("corePerSecond"), qRound(total / coreSeconds * 10) / 10.0 },
             { QStringLiteral("apiOverCore"), qRound(coreSeconds / apiSeconds * 100) / 100.0 } };
}
