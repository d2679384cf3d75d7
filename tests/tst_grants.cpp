// Time-bound access in core: action terms, the duration in the digest and the policy, activation,
// the revoke claimed exactly once, back-off, crash recovery, early revoke, extension, earliest start.
#include <QtTest>
#include <core/actions/grantterms.h>
#include <core/audit/grantevents.h>
#include <core/execution/accessreview.h>
#include <core/execution/activegrants.h>
#include <core/views/requesttext.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

const QString kAgentUrl = QStringLiteral("http://grants-agent.test");

QByteArray grantAction(const QByteArray& policy = R"({"approvalRequired":true,"approverGroups":["approvers"]})",
                       const QByteArray& extra = {})
{
    return QByteArrayLiteral(R"({"name": "grant", "interpreter": "/bin/sh", "script": "echo grant",
        "revokeScript": "echo revoke", "revokeTimeoutSeconds": 30, "durations": ["1h", "8h", "24h"],
        "maxDuration": "24h", "earliestStart": true, "requesterGroups": ["requesters"], "targets": ["g1"],
        "parameters": [ { "name": "who", "type": "string" } ], )")
        + extra + QByteArrayLiteral(R"("policy": )") + policy + QByteArrayLiteral("}");
}

} // namespace

class TestGrants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void durationsParseAndPrint();
    void actionTermsAreValidated_data();
    void actionTermsAreValidated();
    void ordinaryActionKeepsItsDigest();
    void durationIsCheckedByCoreForEveryFrontEnd();
    void durationIsInTheDigest();
    void aRowWithoutItsDurationNeverRuns();
    void policyRoutesOnDuration();
    void successfulGrantBecomesActiveAndIsRevokedOnceAtT();
    void failingRevokeIsRetriedWithBackOffAndShown();
    void revokeInterruptedByACrashRunsAgain();
    void deadAgentsLeaseLetsAnotherAgentRevoke();
    void earlyRevokeByRequesterAdminOrApproverOnly();
    void extensionNamesAnActiveGrant();
    void earliestStartRunsNotBeforeAndNeverAfterDeadline();
    void extensionSupersedesTheOldRevoke();
    void earlyRevokeEndsTheGrantNow();
    void failedGrantScriptIsCleanedUpByItsRevoke();
    void otherAgentsBacklogNeverHidesThisAgentsRevokes();
    void accessReviewKeepsOrRevokesWithAComment();
    void aDelegateWhoApprovedMayRevokeEarly();
    void activeGrantsByScope();
    void activeGrantsSayWhatTheReaderMayDo();
    void anAdminDoesNotReviewTheirOwnGrant();
    void revokeIsAReviewForReviewersAnEarlyEndForTheOwner();

private:
    void runGrant(qint64 id, bool succeeds);
    qint64 approved(const QString& duration = QStringLiteral("1h"), qint64 notBefore = 0, qint64 previous = 0);
    qint64 activeGrant(const QString& duration = QStringLiteral("1h"));
    QStringList events(qint64 id);
    void advance(qint64 ms) { t->clock.set(QDateTime::fromMSecsSinceEpoch(t->clock.nowMs() + ms, Qt::UTC)); }
    std::unique_ptr<TestWorkspace> t;
};

void TestGrants::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    t->target(QStringLiteral("g1"), QStringLiteral("server"), QStringLiteral("test"), {}, kAgentUrl);
    t->action(grantAction());
}

void TestGrants::cleanup()
{
    t.reset();
}

qint64 TestGrants::approved(const QString& duration, qint64 notBefore, qint64 previous)
{
    SubmitInput in { QStringLiteral("grant"),
                     { { QStringLiteral("who"), QStringLiteral("alice") } },
                     { QStringLiteral("g1") },
                     QStringLiteral("on call") };
    in.duration = duration;
    in.notBefore = notBefore;
    in.previousRequest = previous;
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit failed: %s", qPrintable(r.error().message));
    if (!t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok())
        qFatal("approve failed");
    return r->id;
}

void TestGrants::runGrant(qint64 id, bool succeeds)
{
    auto plan = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("test"));
    if (!plan.ok())
        qFatal("claim failed: %s", qPrintable(plan.error().message));
    TestWorkspace::must(t->ws().executions().recordStart(id, QStringLiteral("a1")), "start");
    TestWorkspace::must(t->ws().executions().finish(id, QStringLiteral("a1"),
                                                    succeeds ? ExecutionState::Succeeded : ExecutionState::Failed,
                                                    succeeds ? 0 : 1, {}),
                        "finish");
}

qint64 TestGrants::activeGrant(const QString& duration)
{
    SubmitInput in { QStringLiteral("grant"),
                     { { QStringLiteral("who"), QStringLiteral("alice") } },
                     { QStringLiteral("g1") },
                     QStringLiteral("on call") };
    in.duration = duration;
    return makeActiveGrant(*t, in);
}

