#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <agent/noticesender.h>
#include <core/audit/auditevents.h>
#include <core/requests/delegation.h>
#include <core/views/requestjson.h>
#include <support/agentprocess.h>
#include <support/approvalreceiver.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

const QByteArray kSecret = "approval-hmac-key";

const char* kTwoPhases = R"({"rules":[{"name":"default","phases":[
    {"name":"Bot","approve":{"webhook":"checker"}},
    {"name":"People","approve":{"group":"approvers"}}]}]})";
const char* kBoth = R"({"rules":[{"name":"default","phases":[
    {"name":"Both","approve":{"all":[{"webhook":"checker"},{"group":"approvers"}]}}]}]})";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One POST to the agent; the status and the JSON answer.
QPair<int, QJsonObject> postRaw(const QString& url, const QByteArray& body)
{
    QNetworkAccessManager net;
    QNetworkRequest request { QUrl(url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = net.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return { status, answer };
}

QPair<int, QJsonObject> post(const QString& url, const QJsonObject& body)
{
    return postRaw(url, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

// Approval webhooks (issue 17): the criterion, registration, the single-use reply token and the
// decisions it carries, and the agent's sender calling a real receiver.
class TestApprovalWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theCriterionParsesAndDescribesItself();
    void registrationIsForAdminsAndChecked();
    void anEmptyNameOrAddressIsAskedForInASentence();
    void anAdminDisablesAndEnablesAWebhook();
    void aPolicyNamingAnUnknownWebhookIsRefused();
    void aWebhookNeededByTwoPhasesIsRefused();
    void aWebhookApprovesPhaseOneAndAPersonPhaseTwo();
    void aDecliningWebhookRejects();
    void allOfWebhookAndGroupNeedsBoth();
    void aTokenWorksOnceForItsRequestAndPhaseOnly();
    void aTokenIsRefusedAfterTheDeadline();
    void theSenderCallsTheWebhookSignedWithMaskedSecrets();
    void aFailingWebhookIsDisabledAndTheAdminsAreTold();
    void endToEndWithTheRealAgent();
    void endToEndADecliningWebhookRejects();
    void hostileRepliesAreRefusedAndNothingIsWritten();

private:
    // The real agent on loopback over this workspace, its sender calling `receiver` (which answers).
    std::unique_ptr<AgentProcess> startAgent();
    // Waits (on the real clock) until the request leaves phase `phase` or ends.
    Request waitPast(qint64 id, int phase);
    void addChecker(const QString& url = QStringLiteral("http://127.0.0.1:9/none"));
    Request submit();
    int refusals();

    std::unique_ptr<TestWorkspace> t;
};

void TestApprovalWebhooks::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
}

void TestApprovalWebhooks::cleanup()
{
    t.reset();
}

void TestApprovalWebhooks::addChecker(const QString& url)
{
    ApprovalWebhookInput in;
    in.name = QStringLiteral("checker");
    in.url = url;
    in.headers.insert(QStringLiteral("X-Team"), QStringLiteral("ops"));
    in.fields.insert(QStringLiteral("tenant"), QStringLiteral("acme"));
    in.secretEnv = QStringLiteral("CS_TEST_APPROVAL_SECRET");
    TestWorkspace::must(t->ws().approvalWebhooks().add(QStringLiteral("root"), in), "add webhook");
}

Request TestApprovalWebhooks::submit()
{
    SubmitInput in;
    in.action = QStringLiteral("act");
    in.parameters = { { QStringLiteral("count"), 2 },
                      { QStringLiteral("note"), QStringLiteral("hello") },
                      { QStringLiteral("pin"), QStringLiteral("s3cret-pin") } };
    in.targets = { QStringLiteral("test1") };
    in.comment = QStringLiteral("checked by a webhook first"); // core requires a reason
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    return *r;
}

int TestApprovalWebhooks::refusals()
{
    auto entries = t->ws().audit().entries(0, 100000);
    if (!entries.ok())
        qFatal("audit: %s", qPrintable(entries.error().message));
    int n = 0;
    for (const AuditEntry& e : *entries)
        n += e.event == AuditEvent::ApprovalWebhookReplyRefused;
    return n;
}

void TestApprovalWebhooks::theCriterionParsesAndDescribesItself()
{
    auto e = Expression::fromJson(QJsonDocument::fromJson(R"({"webhook":"checker"})").object());
    QVERIFY2(e.ok(), qPrintable(e.error().message));
    QCOMPARE(e->kind, CriterionKind::Webhook);
    QCOMPARE(e->value, QStringLiteral("checker"));
    QCOMPARE(e->describe(), QStringLiteral("webhook checker"));
    QCOMPARE(e->toJson().toObject().value(QStringLiteral("webhook")).toString(), QStringLiteral("checker"));
    QVERIFY(!Expression::fromJson(QJsonDocument::fromJson(R"({"webhook":true})").object()).ok());
    QVERIFY(!Expression::fromJson(QJsonDocument::fromJson(R"({"webhook":"a","count":2})").object()).ok());
    // Only the webhook itself matches the criterion; no person does (people never have a webhook's login).
    auto both
        = Expression::fromJson(QJsonDocument::fromJson(R"({"all":[{"webhook":"checker"},{"group":"g"}]})").object());
    QVERIFY(both.ok());
    Phase phase;
    phase.approve = *both;
    ApproverFacts person { QStringLiteral("carol"), { QStringLiteral("g") }, {}, false, false };
    QCOMPARE(PolicyEngine::matchingCriteria(phase, person).size(), 1); // the group only
    QCOMPARE(PolicyEngine::matchingCriteria(phase, PolicyEngine::webhookFacts(QStringLiteral("checker"))).size(), 1);
    QVERIFY(PolicyEngine::isSatisfiable(phase, { person }));
    QVERIFY(!PolicyEngine::isSatisfiable(phase, {}));
}

void TestApprovalWebhooks::registrationIsForAdminsAndChecked()
{
    ApprovalWebhookInput in;
    in.name = QStringLiteral("checker");
    in.url = QStringLiteral("http://127.0.0.1:9/x");
    QCOMPARE(t->ws().approvalWebhooks().add(QStringLiteral("alice"), in).error().code, Error::Code::Forbidden);
    in.url = QStringLiteral("ftp://host/x");
    QCOMPARE(t->ws().approvalWebhooks().add(QStringLiteral("root"), in).error().code, Error::Code::Invalid);
    in.url = QStringLiteral("http://127.0.0.1:9/x");
    in.headers.insert(QStringLiteral("X-Countersign-Signature"), QStringLiteral("forged"));
    QCOMPARE(t->ws().approvalWebhooks().add(QStringLiteral("root"), in).error().code, Error::Code::Invalid);
    in.headers = {};
    in.fields.insert(QStringLiteral("token"), QStringLiteral("mine"));
    QCOMPARE(t->ws().approvalWebhooks().add(QStringLiteral("root"), in).error().code, Error::Code::Invalid);
    in.fields = {};
    QVERIFY(t->ws().approvalWebhooks().add(QStringLiteral("root"), in).ok());
    QCOMPARE(t->ws().approvalWebhooks().add(QStringLiteral("root"), in).error().code, Error::Code::Conflict);
    auto list = t->ws().approvalWebhooks().webhooks(QStringLiteral("audit"));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QVERIFY(list->first().enabled);
    QCOMPARE(t->ws().approvalWebhooks().webhooks(QStringLiteral("alice")).error().code, Error::Code::Forbidden);
}

void TestApprovalWebhooks::anEmptyNameOrAddressIsAskedForInASentence()
{
    ApprovalWebhookInput in;
    in.url = QStringLiteral("http://127.0.0.1:9/x");
    auto refused = t->ws().approvalWebhooks().add(QStringLiteral("root"), in);
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    // Not "(\"\" is not)": the person is asked for the name.
    QVERIFY2(refused.error().message.startsWith(QLatin1String("Give the approval webhook a name")),
             qPrintable(refused.error().message));
    in.name = QStringLiteral("checker");
    in.url.clear();
    refused = t->ws().approvalWebhooks().add(QStringLiteral("root"), in);
    QVERIFY2(refused.error().message.startsWith(QLatin1String("Give the approval webhook's address")),
             qPrintable(refused.error().message));
}

void TestApprovalWebhooks::anAdminDisablesAndEnablesAWebhook()
{
    addChecker();
    ApprovalWebhookService hooks = t->ws().approvalWebhooks();
    QCOMPARE(hooks.disable(QStringLiteral("alice"), QStringLiteral("checker")).error().code, Error::Code::Forbidden);
    QCOMPARE(hooks.disable(QStringLiteral("root"), QStringLiteral("nosuch")).error().code, Error::Code::NotFound);
    QVERIFY(hooks.disable(QStringLiteral("root"), QStringLiteral("checker")).ok());
    auto list = hooks.webhooks(QStringLiteral("root"));
    QVERIFY(list.ok());
    QVERIFY(!list->first().enabled);
    QCOMPARE(list->first().disabledBy, QStringLiteral("root")); // by hand, not by the failure rule
    QVERIFY(!list->first().disabledAfterFailures());
    QCOMPARE(hooks.disable(QStringLiteral("root"), QStringLiteral("checker")).error().code, Error::Code::Conflict);
    auto entries = t->ws().audit().entries(0, 100000);
    QVERIFY(entries.ok());
    int disabledByRoot = 0;
    for (const AuditEntry& e : *entries)
        disabledByRoot += e.event == AuditEvent::ApprovalWebhookDisabled && e.actor == QStringLiteral("root");
    QCOMPARE(disabledByRoot, 1);
    QVERIFY(hooks.enable(QStringLiteral("root"), QStringLiteral("checker")).ok());
    list = hooks.webhooks(QStringLiteral("root"));
    QVERIFY(list.ok() && list->first().enabled);
    QVERIFY(list->first().disabledBy.isEmpty());
}

void TestApprovalWebhooks::aPolicyNamingAnUnknownWebhookIsRefused()
{
    auto file = ActionFile::parse(actionWithPolicy(kTwoPhases));
    QVERIFY(file.ok());
    auto refused = t->ws().admin().importAction(QStringLiteral("root"), *file);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("\"checker\"")), qPrintable(refused.error().message));
    addChecker();
    auto imported = t->ws().admin().importAction(QStringLiteral("root"), *file);
    QVERIFY(imported.ok());
    // The webhook approves its phase: no "nobody could approve" warning for it.
    QVERIFY2(!imported->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("\"Bot\"")),
             qPrintable(imported->warnings.join(QLatin1Char('\n'))));
}

