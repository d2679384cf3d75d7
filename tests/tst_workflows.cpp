// Named workflows (issue 19): actions refer to a shared policy by name; the default workflow gates
// actions without a policy of their own; edits reach new requests only; archiving needs no users.
#include <QtTest>
#include <core/admin/workflowservice.h>
#include <core/audit/auditevents.h>
#include <core/directory/directoryfacts.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

WorkflowFile workflowFile(const QByteArray& json)
{
    auto f = WorkflowFile::parse(json);
    if (!f.ok())
        qFatal("workflow fixture: %s", qPrintable(f.error().message));
    return *f;
}

void saveWorkflow(TestWorkspace& t, const QByteArray& json)
{
    auto saved = t.ws().workflows().save(QStringLiteral("root"), workflowFile(json));
    TestWorkspace::must(saved.ok() ? Status() : Status(saved.error()), "save workflow");
}

QByteArray namedAction(const QByteArray& name, const QByteArray& policyJson)
{
    QByteArray json = actionWithPolicy(policyJson);
    const QByteArray replacement = QByteArray("\"name\": \"") + name + QByteArray("\"");
    return json.replace(QByteArrayLiteral(R"("name": "act")"), replacement);
}

QByteArray actionWithoutPolicy(const QByteArray& name)
{
    QByteArray json = namedAction(name, "{}");
    return json.replace(R"(, "policy": {})", "").replace(",\n        \"policy\": {}", "");
}

Result<Request> submit(TestWorkspace& t, const QString& action, const QString& comment = QStringLiteral("because"))
{
    return t.ws().requests().submit(QStringLiteral("req"), { action, {}, { QStringLiteral("test1") }, comment },
                                    SubmitMode::RequestApproval);
}

const QByteArray kApprovers = R"({"name":"change","policy":{"approvalRequired":true,"approverGroups":["approvers"]}})";
const QByteArray kSecurity = R"({"name":"change","policy":{"approvalRequired":true,"approverGroups":["security"]}})";

} // namespace

class TestWorkflows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editReachesNewRequestsOfEveryActionAndNoPendingOne();
    void defaultWorkflowGatesActionWithoutPolicy();
    void actionWithoutPolicyRefusedWithoutDefault();
    void missingWorkflowRefusedOnImport();
    void archiveRefusedWhileInUse();
    void overridesApply();
    void badWorkflowFiles_data();
    void badWorkflowFiles();
    void onlyAdminsSave();
    void savesAreRevisionsAndAudited();
    void impactSentence();
    void teamMemberCriterion();
};

void TestWorkflows::editReachesNewRequestsOfEveryActionAndNoPendingOne()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    saveWorkflow(t, kApprovers);
    t.action(namedAction("act", R"({"workflow":"change"})"));
    t.action(namedAction("act2", R"({"workflow":"change"})"));
    auto first = submit(t, QStringLiteral("act"));
    QVERIFY2(first.ok(), qPrintable(first.error().message));

    auto preview = t.ws().workflows().preview(workflowFile(kSecurity));
    QVERIFY2(preview.ok(), qPrintable(preview.error().message));
    QCOMPARE(preview->impact,
             QStringLiteral("affects new requests of 2 actions; 1 pending request keeps its snapshot"));
    auto saved = t.ws().workflows().save(QStringLiteral("root"), workflowFile(kSecurity));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved->revision, 2);
    QCOMPARE(saved->actions, (QStringList { QStringLiteral("act"), QStringLiteral("act2") }));
    QCOMPARE(saved->pendingRequests, 1);

    // The pending request keeps its snapshot: carol (security) cannot approve it, alice can.
    QVERIFY(!t.ws().requests().decide(QStringLiteral("carol"), first->id, true, QString()).ok());
    QVERIFY(t.ws().requests().decide(QStringLiteral("alice"), first->id, true, QString()).ok());
    // New requests of both actions follow the new revision.
    for (const QString& action : { QStringLiteral("act"), QStringLiteral("act2") }) {
        auto r = submit(t, action);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(!t.ws().requests().decide(QStringLiteral("alice"), r->id, true, QString()).ok());
        auto approved = t.ws().requests().decide(QStringLiteral("carol"), r->id, true, QString());
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        QCOMPARE(approved->state, RequestState::Approved);
    }
}

