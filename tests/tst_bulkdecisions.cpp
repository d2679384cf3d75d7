#include <QtTest>
#include <support/testworkspace.h>

using namespace cs;

// Bulk decisions: the pre-flight preview is core's eligibility and phase logic (nothing written),
// and decideMany decides each request alone.
class TestBulkDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewRefusesOwnAndExpiredAndDecideManyDecidesTheRest();
    void previewSaysWhatEachPhaseStepDoes();
    void rejectNeedsACommentPerRequest();
    void unknownRequestsAreRefusedNotFatal();

private:
    void useAction(const QByteArray& policy);
    qint64 submit(const QString& who);
    qint64 count(const QString& sql);
    std::unique_ptr<TestWorkspace> t;
};

void TestBulkDecisions::init()
{
    t = std::make_unique<TestWorkspace>();
    for (const char* g : { "requesters", "approvers", "security" })
        t->group(QString::fromLatin1(g));
    t->user(QStringLiteral("req"), { QStringLiteral("requesters") });
    t->user(QStringLiteral("alice"), { QStringLiteral("requesters"), QStringLiteral("approvers") });
    t->user(QStringLiteral("bob"), { QStringLiteral("approvers") });
    t->user(QStringLiteral("carol"), { QStringLiteral("security") });
    t->target(QStringLiteral("web1"), QStringLiteral("server"), QStringLiteral("production"), {},
              QStringLiteral("https://agent-a.example:8443"));
    t->target(QStringLiteral("web2"), QStringLiteral("server"), QStringLiteral("production"), {},
              QStringLiteral("https://agent-b.example:8443"));
}

void TestBulkDecisions::cleanup()
{
    t.reset();
}

void TestBulkDecisions::useAction(const QByteArray& policy)
{
    t->action(QByteArrayLiteral(R"({"name": "act", "description": "bulk", "interpreter": "/bin/sh",
        "script": "echo hi", "requesterGroups": ["requesters"], "targets": ["web1", "web2"],
        "parameters": [], "policy": )")
              + policy + "}");
}

qint64 TestBulkDecisions::submit(const QString& who)
{
    auto r = t->ws().requests().submit(who,
                                       { QStringLiteral("act"), {}, { QStringLiteral("web1") }, QStringLiteral("why") },
                                       SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    return r->id;
}

qint64 TestBulkDecisions::count(const QString& sql)
{
    auto q = t->db().exec(sql);
    if (!q.ok() || !q->next())
        qFatal("count: %s", qPrintable(sql));
    return q->value(0).toLongLong();
}

void TestBulkDecisions::previewRefusesOwnAndExpiredAndDecideManyDecidesTheRest()
{
    useAction(R"({"approvalRequired":true,"approverGroups":["approvers"],"deadlineHours":10})");
    const qint64 expiring = submit(QStringLiteral("req"));
    t->clock.advanceSecs(5 * 3600);
    const qint64 a = submit(QStringLiteral("req"));
    const qint64 own = submit(QStringLiteral("alice"));
    const qint64 b = submit(QStringLiteral("req"));
    const qint64 c = submit(QStringLiteral("req"));
    t->clock.advanceSecs(6 * 3600); // the first one is past its deadline, the others are not
    const QList<qint64> ids { a, own, expiring, b, c };

    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto preview = t->ws().requests().previewDecisions(QStringLiteral("alice"), ids, true);
    QVERIFY2(preview.ok(), qPrintable(preview.error().message));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore); // a preview writes nothing
    QCOMPARE(preview->size(), 5);
    QCOMPARE(preview->at(0).id, a);
    for (int i : { 0, 3, 4 }) {
        const DecisionPreview& p = preview->at(i);
        QCOMPARE(p.outcome, DecisionPreview::Outcome::ApprovesRequest);
        QCOMPARE(p.action, QStringLiteral("act"));
        QCOMPARE(p.targets, QStringList { QStringLiteral("web1") });
        QCOMPARE(p.agents, QStringList { QStringLiteral("https://agent-a.example:8443") });
        QVERIFY2(p.sentence().contains(QStringLiteral("https://agent-a.example:8443 on web1")),
                 qPrintable(p.sentence()));
    }
    QCOMPARE(preview->at(1).outcome, DecisionPreview::Outcome::Refused);
    QCOMPARE(preview->at(1).refusal, Error::Code::Forbidden);
    QVERIFY2(preview->at(1).sentence().contains(QStringLiteral("your own request")), qPrintable(preview->at(1).reason));
    QCOMPARE(preview->at(2).outcome, DecisionPreview::Outcome::Refused);
    QVERIFY2(preview->at(2).sentence().contains(QStringLiteral("deadline")), qPrintable(preview->at(2).reason));

    QList<BulkDecisionItem> items;
    for (qint64 id : ids)
        items.append({ id, QStringLiteral("fine by me") });
    const QList<BulkDecisionResult> results = t->ws().requests().decideMany(QStringLiteral("alice"), items, true);
    QCOMPARE(results.size(), 5);
    QSet<qint64> done;
    for (const BulkDecisionResult& r : results)
        if (r.status == BulkDecisionResult::Status::Done)
            done.insert(r.id);
    QCOMPARE(done, (QSet<qint64> { a, b, c }));
    QCOMPARE(results.at(1).status, BulkDecisionResult::Status::Refused);
    QVERIFY2(results.at(1).message.contains(QStringLiteral("your own request")), qPrintable(results.at(1).message));
    QCOMPARE(results.at(2).status, BulkDecisionResult::Status::Refused);
    for (qint64 id : { a, b, c })
        QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Approved);
    QCOMPARE(t->ws().requestStore().load(own)->state, RequestState::Pending);
    QCOMPARE(t->ws().requestStore().load(expiring)->state, RequestState::Expired);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM decisions")), 3);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE request_id IN (%1, %2)").arg(own).arg(expiring)), 0);
}

