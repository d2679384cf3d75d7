#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <atomic>
#include <support/testworkspace.h>
#include <thread>

using namespace cs;

namespace {

constexpr qint64 kGateKey = 424242;

// A session of the cluster's superuser on another thread that holds an advisory lock, waits for
// a Countersign backend to block on it (inside a statement or inside COMMIT, by a trigger the test
// installs), terminates that backend -- as a DBA's pg_terminate_backend, an idle-session timeout or
// a failover would -- and lets go.
class Terminator
{
public:
    explicit Terminator(const QString& database)
    {
        m_thread = std::thread([this, database] { run(database); });
        while (!m_locked && !m_failed)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ~Terminator() { finish(); }
    // Waits for the terminating thread: the operation can see its connection cut before
    // pg_terminate_backend has returned to that thread.
    bool terminated()
    {
        finish();
        return m_terminated;
    }
    bool failed() const { return m_failed; }

private:
    void finish()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void run(const QString& database)
    {
        const QString name = QStringLiteral("terminator-%1").arg(quintptr(this));
        {
            const QUrl url(qEnvironmentVariable("COUNTERSIGN_TEST_PG_URL"));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(qEnvironmentVariable("COUNTERSIGN_TEST_PG_PASSWORD"));
            db.setDatabaseName(database);
            QSqlQuery q(db);
            if (!db.open() || !q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kGateKey))) {
                m_failed = true;
                return;
            }
            m_locked = true;
            // Whoever waits for the gate is the backend to cut off (10 s at the most).
            for (int i = 0; i < 2000 && !m_terminated; ++i) {
                q.exec(QStringLiteral("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                                      "AND objid = %1 AND database = (SELECT oid FROM pg_database WHERE datname = "
                                      "current_database())")
                           .arg(kGateKey));
                if (q.next()) {
                    const int pid = q.value(0).toInt();
                    q.finish();
                    m_terminated = q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kGateKey));
        }
        QSqlDatabase::removeDatabase(name);
    }

    std::thread m_thread;
    std::atomic<bool> m_locked { false };
    std::atomic<bool> m_failed { false };
    std::atomic<bool> m_terminated { false };
};

} // namespace

// Terminates the PostgreSQL backend in the middle of a submit, a decision, a claim and a finish --
// once while a statement runs, once during COMMIT -- and checks that each operation is either
// committed and acknowledged, or reported as failed (or, for a lost COMMIT, as outcome unknown) and
// not committed: never acknowledged and missing, and no script claimed twice.
class TestPgFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void submit_data();
    void submit();
    void decision_data();
    void decision();
    void claim_data();
    void claim();
    void finish_data();
    void finish();
    void closedConnectionIsReopenedBeforeAnythingIsSent();

private:
    enum class Step { Statement, Commit };
    void addSteps();
    // Makes the next audit append (inside the statement) or the next COMMIT wait for the gate.
    void installGate(Step step);
    void removeGate();
    qint64 pending();
    qint64 approved();
    // A count read on a fresh connection, as another client would see it.
    qint64 count(const QString& sql, const QVariantList& values = {});
    QString databaseName() const { return QUrl(t->path()).path().mid(1); }
    std::unique_ptr<TestWorkspace> t;
};

void TestPgFaults::initTestCase()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only: run with COUNTERSIGN_TEST_ENGINE=postgresql (packaging/test.sh does).");
}

void TestPgFaults::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardWorkspace(*t);
}

void TestPgFaults::cleanup()
{
    t.reset();
}

void TestPgFaults::addSteps()
{
    QTest::addColumn<int>("step");
    QTest::newRow("statement") << int(Step::Statement);
    QTest::newRow("commit") << int(Step::Commit);
}

