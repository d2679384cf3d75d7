// The approval engine as a table of cases: each row is a policy, a request and a script of
// steps, each step expected to succeed or be refused, then the request's final state.
//
// Step tokens:  alice+  approve      alice-  reject (with comment)      trailing ! = must be refused
//               _bob_+  login with surrounding spaces ("_" -> " ")      @+2h / @+59m  advance the clock
//               ~approvers:alice  remove alice from approvers            expire  run the expiry sweep
//               cancel / cancel@alice  cancel as the requester / as alice
#include <QtTest>
#include <core/admin/workflowservice.h>
#include <core/policy/policyengine.h>
#include <support/testworkspace.h>

using namespace cs;

class TestApprovalEngine : public QObject
{
    Q_OBJECT

private:
    void runScenario(bool viaWorkflow);

private Q_SLOTS:
    void scenario_data();
    void scenario();
    // The same table with "act" referring to a workflow that holds the policy (issue 19).
    void scenarioViaWorkflow_data() { scenario_data(); }
    void scenarioViaWorkflow() { runScenario(true); }
    void bypassRecordsMembership();
    void noApprovalNeededIsRecordedAsBypass();
    void decisionRecordsTheMembershipThatCounted();
    void policyEditDoesNotAffectPendingRequest();
    void runDirectRefusedWhereApprovalApplies();
    void requesterOutsideRequesterGroupsRefused();
    void eligibilityExplainsWhy();
    void satisfiabilityOfPhases();
    void branchesOfAllNeedDifferentPeople();
    void executorRecheckUsesTheSameRule();
    void tangledExpressionsStayCheap();
    void regexThatGivesUpRefusesTheRequest();
};

