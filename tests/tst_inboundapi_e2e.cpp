// The inbound API end to end (issue 17): the real agent on loopback, a service account's token,
// core's validation and policy behind every call; on PostgreSQL the database itself judges the
// service account (its role), shown by taking a grant away.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <core/storage/postgressetup.h>
#include <core/views/requesttext.h>
#include <support/agentprocess.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QString error() const { return body.value(QStringLiteral("error")).toString(); }
    QString code() const { return body.value(QStringLiteral("code")).toString(); }
};

const QString kService = QStringLiteral("api_monitor");

} // namespace

class TestInboundApiEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void submitAppearsInTheApproversIncoming();
    void retriedSubmitWithTheSameKeyReturnsTheSameRequest();
    void badParameterGetsCoresSentence();
    void hostileBodiesAreRefusedAndNothingIsWritten_data();
    void hostileBodiesAreRefusedAndNothingIsWritten();
    void hugeBodyIs413();
    void aBodyNotSentAsJsonIs415();
    void actionNotRequestableIs403();
    void missingOrUnknownTokenIs401();
    void disabledAccountTokenIs401();
    void revokedTokenIs401();
    void serviceAccountNeverApproves();
    void cancelAndOutgoing();
    void actionsListsWhatMayBeRequested();
    void everyDocumentedRouteIsServed();
    void openApiDocumentIsValid();
    void postgresRefusesWhenTheRoleLacksAGrant();
    void onBehalfOfAPersonWithATicket();
    void sentencesFollowTheCallersLanguage();
    void guardRefusalsFollowTheCallersLanguage();

private:
    Answer call(const QByteArray& method, const QString& path, const QByteArray& body = {}, const QString& token = {},
                const QByteArray& idempotencyKey = {});
    qint64 requestCount();
    QByteArray rawExchange(const QByteArray& request);

    std::unique_ptr<TestWorkspace> t;
    std::unique_ptr<AgentProcess> agent;
    QString token;
    QNetworkAccessManager net;
    QByteArray acceptLanguage; // sent by call() when set
};

void TestInboundApiEndToEnd::initTestCase()
{
    t = std::make_unique<TestWorkspace>();
    t->clock.set(QDateTime::currentDateTimeUtc()); // the agent uses the real clock
    if (TestWorkspace::onPostgres())
        TestWorkspace::must(PostgresSetup::apply(t->db()), "setup");
    buildStandardWorkspace(*t);
    t->action(R"({ "name": "approvers-only", "interpreter": "/bin/sh", "script": "echo hi",
                   "requesterGroups": ["approvers"], "targets": ["test1"],
                   "policy": { "approvalRequired": true, "approverGroups": ["approvers"] } })");
    // On behalf of someone, with an incident ticket: the manager asked is the beneficiary's.
    t->action(R"({ "name": "behalf-act", "interpreter": "/bin/sh", "script": "echo hi",
                   "requesterGroups": ["requesters"], "onBehalf": { "requesterGroups": ["requesters"] },
                   "targets": ["test1"],
                   "policy": { "rules": [ { "name": "manager", "phases": [
                                 { "name": "Manager", "approve": { "manager": true } } ] } ],
                               "intake": { "ticket": { "label": "Incident", "pattern": "^INC-[0-9]+$" } } } })");
    // Gated through a workflow: the list must say approval is required (core resolves the reference).
    auto workflow = WorkflowFile::fromJson(
        QJsonDocument::fromJson(R"({"name": "ops", "policy": {"approverGroups": ["approvers"]}})").object());
    TestWorkspace::must(workflow.ok() ? Status() : Status(workflow.error()), "workflow");
    auto saved = t->ws().workflows().save(QStringLiteral("root"), *workflow);
    TestWorkspace::must(saved.ok() ? Status() : Status(saved.error()), "save workflow");
    t->action(R"({ "name": "wf-act", "interpreter": "/bin/sh", "script": "echo hi",
                   "requesterGroups": ["requesters"], "targets": ["test1"], "policy": { "workflow": "ops" } })");
    ServiceAccounts accounts = t->ws().serviceAccounts();
    TestWorkspace::must(accounts.add(QStringLiteral("root"), kService, QStringLiteral("Monitoring"), {}), "add");
    TestWorkspace::must(
        t->ws().admin().setMembership(QStringLiteral("root"), QStringLiteral("requesters"), kService, true), "member");
    auto issued = accounts.issueToken(QStringLiteral("root"), kService, QStringLiteral("nagios"));
    TestWorkspace::must(issued.ok() ? Status() : Status(issued.error()), "token");
    token = *issued;
    QVERIFY(token.startsWith(QLatin1String("cs_")));

    AgentProcess::Options o;
    o.binary = QStringLiteral(CS_AGENT_PATH);
    QTcpServer probe; // a free port for the agent
    probe.listen(QHostAddress::LocalHost, 0);
    o.port = probe.serverPort();
    probe.close();
    o.database = t->path();
    o.databasePassword = t->password();
    o.extraConfig = QStringLiteral(R"(, "api": { "enabled": true })");
    agent = std::make_unique<AgentProcess>(o);
}

