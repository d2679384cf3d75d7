#include <QJsonDocument>
#include <QtTest>
#include <core/common/canonicaljson.h>
#include <core/execution/scriptrunner.h>
#include <support/testworkspace.h>

using namespace cs;

class TestExecutionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void claimIsExactlyOnceAcrossConnections();
    void claimHandsOverExactlyWhatWasApproved();
    void refusalIsAuditedAndChangesNothingElse();
    void refusalForAChangedActionEndsTheRequestOnce();
    void refusalForAnAlteredVersionEndsTheRequest();
    void failedStatementLeavesNoHalfClaim();
    void expiryAtClaimIsRecordedLikeAnyExpiry();
    void claimCommittedButUnansweredStartsOnlyOnceConfirmed();
    void awaitingExecutionReportsStorageFailures();
    void finishRecordsTheOutcomeAndForgetsSecrets();
    void interruptedRunsAreNeverRunAgain();
    void awaitingExecutionIsPerAgentUrl();
    void onlyUnclaimedApprovedRequestsNeedDispatch();
    void dispatchAttemptsAreRemembered();
    void environmentAndInputMapping();

private:
    qint64 approvedRequest(const QJsonObject& params = {});
    std::unique_ptr<TestWorkspace> t;
};

void TestExecutionService::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardWorkspace(*t);
}

void TestExecutionService::cleanup()
{
    t.reset();
}

qint64 TestExecutionService::approvedRequest(const QJsonObject& params)
{
    auto r = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), params, { QStringLiteral("test1") }, QStringLiteral("x") },
        SubmitMode::RequestApproval);
    if (!r.ok() || !t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok())
        qFatal("fixture request failed");
    return r->id;
}

void TestExecutionService::claimIsExactlyOnceAcrossConnections()
{
    const qint64 id = approvedRequest();
    auto second = t->openAnother(); // another agent's connection
    auto first = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x"));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    auto again = second->executions().claim(id, QStringLiteral("a2"), QStringLiteral("y"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QVERIFY(again.error().message.contains(QLatin1String("already claimed by agent a1")));
    auto e = t->ws().executions().execution(id);
    QCOMPARE((*e)->agent, QStringLiteral("a1"));
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Running);
}

void TestExecutionService::claimHandsOverExactlyWhatWasApproved()
{
    const qint64 id = approvedRequest({ { QStringLiteral("note"), QStringLiteral("hello") },
                                        { QStringLiteral("pin"), QStringLiteral("1234-secret") } });
    auto plan
        = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x"), { QStringLiteral("/bin/sh") });
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(plan->parameters.value(QStringLiteral("note")).toString(), QStringLiteral("hello"));
    QCOMPARE(plan->parameters.value(QStringLiteral("pin")).toString(),
             QStringLiteral("1234-secret")); // revealed for the run only
    QCOMPARE(plan->secretValues, QStringList { QStringLiteral("1234-secret") });
    QCOMPARE(plan->version.definition.script, QStringLiteral("echo hi"));
    QCOMPARE(plan->targets.size(), 1);
    QCOMPARE(plan->targets.first().attributes.value(QStringLiteral("environment")).toString(), QStringLiteral("test"));
}

void TestExecutionService::refusalIsAuditedAndChangesNothingElse()
{
    const qint64 id = approvedRequest();
    auto refused = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("alice-laptop"),
                                              { QStringLiteral("python3") });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY(refused.error().message.contains(QLatin1String("does not run the interpreter \"/bin/sh\"")));
    QVERIFY(!*t->ws().executions().execution(id));
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Approved);
    const AuditEntry last = t->ws().audit().entries(id)->last();
    QCOMPARE(last.event, QStringLiteral("execution.refused"));
    QCOMPARE(last.actor, QStringLiteral("agent:a1"));
    QCOMPARE(last.payloadObject().value(QStringLiteral("caller")).toString(), QStringLiteral("alice-laptop"));

    // A tampered secret is refused as an integrity problem.
    const qint64 secret = approvedRequest({ { QStringLiteral("pin"), QStringLiteral("1111") } });
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE request_secrets SET value = '2222' WHERE request_id = ?"), { secret })
                .ok());
    auto tampered = t->ws().executions().claim(secret, QStringLiteral("a1"), QStringLiteral("x"));
    QCOMPARE(tampered.error().code, Error::Code::Integrity);
    QVERIFY(tampered.error().message.contains(QLatin1String("\"pin\"")));
}

