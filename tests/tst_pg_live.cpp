// PostgreSQL as a live, shared store: notifications instead of polling, and a server restart
// under running connections, a desktop session and an agent. Restarts the test cluster, so it
// runs on its own (RUN_SERIAL).
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>
#include <support/agentprocess.h>
#include <support/testworkspace.h>
#include <ui/session.h>

using namespace cs;

class TestPgLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changesAreNotifiedWithoutPolling();
    void everythingRecoversFromAServerRestart();

private:
    static void server(const QString& verb); // pause | resume
};

void TestPgLive::initTestCase()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only");
}

void TestPgLive::server(const QString& verb)
{
    QProcess script;
    script.start(QStringLiteral("bash"),
                 { QStringLiteral(CS_SOURCE_DIR "/packaging/pg-cluster.sh"), verb,
                   qEnvironmentVariable("COUNTERSIGN_TEST_PG_DIR") });
    if (!script.waitForFinished(60000) || script.exitCode() != 0)
        qFatal("pg-cluster.sh %s failed: %s", qPrintable(verb), script.readAllStandardError().constData());
}

void TestPgLive::changesAreNotifiedWithoutPolling()
{
    TestWorkspace t;
    auto listener = t.openAnother();
    int notified = 0;
    QObject receiver;
    QVERIFY(listener->database().subscribeToChanges(&receiver, [&notified] { ++notified; }));
    QElapsedTimer clock;
    clock.start();
    t.group(QStringLiteral("notified"));
    QTRY_VERIFY_WITH_TIMEOUT(notified > 0, 5000);
    qInfo("notification after %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 1000);
}

void TestPgLive::everythingRecoversFromAServerRestart()
{
    TestWorkspace t;
    t.clock.set(QDateTime::currentDateTimeUtc());
    buildStandardDirectory(t);
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    TestWorkspace::must(t.ws().admin().addTarget(QStringLiteral("root"),
                                                 { QStringLiteral("live1"),
                                                   QStringLiteral("server"),
                                                   QStringLiteral("http://127.0.0.1:%1").arg(port),
                                                   {},
                                                   {},
                                                   0 }),
                        "target");
    QTemporaryDir dir;
    t.action(
        QStringLiteral(
            R"({ "name": "live", "script": "echo ran >> '%1'\n", "requesterGroups": ["requesters"], "targets": ["live1"],
                                 "policy": { "approvalRequired": true, "approverGroups": ["approvers"] } })")
            .arg(dir.filePath(QStringLiteral("ran")))
            .toUtf8());
    auto before = t.ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("live"), {}, { QStringLiteral("live1") }, QStringLiteral("before") },
        SubmitMode::RequestApproval);
    QVERIFY(before.ok());

    // A running desktop session and a running agent on the same database.
    ui::Session session(t.openAnother(), QStringLiteral("bob"));
    session.setPollInterval(200);
    QSignalSpy lost(&session, &ui::Session::connectionLost);
    QSignalSpy restored(&session, &ui::Session::connectionRestored);
    QSignalSpy changed(&session, &ui::Session::changed);
    AgentProcess agent(
        { QStringLiteral(CS_AGENT_PATH), QStringLiteral("live-agent"), port, t.path(), t.password(), 1 });

    server(QStringLiteral("pause"));
    // The session notices the database is away...
    QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 10000);
    QVERIFY(!t.ws().requests().decide(QStringLiteral("alice"), before->id, true, {}).ok()); // nothing pretends to work
    server(QStringLiteral("resume"));
    // ...and comes back by itself.
    QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 1, 15000);
    // Nothing committed before the restart was lost, and this connection works again.
    auto reread = t.ws().requestStore().load(before->id);
    QVERIFY2(reread.ok(), qPrintable(reread.error().message));
    QCOMPARE(reread->state, RequestState::Pending);
    // A decision after the restart goes through; the session hears of it (notifications resubscribed).
    changed.clear();
    auto decided = t.ws().requests().decide(QStringLiteral("alice"), before->id, true, {});
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
    // And the agent, which lived through the restart, runs the now-approved request.
    QTRY_COMPARE_WITH_TIMEOUT(t.ws().requestStore().load(before->id)->state, RequestState::Succeeded, 15000);
    QFile ran(dir.filePath(QStringLiteral("ran")));
    QVERIFY(ran.open(QIODevice::ReadOnly));
    QCOMPARE(ran.readAll(), QByteArray("ran\n"));
    QVERIFY(t.ws().audit().verify()->intact);
}

QTEST_MAIN(TestPgLive)
#include "tst_pg_live.moc"