void TestInboundApiEndToEnd::cleanupTestCase()
{
    agent.reset();
    t.reset();
}

Answer TestInboundApiEndToEnd::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                    const QString& bearer, const QByteArray& idempotencyKey)
{
    QNetworkRequest request(QUrl(agent->url() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QString use = bearer.isNull() ? token : bearer;
    if (!use.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + use.toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (!acceptLanguage.isEmpty())
        request.setRawHeader("Accept-Language", acceptLanguage);
    QNetworkReply* reply = net.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.raw = reply->readAll();
    a.body = QJsonDocument::fromJson(a.raw).object();
    reply->deleteLater();
    return a;
}

qint64 TestInboundApiEndToEnd::requestCount()
{
    auto q = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM requests"));
    if (!q.ok() || !q->next())
        qFatal("cannot count requests");
    return q->value(0).toLongLong();
}

void TestInboundApiEndToEnd::submitAppearsInTheApproversIncoming()
{
    const Answer a = call(
        "POST", QStringLiteral("/v1/requests"),
        R"({"action":"act","parameters":{"count":2,"note":"disk full"},"targets":["test1"],"comment":"alert 1"})");
    QCOMPARE(a.status, 201);
    const QJsonObject r = a.body.value(QStringLiteral("request")).toObject();
    const qint64 id = r.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(r.value(QStringLiteral("requester")).toString(), kService);
    QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    auto incoming = t->ws().requests().incoming(QStringLiteral("alice"));
    QVERIFY(incoming.ok());
    bool found = false;
    for (const Request& req : incoming->requests)
        found = found || req.id == id;
    QVERIFY2(found, "the API's request is not in alice's Incoming");
    const Answer read = call("GET", QStringLiteral("/v1/requests/%1").arg(id));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.body.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(read.body.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QVERIFY(read.body.contains(QStringLiteral("decisions")));
}

void TestInboundApiEndToEnd::retriedSubmitWithTheSameKeyReturnsTheSameRequest()
{
    const QByteArray body = R"({"action":"act","parameters":{"count":3},"targets":["test1"],"comment":"alert 2"})";
    const Answer first = call("POST", QStringLiteral("/v1/requests"), body, {}, "nagios-alert-4711");
    QCOMPARE(first.status, 201);
    const qint64 before = requestCount();
    const Answer again = call("POST", QStringLiteral("/v1/requests"), body, {}, "nagios-alert-4711");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger(),
             first.body.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(requestCount(), before);
    // The same key for something else is refused, not a second request.
    const Answer other = call("POST", QStringLiteral("/v1/requests"),
                              R"({"action":"act","parameters":{"count":4},"targets":["test1"],"comment":"alert 2"})",
                              {}, "nagios-alert-4711");
    QCOMPARE(other.status, 409);
    QCOMPARE(requestCount(), before);
}

void TestInboundApiEndToEnd::badParameterGetsCoresSentence()
{
    SubmitInput input;
    input.action = QStringLiteral("act");
    input.parameters = { { QStringLiteral("count"), QStringLiteral("many") } };
    input.targets = { QStringLiteral("test1") };
    input.comment = QStringLiteral("alert 3");
    auto core = t->ws().requests().submit(kService, input, SubmitMode::RequestApproval);
    QVERIFY(!core.ok());
    const qint64 before = requestCount();
    const Answer a = call("POST", QStringLiteral("/v1/requests"),
                          R"({"action":"act","parameters":{"count":"many"},"targets":["test1"],"comment":"alert 3"})");
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), QStringLiteral("invalid"));
    QCOMPARE(a.error(), core.error().message);
    QCOMPARE(requestCount(), before);
}

void TestInboundApiEndToEnd::hostileBodiesAreRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QString submit = QStringLiteral("/v1/requests");
    QTest::newRow("malformed") << submit << QByteArray(R"({"action": "act",)") << "invalid_json";
    QTest::newRow("not an object") << submit << QByteArray(R"(["act"])") << "invalid_json";
    QTest::newRow("deep") << submit << (QByteArray(60, '[') + QByteArray(60, ']')) << "invalid_json";
    QTest::newRow("deep parameters") << submit
                                     << (QByteArray(R"({"action":"act","parameters":{"note":)") + QByteArray(40, '[')
                                         + QByteArray(40, ']') + "}}")
                                     << "invalid_json";
    QTest::newRow("action not a string") << submit << QByteArray(R"({"action": 7})") << "invalid";
    QTest::newRow("targets not a list") << submit << QByteArray(R"({"action":"act","targets":"test1"})") << "invalid";
    QTest::newRow("parameters a list") << submit << QByteArray(R"({"action":"act","parameters":[1]})") << "invalid";
    QTest::newRow("unknown field") << submit << QByteArray(R"({"action":"act","approve":true})") << "invalid";
    QTest::newRow("cancel malformed") << QStringLiteral("/v1/requests/1/cancel") << QByteArray("{") << "invalid_json";
    QTest::newRow("cancel comment a number")
        << QStringLiteral("/v1/requests/1/cancel") << QByteArray(R"({"comment": 5})") << "invalid";
}

void TestInboundApiEndToEnd::hostileBodiesAreRefusedAndNothingIsWritten()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    auto audit = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(audit.ok() && audit->next());
    const qint64 auditBefore = audit->value(0).toLongLong();
    audit->finish();
    const qint64 before = requestCount();
    const Answer a = call("POST", path, body);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), code);
    QVERIFY(!a.error().isEmpty());
    QCOMPARE(requestCount(), before);
    auto after = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(after.ok() && after->next());
    QCOMPARE(after->value(0).toLongLong(), auditBefore);
}

