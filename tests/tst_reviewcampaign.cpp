// Access reviews as campaigns (issue 15): start over the active grants, assigned reviewers decide
// keep or revoke (revoke is the early-revoke path), the starter closes it, the CSV report.
#include <QtTest>
#include <core/audit/grantevents.h>
#include <core/views/homeview.h>
#include <core/views/reviewreport.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

const QString kAgentUrl = QStringLiteral("http://review-agent.test");

QByteArray grantAction(const QString& name)
{
    return QStringLiteral(R"({"name": "%1", "interpreter": "/bin/sh", "script": "echo grant",
        "revokeScript": "echo revoke", "durations": ["1h", "8h", "48h"], "requesterGroups": ["requesters"],
        "targets": ["g1", "g2"], "parameters": [ { "name": "who", "type": "string" } ],
        "policy": {"approvalRequired":true,"approverGroups":["approvers"]}})")
        .arg(name)
        .toUtf8();
}

constexpr qint64 kDay = 24LL * 3600 * 1000;

} // namespace

class TestReviewCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepRevokeAndCloseWithTheUndecidedListed();
    void onlyAssignedReviewersDecide();
    void namedReviewersAndFilters();
    void whoStartsAndWhoCloses();
    void reportHasARowPerGrant();
    void myWorkListsGrantsAboutToEnd(); // issue 20

private:
    qint64 activeGrant(const QString& action, const QString& target, const QString& requester = QStringLiteral("req"),
                       const QString& duration = QStringLiteral("8h"));
    QStringList events(qint64 requestId);
    std::unique_ptr<TestWorkspace> t;
};

void TestReviewCampaign::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    t->target(QStringLiteral("g1"), QStringLiteral("server"), QStringLiteral("test"), {}, kAgentUrl);
    t->target(QStringLiteral("g2"), QStringLiteral("server"), QStringLiteral("test"), {}, kAgentUrl);
    t->action(grantAction(QStringLiteral("grant")));
    t->action(grantAction(QStringLiteral("vpn")));
}

void TestReviewCampaign::cleanup()
{
    t.reset();
}