void TestPgFaults::installGate(Step step)
{
    const QString timing
        = step == Step::Commit ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED") : QStringLiteral("NOT DEFERRABLE");
    TestWorkspace::must(Status(t->db().exec(QStringLiteral("CREATE OR REPLACE FUNCTION cs_test_gate() RETURNS trigger "
                                                           "LANGUAGE plpgsql AS $$ BEGIN PERFORM "
                                                           "pg_advisory_xact_lock_shared(%1); RETURN NULL; END $$")
                                                .arg(kGateKey))
                                       .ok()
                                   ? Status()
                                   : Status(Error::storage(QStringLiteral("gate function")))),
                        "gate function");
    auto trigger = t->db().exec(QStringLiteral("CREATE CONSTRAINT TRIGGER cs_test_gate AFTER INSERT ON audit_log %1 "
                                               "FOR EACH ROW EXECUTE FUNCTION cs_test_gate()")
                                    .arg(timing));
    TestWorkspace::must(trigger.ok() ? Status() : Status(trigger.error()), "gate trigger");
}

void TestPgFaults::removeGate()
{
    auto other = t->openAnother();
    auto dropped = other->database().exec(QStringLiteral("DROP TRIGGER IF EXISTS cs_test_gate ON audit_log"));
    TestWorkspace::must(dropped.ok() ? Status() : Status(dropped.error()), "drop gate");
}

qint64 TestPgFaults::pending()
{
    auto r = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("why") },
        SubmitMode::RequestApproval);
    TestWorkspace::must(r.ok() ? Status() : Status(r.error()), "submit");
    return r->id;
}

qint64 TestPgFaults::approved()
{
    const qint64 id = pending();
    auto r = t->ws().requests().decide(QStringLiteral("alice"), id, true, {});
    TestWorkspace::must(r.ok() ? Status() : Status(r.error()), "approve");
    return id;
}

qint64 TestPgFaults::count(const QString& sql, const QVariantList& values)
{
    auto other = t->openAnother();
    auto q = other->database().exec(sql, values);
    if (!q.ok() || !q->next())
        qFatal("count failed");
    return q->value(0).toLongLong();
}

void TestPgFaults::submit_data()
{
    addSteps();
}

void TestPgFaults::submit()
{
    QFETCH(int, step);
    installGate(Step(step));
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM requests"));
    Result<Request> r = Error::storage(QString());
    {
        Terminator terminator(databaseName());
        r = t->ws().requests().submit(QStringLiteral("req"),
                                      { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("why") },
                                      SubmitMode::RequestApproval);
        QVERIFY(terminator.terminated());
    }
    removeGate();
    const qint64 after = count(QStringLiteral("SELECT count(*) FROM requests"));
    QVERIFY2(!r.ok(), "acknowledged although the backend was terminated before its commit");
    QCOMPARE(after, before);
    QCOMPARE(r.error().code, Step(step) == Step::Commit ? Error::Code::OutcomeUnknown : Error::Code::Storage);
    // The connection comes back for the next operation, and the workspace is whole.
    QVERIFY(t->ws().requests().plan(QStringLiteral("req"), { QStringLiteral("act"), {}, {}, {} }).ok());
    QVERIFY(t->openAnother()->audit().verify()->intact);
}

void TestPgFaults::decision_data()
{
    addSteps();
}

void TestPgFaults::decision()
{
    QFETCH(int, step);
    const qint64 id = pending();
    installGate(Step(step));
    Result<Request> r = Error::storage(QString());
    {
        Terminator terminator(databaseName());
        r = t->ws().requests().decide(QStringLiteral("alice"), id, true, QStringLiteral("ok"));
        QVERIFY(terminator.terminated());
    }
    removeGate();
    QVERIFY2(!r.ok(), "acknowledged although the backend was terminated before its commit");
    QCOMPARE(r.error().code, Step(step) == Step::Commit ? Error::Code::OutcomeUnknown : Error::Code::Storage);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM decisions WHERE request_id = ?"), { id }), 0);
    QCOMPARE(t->openAnother()->requestStore().load(id)->state, RequestState::Pending);
    // Deciding again works and counts once.
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, true, QStringLiteral("ok")).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM decisions WHERE request_id = ?"), { id }), 1);
}

void TestPgFaults::claim_data()
{
    addSteps();
}

