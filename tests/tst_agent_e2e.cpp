#include <algorithm>
// Starts the real countersign-agent binary on loopback and runs real scripts through it.
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>
#include <core/common/canonicaljson.h>
#include <csignal>
#include <support/testworkspace.h>

using namespace cs;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject body;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

// A second connection to a SQLite workspace holding its write lock: the agent's writes fail
// (after SQLite's busy timeout) while it is held, its reads still work (WAL).
class SqliteWriteLock
{
public:
    explicit SqliteWriteLock(const QString& path)
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
        db.setDatabaseName(path);
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE")))
            qFatal("cannot lock the workspace");
    }
    ~SqliteWriteLock() { release(); }
    void release()
    {
        if (!QSqlDatabase::contains(kName))
            return;
        {
            auto db = QSqlDatabase::database(kName);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(kName);
    }

private:
    static inline const QString kName = QStringLiteral("test-write-lock");
};

// The agents' sessions are told apart from the test's own by this application name (PGAPPNAME).
const QString kAgentApplication = QStringLiteral("countersign-test-agent");

// The workspace away for the agents, while the test's own session keeps it: on SQLite the write
// lock above (their writes fail, their reads still work); on PostgreSQL a real outage for them --
// a superuser session makes the test database refuse new connections and terminates the agents'
// sessions, so their reads, writes and reconnections all fail until release().
class DatabaseOutage
{
public:
    explicit DatabaseOutage(const QString& workspace)
    {
        if (!TestWorkspace::onPostgres()) {
            m_lock = std::make_unique<SqliteWriteLock>(workspace);
            return;
        }
        m_database = QUrl(workspace).path().mid(1);
        TestWorkspace::asClusterSuperuser(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_database));
        TestWorkspace::asClusterSuperuser(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND "
                           "application_name = '%2'")
                .arg(m_database, kAgentApplication));
    }
    ~DatabaseOutage() { release(); }
    void release()
    {
        if (m_lock)
            m_lock->release();
        if (const QString database = std::exchange(m_database, {}); !database.isEmpty())
            TestWorkspace::asClusterSuperuser(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database));
    }

private:
    std::unique_ptr<SqliteWriteLock> m_lock;
    QString m_database;
};

} // namespace

class TestAgentEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void healthAndMethods();
    void parametersArriveExactlyAndNeverThroughAShell();
    void wrongOrMissingTokenRunsNothing();
    void refusedRequestsAreAuditedAndNeverRun_data();
    void refusedRequestsAreAuditedAndNeverRun();
    void postedTwiceRunsOnce();
    void twoAgentsAtOnceRunItOnce();
    void timeoutKillsTheScriptAndItsChildren();
    void killedAgentMarksTheRunInterruptedAndNeverReruns();
    void serviceUnitKillsTheScriptsWithTheAgent();
    void endRecordedLateWhenTheDatabaseIsBack();
    void endKeptAcrossAKillIsRecordedNotInterrupted();
    void startUpWaitsForTheDatabaseAndSaysWhy();
    void stopSignalEndsTheRunCleanlyAndItNeverReruns_data();
    void stopSignalEndsTheRunCleanlyAndItNeverReruns();
    void approvedWhileTheAgentIsDownRunsWhenItStarts();
    void backlogIsClaimedAsSlotsFreeUp();
    void approvedElsewhereStartsAtOnceOnPostgres();
    void approvalsInAConnectionGapStartOnceItIsBack();
    void secretsAreMaskedAndForgottenAfterTheRun();
    void changedActionIsNotRun();
    void cliLogsInAndExecutes();
    void withoutAKeychainNothingIsWritten();
    void unreachableAgentLeavesTheReasonAndRunsWhenBack();
    void servesHttpsWithTheConfiguredCertificate();

private:
    struct CliRun
    {
        int code = -1;
        QString out;
        QString err;
    };
    CliRun cli(const QStringList& args, const QByteArray& input = {},
               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    struct Agent
    {
        QProcess* process = nullptr; // owned by m_processes, stopped in cleanup()
        quint16 port = 0;
        QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    };
    Agent startAgent(const QString& name, quint16 port, int pollSeconds = 3600, const QString& extraConfig = {},
                     bool waitListening = true);
    QString journal(const QString& agentName) const
    {
        return m_dir->filePath(QStringLiteral("work-%1/unrecorded-runs.jsonl").arg(agentName));
    }
    // The journal holds a whole line: the agent creates the file before it writes the line.
    bool journalHasALine(const QString& agentName) const
    {
        QFile file(journal(agentName));
        return file.open(QIODevice::ReadOnly) && file.readAll().endsWith('\n');
    }
    Reply call(const QByteArray& verb, const QString& url, const QByteArray& token, const QByteArray& body = {});
    Reply post(const Agent& agent, qint64 id, const QByteArray& token = {});
    Reply waitFinished(const Agent& agent, qint64 id);
    void action(const QString& name, const QString& script, int timeoutSeconds = 60,
                const QString& policy = R"({"approvalRequired":true,"approverGroups":["approvers"]})");
    qint64 approved(const QString& action, const QJsonObject& params = {});
    QString outFile(const QString& name) const { return m_dir->filePath(name); }
    QStringList lines(const QString& name) const;

    std::unique_ptr<TestWorkspace> t;
    std::unique_ptr<QTemporaryDir> m_dir; // one per test function: marker files never leak between tests
    QNetworkAccessManager m_net;
    QByteArray m_token;
    QString m_tokenLine;
    quint16 m_port = 0;
    QList<QProcess*> m_processes;
};

void TestAgentEndToEnd::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    t = std::make_unique<TestWorkspace>();
    t->clock.set(QDateTime::currentDateTimeUtc()); // the agent uses the real clock
    buildStandardDirectory(*t);
    m_port = freePort();
    t->target(QStringLiteral("host1"), QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("owner1"),
              QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QProcess gen;
    gen.start(QStringLiteral(CS_AGENT_PATH), { QStringLiteral("--new-token"), QStringLiteral("tests") });
    QVERIFY(gen.waitForFinished());
    const QString out = QString::fromUtf8(gen.readAllStandardOutput());
    m_token = out.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral("token:  "), 1).toLatin1();
    m_tokenLine = out.section(QLatin1Char('\n'), 1, 1).section(QStringLiteral("config: "), 1);
    QVERIFY(!m_token.isEmpty() && m_tokenLine.contains(QLatin1String("sha256")));
}