void TestExecutionService::refusalForAChangedActionEndsTheRequestOnce()
{
    const qint64 id = approvedRequest({ { QStringLiteral("pin"), QStringLiteral("4242") } });
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})")
                  .replace("echo hi", "echo changed"));
    auto refused = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("poller"));
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("changed after request")),
             qPrintable(refused.error().message));

    // Ended for good, with the reason, and its secret forgotten: it can never run.
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed);
    auto e = t->ws().executions().execution(id);
    QVERIFY(*e);
    QCOMPARE((*e)->state, ExecutionState::Refused);
    QCOMPARE((*e)->error, refused.error().message);
    QVERIFY(t->ws().requestStore().secrets(id)->isEmpty());

    // Polled again (as an agent does every few seconds): no second refusal in the log.
    QVERIFY(t->ws().executions().awaitingExecution(QString())->isEmpty());
    for (int poll = 0; poll < 3; ++poll)
        QVERIFY(!t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("poller")).ok());
    int refusals = 0;
    const auto entries = t->ws().audit().entries(id); // kept: a range-for over *temporary would dangle
    QVERIFY(entries.ok());
    for (const AuditEntry& entry : *entries)
        if (entry.event == QLatin1String("execution.refused")) {
            ++refusals;
            QCOMPARE(entry.payloadObject().value(QStringLiteral("requestState")).toString(), QStringLiteral("failed"));
        }
    QCOMPARE(refusals, 1);
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestExecutionService::refusalForAnAlteredVersionEndsTheRequest()
{
    const qint64 id = approvedRequest();
    // The version was replaced by another, consistent in itself, outside Countersign: what was
    // approved can never be run again.
    ActionDefinition other = t->ws().actions().currentVersion(QStringLiteral("act"))->definition;
    other.script = QStringLiteral("echo other");
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE action_versions SET digest = ?, definition = ? WHERE action = 'act'"),
                      { other.versionDigest(), QString::fromUtf8(canonicalJson(other.toJson())) })
                .ok());
    auto refused = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x"));
    QCOMPARE(refused.error().code, Error::Code::Integrity);
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed);
    QCOMPARE((*t->ws().executions().execution(id))->state, ExecutionState::Refused);
    QVERIFY(!t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x")).ok());
    const auto entries = *t->ws().audit().entries(id);
    QCOMPARE(std::count_if(entries.begin(), entries.end(),
                           [](const AuditEntry& e) { return e.event == QLatin1String("execution.refused"); }),
             1);
}