// A webhook decides a request once: a policy whose two phases both need it is refused at import.
void TestApprovalWebhooks::aWebhookNeededByTwoPhasesIsRefused()
{
    addChecker();
    auto file = ActionFile::parse(actionWithPolicy(R"({"rules":[{"name":"default","phases":[
        {"name":"Bot","approve":{"webhook":"checker"}},
        {"name":"Bot again","approve":{"webhook":"checker"}}]}]})"));
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    auto refused = t->ws().admin().importAction(QStringLiteral("root"), *file);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("decides a request once")),
             qPrintable(refused.error().message));
}

void TestApprovalWebhooks::aWebhookApprovesPhaseOneAndAPersonPhaseTwo()
{
    addChecker();
    t->action(actionWithPolicy(kTwoPhases));
    const Request r = submit();
    auto before = t->ws().requests().details(QStringLiteral("req"), r.id);
    QVERIFY(before.ok());
    QVERIFY2(before->approvers.summary.contains(QStringLiteral("webhook checker")),
             qPrintable(before->approvers.summary));
    // A person in approvers cannot decide the webhook's phase.
    QVERIFY(!t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {}).ok());

    auto token = t->ws().requests().issueWebhookToken(r.id, 0, QStringLiteral("checker"));
    QVERIFY2(token.ok(), qPrintable(token.error().message));
    auto decided = t->ws().requests().decideByWebhook(
        { *token, true, QStringLiteral("looks fine"), QStringLiteral("127.0.0.1") });
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->state, RequestState::Pending);
    QCOMPARE(decided->phase, 1);
    auto approved = t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {});
    QVERIFY2(approved.ok(), qPrintable(approved.error().message));
    QCOMPARE(approved->state, RequestState::Approved);

    auto d = t->ws().requests().details(QStringLiteral("req"), r.id);
    QVERIFY(d.ok());
    QCOMPARE(d->decisions.size(), 2);
    QCOMPARE(d->decisions.first().approver, QStringLiteral("webhook:checker"));
    QCOMPARE(decidedByText(d->decisions.first()), QStringLiteral("webhook checker"));
    QVERIFY(RequestService::verifyApproval(d->request, d->decisions).ok());
    bool recorded = false;
    for (const AuditEntry& e : d->history)
        if (e.event == AuditEvent::DecisionApproved && e.actor == QStringLiteral("webhook:checker"))
            recorded = e.payloadObject().value(QStringLiteral("address")).toString() == QStringLiteral("127.0.0.1");
    QVERIFY(recorded);
}

