#include <QtTest>
#include <core/audit/auditevents.h>
#include <core/views/homeview.h>
#include <core/views/progresstext.h>
#include <core/views/timeline.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

// "act" under another name and deadline, with the same approvers.
QByteArray actionNamed(const char* name, int deadlineHours, const QByteArray& rules)
{
    QByteArray json = actionWithPolicy(QByteArrayLiteral("{\"deadlineHours\":") + QByteArray::number(deadlineHours)
                                       + QByteArrayLiteral(",") + rules + QByteArrayLiteral("}"));
    json.replace(QByteArrayLiteral("\"name\": \"act\""), QByteArray("\"name\": \"" + QByteArray(name) + "\""));
    return json;
}

const QByteArray kTwoPhases = R"("rules":[{"name":"two-phase","phases":[
    {"name":"Technical review","approve":{"group":"approvers"}},
    {"name":"Security sign-off","approve":{"group":"security"}}]}])";

QList<qint64> idsOf(const QList<HomeItem>& items)
{
    QList<qint64> ids;
    for (const HomeItem& i : items)
        ids << i.request.id;
    return ids;
}

} // namespace

// The home view's data (core, no widgets): what needs this person now, and where their own requests
// stand; and the timeline a request's detail pane shows.
class TestHomeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void toDecideIsExactlyTheQueueByDeadline();
    void requesterSeesWaitingWithPhaseAndApprovers();
    void failedAndRejectedAreListedWithWhy();
    void timelineOfTwoPhaseRejectionNamesEveryone();

private:
    qint64 submit(const QString& action, const QString& who = QStringLiteral("req"));
    HomeView home(const QString& who);
    std::unique_ptr<TestWorkspace> t;
};

void TestHomeView::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    t->action(actionNamed("slow", 72, kTwoPhases));
    t->action(actionNamed("fast", 2, kTwoPhases));
    t->action(actionNamed("medium", 24, kTwoPhases));
}

void TestHomeView::cleanup()
{
    t.reset();
}

qint64 TestHomeView::submit(const QString& action, const QString& who)
{
    auto r = t->ws().requests().submit(
        who, { action, { { QStringLiteral("count"), 2 } }, { QStringLiteral("test1") }, QStringLiteral("weekly") },
        SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    t->clock.advanceSecs(30);
    return r->id;
}

HomeView TestHomeView::home(const QString& who)
{
    auto v = homeView(t->ws().requests(), t->ws().requestStore(), t->ws().directory(), t->ws().clock(), who);
    if (!v.ok())
        qFatal("homeView: %s", qPrintable(v.error().message));
    return *v;
}

void TestHomeView::toDecideIsExactlyTheQueueByDeadline()
{
    const qint64 slow = submit(QStringLiteral("slow"));
    const qint64 fast = submit(QStringLiteral("fast"));
    const qint64 medium = submit(QStringLiteral("medium"));
    const qint64 decided = submit(QStringLiteral("medium")); // bob decides: no longer his
    const qint64 own = submit(QStringLiteral("fast"), QStringLiteral("alice")); // bob may decide alice's
    const qint64 cancelled = submit(QStringLiteral("fast"));
    QVERIFY(t->ws().requests().cancel(QStringLiteral("req"), cancelled).ok());
    const qint64 secondPhase = submit(QStringLiteral("slow"));
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), decided, true, {}).ok());
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), secondPhase, true, {}).ok());

    // alice: never her own request, not the ones she moved on, in deadline order.
    HomeView alice = home(QStringLiteral("alice"));
    QCOMPARE(idsOf(alice.toDecide), (QList<qint64> { fast, medium, slow }));
    auto queue = t->ws().requests().incoming(QStringLiteral("alice"), { RequestState::Pending });
    QVERIFY(queue.ok());
    QCOMPARE(alice.toDecide.size(), queue->requests.size());
    QVERIFY(!idsOf(alice.toDecide).contains(own));
    QCOMPARE(alice.toDecide.first().progress, QStringLiteral("waiting for Technical review (1 of 2)"));

    // bob: alice's own too (sooner than fast? submitted later, so after it).
    HomeView bob = home(QStringLiteral("bob"));
    QCOMPARE(idsOf(bob.toDecide), (QList<qint64> { fast, own, medium, slow }));

    // carol: only what reached Security sign-off.
    HomeView carol = home(QStringLiteral("carol"));
    QCOMPARE(idsOf(carol.toDecide), (QList<qint64> { decided, secondPhase }));
    QCOMPARE(carol.toDecide.first().progress,
             QStringLiteral("Technical review done · waiting for Security sign-off (2 of 2)"));

    // Past its deadline a request can no longer be decided: it leaves the list.
    t->clock.advanceSecs(3 * 3600);
    QCOMPARE(idsOf(home(QStringLiteral("alice")).toDecide), (QList<qint64> { medium, slow }));
}