void TestAgentEndToEnd::cleanup()
{
    for (QProcess* p : std::as_const(m_processes)) {
        p->kill();
        p->waitForFinished();
        delete p;
    }
    m_processes.clear();
    t.reset();
    m_dir.reset();
}

TestAgentEndToEnd::Agent TestAgentEndToEnd::startAgent(const QString& name, quint16 port, int pollSeconds,
                                                       const QString& extraConfig, bool waitListening)
{
    const QString config = m_dir->filePath(name + QStringLiteral(".json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write agent config");
    f.write(QStringLiteral(
                R"({ "name": "%1", "listen": "127.0.0.1:%2", "publicUrl": "http://127.0.0.1:%3", "database": "%4",
                               "tokens": [ %5 ], "workDir": "%6", "concurrency": 4, "pollSeconds": %7 %8 })")
                .arg(name)
                .arg(port)
                .arg(port) // its own URL: only an agent started on host1's port serves host1
                .arg(t->path(), m_tokenLine, m_dir->filePath(QStringLiteral("work-") + name))
                .arg(pollSeconds)
                .arg(extraConfig)
                .toUtf8());
    f.close();
    Agent agent;
    agent.port = port;
    agent.process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), t->password());
    env.insert(QStringLiteral("PGAPPNAME"), kAgentApplication); // libpq's own: tells its sessions apart
    agent.process->setProcessEnvironment(env);
    m_processes.append(agent.process);
    agent.process->setProcessChannelMode(QProcess::MergedChannels);
    agent.process->start(QStringLiteral(CS_AGENT_PATH), { QStringLiteral("--config"), config });
    if (!waitListening)
        return agent;
    QString log;
    for (int i = 0; i < 100 && !log.contains(QLatin1String("listening on")); ++i) {
        agent.process->waitForReadyRead(100);
        log += QString::fromUtf8(agent.process->readAll());
    }
    if (!log.contains(QLatin1String("listening on")))
        qFatal("agent did not start: %s", qPrintable(log));
    return agent;
}

Reply TestAgentEndToEnd::call(const QByteArray& verb, const QString& url, const QByteArray& token,
                              const QByteArray& body)
{
    QNetworkRequest request { QUrl(url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = m_net.sendCustomRequest(request, verb, body);
    if (url.startsWith(QLatin1String("https:")))
        reply->ignoreSslErrors(); // the test's own self-signed certificate
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
              QJsonDocument::fromJson(reply->readAll()).object() };
    reply->deleteLater();
    return r;
}

Reply TestAgentEndToEnd::post(const Agent& agent, qint64 id, const QByteArray& token)
{
    return call("POST", agent.url() + QStringLiteral("/v1/executions"), token.isEmpty() ? m_token : token,
                canonicalJson(QJsonObject { { QStringLiteral("requestId"), id } }));
}

Reply TestAgentEndToEnd::waitFinished(const Agent& agent, qint64 id)
{
    Reply r;
    for (int i = 0; i < 100; ++i) {
        r = call("GET", agent.url() + QStringLiteral("/v1/executions/%1").arg(id), m_token);
        if (r.status == 200 && r.body.value(QStringLiteral("state")).toString() != QLatin1String("running"))
            break;
        QTest::qWait(100);
    }
    return r;
}

void TestAgentEndToEnd::action(const QString& name, const QString& script, int timeoutSeconds, const QString& policy)
{
    QJsonObject a { { QStringLiteral("name"), name },
                    { QStringLiteral("script"), script },
                    { QStringLiteral("timeoutSeconds"), timeoutSeconds },
                    { QStringLiteral("requesterGroups"), QJsonArray { QStringLiteral("requesters") } },
                    { QStringLiteral("targets"), QJsonArray { QStringLiteral("host1") } },
                    { QStringLiteral("parameters"),
                      QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("text") },
                                                 { QStringLiteral("type"), QStringLiteral("multiline") } },
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("count") },
                                                 { QStringLiteral("type"), QStringLiteral("integer") } },
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("pin") },
                                                 { QStringLiteral("type"), QStringLiteral("secret") } } } },
                    { QStringLiteral("policy"), QJsonDocument::fromJson(policy.toUtf8()).object() } };
    t->action(canonicalJson(a));
}

qint64 TestAgentEndToEnd::approved(const QString& actionName, const QJsonObject& params)
{
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { actionName, params, { QStringLiteral("host1") }, QStringLiteral("test") },
                                       SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    if (r->state == RequestState::Pending && !t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok())
        qFatal("approve failed");
    return r->id;
}