void TestApprovalWebhooks::aDecliningWebhookRejects()
{
    addChecker();
    t->action(actionWithPolicy(kTwoPhases));
    const Request r = submit();
    auto token = t->ws().requests().issueWebhookToken(r.id, 0, QStringLiteral("checker"));
    QVERIFY(token.ok());
    auto decided = t->ws().requests().decideByWebhook({ *token, false, {}, QStringLiteral("10.0.0.7") });
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->state, RequestState::Rejected);
}

void TestApprovalWebhooks::allOfWebhookAndGroupNeedsBoth()
{
    addChecker();
    t->action(actionWithPolicy(kBoth));
    const Request a = submit();
    auto person = t->ws().requests().decide(QStringLiteral("alice"), a.id, true, {});
    QVERIFY2(person.ok(), qPrintable(person.error().message));
    QCOMPARE(person->state, RequestState::Pending); // the person alone is not enough
    auto token = t->ws().requests().issueWebhookToken(a.id, 0, QStringLiteral("checker"));
    QVERIFY(token.ok());
    auto both = t->ws().requests().decideByWebhook({ *token, true, {}, QStringLiteral("127.0.0.1") });
    QVERIFY2(both.ok(), qPrintable(both.error().message));
    QCOMPARE(both->state, RequestState::Approved);

    const Request b = submit(); // and the webhook alone is not enough either
    auto tokenB = t->ws().requests().issueWebhookToken(b.id, 0, QStringLiteral("checker"));
    QVERIFY(tokenB.ok());
    auto webhookOnly = t->ws().requests().decideByWebhook({ *tokenB, true, {}, QStringLiteral("127.0.0.1") });
    QVERIFY(webhookOnly.ok());
    QCOMPARE(webhookOnly->state, RequestState::Pending);
}