void TestExecutionService::failedStatementLeavesNoHalfClaim()
{
    const qint64 id = approvedRequest({ { QStringLiteral("pin"), QStringLiteral("4242") } });
    int failures = 0;
    for (int n = 1; n < 100; ++n) {
        const int entriesBefore = t->ws().audit().entries(id)->size();
        t->db().failNthStatement(n);
        auto plan = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x"));
        t->db().failNthStatement(0);
        if (plan.ok())
            break;
        ++failures;
        QVERIFY(!*t->ws().executions().execution(id));
        QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Approved);
        // Whichever statement fails, the caller hears "the database failed", and no refusal naming
        // another cause (a vanished target, a missing secret) is committed to the audit log.
        QVERIFY2(plan.error().code == Error::Code::Storage,
                 qPrintable(QStringLiteral("statement %1: %2").arg(n).arg(plan.error().message)));
        QCOMPARE(t->ws().audit().entries(id)->size(), entriesBefore);
    }
    QVERIFY(failures > 5);
    for (int n = 1; n < 100; ++n) {
        t->db().failNthStatement(n);
        const Status s = t->ws().executions().finish(id, QStringLiteral("a1"), ExecutionState::Succeeded, 0, {});
        t->db().failNthStatement(0);
        if (s.ok())
            break;
        QCOMPARE((*t->ws().executions().execution(id))->state, ExecutionState::Running);
        QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Running);
    }
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Succeeded);
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestExecutionService::claimCommittedButUnansweredStartsOnlyOnceConfirmed()
{
    // The COMMIT of a claim succeeds but its answer is lost. Read back at once, the claim is known
    // to be ours: the plan is handed out, once.
    const qint64 direct = approvedRequest();
    t->db().loseNextCommitAnswer();
    auto plan = t->ws().executions().claim(direct, QStringLiteral("a1"), QStringLiteral("x"));
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(plan->request.id, direct);
    QCOMPARE(t->ws().executions().unsettledClaims(), 0);

    // The same, and the read-back fails too: nothing starts until a later settle confirms it.
    const qint64 first = approvedRequest();
    const qint64 second = approvedRequest();
    for (qint64 id : { first, second }) {
        t->db().loseNextCommitAnswer(/*connectionStaysDown=*/true);
        auto unknown = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x"));
        QCOMPARE(unknown.error().code, Error::Code::OutcomeUnknown);
    }
    QCOMPARE(t->ws().executions().unsettledClaims(), 2);
    // One read-back fails again: the claim confirmed before it is still handed out, the other kept.
    t->db().failNthStatement(2);
    auto settled = t->ws().executions().settleClaims();
    t->db().failNthStatement(0);
    QVERIFY2(settled.ok(), qPrintable(settled.error().message));
    QCOMPARE(settled->size(), 1);
    QCOMPARE(t->ws().executions().unsettledClaims(), 1);
    auto rest = t->ws().executions().settleClaims();
    QVERIFY(rest.ok());
    QCOMPARE(rest->size(), 1);
    QCOMPARE(QSet<qint64>({ settled->first().request.id, rest->first().request.id }), QSet<qint64>({ first, second }));
    QCOMPARE(t->ws().executions().unsettledClaims(), 0);
    QVERIFY(t->ws().executions().settleClaims()->isEmpty()); // handed out once
}

void TestExecutionService::expiryAtClaimIsRecordedLikeAnyExpiry()
{
    // The agent noticing a passed deadline expires the request the same way the sweep does:
    // one transition, one `request.expired` entry of one shape.
    const qint64 atClaim = approvedRequest();
    auto pending = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
        SubmitMode::RequestApproval);
    QVERIFY(pending.ok());
    t->clock.advanceSecs(60LL * 60 * 24 * 365);
    auto refused = t->ws().executions().claim(atClaim, QStringLiteral("a1"), QStringLiteral("x"));
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(t->ws().requestStore().load(atClaim)->state, RequestState::Expired);
    auto swept = t->ws().requests().expireDue(QStringLiteral("root"));
    QVERIFY2(swept.ok(), qPrintable(swept.error().message));
    QCOMPARE(*swept, QList<qint64> { pending->id });

    auto expiredEntry = [&](qint64 id) {
        auto entries = t->ws().audit().entries(id); // kept: the loop must not outlive it
        for (const AuditEntry& e : *entries)
            if (e.event == QLatin1String("request.expired"))
                return e.payloadObject();
        return QJsonObject();
    };
    const QJsonObject byAgent = expiredEntry(atClaim);
    const QJsonObject bySweep = expiredEntry(pending->id);
    QCOMPARE(byAgent.keys(), bySweep.keys());
    QCOMPARE(byAgent.value(QStringLiteral("previousState")).toString(), QStringLiteral("approved"));
    QCOMPARE(bySweep.value(QStringLiteral("previousState")).toString(), QStringLiteral("pending"));
    QCOMPARE(byAgent.value(QStringLiteral("state")).toString(), QStringLiteral("expired"));
    QCOMPARE(byAgent.value(QStringLiteral("action")).toString(), QStringLiteral("act"));
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestExecutionService::awaitingExecutionReportsStorageFailures()
{
    // A failing read is an error, never a shorter list: the agent would silently skip work.
    const QList<qint64> ids { approvedRequest(), approvedRequest(), approvedRequest() };
    const QString url = QStringLiteral("http://127.0.0.1:1");
    QCOMPARE(*t->ws().executions().awaitingExecution(url), ids);
    int failures = 0;
    for (int n = 1; n < 30; ++n) {
        t->db().failNthStatement(n);
        auto some = t->ws().executions().awaitingExecution(url);
        t->db().failNthStatement(0);
        if (some.ok()) {
            QCOMPARE(*some, ids);
            break;
        }
        ++failures;
        QCOMPARE(some.error().code, Error::Code::Storage);
    }
    QVERIFY(failures >= 4); // the page and each request and target read
}

