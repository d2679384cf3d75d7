// Hostile traffic against the real countersign-agent on loopback: connections held open, garbage,
// huge bodies, odd methods and odd spellings of a request number.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <core/common/canonicaljson.h>
#include <support/agentprocess.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct RawReply
{
    int status = 0; // 0: no answer
    QByteArray head;
    QByteArray body;
    bool closed = false; // the agent closed the connection after it

    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : head.split('\n'))
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }
};

// Reads one answer (the body by its Content-Length, none for HEAD), then whether the connection closes.
RawReply readReply(QTcpSocket& socket, bool head = false, int timeoutMs = 5000)
{
    RawReply r;
    QByteArray data;
    QElapsedTimer clock;
    clock.start();
    qsizetype end = -1;
    while ((end = data.indexOf("\r\n\r\n")) < 0 && clock.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(50)
            && socket.state() != QTcpSocket::ConnectedState)
            break;
        data += socket.readAll();
    }
    if (end < 0)
        return r;
    r.head = data.left(end).replace("\r", "");
    r.status = r.head.mid(9, 3).toInt();
    data.remove(0, end + 4);
    const qsizetype length = head ? 0 : r.header("Content-Length").toLongLong();
    while (data.size() < length && clock.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        data += socket.readAll();
    }
    r.body = data.left(length);
    // Whatever else arrives (there should be nothing) is left in `leftover` terms: any byte is a defect.
    socket.waitForReadyRead(r.header("Connection") == "close" ? 1000 : 100);
    data += socket.readAll();
    if (data.size() > length)
        r.body = data; // more than was announced: shows up in the comparisons
    r.closed = socket.state() == QTcpSocket::UnconnectedState
        || (r.header("Connection") == "close" && !socket.waitForReadyRead(1000)
            && socket.state() != QTcpSocket::ConnectedState);
    return r;
}

RawReply exchange(quint16 port, const QByteArray& request, bool head = false)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.flush();
    return readReply(socket, head);
}

QByteArray get(const QByteArray& path, const QByteArray& token = {}, const QByteArray& method = "GET")
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    return r + "\r\n";
}

QByteArray post(const QByteArray& body, const QByteArray& token)
{
    return "POST /v1/executions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
}

} // namespace

class TestAgentHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wrongMethodsGet405WithAllowAndHeadHasNoBody();
    void requestNumbersHaveOneSpelling_data();
    void requestNumbersHaveOneSpelling();
    void malformedRequestsGet400AndAreClosed_data();
    void malformedRequestsGet400AndAreClosed();
    void idleAndSlowConnectionsAreClosed();
    void oneRequestAtATimeAndClosedWhenAsked();
    void heldConnectionsNeitherSilenceTheAgentNorStopARun();
    void hugeBodiesAreRefusedUnread();
    void chunkedBodiesAreReadWithinTheLimit();
    void runThatCannotStartWaitsAndRunsOnce();

private:
    std::unique_ptr<AgentProcess> startAgent(const QString& extraConfig = {}, int maxOpenFiles = 0);
    qint64 approved(const QString& script);
    QByteArray token() const { return m_agent->token().toLatin1(); }
    QStringList lines(const QString& name) const;

    std::unique_ptr<TestWorkspace> t;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AgentProcess> m_agent;
    quint16 m_port = 0;
    int m_actions = 0;
};

void TestAgentHttp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    t = std::make_unique<TestWorkspace>();
    t->clock.set(QDateTime::currentDateTimeUtc()); // the agent uses the real clock
    buildStandardDirectory(*t);
    m_port = freePort();
    // Not the agent's own URL: its sweeps leave these requests alone, only a test's POST runs one.
    t->target(QStringLiteral("host1"), QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("owner1"),
              QStringLiteral("http://localhost:%1").arg(m_port));
}

void TestAgentHttp::cleanup()
{
    m_agent.reset();
    t.reset();
    m_dir.reset();
}