void TestApprovalWebhooks::aTokenWorksOnceForItsRequestAndPhaseOnly()
{
    addChecker();
    t->action(actionWithPolicy(kBoth));
    const Request a = submit();
    const Request b = submit();
    QCOMPARE(refusals(), 0);
    auto unknown
        = t->ws().requests().decideByWebhook({ QStringLiteral("made-up"), true, {}, QStringLiteral("1.2.3.4") });
    QCOMPARE(unknown.error().code, Error::Code::Forbidden);
    QCOMPARE(refusals(), 1);

    auto tokenA = t->ws().requests().issueWebhookToken(a.id, 0, QStringLiteral("checker"));
    QVERIFY(tokenA.ok());
    // A token for a phase that is not open cannot even be issued.
    QCOMPARE(t->ws().requests().issueWebhookToken(a.id, 1, QStringLiteral("checker")).error().code,
             Error::Code::Conflict);
    // A fresh token replaces the earlier one: the old one no longer works.
    auto again = t->ws().requests().issueWebhookToken(a.id, 0, QStringLiteral("checker"));
    QVERIFY(again.ok());
    QCOMPARE(t->ws().requests().decideByWebhook({ *tokenA, true, {}, QStringLiteral("1.2.3.4") }).error().code,
             Error::Code::Forbidden);
    QCOMPARE(refusals(), 2);
    QVERIFY(t->ws().requests().decideByWebhook({ *again, true, {}, QStringLiteral("1.2.3.4") }).ok());
    // Replayed: refused, and request b (same phase, same webhook) is not decided by a's token.
    QCOMPARE(t->ws().requests().decideByWebhook({ *again, true, {}, QStringLiteral("1.2.3.4") }).error().code,
             Error::Code::Conflict);
    QCOMPARE(refusals(), 3);
    auto stillB = t->ws().requests().details(QStringLiteral("req"), b.id);
    QVERIFY(stillB.ok());
    QVERIFY(stillB->decisions.isEmpty());

    // A token whose phase closed (the request was rejected by a person) no longer works.
    auto tokenB = t->ws().requests().issueWebhookToken(b.id, 0, QStringLiteral("checker"));
    QVERIFY(tokenB.ok());
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), b.id, false, QStringLiteral("no")).ok());
    QCOMPARE(t->ws().requests().decideByWebhook({ *tokenB, true, {}, QStringLiteral("1.2.3.4") }).error().code,
             Error::Code::Conflict);
    QCOMPARE(refusals(), 4);
    auto entries = t->ws().audit().entries(b.id);
    QVERIFY(entries.ok());
    QCOMPARE(entries->last().event, QString(AuditEvent::ApprovalWebhookReplyRefused));
    QCOMPARE(entries->last().actor, QStringLiteral("webhook:checker"));
    QCOMPARE(entries->last().payloadObject().value(QStringLiteral("address")).toString(), QStringLiteral("1.2.3.4"));
}