void TestApprovalEngine::scenario_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("requester");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("expected"); // final state, or "refused" when submit must fail
    QTest::addColumn<int>("phase"); // 1-based open phase while pending; 0 = do not check

    const auto single = [](const char* expr, int quorum = 1) -> QByteArray {
        return QByteArrayLiteral(R"({"rules":[{"name":"default","phases":[{"name":"P1","approve":)") + expr
            + QByteArrayLiteral(R"(,"quorum":)") + QByteArray::number(quorum) + QByteArrayLiteral("}]}]}");
    };
    const auto samePerson = [](const char* expr, int quorum = 1) -> QByteArray {
        return QByteArrayLiteral(R"({"rules":[{"name":"default","phases":[{"name":"P1","approve":)") + expr
            + QByteArrayLiteral(R"(,"quorum":)") + QByteArray::number(quorum)
            + QByteArrayLiteral(R"(,"samePersonMaySatisfyAll":true}]}]})");
    };
    const QByteArray simple = R"({"approvalRequired":true,"approverGroups":["approvers"],"deadlineHours":1})";

    // Simple mode
    QTest::newRow("simple: one approver approves") << simple << "req"
                                                   << "test1" << 1 << "alice+"
                                                   << "approved" << 0;
    QTest::newRow("simple: one approver rejects") << simple << "req"
                                                  << "test1" << 1 << "alice-"
                                                  << "rejected" << 0;
    QTest::newRow("simple: outsider refused") << simple << "req"
                                              << "test1" << 1 << "carol+! alice+"
                                              << "approved" << 0;

    // Each criterion
    QTest::newRow("criterion: specific user") << single(R"({"user":"carol"})") << "req"
                                              << "test1" << 1 << "alice+! carol+"
                                              << "approved" << 0;
    QTest::newRow("criterion: user named with other case") << single(R"({"user":" Carol "})") << "req"
                                                           << "test1" << 1 << "carol+"
                                                           << "approved" << 0;
    QTest::newRow("criterion: group member") << single(R"({"group":"security"})") << "req"
                                             << "test1" << 1 << "bob+! carol+"
                                             << "approved" << 0;
    QTest::newRow("criterion: app role") << single(R"({"role":"admin"})") << "req"
                                         << "test1" << 1 << "bob+! adminx+"
                                         << "approved" << 0;
    QTest::newRow("criterion: requester's manager") << single(R"({"manager":true})") << "req"
                                                    << "test1" << 1 << "bob+! mgr+"
                                                    << "approved" << 0;
    QTest::newRow("criterion: target owner") << single(R"({"owner":true})") << "req"
                                             << "prod1" << 1 << "bob+! owner1+"
                                             << "approved" << 0;
    QTest::newRow("criterion: automatic") << single(R"({"automatic":true})", 0) << "req"
                                          << "test1" << 1 << ""
                                          << "approved" << 0;

    // Nesting
    QTest::newRow("all: needs both") << single(R"({"all":[{"group":"approvers"},{"group":"security"}]})") << "req"
                                     << "test1" << 1 << "alice+"
                                     << "pending" << 1;
    QTest::newRow("all: both given") << single(R"({"all":[{"group":"approvers"},{"group":"security"}]})") << "req"
                                     << "test1" << 1 << "alice+ carol+"
                                     << "approved" << 0;
    QTest::newRow("any: either") << single(R"({"any":[{"user":"carol"},{"group":"approvers"}]})") << "req"
                                 << "test1" << 1 << "bob+"
                                 << "approved" << 0;
    QTest::newRow("not: excluded person refused")
        << single(R"({"all":[{"group":"approvers"},{"not":{"user":"bob"}}]})") << "req"
        << "test1" << 1 << "bob+! alice+"
        << "approved" << 0;
    QTest::newRow("nested: two approvers path")
        << single(R"({"any":[{"all":[{"group":"approvers","count":2}]},{"user":"carol"}]})") << "req"
        << "test1" << 1 << "alice+"
        << "pending" << 1;
    QTest::newRow("nested: two approvers complete")
        << single(R"({"any":[{"all":[{"group":"approvers","count":2}]},{"user":"carol"}]})") << "req"
        << "test1" << 1 << "alice+ bob+"
        << "approved" << 0;
    QTest::newRow("nested: alternative path")
        << single(R"({"any":[{"all":[{"group":"approvers","count":2}]},{"user":"carol"}]})") << "req"
        << "test1" << 1 << "carol+"
        << "approved" << 0;
    QTest::newRow("nested: all of any and not") << single(
        R"({"all":[{"any":[{"group":"security"},{"manager":true}]},{"not":{"group":"mixed"}},{"group":"approvers"}]})")
                                                << "req"
                                                << "test1" << 1 << "bob+! alice+ mgr+"
                                                << "approved" << 0;

    // Distinct people per ALL branch (bob is in approvers and in mixed; req is in mixed; alice in approvers)
    const char* aAndM = R"({"all":[{"group":"approvers"},{"group":"mixed"}]})";
    QTest::newRow("two-person: one person in both groups is not enough") << single(aAndM) << "dave"
                                                                         << "test1" << 1 << "bob+"
                                                                         << "pending" << 1;
    QTest::newRow("two-person: a second person completes it") << single(aAndM) << "dave"
                                                              << "test1" << 1 << "bob+ alice+"
                                                              << "approved" << 0;
    QTest::newRow("two-person: either way round") << single(aAndM) << "dave"
                                                  << "test1" << 1 << "req+ bob+"
                                                  << "approved" << 0;
    QTest::newRow("two-person: flag lets one person satisfy both") << samePerson(aAndM) << "dave"
                                                                   << "test1" << 1 << "bob+"
                                                                   << "approved" << 0;
    QTest::newRow("two-person: quorum counts on top") << single(aAndM, 3) << "dave"
                                                      << "test1" << 1 << "bob+ req+"
                                                      << "pending" << 1;
    QTest::newRow("two-person: quorum reached") << single(aAndM, 3) << "dave"
                                                << "test1" << 1 << "bob+ req+ alice+"
                                                << "approved" << 0;
    QTest::newRow("two-person: flag, quorum still counts") << samePerson(aAndM, 2) << "dave"
                                                           << "test1" << 1 << "bob+"
                                                           << "pending" << 1;
    QTest::newRow("two-person: flag, quorum reached") << samePerson(aAndM, 2) << "dave"
                                                      << "test1" << 1 << "bob+ alice+"
                                                      << "approved" << 0;
    QTest::newRow("two-person: count takes people of its own")
        << single(R"({"all":[{"group":"approvers","count":2},{"group":"mixed"}]})") << "dave"
        << "test1" << 1 << "alice+ bob+"
        << "pending" << 1;
    QTest::newRow("two-person: count and a third person")
        << single(R"({"all":[{"group":"approvers","count":2},{"group":"mixed"}]})") << "dave"
        << "test1" << 1 << "alice+ bob+ req+"
        << "approved" << 0;
    QTest::newRow("two-person: any inside all, same person")
        << single(R"({"all":[{"any":[{"group":"security"},{"group":"approvers"}]},{"group":"mixed"}]})") << "dave"
        << "test1" << 1 << "bob+"
        << "pending" << 1;
    QTest::newRow("two-person: any inside all, other branch of the any")
        << single(R"({"all":[{"any":[{"group":"security"},{"group":"approvers"}]},{"group":"mixed"}]})") << "dave"
        << "test1" << 1 << "bob+ carol+"
        << "approved" << 0;
    QTest::newRow("two-person: all inside any, one person")
        << single(R"({"any":[{"all":[{"group":"approvers"},{"group":"mixed"}]},{"group":"security"}]})") << "dave"
        << "test1" << 1 << "bob+"
        << "pending" << 1;
    QTest::newRow("two-person: all inside any")
        << single(R"({"any":[{"all":[{"group":"approvers"},{"group":"mixed"}]},{"group":"security"}]})") << "dave"
        << "test1" << 1 << "bob+ carol+"
        << "approved" << 0;
    QTest::newRow("two-person: not inside all excludes, others still split")
        << single(R"({"all":[{"group":"approvers"},{"group":"mixed"},{"not":{"user":"alice"}}]})") << "dave"
        << "test1" << 1 << "bob+ alice+!"
        << "pending" << 1;
    QTest::newRow("two-person: not inside all, completed by another")
        << single(R"({"all":[{"group":"approvers"},{"group":"mixed"},{"not":{"user":"alice"}}]})") << "dave"
        << "test1" << 1 << "bob+ alice+! req+"
        << "approved" << 0;
    QTest::newRow("two-person: not not is the criterion itself")
        << single(R"({"all":[{"group":"approvers"},{"not":{"not":{"group":"mixed"}}}]})") << "dave"
        << "test1" << 1 << "bob+"
        << "pending" << 1;
    QTest::newRow("two-person: not any is all of not")
        << single(R"({"all":[{"group":"approvers"},{"not":{"any":[{"not":{"group":"mixed"}},{"user":"alice"}]}}]})")
        << "dave"
        << "test1" << 1 << "bob+ alice+! req+"
        << "approved" << 0;
    QTest::newRow("two-person: refused when one person could approve both")
        << single(R"({"all":[{"user":"bob"},{"group":"mixed"}]})") << "req"
        << "test1" << 1 << ""
        << "refused" << 0;
    QTest::newRow("two-person: refused when the others are excluded")
        << single(R"({"all":[{"group":"approvers"},{"group":"mixed"},{"not":{"user":"alice"}}]})") << "req"
        << "test1" << 1 << ""
        << "refused" << 0;
    QTest::newRow("two-person: flag makes the one person enough")
        << samePerson(R"({"all":[{"user":"bob"},{"group":"mixed"}]})") << "req"
        << "test1" << 1 << "bob+"
        << "approved" << 0;

    // Quorum and identity
    QTest::newRow("quorum: two distinct people") << single(R"({"group":"approvers"})", 2) << "req"
                                                 << "test1" << 1 << "alice+ bob+"
                                                 << "approved" << 0;
    QTest::newRow("quorum: Bob and ' bob ' are one person") << single(R"({"group":"approvers"})", 2) << "req"
                                                            << "test1" << 1 << "bob+ Bob+! _bob_+!"
                                                            << "pending" << 1;
    QTest::newRow("quorum: same person cannot decide twice") << single(R"({"group":"approvers"})", 2) << "req"
                                                             << "test1" << 1 << "alice+ alice+! alice-!"
                                                             << "pending" << 1;
    QTest::newRow("self: requester in approver group never counts") << single(R"({"group":"mixed"})") << "req"
                                                                    << "test1" << 1 << "req+! req-! bob+"
                                                                    << "approved" << 0;
    QTest::newRow("membership: removed before deciding") << simple << "req"
                                                         << "test1" << 1 << "~approvers:alice alice+! bob+"
                                                         << "approved" << 0;

    // Fail closed
    QTest::newRow("fail closed: only the requester could approve") << single(R"({"user":"req"})") << "req"
                                                                   << "test1" << 1 << ""
                                                                   << "refused" << 0;
    QTest::newRow("fail closed: empty group") << single(R"({"group":"empty"})") << "req"
                                              << "test1" << 1 << ""
                                              << "refused" << 0;
    QTest::newRow("fail closed: quorum larger than the group") << single(R"({"group":"approvers"})", 3) << "req"
                                                               << "test1" << 1 << ""
                                                               << "refused" << 0;
    QTest::newRow("fail closed: manager of a requester without one") << single(R"({"manager":true})") << "alice"
                                                                     << "test1" << 1 << ""
                                                                     << "refused" << 0;

    // Rule order
    const QByteArray rules = R"({"rules":[
        {"name":"prod","when":[{"field":"target.environment","op":"eq","value":"production"}],
         "phases":[{"name":"Security","approve":{"group":"security"}}]},
        {"name":"big","when":[{"field":"param.count","op":"gt","value":5}],
         "phases":[{"name":"Approvers","approve":{"group":"approvers"}}]},
        {"name":"default","phases":[]}]})";
    QTest::newRow("rules: first match wins (prod before big)") << rules << "req"
                                                               << "prod1" << 10 << "alice+! carol+"
                                                               << "approved" << 0;
    QTest::newRow("rules: second rule") << rules << "req"
                                        << "test1" << 10 << "carol+! alice+"
                                        << "approved" << 0;
    QTest::newRow("rules: default rule without approval") << rules << "req"
                                                          << "test1" << 1 << ""
                                                          << "approved" << 0;

    // Phases
    const QByteArray twoPhases = R"({"deadlineHours":1,"rules":[{"name":"default","phases":[
        {"name":"Review","approve":{"group":"approvers"}},{"name":"Sign-off","approve":{"group":"security"}}]}]})";
    QTest::newRow("phases: advance to phase 2") << twoPhases << "req"
                                                << "test1" << 1 << "carol+! alice+"
                                                << "pending" << 2;
    QTest::newRow("phases: wrong group in phase 2") << twoPhases << "req"
                                                    << "test1" << 1 << "alice+ bob+! carol+"
                                                    << "approved" << 0;
    QTest::newRow("phases: reject in phase 1") << twoPhases << "req"
                                               << "test1" << 1 << "alice-"
                                               << "rejected" << 0;
    QTest::newRow("phases: reject in phase 2") << twoPhases << "req"
                                               << "test1" << 1 << "alice+ carol- carol+!"
                                               << "rejected" << 0;
    QTest::newRow("phases: one decision per person per request") << QByteArray(R"({"rules":[{"name":"d","phases":[
        {"name":"A","approve":{"group":"approvers"}},{"name":"B","approve":{"group":"approvers"}}]}]})")
                                                                 << "req"
                                                                 << "test1" << 1 << "alice+ alice+! bob+"
                                                                 << "approved" << 0;
    QTest::newRow("phases: automatic first phase skipped") << QByteArray(R"({"rules":[{"name":"d","phases":[
        {"name":"Auto","approve":{"automatic":true}},{"name":"B","approve":{"group":"approvers"}}]}]})")
                                                           << "req"
                                                           << "test1" << 1 << ""
                                                           << "pending" << 2;

    // Deadlines and cancel
    QTest::newRow("expiry: before any decision") << simple << "req"
                                                 << "test1" << 1 << "@+2h alice+!"
                                                 << "expired" << 0;
    QTest::newRow("expiry: sweep after one decision") << twoPhases << "req"
                                                      << "test1" << 1 << "alice+ @+2h expire carol+!"
                                                      << "expired" << 0;
    QTest::newRow("expiry: decision just before deadline") << simple << "req"
                                                           << "test1" << 1 << "@+59m alice+"
                                                           << "approved" << 0;
    QTest::newRow("expiry: approved before deadline stays approved") << simple << "req"
                                                                     << "test1" << 1 << "alice+ @+30m expire"
                                                                     << "approved" << 0;
    QTest::newRow("cancel: by requester") << simple << "req"
                                          << "test1" << 1 << "cancel alice+!"
                                          << "cancelled" << 0;
    QTest::newRow("cancel: by someone else refused") << simple << "req"
                                                     << "test1" << 1 << "cancel@alice! alice+ cancel!"
                                                     << "approved" << 0;
}