void TestPgFaults::claim()
{
    QFETCH(int, step);
    const qint64 id = approved();
    installGate(Step(step));
    Result<ExecutionPlan> plan = Error::storage(QString());
    {
        Terminator terminator(databaseName());
        plan = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x"));
        QVERIFY(terminator.terminated());
    }
    removeGate();
    // Not claimed, so no script may start: the plan is withheld and nothing is left half-claimed.
    QVERIFY2(!plan.ok(), "a plan to run was handed out for a claim that was never committed");
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM executions WHERE request_id = ?"), { id }), 0);
    QCOMPARE(t->openAnother()->requestStore().load(id)->state, RequestState::Approved);
    QCOMPARE(t->ws().executions().unsettledClaims(), 0); // read back at once: known not committed
    // The next claim is the one and only.
    QVERIFY(t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x")).ok());
    QVERIFY(!t->openAnother()->executions().claim(id, QStringLiteral("a2"), QStringLiteral("x")).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM executions WHERE request_id = ?"), { id }), 1);
}

void TestPgFaults::finish_data()
{
    addSteps();
}

void TestPgFaults::finish()
{
    QFETCH(int, step);
    const qint64 id = approved();
    QVERIFY(t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x")).ok());
    installGate(Step(step));
    Status s;
    {
        Terminator terminator(databaseName());
        s = t->ws().executions().finish(id, QStringLiteral("a1"), ExecutionState::Succeeded, 0, {});
        QVERIFY(terminator.terminated());
    }
    removeGate();
    QVERIFY2(!s.ok(), "acknowledged although the backend was terminated before its commit");
    QCOMPARE(s.error().code, Step(step) == Step::Commit ? Error::Code::OutcomeUnknown : Error::Code::Storage);
    QCOMPARE(t->openAnother()->requestStore().load(id)->state, RequestState::Running);
    // Recording it again succeeds once the connection is back.
    QVERIFY(t->ws().executions().finish(id, QStringLiteral("a1"), ExecutionState::Succeeded, 0, {}).ok());
    QCOMPARE(t->openAnother()->requestStore().load(id)->state, RequestState::Succeeded);
    QVERIFY(t->openAnother()->audit().verify()->intact);
}

// Found by the storm (tests/storm/storm.py): a session ended while the server refuses new
// connections (a restart under way, the database closed to connections) cannot be reopened, and
// the connection stays closed. Later statements were then sent nowhere and failed with no reason
// ("Database error:  (while running ...)"), and a write among them was reported as "outcome
// unknown" (CLI exit 8) although it never left the client. Now the connection is reopened
// before anything is sent: a failure is a plain refusal that says why.
void TestPgFaults::closedConnectionIsReopenedBeforeAnythingIsSent()
{
    const qint64 id = pending();
    int backend = 0;
    {
        auto q = t->db().exec(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(q.ok() && q->next());
        backend = q->value(0).toInt();
    }
    TestWorkspace::asClusterSuperuser(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(databaseName()));
    TestWorkspace::asClusterSuperuser(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend));
    const QString count = QStringLiteral("SELECT COUNT(*) FROM requests");
    QVERIFY(!t->db().exec(count).ok()); // the session is gone, and reconnecting is refused

    const QString refusal = QStringLiteral("not currently accepting connections");
    auto write = t->db().exec(QStringLiteral("UPDATE requests SET updated_at = updated_at WHERE id = ?"), { id });
    QVERIFY(!write.ok());
    QVERIFY2(write.error().code == Error::Code::Storage, qPrintable(write.error().message)); // not sent: not unknown
    QVERIFY2(write.error().message.contains(refusal), qPrintable(write.error().message));
    auto read = t->db().exec(count);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(refusal), qPrintable(read.error().message));

    TestWorkspace::asClusterSuperuser(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(databaseName()));
    auto back = t->db().exec(count);
    QVERIFY2(back.ok() && back->next(), back.ok() ? "no row" : qPrintable(back.error().message));
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, true, {}).ok());
    QCOMPARE(t->openAnother()->requestStore().load(id)->state, RequestState::Approved);
}

QTEST_GUILESS_MAIN(TestPgFaults)
#include "tst_pg_faults.moc"