void TestApprovalWebhooks::aTokenIsRefusedAfterTheDeadline()
{
    addChecker();
    t->action(actionWithPolicy(kTwoPhases));
    const Request r = submit();
    auto token = t->ws().requests().issueWebhookToken(r.id, 0, QStringLiteral("checker"));
    QVERIFY(token.ok());
    t->clock.advanceSecs(30 * 24 * 3600);
    QCOMPARE(t->ws().requests().decideByWebhook({ *token, true, {}, QStringLiteral("1.2.3.4") }).error().code,
             Error::Code::Conflict);
    QCOMPARE(refusals(), 1);
    auto d = t->ws().requests().details(QStringLiteral("req"), r.id);
    QVERIFY(d.ok());
    QVERIFY(d->decisions.isEmpty());
}

void TestApprovalWebhooks::theSenderCallsTheWebhookSignedWithMaskedSecrets()
{
    ApprovalReceiver receiver(kSecret, QStringLiteral("none"));
    QVERIFY(!receiver.url().isEmpty());
    qputenv("CS_TEST_APPROVAL_SECRET", kSecret);
    addChecker(receiver.url());
    t->action(actionWithPolicy(kTwoPhases));
    const Request r = submit();
    agent::NoticeSender::Settings s;
    s.transport.timeoutSeconds = 5;
    s.replyUrl = QStringLiteral("http://127.0.0.1:1/v1/approval-webhooks/reply");
    agent::NoticeSender sender(
        [] { return Result<std::unique_ptr<Database>>(Error::invalid(QStringLiteral("not used"))); }, t->clock,
        QStringLiteral("a1"), s);
    ApprovalWebhookService approvals = t->ws().approvalWebhooks();
    for (int pass = 0; pass < 10; ++pass) {
        auto done = sender.sendDue(t->ws().notify(), &approvals);
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        if (*done == 0)
            break;
    }
    const QList<QJsonObject> calls = receiver.lines();
    QCOMPARE(calls.size(), 1);
    QVERIFY(calls.first().value(QStringLiteral("signed")).toBool());
    QCOMPARE(calls.first().value(QStringLiteral("team")).toString(), QStringLiteral("ops"));
    const QJsonObject body = calls.first().value(QStringLiteral("body")).toObject();
    QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("approval_requested"));
    QCOMPARE(body.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));
    QCOMPARE(body.value(QStringLiteral("replyUrl")).toString(), s.replyUrl);
    const QJsonObject request = body.value(QStringLiteral("request")).toObject();
    QCOMPARE(request.value(QStringLiteral("id")).toInteger(), r.id);
    QCOMPARE(request.value(QStringLiteral("requester")).toString(), QStringLiteral("req"));
    QCOMPARE(request.value(QStringLiteral("beneficiary")).toString(), QStringLiteral("req")); // for themselves
    QCOMPARE(request.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("pin")).toString(),
             Json::SecretMask);
    QVERIFY(!QJsonDocument(body).toJson().contains("s3cret-pin"));
    QCOMPARE(body.value(QStringLiteral("phase")).toObject().value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(body.value(QStringLiteral("phase")).toObject().value(QStringLiteral("count")).toInt(), 2);
    // The token in the call is the one that decides; only its hash is stored.
    const QString token = body.value(QStringLiteral("token")).toString();
    auto stored = t->db().exec(QStringLiteral("SELECT token_hash FROM approval_webhook_tokens"));
    QVERIFY(stored.ok());
    QVERIFY(stored->next());
    QVERIFY(stored->value(0).toString() != token);
    auto decided = t->ws().requests().decideByWebhook({ token, true, {}, QStringLiteral("127.0.0.1") });
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->phase, 1);
}