void TestInboundApiEndToEnd::hugeBodyIs413()
{
    // Raw HTTP: the agent answers from the headers and closes, before the body is sent.
    const qint64 before = requestCount();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, QUrl(agent->url()).port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /v1/requests HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Authorization: Bearer "
                 + token.toUtf8() + "\r\nContent-Length: 70000\r\n\r\n{\"action\":\"act\",\"comment\":\"");
    QByteArray reply;
    while (!reply.contains("\r\n\r\n{") || !reply.endsWith('}')) {
        if (!socket.waitForReadyRead(10000))
            break;
        reply += socket.readAll();
    }
    QVERIFY2(reply.startsWith("HTTP/1.1 413 "), reply.constData());
    QVERIFY(reply.contains("\"error\""));
    QCOMPARE(requestCount(), before);
}

// A POST body sent as anything but application/json (or with no type: curl's -d alone sends a
// form type) is refused with 415 in a sentence, in the caller's language, and nothing is written;
// a charset parameter, in any case, is fine.
void TestInboundApiEndToEnd::aBodyNotSentAsJsonIs415()
{
    const QByteArray body = R"({"action":"act","targets":["test1"],"comment":"typed as a form"})";
    const auto post = [&](const QByteArray& path, const QByteArray& contentType, const QByteArray& language) {
        const QByteArray reply
            = rawExchange("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: " + language
                          + "\r\nAuthorization: Bearer " + token.toUtf8() + "\r\n"
                          + (contentType.isNull() ? QByteArray() : "Content-Type: " + contentType + "\r\n")
                          + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        const qsizetype at = reply.indexOf("\r\n\r\n");
        Answer a;
        a.status = reply.mid(9, 3).toInt();
        a.raw = reply;
        a.body = QJsonDocument::fromJson(reply.mid(at + 4)).object();
        return a;
    };
    const qint64 before = requestCount();
    for (const QByteArray& type : { QByteArray("application/x-www-form-urlencoded"), QByteArray("text/plain"),
                                    QByteArray("application/jsonp"), QByteArray() }) {
        for (const QByteArray& path : { QByteArray("/v1/requests"), QByteArray("/v1/requests/1/cancel") }) {
            const Answer a = post(path, type, "en");
            QVERIFY2(a.status == 415, a.raw.constData());
            QCOMPARE(a.code(), QStringLiteral("unsupported_media_type"));
            QCOMPARE(a.error(), QStringLiteral("The body must be JSON, sent with Content-Type: application/json."));
        }
    }
    const Answer german = post("/v1/requests", "text/plain", "de");
    QVERIFY2(german.status == 415, german.raw.constData());
    QCOMPARE(german.error(), QStringLiteral("Der Inhalt muss JSON sein, gesendet mit Content-Type: application/json."));
    QCOMPARE(requestCount(), before);

    const Answer charset = post("/v1/requests", "Application/JSON; charset=utf-8", "en");
    QVERIFY2(charset.status == 201, charset.raw.constData());
    QCOMPARE(requestCount(), before + 1);
}

void TestInboundApiEndToEnd::actionNotRequestableIs403()
{
    const qint64 before = requestCount();
    const Answer a = call("POST", QStringLiteral("/v1/requests"),
                          R"({"action":"approvers-only","targets":["test1"],"comment":"not mine"})");
    QCOMPARE(a.status, 403);
    QCOMPARE(a.code(), QStringLiteral("forbidden"));
    QVERIFY(!a.error().isEmpty());
    QCOMPARE(requestCount(), before);
}

void TestInboundApiEndToEnd::missingOrUnknownTokenIs401()
{
    QCOMPARE(call("GET", QStringLiteral("/v1/outgoing"), {}, QStringLiteral("")).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/v1/outgoing"), {}, QStringLiteral("cs_not-a-token")).status, 401);
    // The agent's own execution tokens are not service accounts.
    QCOMPARE(call("GET", QStringLiteral("/v1/outgoing"), {}, agent->token()).status, 401);
}

void TestInboundApiEndToEnd::disabledAccountTokenIs401()
{
    ServiceAccounts accounts = t->ws().serviceAccounts();
    TestWorkspace::must(accounts.add(QStringLiteral("root"), QStringLiteral("api_old"), {}, {}), "add");
    auto old = accounts.issueToken(QStringLiteral("root"), QStringLiteral("api_old"), {});
    QVERIFY(old.ok());
    QCOMPARE(call("GET", QStringLiteral("/v1/outgoing"), {}, *old).status, 200);
    TestWorkspace::must(accounts.disable(QStringLiteral("root"), QStringLiteral("api_old")), "disable");
    const Answer a = call("GET", QStringLiteral("/v1/outgoing"), {}, *old);
    QCOMPARE(a.status, 401);
    QCOMPARE(a.code(), QStringLiteral("unauthorized"));
}

void TestInboundApiEndToEnd::revokedTokenIs401()
{
    ServiceAccounts accounts = t->ws().serviceAccounts();
    auto second = accounts.issueToken(QStringLiteral("root"), kService, QStringLiteral("spare"));
    QVERIFY(second.ok());
    QCOMPARE(call("GET", QStringLiteral("/v1/outgoing"), {}, *second).status, 200);
    TestWorkspace::must(accounts.revokeToken(QStringLiteral("root"), kService, QStringLiteral("spare")), "revoke");
    QCOMPARE(call("GET", QStringLiteral("/v1/outgoing"), {}, *second).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/v1/outgoing")).status, 200); // the other token still works
    // Only the SHA-256 is stored: the token itself is nowhere in the table.
    auto q = t->db().exec(QStringLiteral("SELECT token_hash FROM api_tokens WHERE name = 'spare'"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toString(), ServiceAccounts::hashToken(second->toUtf8()));
    QVERIFY(q->value(0).toString() != *second);
}

void TestInboundApiEndToEnd::serviceAccountNeverApproves()
{
    // A service account in the approvers' group: the policy would accept a person there.
    ServiceAccounts accounts = t->ws().serviceAccounts();
    TestWorkspace::must(accounts.add(QStringLiteral("root"), QStringLiteral("api_judge"), {}, {}), "add");
    TestWorkspace::must(t->ws().admin().setMembership(QStringLiteral("root"), QStringLiteral("approvers"),
                                                      QStringLiteral("api_judge"), true),
                        "member");
    SubmitInput input;
    input.action = QStringLiteral("act");
    input.targets = { QStringLiteral("test1") };
    input.comment = QStringLiteral("for a person to decide");
    auto r = t->ws().requests().submit(QStringLiteral("req"), input, SubmitMode::RequestApproval);
    QVERIFY(r.ok());
    auto decided = t->ws().requests().decide(QStringLiteral("api_judge"), r->id, true, {});
    QVERIFY(!decided.ok());
    QCOMPARE(decided.error().code, Error::Code::Forbidden);
    QVERIFY2(decided.error().message.contains(QLatin1String("service account")), qPrintable(decided.error().message));
    // Not named among who can approve, and nothing in its Incoming.
    auto details = t->ws().requests().details(QStringLiteral("root"), r->id);
    QVERIFY(details.ok());
    QVERIFY(!details->approvers.logins.contains(QStringLiteral("api_judge")));
    QVERIFY(details->approvers.logins.contains(QStringLiteral("alice")));
    auto incoming = t->ws().requests().incoming(QStringLiteral("api_judge"));
    QVERIFY(incoming.ok());
    QVERIFY(incoming->requests.isEmpty());
    // A person's approvals handed to it do not make it a decider either.
    DelegationInput d;
    d.delegator = QStringLiteral("bob");
    d.delegate = QStringLiteral("api_judge");
    d.startsAt = t->clock.nowMs() - 1000;
    d.endsAt = t->clock.nowMs() + 3600 * 1000;
    if (t->ws().delegations().add(QStringLiteral("root"), d).ok()) {
        auto forBob = t->ws().requests().decide(QStringLiteral("api_judge"), r->id, true, {});
        QVERIFY(!forBob.ok());
    }
    // The CLI asks the same core (SQLite: --as; on PostgreSQL the role cannot log in at all).
    if (!TestWorkspace::onPostgres()) {
        QProcess cli;
        cli.start(QStringLiteral(CS_CLI_PATH),
                  { QStringLiteral("--db"), t->path(), QStringLiteral("--as"), QStringLiteral("api_judge"),
                    QStringLiteral("approve"), QString::number(r->id) });
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QLatin1String("service account")));
    } else {
        auto login = t->db().exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'api_judge'"));
        QVERIFY(login.ok() && login->next());
        QVERIFY(!login->value(0).toBool());
    }
    auto after = t->ws().requests().details(QStringLiteral("root"), r->id);
    QVERIFY(after.ok());
    QVERIFY(after->decisions.isEmpty());
}

void TestInboundApiEndToEnd::cancelAndOutgoing()
{
    const Answer made
        = call("POST", QStringLiteral("/v1/requests"), R"({"action":"act","targets":["test1"],"comment":"alert 4"})");
    QCOMPARE(made.status, 201);
    const qint64 id = made.body.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger();
    const Answer out = call("GET", QStringLiteral("/v1/outgoing"));
    QCOMPARE(out.status, 200);
    bool listed = false;
    for (const QJsonValue& v : out.body.value(QStringLiteral("requests")).toArray())
        listed = listed || v.toObject().value(QStringLiteral("id")).toInteger() == id;
    QVERIFY(listed);
    const Answer in = call("GET", QStringLiteral("/v1/incoming"));
    QCOMPARE(in.status, 200);
    QVERIFY(in.body.value(QStringLiteral("requests")).toArray().isEmpty()); // it never decides
    const Answer cancelled
        = call("POST", QStringLiteral("/v1/requests/%1/cancel").arg(id), R"({"comment":"alert cleared"})");
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.body.value(QStringLiteral("request")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(call("POST", QStringLiteral("/v1/requests/%1/cancel").arg(id)).status, 409);
    QCOMPARE(call("GET", QStringLiteral("/v1/requests/999999")).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/v1/requests/04")).status, 400);
}

void TestInboundApiEndToEnd::actionsListsWhatMayBeRequested()
{
    const Answer a = call("GET", QStringLiteral("/v1/actions"));
    QCOMPARE(a.status, 200);
    QStringList names;
    QJsonArray parameters;
    for (const QJsonValue& v : a.body.value(QStringLiteral("actions")).toArray()) {
        names << v.toObject().value(QStringLiteral("name")).toString();
        if (names.last() == QLatin1String("act"))
            parameters = v.toObject().value(QStringLiteral("parameters")).toArray();
        // Every one of them needs approval, the workflow-gated one too.
        QVERIFY2(v.toObject().value(QStringLiteral("approvalRequired")).toBool(), qPrintable(names.last()));
    }
    QCOMPARE(names, (QStringList { QStringLiteral("act"), QStringLiteral("behalf-act"), QStringLiteral("wf-act") }));
    QCOMPARE(parameters.size(), 3);
}

void TestInboundApiEndToEnd::everyDocumentedRouteIsServed()
{
    const Answer doc = call("GET", QStringLiteral("/v1/openapi.json"), {}, QStringLiteral(""));
    QCOMPARE(doc.status, 200);
    const QJsonObject paths = doc.body.value(QStringLiteral("paths")).toObject();
    // What the agent routes (InboundApi::pathTemplates and the approval webhooks' reply), all documented,
    // and nothing more.
    const QStringList served { QStringLiteral("/v1/actions"),
                               QStringLiteral("/v1/approval-webhooks/reply"), // issue 17: always served
                               QStringLiteral("/v1/incoming"),
                               QStringLiteral("/v1/openapi.json"),
                               QStringLiteral("/v1/outgoing"),
                               QStringLiteral("/v1/requests"),
                               QStringLiteral("/v1/requests/{id}"),
                               QStringLiteral("/v1/requests/{id}/cancel") };
    QCOMPARE(paths.keys(), served);
    // Every documented operation is answered (never 404 "nothing here" or 405), and an undocumented
    // method is refused with 405.
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QString path = QString(it.key()).replace(QStringLiteral("{id}"), QStringLiteral("999999"));
        for (const QString& method : it.value().toObject().keys()) {
            const Answer a = call(method.toUpper().toLatin1(), path, method == QLatin1String("post") ? "{}" : "");
            QVERIFY2(a.status != 405 && (a.status != 404 || a.code() == QLatin1String("not_found")),
                     qPrintable(QStringLiteral("%1 %2: %3").arg(method, path).arg(a.status)));
        }
        if (!it.value().toObject().contains(QStringLiteral("delete")))
            QCOMPARE(call("DELETE", path).status, 405);
    }
    QCOMPARE(call("GET", QStringLiteral("/v1/nothing-here")).status, 404);
}

void TestInboundApiEndToEnd::openApiDocumentIsValid()
{
    const QString validator = QStringLiteral("/opt/countersign-tools/node_modules/.bin/swagger-cli");
    if (!QFileInfo::exists(validator)) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("swagger-cli is missing; packaging/install-deps.sh installs it");
        QSKIP("swagger-cli is not installed (packaging/install-deps.sh installs it under /opt/countersign-tools)");
    }
    // The document as the agent serves it, not only the file in the source tree.
    const Answer doc = call("GET", QStringLiteral("/v1/openapi.json"), {}, QStringLiteral(""));
    QCOMPARE(doc.status, 200);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("openapi.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(doc.raw);
    file.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(validator, { QStringLiteral("validate"), file.fileName() });
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("is valid")), qPrintable(out));
}

void TestInboundApiEndToEnd::postgresRefusesWhenTheRoleLacksAGrant()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only");
    const qint64 before = requestCount();
    // Core would accept this submit; the service account's role loses the people's grants.
    QVERIFY(t->db().exec(QStringLiteral("REVOKE countersign_people FROM api_monitor")).ok());
    const Answer a
        = call("POST", QStringLiteral("/v1/requests"), R"({"action":"act","targets":["test1"],"comment":"alert 4"})");
    QVERIFY(t->db().exec(QStringLiteral("GRANT countersign_people TO api_monitor")).ok());
    QCOMPARE(a.status, 403);
    QCOMPARE(a.code(), QStringLiteral("refused_by_database"));
    QCOMPARE(requestCount(), before);
    // With the grant back, the same call is accepted.
    QCOMPARE(call("POST", QStringLiteral("/v1/requests"), R"({"action":"act","targets":["test1"],"comment":"alert 4"})")
                 .status,
             201);
}