void TestExecutionService::finishRecordsTheOutcomeAndForgetsSecrets()
{
    const qint64 id = approvedRequest({ { QStringLiteral("pin"), QStringLiteral("9876") } });
    QVERIFY(t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x")).ok());
    QVERIFY(t->ws().executions().recordStart(id, QStringLiteral("a1")).ok());
    QVERIFY(t->ws().executions().appendOutput(id, QStringLiteral("one\n")).ok());
    QVERIFY(t->ws().executions().appendOutput(id, QStringLiteral("two\n")).ok());
    QVERIFY(!t->ws().executions().finish(id, QStringLiteral("someone-else"), ExecutionState::Succeeded, 0, {}).ok());
    QVERIFY(t->ws().executions().finish(id, QStringLiteral("a1"), ExecutionState::Failed, 2, {}).ok());
    const Execution e = **t->ws().executions().execution(id);
    QCOMPARE(e.output, QStringLiteral("one\ntwo\n"));
    QCOMPARE(*e.exitCode, 2);
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed);
    QVERIFY(!t->ws().executions().appendOutput(id, QStringLiteral("late\n")).ok()
            || (**t->ws().executions().execution(id)).output == e.output);
    auto secrets = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM request_secrets WHERE request_id = ?"), { id });
    QVERIFY(secrets.ok() && secrets->next());
    QCOMPARE(secrets->value(0).toInt(), 0);
}

void TestExecutionService::interruptedRunsAreNeverRunAgain()
{
    const qint64 id = approvedRequest();
    QVERIFY(t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x")).ok());
    auto other = t->ws().executions().markInterrupted(QStringLiteral("a2"));
    QVERIFY(other->isEmpty()); // only the agent's own runs
    auto mine = t->ws().executions().markInterrupted(QStringLiteral("a1"));
    QCOMPARE(*mine, QList<qint64> { id });
    QCOMPARE((*t->ws().executions().execution(id))->state, ExecutionState::Interrupted);
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed);
    QVERIFY(!t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x")).ok());
    QVERIFY(t->ws().executions().awaitingExecution(QStringLiteral("http://127.0.0.1:1"))->isEmpty());
}

void TestExecutionService::onlyUnclaimedApprovedRequestsNeedDispatch()
{
    auto pending = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
        SubmitMode::RequestApproval);
    QVERIFY(pending.ok());
    auto refused = t->ws().executions().needsDispatch(*pending);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("only an approved request can run")),
             qPrintable(refused.error().message));

    const qint64 id = approvedRequest();
    QCOMPARE(*t->ws().executions().needsDispatch(*t->ws().requestStore().load(id)), true);
    QVERIFY(t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x")).ok());
    QCOMPARE(*t->ws().executions().needsDispatch(*t->ws().requestStore().load(id)), false); // follow it instead
}