void TestApprovalWebhooks::aFailingWebhookIsDisabledAndTheAdminsAreTold()
{
    addChecker(QStringLiteral("http://127.0.0.1:1/refused")); // nothing listens on port 1
    t->action(actionWithPolicy(kTwoPhases));
    const Request r = submit();
    agent::NoticeSender::Settings s;
    s.transport.timeoutSeconds = 2;
    s.delivery.webhookFailureLimit = 2;
    s.delivery.firstRetryMs = 1000;
    agent::NoticeSender sender(
        [] { return Result<std::unique_ptr<Database>>(Error::invalid(QStringLiteral("not used"))); }, t->clock,
        QStringLiteral("a1"), s);
    ApprovalWebhookService approvals = t->ws().approvalWebhooks();
    for (int pass = 0; pass < 6; ++pass) {
        QVERIFY(sender.sendDue(t->ws().notify(), &approvals).ok());
        t->clock.advanceSecs(300);
    }
    auto hooks = t->ws().approvalWebhooks().webhooks(QStringLiteral("root"));
    QVERIFY(hooks.ok());
    QVERIFY(!hooks->first().enabled);
    QCOMPARE(hooks->first().failures, 2);
    QVERIFY(hooks->first().disabledBy.isEmpty()); // the rule did it, no admin
    QVERIFY(hooks->first().disabledAfterFailures());
    auto outbox = t->ws().notify().outbox(QStringLiteral("root"));
    QVERIFY(outbox.ok());
    bool adminTold = false;
    for (const OutboxRow& row : *outbox)
        adminTold = adminTold
            || (row.recipient == QStringLiteral("adminx") && row.requestId == r.id
                && row.note.contains(QStringLiteral("webhook enable checker")));
    QVERIFY(adminTold);
    bool audited = false;
    auto entries = t->ws().audit().entries(0, 100000);
    QVERIFY(entries.ok());
    for (const AuditEntry& e : *entries)
        audited = audited || e.event == AuditEvent::ApprovalWebhookDisabled;
    QVERIFY(audited);
    QVERIFY(t->ws().approvalWebhooks().enable(QStringLiteral("root"), QStringLiteral("checker")).ok());
}