void TestInboundApiEndToEnd::onBehalfOfAPersonWithATicket()
{
    const qint64 before = requestCount();
    const Answer noTicket = call("POST", QStringLiteral("/v1/requests"),
                                 R"({"action":"behalf-act","targets":["test1"],"comment":"disk full on the box of req",
                                     "behalfOf":"req"})");
    QCOMPARE(noTicket.status, 400);
    QVERIFY2(noTicket.body.value(QStringLiteral("error")).toString().contains(QLatin1String("Incident")),
             noTicket.raw.constData());
    QCOMPARE(requestCount(), before);
    const Answer wrongType = call("POST", QStringLiteral("/v1/requests"),
                                  R"({"action":"behalf-act","targets":["test1"],"comment":"x","behalfOf":7})");
    QCOMPARE(wrongType.status, 400);

    const Answer a = call("POST", QStringLiteral("/v1/requests"),
                          R"({"action":"behalf-act","targets":["test1"],"comment":"disk full on the box of req",
                              "behalfOf":"req","ticket":"INC-4711"})");
    QCOMPARE(a.status, 201);
    const QJsonObject r = a.body.value(QStringLiteral("request")).toObject();
    QCOMPARE(r.value(QStringLiteral("requester")).toString(), kService);
    QCOMPARE(r.value(QStringLiteral("behalfOf")).toString(), QStringLiteral("req"));
    QCOMPARE(r.value(QStringLiteral("ticket")).toString(), QStringLiteral("INC-4711"));
    // The manager asked is the one of req (mgr), and req herself may not decide it.
    const qint64 id = r.value(QStringLiteral("id")).toInteger();
    auto incoming = t->ws().requests().incoming(QStringLiteral("mgr"));
    QVERIFY(incoming.ok());
    bool found = false;
    for (const Request& req : incoming->requests)
        found = found || req.id == id;
    QVERIFY2(found, "the beneficiary's manager does not see the request");
    QCOMPARE(t->ws().requests().decide(QStringLiteral("req"), id, true, QStringLiteral("mine")).error().code,
             Error::Code::Forbidden);
    // Its phase names the beneficiary's manager, not the requester's: in the API, the CLI's text and
    // the refusal someone else gets.
    const QString beneficiarysManager = QStringLiteral("the manager of the person it is requested for");
    QCOMPARE(r.value(QStringLiteral("phases")).toArray().at(0).toObject().value(QStringLiteral("requires")).toString(),
             beneficiarysManager);
    auto details = t->ws().requests().details(QStringLiteral("mgr"), id);
    QVERIFY(details.ok());
    const QString text = requestAsText(*details);
    QVERIFY2(text.contains(beneficiarysManager) && !text.contains(QLatin1String("requester's manager")),
             qPrintable(text));
    auto refused = t->ws().requests().decide(QStringLiteral("alice"), id, true, QStringLiteral("not hers"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(beneficiarysManager), qPrintable(refused.error().message));
}