// The Active grants tab's read: the scope is who asks and what for; All is for admins and auditors.
void TestGrants::activeGrantsByScope()
{
    const auto grant = [this](const QString& requester, const QString& approver, const QString& duration) {
        SubmitInput in { QStringLiteral("grant"),
                         { { QStringLiteral("who"), requester } },
                         { QStringLiteral("g1") },
                         QStringLiteral("scope") };
        in.duration = duration;
        return makeActiveGrant(*t, in, requester, approver);
    };
    const qint64 reqByAlice = grant(QStringLiteral("req"), QStringLiteral("alice"), QStringLiteral("8h"));
    const qint64 aliceByBob = grant(QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("1h"));
    const qint64 reqByBob = grant(QStringLiteral("req"), QStringLiteral("bob"), QStringLiteral("24h"));
    const qint64 ended = grant(QStringLiteral("req"), QStringLiteral("alice"), QStringLiteral("1h"));
    QVERIFY(t->ws().grants().revokeEarly(QStringLiteral("req"), ended, QStringLiteral("done")).ok());
    QCOMPARE(t->ws().grants().claimDue(QStringLiteral("a1"), kAgentUrl, 10)->size(), 1);
    TestWorkspace::must(t->ws().grants().finishRevoke(ended, QStringLiteral("a1"), true, {}), "revoked");
    QCOMPARE(t->ws().requestStore().load(ended)->state, RequestState::Revoked);
    approved(); // approved, not run: no grant yet
    QVERIFY(t->ws().accessReview().keep(QStringLiteral("alice"), reqByAlice, QStringLiteral("on call")).ok());

    ActiveGrants grants = t->ws().activeGrants();
    const auto ids = [&grants](const QString& who, GrantScope scope, const QString& action = {}) {
        auto list = grants.list(who, scope, action);
        if (!list.ok())
            qFatal("list failed: %s", qPrintable(list.error().message));
        QList<qint64> out;
        for (const ReviewItem& item : std::as_const(list->items))
            out << item.request.id;
        return out;
    };
    using Ids = QList<qint64>;
    // Soonest ending first, every scope.
    QCOMPARE(ids(QStringLiteral("adminx"), GrantScope::All), (Ids { aliceByBob, reqByAlice, reqByBob }));
    QCOMPARE(ids(QStringLiteral("audit"), GrantScope::All), (Ids { aliceByBob, reqByAlice, reqByBob }));
    QCOMPARE(ids(QStringLiteral("alice"), GrantScope::Mine), Ids { aliceByBob });
    QCOMPARE(ids(QStringLiteral("alice"), GrantScope::ApprovedByMe), Ids { reqByAlice });
    QCOMPARE(ids(QStringLiteral("bob"), GrantScope::ApprovedByMe), (Ids { aliceByBob, reqByBob }));
    QCOMPARE(ids(QStringLiteral("bob"), GrantScope::Mine), Ids {});
    QCOMPARE(ids(QStringLiteral("req"), GrantScope::Mine), (Ids { reqByAlice, reqByBob }));
    QCOMPARE(ids(QStringLiteral("req"), GrantScope::ApprovedByMe), Ids {});
    QCOMPARE(ids(QStringLiteral("adminx"), GrantScope::ApprovedByMe), Ids {});
    QCOMPARE(ids(QStringLiteral("adminx"), GrantScope::All, QStringLiteral("other")), Ids {});
    QCOMPARE(ids(QStringLiteral("bob"), GrantScope::ApprovedByMe, QStringLiteral("grant")),
             (Ids { aliceByBob, reqByBob }));
    // Involved: one's own and those one approved, in one list (alice requested one, approved one).
    QCOMPARE(ids(QStringLiteral("alice"), GrantScope::Involved), (Ids { aliceByBob, reqByAlice }));
    QCOMPARE(ids(QStringLiteral("carol"), GrantScope::Involved), Ids {});
    // What the CLI's `list active` shows: everything for admins and auditors, else Involved.
    const auto visible = [&grants](const QString& who) {
        auto list = grants.visibleTo(who);
        if (!list.ok())
            qFatal("visibleTo failed: %s", qPrintable(list.error().message));
        QList<qint64> out;
        for (const ReviewItem& item : std::as_const(list->items))
            out << item.request.id;
        return out;
    };
    QCOMPARE(visible(QStringLiteral("audit")), (Ids { aliceByBob, reqByAlice, reqByBob }));
    QCOMPARE(visible(QStringLiteral("alice")), (Ids { aliceByBob, reqByAlice }));
    QCOMPARE(visible(QStringLiteral("bob")), (Ids { aliceByBob, reqByBob }));

    // Neither admin nor auditor: All is refused, not quietly narrowed.
    for (const QString& who : { QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("req") }) {
        auto all = grants.list(who, GrantScope::All);
        QVERIFY(!all.ok());
        QCOMPARE(all.error().code, Error::Code::Forbidden);
    }
    QCOMPARE(grants.list(QStringLiteral("nobody"), GrantScope::Mine).error().code, Error::Code::Forbidden);

    // Each item carries what the tab shows: approvers, revoke row, time active, last review.
    auto all = grants.list(QStringLiteral("adminx"), GrantScope::All);
    QVERIFY(all.ok());
    QVERIFY(all->integrityProblems.isEmpty());
    const ReviewItem& kept = all->items.at(1);
    QCOMPARE(kept.request.requester, QStringLiteral("req"));
    QCOMPARE(kept.approvedBy, QStringList { QStringLiteral("alice") });
    QVERIFY(kept.revocation.has_value());
    QCOMPARE(kept.revocation->dueAt, kept.request.activeUntil);
    QCOMPARE(kept.activeSince, kept.request.activeUntil - 8 * 3600 * 1000);
    QVERIFY(kept.lastReview.has_value());
    QCOMPARE(kept.lastReview->reviewer, QStringLiteral("alice"));
    QCOMPARE(kept.lastReview->decision, QStringLiteral("keep"));
    QVERIFY(!all->items.at(0).lastReview.has_value());
    QCOMPARE(all->items.at(0).approvedBy, QStringList { QStringLiteral("bob") });
}

// Each listed grant says what the reader may do with it, by the rule keep, revoke and the early
// revoke check when it is done, and why not in their words: no extra statement per grant.
// The requester does not review their own access, admin or not; they may still end it early.
void TestGrants::anAdminDoesNotReviewTheirOwnGrant()
{
    QVERIFY(t->ws().admin().setRole(QStringLiteral("root"), QStringLiteral("req"), QStringLiteral("admin"), true).ok());
    SubmitInput in { QStringLiteral("grant"),
                     { { QStringLiteral("who"), QStringLiteral("req") } },
                     { QStringLiteral("g1") },
                     QStringLiteral("my own access") };
    in.duration = QStringLiteral("1h");
    const qint64 id = makeActiveGrant(*t, in);
    auto kept = t->ws().accessReview().keep(QStringLiteral("req"), id, QStringLiteral("still mine"));
    QVERIFY(!kept.ok());
    QCOMPARE(kept.error().code, Error::Code::Forbidden);
    auto list = t->ws().activeGrants().list(QStringLiteral("req"), GrantScope::All);
    QVERIFY(list.ok());
    QCOMPARE(list->items.size(), 1);
    QVERIFY(!list->items.first().mayKeep);
    QCOMPARE(list->items.first().keepRefusal, kept.error().message);
    // Another admin may.
    QVERIFY(t->ws().accessReview().keep(QStringLiteral("root"), id, QStringLiteral("needed")).ok());
}