std::unique_ptr<AgentProcess> TestApprovalWebhooks::startAgent()
{
    qputenv("CS_TEST_APPROVAL_SECRET", kSecret);
    qputenv("COUNTERSIGN_NOTIFY_POLL_MS", "100");
    AgentProcess::Options o;
    o.binary = QStringLiteral(CS_AGENT_PATH);
    o.port = freePort();
    o.database = t->path();
    o.databasePassword = t->password();
    return std::make_unique<AgentProcess>(o);
}

Request TestApprovalWebhooks::waitPast(qint64 id, int phase)
{
    Request r;
    for (int i = 0; i < 300; ++i) {
        auto d = t->ws().requests().details(QStringLiteral("req"), id);
        if (d.ok()) {
            r = d->request;
            if (r.state != RequestState::Pending || r.phase > phase)
                return r;
        }
        QThread::msleep(100);
    }
    return r;
}

void TestApprovalWebhooks::endToEndWithTheRealAgent()
{
    t->clock.set(QDateTime::currentDateTimeUtc()); // the agent uses the real clock
    ApprovalReceiver receiver(kSecret, QStringLiteral("approve"));
    addChecker(receiver.url());
    t->action(actionWithPolicy(kTwoPhases));
    const auto agent = startAgent();
    const Request r = submit();
    // The agent's sender calls the receiver, which answers approve at the agent's reply endpoint.
    const Request afterWebhook = waitPast(r.id, 0);
    QVERIFY2(afterWebhook.state == RequestState::Pending && afterWebhook.phase == 1,
             qPrintable(receiver.lines().isEmpty()
                            ? QStringLiteral("no call")
                            : QString::fromUtf8(QJsonDocument(receiver.lines().last()).toJson())));
    QList<QJsonObject> lines = receiver.lines();
    QString token;
    for (const QJsonObject& line : lines)
        if (line.contains(QStringLiteral("body")))
            token = line.value(QStringLiteral("body")).toObject().value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    // The person decides phase 2: approved.
    auto approved = t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {});
    QVERIFY2(approved.ok(), qPrintable(approved.error().message));
    QCOMPARE(approved->state, RequestState::Approved);

    // Replayed, and for a request it was not made for: refused over HTTP too, and audited.
    const QString reply = agent->url() + QStringLiteral("/v1/approval-webhooks/reply");
    const int before = refusals();
    auto replayed = post(
        reply, { { QStringLiteral("token"), token }, { QStringLiteral("decision"), QStringLiteral("approve") } });
    QCOMPARE(replayed.first, 409);
    QVERIFY(!replayed.second.value(QStringLiteral("error")).toString().isEmpty());
    auto unknown = post(reply,
                        { { QStringLiteral("token"), QStringLiteral("guessed") },
                          { QStringLiteral("decision"), QStringLiteral("approve") } });
    QCOMPARE(unknown.first, 403);
    auto malformed
        = post(reply, { { QStringLiteral("token"), 7 }, { QStringLiteral("decision"), QStringLiteral("yes") } });
    QCOMPARE(malformed.first, 400);
    QCOMPARE(refusals(), before + 2);
}

