// Races with real concurrent connections: each contender is a thread with its own connection,
// released at the same instant, many rounds. Every race must end in exactly one consistent
// outcome, audited once, with the audit chain intact. Runs on SQLite and on PostgreSQL.
#include <QElapsedTimer>
#include <QtTest>
#include <atomic>
#include <functional>
#include <support/testworkspace.h>
#include <thread>

using namespace cs;

namespace {

constexpr int kRounds = 15;

int count(const QList<AuditEntry>& entries, const QString& event)
{
    int n = 0;
    for (const AuditEntry& e : entries)
        n += e.event == event ? 1 : 0;
    return n;
}

} // namespace

class TestRaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoApproversForTheLastQuorumSlot();
    void approveRacesCancel();
    void approveRacesExpiry();
    void twoAgentsClaimOneRequest();
    void appendsForDifferentRequestsDoNotWaitForEachOther();
    void votesQueuedOnTheLockBothCount();

private:
    using Contender = std::function<Status(Workspace&)>;
    // Runs the contenders at once, each on its own connection (and clock, if given).
    QList<Status> race(const QList<Contender>& contenders, const QList<QDateTime>& clocks = {});
    qint64 submit();
    static Contender decides(const QString& login, qint64 id)
    {
        return [login, id](Workspace& ws) {
            auto r = ws.requests().decide(login, id, true, {});
            return r.ok() ? Status() : Status(r.error());
        };
    }
    std::unique_ptr<TestWorkspace> t;
};

void TestRaces::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    TestWorkspace::must(t->ws().admin().setMembership(QStringLiteral("root"), QStringLiteral("approvers"),
                                                      QStringLiteral("carol"), true),
                        "carol");
    t->action(actionWithPolicy(
        R"({"rules":[{"name":"d","phases":[{"name":"Two","approve":{"group":"approvers","count":2},"quorum":2}]}],"deadlineHours":1})"));
}

void TestRaces::cleanup()
{
    t.reset();
}

qint64 TestRaces::submit()
{
    auto r = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("race") },
        SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    return r->id;
}

QList<Status> TestRaces::race(const QList<Contender>& contenders, const QList<QDateTime>& clocks)
{
    QList<Status> results(contenders.size());
    std::atomic<int> ready { 0 };
    std::atomic<bool> go { false };
    std::vector<std::thread> threads;
    for (int i = 0; i < contenders.size(); ++i) {
        threads.emplace_back([&, i] {
            ManualClock clock(clocks.value(i, t->clock.now()));
            // A connection belongs to the thread that opens it.
            auto ws = Workspace::open(t->path(), clock, t->password());
            if (!ws.ok()) {
                results[i] = ws.error();
                ++ready;
                return;
            }
            ++ready;
            while (!go.load())
                std::this_thread::yield();
            results[i] = contenders.at(i)(**ws);
        });
    }
    while (ready.load() < contenders.size())
        std::this_thread::yield();
    go = true;
    for (auto& th : threads)
        th.join();
    return results;
}

void TestRaces::twoApproversForTheLastQuorumSlot()
{
    for (int round = 0; round < kRounds; ++round) {
        const qint64 id = submit();
        QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, true, {}).ok());
        const auto results = race({ decides(QStringLiteral("bob"), id), decides(QStringLiteral("carol"), id) });
        const int wins = (results[0].ok() ? 1 : 0) + (results[1].ok() ? 1 : 0);
        QCOMPARE(wins, 1);
        const Status& loser = results[0].ok() ? results[1] : results[0];
        QVERIFY2(loser.error().message.contains(QLatin1String("is already approved")),
                 qPrintable(loser.error().message));
        QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Approved);
        QCOMPARE(t->ws().requestStore().decisions(id)->size(), 2);
        const auto history = *t->ws().audit().entries(id);
        QCOMPARE(count(history, QStringLiteral("request.approved")), 1);
        QCOMPARE(count(history, QStringLiteral("decision.approved")), 2);
    }
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestRaces::approveRacesCancel()
{
    int approvals = 0;
    for (int round = 0; round < kRounds; ++round) {
        const qint64 id = submit();
        QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, true, {}).ok());
        const auto results = race({ decides(QStringLiteral("bob"), id), [id](Workspace& ws) {
                                       auto r = ws.requests().cancel(QStringLiteral("req"), id);
                                       return r.ok() ? Status() : Status(r.error());
                                   } });
        QCOMPARE((results[0].ok() ? 1 : 0) + (results[1].ok() ? 1 : 0), 1);
        const RequestState state = t->ws().requestStore().load(id)->state;
        QCOMPARE(state, results[0].ok() ? RequestState::Approved : RequestState::Cancelled);
        const auto history = *t->ws().audit().entries(id);
        QCOMPARE(count(history, QStringLiteral("request.approved"))
                     + count(history, QStringLiteral("request.cancelled")),
                 1);
        approvals += results[0].ok() ? 1 : 0;
    }
    qInfo("approve won %d of %d rounds", approvals, kRounds);
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestRaces::approveRacesExpiry()
{
    for (int round = 0; round < kRounds; ++round) {
        const qint64 id = submit();
        QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, true, {}).ok());
        const QDateTime before = t->clock.now().addSecs(3599);
        const QDateTime after = t->clock.now().addSecs(3601);
        const auto results = race({ decides(QStringLiteral("bob"), id),
                                    [](Workspace& ws) {
                                        auto r = ws.requests().expireDue(QStringLiteral("root"));
                                        return r.ok() ? Status() : Status(r.error());
                                    } },
                                  { before, after });
        QVERIFY2(results[1].ok(), qPrintable(results[1].error().message));
        // Whichever came first, the deadline wins in the end: approved-but-unrun or pending, it expires once.
        QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Expired);
        const auto history = *t->ws().audit().entries(id);
        QCOMPARE(count(history, QStringLiteral("request.expired")), 1);
        if (results[0].ok()) { // the vote came first, and is recorded before the expiry
            QCOMPARE(count(history, QStringLiteral("request.approved")), 1);
            QCOMPARE(history.last().event, QStringLiteral("request.expired"));
        } else {
            QCOMPARE(count(history, QStringLiteral("request.approved")), 0);
            QCOMPARE(t->ws().requestStore().decisions(id)->size(), 1);
        }
    }
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestRaces::twoAgentsClaimOneRequest()
{
    for (int round = 0; round < kRounds; ++round) {
        const qint64 id = submit();
        QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, true, {}).ok());
        QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), id, true, {}).ok());
        const auto results = race({ [id](Workspace& ws) {
                                       auto p = ws.executions().claim(id, QStringLiteral("a1"), QStringLiteral("x"));
                                       return p.ok() ? Status() : Status(p.error());
                                   },
                                    [id](Workspace& ws) {
                                        auto p = ws.executions().claim(id, QStringLiteral("a2"), QStringLiteral("y"));
                                        return p.ok() ? Status() : Status(p.error());
                                    } });
        QCOMPARE((results[0].ok() ? 1 : 0) + (results[1].ok() ? 1 : 0), 1);
        const Status& loser = results[0].ok() ? results[1] : results[0];
        QVERIFY2(loser.error().message.contains(QLatin1String("already claimed")), qPrintable(loser.error().message));
        const auto history = *t->ws().audit().entries(id);
        QCOMPARE(count(history, QStringLiteral("execution.claimed")), 1);
        QCOMPARE(count(history, QStringLiteral("execution.refused")), 0);
        QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Running);
    }
    QVERIFY(t->ws().audit().verify()->intact);
}