void TestGrants::activeGrantsSayWhatTheReaderMayDo()
{
    t->action(grantAction(R"({"approvalRequired":true,"approverGroups":["approvers"]})",
                          R"("onBehalf": {"requesterGroups": ["requesters"]}, )"));
    SubmitInput in { QStringLiteral("grant"),
                     { { QStringLiteral("who"), QStringLiteral("carol") } },
                     { QStringLiteral("g1") },
                     QStringLiteral("for carol") };
    in.duration = QStringLiteral("1h");
    in.behalfOf = QStringLiteral("carol");
    const qint64 id = makeActiveGrant(*t, in);

    ActiveGrants grants = t->ws().activeGrants();
    const auto item = [&](const QString& who, GrantScope scope) {
        auto list = grants.list(who, scope);
        if (!list.ok() || list->items.size() != 1)
            qFatal("list failed for %s", qPrintable(who));
        return list->items.first();
    };
    const QString notReviewer
        = QStringLiteral("Only an admin or an approver of request #%1 can review its grant.").arg(id);
    const QString notEntitled
        = QStringLiteral("Only the requester (req), an admin or an approver of request #%1 can revoke it.").arg(id);

    // The admin and the approver may keep and revoke.
    for (const auto& [who, scope] : { std::pair { QStringLiteral("adminx"), GrantScope::All },
                                      std::pair { QStringLiteral("alice"), GrantScope::ApprovedByMe } }) {
        const ReviewItem it = item(who, scope);
        QVERIFY2(it.mayKeep && it.mayRevoke, qPrintable(who));
        QVERIFY(it.keepRefusal.isEmpty() && it.revokeRefusal.isEmpty());
    }
    // The auditor reads everything and may do neither; the person it is for neither either.
    for (const auto& [who, scope] : { std::pair { QStringLiteral("audit"), GrantScope::All },
                                      std::pair { QStringLiteral("carol"), GrantScope::Mine } }) {
        const ReviewItem it = item(who, scope);
        QVERIFY2(!it.mayKeep && !it.mayRevoke, qPrintable(who));
        QCOMPARE(it.keepRefusal, notReviewer);
        QCOMPARE(it.revokeRefusal, notEntitled);
        // The same sentences core says when it is tried anyway.
        QCOMPARE(t->ws().accessReview().keep(who, id, QStringLiteral("x")).error().message, notReviewer);
        QCOMPARE(t->ws().grants().revokeEarly(who, id, QStringLiteral("x")).error().message, notEntitled);
    }
    // The requester does not review their own access, but may end it early.
    const ReviewItem own = item(QStringLiteral("req"), GrantScope::Mine);
    QVERIFY(!own.mayKeep);
    QCOMPARE(own.keepRefusal, notReviewer);
    QVERIFY(own.mayRevoke);

    // Ended early, waiting for the agent: nothing left to keep or revoke, for anyone.
    QVERIFY(t->ws().grants().revokeEarly(QStringLiteral("req"), id, QStringLiteral("done")).ok());
    advance(1);
    for (const auto& [who, scope] : { std::pair { QStringLiteral("adminx"), GrantScope::All },
                                      std::pair { QStringLiteral("req"), GrantScope::Mine } }) {
        const ReviewItem it = item(who, scope);
        QVERIFY2(!it.mayKeep && !it.mayRevoke, qPrintable(who));
        QVERIFY2(it.revokeRefusal.contains(QStringLiteral("has ended")), qPrintable(it.revokeRefusal));
        QCOMPARE(t->ws().accessReview().keep(QStringLiteral("adminx"), id, QStringLiteral("x")).error().message,
                 it.revokeRefusal);
    }
}

QStringList TestGrants::events(qint64 id)
{
    QStringList out;
    auto entries = t->ws().audit().entries(id);
    if (entries.ok())
        for (const AuditEntry& e : *entries)
            out << e.event;
    return out;
}

void TestGrants::durationsParseAndPrint()
{
    QCOMPARE(*GrantTerms::parseDuration(QStringLiteral("8h")), 8 * 3600);
    QCOMPARE(*GrantTerms::parseDuration(QStringLiteral("90s")), 90);
    QCOMPARE(*GrantTerms::parseDuration(QStringLiteral("2d")), 2 * 86400);
    QCOMPARE(GrantTerms::formatDuration(3600), QStringLiteral("1h"));
    QCOMPARE(GrantTerms::formatDuration(90), QStringLiteral("90s"));
    for (const char* bad : { "", "8", "h", "0h", "-1h", "1.5h", "8 hours", "367d" })
        QVERIFY2(!GrantTerms::parseDuration(QString::fromLatin1(bad)).ok(), bad);
}

void TestGrants::actionTermsAreValidated_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("message");
    const auto file = [](const char* fields) -> QByteArray {
        return QByteArrayLiteral(R"({"name": "x", "script": "s", "requesterGroups": ["requesters"],
            "targets": ["g1"], "policy": {"approvalRequired": false}, )")
            + QByteArray(fields) + QByteArrayLiteral("}");
    };
    QTest::newRow("revoke without durations")
        << file(R"("revokeScript": "r")") << QStringLiteral("needs \"durations\"");
    QTest::newRow("durations without revoke")
        << file(R"("durations": ["1h"])") << QStringLiteral("no \"revokeScript\"");
    QTest::newRow("bad duration") << file(R"("revokeScript": "r", "durations": ["1 hour"])")
                                  << QStringLiteral("not a duration");
    QTest::newRow("duration above max") << file(R"("revokeScript": "r", "durations": ["8h"], "maxDuration": "1h")")
                                        << QStringLiteral("longer than its");
    QTest::newRow("duplicate") << file(R"("revokeScript": "r", "durations": ["1h", "60m"])") << QStringLiteral("twice");
    QTest::newRow("earliestStart not bool") << file(R"("earliestStart": "yes")") << QStringLiteral("true or false");
    QTest::newRow("revoke timeout") << file(R"("revokeScript": "r", "maxDuration": "1h", "revokeTimeoutSeconds": 0)")
                                    << QStringLiteral("revokeTimeoutSeconds");
    QTest::newRow("unknown field") << file(R"("revokeAfter": "1h")") << QStringLiteral("Unknown action field");
}

