// Time-bound access end to end: the real agent binary runs grants and, at T, their revoke scripts;
// against the test command's OpenLDAP server where it runs (ldapmodify / ldapsearch).
#include <QProcess>
#include <QTcpServer>
#include <QtTest>
#include <core/audit/grantevents.h>
#include <csignal>
#include <support/ldapdirectory.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

const QByteArray kPolicy = R"({"approvalRequired":true,"approverGroups":["approvers"],"deadlineHours":2})";

} // namespace

class TestGrantsEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ldapMemberIsAddedAndRemovedAtT();
    void agentKilledBeforeTRevokesOnceOnRestart();
    void twoAgentsAtTRevokeOnce();
    void failingRevokeIsRetriedUntilItSucceeds();
    void earlyRevokeRunsTheRevokeScript();
    void earliestStartRunsOnceAtTAndNeverAfterTheDeadline();

private:
    QProcess* startAgent(const QString& name, const QString& testNow = {});
    void grantAction(const QString& grant, const QString& revoke, const QString& extra = {});
    qint64 approved(const QString& duration, const QJsonObject& params = {}, qint64 notBefore = 0);
    bool waitFor(qint64 id, RequestState state, int seconds);
    QStringList lines(const QString& name) const;
    QString marker(const QString& name) const { return m_dir->filePath(name); }
    QStringList events(qint64 id);

    std::unique_ptr<TestWorkspace> t;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    QString m_tokenLine;
    QList<QProcess*> m_agents;
};

void TestGrantsEndToEnd::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    t = std::make_unique<TestWorkspace>();
    t->clock.set(QDateTime::currentDateTimeUtc()); // the agents use the real clock
    buildStandardDirectory(*t);
    m_port = freePort();
    t->target(QStringLiteral("host1"), QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("owner1"),
              QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QProcess gen;
    gen.start(QStringLiteral(CS_AGENT_PATH), { QStringLiteral("--new-token"), QStringLiteral("tests") });
    QVERIFY(gen.waitForFinished());
    m_tokenLine = QString::fromUtf8(gen.readAllStandardOutput())
                      .section(QLatin1Char('\n'), 1, 1)
                      .section(QStringLiteral("config: "), 1);
}

void TestGrantsEndToEnd::cleanup()
{
    for (QProcess* p : std::as_const(m_agents)) {
        p->kill();
        p->waitForFinished();
        delete p;
    }
    m_agents.clear();
    t.reset();
    m_dir.reset();
}

QProcess* TestGrantsEndToEnd::startAgent(const QString& name, const QString& testNow)
{
    // Every agent serves host1 (publicUrl), whatever port it listens on: they compete for its work.
    const quint16 port = m_agents.isEmpty() ? m_port : freePort();
    const QString config = m_dir->filePath(name + QStringLiteral(".json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write agent config");
    f.write(QStringLiteral(R"({ "name": "%1", "listen": "127.0.0.1:%2", "publicUrl": "http://127.0.0.1:%3",
        "database": "%4", "tokens": [ %5 ], "workDir": "%6", "concurrency": 4, "pollSeconds": 1 })")
                .arg(name)
                .arg(port)
                .arg(m_port)
                .arg(t->path(), m_tokenLine, m_dir->filePath(QStringLiteral("work-") + name))
                .toUtf8());
    f.close();
    auto* agent = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), t->password());
    if (!testNow.isEmpty())
        env.insert(QStringLiteral("COUNTERSIGN_TEST_NOW"), testNow);
    agent->setProcessEnvironment(env);
    agent->setProcessChannelMode(QProcess::MergedChannels);
    agent->start(QStringLiteral(CS_AGENT_PATH), { QStringLiteral("--config"), config });
    m_agents.append(agent);
    QString log;
    for (int i = 0; i < 100 && !log.contains(QLatin1String("listening on")); ++i) {
        agent->waitForReadyRead(100);
        log += QString::fromUtf8(agent->readAll());
    }
    if (!log.contains(QLatin1String("listening on")))
        qFatal("agent did not start: %s", qPrintable(log));
    return agent;
}

void TestGrantsEndToEnd::grantAction(const QString& grant, const QString& revoke, const QString& extra)
{
    QJsonObject o { { QStringLiteral("name"), QStringLiteral("access") },
                    { QStringLiteral("interpreter"), QStringLiteral("/bin/sh") },
                    { QStringLiteral("script"), grant },
                    { QStringLiteral("revokeScript"), revoke },
                    { QStringLiteral("durations"), QJsonArray { QStringLiteral("3s"), QStringLiteral("1h") } },
                    { QStringLiteral("earliestStart"), true },
                    { QStringLiteral("requesterGroups"), QJsonArray { QStringLiteral("requesters") } },
                    { QStringLiteral("targets"), QJsonArray { QStringLiteral("host1") } },
                    { QStringLiteral("parameters"),
                      QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("person") } },
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("group") } },
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("url") } },
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("binddn") } },
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("password") },
                                                 { QStringLiteral("type"), QStringLiteral("secret") } } } },
                    { QStringLiteral("policy"), QJsonDocument::fromJson(kPolicy).object() } };
    Q_UNUSED(extra);
    t->action(QJsonDocument(o).toJson());
}