void TestApprovalEngine::scenario()
{
    runScenario(false);
}

void TestApprovalEngine::runScenario(bool viaWorkflow)
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, requester);
    QFETCH(QString, target);
    QFETCH(int, count);
    QFETCH(QString, steps);
    QFETCH(QString, expected);
    QFETCH(int, phase);

    TestWorkspace t;
    buildStandardDirectory(t);
    if (viaWorkflow) {
        QJsonObject file { { QStringLiteral("name"), QStringLiteral("wf") },
                           { QStringLiteral("policy"), QJsonDocument::fromJson(policy).object() } };
        auto parsed = WorkflowFile::fromJson(file);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        auto saved = t.ws().workflows().save(QStringLiteral("root"), *parsed);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        t.action(actionWithPolicy(R"({"workflow":"wf"})"));
    } else {
        t.action(actionWithPolicy(policy));
    }
    RequestService& service = t.ws().requests();

    auto submitted = service.submit(
        requester,
        { QStringLiteral("act"), { { QStringLiteral("count"), count } }, { target }, QStringLiteral("because") },
        SubmitMode::RequestApproval);
    if (expected == QLatin1String("refused")) {
        QVERIFY2(!submitted.ok(), "submission should have been refused");
        QCOMPARE(submitted.error().code, Error::Code::Conflict);
        QVERIFY2(submitted.error().message.contains(QLatin1String("nobody could approve")),
                 qPrintable(submitted.error().message));
        return;
    }
    QVERIFY2(submitted.ok(), qPrintable(submitted.error().message));
    const qint64 id = submitted->id;

    for (QString step : steps.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool mustFail = step.endsWith(QLatin1Char('!'));
        if (mustFail)
            step.chop(1);
        Status outcome;
        if (step.startsWith(QLatin1Char('@'))) {
            const qint64 n = step.mid(2, step.size() - 3).toLongLong();
            t.clock.advanceSecs(step.endsWith(QLatin1Char('h')) ? n * 3600 : n * 60);
            continue;
        } else if (step.startsWith(QLatin1Char('~'))) {
            const QStringList parts = step.mid(1).split(QLatin1Char(':'));
            t.leave(parts.at(0), parts.at(1));
            continue;
        } else if (step == QLatin1String("expire")) {
            auto r = service.expireDue(QStringLiteral("root"));
            outcome = r.ok() ? Status() : Status(r.error());
        } else if (step.startsWith(QLatin1String("cancel"))) {
            const QString who = step.contains(QLatin1Char('@')) ? step.section(QLatin1Char('@'), 1) : requester;
            auto r = service.cancel(who, id);
            outcome = r.ok() ? Status() : Status(r.error());
        } else {
            const bool approve = step.endsWith(QLatin1Char('+'));
            QString who = step.left(step.size() - 1).replace(QLatin1Char('_'), QLatin1Char(' '));
            auto r = service.decide(who, id, approve, approve ? QString() : QStringLiteral("no"));
            outcome = r.ok() ? Status() : Status(r.error());
        }
        if (mustFail)
            QVERIFY2(!outcome.ok(), qPrintable(QStringLiteral("step %1 should have been refused").arg(step)));
        else
            QVERIFY2(outcome.ok(), qPrintable(QStringLiteral("step %1: %2").arg(step, outcome.error().message)));
    }

    auto r = t.ws().requestStore().load(id);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(stateName(r->state), expected);
    if (phase > 0)
        QCOMPARE(r->phase + 1, phase);

    // Whatever happened, the audit chain must still verify.
    auto verification = t.ws().audit().verify();
    QVERIFY(verification.ok());
    QVERIFY2(verification->intact, qPrintable(verification->problem));
}