void TestGrants::actionTermsAreValidated()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, message);
    auto parsed = ActionFile::parse(extra);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestGrants::ordinaryActionKeepsItsDigest()
{
    // An action without time-bound terms serialises as before: no new keys, so no new digest.
    auto plain = ActionFile::parse(actionWithPolicy(R"({"approvalRequired": false})"));
    QVERIFY(plain.ok());
    const QJsonObject json = plain->definition.toJson();
    for (const char* key : { "durations", "maxDuration", "earliestStart", "revokeTimeoutSeconds" })
        QVERIFY(!json.contains(QLatin1String(key)));
    auto bounded = ActionFile::parse(grantAction());
    QVERIFY(bounded.ok());
    QCOMPARE(bounded->definition.durations, (QList<qint64> { 3600, 8 * 3600, 24 * 3600 }));
    QCOMPARE(bounded->definition.revokeTimeout(), 30);
    QCOMPARE(ActionFile::fromJson(bounded->toJson())->definition, bounded->definition); // round trip
}

void TestGrants::durationIsCheckedByCoreForEveryFrontEnd()
{
    SubmitInput in { QStringLiteral("grant"), {}, { QStringLiteral("g1") }, QStringLiteral("x") };
    const auto refusal = [&](const QString& duration) {
        in.duration = duration;
        auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
        return r.ok() ? QString() : r.error().message;
    };
    QVERIFY(refusal(QStringLiteral("2h")).contains(QStringLiteral("not offered")));
    QVERIFY(refusal(QStringLiteral("48h")).contains(QStringLiteral("not offered")));
    QVERIFY(refusal({}).contains(QStringLiteral("choose a duration")));
    QVERIFY(refusal(QStringLiteral("soon")).contains(QStringLiteral("not a duration")));
    QVERIFY(refusal(QStringLiteral("8h")).isEmpty());

    // Only a maximum: anything up to it; above it refused.
    t->action(grantAction(R"({"approvalRequired":true,"approverGroups":["approvers"]})")
                  .replace(R"("durations": ["1h", "8h", "24h"],)", ""));
    QVERIFY(refusal(QStringLiteral("2h")).isEmpty());
    QVERIFY(refusal(QStringLiteral("25h")).contains(QStringLiteral("longer than")));

    // An ordinary action takes none.
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    SubmitInput plain { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") };
    plain.duration = QStringLiteral("1h");
    auto r = t->ws().requests().submit(QStringLiteral("req"), plain, SubmitMode::RequestApproval);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("takes no duration")));
}

void TestGrants::durationIsInTheDigest()
{
    auto one = t->ws().requestStore().load(approved(QStringLiteral("1h")));
    auto eight = t->ws().requestStore().load(approved(QStringLiteral("8h")));
    QVERIFY(one.ok() && eight.ok());
    QCOMPARE(one->durationSeconds, 3600);
    QCOMPARE(eight->durationSeconds, 8 * 3600);
    Request same = *one;
    same.durationSeconds = eight->durationSeconds;
    QVERIFY(same.computeDigest() != one->digest); // the duration is approved, not decoration
    // A request without terms has the digest input it always had.
    Request plain = *one;
    plain.durationSeconds = 0;
    QVERIFY(!plain.digestInput().contains(QStringLiteral("durationSeconds")));
}

void TestGrants::aRowWithoutItsDurationNeverRuns()
{
    // Someone with write access to the database drops the duration and recomputes the digest
    // (it is a plain hash): the agent must not run a time-bound grant that would never be revoked.
    const qint64 id = approved(QStringLiteral("1h"));
    auto r = t->ws().requestStore().load(id);
    QVERIFY(r.ok());
    r->durationSeconds = 0;
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE requests SET duration_seconds = 0, digest = ? WHERE id = ?"),
                      { r->computeDigest(), id })
                .ok());
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE decisions SET request_digest = ? WHERE request_id = ?"),
                      { r->computeDigest(), id })
                .ok());
    auto plan = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("test"));
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(QLatin1String("choose a duration")), qPrintable(plan.error().message));
    const RequestState after = t->ws().requestStore().load(id)->state;
    QVERIFY2(after != RequestState::Running && after != RequestState::Succeeded && after != RequestState::Active,
             qPrintable(stateName(after)));
}

void TestGrants::policyRoutesOnDuration()
{
    t->action(grantAction(R"({"rules":[
        {"name":"long","when":[{"field":"duration","op":"gt","value":8}],
         "phases":[{"name":"Approvers","approve":{"group":"approvers"}},{"name":"Security","approve":{"group":"security"}}]},
        {"name":"short","phases":[{"name":"Approvers","approve":{"group":"approvers"}}]}]})"));
    SubmitInput in { QStringLiteral("grant"), {}, { QStringLiteral("g1") }, QStringLiteral("x") };
    in.duration = QStringLiteral("24h");
    auto longOne = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    in.duration = QStringLiteral("8h");
    auto shortOne = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    QVERIFY(longOne.ok() && shortOne.ok());
    QCOMPARE(longOne->flow.rule, QStringLiteral("long"));
    QCOMPARE(longOne->phaseCount(), 2);
    QCOMPARE(shortOne->flow.rule, QStringLiteral("short"));
}