TestAgentEndToEnd::CliRun TestAgentEndToEnd::cli(const QStringList& args, const QByteArray& input,
                                                 const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CS_CLI_PATH), QStringList { QStringLiteral("--db"), t->path() } + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("countersign-cli did not finish");
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QStringList TestAgentEndToEnd::lines(const QString& name) const
{
    QFile f(outFile(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestAgentEndToEnd::healthAndMethods()
{
    Agent agent = startAgent(QStringLiteral("a1"), m_port);
    const Reply health = call("GET", agent.url() + QStringLiteral("/v1/health"), {});
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(call("DELETE", agent.url() + QStringLiteral("/v1/health"), {}).status, 405);
    QCOMPARE(call("GET", agent.url() + QStringLiteral("/v1/executions"), m_token).status, 405);
    QCOMPARE(call("POST", agent.url() + QStringLiteral("/v1/executions"), m_token, "not json").status, 400);
    QCOMPARE(call("POST", agent.url() + QStringLiteral("/v1/executions"), m_token, R"({"requestId": "1; DROP TABLE"})")
                 .status,
             400);
    QCOMPARE(call("GET", agent.url() + QStringLiteral("/v1/executions/99"), m_token).status, 404);
    QCOMPARE(post(agent, 99).status, 404);
}

void TestAgentEndToEnd::parametersArriveExactlyAndNeverThroughAShell()
{
    action(QStringLiteral("echo-params"),
           QStringLiteral("printf '%s' \"$CS_PARAM_TEXT\" > '%1'\nprintf '%s' \"$CS_PARAM_COUNT $CS_TARGET_NAME "
                          "$CS_TARGET_ENVIRONMENT\" > '%2'\ncat > '%3'\necho \"done $CS_PARAM_COUNT\"\n")
               .arg(outFile(QStringLiteral("text")), outFile(QStringLiteral("other")),
                    outFile(QStringLiteral("stdin.json"))));
    const QString hostile
        = QStringLiteral("Ana María  \"quoted\" 'single' $(touch %1) `touch %1` ; rm -rf / \n second line ☃ 日本\n")
              .arg(outFile(QStringLiteral("pwned")));
    const qint64 id = approved(QStringLiteral("echo-params"),
                               { { QStringLiteral("text"), hostile }, { QStringLiteral("count"), 42 } });
    Agent agent = startAgent(QStringLiteral("a1"), m_port);
    const Reply accepted = post(agent, id);
    QVERIFY2(accepted.status == 202 || accepted.status == 200, qPrintable(QString::number(accepted.status)));
    const Reply done = waitFinished(agent, id);
    QCOMPARE(done.body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(done.body.value(QStringLiteral("exitCode")).toInt(), 0);
    QCOMPARE(done.body.value(QStringLiteral("output")).toString(), QStringLiteral("done 42\n"));

    QFile text(outFile(QStringLiteral("text")));
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(text.readAll()), hostile); // byte for byte
    QFile other(outFile(QStringLiteral("other")));
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(other.readAll()), QStringLiteral("42 host1 test"));
    QFile input(outFile(QStringLiteral("stdin.json")));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QJsonObject stdinJson = QJsonDocument::fromJson(input.readAll()).object();
    QCOMPARE(stdinJson.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("text")).toString(),
             hostile);
    QCOMPARE(stdinJson.value(QStringLiteral("request")).toInteger(), id);
    QVERIFY2(!QFile::exists(outFile(QStringLiteral("pwned"))), "a parameter was executed by a shell");

    auto r = t->ws().requestStore().load(id);
    QCOMPARE(r->state, RequestState::Succeeded);
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestAgentEndToEnd::wrongOrMissingTokenRunsNothing()
{
    action(QStringLiteral("mark"), QStringLiteral("echo ran >> '%1'\n").arg(outFile(QStringLiteral("ran"))));
    const qint64 id = approved(QStringLiteral("mark"));
    Agent agent = startAgent(QStringLiteral("a1"), freePort()); // serves no target: only POSTs could run it
    QCOMPARE(call("POST", agent.url() + QStringLiteral("/v1/executions"), {},
                  canonicalJson(QJsonObject { { QStringLiteral("requestId"), id } }))
                 .status,
             401);
    QCOMPARE(post(agent, id, "wrong-token").status, 401);
    QCOMPARE(call("GET", agent.url() + QStringLiteral("/v1/executions/%1").arg(id), "wrong-token").status, 401);
    QTest::qWait(300);
    QVERIFY(!QFile::exists(outFile(QStringLiteral("ran"))));
    QVERIFY(!*t->ws().executions().execution(id));
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Approved);
}

void TestAgentEndToEnd::refusedRequestsAreAuditedAndNeverRun_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("message");
    QTest::newRow("pending") << "pending"
                             << "is still pending; only an approved request can run";
    QTest::newRow("rejected") << "rejected"
                              << "was rejected; only an approved request can run";
    QTest::newRow("expired") << "expired"
                             << "has expired; only an approved request can run";
    QTest::newRow("cancelled") << "cancelled"
                               << "was cancelled; only an approved request can run";
    QTest::newRow("deadline passed while approved") << "late"
                                                    << "passed its deadline";
    QTest::newRow("digest tampered") << "tampered"
                                     << "was altered outside Countersign";
    QTest::newRow("state forged to approved") << "forged"
                                              << "do not complete the policy";
}

void TestAgentEndToEnd::refusedRequestsAreAuditedAndNeverRun()
{
    QFETCH(QString, situation);
    QFETCH(QString, message);
    action(QStringLiteral("mark"), QStringLiteral("echo ran >> '%1'\n").arg(outFile(QStringLiteral("ran"))), 60,
           QStringLiteral(R"({"approvalRequired":true,"approverGroups":["approvers"],"deadlineHours":1})"));
    if (situation == QLatin1String("late"))
        t->clock.set(QDateTime::currentDateTimeUtc().addSecs(-7200)); // approved two hours ago, due one hour ago
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("mark"), {}, { QStringLiteral("host1") }, QStringLiteral("x") },
                                       SubmitMode::RequestApproval);
    QVERIFY(r.ok());
    const qint64 id = r->id;
    if (situation == QLatin1String("rejected"))
        QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, false, QStringLiteral("no")).ok());
    if (situation == QLatin1String("cancelled"))
        QVERIFY(t->ws().requests().cancel(QStringLiteral("req"), id).ok());
    if (situation == QLatin1String("expired")) {
        t->clock.advanceSecs(7200);
        QVERIFY(t->ws().requests().expireDue(QStringLiteral("root")).ok());
    }
    if (situation == QLatin1String("late") || situation == QLatin1String("tampered"))
        QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, true, {}).ok());
    if (situation == QLatin1String("tampered"))
        QVERIFY(
            t->db().exec(QStringLiteral("UPDATE requests SET comment = 'something else' WHERE id = ?"), { id }).ok());
    if (situation == QLatin1String("forged")) // someone with file access flips the state without any vote
        QVERIFY(t->db()
                    .exec(QStringLiteral("UPDATE requests SET state = 'approved', phase = 1 WHERE id = ?"), { id })
                    .ok());

    Agent agent = startAgent(QStringLiteral("a1"), freePort());
    const Reply refused = post(agent, id);
    QCOMPARE(refused.status, 409);
    const QString error = refused.body.value(QStringLiteral("error")).toString();
    // A late request may also be expired first by the agent's own expiry schedule: refused either way.
    const bool expiredBySchedule = situation == QLatin1String("late") && error.contains(QLatin1String("has expired"));
    QVERIFY2(error.contains(message) || expiredBySchedule, qPrintable(error));
    QTest::qWait(200);
    QVERIFY(!QFile::exists(outFile(QStringLiteral("ran"))));
    QVERIFY(!*t->ws().executions().execution(id));
    auto history = t->ws().audit().entries(id);
    QVERIFY(history.ok());
    if (expiredBySchedule) {
        QVERIFY(std::any_of(history->begin(), history->end(),
                            [](const AuditEntry& e) { return e.event == QLatin1String("request.expired"); }));
    } else {
        QCOMPARE(history->last().event, QStringLiteral("execution.refused"));
        QVERIFY(history->last().payloadObject().value(QStringLiteral("reason")).toString().contains(message));
    }
    if (situation == QLatin1String("late"))
        QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Expired);
}