// The same bad calls in German and in English: core's sentences and the API's own refusals.
void TestInboundApiEndToEnd::sentencesFollowTheCallersLanguage()
{
    const QByteArray badParameter
        = R"({"action":"act","parameters":{"count":"many"},"targets":["test1"],"comment":"alert 9"})";
    const qint64 before = requestCount();
    struct Case
    {
        QByteArray language;
        bool german;
    };
    const QList<Case> cases { { "de", true },
                              { "de-DE,de;q=0.9,en;q=0.8", true },
                              { "en;q=0.5, de;q=0.8", true },
                              { "en", false },
                              { "fr", false },
                              { "de;q=0.1, en", false },
                              { "*", false } };
    SubmitInput notMine;
    notMine.action = QStringLiteral("approvers-only");
    notMine.targets = { QStringLiteral("test1") };
    notMine.comment = QStringLiteral("not mine");
    auto english = t->ws().requests().submit(kService, notMine, SubmitMode::RequestApproval);
    QVERIFY(!english.ok());
    for (const Case& c : cases) {
        acceptLanguage = c.language;
        const QByteArray why = "Accept-Language: " + acceptLanguage;
        // Core's message (a parameter check), as the CLI prints it in that language.
        const Answer core = call("POST", QStringLiteral("/v1/requests"), badParameter);
        QCOMPARE(core.status, 400);
        QVERIFY2(core.error().contains(c.german ? QLatin1String("muss eine ganze Zahl sein")
                                                : QLatin1String("must be a whole number")),
                 QByteArray(why + ": " + core.raw).constData());
        QCOMPARE(core.code(), QStringLiteral("invalid")); // codes are for programs: never translated
        // The API's own: malformed JSON, a wrong type, no token.
        const Answer malformed = call("POST", QStringLiteral("/v1/requests"), R"({"action": "act",)");
        QCOMPARE(malformed.status, 400);
        QVERIFY2(malformed.error().startsWith(c.german ? QStringLiteral("Der Inhalt ist kein gültiges JSON")
                                                       : QStringLiteral("The body is not valid JSON")),
                 QByteArray(why + ": " + malformed.raw).constData());
        const Answer wrongType
            = call("POST", QStringLiteral("/v1/requests"), R"({"action":"act","targets":"test1","comment":"x"})");
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(wrongType.error(),
                 c.german ? QStringLiteral("\"targets\" muss ein Array von Namen sein.")
                          : QStringLiteral("\"targets\" must be an array of names."));
        const Answer noToken = call("GET", QStringLiteral("/v1/actions"), {}, QStringLiteral(""));
        QCOMPARE(noToken.status, 401);
        QVERIFY2(noToken.error().startsWith(c.german ? QLatin1String("Das API-Token eines Dienstkontos")
                                                     : QLatin1String("A service account's API token")),
                 QByteArray(why + ": " + noToken.raw).constData());
        // Core's refusal (403): English exactly as core says it, German otherwise.
        const Answer forbidden = call("POST", QStringLiteral("/v1/requests"),
                                      R"({"action":"approvers-only","targets":["test1"],"comment":"not mine"})");
        QCOMPARE(forbidden.status, 403);
        QVERIFY2((forbidden.error() != english.error().message) == c.german,
                 QByteArray(why + ": " + forbidden.raw).constData());
    }
    acceptLanguage.clear();
    QCOMPARE(requestCount(), before);
}