void TestGrants::successfulGrantBecomesActiveAndIsRevokedOnceAtT()
{
    const qint64 granted = t->clock.nowMs();
    const qint64 id = activeGrant(QStringLiteral("1h"));
    auto r = t->ws().requestStore().load(id);
    QVERIFY(r.ok());
    QCOMPARE(r->state, RequestState::Active);
    QCOMPARE(r->activeUntil, granted + 3600 * 1000);

    GrantService& grants = t->ws().grants();
    advance(3600 * 1000 - 1);
    QVERIFY(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->isEmpty()); // not before T

    advance(1);
    auto other = t->openAnother(); // a second agent on its own connection
    GrantService second(Stores { other->database(), t->clock, other->audit(), other->directory(), other->actions(),
                                 other->requestStore() });
    auto plans = grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10);
    QVERIFY(plans.ok());
    QCOMPARE(plans->size(), 1);
    QCOMPARE(plans->first().version.definition.script, QStringLiteral("echo revoke"));
    QCOMPARE(plans->first().version.definition.timeoutSeconds, 30);
    QCOMPARE(plans->first().parameters.value(QStringLiteral("who")).toString(), QStringLiteral("alice"));
    QVERIFY(second.claimDue(QStringLiteral("a2"), kAgentUrl, 10)->isEmpty()); // exactly one agent
    QVERIFY(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->isEmpty());
    QVERIFY(grants.claimDue(QStringLiteral("a3"), QStringLiteral("http://elsewhere"), 10)->isEmpty());

    advance(2500);
    QVERIFY(!grants.finishRevoke(id, QStringLiteral("a2"), true, {}).ok()); // not a2's
    QVERIFY(grants.finishRevoke(id, QStringLiteral("a1"), true, {}).ok());
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Revoked);
    const QStringList trail = events(id);
    QVERIFY(trail.contains(QLatin1String("execution.finished")));
    QCOMPARE(trail.count(QLatin1String(AuditEvent::GrantActivated)), 1);
    QCOMPARE(trail.count(QLatin1String(AuditEvent::GrantRevokeStarted)), 1);
    QCOMPARE(trail.count(QLatin1String(AuditEvent::GrantRevoked)), 1);
    auto row = grants.revocation(id);
    QVERIFY(row.ok() && *row);
    QCOMPARE((*row)->state, QStringLiteral("done"));
    QCOMPARE((*row)->lateMs(), 0);
    QVERIFY(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->isEmpty());
    QVERIFY(t->ws().requestStore().secrets(id)->isEmpty());
}

void TestGrants::failingRevokeIsRetriedWithBackOffAndShown()
{
    const qint64 id = activeGrant();
    GrantService& grants = t->ws().grants();
    advance(3600 * 1000);
    for (int attempt = 1; attempt <= 2; ++attempt) {
        QCOMPARE(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->size(), 1);
        QVERIFY(grants.finishRevoke(id, QStringLiteral("a1"), false, QStringLiteral("ldap down")).ok());
        QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Active); // never dropped
        const int wait = GrantService::backoffSeconds(attempt);
        advance(qint64(wait) * 1000 - 1);
        QVERIFY(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->isEmpty()); // backing off
        advance(1);
    }
    QCOMPARE(GrantService::backoffSeconds(1), 5);
    QCOMPARE(GrantService::backoffSeconds(2), 10);
    QCOMPARE(GrantService::backoffSeconds(20), 300);
    QCOMPARE(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->size(), 1);
    QVERIFY(grants.finishRevoke(id, QStringLiteral("a1"), true, {}).ok());
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Revoked);
    QCOMPARE(events(id).count(QLatin1String(AuditEvent::GrantRevokeFailed)), 2);

    auto details = t->ws().requests().details(QStringLiteral("req"), id);
    QVERIFY(details.ok());
    const QString text = requestAsText(*details);
    QCOMPARE(text.count(QStringLiteral("FAILED: ldap down")), 2);
    QVERIFY(text.contains(QStringLiteral("3 attempts")));
    QVERIFY(text.contains(QStringLiteral("Duration:   1h")));
}

void TestGrants::revokeInterruptedByACrashRunsAgain()
{
    const qint64 id = activeGrant();
    GrantService& grants = t->ws().grants();
    advance(3600 * 1000 + 30000); // the agent was down at T: 30 s late
    QCOMPARE(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->size(), 1);
    // The agent dies while the script runs; on restart it records that and runs it again.
    auto recovered = grants.recoverInterrupted(QStringLiteral("a1"));
    QVERIFY(recovered.ok());
    QCOMPARE(*recovered, QList<qint64> { id });
    advance(5000);
    QCOMPARE(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->size(), 1);
    QVERIFY(grants.finishRevoke(id, QStringLiteral("a1"), true, {}).ok());
    auto row = grants.revocation(id);
    QCOMPARE((*row)->lateMs(), 30000); // how late the first attempt started
    QCOMPARE((*row)->attempts, 2);
}

void TestGrants::deadAgentsLeaseLetsAnotherAgentRevoke()
{
    const qint64 id = activeGrant();
    GrantService& grants = t->ws().grants();
    advance(3600 * 1000);
    QCOMPARE(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->size(), 1);
    advance(30 * 1000 + 60 * 1000); // the revoke timeout and the grace: a1 is taken for dead
    QVERIFY(grants.claimDue(QStringLiteral("a2"), kAgentUrl, 10)->isEmpty());
    advance(1);
    QCOMPARE(grants.claimDue(QStringLiteral("a2"), kAgentUrl, 10)->size(), 1);
    QVERIFY(!grants.finishRevoke(id, QStringLiteral("a1"), true, {}).ok()); // a1's late answer is refused
    QVERIFY(grants.finishRevoke(id, QStringLiteral("a2"), true, {}).ok());
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Revoked);
}