std::unique_ptr<AgentProcess> TestAgentHttp::startAgent(const QString& extraConfig, int maxOpenFiles)
{
    AgentProcess::Options o;
    o.binary = QStringLiteral(CS_AGENT_PATH);
    o.port = m_port;
    o.database = t->path();
    o.databasePassword = t->password();
    o.extraConfig = extraConfig;
    o.maxOpenFiles = maxOpenFiles;
    return std::make_unique<AgentProcess>(o);
}

qint64 TestAgentHttp::approved(const QString& script)
{
    const QString name = QStringLiteral("act%1").arg(++m_actions);
    const QJsonObject a { { QStringLiteral("name"), name },
                          { QStringLiteral("script"), script },
                          { QStringLiteral("timeoutSeconds"), 60 },
                          { QStringLiteral("requesterGroups"), QJsonArray { QStringLiteral("requesters") } },
                          { QStringLiteral("targets"), QJsonArray { QStringLiteral("host1") } },
                          { QStringLiteral("policy"),
                            QJsonObject {
                                { QStringLiteral("approvalRequired"), true },
                                { QStringLiteral("approverGroups"), QJsonArray { QStringLiteral("approvers") } } } } };
    t->action(canonicalJson(a));
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { name, {}, { QStringLiteral("host1") }, QStringLiteral("test") },
                                       SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    if (!t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok())
        qFatal("approve failed");
    return r->id;
}

QStringList TestAgentHttp::lines(const QString& name) const
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestAgentHttp::wrongMethodsGet405WithAllowAndHeadHasNoBody()
{
    m_agent = startAgent();
    for (const QByteArray method : { "TRACE", "DELETE", "BREW", "PUT", "OPTIONS" }) {
        const RawReply health = exchange(m_port, get("/v1/health", {}, method));
        QCOMPARE(health.status, 405);
        QCOMPARE(health.header("Allow"), QByteArray("GET, HEAD"));
        const RawReply executions = exchange(m_port, get("/v1/executions", token(), method));
        QCOMPARE(executions.status, 405);
        QCOMPARE(executions.header("Allow"), QByteArray("POST"));
        QCOMPARE(exchange(m_port, get("/v1/executions/1", token(), method)).status, 405);
    }
    QCOMPARE(exchange(m_port, get("/v1/executions", token())).header("Allow"), QByteArray("POST"));
    QCOMPARE(exchange(m_port, get("/v1/nothing", token(), "TRACE")).status, 404);

    // HEAD: the headers GET would have, no body, and the connection goes on with the next request.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected());
    socket.write(get("/v1/health", {}, "HEAD"));
    const RawReply head = readReply(socket, true);
    QCOMPARE(head.status, 200);
    QVERIFY(head.header("Content-Length").toInt() > 0);
    QCOMPARE(head.body, QByteArray());
    socket.write(get("/v1/executions", token(), "HEAD"));
    const RawReply headPost = readReply(socket, true);
    QCOMPARE(headPost.status, 405);
    QCOMPARE(headPost.body, QByteArray());
    socket.write(get("/v1/health"));
    const RawReply after = readReply(socket);
    QCOMPARE(after.status, 200);
    QCOMPARE(QJsonDocument::fromJson(after.body).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
}

void TestAgentHttp::requestNumbersHaveOneSpelling_data()
{
    // POST: the body; GET: the path. ID stands for the approved request's number.
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("duplicate key") << QByteArray("POST") << QByteArray(R"({"requestId": 999, "requestId": ID})");
    QTest::newRow("duplicate key, escaped")
        << QByteArray("POST") << QByteArray(R"({"requestId": 999, "request\u0049d": ID})");
    QTest::newRow("another member") << QByteArray("POST") << QByteArray(R"({"requestId": ID, "run": true})");
    QTest::newRow("as text") << QByteArray("POST") << QByteArray(R"({"requestId": "ID"})");
    QTest::newRow("fraction") << QByteArray("POST") << QByteArray(R"({"requestId": ID.0})");
    QTest::newRow("exponent") << QByteArray("POST") << QByteArray(R"({"requestId": IDe0})");
    QTest::newRow("plus") << QByteArray("POST") << QByteArray(R"({"requestId": +ID})");
    QTest::newRow("negative") << QByteArray("POST") << QByteArray(R"({"requestId": -ID})");
    QTest::newRow("zero") << QByteArray("POST") << QByteArray(R"({"requestId": 0})");
    QTest::newRow("beyond 2^53") << QByteArray("POST") << QByteArray(R"({"requestId": 90071992547409930})");
    QTest::newRow("path +4") << QByteArray("GET") << QByteArray("/v1/executions/+ID");
    QTest::newRow("path %204") << QByteArray("GET") << QByteArray("/v1/executions/%20ID");
    QTest::newRow("path 4%00") << QByteArray("GET") << QByteArray("/v1/executions/ID%00");
    QTest::newRow("path 04") << QByteArray("GET") << QByteArray("/v1/executions/0ID");
    QTest::newRow("path 4.0") << QByteArray("GET") << QByteArray("/v1/executions/ID.0");
    QTest::newRow("path empty") << QByteArray("GET") << QByteArray("/v1/executions/");
}

void TestAgentHttp::requestNumbersHaveOneSpelling()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, text);
    m_agent = startAgent();
    const qint64 id = approved(QStringLiteral("echo ran >> '%1'\n").arg(m_dir->filePath(QStringLiteral("ran"))));
    text.replace("ID", QByteArray::number(id));
    const RawReply reply = exchange(m_port, method == "POST" ? post(text, token()) : get(text, token()));
    QCOMPARE(reply.status, 400);
    QVERIFY2(!QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString().isEmpty(),
             reply.body.constData());
    QTest::qWait(300);
    QVERIFY(lines(QStringLiteral("ran")).isEmpty());
    // The plain spelling is understood.
    QCOMPARE(exchange(m_port, get("/v1/executions/" + QByteArray::number(id), token())).status, 404);
    QCOMPARE(exchange(m_port, post(R"({"requestId": )" + QByteArray::number(id) + "}", token())).status, 202);
    QTRY_COMPARE(lines(QStringLiteral("ran")).size(), 1);
    QCOMPARE(exchange(m_port, get("/v1/executions/" + QByteArray::number(id), token())).status, 200);
}