void TestHomeView::requesterSeesWaitingWithPhaseAndApprovers()
{
    const qint64 slow = submit(QStringLiteral("slow"));
    const qint64 fast = submit(QStringLiteral("fast"));
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), slow, true, {}).ok());
    HomeView req = home(QStringLiteral("req"));
    QVERIFY(req.toDecide.isEmpty());
    QCOMPARE(idsOf(req.waiting), (QList<qint64> { fast, slow }));
    QCOMPARE(req.waiting.at(0).progress, QStringLiteral("waiting for Technical review (1 of 2)"));
    QVERIFY2(req.waiting.at(0).approvers.contains(QStringLiteral("alice"))
                 && req.waiting.at(0).approvers.contains(QStringLiteral("bob")),
             qPrintable(req.waiting.at(0).approvers));
    QCOMPARE(req.waiting.at(1).progress,
             QStringLiteral("Technical review done · waiting for Security sign-off (2 of 2)"));
    QVERIFY2(req.waiting.at(1).approvers.contains(QStringLiteral("carol")), qPrintable(req.waiting.at(1).approvers));
    QVERIFY(!req.waiting.at(1).approvers.contains(QStringLiteral("alice")));
}

void TestHomeView::failedAndRejectedAreListedWithWhy()
{
    const qint64 rejected = submit(QStringLiteral("slow"));
    const qint64 expired = submit(QStringLiteral("fast"));
    const qint64 stillPending = submit(QStringLiteral("slow"));
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), rejected, false, QStringLiteral("not on a Friday")).ok());
    t->clock.advanceSecs(3 * 3600);
    QVERIFY(t->ws().requests().expireDue(QStringLiteral("root")).ok());
    HomeView req = home(QStringLiteral("req"));
    QCOMPARE(idsOf(req.waiting), (QList<qint64> { stillPending }));
    QCOMPARE(idsOf(req.troubled), (QList<qint64> { expired, rejected })); // the latest ending first
    QVERIFY2(req.troubled.at(1).outcome.contains(QStringLiteral("bob"))
                 && req.troubled.at(1).outcome.contains(QStringLiteral("not on a Friday")),
             qPrintable(req.troubled.at(1).outcome));
    QVERIFY(!req.troubled.at(0).outcome.isEmpty());
    // Long ago is no longer news.
    t->clock.advanceSecs(15 * 24 * 3600);
    QVERIFY(home(QStringLiteral("req")).troubled.isEmpty());
}

void TestHomeView::timelineOfTwoPhaseRejectionNamesEveryone()
{
    const qint64 id = submit(QStringLiteral("slow"));
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, true, QStringLiteral("looks right")).ok());
    t->clock.advanceSecs(60);
    QVERIFY(t->ws().requests().decide(QStringLiteral("carol"), id, false, QStringLiteral("no change window")).ok());
    auto d = t->ws().requests().details(QStringLiteral("req"), id);
    QVERIFY(d.ok());
    const QHash<QString, QString> names { { QStringLiteral("alice"), QStringLiteral("Alice Smith") },
                                          { QStringLiteral("req"), QStringLiteral("Rita Requester") } };
    const QList<TimelineEntry> timeline = requestTimeline(d->history, names);
    QStringList texts;
    for (const TimelineEntry& e : timeline)
        texts << e.text;
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(texts.first().startsWith(QStringLiteral("Submitted by Rita Requester (req)")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Alice Smith (alice) — Phase 1 (Technical review) approved")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("looks right")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("member of approvers")) || all.contains(QStringLiteral("approvers")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Phase 1 (Technical review) is complete.")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("carol — Phase 2 (Security sign-off) rejected.")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("no change window")), qPrintable(all));
    QCOMPARE(timeline.last().event, QString(AuditEvent::RequestRejected));
    QVERIFY(timeline.last().person.isEmpty()); // nobody "did" the outcome: it followed from carol's vote
    for (int i = 1; i < timeline.size(); ++i)
        QVERIFY(timeline.at(i - 1).at <= timeline.at(i).at);
}

QTEST_GUILESS_MAIN(TestHomeView)
#include "tst_homeview.moc"