void TestGrants::earlyRevokeByRequesterAdminOrApproverOnly()
{
    GrantService& grants = t->ws().grants();
    const qint64 mine = activeGrant();
    const qint64 byAdmin = activeGrant();
    const qint64 byApprover = activeGrant();

    auto refused = grants.revokeEarly(QStringLiteral("carol"), mine, QStringLiteral("not mine"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY(!grants.revokeEarly(QStringLiteral("bob"), mine, QStringLiteral("bob only may approve")).ok());
    QVERIFY(!grants.revokeEarly(QStringLiteral("req"), mine, QStringLiteral("  ")).ok()); // comment required

    QVERIFY(grants.revokeEarly(QStringLiteral("req"), mine, QStringLiteral("done early")).ok());
    QVERIFY(grants.revokeEarly(QStringLiteral("adminx"), byAdmin, QStringLiteral("incident")).ok());
    QVERIFY(grants.revokeEarly(QStringLiteral("alice"), byApprover, QStringLiteral("no longer needed")).ok());
    auto twice = grants.revokeEarly(QStringLiteral("req"), mine, QStringLiteral("again"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, Error::Code::Conflict);

    auto plans = grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10); // due now, long before T
    QCOMPARE(plans->size(), 3);
    for (qint64 id : { mine, byAdmin, byApprover })
        QVERIFY(grants.finishRevoke(id, QStringLiteral("a1"), true, {}).ok());
    QCOMPARE(t->ws().requestStore().load(byAdmin)->state, RequestState::Revoked);
    auto entries = t->ws().audit().entries(byAdmin);
    bool early = false;
    for (const AuditEntry& e : *entries)
        early = early
            || (e.event == AuditEvent::GrantRevoked
                && e.payloadObject().value(QStringLiteral("earlyBy")).toString() == QLatin1String("adminx"));
    QVERIFY(early);
    auto notActive = grants.revokeEarly(QStringLiteral("req"), mine, QStringLiteral("late"));
    QCOMPARE(notActive.error().code, Error::Code::Conflict);
}

void TestGrants::extensionNamesAnActiveGrant()
{
    const qint64 active = activeGrant();
    const qint64 extension = approved(QStringLiteral("8h"), 0, active);
    auto r = t->ws().requestStore().load(extension);
    QCOMPARE(r->previousRequest, active);
    QVERIFY(r->digestInput().contains(QStringLiteral("previousRequest")));

    // Only an active grant of the same action and requester can be extended.
    const qint64 pending = approved();
    SubmitInput in { QStringLiteral("grant"), {}, { QStringLiteral("g1") }, QStringLiteral("more") };
    in.duration = QStringLiteral("1h");
    in.previousRequest = pending;
    auto refused = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("only an active grant")));
    in.previousRequest = active;
    auto other = t->ws().requests().submit(QStringLiteral("alice"), in, SubmitMode::RequestApproval);
    QVERIFY(!other.ok());
    QVERIFY(other.error().message.contains(QStringLiteral("not your own")));
}

void TestGrants::earliestStartRunsNotBeforeAndNeverAfterDeadline()
{
    ExecutionService& executions = t->ws().executions();
    const qint64 at = t->clock.nowMs() + 30 * 60 * 1000; // approved at 10:00 for 10:30
    const qint64 id = approved(QStringLiteral("1h"), at);
    QCOMPARE(t->ws().requestStore().load(id)->notBefore, at);
    advance(29 * 60 * 1000); // 10:29
    QVERIFY(executions.awaitingExecution(kAgentUrl)->isEmpty());
    QVERIFY(!executions.claim(id, QStringLiteral("a1"), QStringLiteral("test")).ok());
    QVERIFY(t->ws().grants().startsBetween(at - 1000, at).value());
    advance(60 * 1000); // 10:30
    QCOMPARE(*executions.awaitingExecution(kAgentUrl), QList<qint64> { id });
    QVERIFY(executions.claim(id, QStringLiteral("a1"), QStringLiteral("test")).ok());
    QVERIFY(!executions.claim(id, QStringLiteral("a2"), QStringLiteral("test")).ok()); // once

    // Past its deadline it never runs: expired by the schedule's sweep.
    const qint64 late = approved(QStringLiteral("1h"), t->clock.nowMs() + 60 * 1000);
    auto request = t->ws().requestStore().load(late);
    t->clock.set(QDateTime::fromMSecsSinceEpoch(request->deadline, Qt::UTC));
    QVERIFY(executions.awaitingExecution(kAgentUrl)->isEmpty());
    auto expired = t->ws().requests().expireDueForAgent(QStringLiteral("a1"));
    QVERIFY(expired.ok());
    QVERIFY(expired->contains(late));

    // A start is refused where the action does not allow one, in the past, or after the deadline.
    SubmitInput in { QStringLiteral("grant"), {}, { QStringLiteral("g1") }, QStringLiteral("x") };
    in.duration = QStringLiteral("1h");
    in.notBefore = t->clock.nowMs() - 1;
    QVERIFY(!t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval).ok());
    in.notBefore = t->clock.nowMs() + 365LL * 86400 * 1000;
    auto afterDeadline = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    QVERIFY(!afterDeadline.ok());
    QVERIFY(afterDeadline.error().message.contains(QStringLiteral("deadline")));
}

void TestGrants::extensionSupersedesTheOldRevoke()
{
    GrantService& grants = t->ws().grants();
    const qint64 old = activeGrant(QStringLiteral("1h"));
    advance(50 * 60 * 1000); // ten minutes left: the requester asks for more
    const qint64 extension = approved(QStringLiteral("8h"), 0, old);
    runGrant(extension, true);
    const qint64 extendedAt = t->clock.nowMs();

    auto before = t->ws().requestStore().load(old);
    QCOMPARE(before->state, RequestState::Revoked); // handed over, not revoked by a script
    QCOMPARE(before->activeUntil, extendedAt);
    auto row = grants.revocation(old);
    QCOMPARE((*row)->supersededBy, extension);
    QCOMPARE((*row)->state, QStringLiteral("done"));
    QCOMPARE(events(old).count(QLatin1String(AuditEvent::GrantSuperseded)), 1);

    // The old T passes: nothing is revoked (the extension granted that access).
    advance(10 * 60 * 1000 + 1);
    QVERIFY(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->isEmpty());
    // Exactly one revoke, the extension's, at its own end.
    t->clock.set(QDateTime::fromMSecsSinceEpoch(extendedAt + 8 * 3600 * 1000, Qt::UTC));
    auto plans = grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10);
    QCOMPARE(plans->size(), 1);
    QCOMPARE(plans->first().request.id, extension);
    QCOMPARE(events(old).count(QLatin1String(AuditEvent::GrantRevokeStarted)), 0);
}