void TestAgentEndToEnd::postedTwiceRunsOnce()
{
    action(QStringLiteral("mark"), QStringLiteral("echo ran >> '%1'\nsleep 0.3\n").arg(outFile(QStringLiteral("ran"))));
    const qint64 id = approved(QStringLiteral("mark"));
    Agent agent = startAgent(QStringLiteral("a1"), freePort());
    const Reply first = post(agent, id);
    const Reply second = post(agent, id);
    QCOMPARE(first.status, 202);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body.value(QStringLiteral("claimedAt")), first.body.value(QStringLiteral("claimedAt")));
    QCOMPARE(waitFinished(agent, id).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(post(agent, id).status, 200);
    QCOMPARE(lines(QStringLiteral("ran")).size(), 1);
}

void TestAgentEndToEnd::twoAgentsAtOnceRunItOnce()
{
    action(QStringLiteral("mark"),
           QStringLiteral("echo \"$CS_REQUEST_ID\" >> '%1'\nsleep 0.3\n").arg(outFile(QStringLiteral("ran"))));
    Agent a = startAgent(QStringLiteral("a1"), freePort());
    Agent b = startAgent(QStringLiteral("a2"), freePort());
    QList<qint64> ids;
    for (int round = 0; round < 10; ++round)
        ids.append(approved(QStringLiteral("mark")));
    // Both agents are asked for every request at the same moment.
    QList<QNetworkReply*> replies;
    for (qint64 id : std::as_const(ids)) {
        for (const Agent* agent : { &a, &b }) {
            QNetworkRequest request { QUrl(agent->url() + QStringLiteral("/v1/executions")) };
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_token);
            replies.append(m_net.post(request, canonicalJson(QJsonObject { { QStringLiteral("requestId"), id } })));
        }
    }
    for (QNetworkReply* reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 200 || status == 202, qPrintable(QString::number(status)));
        reply->deleteLater();
    }
    for (qint64 id : std::as_const(ids))
        QCOMPARE(waitFinished(a, id).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QStringList ran = lines(QStringLiteral("ran"));
    QCOMPARE(ran.size(), ids.size());
    ran.removeDuplicates();
    QCOMPARE(ran.size(), ids.size()); // each request ran exactly once
    auto verify = t->ws().audit().verify();
    QVERIFY2(verify->intact, qPrintable(verify->problem));
}

void TestAgentEndToEnd::timeoutKillsTheScriptAndItsChildren()
{
    action(QStringLiteral("slow"),
           QStringLiteral("sleep 30 &\necho $! > '%1'\necho $$ > '%2'\nwait\n")
               .arg(outFile(QStringLiteral("child")), outFile(QStringLiteral("parent"))),
           1);
    const qint64 id = approved(QStringLiteral("slow"));
    Agent agent = startAgent(QStringLiteral("a1"), freePort());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(post(agent, id).status, 202);
    const Reply done = waitFinished(agent, id);
    QCOMPARE(done.body.value(QStringLiteral("state")).toString(), QStringLiteral("timed_out"));
    QVERIFY2(clock.elapsed() < 8000, "the timeout did not stop the run");
    const qint64 child = lines(QStringLiteral("child")).value(0).toLongLong();
    const qint64 parent = lines(QStringLiteral("parent")).value(0).toLongLong();
    QVERIFY(child > 0 && parent > 0);
    QTRY_VERIFY(!alive(child));
    QTRY_VERIFY(!alive(parent));
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed);
    QVERIFY(done.body.value(QStringLiteral("error")).toString().contains(QLatin1String("longer than 1 s")));
}

void TestAgentEndToEnd::killedAgentMarksTheRunInterruptedAndNeverReruns()
{
    // A script with a child in the background and one in the foreground, then a marker.
    action(QStringLiteral("long"),
           QStringLiteral("echo $$ >> '%1'\nsleep 30 &\necho $! > '%2'\nsleep 2\necho done > '%3'\nwait\n")
               .arg(outFile(QStringLiteral("started")), outFile(QStringLiteral("child")),
                    outFile(QStringLiteral("marker"))));
    const qint64 id = approved(QStringLiteral("long"));
    const quint16 port = freePort();
    Agent agent = startAgent(QStringLiteral("a1"), port);
    QCOMPARE(post(agent, id).status, 202);
    QTRY_COMPARE(lines(QStringLiteral("child")).size(), 1);
    const qint64 script = lines(QStringLiteral("started")).value(0).toLongLong();
    const qint64 child = lines(QStringLiteral("child")).value(0).toLongLong();
    QVERIFY(alive(script) && alive(child));
    ::kill(static_cast<pid_t>(agent.process->processId()), SIGKILL);
    agent.process->waitForFinished();

    // The script's whole process group dies with its agent: nothing runs on unsupervised.
    QTRY_VERIFY_WITH_TIMEOUT(!alive(script), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(child), 2000);
    QTest::qWait(2500);
    QVERIFY2(!QFile::exists(outFile(QStringLiteral("marker"))), "the script went on after its agent was killed");

    Agent restarted = startAgent(QStringLiteral("a1"), m_port, 1);
    const Reply after = waitFinished(restarted, id);
    QCOMPARE(after.body.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    QCOMPARE(after.body.value(QStringLiteral("error")).toString(),
             QStringLiteral("The agent stopped while the script was running; the script may have completed. It was "
                            "not run again."));
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed);
    QTest::qWait(1500); // a sweep runs meanwhile; it must not start the script again
    QCOMPARE(lines(QStringLiteral("started")).size(), 1);
    QCOMPARE(post(restarted, id).body.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    QCOMPARE(t->ws().audit().entries(id)->last().event, QStringLiteral("execution.interrupted"));
}

void TestAgentEndToEnd::serviceUnitKillsTheScriptsWithTheAgent()
{
    // Under systemd, stopping the agent must end its scripts too, and the agent must see the stop
    // first so that it records the runs as interrupted: KillMode=mixed. ("control-group" signals
    // the scripts at the same moment; "process" or "none" would leave them running unsupervised.)
    const QString unit = QFINDTESTDATA("../packaging/countersign-agent.service");
    QVERIFY2(!unit.isEmpty(), "packaging/countersign-agent.service not found");
    QFile file(unit);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString section;
    QStringList killModes;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('[')))
            section = line;
        else if (section == QLatin1String("[Service]") && line.startsWith(QLatin1String("KillMode")))
            killModes << line.section(QLatin1Char('='), 1).trimmed();
    }
    QVERIFY2(killModes.size() <= 1, qPrintable(killModes.join(QLatin1Char(','))));
    QCOMPARE(killModes.value(0, QStringLiteral("control-group (the default)")), QStringLiteral("mixed"));
}