// The audit log has no single head row that every writer locks: while one transaction holds the
// chain of request A open, a decision on request B commits at once. (SQLite has one writer at a
// time by design, so this is a PostgreSQL property.)
void TestRaces::appendsForDifferentRequestsDoNotWaitForEachOther()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only: SQLite serialises all writers");
    const qint64 held = submit();
    const qint64 other = submit();
    auto holder = t->openAnother();
    QElapsedTimer waited;
    std::atomic<bool> otherDone { false };
    Status otherResult;
    const Status holding = holder->database().transaction([&]() -> Status {
        CS_TRY(holder->audit().append(QStringLiteral("alice"), QStringLiteral("test.holding"), held, {}));
        // With A's chain (and A's request row) locked by this open transaction, decide on B elsewhere.
        std::thread elsewhere([&] {
            ManualClock clock(t->clock.now());
            auto ws = Workspace::open(t->path(), clock, t->password());
            if (!ws.ok()) {
                otherResult = ws.error();
            } else {
                // A system-wide head lock would make this wait for the holder, who waits for us: fail fast instead.
                static_cast<void>((*ws)->database().exec(QStringLiteral("SET lock_timeout = '3s'")));
                waited.start();
                auto r = (*ws)->requests().decide(QStringLiteral("alice"), other, true, {});
                otherResult = r.ok() ? Status() : Status(r.error());
            }
            otherDone = true;
        });
        elsewhere.join();
        return Status();
    });
    QVERIFY(holding.ok());
    QVERIFY(otherDone);
    QVERIFY2(otherResult.ok(), qPrintable(otherResult.error().message));
    qInfo("the decision on another request took %lld ms while the first chain was held", waited.elapsed());
    QVERIFY(waited.elapsed() < 2000);
    QVERIFY(t->ws().audit().verify()->intact);
}

// Two approvers decide while the request is locked by someone else: the second to get the lock
// must see the first one's vote (committed while it waited), so that the quorum of two completes.
// Under READ COMMITTED a statement sees only what was committed when it started: decisions read
// in the same statement that waited for the lock missed the first vote, and the request stayed
// pending with both votes stored. (SQLite has one writer at a time: PostgreSQL only.)
void TestRaces::votesQueuedOnTheLockBothCount()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only: SQLite serialises all writers");
    const qint64 id = submit();
    auto holder = t->openAnother();
    QList<Status> results(2);
    std::vector<std::thread> voters;
    const Status holding = holder->database().transaction([&]() -> Status {
        CS_TRY(holder->database().exec(QStringLiteral("SELECT id FROM requests WHERE id = ? FOR UPDATE"), { id }));
        const QStringList approvers { QStringLiteral("bob"), QStringLiteral("carol") };
        for (int i = 0; i < 2; ++i)
            voters.emplace_back([&, i] {
                ManualClock clock(t->clock.now());
                auto ws = Workspace::open(t->path(), clock, t->password());
                results[i] = ws.ok() ? decides(approvers.at(i), id)(**ws) : Status(ws.error());
            });
        // Both votes wait on the lock, their statements started, before it is released.
        QElapsedTimer waiting;
        waiting.start();
        int waiters = 0;
        while (waiters < 2 && waiting.elapsed() < 20000) {
            auto q = t->db().exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                                                 "'Lock' AND datname = current_database()"));
            CS_TRY(q);
            waiters = q->next() ? q->value(0).toInt() : 0;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (waiters < 2)
            return Error::conflict(QStringLiteral("the two votes never queued on the lock"));
        return Status();
    });
    for (auto& v : voters)
        v.join();
    QVERIFY2(holding.ok(), qPrintable(holding.error().message));
    QVERIFY2(results[0].ok(), qPrintable(results[0].error().message));
    QVERIFY2(results[1].ok(), qPrintable(results[1].error().message));
    QCOMPARE(t->ws().requestStore().decisions(id)->size(), 2);
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Approved);
    QVERIFY(t->ws().audit().verify()->intact);
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"