void TestGrants::earlyRevokeEndsTheGrantNow()
{
    const qint64 id = activeGrant(QStringLiteral("8h"));
    advance(3600 * 1000);
    const qint64 askedAt = t->clock.nowMs();
    auto revoked = t->ws().grants().revokeEarly(QStringLiteral("req"), id, QStringLiteral("done"));
    QVERIFY(revoked.ok());
    QCOMPARE(revoked->activeUntil, askedAt);
    QCOMPARE(t->ws().requestStore().load(id)->activeUntil, askedAt); // no longer the old 8 h end
    advance(2000);
    QCOMPARE(t->ws().grants().claimDue(QStringLiteral("a1"), kAgentUrl, 10)->size(), 1);
    QVERIFY(t->ws().grants().finishRevoke(id, QStringLiteral("a1"), true, {}).ok());
    QCOMPARE(t->ws().requestStore().load(id)->activeUntil, askedAt + 2000); // when access really ended
}

void TestGrants::failedGrantScriptIsCleanedUpByItsRevoke()
{
    GrantService& grants = t->ws().grants();
    const qint64 id = approved();
    runGrant(id, false); // it may have granted part of the access
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed);
    QVERIFY(events(id).contains(QLatin1String(AuditEvent::GrantCleanupScheduled)));
    auto plans = grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10);
    QVERIFY(plans.ok());
    QCOMPARE(plans->size(), 1);
    QCOMPARE(plans->first().version.definition.script, QStringLiteral("echo revoke"));
    QCOMPARE(plans->first().parameters.value(QStringLiteral("who")).toString(), QStringLiteral("alice"));
    // A failing clean-up is retried like any revoke.
    QVERIFY(grants.finishRevoke(id, QStringLiteral("a1"), false, QStringLiteral("ldap down")).ok());
    advance(5000);
    QCOMPARE(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->size(), 1);
    QVERIFY(grants.finishRevoke(id, QStringLiteral("a1"), true, {}).ok());
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed); // it stays what it was
    QCOMPARE((*grants.revocation(id))->state, QStringLiteral("done"));
    QVERIFY(t->ws().requestStore().secrets(id)->isEmpty());
    QVERIFY(grants.claimDue(QStringLiteral("a1"), kAgentUrl, 10)->isEmpty());
}

void TestGrants::otherAgentsBacklogNeverHidesThisAgentsRevokes()
{
    // 250 grants served by another agent fall due first; then one of ours.
    t->target(QStringLiteral("g2"), QStringLiteral("server"), QStringLiteral("test"), {},
              QStringLiteral("http://other-agent.test"));
    t->action(grantAction().replace(R"("name": "grant")", R"("name": "grant2")").replace(R"(["g1"])", R"(["g2"])"));
    for (int i = 0; i < 250; ++i) {
        SubmitInput in { QStringLiteral("grant2"),
                         { { QStringLiteral("who"), QStringLiteral("bob") } },
                         { QStringLiteral("g2") },
                         QStringLiteral("backlog") };
        in.duration = QStringLiteral("1h");
        auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
        QVERIFY(r.ok());
        QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok());
        QVERIFY(t->ws().executions().claim(r->id, QStringLiteral("other"), QStringLiteral("test")).ok());
        QVERIFY(t->ws().executions().finish(r->id, QStringLiteral("other"), ExecutionState::Succeeded, 0, {}).ok());
    }
    advance(1000);
    const qint64 mine = activeGrant(QStringLiteral("1h"));
    advance(2 * 3600 * 1000);
    auto plans = t->ws().grants().claimDue(QStringLiteral("a1"), kAgentUrl, 10);
    QVERIFY(plans.ok());
    QCOMPARE(plans->size(), 1);
    QCOMPARE(plans->first().request.id, mine);
}

// The desktop's Revoke… asks core which way: the approver's revoke is a review on record, the
// requester's ends their own grant early (no review of one's own access), others are refused.
void TestGrants::revokeIsAReviewForReviewersAnEarlyEndForTheOwner()
{
    const qint64 byApprover = activeGrant(QStringLiteral("8h"));
    const qint64 byOwner = activeGrant(QStringLiteral("8h"));
    const qint64 tooLate = activeGrant(QStringLiteral("1h"));
    AccessReview review = t->ws().accessReview();

    auto outsider = review.revokeAsAllowed(QStringLiteral("carol"), byApprover, QStringLiteral("not mine"));
    QCOMPARE(outsider.error().code, Error::Code::Forbidden);
    QCOMPARE(review.revokeAsAllowed(QStringLiteral("alice"), byApprover, QStringLiteral(" ")).error().code,
             Error::Code::Invalid); // a comment is required either way

    QVERIFY(review.revokeAsAllowed(QStringLiteral("alice"), byApprover, QStringLiteral("not needed")).ok());
    QCOMPARE(events(byApprover).count(QLatin1String(AuditEvent::GrantReviewed)), 1);
    QCOMPARE(events(byApprover).count(QLatin1String(AuditEvent::GrantRevokeRequested)), 1);

    QVERIFY(review.revokeAsAllowed(QStringLiteral("req"), byOwner, QStringLiteral("done early")).ok());
    QCOMPARE(events(byOwner).count(QLatin1String(AuditEvent::GrantReviewed)), 0);
    QCOMPARE(events(byOwner).count(QLatin1String(AuditEvent::GrantRevokeRequested)), 1);
    QCOMPARE(t->ws().requestStore().load(byOwner)->activeUntil, t->clock.nowMs());
    // Still listed until the agent revokes it, with when it began: ending early moves its end only.
    const qint64 began = t->ws().requestStore().load(tooLate)->activeUntil - 3600 * 1000; // not ended early
    auto listed = t->ws().activeGrants().list(QStringLiteral("req"), GrantScope::Mine);
    QVERIFY2(listed.ok(), qPrintable(listed.error().message));
    QCOMPARE(listed->items.size(), 3);
    for (const ReviewItem& item : std::as_const(listed->items))
        QCOMPARE(item.activeSince, began); // all three became active at this clock's moment

    // Past its end, waiting for the agent's revoke: refused for its reviewer, named as ended.
    advance(2 * 3600 * 1000);
    auto late = review.revokeAsAllowed(QStringLiteral("alice"), tooLate, QStringLiteral("too late"));
    QCOMPARE(late.error().code, Error::Code::Conflict);
    // ... and for its owner, whose early end it no longer is (the list already said so).
    auto ownerLate = review.revokeAsAllowed(QStringLiteral("req"), tooLate, QStringLiteral("too late"));
    QCOMPARE(ownerLate.error().code, Error::Code::Conflict);
    QVERIFY2(ownerLate.error().message.contains(QLatin1String("already ended")), qPrintable(ownerLate.error().message));
    QCOMPARE(events(tooLate).count(QLatin1String(AuditEvent::GrantRevokeRequested)), 0);
}