void TestApprovalEngine::bypassRecordsMembership()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"],"bypassGroups":["bypass"]})"));
    auto r = t.ws().requests().submit(
        QStringLiteral("dave"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("urgent") },
        SubmitMode::RunDirect);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->state, RequestState::Approved);
    QCOMPARE(r->bypass.value(QStringLiteral("group")).toString(), QStringLiteral("bypass"));
    auto history = t.ws().audit().entries(r->id);
    QVERIFY(history.ok());
    QCOMPARE(history->last().event, QStringLiteral("request.bypassed"));
    QCOMPARE(history->last().payloadObject().value(QStringLiteral("group")).toString(), QStringLiteral("bypass"));
}

void TestApprovalEngine::noApprovalNeededIsRecordedAsBypass()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(R"({"approvalRequired":false})"));
    auto r = t.ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("report") },
        SubmitMode::RunDirect);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->state, RequestState::Approved);
    QVERIFY(r->bypass.value(QStringLiteral("reason")).toString().contains(QLatin1String("not required")));
}

void TestApprovalEngine::decisionRecordsTheMembershipThatCounted()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["security","approvers"]})"));
    auto r = t.ws().requests().submit(QStringLiteral("req"),
                                      { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                      SubmitMode::RequestApproval);
    QVERIFY(r.ok());
    QVERIFY(t.ws().requests().decide(QStringLiteral("Alice"), r->id, true, QString()).ok());
    auto decisions = t.ws().requestStore().decisions(r->id);
    QVERIFY(decisions.ok());
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().approver, QStringLiteral("alice"));
    QCOMPARE(decisions->first().basis.first().toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("member of group approvers"));
    QCOMPARE(decisions->first().requestDigest, r->digest);
}

