#include <QtTest>
#include <core/audit/auditevents.h>
#include <core/requests/delegation.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>
#include <support/testworkspace.h>

using namespace cs;

// Delegation / out of office: a delegate decides for the delegator, the vote is the delegator's and
// counts under the same rules (one vote per person, never for one's own request, never twice).
class TestDelegation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void delegateDecidesAndItCountsForTheDelegator();
    void delegatorAndDelegateNeverCountTwice();
    void twoDelegationsOfOnePersonNeverCountTwice();
    void aPersonClicksOncePerRequest();
    void delegationToTheRequesterIsRefusedForThatRequest();
    void expiredOrEndedDelegationNoLongerWorks();
    void notYetStartedDelegationDoesNotWork();
    void nonAdminCannotDelegateForSomeoneElse();
    void unsoundDelegationsAreRefused();
    void delegatesGetTheApprovalTask();

private:
    Request submit(const QString& requester = QStringLiteral("req"));
    Delegation delegate(const QString& from, const QString& to, qint64 hours = 24 * 7, const QString& actor = {});
    qint64 now() const { return t->clock.nowMs(); }
    std::unique_ptr<TestWorkspace> t;
};

void TestDelegation::init()
{
    t = std::make_unique<TestWorkspace>();
    t->clock.set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    buildStandardDirectory(*t);
    t->user(QStringLiteral("erin"));
    t->user(QStringLiteral("frank"));
    // Two distinct approvers, so a vote counted twice would show as an approval.
    t->action(actionWithPolicy(
        R"({"rules":[{"name":"default","phases":[{"name":"Review","approve":{"group":"approvers"},"quorum":2}]}]})"));
}

void TestDelegation::cleanup()
{
    t.reset();
}

Request TestDelegation::submit(const QString& requester)
{
    auto r = t->ws().requests().submit(
        requester, { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("because") },
        SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit failed: %s", qPrintable(r.error().message));
    return *r;
}

Delegation TestDelegation::delegate(const QString& from, const QString& to, qint64 hours, const QString& actor)
{
    auto d = t->ws().delegations().add(actor.isEmpty() ? from : actor,
                                       { actor.isEmpty() ? QString() : from, to, now(), now() + hours * 3600 * 1000 });
    if (!d.ok())
        qFatal("delegate failed: %s", qPrintable(d.error().message));
    return *d;
}

namespace {

QList<qint64> ids(const Result<RequestPage>& page)
{
    QList<qint64> out;
    if (page.ok())
        for (const Request& r : page->requests)
            out << r.id;
    return out;
}

} // namespace

void TestDelegation::delegateDecidesAndItCountsForTheDelegator()
{
    delegate(QStringLiteral("bob"), QStringLiteral("erin"));
    const Request r = submit();
    QVERIFY(ids(t->ws().requests().incoming(QStringLiteral("erin"))).contains(r.id));
    QVERIFY(ids(t->ws().requests().incoming(QStringLiteral("erin"), {})).contains(r.id)); // the all-states list too
    auto before = t->ws().requests().details(QStringLiteral("erin"), r.id);
    QVERIFY2(before.ok(), qPrintable(before.error().message));
    QVERIFY(before->eligibility.canDecide);
    QCOMPARE(before->eligibility.onBehalfOf, QStringLiteral("bob"));

    auto decided = t->ws().requests().decide(QStringLiteral("erin"), r.id, true, QStringLiteral("for bob"));
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->state, RequestState::Pending); // bob's vote; a second person is still needed
    auto approved = t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {});
    QVERIFY2(approved.ok(), qPrintable(approved.error().message));
    QCOMPARE(approved->state, RequestState::Approved);
    QVERIFY(RequestService::verifyApproval(*approved, *t->ws().requestStore().decisions(r.id)).ok());

    // Both names: in the JSON of show --json, the text, and the audit log.
    auto details = t->ws().requests().details(QStringLiteral("req"), r.id);
    QVERIFY(details.ok());
    const QJsonObject first
        = Json::details(*details, {}, {}).value(QStringLiteral("decisions")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("approver")).toString(), QStringLiteral("bob"));
    QCOMPARE(first.value(QStringLiteral("decidedBy")).toString(), QStringLiteral("erin"));
    QVERIFY(requestAsText(*details, {}, {}).contains(QStringLiteral("erin for bob approved")));
    bool audited = false;
    const auto entries = t->ws().audit().entries(r.id);
    for (const AuditEntry& e : *entries)
        if (e.event == AuditEvent::DecisionApproved && e.actor == QLatin1String("erin"))
            audited = e.payloadObject().value(QStringLiteral("onBehalfOf")).toString() == QLatin1String("bob");
    QVERIFY(audited);
}