void TestWorkflows::defaultWorkflowGatesActionWithoutPolicy()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    saveWorkflow(t, R"({"name":"baseline","default":true,"policy":{"approverGroups":["security"]}})");
    t.action(actionWithoutPolicy("plain"));
    auto r = submit(t, QStringLiteral("plain"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->state, RequestState::Pending);
    QVERIFY(!t.ws().requests().decide(QStringLiteral("alice"), r->id, true, QString()).ok());
    QVERIFY(t.ws().requests().decide(QStringLiteral("carol"), r->id, true, QString()).ok());
    auto used = t.ws().workflows().usage(QStringLiteral("baseline"));
    QVERIFY(used.ok());
    QCOMPARE(used->actions, QStringList { QStringLiteral("plain") });
}

void TestWorkflows::actionWithoutPolicyRefusedWithoutDefault()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    auto file = ActionFile::parse(actionWithoutPolicy("plain"));
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    auto outcome = t.ws().admin().importAction(QStringLiteral("root"), *file);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QLatin1String("no default workflow")),
             qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().message.contains(QLatin1String("plain")), qPrintable(outcome.error().message));
}

void TestWorkflows::missingWorkflowRefusedOnImport()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    auto file = ActionFile::parse(actionWithPolicy(R"({"workflow":"nosuch"})"));
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    auto outcome = t.ws().admin().importAction(QStringLiteral("root"), *file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().message,
             QStringLiteral("Action \"act\" refers to workflow \"nosuch\", which does not exist."));
}

void TestWorkflows::archiveRefusedWhileInUse()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    saveWorkflow(t, kApprovers);
    t.action(namedAction("act", R"({"workflow":"change"})"));
    const Status refused = t.ws().workflows().archive(QStringLiteral("root"), QStringLiteral("change"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("act")), qPrintable(refused.error().message));

    // Once the action has its own policy again, archiving works, and a reference is then refused.
    t.action(namedAction("act", R"({"approverGroups":["approvers"]})"));
    const Status archived = t.ws().workflows().archive(QStringLiteral("root"), QStringLiteral("change"));
    QVERIFY2(archived.ok(), qPrintable(archived.error().message));
    auto file = ActionFile::parse(namedAction("act", R"({"workflow":"change"})"));
    QVERIFY(file.ok());
    auto outcome = t.ws().admin().importAction(QStringLiteral("root"), *file);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QLatin1String("archived")), qPrintable(outcome.error().message));
}

void TestWorkflows::overridesApply()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    saveWorkflow(t, kApprovers);
    t.action(namedAction("act", R"({"workflow":"change","bypassGroups":["bypass"],"deadlineHours":2})"));
    // dave is in the bypass group: runs directly through the action's override.
    auto direct = t.ws().requests().submit(
        QStringLiteral("dave"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
        SubmitMode::RunDirect);
    QVERIFY2(direct.ok(), qPrintable(direct.error().message));
    QCOMPARE(direct->state, RequestState::Approved);
    auto r = submit(t, QStringLiteral("act"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->deadline - r->createdAt, qint64(2) * 3600 * 1000);
}

void TestWorkflows::badWorkflowFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown field") << QByteArray(R"({"name":"w","polcy":{}})")
                                   << "Workflow field \"polcy\" is unknown.";
    QTest::newRow("unknown policy field")
        << QByteArray(R"({"name":"w","policy":{"approverGroups":["a"],"x":1}})") << "unknown";
    QTest::newRow("self reference") << QByteArray(R"({"name":"w","policy":{"workflow":"w"}})")
                                    << "a workflow's policy cannot refer to a workflow";
    QTest::newRow("bad name") << QByteArray(R"({"name":"Bad Name","policy":{"approverGroups":["a"]}})")
                              << "Workflow name \"Bad Name\" is invalid";
    QTest::newRow("no policy") << QByteArray(R"({"name":"w"})") << "needs a \"policy\" object";
}

void TestWorkflows::badWorkflowFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    auto f = WorkflowFile::parse(json);
    QVERIFY(!f.ok());
    QVERIFY2(f.error().message.contains(error), qPrintable(f.error().message));
}

void TestWorkflows::onlyAdminsSave()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    auto saved = t.ws().workflows().save(QStringLiteral("alice"), workflowFile(kApprovers));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, Error::Code::Forbidden);
    // Unknown groups are refused with the workflow named.
    auto unknown = t.ws().workflows().save(QStringLiteral("root"),
                                           workflowFile(R"({"name":"w","policy":{"approverGroups":["nosuch"]}})"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message,
             QStringLiteral("Workflow \"w\" refers to group \"nosuch\", which does not exist."));
}