void TestApprovalEngine::policyEditDoesNotAffectPendingRequest()
{
    TestWorkspace t;
    buildStandardWorkspace(t);
    auto r = t.ws().requests().submit(QStringLiteral("req"),
                                      { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                      SubmitMode::RequestApproval);
    QVERIFY(r.ok());

    const ImportOutcome edit = t.action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["security"]})"));
    QVERIFY(edit.policyChanged);
    QVERIFY(!edit.newVersion); // a policy edit is not a new version of what runs
    QCOMPARE(edit.policyRevision, 2);

    // The pending request still follows the snapshot: carol (security) cannot, alice (approvers) can.
    QVERIFY(!t.ws().requests().decide(QStringLiteral("carol"), r->id, true, QString()).ok());
    auto approved = t.ws().requests().decide(QStringLiteral("alice"), r->id, true, QString());
    QVERIFY2(approved.ok(), qPrintable(approved.error().message));
    QCOMPARE(approved->state, RequestState::Approved);
    QCOMPARE(approved->flow.policyRevision, 1);

    // A new request follows the new policy.
    auto second = t.ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("y") },
        SubmitMode::RequestApproval);
    QVERIFY(second.ok());
    QCOMPARE(second->flow.policyRevision, 2);
    QVERIFY(!t.ws().requests().decide(QStringLiteral("alice"), second->id, true, QString()).ok());
    QVERIFY(t.ws().requests().decide(QStringLiteral("carol"), second->id, true, QString()).ok());
}