void TestDelegation::delegatorAndDelegateNeverCountTwice()
{
    delegate(QStringLiteral("bob"), QStringLiteral("erin"));
    // The delegate first, then the delegator himself.
    const Request a = submit();
    QVERIFY(t->ws().requests().decide(QStringLiteral("erin"), a.id, true, {}).ok());
    auto again = t->ws().requests().decide(QStringLiteral("bob"), a.id, true, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QCOMPARE(t->ws().requestStore().load(a.id)->state, RequestState::Pending);

    // The delegator first, then the delegate for him.
    const Request b = submit();
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), b.id, true, {}).ok());
    QVERIFY(!ids(t->ws().requests().incoming(QStringLiteral("erin"))).contains(b.id));
    auto twice = t->ws().requests().decide(QStringLiteral("erin"), b.id, true, {});
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(QStringLiteral("bob")), qPrintable(twice.error().message));
    QCOMPARE(t->ws().requestStore().load(b.id)->state, RequestState::Pending);
    QCOMPARE(t->ws().requestStore().decisions(b.id)->size(), 1);
}

void TestDelegation::twoDelegationsOfOnePersonNeverCountTwice()
{
    delegate(QStringLiteral("bob"), QStringLiteral("erin"));
    delegate(QStringLiteral("bob"), QStringLiteral("frank"));
    const Request r = submit();
    QVERIFY(ids(t->ws().requests().incoming(QStringLiteral("frank"))).contains(r.id));
    QVERIFY(t->ws().requests().decide(QStringLiteral("erin"), r.id, true, {}).ok());
    auto second = t->ws().requests().decide(QStringLiteral("frank"), r.id, true, {});
    QVERIFY(!second.ok());
    QCOMPARE(t->ws().requestStore().load(r.id)->state, RequestState::Pending);
    QCOMPARE(t->ws().requestStore().decisions(r.id)->size(), 1);
}

void TestDelegation::aPersonClicksOncePerRequest()
{
    // alice is an approver herself and holds bob's approvals: her one decision is her own, and she
    // cannot then add bob's vote to complete the quorum alone.
    delegate(QStringLiteral("bob"), QStringLiteral("alice"));
    const Request r = submit();
    auto own = t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {});
    QVERIFY(own.ok());
    QCOMPARE(t->ws().requestStore().decisions(r.id)->first().approver, QStringLiteral("alice"));
    auto forBob = t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {});
    QVERIFY(!forBob.ok());
    QCOMPARE(t->ws().requestStore().load(r.id)->state, RequestState::Pending);
}