void TestGrants::accessReviewKeepsOrRevokesWithAComment()
{
    const qint64 kept = activeGrant(QStringLiteral("8h"));
    const qint64 ended = activeGrant(QStringLiteral("1h"));
    AccessReview review = t->ws().accessReview();

    // The approver and an admin see both, soonest ending first; the requester and outsiders none.
    auto mine = review.list(QStringLiteral("alice"));
    QVERIFY2(mine.ok(), qPrintable(mine.error().message));
    QCOMPARE(mine->size(), 2);
    QCOMPARE(mine->first().request.id, ended);
    QCOMPARE(mine->first().approvedBy, QStringList { QStringLiteral("alice") });
    QCOMPARE(mine->first().activeSince, mine->first().request.activeUntil - 3600 * 1000);
    QCOMPARE(review.list(QStringLiteral("adminx"))->size(), 2);
    QCOMPARE(review.list(QStringLiteral("carol"))->size(), 0);
    QCOMPARE(review.list(QStringLiteral("req"))->size(), 0);
    QCOMPARE(review.list(QStringLiteral("alice"), QStringLiteral("other"))->size(), 0);

    // Keep: a comment is required; only an admin or an approver; recorded and audited.
    QCOMPARE(review.keep(QStringLiteral("alice"), kept, QStringLiteral(" ")).error().code, Error::Code::Invalid);
    QCOMPARE(review.keep(QStringLiteral("carol"), kept, QStringLiteral("fine")).error().code, Error::Code::Forbidden);
    QCOMPARE(review.keep(QStringLiteral("req"), kept, QStringLiteral("mine")).error().code, Error::Code::Forbidden);
    const qint64 until = t->clock.nowMs() + 4 * 3600 * 1000;
    auto keep = review.keep(QStringLiteral("alice"), kept, QStringLiteral("still on call"), until);
    QVERIFY2(keep.ok(), qPrintable(keep.error().message));
    QVERIFY(events(kept).contains(QLatin1String(AuditEvent::GrantReviewed)));
    auto after = review.list(QStringLiteral("adminx"));
    const ReviewItem& keptItem = after->at(1);
    QCOMPARE(keptItem.request.id, kept);
    QVERIFY(keptItem.lastReview.has_value());
    QCOMPARE(keptItem.lastReview->decision, QStringLiteral("keep"));
    QCOMPARE(keptItem.lastReview->reviewedUntil, until);
    QCOMPARE(t->ws().requestStore().load(kept)->state, RequestState::Active); // nothing changes

    // Revoke: the early-revoke path, so the revoke script runs at the agent's next tick.
    QCOMPARE(review.revoke(QStringLiteral("carol"), ended, QStringLiteral("x")).error().code, Error::Code::Forbidden);
    auto revoked = review.revoke(QStringLiteral("adminx"), ended, QStringLiteral("no longer needed"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(t->ws().requestStore().load(ended)->activeUntil, t->clock.nowMs());
    auto plans = t->ws().grants().claimDue(QStringLiteral("a1"), kAgentUrl, 10);
    QCOMPARE(plans->size(), 1);
    QCOMPARE(plans->first().request.id, ended);
    const QStringList trail = events(ended);
    QCOMPARE(trail.count(QLatin1String(AuditEvent::GrantReviewed)), 1);
    QCOMPARE(trail.count(QLatin1String(AuditEvent::GrantRevokeRequested)), 1);

    // Ended early, waiting for the agent: nothing left to keep, for every front end.
    auto lateKeep = review.keep(QStringLiteral("alice"), ended, QStringLiteral("still needed"));
    QCOMPARE(lateKeep.error().code, Error::Code::Conflict);
    QVERIFY2(lateKeep.error().message.contains(QLatin1String("has ended")), qPrintable(lateKeep.error().message));
    // Past its end, still active until the agent revokes it: the same.
    advance(8 * 3600 * 1000);
    QCOMPARE(t->ws().requestStore().load(kept)->state, RequestState::Active);
    QCOMPARE(review.keep(QStringLiteral("alice"), kept, QStringLiteral("keep it")).error().code, Error::Code::Conflict);
    QCOMPARE(review.revoke(QStringLiteral("alice"), kept, QStringLiteral("too late")).error().code,
             Error::Code::Conflict);
}

// Who approved a grant may end it early: that includes a delegate who approved for an approver
// (as access reviews and the database's revocation policy already read it).
void TestGrants::aDelegateWhoApprovedMayRevokeEarly()
{
    const qint64 now = t->clock.nowMs();
    auto delegation = t->ws().delegations().add(QStringLiteral("alice"),
                                                { {}, QStringLiteral("carol"), now - 60000, now + 3600000 });
    QVERIFY2(delegation.ok(), qPrintable(delegation.error().message));
    SubmitInput in { QStringLiteral("grant"),
                     { { QStringLiteral("who"), QStringLiteral("alice") } },
                     { QStringLiteral("g1") },
                     QStringLiteral("on call") };
    in.duration = QStringLiteral("1h");
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto decided = t->ws().requests().decide(QStringLiteral("carol"), r->id, true, QStringLiteral("for alice"));
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    runGrant(r->id, true);
    QCOMPARE(t->ws().requestStore().load(r->id)->state, RequestState::Active);
    auto revoked = t->ws().grants().revokeEarly(QStringLiteral("carol"), r->id, QStringLiteral("no longer needed"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
}

QTEST_GUILESS_MAIN(TestGrants)
#include "tst_grants.moc"