void TestWorkflows::savesAreRevisionsAndAudited()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    saveWorkflow(t, kApprovers);
    auto same = t.ws().workflows().save(QStringLiteral("root"), workflowFile(kApprovers));
    QVERIFY(same.ok());
    QVERIFY(!same->changed);
    saveWorkflow(t, kSecurity);
    WorkflowStore store(t.db());
    auto revisions = store.revisions(QStringLiteral("change"));
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->at(0).policy.approverGroups(), QStringList { QStringLiteral("approvers") });
    QCOMPARE(revisions->at(1).policy.approverGroups(), QStringList { QStringLiteral("security") });
    QCOMPARE(revisions->at(1).createdBy, QStringLiteral("root"));
    auto q = t.db().exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = ?"),
                         { QString(AuditEvent::WorkflowSaved) });
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toInt(), 2);
}

void TestWorkflows::impactSentence()
{
    QCOMPARE(workflowImpactSentence(17, 4),
             QStringLiteral("affects new requests of 17 actions; 4 pending requests keep their snapshot"));
    QCOMPARE(workflowImpactSentence(1, 1),
             QStringLiteral("affects new requests of 1 action; 1 pending request keeps its snapshot"));
}

void TestWorkflows::teamMemberCriterion()
{
    TestWorkspace t;
    buildStandardDirectory(t); // req's manager is mgr
    t.user(QStringLiteral("mate"), { QStringLiteral("requesters") }, QStringLiteral("mgr"));
    t.user(QStringLiteral("stranger"), { QStringLiteral("requesters") }, QStringLiteral("bob"));
    saveWorkflow(t,
                 R"({"name":"team","policy":{"rules":[{"name":"default","phases":[{"name":"Team",)"
                 R"("approve":{"teamMember":true}}]}]}})");
    t.action(namedAction("act", R"({"workflow":"team"})"));
    auto r = submit(t, QStringLiteral("act"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));

    // The engine's facts: shares the manager yes; the requester and someone with another manager no.
    auto facts = DirectoryFacts::load(t.ws().directory());
    QVERIFY(facts.ok());
    const QStringList targets { QStringLiteral("test1") };
    QVERIFY(facts->approver(QStringLiteral("mate"), QStringLiteral("req"), targets).isRequesterTeamMember);
    QVERIFY(!facts->approver(QStringLiteral("req"), QStringLiteral("req"), targets).isRequesterTeamMember);
    QVERIFY(!facts->approver(QStringLiteral("stranger"), QStringLiteral("req"), targets).isRequesterTeamMember);
    QVERIFY(!facts->approver(QStringLiteral("mgr"), QStringLiteral("req"), targets).isRequesterTeamMember);
    QCOMPARE(facts->teamOf(QStringLiteral("req")), QStringList { QStringLiteral("mate") });

    // The requester is told who can approve: the team mate (read by the candidates-only path).
    auto details = t.ws().requests().details(QStringLiteral("req"), r->id);
    QVERIFY2(details.ok(), qPrintable(details.error().message));
    QCOMPARE(details->approvers.logins, QStringList { QStringLiteral("mate") });

    // The queue shows it to the team mate only; only the team mate's approval counts.
    auto mateQueue = t.ws().requests().incoming(QStringLiteral("mate"));
    QVERIFY(mateQueue.ok());
    QCOMPARE(mateQueue->requests.size(), 1);
    auto strangerQueue = t.ws().requests().incoming(QStringLiteral("stranger"));
    QVERIFY(strangerQueue.ok());
    QCOMPARE(strangerQueue->requests.size(), 0);
    QVERIFY(!t.ws().requests().decide(QStringLiteral("stranger"), r->id, true, QString()).ok());
    QVERIFY(!t.ws().requests().decide(QStringLiteral("mgr"), r->id, true, QString()).ok());
    QVERIFY(!t.ws().requests().decide(QStringLiteral("req"), r->id, true, QString()).ok());
    auto approved = t.ws().requests().decide(QStringLiteral("mate"), r->id, true, QString());
    QVERIFY2(approved.ok(), qPrintable(approved.error().message));
    QCOMPARE(approved->state, RequestState::Approved);
}

QTEST_GUILESS_MAIN(TestWorkflows)
#include "tst_workflows.moc"