qint64 TestReviewCampaign::activeGrant(const QString& action, const QString& target, const QString& requester,
                                       const QString& duration)
{
    SubmitInput in { action, { { QStringLiteral("who"), QStringLiteral("x") } }, { target }, QStringLiteral("need") };
    in.duration = duration;
    auto r = t->ws().requests().submit(requester, in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit failed: %s", qPrintable(r.error().message));
    if (!t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok())
        qFatal("approve failed");
    auto plan = t->ws().executions().claim(r->id, QStringLiteral("a1"), QStringLiteral("test"));
    if (!plan.ok())
        qFatal("claim failed: %s", qPrintable(plan.error().message));
    TestWorkspace::must(t->ws().executions().recordStart(r->id, QStringLiteral("a1")), "start");
    TestWorkspace::must(t->ws().executions().finish(r->id, QStringLiteral("a1"), ExecutionState::Succeeded, 0, {}),
                        "finish");
    return r->id;
}

QStringList TestReviewCampaign::events(qint64 requestId)
{
    QStringList out;
    auto entries = t->ws().audit().entries(requestId);
    if (entries.ok())
        for (const AuditEntry& e : *entries)
            out << e.event;
    return out;
}

void TestReviewCampaign::keepRevokeAndCloseWithTheUndecidedListed()
{
    const qint64 a = activeGrant(QStringLiteral("grant"), QStringLiteral("g1"));
    const qint64 b = activeGrant(QStringLiteral("grant"), QStringLiteral("g2"));
    const qint64 c = activeGrant(QStringLiteral("vpn"), QStringLiteral("g1"), QStringLiteral("dave"));
    ReviewCampaigns reviews = t->ws().reviewCampaigns();
    auto started
        = reviews.start(QStringLiteral("audit"), { QStringLiteral("Quarterly"), {}, t->clock.nowMs() + 7 * kDay, {} });
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QCOMPARE(started->total, 3);
    // By default each grant's approver reviews it.
    auto shown = reviews.show(QStringLiteral("alice"), started->id);
    QVERIFY2(shown.ok(), qPrintable(shown.error().message));
    QCOMPARE(shown->items.size(), 3);
    for (const ReviewCampaignItem& item : std::as_const(shown->items))
        QCOMPARE(item.reviewers, QStringList { QStringLiteral("alice") });

    // A comment is required; keep changes nothing for the grant.
    QVERIFY(!reviews.decide(QStringLiteral("alice"), started->id, a, QStringLiteral("keep"), QStringLiteral(" ")).ok());
    auto kept = reviews.decide(QStringLiteral("alice"), started->id, a, QStringLiteral("keep"),
                               QStringLiteral("still on call"));
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    QCOMPARE(t->ws().requestStore().load(a)->state, RequestState::Active);
    // The Active grants list shows it as reviewed (by this keep), not "not reviewed".
    auto listed = t->ws().accessReview().list(QStringLiteral("alice"));
    QVERIFY2(listed.ok(), qPrintable(listed.error().message));
    bool shownKept = false;
    for (const ReviewItem& item : std::as_const(*listed))
        shownKept = shownKept
            || (item.request.id == a && item.lastReview && item.lastReview->decision == QLatin1String("keep")
                && item.lastReview->reviewer == QStringLiteral("alice")
                && item.lastReview->comment == QStringLiteral("still on call"));
    QVERIFY(shownKept);
    auto again = reviews.decide(QStringLiteral("alice"), started->id, a, QStringLiteral("revoke"), QStringLiteral("x"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);

    // Revoke goes through the early-revoke path: the revoke is due now, signed by the reviewer.
    t->clock.set(QDateTime::fromMSecsSinceEpoch(t->clock.nowMs() + 60000, Qt::UTC));
    const qint64 now = t->clock.nowMs();
    auto revoked = reviews.decide(QStringLiteral("alice"), started->id, b, QStringLiteral("revoke"),
                                  QStringLiteral("not needed any more"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    auto revocation = t->ws().grants().revocation(b);
    QVERIFY(revocation.ok() && revocation->has_value());
    QCOMPARE((*revocation)->dueAt, now);
    QCOMPARE((*revocation)->earlyBy, QStringLiteral("alice"));
    QCOMPARE(t->ws().requestStore().load(b)->activeUntil, now);
    QVERIFY(events(b).contains(QLatin1String(AuditEvent::GrantRevokeRequested)));
    QVERIFY(events(b).contains(QLatin1String(AuditEvent::AccessReviewDecided)));
    QVERIFY(events(a).contains(QLatin1String(AuditEvent::AccessReviewDecided)));

    auto progress = reviews.show(QStringLiteral("audit"), started->id);
    QVERIFY(progress.ok());
    QCOMPARE(progress->review.decided, 2);
    QCOMPARE(progress->review.total, 3);

    // Closing lists the undecided grant and records one audit entry with the summary.
    auto closed = reviews.close(QStringLiteral("audit"), started->id);
    QVERIFY2(closed.ok(), qPrintable(closed.error().message));
    QVERIFY(!closed->review.isOpen());
    QList<qint64> undecided;
    for (const ReviewCampaignItem& item : std::as_const(closed->items))
        if (!item.isDecided())
            undecided << item.request.id;
    QCOMPARE(undecided, QList<qint64> { c });
    auto log = t->ws().audit().entries(0);
    QVERIFY(log.ok());
    int closings = 0;
    for (const AuditEntry& e : *log)
        if (e.event == AuditEvent::AccessReviewClosed) {
            ++closings;
            QCOMPARE(e.payloadObject().value(QStringLiteral("undecided")).toArray().first().toInteger(), c);
            QCOMPARE(e.payloadObject().value(QStringLiteral("kept")).toArray().first().toInteger(), a);
            QCOMPARE(e.payloadObject().value(QStringLiteral("revoked")).toArray().first().toInteger(), b);
        }
    QCOMPARE(closings, 1);
    // Closed: no more decisions, no second close.
    QVERIFY(
        !reviews.decide(QStringLiteral("alice"), started->id, c, QStringLiteral("keep"), QStringLiteral("late")).ok());
    QVERIFY(!reviews.close(QStringLiteral("audit"), started->id).ok());
}

void TestReviewCampaign::onlyAssignedReviewersDecide()
{
    const qint64 a = activeGrant(QStringLiteral("grant"), QStringLiteral("g1"));
    ReviewCampaigns reviews = t->ws().reviewCampaigns();
    auto started = reviews.start(QStringLiteral("adminx"), { QStringLiteral("R"), {}, t->clock.nowMs() + kDay, {} });
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    // bob is an approver too, but not of this grant; the admin is not assigned either.
    for (const char* who : { "bob", "adminx", "req" }) {
        auto refused = reviews.decide(QString::fromLatin1(who), started->id, a, QStringLiteral("revoke"),
                                      QStringLiteral("mine now"));
        QVERIFY2(!refused.ok(), who);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QVERIFY2(refused.error().message.contains(QStringLiteral("alice")), qPrintable(refused.error().message));
    }
    QCOMPARE(t->ws().requestStore().load(a)->state, RequestState::Active);
    QVERIFY(!t->ws().grants().revocation(a)->value().earlyBy.size());
    // Nor may they read it (bob is no reviewer of it); the list shows it only to those who may.
    QVERIFY(!reviews.show(QStringLiteral("bob"), started->id).ok());
    QCOMPARE(reviews.list(QStringLiteral("bob"))->size(), 0);
    QCOMPARE(reviews.list(QStringLiteral("alice"))->size(), 1);
    QCOMPARE(reviews.list(QStringLiteral("audit"))->size(), 1);
    // A grant not in the review cannot be decided in it.
    const qint64 later = activeGrant(QStringLiteral("grant"), QStringLiteral("g2"));
    QCOMPARE(reviews.decide(QStringLiteral("alice"), started->id, later, QStringLiteral("keep"), QStringLiteral("x"))
                 .error()
                 .code,
             Error::Code::NotFound);
}

void TestReviewCampaign::namedReviewersAndFilters()
{
    const qint64 a = activeGrant(QStringLiteral("grant"), QStringLiteral("g1"));
    const qint64 b = activeGrant(QStringLiteral("vpn"), QStringLiteral("g2"), QStringLiteral("dave"));
    ReviewCampaigns reviews = t->ws().reviewCampaigns();
    // Filters: by action, by target, by the requester's group.
    auto byAction
        = reviews.start(QStringLiteral("audit"),
                        { QStringLiteral("vpn"), { QStringLiteral("vpn"), {}, {} }, t->clock.nowMs() + kDay, {} });
    QVERIFY2(byAction.ok(), qPrintable(byAction.error().message));
    QCOMPARE(reviews.show(QStringLiteral("audit"), byAction->id)->items.first().request.id, b);
    auto byTarget
        = reviews.start(QStringLiteral("audit"),
                        { QStringLiteral("g1"), { {}, QStringLiteral("g1"), {} }, t->clock.nowMs() + kDay, {} });
    QVERIFY(byTarget.ok());
    QCOMPARE(byTarget->total, 1);
    QCOMPARE(reviews.show(QStringLiteral("audit"), byTarget->id)->items.first().request.id, a);
    auto byGroup = reviews.start(
        QStringLiteral("audit"),
        { QStringLiteral("bypass"), { {}, {}, QStringLiteral("bypass") }, t->clock.nowMs() + kDay, {} });
    QVERIFY(byGroup.ok());
    QCOMPARE(byGroup->total, 1); // only dave is in "bypass"
    auto none
        = reviews.start(QStringLiteral("audit"),
                        { QStringLiteral("none"), { QStringLiteral("nope"), {}, {} }, t->clock.nowMs() + kDay, {} });
    QVERIFY(!none.ok());

    // Named reviewers review every grant instead of the approvers; carol (not an approver) revokes.
    auto named = reviews.start(
        QStringLiteral("audit"),
        { QStringLiteral("Named"), {}, t->clock.nowMs() + kDay, { QStringLiteral("carol"), QStringLiteral("bob") } });
    QVERIFY2(named.ok(), qPrintable(named.error().message));
    auto items = reviews.show(QStringLiteral("carol"), named->id);
    QVERIFY2(items.ok(), qPrintable(items.error().message));
    QCOMPARE(items->items.first().reviewers, (QStringList { QStringLiteral("bob"), QStringLiteral("carol") }));
    QVERIFY(!reviews.decide(QStringLiteral("alice"), named->id, a, QStringLiteral("keep"), QStringLiteral("x")).ok());
    auto revoked = reviews.decide(QStringLiteral("carol"), named->id, a, QStringLiteral("revoke"),
                                  QStringLiteral("left the team"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(t->ws().grants().revocation(a)->value().earlyBy, QStringLiteral("carol"));
    // Decided once: bob, also assigned, finds it decided.
    auto late = reviews.decide(QStringLiteral("bob"), named->id, a, QStringLiteral("keep"), QStringLiteral("x"));
    QCOMPARE(late.error().code, Error::Code::Conflict);
    // An unknown reviewer is refused at the start.
    QVERIFY(!reviews
                 .start(QStringLiteral("audit"),
                        { QStringLiteral("X"), {}, t->clock.nowMs() + kDay, { QStringLiteral("nobody") } })
                 .ok());
}

void TestReviewCampaign::whoStartsAndWhoCloses()
{
    activeGrant(QStringLiteral("grant"), QStringLiteral("g1"));
    ReviewCampaigns reviews = t->ws().reviewCampaigns();
    auto refused = reviews.start(QStringLiteral("alice"), { QStringLiteral("R"), {}, t->clock.nowMs() + kDay, {} });
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY(!reviews.start(QStringLiteral("audit"), { QStringLiteral("R"), {}, t->clock.nowMs() - 1, {} }).ok());
    QVERIFY(!reviews.start(QStringLiteral("audit"), { QStringLiteral(" "), {}, t->clock.nowMs() + kDay, {} }).ok());
    auto started = reviews.start(QStringLiteral("audit"), { QStringLiteral("R"), {}, t->clock.nowMs() + kDay, {} });
    QVERIFY(started.ok());
    // A reviewer does not close it; an admin (not its starter) may.
    QCOMPARE(reviews.close(QStringLiteral("alice"), started->id).error().code, Error::Code::Forbidden);
    auto closed = reviews.close(QStringLiteral("adminx"), started->id);
    QVERIFY2(closed.ok(), qPrintable(closed.error().message));
    QCOMPARE(closed->review.closedBy, QStringLiteral("adminx"));
}

void TestReviewCampaign::reportHasARowPerGrant()
{
    const qint64 a = activeGrant(QStringLiteral("grant"), QStringLiteral("g1"));
    const qint64 b = activeGrant(QStringLiteral("grant"), QStringLiteral("g2"));
    ReviewCampaigns reviews = t->ws().reviewCampaigns();
    auto started
        = reviews.start(QStringLiteral("audit"), { QStringLiteral("Q4, \"all\""), {}, t->clock.nowMs() + kDay, {} });
    QVERIFY(started.ok());
    QVERIFY(reviews.decide(QStringLiteral("alice"), started->id, a, QStringLiteral("keep"), QStringLiteral("=needed"))
                .ok());
    auto closed = reviews.close(QStringLiteral("audit"), started->id);
    QVERIFY(closed.ok());
    const QString csv = QString::fromUtf8(reviewReportCsv(*closed)).remove(QChar(0xFEFF));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QStringLiteral("review,title,item,request,requester,action,targets,active_until,reviewer,"
                            "decision,comment,decided_at"));
    QVERIFY2(
        lines.at(1).startsWith(QStringLiteral("%1,\"Q4, \"\"all\"\"\",1,%2,req,grant,g1,").arg(started->id).arg(a)),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",alice,keep,'=needed,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral(",%1,req,grant,g2,").arg(b)), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).endsWith(QStringLiteral(",alice,,,")), qPrintable(lines.at(2)));
}

void TestReviewCampaign::myWorkListsGrantsAboutToEnd()
{
    const qint64 eight = activeGrant(QStringLiteral("grant"), QStringLiteral("g1"));
    const qint64 one
        = activeGrant(QStringLiteral("vpn"), QStringLiteral("g2"), QStringLiteral("req"), QStringLiteral("1h"));
    activeGrant(QStringLiteral("grant"), QStringLiteral("g2"), QStringLiteral("req"), QStringLiteral("48h"));
    activeGrant(QStringLiteral("grant"), QStringLiteral("g1"), QStringLiteral("dave"), QStringLiteral("1h"));
    const auto ending = [&](const QString& who) {
        auto view = homeView(t->ws().requests(), t->ws().requestStore(), t->ws().directory(), t->clock, who);
        QList<qint64> ids;
        if (view.ok())
            for (const HomeItem& item : std::as_const(view->endingSoon))
                ids << item.request.id;
        return ids;
    };
    // Theirs, within a day, soonest first; the 48 h grant and dave's are not req's to see here.
    QCOMPARE(ending(QStringLiteral("req")), (QList<qint64> { one, eight }));
    QCOMPARE(ending(QStringLiteral("alice")), QList<qint64> {});
    // An early revoke ends the grant now: it stays listed, ending now, until the agent ran the revoke.
    QVERIFY(t->ws().grants().revokeEarly(QStringLiteral("req"), one, QStringLiteral("done")).ok());
    auto view
        = homeView(t->ws().requests(), t->ws().requestStore(), t->ws().directory(), t->clock, QStringLiteral("req"));
    QVERIFY(view.ok());
    QCOMPARE(view->endingSoon.size(), 2);
    QCOMPARE(view->endingSoon.first().request.id, one);
    QCOMPARE(view->endingSoon.first().request.activeUntil, t->clock.nowMs());
}

QTEST_GUILESS_MAIN(TestReviewCampaign)
#include "tst_reviewcampaign.moc"
