// Fault tests for the integrations (issues 17 and 15), in the manner of tst_pg_faults (issue 11):
// a gate in the test database holds one statement or its COMMIT, the backend is terminated, and
// the test checks that the operation is either committed and acknowledged, or reported as failed
// (or outcome unknown) and not committed -- never acknowledged and missing, never done twice. The
// inbound API and the webhook reply go through the real agent on loopback HTTP; access reviews
// through core, which every front end (CLI review decide|close, the desktop) calls.
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>
#include <core/audit/auditevents.h>
#include <core/audit/grantevents.h>
#include <support/agentprocess.h>
#include <support/approvalreceiver.h>
#include <support/pggate.h>
#include <support/testworkspace.h>

using namespace cs;
using pggate::Terminator;

namespace {

const QByteArray kSecret = "approval-hmac-key";
const QString kService = QStringLiteral("api_monitor");
const QString kAgentUrl = QStringLiteral("http://review-agent.test");
constexpr qint64 kDay = 24LL * 3600 * 1000;

const char* kWebhookThenPeople = R"({"rules":[{"name":"default","phases":[
    {"name":"Bot","approve":{"webhook":"checker"}},
    {"name":"People","approve":{"group":"approvers"}}]}]})";

struct Answer
{
    int status = 0;
    QJsonObject body;
    bool accepted() const { return status >= 200 && status < 300; }
    QString text() const
    {
        return QStringLiteral("%1 %2").arg(status).arg(
            QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
};

Answer post(const QString& url, const QByteArray& body, const QByteArray& bearer = {},
            const QByteArray& idempotencyKey = {})
{
    QNetworkAccessManager net;
    QNetworkRequest request { QUrl(url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    QNetworkReply* reply = net.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return a;
}

template<typename T> Status statusOf(const Result<T>& r)
{
    return r.ok() ? Status() : Status(r.error());
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestPgIntegrationFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void apiSubmit_data();
    void apiSubmit();
    void webhookReply_data();
    void webhookReply();
    void agentKilledWhileItsWebhookCallIsInFlight();
    void review_data();
    void review();

private:
    void addSteps();
    std::unique_ptr<AgentProcess> startAgent(const QString& extraConfig = {});
    void addChecker(const QString& url);
    qint64 submitPending();
    qint64 activeGrant(const QString& target);
    // A count read on a connection of its own, as another client would see it.
    qint64 count(const QString& sql, const QVariantList& values = {});
    std::unique_ptr<TestWorkspace> t;
};

void TestPgIntegrationFaults::initTestCase()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only: run with COUNTERSIGN_TEST_ENGINE=postgresql (packaging/test.sh does).");
    qputenv("CS_TEST_APPROVAL_SECRET", kSecret);
    qputenv("COUNTERSIGN_NOTIFY_POLL_MS", "100");
}

void TestPgIntegrationFaults::init()
{
    t = std::make_unique<TestWorkspace>();
    t->clock.set(QDateTime::currentDateTimeUtc()); // the agent uses the real clock
    buildStandardDirectory(*t);
}

void TestPgIntegrationFaults::cleanup()
{
    t.reset();
}

void TestPgIntegrationFaults::addSteps()
{
    QTest::addColumn<int>("step");
    QTest::newRow("statement") << int(pggate::Step::Statement);
    QTest::newRow("commit") << int(pggate::Step::Commit);
}

std::unique_ptr<AgentProcess> TestPgIntegrationFaults::startAgent(const QString& extraConfig)
{
    AgentProcess::Options o;
    o.binary = QStringLiteral(CS_AGENT_PATH);
    o.port = freePort();
    o.database = t->path();
    o.databasePassword = t->password();
    o.extraConfig = extraConfig;
    return std::make_unique<AgentProcess>(o);
}

void TestPgIntegrationFaults::addChecker(const QString& url)
{
    ApprovalWebhookInput in;
    in.name = QStringLiteral("checker");
    in.url = url;
    in.secretEnv = QStringLiteral("CS_TEST_APPROVAL_SECRET");
    TestWorkspace::must(t->ws().approvalWebhooks().add(QStringLiteral("root"), in), "add webhook");
    t->action(actionWithPolicy(kWebhookThenPeople));
}

qint64 TestPgIntegrationFaults::submitPending()
{
    SubmitInput in { QStringLiteral("act"),
                     { { QStringLiteral("count"), 2 } },
                     { QStringLiteral("test1") },
                     QStringLiteral("checked by a webhook first") };
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    return r->id;
}

qint64 TestPgIntegrationFaults::activeGrant(const QString& target)
{
    SubmitInput in {
        QStringLiteral("grant"), { { QStringLiteral("who"), QStringLiteral("x") } }, { target }, QStringLiteral("need")
    };
    in.duration = QStringLiteral("8h");
    return makeActiveGrant(*t, in);
}

qint64 TestPgIntegrationFaults::count(const QString& sql, const QVariantList& values)
{
    auto other = t->openAnother();
    auto q = other->database().exec(sql, values);
    if (!q.ok() || !q->next())
        qFatal("count failed: %s", q.ok() ? "no row" : qPrintable(q.error().message));
    return q->value(0).toLongLong();
}

void TestPgIntegrationFaults::apiSubmit_data()
{
    addSteps();
}

// POST /v1/requests with an Idempotency-Key, the agent's backend cut off during the insert or its
// COMMIT: never a 2xx for a request that is not there; a lost COMMIT is its own answer
// (outcome_unknown); the retry with the same key makes exactly one request, in alice's Incoming.
void TestPgIntegrationFaults::apiSubmit()
{
    QFETCH(int, step);
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    ServiceAccounts accounts = t->ws().serviceAccounts();
    TestWorkspace::must(accounts.add(QStringLiteral("root"), kService, QStringLiteral("Monitoring"), {}), "add");
    TestWorkspace::must(
        t->ws().admin().setMembership(QStringLiteral("root"), QStringLiteral("requesters"), kService, true), "member");
    auto token = accounts.issueToken(QStringLiteral("root"), kService, QStringLiteral("nagios"));
    QVERIFY(token.ok());
    const auto agent = startAgent(QStringLiteral(R"(, "api": { "enabled": true })"));
    const QString url = agent->url() + QStringLiteral("/v1/requests");
    const QByteArray body = R"({"action":"act","parameters":{"count":2},"targets":["test1"],"comment":"alert"})";
    const QByteArray key = "nagios-alert-fault";

    pggate::install(*t, pggate::Step(step), QStringLiteral("requests"));
    Answer first;
    {
        Terminator terminator(pggate::databaseName(*t));
        first = post(url, body, token->toUtf8(), key);
        QVERIFY(terminator.terminated());
    }
    pggate::remove(*t, QStringLiteral("requests"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM requests")), 0);
    QVERIFY2(!first.accepted(), qPrintable(first.text()));
    QCOMPARE(first.status, 503);
    QCOMPARE(first.body.value(QStringLiteral("code")).toString(),
             pggate::Step(step) == pggate::Step::Commit ? QStringLiteral("outcome_unknown")
                                                        : QStringLiteral("unavailable"));

    // The caller does what the answer says: send it again with the same key. One request.
    const Answer retried = post(url, body, token->toUtf8(), key);
    QVERIFY2(retried.accepted(), qPrintable(retried.text()));
    const qint64 id = retried.body.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger();
    const Answer again = post(url, body, token->toUtf8(), key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM requests")), 1);
    auto incoming = t->openAnother()->requests().incoming(QStringLiteral("alice"));
    QVERIFY(incoming.ok());
    QCOMPARE(incoming->requests.size(), 1);
    QCOMPARE(incoming->requests.first().id, id);
    QVERIFY(t->openAnother()->audit().verify()->intact);
}

void TestPgIntegrationFaults::webhookReply_data()
{
    addSteps();
}

// The webhook's reply, the agent's backend cut off while the decision is written or committed:
// never "accepted" with nothing recorded; the same token sent again is accepted once, then
// refused as used; one decision in the end, and the audit chain verifies.
void TestPgIntegrationFaults::webhookReply()
{
    QFETCH(int, step);
    ApprovalReceiver receiver(kSecret, QStringLiteral("none")); // takes the call, answers nothing itself
    addChecker(receiver.url());
    const auto agent = startAgent();
    const qint64 id = submitPending();
    QVERIFY2(QTest::qWaitFor([&] { return !receiver.tokens().isEmpty(); }, 30000), qPrintable(agent->log()));
    const QString token = receiver.tokens().constFirst();
    const QString url = agent->url() + QStringLiteral("/v1/approval-webhooks/reply");
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("token"), token },
                                                        { QStringLiteral("decision"), QStringLiteral("approve") } })
                                .toJson(QJsonDocument::Compact);
    const QString decisions = QStringLiteral("SELECT count(*) FROM decisions WHERE request_id = ?");

    pggate::install(*t, pggate::Step(step), QStringLiteral("decisions"));
    Answer first;
    {
        Terminator terminator(pggate::databaseName(*t));
        first = post(url, body);
        QVERIFY(terminator.terminated());
    }
    pggate::remove(*t, QStringLiteral("decisions"));
    QCOMPARE(count(decisions, { id }), 0);
    QVERIFY2(!first.accepted(), qPrintable(first.text()));
    QCOMPARE(first.status, 503);
    // A lost COMMIT is told apart, as the inbound API does; a failed statement is a plain failure.
    QCOMPARE(first.body.value(QStringLiteral("code")).toString() == QLatin1String("outcome_unknown"),
             pggate::Step(step) == pggate::Step::Commit);
    QCOMPARE(t->openAnother()->requestStore().load(id)->phase, 0);

    const Answer retried = post(url, body);
    QVERIFY2(retried.status == 200, qPrintable(retried.text()));
    QCOMPARE(retried.body.value(QStringLiteral("phase")).toInt(), 2);
    const Answer replayed = post(url, body);
    QCOMPARE(replayed.status, 409);
    QCOMPARE(count(decisions, { id }), 1);
    QCOMPARE(t->openAnother()->requestStore().load(id)->phase, 1);
    QVERIFY(t->openAnother()->audit().verify()->intact);
}

// The agent SIGKILLed while its call to the approval webhook is in flight (the receiver holds it):
// the restarted agent takes the call up again with a fresh token, which decides the phase once;
// the first call's token was replaced, so a late answer to it decides nothing.
void TestPgIntegrationFaults::agentKilledWhileItsWebhookCallIsInFlight()
{
    ApprovalReceiver receiver(kSecret, QStringLiteral("hold"));
    addChecker(receiver.url());
    auto agent = startAgent();
    const qint64 id = submitPending();
    QVERIFY2(QTest::qWaitFor([&] { return !receiver.tokens().isEmpty(); }, 30000), qPrintable(agent->log()));
    const QString held = receiver.tokens().constFirst();
    agent.reset(); // SIGKILL, the call still open
    const QString inFlight
        = QStringLiteral("SELECT count(*) FROM notify_outbox WHERE state = 'sending' AND recipient LIKE 'approval:%'");
    QCOMPARE(count(inFlight), 1);

    agent = startAgent(); // the same agent name: it releases what it held
    QVERIFY2(QTest::qWaitFor([&] { return t->openAnother()->requestStore().load(id)->phase == 1; }, 30000),
             qPrintable(agent->log()));
    QVERIFY(receiver.tokens().size() >= 2);
    QVERIFY(receiver.tokens().at(1) != held);
    const QString decisions = QStringLiteral("SELECT count(*) FROM decisions WHERE request_id = ? AND approver = ?");
    QCOMPARE(count(decisions, { id, QStringLiteral("webhook:checker") }), 1);

    // The external system answers the first call late: refused, nothing decided twice.
    const Answer late = post(agent->url() + QStringLiteral("/v1/approval-webhooks/reply"),
                             QJsonDocument(QJsonObject { { QStringLiteral("token"), held },
                                                         { QStringLiteral("decision"), QStringLiteral("decline") } })
                                 .toJson(QJsonDocument::Compact));
    QVERIFY2(!late.accepted(), qPrintable(late.text()));
    QCOMPARE(count(decisions, { id, QStringLiteral("webhook:checker") }), 1);
    QCOMPARE(t->openAnother()->requestStore().load(id)->state, RequestState::Pending);
    QCOMPARE(count(inFlight), 0);
    QVERIFY(t->openAnother()->audit().verify()->intact);
}

void TestPgIntegrationFaults::review_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("table"); // where the gate is
    QTest::addColumn<QString>("event");
    const QString insert = QStringLiteral("INSERT");
    const QString update = QStringLiteral("UPDATE");
    for (int step : { int(pggate::Step::Statement), int(pggate::Step::Commit) }) {
        const char* when = step == int(pggate::Step::Statement) ? "statement" : "commit";
        const auto row = [&](const char* what) -> QTestData& { return QTest::addRow("%s %s", what, when); };
        row("keep") << QStringLiteral("keep") << step << QStringLiteral("grant_reviews") << insert;
        // The review row comes after the early revoke: a fault there must take the revoke back too.
        row("revoke") << QStringLiteral("revoke") << step << QStringLiteral("grant_reviews") << insert;
        row("campaign keep") << QStringLiteral("campaign keep") << step << QStringLiteral("access_review_items")
                             << update;
        row("campaign revoke") << QStringLiteral("campaign revoke") << step << QStringLiteral("access_review_items")
                               << update;
        row("campaign close") << QStringLiteral("campaign close") << step << QStringLiteral("access_reviews") << update;
    }
}

// Access reviews: Keep, Revoke, a campaign's decisions and its close, the backend cut off during
// the statement or the COMMIT: failed (or unknown) and nothing of it committed -- in particular no
// grant revoked without its review on record -- and the same decision made again counts once.
void TestPgIntegrationFaults::review()
{
    QFETCH(QString, operation);
    QFETCH(int, step);
    QFETCH(QString, table);
    QFETCH(QString, event);
    t->target(QStringLiteral("g1"), QStringLiteral("server"), QStringLiteral("test"), {}, kAgentUrl);
    t->action(R"({"name": "grant", "interpreter": "/bin/sh", "script": "echo grant", "revokeScript": "echo revoke",
        "durations": ["1h", "8h"], "requesterGroups": ["requesters"], "targets": ["g1"],
        "parameters": [ { "name": "who", "type": "string" } ],
        "policy": {"approvalRequired":true,"approverGroups":["approvers"]}})");
    const qint64 id = activeGrant(QStringLiteral("g1"));
    const qint64 until = t->openAnother()->requestStore().load(id)->activeUntil;
    ReviewCampaigns campaigns = t->ws().reviewCampaigns();
    qint64 campaign = 0;
    if (operation.startsWith(QLatin1String("campaign"))) {
        auto started = campaigns.start(QStringLiteral("audit"),
                                       { QStringLiteral("Quarterly"), {}, t->clock.nowMs() + 7 * kDay, {} });
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        campaign = started->id;
    }
    const auto run = [&]() -> Status {
        if (operation == QLatin1String("keep"))
            return statusOf(t->ws().accessReview().keep(QStringLiteral("alice"), id, QStringLiteral("on call"), 0));
        if (operation == QLatin1String("revoke"))
            return statusOf(t->ws().accessReview().revoke(QStringLiteral("alice"), id, QStringLiteral("not needed")));
        if (operation == QLatin1String("campaign close"))
            return statusOf(campaigns.close(QStringLiteral("audit"), campaign));
        return statusOf(campaigns.decide(QStringLiteral("alice"), campaign, id, operation.section(QLatin1Char(' '), 1),
                                         QStringLiteral("checked")));
    };
    const auto entries = [&](QLatin1String name) {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE request_id = ? AND event = ?"),
                     { id, QString(name) });
    };
    const QString reviews = QStringLiteral("SELECT count(*) FROM grant_reviews WHERE request_id = ?");
    const QString decided = QStringLiteral("SELECT count(*) FROM access_review_items WHERE decision <> ''");
    const QString closed = QStringLiteral("SELECT count(*) FROM access_reviews WHERE closed_at <> 0");