qint64 TestGrantsEndToEnd::approved(const QString& duration, const QJsonObject& params, qint64 notBefore)
{
    t->clock.set(QDateTime::currentDateTimeUtc());
    SubmitInput in { QStringLiteral("access"), params, { QStringLiteral("host1") }, QStringLiteral("on call") };
    in.duration = duration;
    in.notBefore = notBefore;
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    if (!t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok())
        qFatal("approve failed");
    return r->id;
}

bool TestGrantsEndToEnd::waitFor(qint64 id, RequestState state, int seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < seconds * 1000) {
        auto r = t->ws().requestStore().load(id);
        if (r.ok() && r->state == state)
            return true;
        QTest::qWait(100);
    }
    return false;
}

QStringList TestGrantsEndToEnd::lines(const QString& name) const
{
    QFile f(marker(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList TestGrantsEndToEnd::events(qint64 id)
{
    QStringList out;
    auto entries = t->ws().audit().entries(id);
    if (entries.ok())
        for (const AuditEntry& e : *entries)
            out << e.event;
    return out;
}

void TestGrantsEndToEnd::ldapMemberIsAddedAndRemovedAtT()
{
    if (!LdapDirectory::available())
        QSKIP("no test LDAP server (packaging/ldap-server.sh start)");
    LdapDirectory ldap;
    const QString group = QStringLiteral("cn=ops,ou=groups,ou=ldap,%1").arg(ldap.base());
    const QString person = QStringLiteral("uid=ulf,ou=people,ou=ldap,%1").arg(ldap.base());
    const QString change = QStringLiteral(
        "printf 'dn: %s\\nchangetype: modify\\n%s: member\\nmember: %s\\n' \"$CS_PARAM_GROUP\" \"$1\" "
        "\"$CS_PARAM_PERSON\" | ldapmodify -x -H \"$CS_PARAM_URL\" -D \"$CS_PARAM_BINDDN\" -w \"$CS_PARAM_PASSWORD\"");
    grantAction(QStringLiteral("set -- add; ") + change, QStringLiteral("set -- delete; ") + change);
    startAgent(QStringLiteral("a1"));
    const qint64 id = approved(QStringLiteral("3s"),
                               { { QStringLiteral("person"), person },
                                 { QStringLiteral("group"), group },
                                 { QStringLiteral("url"), qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_URL") },
                                 { QStringLiteral("binddn"), qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_BIND_DN") },
                                 { QStringLiteral("password"), LdapDirectory::password() } });
    const auto members = [&] {
        QProcess search;
        search.start(QStringLiteral("ldapsearch"),
                     { QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"),
                       qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_URL"), QStringLiteral("-D"),
                       qEnvironmentVariable("COUNTERSIGN_TEST_LDAP_BIND_DN"), QStringLiteral("-w"),
                       LdapDirectory::password(), QStringLiteral("-b"), group, QStringLiteral("member") });
        search.waitForFinished();
        return QString::fromUtf8(search.readAllStandardOutput());
    };
    QVERIFY(waitFor(id, RequestState::Active, 20));
    QVERIFY2(members().contains(person, Qt::CaseInsensitive), qPrintable(members()));
    QVERIFY(waitFor(id, RequestState::Revoked, 20));
    QVERIFY(!members().contains(person, Qt::CaseInsensitive));
    const QStringList trail = events(id);
    for (const QLatin1String e : { QLatin1String("execution.finished"), AuditEvent::GrantActivated,
                                   AuditEvent::GrantRevokeStarted, AuditEvent::GrantRevoked })
        QCOMPARE(trail.count(e), 1);
    QVERIFY(t->ws().requestStore().secrets(id)->isEmpty()); // kept for the revoke, then forgotten
}

void TestGrantsEndToEnd::agentKilledBeforeTRevokesOnceOnRestart()
{
    grantAction(QStringLiteral("echo grant >> %1").arg(marker(QStringLiteral("grant"))),
                QStringLiteral("echo revoke >> %1").arg(marker(QStringLiteral("revoke"))));
    QProcess* agent = startAgent(QStringLiteral("a1"));
    const qint64 id = approved(QStringLiteral("3s"));
    QVERIFY(waitFor(id, RequestState::Active, 20));
    ::kill(static_cast<pid_t>(agent->processId()), SIGKILL);
    agent->waitForFinished();
    QTest::qWait(4000); // T passes while no agent runs
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Active);
    startAgent(QStringLiteral("a1"));
    QVERIFY(waitFor(id, RequestState::Revoked, 20));
    QTest::qWait(1500);
    QCOMPARE(lines(QStringLiteral("revoke")).size(), 1);
    auto row = t->ws().grants().revocation(id);
    QVERIFY(row.ok() && *row);
    QVERIFY((*row)->lateMs() >= 1000); // the record shows how late
}

void TestGrantsEndToEnd::twoAgentsAtTRevokeOnce()
{
    grantAction(QStringLiteral("true"), QStringLiteral("echo $CS_REQUEST_ID >> %1").arg(marker(QStringLiteral("r"))));
    startAgent(QStringLiteral("a1"));
    startAgent(QStringLiteral("a2"));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << approved(QStringLiteral("3s"));
    for (qint64 id : ids)
        QVERIFY(waitFor(id, RequestState::Revoked, 30));
    QTest::qWait(1500);
    QStringList revoked = lines(QStringLiteral("r"));
    QCOMPARE(revoked.size(), ids.size());
    revoked.removeDuplicates();
    QCOMPARE(revoked.size(), ids.size());
}

void TestGrantsEndToEnd::failingRevokeIsRetriedUntilItSucceeds()
{
    // Fails on its first two runs, succeeds on the third (5 s and 10 s of back-off between).
    const QString count = marker(QStringLiteral("count"));
    grantAction(QStringLiteral("true"),
                QStringLiteral("echo x >> %1; n=$(wc -l < %1); [ \"$n\" -ge 3 ] || { echo \"ldap busy $n\"; exit 1; }")
                    .arg(count));
    startAgent(QStringLiteral("a1"));
    const qint64 id = approved(QStringLiteral("3s"));
    QVERIFY(waitFor(id, RequestState::Revoked, 40));
    QCOMPARE(lines(QStringLiteral("count")).size(), 3);
    QCOMPARE(events(id).count(QLatin1String(AuditEvent::GrantRevokeFailed)), 2);
    auto entries = t->ws().audit().entries(id);
    bool shown = false;
    for (const AuditEntry& e : *entries)
        shown = shown
            || e.payloadObject().value(QStringLiteral("error")).toString().contains(QLatin1String("ldap busy 1"));
    QVERIFY(shown);
}

void TestGrantsEndToEnd::earlyRevokeRunsTheRevokeScript()
{
    grantAction(QStringLiteral("true"), QStringLiteral("echo revoke >> %1").arg(marker(QStringLiteral("revoke"))));
    startAgent(QStringLiteral("a1"));
    const qint64 id = approved(QStringLiteral("1h"));
    QVERIFY(waitFor(id, RequestState::Active, 20));
    QVERIFY(!t->ws().grants().revokeEarly(QStringLiteral("carol"), id, QStringLiteral("not mine")).ok());
    QVERIFY(t->ws().grants().revokeEarly(QStringLiteral("adminx"), id, QStringLiteral("incident 42")).ok());
    QVERIFY(waitFor(id, RequestState::Revoked, 20));
    QCOMPARE(lines(QStringLiteral("revoke")).size(), 1);
}

void TestGrantsEndToEnd::earliestStartRunsOnceAtTAndNeverAfterTheDeadline()
{
    grantAction(QStringLiteral("date +%s >> %1").arg(marker(QStringLiteral("runs"))), QStringLiteral("true"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 at = now.addSecs(1800).toMSecsSinceEpoch(); // approved at 10:00 for 10:30
    const qint64 id = approved(QStringLiteral("1h"), {}, at);
    const qint64 late = approved(QStringLiteral("1h"), {}, now.addSecs(3600).toMSecsSinceEpoch());
    // The agent's clock starts 3 s before 10:30 and runs on.
    QProcess* agent = startAgent(QStringLiteral("a1"), now.addSecs(1800 - 3).toString(Qt::ISODateWithMs));
    QTest::qWait(1500);
    QVERIFY(lines(QStringLiteral("runs")).isEmpty()); // 10:29:58: not yet
    QVERIFY(waitFor(id, RequestState::Active, 15));
    QCOMPARE(lines(QStringLiteral("runs")).size(), 1);
    agent->kill();
    agent->waitForFinished();

    // An agent whose clock is past the deadline never runs it: the schedule expires it.
    startAgent(QStringLiteral("a2"), now.addSecs(2 * 3600 + 60).toString(Qt::ISODateWithMs));
    QVERIFY(waitFor(late, RequestState::Expired, 20));
    QCOMPARE(lines(QStringLiteral("runs")).size(), 1);
}

QTEST_GUILESS_MAIN(TestGrantsEndToEnd)
#include "tst_grants_e2e.moc"