void TestApprovalEngine::runDirectRefusedWhereApprovalApplies()
{
    TestWorkspace t;
    buildStandardWorkspace(t);
    auto r = t.ws().requests().submit(QStringLiteral("req"),
                                      { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                      SubmitMode::RunDirect);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Forbidden);
    QVERIFY2(r.error().message.contains(QLatin1String("needs approval")), qPrintable(r.error().message));
    auto page = t.ws().requestStore().find({});
    QVERIFY(page.ok());
    QVERIFY(page->requests.isEmpty()); // nothing half-created

    auto plan
        = t.ws().requests().plan(QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, {} });
    QVERIFY(plan.ok());
    QVERIFY(plan->approvalNeeded);
    auto davePlan = t.ws().requests().plan(QStringLiteral("dave"),
                                           { QStringLiteral("act"), {}, { QStringLiteral("test1") }, {} });
    QVERIFY(davePlan.ok());
    QVERIFY(davePlan->approvalNeeded); // dave is not in a bypass group for this policy
}

void TestApprovalEngine::requesterOutsideRequesterGroupsRefused()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(R"({"approvalRequired":false})"));
    auto r = t.ws().requests().submit(QStringLiteral("carol"),
                                      { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                      SubmitMode::RunDirect);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Forbidden);
    auto unknown = t.ws().requests().submit(
        QStringLiteral("nobody"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
        SubmitMode::RunDirect);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QLatin1String("not a Countersign user")));
}