void TestDelegation::delegationToTheRequesterIsRefusedForThatRequest()
{
    // req holds bob's approvals: on others' requests req decides for bob, never on req's own.
    delegate(QStringLiteral("bob"), QStringLiteral("req"));
    const Request own = submit(QStringLiteral("req"));
    QVERIFY(!ids(t->ws().requests().incoming(QStringLiteral("req"))).contains(own.id));
    auto refused = t->ws().requests().decide(QStringLiteral("req"), own.id, true, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY(t->ws().requestStore().decisions(own.id)->isEmpty());

    const Request others = submit(QStringLiteral("dave"));
    QVERIFY(ids(t->ws().requests().incoming(QStringLiteral("req"))).contains(others.id));
    QVERIFY(t->ws().requests().decide(QStringLiteral("req"), others.id, true, {}).ok());

    // And nobody decides a delegator's own request for them (alice: requester and approver; any
    // one approver now, as she is the only other).
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request bobs = submit(QStringLiteral("alice"));
    delegate(QStringLiteral("alice"), QStringLiteral("erin"));
    QVERIFY(!t->ws().requests().decide(QStringLiteral("erin"), bobs.id, true, {}).ok());
}

void TestDelegation::expiredOrEndedDelegationNoLongerWorks()
{
    delegate(QStringLiteral("bob"), QStringLiteral("erin"), 1);
    const Request r = submit();
    t->clock.advanceSecs(2 * 3600);
    QVERIFY(ids(t->ws().requests().incoming(QStringLiteral("erin"))).isEmpty());
    QVERIFY(!t->ws().requests().decide(QStringLiteral("erin"), r.id, true, {}).ok());

    const Delegation d = delegate(QStringLiteral("bob"), QStringLiteral("erin"));
    QVERIFY(ids(t->ws().requests().incoming(QStringLiteral("erin"))).contains(r.id));
    auto ended = t->ws().delegations().end(QStringLiteral("bob"), d.id);
    QVERIFY2(ended.ok(), qPrintable(ended.error().message));
    QVERIFY(!t->ws().requests().decide(QStringLiteral("erin"), r.id, true, {}).ok());
    QVERIFY(t->ws().requestStore().decisions(r.id)->isEmpty());
    QVERIFY(!t->ws().delegations().end(QStringLiteral("bob"), d.id).ok()); // once
    bool audited = false;
    const auto entries = t->ws().audit().entries(0, 1000);
    for (const AuditEntry& e : *entries)
        audited = audited || (e.event == AuditEvent::DelegationEnded && e.actor == QLatin1String("bob"));
    QVERIFY(audited);
}

void TestDelegation::notYetStartedDelegationDoesNotWork()
{
    auto d = t->ws().delegations().add(QStringLiteral("bob"),
                                       { {}, QStringLiteral("erin"), now() + 3600 * 1000, now() + 7200 * 1000 });
    QVERIFY(d.ok());
    const Request r = submit();
    QVERIFY(!t->ws().requests().decide(QStringLiteral("erin"), r.id, true, {}).ok());
    t->clock.advanceSecs(3600);
    QVERIFY(t->ws().requests().decide(QStringLiteral("erin"), r.id, true, {}).ok());
}

void TestDelegation::nonAdminCannotDelegateForSomeoneElse()
{
    auto refused = t->ws().delegations().add(QStringLiteral("alice"),
                                             { QStringLiteral("bob"), QStringLiteral("erin"), now(), now() + 3600000 });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    const Delegation d = delegate(QStringLiteral("bob"), QStringLiteral("erin"), 24, QStringLiteral("adminx"));
    QCOMPARE(d.delegator, QStringLiteral("bob"));
    QCOMPARE(d.createdBy, QStringLiteral("adminx"));
    // Only the delegator or an admin ends it; the lists show it to both sides.
    QCOMPARE(t->ws().delegations().end(QStringLiteral("alice"), d.id).error().code, Error::Code::Forbidden);
    QCOMPARE(t->ws().delegations().list(QStringLiteral("erin"))->size(), 1);
    QCOMPARE(t->ws().delegations().list(QStringLiteral("alice"))->size(), 0);
    bool audited = false;
    const auto entries = t->ws().audit().entries(0, 1000);
    for (const AuditEntry& e : *entries)
        audited = audited || (e.event == AuditEvent::DelegationCreated && e.actor == QLatin1String("adminx"));
    QVERIFY(audited);
}

void TestDelegation::unsoundDelegationsAreRefused()
{
    const auto add = [&](const QString& from, const QString& to, qint64 start, qint64 end) {
        return t->ws().delegations().add(from, { {}, to, start, end });
    };
    const qint64 day = 24 * 3600 * 1000LL;
    QCOMPARE(add(QStringLiteral("bob"), QStringLiteral("bob"), now(), now() + day).error().code, Error::Code::Invalid);
    QCOMPARE(add(QStringLiteral("bob"), QStringLiteral("erin"), now(), now()).error().code, Error::Code::Invalid);
    QCOMPARE(add(QStringLiteral("bob"), QStringLiteral("erin"), now() - 2 * day, now() - day).error().code,
             Error::Code::Invalid);
    QCOMPARE(add(QStringLiteral("bob"), QStringLiteral("erin"), now(), now() + 400 * day).error().code,
             Error::Code::Invalid);
    QCOMPARE(add(QStringLiteral("bob"), QStringLiteral("nobody"), now(), now() + day).error().code,
             Error::Code::NotFound);
    QVERIFY(add(QStringLiteral("bob"), QStringLiteral("erin"), now(), now() + day).ok());
    // The same pair overlapping, a cycle, and a chain either way.
    QCOMPARE(add(QStringLiteral("bob"), QStringLiteral("erin"), now() + day / 2, now() + 2 * day).error().code,
             Error::Code::Conflict);
    auto cycle = add(QStringLiteral("erin"), QStringLiteral("bob"), now(), now() + day);
    QCOMPARE(cycle.error().code, Error::Code::Conflict);
    QVERIFY2(cycle.error().message.contains(QStringLiteral("cannot stand in")), qPrintable(cycle.error().message));
    QCOMPARE(add(QStringLiteral("erin"), QStringLiteral("frank"), now(), now() + day).error().code,
             Error::Code::Conflict);
    QCOMPARE(add(QStringLiteral("alice"), QStringLiteral("bob"), now(), now() + day).error().code,
             Error::Code::Conflict);
    // After it, the same pair may follow on.
    QVERIFY(add(QStringLiteral("bob"), QStringLiteral("erin"), now() + day, now() + 2 * day).ok());
}

void TestDelegation::delegatesGetTheApprovalTask()
{
    delegate(QStringLiteral("bob"), QStringLiteral("erin"));
    delegate(QStringLiteral("bob"), QStringLiteral("req")); // req's own request: no task for req
    const Request r = submit();
    QVERIFY(t->ws().notify().expandEvents(1000).ok());
    QStringList told;
    const auto outbox = t->ws().notify().outbox(QStringLiteral("root"));
    for (const OutboxRow& row : *outbox)
        if (row.requestId == r.id && row.event == Notice::ApprovalNeeded)
            told << row.recipient;
    told.sort();
    QCOMPARE(told, (QStringList { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("erin") }));
}

QTEST_GUILESS_MAIN(TestDelegation)
#include "tst_delegation.moc"