void TestBulkDecisions::previewSaysWhatEachPhaseStepDoes()
{
    useAction(R"({"rules":[{"name":"two","phases":[
        {"name":"Technical review","approve":{"group":"approvers"},"quorum":2},
        {"name":"Security sign-off","approve":{"group":"security"}}]}]})");
    const qint64 id = submit(QStringLiteral("req"));
    RequestService& s = t->ws().requests();

    auto first = s.previewDecisions(QStringLiteral("alice"), { id }, true);
    QVERIFY(first.ok());
    QCOMPARE(first->at(0).outcome, DecisionPreview::Outcome::CountsTowardPhase);
    QCOMPARE(first->at(0).phaseName, QStringLiteral("Technical review"));
    auto carol = s.previewDecisions(QStringLiteral("carol"), { id }, true);
    QVERIFY(carol.ok());
    QCOMPARE(carol->at(0).outcome, DecisionPreview::Outcome::Refused); // not her phase yet
    auto reject = s.previewDecisions(QStringLiteral("alice"), { id }, false);
    QVERIFY(reject.ok());
    QCOMPARE(reject->at(0).outcome, DecisionPreview::Outcome::RejectsRequest);

    QVERIFY(s.decide(QStringLiteral("alice"), id, true, {}).ok());
    auto again = s.previewDecisions(QStringLiteral("alice"), { id }, true);
    QCOMPARE(again->at(0).outcome, DecisionPreview::Outcome::Refused); // a person decides once
    auto second = s.previewDecisions(QStringLiteral("bob"), { id }, true);
    QCOMPARE(second->at(0).outcome, DecisionPreview::Outcome::CompletesPhase);
    QVERIFY2(second->at(0).sentence().contains(QStringLiteral("phase 1 of 2")), qPrintable(second->at(0).sentence()));

    QVERIFY(s.decide(QStringLiteral("bob"), id, true, {}).ok());
    auto last = s.previewDecisions(QStringLiteral("carol"), { id }, true);
    QCOMPARE(last->at(0).outcome, DecisionPreview::Outcome::ApprovesRequest);
    QCOMPARE(last->at(0).phase, 1);
}

void TestBulkDecisions::rejectNeedsACommentPerRequest()
{
    useAction(R"({"approvalRequired":true,"approverGroups":["approvers"]})");
    const qint64 a = submit(QStringLiteral("req"));
    const qint64 b = submit(QStringLiteral("req"));
    const auto results = t->ws().requests().decideMany(QStringLiteral("bob"),
                                                       { { a, QStringLiteral("not now") }, { b, QString() } }, false);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).status, BulkDecisionResult::Status::Done);
    QCOMPARE(results.at(0).request.state, RequestState::Rejected);
    QCOMPARE(results.at(1).status, BulkDecisionResult::Status::Refused);
    QCOMPARE(t->ws().requestStore().load(b)->state, RequestState::Pending);
}

void TestBulkDecisions::unknownRequestsAreRefusedNotFatal()
{
    useAction(R"({"approvalRequired":true,"approverGroups":["approvers"]})");
    const qint64 a = submit(QStringLiteral("req"));
    auto preview = t->ws().requests().previewDecisions(QStringLiteral("bob"), { 9999, a, a }, true);
    QVERIFY2(preview.ok(), qPrintable(preview.error().message));
    QCOMPARE(preview->size(), 2); // the repeated id once
    QCOMPARE(preview->at(0).outcome, DecisionPreview::Outcome::Refused);
    QCOMPARE(preview->at(0).refusal, Error::Code::NotFound);
    QCOMPARE(preview->at(1).outcome, DecisionPreview::Outcome::ApprovesRequest);
    const auto results = t->ws().requests().decideMany(QStringLiteral("bob"), { { 9999, {} }, { a, {} } }, true);
    QCOMPARE(results.at(0).status, BulkDecisionResult::Status::Refused);
    QCOMPARE(results.at(1).status, BulkDecisionResult::Status::Done);
}

QTEST_GUILESS_MAIN(TestBulkDecisions)
#include "tst_bulkdecisions.moc"