void TestApprovalEngine::eligibilityExplainsWhy()
{
    TestWorkspace t;
    buildStandardWorkspace(t);
    auto r = t.ws().requests().submit(QStringLiteral("alice"),
                                      { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                      SubmitMode::RequestApproval);
    QVERIFY(r.ok());
    auto own = t.ws().requests().details(QStringLiteral("alice"), r->id);
    QVERIFY(own.ok());
    QVERIFY(!own->eligibility.canDecide);
    QVERIFY(own->eligibility.reason.contains(QLatin1String("your own request")));
    QVERIFY(own->canCancel);
    auto bob = t.ws().requests().details(QStringLiteral("bob"), r->id);
    QVERIFY(bob.ok());
    QVERIFY(bob->eligibility.canDecide);
    QVERIFY(!bob->canCancel);
    auto carol = t.ws().requests().details(QStringLiteral("carol"), r->id);
    QVERIFY(!carol.ok()); // not involved at all
    QCOMPARE(carol.error().code, Error::Code::Forbidden);
    auto auditor = t.ws().requests().details(QStringLiteral("audit"), r->id);
    QVERIFY(auditor.ok());
    QVERIFY(!auditor->eligibility.canDecide);
    QVERIFY(auditor->eligibility.reason.contains(QLatin1String("not among them")));
}

void TestApprovalEngine::satisfiabilityOfPhases()
{
    auto phase = Phase::fromJson(
        QJsonDocument::fromJson(R"({"name":"x","approve":{"all":[{"group":"a"},{"group":"b"}]},"quorum":2})").object(),
        0);
    QVERIFY(phase.ok());
    ApproverFacts both { QStringLiteral("p"), { QStringLiteral("a"), QStringLiteral("b") }, {}, false, false };
    ApproverFacts onlyA { QStringLiteral("q"), { QStringLiteral("a") }, {}, false, false };
    QVERIFY(!PolicyEngine::isSatisfiable(*phase, { both })); // quorum 2 needs two people
    QVERIFY(PolicyEngine::isSatisfiable(*phase, { both, onlyA }));
    QVERIFY(!PolicyEngine::isSatisfiable(*phase, { onlyA, onlyA })); // the same person twice is one person

    // Quorum 1: still two people, one per branch.
    auto one = Phase::fromJson(
        QJsonDocument::fromJson(R"({"name":"x","approve":{"all":[{"group":"a"},{"group":"b"}]}})").object(), 0);
    QVERIFY(one.ok());
    ApproverFacts onlyB { QStringLiteral("r"), { QStringLiteral("b") }, {}, false, false };
    QVERIFY(!PolicyEngine::isSatisfiable(*one, { both }));
    QVERIFY(!PolicyEngine::isSatisfiable(*one, { onlyA, onlyA }));
    QVERIFY(PolicyEngine::isSatisfiable(*one, { both, onlyA }));
    QVERIFY(PolicyEngine::isSatisfiable(*one, { onlyA, onlyB }));
    one->samePersonMaySatisfyAll = true;
    QVERIFY(PolicyEngine::isSatisfiable(*one, { both }));
}

void TestApprovalEngine::branchesOfAllNeedDifferentPeople()
{
    const auto phaseOf = [](const char* json) {
        auto p = Phase::fromJson(QJsonDocument::fromJson(json).object(), 0);
        if (!p.ok())
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    };
    // Leaves are numbered in document order: a = 0, b = 1, c = 2.
    const Phase ab = phaseOf(R"({"name":"x","approve":{"all":[{"group":"a"},{"group":"b"}]}})");
    QVERIFY(!PolicyEngine::isSatisfied(ab, { { QStringLiteral("p"), { 0, 1 } } }));
    QVERIFY(!PolicyEngine::isSatisfied(ab, { { QStringLiteral("p"), { 0, 1 } }, { QStringLiteral("p"), { 0, 1 } } }));
    QVERIFY(PolicyEngine::isSatisfied(ab, { { QStringLiteral("p"), { 0, 1 } }, { QStringLiteral("q"), { 0 } } }));
    QVERIFY(!PolicyEngine::isSatisfied(ab, { { QStringLiteral("q"), { 0 } }, { QStringLiteral("r"), { 0 } } }));

    // Augmenting path: p first takes a, then must move to b so that q can have a.
    const Phase abc = phaseOf(R"({"name":"x","approve":{"all":[{"group":"a"},{"group":"b"},{"group":"c"}]}})");
    QVERIFY(PolicyEngine::isSatisfied(
        abc, { { QStringLiteral("p"), { 0, 1 } }, { QStringLiteral("q"), { 0 } }, { QStringLiteral("r"), { 1, 2 } } }));
    QVERIFY(!PolicyEngine::isSatisfied(
        abc, { { QStringLiteral("p"), { 0, 1, 2 } }, { QStringLiteral("q"), { 0 } }, { QStringLiteral("r"), { 0 } } }));

    // An ANY branch must find its people beside the other branches of the ALL.
    const Phase anyInAll
        = phaseOf(R"({"name":"x","approve":{"all":[{"any":[{"group":"a"},{"group":"b"}]},{"group":"c"}]}})");
    QVERIFY(!PolicyEngine::isSatisfied(anyInAll, { { QStringLiteral("p"), { 0, 1, 2 } } }));
    QVERIFY(PolicyEngine::isSatisfied(anyInAll, { { QStringLiteral("p"), { 0, 2 } }, { QStringLiteral("q"), { 1 } } }));

    // The flag restores "one person may satisfy several branches"; each count still needs distinct people.
    Phase shared = ab;
    shared.samePersonMaySatisfyAll = true;
    QVERIFY(PolicyEngine::isSatisfied(shared, { { QStringLiteral("p"), { 0, 1 } } }));
    Phase sharedCount = phaseOf(
        R"({"name":"x","approve":{"all":[{"group":"a","count":2},{"group":"b"}]},"samePersonMaySatisfyAll":true})");
    QVERIFY(!PolicyEngine::isSatisfied(sharedCount, { { QStringLiteral("p"), { 0, 1 } } }));
    QVERIFY(
        PolicyEngine::isSatisfied(sharedCount, { { QStringLiteral("p"), { 0, 1 } }, { QStringLiteral("q"), { 0 } } }));

    // A negated criterion takes nobody; a negated automatic never holds.
    const Phase notAuto = phaseOf(R"({"name":"x","approve":{"all":[{"group":"a"},{"not":{"automatic":true}}]}})");
    QVERIFY(!PolicyEngine::isSatisfied(notAuto, { { QStringLiteral("p"), { 0 } }, { QStringLiteral("q"), { 0 } } }));
}

void TestApprovalEngine::executorRecheckUsesTheSameRule()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(R"({"rules":[{"name":"d","phases":[{"name":"P",
        "approve":{"all":[{"group":"approvers"},{"group":"mixed"}]}}]}]})"));
    auto r = t.ws().requests().submit(QStringLiteral("dave"),
                                      { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                      SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto byBob = t.ws().requests().decide(QStringLiteral("bob"), r->id, true, QString());
    QVERIFY2(byBob.ok(), qPrintable(byBob.error().message));
    QCOMPARE(byBob->state, RequestState::Pending);
    auto byAlice = t.ws().requests().decide(QStringLiteral("alice"), r->id, true, QString());
    QVERIFY2(byAlice.ok(), qPrintable(byAlice.error().message));
    QCOMPARE(byAlice->state, RequestState::Approved);

    auto decisions = t.ws().requestStore().decisions(r->id);
    QVERIFY(decisions.ok());
    QCOMPARE(decisions->size(), 2);
    QVERIFY(RequestService::verifyApproval(*byAlice, *decisions).ok());
    // Bob's approval alone (he is in both groups) does not complete the policy for the executor either.
    QList<Decision> bobOnly;
    for (const Decision& d : std::as_const(*decisions))
        if (d.approver == QLatin1String("bob"))
            bobOnly.append(d);
    const Status recheck = RequestService::verifyApproval(*byAlice, bobOnly);
    QVERIFY(!recheck.ok());
    QCOMPARE(recheck.error().code, Error::Code::Conflict);
}

void TestApprovalEngine::tangledExpressionsStayCheap()
{
    // all of 20 × any(a; b), 19 people each in a and b: 2^20 ways to choose, none with people enough.
    QJsonArray branches;
    for (int i = 0; i < 20; ++i)
        branches.append(
            QJsonObject { { QStringLiteral("any"),
                            QJsonArray { QJsonObject { { QStringLiteral("group"), QStringLiteral("a") } },
                                         QJsonObject { { QStringLiteral("group"), QStringLiteral("b") } } } } });
    auto phase = Phase::fromJson(
        QJsonObject { { QStringLiteral("name"), QStringLiteral("x") },
                      { QStringLiteral("approve"), QJsonObject { { QStringLiteral("all"), branches } } } },
        0);
    QVERIFY2(phase.ok(), qPrintable(phase.error().message));
    QList<ApproverFacts> people;
    for (int i = 0; i < 19; ++i)
        people.append({ QStringLiteral("p%1").arg(i), { QStringLiteral("a"), QStringLiteral("b") }, {}, false, false });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!PolicyEngine::isSatisfiable(*phase, people));
    people.append({ QStringLiteral("p19"), { QStringLiteral("a") }, {}, false, false });
    QVERIFY(PolicyEngine::isSatisfiable(*phase, people));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestApprovalEngine::regexThatGivesUpRefusesTheRequest()
{
    // "(a+)+$" backtracks exponentially on a's followed by something else: PCRE2 stops at its match
    // limit. Counting that as "no match" would fall through to the default rule, which needs no vote.
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(R"({"rules":[
        {"name":"a-notes","when":[{"field":"param.note","op":"matches","value":"(a+)+$"}],
         "phases":[{"name":"Approvers","approve":{"group":"approvers"}}]},
        {"name":"default","phases":[]}]})"));
    RequestService& service = t.ws().requests();
    const auto submit = [&](const QString& note, SubmitMode mode) {
        return service.submit(QStringLiteral("req"),
                              { QStringLiteral("act"),
                                { { QStringLiteral("note"), note } },
                                { QStringLiteral("test1") },
                                QStringLiteral("because") },
                              mode);
    };

    const QString evil = QString(39, QLatin1Char('a')) + QLatin1Char('!');
    auto direct = submit(evil, SubmitMode::RunDirect);
    QVERIFY2(!direct.ok(), "a condition that could not be evaluated let the request run without a vote");
    QCOMPARE(direct.error().code, Error::Code::Invalid);
    QVERIFY2(direct.error().message.contains(QLatin1String("rule \"a-notes\"")), qPrintable(direct.error().message));
    QVERIFY(!submit(evil, SubmitMode::RequestApproval).ok());
    auto plan = service.plan(
        QStringLiteral("req"),
        { QStringLiteral("act"), { { QStringLiteral("note"), evil } }, { QStringLiteral("test1") }, {} });
    QVERIFY(!plan.ok()); // the form's preview says so too, rather than "approval not required"
    auto page = t.ws().requestStore().find({});
    QVERIFY(page.ok());
    QVERIFY(page->requests.isEmpty());

    // The rule itself still works both ways on values it can decide.
    auto matching = submit(QStringLiteral("aaaa"), SubmitMode::RequestApproval);
    QVERIFY2(matching.ok(), qPrintable(matching.error().message));
    QCOMPARE(matching->flow.rule, QStringLiteral("a-notes"));
    QCOMPARE(matching->state, RequestState::Pending);
    auto other = submit(QStringLiteral("bbbb"), SubmitMode::RunDirect);
    QVERIFY2(other.ok(), qPrintable(other.error().message));
    QCOMPARE(other->flow.rule, QStringLiteral("default"));
}

QTEST_GUILESS_MAIN(TestApprovalEngine)
#include "tst_approvalengine.moc"