void TestAgentHttp::malformedRequestsGet400AndAreClosed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00garbage\r\n\r\n", 16) << 400;
    QTest::newRow("no version") << QByteArray("GET /v1/health\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /v1/health HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("no Host") << QByteArray("GET /v1/health HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bare LF") << QByteArray("GET /v1/health HTTP/1.1\nHost: x\n\n\r\n\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("GET /v1/health HTTP/1.1\r\nHost: x\r\n  folded\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET /v1/health HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("two lengths") << QByteArray(
        "POST /v1/executions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
                                 << 400;
    QTest::newRow("length and chunked") << QByteArray("POST /v1/executions HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                                      "2\r\nTransfer-Encoding: chunked\r\n\r\n{}")
                                        << 400;
    QTest::newRow("other coding") << QByteArray(
        "POST /v1/executions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n")
                                  << 501;
    // A body nothing reads is where a second, unchecked request could hide.
    QTest::newRow("GET with a body") << QByteArray("GET /v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
                                     << 400;
    QTest::newRow("GET with a chunked body")
        << QByteArray("GET /v1/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("headers too large") << QByteArray(
        "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(20000, 'a') + "\r\n\r\n")
                                       << 431;
    QTest::newRow("header line never ends")
        << QByteArray("GET /v1/health HTTP/1.1\r\nX-Pad: " + QByteArray(20000, 'a')) << 431;
}

void TestAgentHttp::malformedRequestsGet400AndAreClosed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    m_agent = startAgent();
    const RawReply reply = exchange(m_port, request);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Connection"), QByteArray("close"));
    QVERIFY(reply.closed);
    QCOMPARE(exchange(m_port, get("/v1/health")).status, 200);
}

void TestAgentHttp::idleAndSlowConnectionsAreClosed()
{
    m_agent = startAgent(QStringLiteral(R"(, "limits": { "idleSeconds": 2 })"));
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(idle.waitForConnected());
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(slow.waitForConnected());
    QTcpSocket kept; // answered once, then silent
    kept.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(kept.waitForConnected());
    kept.write(get("/v1/health"));
    QCOMPARE(readReply(kept).status, 200);

    QElapsedTimer clock;
    clock.start();
    QByteArray drip = get("/v1/health");
    QByteArray slowAnswer;
    // One byte every 200 ms: bytes keep coming, the request never completes in time.
    while (clock.elapsed() < 6000 && slow.state() == QTcpSocket::ConnectedState) {
        if (!drip.isEmpty() && drip.size() > 4) {
            slow.write(drip.left(1));
            drip.remove(0, 1);
        }
        slow.waitForReadyRead(200);
        slowAnswer += slow.readAll();
    }
    QVERIFY2(clock.elapsed() < 4500, "the slow client was not cut off");
    QVERIFY2(slowAnswer.startsWith("HTTP/1.1 408 "), slowAnswer.constData());
    idle.waitForDisconnected(3000);
    QCOMPARE(idle.state(), QTcpSocket::UnconnectedState);
    kept.waitForDisconnected(3000);
    QCOMPARE(kept.state(), QTcpSocket::UnconnectedState);
}

void TestAgentHttp::oneRequestAtATimeAndClosedWhenAsked()
{
    m_agent = startAgent();
    // Pipelined: the second request would reach the server unchecked, so neither is served.
    const RawReply pipelined = exchange(m_port, get("/v1/health") + get("/v1/health"));
    QCOMPARE(pipelined.status, 400);
    QVERIFY(pipelined.closed);
    const RawReply close = exchange(m_port, "GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(close.status, 200);
    QCOMPARE(close.header("Connection"), QByteArray("close"));
    QVERIFY(close.closed);
    const RawReply http10 = exchange(m_port, "GET /v1/health HTTP/1.0\r\n\r\n");
    QCOMPARE(http10.status, 200);
    QVERIFY(http10.closed);
    QCOMPARE(QJsonDocument::fromJson(http10.body.left(http10.body.indexOf('}') + 1))
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("ok"));
}

void TestAgentHttp::heldConnectionsNeitherSilenceTheAgentNorStopARun()
{
    // 150 open files in all: the agent allows fewer connections to keep descriptors for its runs.
    m_agent = startAgent({}, 150);
    QList<QTcpSocket*> held;
    for (int i = 0; i < 400; ++i) {
        auto* s = new QTcpSocket(this);
        s->connectToHost(QHostAddress::LocalHost, m_port);
        held.append(s);
    }
    QTest::qWait(1500); // connected, or waiting in the agent's backlog

    QElapsedTimer clock;
    clock.start();
    const RawReply health = exchange(m_port, get("/v1/health"));
    QCOMPARE(health.status, 200);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    // 150 files less 256 kept for the rest leave the minimum of 16 connections.
    const int open = QJsonDocument::fromJson(health.body).object().value(QStringLiteral("connections")).toInt(-1);
    QVERIFY2(open > 0 && open <= 16, qPrintable(QString::number(open)));

    const qint64 id = approved(QStringLiteral("echo ran >> '%1'\n").arg(m_dir->filePath(QStringLiteral("ran"))));
    QCOMPARE(exchange(m_port, post(R"({"requestId": )" + QByteArray::number(id) + "}", token())).status, 202);
    QTRY_COMPARE(lines(QStringLiteral("ran")).size(), 1);
    QTRY_COMPARE(t->ws().executions().execution(id)->value().state, ExecutionState::Succeeded);
    QVERIFY2(m_agent->log().contains(QLatin1String("at most")), qPrintable(m_agent->log()));
    qDeleteAll(held);
}

void TestAgentHttp::hugeBodiesAreRefusedUnread()
{
    m_agent = startAgent();
    const qint64 before = m_agent->residentKiB();
    QVERIFY(before > 0);
    const QByteArray chunk(1 << 20, 'x');
    for (const bool withToken : { false, true }) {
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer clock;
            clock.start();
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(socket.waitForConnected());
            socket.write("POST /v1/executions HTTP/1.1\r\nHost: x\r\n"
                         + (withToken ? "Authorization: Bearer " + token() + "\r\n" : QByteArray())
                         + "Content-Length: " + QByteArray::number(100 << 20) + "\r\n\r\n");
            // The body is sent regardless of the answer, as an attacker would.
            qint64 sent = 0;
            while (sent < (100 << 20) && socket.state() == QTcpSocket::ConnectedState && clock.elapsed() < 5000) {
                sent += socket.write(chunk);
                socket.waitForBytesWritten(50);
            }
            const RawReply reply = readReply(socket);
            QCOMPARE(reply.status, withToken ? 413 : 401);
            QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        }
    }
    const qint64 after = m_agent->residentKiB();
    QVERIFY2(after - before < 20 * 1024, qPrintable(QStringLiteral("%1 KiB -> %2 KiB").arg(before).arg(after)));
    QCOMPARE(exchange(m_port, get("/v1/health")).status, 200);
}

void TestAgentHttp::chunkedBodiesAreReadWithinTheLimit()
{
    m_agent = startAgent();
    const qint64 id = approved(QStringLiteral("echo ran >> '%1'\n").arg(m_dir->filePath(QStringLiteral("ran"))));
    const QByteArray head = "POST /v1/executions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token()
        + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    // Too long in small chunks: refused once the limit is passed.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected());
    socket.write(head);
    for (int i = 0; i < 100 && socket.state() == QTcpSocket::ConnectedState; ++i) {
        socket.write("400\r\n" + QByteArray(0x400, ' ') + "\r\n");
        socket.waitForBytesWritten(100);
    }
    QCOMPARE(readReply(socket).status, 413);
    // A small one in pieces is the request.
    const QByteArray body = R"({"requestId": )" + QByteArray::number(id) + "}";
    const RawReply accepted = exchange(m_port,
                                       head + "3\r\n" + body.left(3) + "\r\n" + QByteArray::number(body.size() - 3, 16)
                                           + "\r\n" + body.mid(3) + "\r\n0\r\n\r\n");
    QCOMPARE(accepted.status, 202);
    QTRY_COMPARE(lines(QStringLiteral("ran")).size(), 1);
}

void TestAgentHttp::runThatCannotStartWaitsAndRunsOnce()
{
    m_agent = startAgent();
    // The work directory replaced by a file: no run directory can be made (even as root), as
    // with a full disk or no descriptor left.
    const QString work = m_agent->workDir();
    QVERIFY(QDir(work).removeRecursively());
    QFile blocker(work);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const qint64 id = approved(QStringLiteral("echo ran >> '%1'\n").arg(m_dir->filePath(QStringLiteral("ran"))));
    QCOMPARE(exchange(m_port, post(R"({"requestId": )" + QByteArray::number(id) + "}", token())).status, 202);
    const auto deferrals = [&] {
        const auto entries = t->ws().audit().entries(id);
        int n = 0;
        for (const AuditEntry& e : entries.value())
            n += e.event == QLatin1String("execution.deferred");
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(deferrals() >= 2, 10000); // tried again, and each wait recorded
    QCOMPARE(t->ws().executions().execution(id)->value().state, ExecutionState::Running);
    QVERIFY(lines(QStringLiteral("ran")).isEmpty());
    QVERIFY2(m_agent->log().contains(QLatin1String("could not start")), qPrintable(m_agent->log()));

    QVERIFY(QFile::remove(work));
    QVERIFY(QDir().mkpath(work));
    QTRY_COMPARE_WITH_TIMEOUT(t->ws().executions().execution(id)->value().state, ExecutionState::Succeeded, 15000);
    QTest::qWait(500);
    QCOMPARE(lines(QStringLiteral("ran")).size(), 1);
}

QTEST_GUILESS_MAIN(TestAgentHttp)
#include "tst_agent_http.moc"