void TestAgentEndToEnd::endRecordedLateWhenTheDatabaseIsBack()
{
    action(QStringLiteral("work"),
           QStringLiteral("echo $$ > '%1'\nsleep 1\necho done\n").arg(outFile(QStringLiteral("started"))));
    const qint64 id = approved(QStringLiteral("work"));
    Agent agent = startAgent(QStringLiteral("a1"), m_port, 1);
    QTRY_COMPARE(lines(QStringLiteral("started")).size(), 1);
    auto outage = std::make_unique<DatabaseOutage>(t->path()); // across the script's end
    QTRY_VERIFY_WITH_TIMEOUT(journalHasALine(QStringLiteral("a1")), 30000);
    QFile kept(journal(QStringLiteral("a1")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QJsonObject line = QJsonDocument::fromJson(kept.readAll().trimmed()).object();
    QCOMPARE(line.value(QStringLiteral("requestId")).toInteger(), id);
    QCOMPARE(line.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE((*t->ws().executions().execution(id))->state, ExecutionState::Running);
    QTest::qWait(1500); // sweeps meanwhile keep failing
    QVERIFY(QFile::exists(journal(QStringLiteral("a1"))));
    const qint64 released = QDateTime::currentMSecsSinceEpoch();
    outage->release();

    // Recorded by a later sweep, as what it was and when, with no restart.
    QTRY_COMPARE_WITH_TIMEOUT((*t->ws().executions().execution(id))->state, ExecutionState::Succeeded, 15000);
    const Execution e = **t->ws().executions().execution(id);
    QCOMPARE(e.exitCode, std::optional<int>(0));
    QVERIFY2(e.finishedAt < released, "the end was stamped when recorded, not when the script ended");
    QCOMPARE(e.finishedAt, qint64(line.value(QStringLiteral("finishedAt")).toInteger()));
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Succeeded);
    QTRY_VERIFY(!QFile::exists(journal(QStringLiteral("a1"))));
    QCOMPARE(agent.process->state(), QProcess::Running);
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestAgentEndToEnd::endKeptAcrossAKillIsRecordedNotInterrupted()
{
    action(QStringLiteral("work"),
           QStringLiteral("echo $$ > '%1'\nsleep 1\nexit 0\n").arg(outFile(QStringLiteral("started"))));
    const qint64 id = approved(QStringLiteral("work"));
    Agent agent = startAgent(QStringLiteral("a1"), m_port);
    QTRY_COMPARE(lines(QStringLiteral("started")).size(), 1);
    auto outage = std::make_unique<DatabaseOutage>(t->path());
    QTRY_VERIFY_WITH_TIMEOUT(journalHasALine(QStringLiteral("a1")), 30000);
    ::kill(static_cast<pid_t>(agent.process->processId()), SIGKILL);
    agent.process->waitForFinished();
    QCOMPARE((*t->ws().executions().execution(id))->state, ExecutionState::Running); // only the journal knows
    outage->release();
    {
        // A line torn by a crash mid-write is skipped; the whole lines before it still count.
        QFile torn(journal(QStringLiteral("a1")));
        QVERIFY(torn.open(QIODevice::Append));
        torn.write(R"({"requestId":99,"agent":"a1","sta)");
    }

    Agent restarted = startAgent(QStringLiteral("a1"), m_port);
    const Execution e = **t->ws().executions().execution(id);
    QCOMPARE(e.state, ExecutionState::Succeeded); // its end was known: not "interrupted"
    QCOMPARE(e.exitCode, std::optional<int>(0));
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Succeeded);
    QCOMPARE(t->ws().audit().entries(id)->last().event, QStringLiteral("execution.finished"));
    QVERIFY(!QFile::exists(journal(QStringLiteral("a1"))));
    QCOMPARE(lines(QStringLiteral("started")).size(), 1);
    QCOMPARE(restarted.process->state(), QProcess::Running);
}

void TestAgentEndToEnd::startUpWaitsForTheDatabaseAndSaysWhy()
{
    // A run left running by a killed agent: the next start must write to record it interrupted.
    action(QStringLiteral("long"),
           QStringLiteral("echo $$ > '%1'\nsleep 30\n").arg(outFile(QStringLiteral("started"))));
    const qint64 id = approved(QStringLiteral("long"));
    {
        Agent agent = startAgent(QStringLiteral("a1"), m_port);
        QTRY_COMPARE(lines(QStringLiteral("started")).size(), 1);
        ::kill(static_cast<pid_t>(agent.process->processId()), SIGKILL);
        agent.process->waitForFinished();
    }
    // One line per wait, saying what and why (the workspace's open or the recording, whichever writes first).
    const QString wait = QStringLiteral(" yet; trying again in 0.5 s: ");
    auto outage = std::make_unique<DatabaseOutage>(t->path());

    // A stop signal while it waits ends it cleanly.
    Agent stopped = startAgent(QStringLiteral("a1"), m_port, 3600, {}, false);
    QString log;
    QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(stopped.process->readAll())).contains(wait), 30000);
    ::kill(static_cast<pid_t>(stopped.process->processId()), SIGTERM);
    QVERIFY2(stopped.process->waitForFinished(8000), "a stop signal did not end the start-up wait");
    QCOMPARE(stopped.process->exitCode(), 0);
    QVERIFY2(QString::fromUtf8(stopped.process->readAll()).contains(QLatin1String("stopped on SIGTERM during start-up"))
                 || log.contains(QLatin1String("stopped on SIGTERM during start-up")),
             qPrintable(log));

    // It waits, saying why, and comes up once the database takes writes again.
    Agent agent = startAgent(QStringLiteral("a1"), m_port, 3600, {}, false);
    log.clear();
    QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(agent.process->readAll())).contains(wait), 30000);
    QTest::qWait(1000);
    QCOMPARE(agent.process->state(), QProcess::Running);
    outage->release();
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += QString::fromUtf8(agent.process->readAll())).contains(QLatin1String("listening on")), 40000);
    QCOMPARE((*t->ws().executions().execution(id))->state, ExecutionState::Interrupted);
}