void TestApprovalWebhooks::endToEndADecliningWebhookRejects()
{
    t->clock.set(QDateTime::currentDateTimeUtc());
    ApprovalReceiver receiver(kSecret, QStringLiteral("decline"));
    addChecker(receiver.url());
    t->action(actionWithPolicy(kTwoPhases));
    const auto agent = startAgent();
    const Request r = submit();
    QCOMPARE(waitPast(r.id, 0).state, RequestState::Rejected);
    auto d = t->ws().requests().details(QStringLiteral("req"), r.id);
    QVERIFY(d.ok());
    QCOMPARE(d->decisions.size(), 1);
    QCOMPARE(d->decisions.first().approver, QStringLiteral("webhook:checker"));
    QVERIFY(!d->decisions.first().approve);
}

// Bodies no webhook would send get 400 (or 413) with one sentence, and nothing is written: no
// decision, no audit entry (they never reach core, so there is nothing to audit).
void TestApprovalWebhooks::hostileRepliesAreRefusedAndNothingIsWritten()
{
    t->clock.set(QDateTime::currentDateTimeUtc()); // the agent uses the real clock
    ApprovalReceiver receiver(kSecret, QStringLiteral("none")); // takes the call, answers nothing itself
    addChecker(receiver.url());
    t->action(actionWithPolicy(kTwoPhases));
    const auto agent = startAgent();
    const Request r = submit();
    QString called;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QJsonObject& line : receiver.lines())
                called = line.value(QStringLiteral("body")).toObject().value(QStringLiteral("token")).toString();
            return !called.isEmpty();
        },
        30000));
    const std::optional<QString> token = called;
    const QString reply = agent->url() + QStringLiteral("/v1/approval-webhooks/reply");
    auto entries = t->ws().audit().entries(0, 100000);
    QVERIFY(entries.ok());
    const qsizetype audited = entries->size();
    const QByteArray valid = QStringLiteral(R"("token":"%1","decision":"approve")").arg(*token).toUtf8();
    const QList<QByteArray> bodies { "not json",
                                     "[1,2]",
                                     "{" + valid,
                                     "{" + valid + R"(,"extra":1})",
                                     "{" + valid + R"(,"reason":5})",
                                     QStringLiteral(R"({"token":"%1","decision":"yes"})").arg(*token).toUtf8(),
                                     R"({"token":7,"decision":"approve"})",
                                     R"({"decision":"approve"})",
                                     QByteArray(1500, '[') + QByteArray(1500, ']'),
                                     "{\"token\":" + QByteArray(1500, '[') + QByteArray(1500, ']') + "}" };
    for (const QByteArray& body : bodies) {
        const auto answer = postRaw(reply, body);
        QVERIFY2(answer.first == 400, body.left(60).constData());
        QVERIFY(!answer.second.value(QStringLiteral("error")).toString().isEmpty());
    }
    // Larger than the agent takes: refused from the headers (raw HTTP: it answers before the body).
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, QUrl(agent->url()).port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /v1/approval-webhooks/reply HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 5000000\r\n\r\n{\"token\":\"");
    QByteArray raw;
    while (!raw.contains("\r\n\r\n{") || !raw.endsWith('}')) {
        if (!socket.waitForReadyRead(10000))
            break;
        raw += socket.readAll();
    }
    QVERIFY2(raw.startsWith("HTTP/1.1 413 "), raw.constData());
    QVERIFY(raw.contains("\"error\""));

    auto d = t->ws().requests().details(QStringLiteral("req"), r.id);
    QVERIFY(d.ok());
    QVERIFY(d->decisions.isEmpty());
    QCOMPARE(d->request.phase, 0);
    entries = t->ws().audit().entries(0, 100000);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), audited);
    // The token still works for the answer the webhook meant to give.
    const auto meant = post(
        reply, { { QStringLiteral("token"), *token }, { QStringLiteral("decision"), QStringLiteral("approve") } });
    QCOMPARE(meant.first, 200);
    QCOMPARE(meant.second.value(QStringLiteral("phase")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestApprovalWebhooks)
#include "tst_approvalwebhooks.moc"