    pggate::install(*t, pggate::Step(step), table, event);
    Status s;
    {
        Terminator terminator(pggate::databaseName(*t));
        s = run();
        QVERIFY(terminator.terminated());
    }
    pggate::remove(*t, table);
    QVERIFY2(!s.ok(), "acknowledged although the backend was terminated before its commit");
    QCOMPARE(s.error().code,
             pggate::Step(step) == pggate::Step::Commit ? Error::Code::OutcomeUnknown : Error::Code::Storage);
    // Nothing of it is there: the grant runs on until its time, unreviewed.
    auto after = t->openAnother()->requestStore().load(id);
    QCOMPARE(after->state, RequestState::Active);
    QCOMPARE(after->activeUntil, until);
    QCOMPARE(entries(AuditEvent::GrantRevokeRequested), 0);
    QCOMPARE(count(reviews, { id }), 0);
    QCOMPARE(count(decided), 0);
    QCOMPARE(count(closed), 0);

    // Done again, it is done once.
    const Status again = run();
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    const bool revoking = operation.endsWith(QLatin1String("revoke"));
    QCOMPARE(entries(AuditEvent::GrantRevokeRequested), revoking ? 1 : 0);
    QCOMPARE(count(reviews, { id }), operation.startsWith(QLatin1String("campaign")) ? 0 : 1);
    const bool campaignDecision
        = operation.startsWith(QLatin1String("campaign")) && operation != QLatin1String("campaign close");
    QCOMPARE(count(decided), campaignDecision ? 1 : 0);
    QCOMPARE(count(closed), operation == QLatin1String("campaign close") ? 1 : 0);
    if (operation != QLatin1String("keep")) // a grant may be kept again; the rest happen once
        QVERIFY(!run().ok());
    QVERIFY(t->openAnother()->audit().verify()->intact);
}

QTEST_GUILESS_MAIN(TestPgIntegrationFaults)
#include "tst_pg_integration_faults.moc"