void TestAgentEndToEnd::stopSignalEndsTheRunCleanlyAndItNeverReruns_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("signalName");
    QTest::newRow("SIGTERM") << int(SIGTERM) << "SIGTERM";
    QTest::newRow("SIGINT") << int(SIGINT) << "SIGINT";
}

void TestAgentEndToEnd::stopSignalEndsTheRunCleanlyAndItNeverReruns()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, signalName);
    action(QStringLiteral("long"),
           QStringLiteral("echo $$ >> '%1'\nsleep 30 &\necho $! > '%2'\nwait\n")
               .arg(outFile(QStringLiteral("started")), outFile(QStringLiteral("child"))));
    const qint64 id = approved(QStringLiteral("long"));
    Agent agent = startAgent(QStringLiteral("a1"), m_port); // serves host1: its start-up sweep claims the request
    QTRY_COMPARE(lines(QStringLiteral("child")).size(), 1);
    const qint64 script = lines(QStringLiteral("started")).value(0).toLongLong();
    const qint64 child = lines(QStringLiteral("child")).value(0).toLongLong();
    QVERIFY(alive(script) && alive(child));

    QElapsedTimer clock;
    clock.start();
    ::kill(static_cast<pid_t>(agent.process->processId()), signalNumber);
    QVERIFY2(agent.process->waitForFinished(5000), "the agent did not stop within 5 s");
    QVERIFY2(clock.elapsed() < 5000, "the agent did not stop within 5 s");
    QCOMPARE(agent.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(agent.process->exitCode(), 0);
    const QString log = QString::fromUtf8(agent.process->readAll());
    // Time, type, category, then the agent's name (its login role on PostgreSQL) and the event.
    const QString line
        = QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3} info countersign\\.agent: [^:]+: %1$");
    for (const QString& expected :
         { QStringLiteral("stopping on %1").arg(signalName),
           QStringLiteral("request #%1 was interrupted by this stop; it will not run again").arg(id),
           QStringLiteral("stopped on %1").arg(signalName) })
        QVERIFY2(QRegularExpression(line.arg(QRegularExpression::escape(expected)), QRegularExpression::MultilineOption)
                     .match(log)
                     .hasMatch(),
                 qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("finished")), qPrintable(log)); // not recorded as a failed run

    // The script's whole process group is gone, and the run's end is on record before any restart.
    QTRY_VERIFY(!alive(script));
    QTRY_VERIFY(!alive(child));
    auto e = t->ws().executions().execution(id);
    QVERIFY(e.ok() && *e);
    QCOMPARE((*e)->state, ExecutionState::Interrupted);
    QVERIFY(!(*e)->exitCode);
    QCOMPARE(
        (*e)->error,
        QStringLiteral(
            "The agent stopped while the script was running; the script may have completed. It was not run again."));
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed);
    const auto events = [this, id] {
        QStringList names;
        const auto entries = t->ws().audit().entries(id);
        for (const AuditEntry& entry : *entries)
            names << entry.event;
        return names;
    };
    QCOMPARE(events().last(), QStringLiteral("execution.interrupted"));
    QCOMPARE(events().count(QStringLiteral("execution.claimed")), 1);

    // A restarted agent, sweeping every second, neither runs it again nor reports it anew.
    Agent restarted = startAgent(QStringLiteral("a1"), m_port, 1);
    QTest::qWait(1500);
    QCOMPARE(lines(QStringLiteral("started")).size(), 1);
    QCOMPARE(post(restarted, id).body.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    QCOMPARE(events().count(QStringLiteral("execution.claimed")), 1);
    QCOMPARE(events().count(QStringLiteral("execution.interrupted")), 1);
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestAgentEndToEnd::backlogIsClaimedAsSlotsFreeUp()
{
    action(QStringLiteral("slow"), QStringLiteral("echo run >> '%1'\nsleep 1\n").arg(outFile(QStringLiteral("runs"))));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << approved(QStringLiteral("slow"));
    // One slot and no periodic sweep to speak of: the backlog drains only as runs finish.
    Agent agent = startAgent(QStringLiteral("a1"), m_port, 600, QStringLiteral(R"(, "concurrency": 1)"));
    const auto claimed = [this] {
        auto q = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM executions"));
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    };
    QTRY_COMPARE(lines(QStringLiteral("runs")).size(), 1);
    QCOMPARE(claimed(), 1); // a claim is a promise to run now; the others stay open to any agent
    for (qint64 id : std::as_const(ids))
        QCOMPARE(waitFinished(agent, id).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(lines(QStringLiteral("runs")).size(), 5);
    QCOMPARE(claimed(), 5);
}

void TestAgentEndToEnd::approvedWhileTheAgentIsDownRunsWhenItStarts()
{
    action(QStringLiteral("mark"), QStringLiteral("echo ran >> '%1'\n").arg(outFile(QStringLiteral("ran"))));
    const qint64 id = approved(QStringLiteral("mark"));
    QVERIFY(!*t->ws().executions().execution(id));
    Agent agent = startAgent(QStringLiteral("a1"), m_port); // serves host1's URL: its start-up sweep finds the request
    QCOMPARE(waitFinished(agent, id).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(lines(QStringLiteral("ran")).size(), 1);
    QCOMPARE(t->ws()
                 .audit()
                 .entries(id)
                 ->at(t->ws().audit().entries(id)->size() - 3)
                 .payloadObject()
                 .value(QStringLiteral("caller"))
                 .toString(),
             QStringLiteral("sweep"));
}

// An approval from the CLI (or anything but the desktop client, which calls the agent itself)
// reaches an agent on PostgreSQL by notification: it starts within seconds although the agent
// sweeps only every minute.
void TestAgentEndToEnd::approvedElsewhereStartsAtOnceOnPostgres()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("SQLite has no notifications: approvals from elsewhere start at the agent's sweep (pollSeconds)");
    action(QStringLiteral("mark"), QStringLiteral("echo ran >> '%1'\n").arg(outFile(QStringLiteral("ran"))));
    const qint64 before = approved(QStringLiteral("mark"));
    Agent agent = startAgent(QStringLiteral("a1"), m_port, 60);
    // Run by the start-up sweep: from here on, only a notification can start anything soon.
    QCOMPARE(waitFinished(agent, before).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        const qint64 id = approved(QStringLiteral("mark")); // RequestService::decide, as `countersign-cli approve`
        QTRY_VERIFY_WITH_TIMEOUT(lines(QStringLiteral("ran")).size() == i + 2, 5000);
        qInfo("request #%lld ran %lld ms after its approval", id, clock.elapsed());
        QCOMPARE(waitFinished(agent, id).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    }
    QCOMPARE(lines(QStringLiteral("ran")).size(), 4); // each exactly once
}

// Notifications sent while the agent's listening connection is down are lost: once the connection
// is back (terminated by a DBA here), the agent listens again and sweeps for what it missed.
void TestAgentEndToEnd::approvalsInAConnectionGapStartOnceItIsBack()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only: SQLite has no notifications");
    action(QStringLiteral("mark"), QStringLiteral("echo ran >> '%1'\n").arg(outFile(QStringLiteral("ran"))));
    const qint64 first = approved(QStringLiteral("mark"));
    Agent agent = startAgent(QStringLiteral("a1"), m_port, 60);
    QCOMPARE(waitFinished(agent, first).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));

    // Every connection of the agent's goes (the test's own stays), and then a request is approved.
    auto terminated = t->db().exec(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                  "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
    QVERIFY2(terminated.ok(), qPrintable(terminated.error().message));
    QVERIFY(terminated->next());
    QVERIFY2(terminated->value(0).toInt() >= 2, "the agent's listening and working connections");
    terminated->finish();
    const qint64 inGap = approved(QStringLiteral("mark"));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += agent.process->readAll(), lines(QStringLiteral("ran")).size() == 2), 10000);
    QCOMPARE(waitFinished(agent, inGap).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QTRY_VERIFY2((log += agent.process->readAll()).contains("listening for approvals again"), log.constData());

    // Listening again: the next approval starts by its notification (the heartbeat does not sweep
    // while the connection stays up, the periodic sweep is a minute away).
    const qint64 after = approved(QStringLiteral("mark"));
    QTRY_VERIFY_WITH_TIMEOUT(lines(QStringLiteral("ran")).size() == 3, 5000);
    QCOMPARE(waitFinished(agent, after).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
}

void TestAgentEndToEnd::secretsAreMaskedAndForgottenAfterTheRun()
{
    action(QStringLiteral("secret"),
           QStringLiteral("echo \"pin is $CS_PARAM_PIN\"\nsleep 0.2\necho \"still $CS_PARAM_PIN here\"\n"));
    const QString pin = QStringLiteral("s3cr3t-Pin-4711");
    const qint64 id = approved(QStringLiteral("secret"), { { QStringLiteral("pin"), pin } });
    Agent agent = startAgent(QStringLiteral("a1"), freePort());
    QCOMPARE(post(agent, id).status, 202);
    const QString output = waitFinished(agent, id).body.value(QStringLiteral("output")).toString();
    QCOMPARE(output, QStringLiteral("pin is ********\nstill ******** here\n"));
    auto left = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM request_secrets WHERE request_id = ?"), { id });
    QVERIFY(left.ok() && left->next());
    QCOMPARE(left->value(0).toInt(), 0);
    left->finish();
    auto anywhere = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE payload LIKE ?"),
                                 { QStringLiteral("%4711%") });
    QVERIFY(anywhere.ok() && anywhere->next());
    QCOMPARE(anywhere->value(0).toInt(), 0);
}

void TestAgentEndToEnd::changedActionIsNotRun()
{
    action(QStringLiteral("mark"), QStringLiteral("echo ran >> '%1'\n").arg(outFile(QStringLiteral("ran"))));
    const qint64 id = approved(QStringLiteral("mark"));
    action(QStringLiteral("mark"), QStringLiteral("echo changed >> '%1'\n").arg(outFile(QStringLiteral("ran"))));
    Agent agent = startAgent(QStringLiteral("a1"), freePort());
    const Reply refused = post(agent, id);
    QCOMPARE(refused.status, 409);
    QVERIFY(refused.body.value(QStringLiteral("error")).toString().contains(QLatin1String("changed after request")));
    QVERIFY(!QFile::exists(outFile(QStringLiteral("ran"))));
    // Asked again, the same answer: never a 2xx a caller could take for "accepted".
    const Reply again = post(agent, id);
    QCOMPARE(again.status, 409);
    QVERIFY(again.body.value(QStringLiteral("error")).toString().contains(QLatin1String("changed after request")));

    // It can never run: it ends as failed with the reason, and an agent polling every second for
    // host1 does not refuse it again and again (it did every poll, until its deadline).
    [[maybe_unused]] Agent poller = startAgent(QStringLiteral("a2"), m_port, 1);
    QTest::qWait(3500);
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Failed);
    auto history = t->ws().audit().entries(id);
    QVERIFY(history.ok());
    QCOMPARE(std::count_if(history->begin(), history->end(),
                           [](const AuditEntry& e) { return e.event == QLatin1String("execution.refused"); }),
             1);
    QVERIFY(!QFile::exists(outFile(QStringLiteral("ran"))));
    if (TestWorkspace::onPostgres())
        return; // the CLI's --as is SQLite identity
    const CliRun shown = cli({ QStringLiteral("--as"), QStringLiteral("req"), QStringLiteral("show"),
                               QString::number(id), QStringLiteral("--json") });
    QCOMPARE(shown.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY(json.value(QStringLiteral("refusal")).toString().contains(QLatin1String("changed after request")));
    const QJsonObject execution = json.value(QStringLiteral("execution")).toObject();
    QCOMPARE(execution.value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
    QVERIFY2(execution.value(QStringLiteral("error")).toString().contains(QLatin1String("changed after request")),
             qPrintable(shown.out));
}

void TestAgentEndToEnd::cliLogsInAndExecutes()
{
    if (TestWorkspace::onPostgres())
        QSKIP("drives the CLI with --as (SQLite identity); PostgreSQL identity is tested in tst_pg_permissions");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && qEnvironmentVariableIsEmpty("CS_REQUIRE_KEYCHAIN"))
        QSKIP("no session bus: run through packaging/test.sh");
    action(QStringLiteral("hello"), QStringLiteral("echo \"hello $CS_PARAM_TEXT\"\nexit 3\n"));
    Agent agent = startAgent(QStringLiteral("a1"), freePort()); // serves nobody by URL: only the CLI's call runs it
    const QString url = agent.url();
    TestWorkspace::must(
        t->ws().admin().addTarget(QStringLiteral("root"),
                                  { QStringLiteral("host2"), QStringLiteral("server"), url, {}, {}, 0 }),
        "target");
    // Point the action at host2, this agent's URL, with no approval needed: a bypass run.
    QJsonObject moved
        = QJsonDocument::fromJson(
              canonicalJson(t->ws().actions().currentVersion(QStringLiteral("hello"))->definition.toJson()))
              .object();
    moved.insert(QStringLiteral("targets"), QJsonArray { QStringLiteral("host2") });
    moved.insert(QStringLiteral("policy"), QJsonObject { { QStringLiteral("approvalRequired"), false } });
    t->action(canonicalJson(moved));
    auto direct = t->ws().requests().submit(QStringLiteral("req"),
                                            { QStringLiteral("hello"),
                                              { { QStringLiteral("text"), QStringLiteral("world") } },
                                              { QStringLiteral("host2") },
                                              QStringLiteral("x") },
                                            SubmitMode::RunDirect);
    QVERIFY2(direct.ok(), qPrintable(direct.error().message));

    const CliRun refused
        = cli({ QStringLiteral("--as"), QStringLiteral("req"), QStringLiteral("agent"), QStringLiteral("login"), url },
              "not-the-token\n");
    QCOMPARE(refused.code, 4);
    QVERIFY(refused.err.contains(QLatin1String("refused the token. Nothing was stored.")));
    const CliRun login
        = cli({ QStringLiteral("--as"), QStringLiteral("req"), QStringLiteral("agent"), QStringLiteral("login"), url },
              m_token + '\n');
    QVERIFY2(login.code == 0, qPrintable(login.err));
    const CliRun run = cli(
        { QStringLiteral("--as"), QStringLiteral("req"), QStringLiteral("execute"), QString::number(direct->id) });
    QCOMPARE(run.code, 1); // the script exits 3: the run failed, and the CLI says so
    QVERIFY2(run.out.contains(QLatin1String("| hello world")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("Request #%1 failed with exit code 3.").arg(direct->id)),
             qPrintable(run.err));
    const CliRun shown = cli({ QStringLiteral("--as"), QStringLiteral("req"), QStringLiteral("show"),
                               QString::number(direct->id), QStringLiteral("--json") });
    const QJsonObject execution
        = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("execution")).toObject();
    QCOMPARE(execution.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(execution.value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(t->ws().requestStore().load(direct->id)->state, RequestState::Failed);
}

void TestAgentEndToEnd::withoutAKeychainNothingIsWritten()
{
    if (TestWorkspace::onPostgres())
        QSKIP("drives the CLI with --as (SQLite identity); PostgreSQL identity is tested in tst_pg_permissions");
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    Agent agent = startAgent(QStringLiteral("a1"), freePort());
    const CliRun login = cli({ QStringLiteral("--as"), QStringLiteral("req"), QStringLiteral("agent"),
                               QStringLiteral("login"), agent.url() },
                             m_token + '\n', env);
    QCOMPARE(login.code, 6);
    QVERIFY2(login.err.contains(QLatin1String("The system keychain is not available"))
                 && login.err.contains(QLatin1String("nothing was written anywhere else")),
             qPrintable(login.err));
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(m_token), qPrintable(f.fileName() + QStringLiteral(" holds the token")));
    }
}