QByteArray TestInboundApiEndToEnd::rawExchange(const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, QUrl(agent->url()).port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray reply;
    while (!reply.contains("\r\n\r\n{") || !reply.endsWith('}')) {
        if (!socket.waitForReadyRead(10000))
            break;
        reply += socket.readAll();
    }
    return reply;
}

// Refused by the guard before any handler runs (413 from the headers, 431): in the caller's language too.
void TestInboundApiEndToEnd::guardRefusalsFollowTheCallersLanguage()
{
    for (const QByteArray& language : { QByteArray("de"), QByteArray("en") }) {
        const bool german = language == "de";
        const QByteArray huge
            = rawExchange("POST /v1/requests HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: " + language
                          + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token.toUtf8()
                          + "\r\nContent-Length: 70000\r\n\r\n{\"action\":\"act\",\"comment\":\"");
        QVERIFY2(huge.startsWith("HTTP/1.1 413 "), huge.constData());
        QVERIFY2(QString::fromUtf8(huge).contains(german ? QStringLiteral("Der Inhalt des Aufrufs ist größer als")
                                                         : QStringLiteral("The request body is larger than")),
                 huge.constData());
        const QByteArray headers = rawExchange("GET /v1/actions HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: "
                                               + language + "\r\nX-Padding: " + QByteArray(40000, 'x') + "\r\n\r\n");
        QVERIFY2(headers.startsWith("HTTP/1.1 431 "), headers.left(200).constData());
        QVERIFY2(QString::fromUtf8(headers).contains(german ? QStringLiteral("Die Kopfzeilen des Aufrufs sind größer")
                                                            : QStringLiteral("The request headers are larger")),
                 headers.constData());
    }
}

QTEST_MAIN(TestInboundApiEndToEnd)
#include "tst_inboundapi_e2e.moc"