void TestExecutionService::awaitingExecutionIsPerAgentUrl()
{
    const qint64 first = approvedRequest();
    const qint64 second = approvedRequest();
    QCOMPARE(*t->ws().executions().awaitingExecution(QStringLiteral("http://127.0.0.1:1")),
             (QList<qint64> { first, second }));
    QCOMPARE(*t->ws().executions().awaitingExecution(QStringLiteral("http://127.0.0.1:1"), 1), QList<qint64> { first });
    QVERIFY(t->ws().executions().awaitingExecution(QStringLiteral("http://other:1"))->isEmpty());
    QVERIFY(t->ws().executions().claim(first, QStringLiteral("a1"), QStringLiteral("x")).ok());
    QCOMPARE(*t->ws().executions().awaitingExecution(QStringLiteral("http://127.0.0.1:1")), QList<qint64> { second });
    t->clock.advanceSecs(73 * 3600); // past the deadline: no longer offered
    QVERIFY(t->ws().executions().awaitingExecution(QStringLiteral("http://127.0.0.1:1"))->isEmpty());
}

void TestExecutionService::dispatchAttemptsAreRemembered()
{
    const qint64 id = approvedRequest();
    QVERIFY(!*t->ws().executions().lastDispatch(id));
    QVERIFY(t->ws().executions().recordDispatch(id, QStringLiteral("http://a:1"), QStringLiteral("refused")).ok());
    QVERIFY(t->ws().executions().recordDispatch(id, QStringLiteral("http://a:1"), QString()).ok());
    const DispatchAttempt last = **t->ws().executions().lastDispatch(id);
    QCOMPARE(last.agentUrl, QStringLiteral("http://a:1"));
    QVERIFY(last.error.isEmpty());
}

void TestExecutionService::environmentAndInputMapping()
{
    const qint64 id = approvedRequest(
        { { QStringLiteral("note"), QStringLiteral("a \"b\" $(c)") }, { QStringLiteral("count"), 7 } });
    auto plan = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x"));
    QVERIFY(plan.ok());
    const QProcessEnvironment env = ScriptRunner::environmentFor(*plan, QStringLiteral("/work/dir"));
    QCOMPARE(env.value(QStringLiteral("CS_PARAM_NOTE")), QStringLiteral("a \"b\" $(c)"));
    QCOMPARE(env.value(QStringLiteral("CS_PARAM_COUNT")), QStringLiteral("7"));
    QCOMPARE(env.value(QStringLiteral("CS_TARGET_NAME")), QStringLiteral("test1"));
    QCOMPARE(env.value(QStringLiteral("CS_TARGET_ENVIRONMENT")), QStringLiteral("test"));
    QCOMPARE(env.value(QStringLiteral("HOME")), QStringLiteral("/work/dir"));
    QVERIFY(!env.contains(QStringLiteral("COUNTERSIGN_AGENT_TOKEN"))); // nothing of the agent's own environment
    QVERIFY(!env.contains(QStringLiteral("CS_BEHALF_OF"))); // asked for oneself
    auto forSomeone = *plan; // issue 17: the script learns whom a request on someone's behalf is for
    forSomeone.request.behalfOf = QStringLiteral("req");
    QCOMPARE(
        ScriptRunner::environmentFor(forSomeone, QStringLiteral("/work/dir")).value(QStringLiteral("CS_BEHALF_OF")),
        QStringLiteral("req"));
    const QJsonObject input = QJsonDocument::fromJson(ScriptRunner::standardInputFor(*plan)).object();
    QCOMPARE(input.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("a \"b\" $(c)"));
    QCOMPARE(
        input.value(QStringLiteral("targets")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("test1"));
}

QTEST_GUILESS_MAIN(TestExecutionService)
#include "tst_executionservice.moc"