void TestAgentEndToEnd::unreachableAgentLeavesTheReasonAndRunsWhenBack()
{
    if (TestWorkspace::onPostgres())
        QSKIP("drives the CLI with --as (SQLite identity); PostgreSQL identity is tested in tst_pg_permissions");
    action(QStringLiteral("mark"), QStringLiteral("echo ran >> '%1'\n").arg(outFile(QStringLiteral("ran"))));
    const qint64 id = approved(QStringLiteral("mark"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COUNTERSIGN_AGENT_TOKEN"), QString::fromLatin1(m_token));
    const CliRun down = cli(
        { QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("execute"), QString::number(id) }, {}, env);
    QCOMPARE(down.code, 5);
    QVERIFY2(down.err.contains(QLatin1String("cannot be reached")), qPrintable(down.err));
    const CliRun waiting
        = cli({ QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("show"), QString::number(id) });
    QVERIFY2(waiting.out.contains(QStringLiteral("Execution: waiting for the agent at http://127.0.0.1:%1").arg(m_port))
                 && waiting.out.contains(QLatin1String("It runs when the agent is back.")),
             qPrintable(waiting.out));
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Approved);

    Agent agent = startAgent(QStringLiteral("a1"), m_port); // back: its start-up sweep takes the request
    QCOMPARE(waitFinished(agent, id).body.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    const CliRun after
        = cli({ QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("show"), QString::number(id) });
    QVERIFY2(after.out.contains(QLatin1String("Execution: succeeded on agent a1")), qPrintable(after.out));
}

void TestAgentEndToEnd::servesHttpsWithTheConfiguredCertificate()
{
    const QString cert = outFile(QStringLiteral("agent.crt"));
    const QString key = outFile(QStringLiteral("agent.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key,
                    QStringLiteral("-out"), cert });
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    action(QStringLiteral("mark"), QStringLiteral("echo ran >> '%1'\n").arg(outFile(QStringLiteral("ran"))));
    const qint64 id = approved(QStringLiteral("mark"));
    Agent agent = startAgent(QStringLiteral("tls"), freePort(), 3600,
                             QStringLiteral(R"(, "tls": { "certificate": "%1", "key": "%2" })").arg(cert, key));
    const QString https = QStringLiteral("https://127.0.0.1:%1").arg(agent.port);
    QCOMPARE(call("GET", https + QStringLiteral("/v1/health"), {}).status, 200);
    const Reply accepted = call("POST", https + QStringLiteral("/v1/executions"), m_token,
                                canonicalJson(QJsonObject { { QStringLiteral("requestId"), id } }));
    QCOMPARE(accepted.status, 202);
    QCOMPARE(call("GET", agent.url() + QStringLiteral("/v1/health"), {}).status, 0); // no plain HTTP on a TLS agent
    QTRY_COMPARE(lines(QStringLiteral("ran")).size(), 1);
}

QTEST_GUILESS_MAIN(TestAgentEndToEnd)
#include "tst_agent_e2e.moc"
