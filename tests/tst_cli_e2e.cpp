// Drives the real countersign-cli binary on a temporary SQLite file.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <support/testworkspace.h>

namespace {

const QString kRolePassword = QStringLiteral("cli-e2e-role-password");

struct Run
{
    int code = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

class TestCliEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fullTwoPhaseScenario();
    void notifyCommandsAndWhoCanApprove();
    void delegationFromTheCommandLine();
    void badInputGetsOneClearLineAndChangesNothing_data();
    void badInputGetsOneClearLineAndChangesNothing();
    void approvingAnExpiredRequest();
    void auditVerifyNamesTamperedEntries_data();
    void auditVerifyNamesTamperedEntries();
    void demoWorkspace();
    void everyReadSpeaksJson();
    void missingWorkspaceIsAClearError();
    void executeWithoutAnAgentFailsAtOnce();
    void executeAnsweredOutcomeUnknownExits8_data();
    void executeAnsweredOutcomeUnknownExits8();
    void requestKeyMakesRetriesSafe();
    void showNamesThePhaseARejectionEndedIn();
    void evidencePdfSpeaksTheReadersLanguage();
    void importWarnsAboutTheRequestsItStrands();
    void secretParametersStayOffTheCommandLine();
    void workspaceOpenToOthersIsWarnedAboutAfterSuccess();
    void peopleAndTargetsAreEditedDisabledAndRemoved();
    void approveAndRejectManyReportEachRequest();
    void feedbackDecidesNothingAndShowsApart();
    void approvalWebhookCommands(); // issue 17

private:
    QSqlDatabase direct(const QString& name);
    QString urlAs(const QString& login) const;
    void givePasswords(const QStringList& logins);
    void expandNotices();
    std::unique_ptr<TestWorkspace> m_pg; // PostgreSQL runs: the database, reached as the superuser
    // input: what the command reads on standard input (closed after it).
    Run cli(const QStringList& args, const QString& as = QStringLiteral("root"), const QByteArray& now = {},
            const QByteArray& input = {});
    void setUpDirectory();
    QString writeFile(const QString& name, const QByteArray& content);
    QString fingerprint();
    qint64 requestApproval();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_extraEnv; // added to every run's environment
};

Run TestCliEndToEnd::cli(const QStringList& args, const QString& as, const QByteArray& now, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COUNTERSIGN_DB"), m_db);
    if (m_pg) {
        env.insert(QStringLiteral("COUNTERSIGN_DB"), as == QLatin1String("superuser") ? m_pg->path() : urlAs(as));
        env.insert(QStringLiteral("PGPASSWORD"), as == QLatin1String("superuser") ? m_pg->password() : kRolePassword);
    }
    if (!now.isEmpty())
        env.insert(QStringLiteral("COUNTERSIGN_TEST_NOW"), QString::fromLatin1(now));
    env.insert(m_extraEnv);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CS_CLI_PATH), (m_pg ? QStringList() : QStringList { QStringLiteral("--as"), as }) + args);
    p.write(input);
    p.closeWriteChannel();
    // Events keep flowing while it runs: a test may serve the CLI from this thread (a fake agent).
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000))
        qFatal("countersign-cli did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QString TestCliEndToEnd::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

// Everything a bad command must leave untouched.
QSqlDatabase TestCliEndToEnd::direct(const QString& name)
{
    // Straight to the data, around Countersign: SQLite's file, or PostgreSQL as the cluster's superuser.
    if (!m_pg) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db);
        return db;
    }
    const QUrl url(m_pg->path());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(m_pg->password());
    return db;
}

QString TestCliEndToEnd::fingerprint()
{
    QString out;
    {
        QSqlDatabase db = direct(QStringLiteral("fingerprint"));
        if (!db.open())
            qFatal("cannot open the workspace");
        for (const char* sql : { "SELECT id, state, phase, digest FROM requests ORDER BY id",
                                 "SELECT request_id, approver, verdict FROM decisions ORDER BY id",
                                 "SELECT seq, hash FROM audit_log ORDER BY seq",
                                 "SELECT action, version FROM action_versions ORDER BY action, version" }) {
            QSqlQuery q(db);
            q.exec(QString::fromLatin1(sql));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fingerprint"));
    return out;
}

void TestCliEndToEnd::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.db"));
    m_pg.reset();
    m_extraEnv = QProcessEnvironment();
    if (TestWorkspace::onPostgres())
        m_pg = std::make_unique<TestWorkspace>(false); // a fresh, empty database; people become login roles
}

QString TestCliEndToEnd::urlAs(const QString& login) const
{
    QUrl url(m_pg->path());
    url.setUserName(login.trimmed().toLower()); // role names are case-sensitive; Countersign logins are not
    return url.toString();
}

void TestCliEndToEnd::givePasswords(const QStringList& logins)
{
    if (!m_pg)
        return;
    for (const QString& login : logins)
        if (!m_pg->db().exec(QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(login, kRolePassword)).ok())
            qFatal("cannot give %s a password", qPrintable(login));
}

void TestCliEndToEnd::expandNotices()
{
    // No agent runs here: do what its sender does first, choose the recipients of the events.
    if (m_pg) {
        auto done = m_pg->ws().notify().expandEvents(1000);
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        return;
    }
    auto db = cs::Database::openSqlite(m_db);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    cs::SystemClock clock;
    cs::Workspace ws(std::move(db).value(), clock);
    auto done = ws.notify().expandEvents(1000);
    QVERIFY2(done.ok(), qPrintable(done.error().message));
}

void TestCliEndToEnd::setUpDirectory()
{
    if (m_pg) {
        const Run setup = cli({ QStringLiteral("admin"), QStringLiteral("setup-postgres"), QStringLiteral("--admin"),
                                QStringLiteral("root") },
                              QStringLiteral("superuser"));
        QVERIFY2(setup.code == 0, qPrintable(setup.err));
        givePasswords({ QStringLiteral("root") });
    }
    QList<QStringList> steps {
        { QStringLiteral("init") },
        { QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("helpdesk") },
        { QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("reviewers"), QStringLiteral("--description"),
          QStringLiteral("Technical review") },
        { QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("security") },
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--name"),
          QStringLiteral("Alice A"), QStringLiteral("--email"), QStringLiteral("alice@example.com") },
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--name"),
          QStringLiteral("Bob B") },
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol") },
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("erin"), QStringLiteral("--role"),
          QStringLiteral("auditor") },
        { QStringLiteral("group"), QStringLiteral("add-member"), QStringLiteral("helpdesk"), QStringLiteral("alice") },
        { QStringLiteral("group"), QStringLiteral("add-member"), QStringLiteral("reviewers"), QStringLiteral("bob") },
        { QStringLiteral("group"), QStringLiteral("add-member"), QStringLiteral("security"), QStringLiteral("carol") },
        { QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("db01"), QStringLiteral("--kind"),
          QStringLiteral("database"), QStringLiteral("--agent"), QStringLiteral("http://127.0.0.1:8765"),
          QStringLiteral("--attr"), QStringLiteral("environment=production") },
    };
    if (m_pg)
        steps.removeFirst(); // setup-postgres made the workspace and its first admin
    for (const QStringList& step : steps) {
        const Run r = cli(step);
        QVERIFY2(r.code == 0, qPrintable(step.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    givePasswords({ QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("erin") });
    const QString action = writeFile(QStringLiteral("action.json"), R"({
        "name": "grant-db-access", "description": "Grant database access", "script": "echo grant",
        "requesterGroups": ["helpdesk"], "targetKind": "database",
        "parameters": [ { "name": "account", "type": "string", "required": true, "pattern": "[a-z]+" },
                        { "name": "days", "type": "integer", "min": 1, "max": 30, "default": 7 } ],
        "policy": { "deadlineHours": 24, "rules": [ { "name": "default", "phases": [
            { "name": "Technical review", "approve": { "group": "reviewers" } },
            { "name": "Security sign-off", "approve": { "group": "security" } } ] } ] } })");
    const Run imported = cli({ QStringLiteral("action"), QStringLiteral("import"), action, QStringLiteral("--json") });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QCOMPARE(imported.json().object().value(QStringLiteral("version")).toInt(), 1);
}

void TestCliEndToEnd::delegationFromTheCommandLine()
{
    setUpDirectory();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString from = now.addSecs(-60).toString(Qt::ISODate);
    const QString until = now.addDays(2).toString(Qt::ISODate);
    // Only admins hand over someone else's approvals.
    Run r = cli({ QStringLiteral("delegate"), QStringLiteral("add"), QStringLiteral("--to"), QStringLiteral("erin"),
                  QStringLiteral("--from"), from, QStringLiteral("--until"), until, QStringLiteral("--for"),
                  QStringLiteral("bob") },
                QStringLiteral("alice"));
    QCOMPARE(r.code, 4);
    r = cli({ QStringLiteral("delegate"), QStringLiteral("add"), QStringLiteral("--to"), QStringLiteral("bob"),
              QStringLiteral("--from"), from, QStringLiteral("--until"), until },
            QStringLiteral("bob"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("themselves")), qPrintable(r.err));
    r = cli({ QStringLiteral("delegate"), QStringLiteral("add"), QStringLiteral("--to"), QStringLiteral("erin"),
              QStringLiteral("--from"), from, QStringLiteral("--until"), until, QStringLiteral("--json") },
            QStringLiteral("bob"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("delegate"), QStringLiteral("list"), QStringLiteral("--json") }, QStringLiteral("erin"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().array().size(), 1);
    const QJsonObject d = r.json().array().first().toObject();
    QCOMPARE(d.value(QStringLiteral("delegator")).toString(), QStringLiteral("bob"));
    QCOMPARE(d.value(QStringLiteral("until")).toString(), until); // the time too, not only the day
    const QString delegation = QString::number(d.value(QStringLiteral("id")).toInteger());

    // erin sees bob's item and decides it for him; both names are shown and recorded.
    const qint64 id = requestApproval();
    r = cli({ QStringLiteral("list"), QStringLiteral("incoming"), QStringLiteral("--json") }, QStringLiteral("erin"));
    QCOMPARE(r.json().array().size(), 1);
    r = cli({ QStringLiteral("approve"), QString::number(id), QStringLiteral("--comment"), QStringLiteral("for bob") },
            QStringLiteral("erin"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob"));
    QCOMPARE(r.code, 5); // bob's vote is cast
    r = cli({ QStringLiteral("show"), QString::number(id), QStringLiteral("--json") }, QStringLiteral("alice"));
    const QJsonObject decision = r.json().object().value(QStringLiteral("decisions")).toArray().first().toObject();
    QCOMPARE(decision.value(QStringLiteral("approver")).toString(), QStringLiteral("bob"));
    QCOMPARE(decision.value(QStringLiteral("decidedBy")).toString(), QStringLiteral("erin"));
    r = cli({ QStringLiteral("show"), QString::number(id) }, QStringLiteral("alice"));
    QVERIFY2(r.out.contains(QLatin1String("erin for bob approved in phase 1")), qPrintable(r.out));
    r = cli({ QStringLiteral("approve"), QString::number(id) }, QStringLiteral("carol"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json") });
    bool audited = false;
    for (const QJsonValue& e : r.json().array()) {
        const QJsonObject o = e.toObject();
        audited = audited
            || (o.value(QStringLiteral("event")).toString() == QLatin1String("decision.approved")
                && o.value(QStringLiteral("actor")).toString() == QLatin1String("erin")
                && o.value(QStringLiteral("payload")).toObject().value(QStringLiteral("onBehalfOf")).toString()
                    == QLatin1String("bob"));
    }
    QVERIFY2(audited, qPrintable(r.out.left(2000)));

    // Only bob (or an admin) ends it; then it is gone from the list.
    QCOMPARE(cli({ QStringLiteral("delegate"), QStringLiteral("end"), delegation }, QStringLiteral("erin")).code, 4);
    r = cli({ QStringLiteral("delegate"), QStringLiteral("end"), delegation }, QStringLiteral("bob"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("delegate"), QStringLiteral("list") }, QStringLiteral("bob"));
    QVERIFY2(r.out.contains(QLatin1String("No current delegations.")), qPrintable(r.out));
}

void TestCliEndToEnd::notifyCommandsAndWhoCanApprove()
{
    setUpDirectory();
    const Run requested
        = cli({ QStringLiteral("request"), QStringLiteral("grant-db-access"), QStringLiteral("--param"),
                QStringLiteral("account=jdoe"), QStringLiteral("--target"), QStringLiteral("db01"),
                QStringLiteral("--comment"), QStringLiteral("new colleague"), QStringLiteral("--json") },
              QStringLiteral("alice"));
    QVERIFY2(requested.code == 0, qPrintable(requested.err));
    const QString id = QString::number(requested.json().object().value(QStringLiteral("id")).toInteger());
    // Who can approve, for the requester: the open phase's people.
    Run r = cli({ QStringLiteral("show"), id }, QStringLiteral("alice"));
    QVERIFY2(r.out.contains(QLatin1String("Can approve: bob\n")), qPrintable(r.out));
    r = cli({ QStringLiteral("show"), id, QStringLiteral("--json") }, QStringLiteral("alice"));
    const QJsonObject who = r.json().object().value(QStringLiteral("whoCanApprove")).toObject();
    QCOMPARE(who.value(QStringLiteral("phaseName")).toString(), QStringLiteral("Technical review"));
    QCOMPARE(who.value(QStringLiteral("logins")).toArray(), QJsonArray { QStringLiteral("bob") });

    // Preferences: one's own; admins' defaults, mandatory ones cannot be switched off.
    r = cli({ QStringLiteral("notify"), QStringLiteral("set"), QStringLiteral("approval_needed"),
              QStringLiteral("digest") },
            QStringLiteral("bob"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("notify"), QStringLiteral("prefs"), QStringLiteral("--json") }, QStringLiteral("bob"));
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("digest"));
    r = cli({ QStringLiteral("notify"), QStringLiteral("set"), QStringLiteral("failed"), QStringLiteral("immediate"),
              QStringLiteral("--default") },
            QStringLiteral("bob"));
    QCOMPARE(r.code, 4);
    r = cli({ QStringLiteral("notify"), QStringLiteral("set"), QStringLiteral("failed"), QStringLiteral("immediate"),
              QStringLiteral("--mandatory") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("notify"), QStringLiteral("set"), QStringLiteral("failed"), QStringLiteral("off") },
            QStringLiteral("bob"));
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("mandatory")), qPrintable(r.err));

    // Webhooks: admins add and re-enable them; auditors read them.
    const QStringList add { QStringLiteral("notify"),
                            QStringLiteral("webhook"),
                            QStringLiteral("add"),
                            QStringLiteral("chat"),
                            QStringLiteral("https://hooks.example.com/T1"),
                            QStringLiteral("--format"),
                            QStringLiteral("slack") };
    QCOMPARE(cli(add, QStringLiteral("alice")).code, 4);
    r = cli(add);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("notify"), QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json") },
            QStringLiteral("erin"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().array().size(), 1);
    QVERIFY(r.json().array().first().toObject().value(QStringLiteral("enabled")).toBool());
    for (const QString& verb : { QStringLiteral("enable"), QStringLiteral("test") }) {
        r = cli({ QStringLiteral("notify"), QStringLiteral("webhook"), verb, QStringLiteral("chat") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    QCOMPARE(
        cli({ QStringLiteral("notify"), QStringLiteral("webhook"), QStringLiteral("test"), QStringLiteral("nosuch") })
            .code,
        3);
    expandNotices();
    r = cli({ QStringLiteral("notify"), QStringLiteral("outbox"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = r.json().array();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.last().toObject().value(QStringLiteral("event")).toString(), QStringLiteral("test"));
    QCOMPARE(rows.last().toObject().value(QStringLiteral("recipient")).toString(), QStringLiteral("chat"));
    QCOMPARE(cli({ QStringLiteral("notify"), QStringLiteral("outbox") }, QStringLiteral("alice")).code, 4);
}

void TestCliEndToEnd::executeWithoutAnAgentFailsAtOnce()
{
    setUpDirectory();
    QCOMPARE(cli({ QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("db02"), QStringLiteral("--kind"),
                   QStringLiteral("database") })
                 .code,
             0);
    const Run requested
        = cli({ QStringLiteral("request"), QStringLiteral("grant-db-access"), QStringLiteral("--param"),
                QStringLiteral("account=jdoe"), QStringLiteral("--target"), QStringLiteral("db02"),
                QStringLiteral("--comment"), QStringLiteral("no agent here"), QStringLiteral("--json") },
              QStringLiteral("alice"));
    QVERIFY2(requested.code == 0, qPrintable(requested.err));
    const QString id = QString::number(requested.json().object().value(QStringLiteral("id")).toInteger());
    QCOMPARE(cli({ QStringLiteral("approve"), id }, QStringLiteral("bob")).code, 0);
    QCOMPARE(cli({ QStringLiteral("approve"), id }, QStringLiteral("carol")).code, 0);
    for (const QStringList& extra : { QStringList {}, QStringList { QStringLiteral("--no-wait") } }) {
        QElapsedTimer timer;
        timer.start();
        const Run r = cli(QStringList { QStringLiteral("execute"), id } + extra, QStringLiteral("alice"));
        QVERIFY2(timer.elapsed() < 10000, "execute must not wait for an agent that no target names");
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("\"db02\"")) && r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
    }
}

void TestCliEndToEnd::executeAnsweredOutcomeUnknownExits8_data()
{
    QTest::addColumn<bool>("answers");
    QTest::newRow("503 from the agent") << true;
    QTest::newRow("cut off after the request was sent") << false;
}

void TestCliEndToEnd::executeAnsweredOutcomeUnknownExits8()
{
    // An agent whose database did not say whether the claim was saved answers 503, and one whose
    // connection breaks after it had the request says nothing: either way the run may be under
    // way, so the script must look before retrying (exit 8), not treat it as refused (5).
    QFETCH(bool, answers);
    QTcpServer agent;
    QVERIFY(agent.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&agent, &QTcpServer::newConnection, &agent, [&] {
        QTcpSocket* socket = agent.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&received, socket, answers] {
            received += socket->readAll();
            const qsizetype headerEnd = received.indexOf("\r\n\r\n");
            if (headerEnd < 0 || !received.contains("\"requestId\""))
                return; // the body is not all here yet
            if (!answers) {
                socket->abort();
                return;
            }
            const QByteArray body = R"({"error":"The connection to the database broke while saving."})";
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    setUpDirectory();
    QCOMPARE(cli({ QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("db03"), QStringLiteral("--kind"),
                   QStringLiteral("database"), QStringLiteral("--agent"),
                   QStringLiteral("http://127.0.0.1:%1").arg(agent.serverPort()) })
                 .code,
             0);
    const Run requested
        = cli({ QStringLiteral("request"), QStringLiteral("grant-db-access"), QStringLiteral("--param"),
                QStringLiteral("account=jdoe"), QStringLiteral("--target"), QStringLiteral("db03"),
                QStringLiteral("--comment"), QStringLiteral("agent in trouble"), QStringLiteral("--json") },
              QStringLiteral("alice"));
    QVERIFY2(requested.code == 0, qPrintable(requested.err));
    const QString id = QString::number(requested.json().object().value(QStringLiteral("id")).toInteger());
    QCOMPARE(cli({ QStringLiteral("approve"), id }, QStringLiteral("bob")).code, 0);
    QCOMPARE(cli({ QStringLiteral("approve"), id }, QStringLiteral("carol")).code, 0);
    m_extraEnv.insert(QStringLiteral("COUNTERSIGN_AGENT_TOKEN"), QStringLiteral("token"));
    const Run r = cli({ QStringLiteral("execute"), id, QStringLiteral("--no-wait") }, QStringLiteral("alice"));
    QVERIFY2(received.startsWith("POST /v1/executions"), received.constData());
    QCOMPARE(r.code, 8);
    QVERIFY2(
        r.err.contains(answers ? QLatin1String("broke while saving") : QLatin1String("may or may not have started")),
        qPrintable(r.err));
}

void TestCliEndToEnd::requestKeyMakesRetriesSafe()
{
    setUpDirectory();
    const QStringList args { QStringLiteral("request"),   QStringLiteral("grant-db-access"),
                             QStringLiteral("--param"),   QStringLiteral("account=jdoe"),
                             QStringLiteral("--target"),  QStringLiteral("db01"),
                             QStringLiteral("--comment"), QStringLiteral("ticket 4711"),
                             QStringLiteral("--key"),     QStringLiteral("ticket-4711"),
                             QStringLiteral("--json") };
    const Run first = cli(args, QStringLiteral("alice"));
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QCOMPARE(first.json().object().value(QStringLiteral("key")).toString(), QStringLiteral("ticket-4711"));
    const Run again = cli(args, QStringLiteral("alice"));
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(again.json().object().value(QStringLiteral("id")), first.json().object().value(QStringLiteral("id")));
    QStringList other = args;
    other[3] = QStringLiteral("account=mallory");
    const Run refused = cli(other, QStringLiteral("alice"));
    QCOMPARE(refused.code, 5);
    QVERIFY2(refused.err.contains(QLatin1String("\"ticket-4711\" was already used")), qPrintable(refused.err));
    const Run listed = cli({ QStringLiteral("list"), QStringLiteral("outgoing"), QStringLiteral("--json") },
                           QStringLiteral("alice"));
    QCOMPARE(listed.json().array().size(), 1);
}

// The evidence PDF's labels speak the reader's language, as the core sentences inside it do
// (the CLI wrote English labels around German reasons).
void TestCliEndToEnd::evidencePdfSpeaksTheReadersLanguage()
{
    setUpDirectory();
    const qint64 id = requestApproval();
    QCOMPARE(cli({ QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob")).code, 0);
    const auto pdfText = [&](const QString& language, const QString& locale) {
        m_extraEnv.insert(QStringLiteral("LANGUAGE"), language);
        m_extraEnv.insert(QStringLiteral("LANG"), locale);
        const QString path = m_dir->filePath(language + QStringLiteral(".pdf"));
        const Run written = cli({ QStringLiteral("evidence"), QString::number(id), QStringLiteral("--format"),
                                  QStringLiteral("pdf"), QStringLiteral("--output"), path });
        if (written.code != 0)
            qFatal("evidence failed: %s", qPrintable(written.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        if (!text.waitForFinished(30000) || text.exitCode() != 0)
            qFatal("pdftotext failed on %s (poppler-utils: packaging/install-deps.sh)", qPrintable(path));
        return QString::fromUtf8(text.readAllStandardOutput());
    };
    const QString german = pdfText(QStringLiteral("de"), QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(german.contains(QStringLiteral("Nachweis für Antrag #%1").arg(id)), qPrintable(german));
    QVERIFY2(german.contains(QLatin1String("Mitglied der Gruppe")), qPrintable(german));
    QVERIFY2(!german.contains(QLatin1String("Requested by")), qPrintable(german));
    const QString english = pdfText(QStringLiteral("en"), QStringLiteral("C.UTF-8"));
    QVERIFY2(english.contains(QStringLiteral("Evidence for request #%1").arg(id)), qPrintable(english));
    QVERIFY2(english.contains(QLatin1String("member of group")), qPrintable(english));
}

void TestCliEndToEnd::showNamesThePhaseARejectionEndedIn()
{
    setUpDirectory();
    auto phaseOf = [&](qint64 id) {
        const Run shown
            = cli({ QStringLiteral("show"), QString::number(id), QStringLiteral("--json") }, QStringLiteral("alice"));
        return shown.json().object().value(QStringLiteral("phase")).toInt();
    };
    const qint64 first = requestApproval();
    QCOMPARE(phaseOf(first), 1);
    QCOMPARE(
        cli({ QStringLiteral("reject"), QString::number(first), QStringLiteral("--comment"), QStringLiteral("no") },
            QStringLiteral("bob"))
            .code,
        0);
    QCOMPARE(phaseOf(first), 1); // rejected in phase 1 of 2
    const qint64 second = requestApproval();
    QCOMPARE(cli({ QStringLiteral("approve"), QString::number(second) }, QStringLiteral("bob")).code, 0);
    QCOMPARE(phaseOf(second), 2);
    QCOMPARE(
        cli({ QStringLiteral("reject"), QString::number(second), QStringLiteral("--comment"), QStringLiteral("no") },
            QStringLiteral("carol"))
            .code,
        0);
    QCOMPARE(phaseOf(second), 2); // rejected in phase 2 of 2
    const qint64 third = requestApproval();
    QCOMPARE(cli({ QStringLiteral("approve"), QString::number(third) }, QStringLiteral("bob")).code, 0);
    QCOMPARE(cli({ QStringLiteral("approve"), QString::number(third) }, QStringLiteral("carol")).code, 0);
    QCOMPARE(phaseOf(third), 2); // approved: every phase done
}

void TestCliEndToEnd::importWarnsAboutTheRequestsItStrands()
{
    setUpDirectory();
    requestApproval();
    QFile original(m_dir->filePath(QStringLiteral("action.json")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray text = original.readAll();
    // The same definition with its lists in another order and a new policy: no new version, no warning.
    const Run policyOnly
        = cli({ QStringLiteral("action"), QStringLiteral("import"),
                writeFile(QStringLiteral("policy.json"),
                          QByteArray(text).replace("\"deadlineHours\": 24", "\"deadlineHours\": 12")) });
    QVERIFY2(policyOnly.code == 0, qPrintable(policyOnly.err));
    QVERIFY2(policyOnly.out.contains(QLatin1String("version 1 (unchanged)"))
                 && !policyOnly.out.contains(QLatin1String("Warning")),
             qPrintable(policyOnly.out));
    const Run changed = cli(
        { QStringLiteral("action"), QStringLiteral("import"),
          writeFile(QStringLiteral("changed.json"), QByteArray(text).replace("echo grant", "echo grant --all")) });
    QVERIFY2(changed.code == 0, qPrintable(changed.err));
    QVERIFY2(
        changed.out.contains(QLatin1String("Warning: 1 open request of action \"grant-db-access\" was made for the "
                                           "previous version; the agent will refuse it")),
        qPrintable(changed.out));
}

// A secret given with --param is on the command line, where every local account reads it (ps,
// /proc/PID/cmdline): refused unless forced; a file, standard input or a prompt carry it instead.
void TestCliEndToEnd::secretParametersStayOffTheCommandLine()
{
    setUpDirectory();
    const QString action = writeFile(QStringLiteral("secret-action.json"), R"({
        "name": "set-password", "description": "Set a database password", "script": "echo set",
        "requesterGroups": ["helpdesk"], "targetKind": "database",
        "parameters": [ { "name": "account", "type": "string", "required": true, "pattern": "[a-z]+" },
                        { "name": "password", "type": "secret", "required": true } ],
        "policy": { "deadlineHours": 24, "rules": [ { "name": "default", "phases": [
            { "name": "Technical review", "approve": { "group": "reviewers" } } ] } ] } })");
    QCOMPARE(cli({ QStringLiteral("action"), QStringLiteral("import"), action }).code, 0);
    const QStringList rest { QStringLiteral("--target"), QStringLiteral("db01"), QStringLiteral("--comment"),
                             QStringLiteral("rotation"), QStringLiteral("--json") };
    const QStringList request { QStringLiteral("request"), QStringLiteral("set-password") };
    const auto storedSecret = [&](const Run& r) {
        const qint64 id = r.json().object().value(QStringLiteral("id")).toInteger();
        QString value;
        {
            QSqlDatabase db = direct(QStringLiteral("secrets"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT value FROM request_secrets WHERE request_id = ? AND name = ?"));
                q.addBindValue(id);
                q.addBindValue(QStringLiteral("password"));
                if (q.exec() && q.next())
                    value = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("secrets"));
        return value;
    };

    const QString before = fingerprint();
    const Run refused = cli(request
                                + QStringList { QStringLiteral("--param"), QStringLiteral("account=jdoe"),
                                                QStringLiteral("--param"), QStringLiteral("password=on-the-line") }
                                + rest,
                            QStringLiteral("alice"));
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.count(QLatin1Char('\n')) == 1 && refused.err.contains(QLatin1String("\"password\" is secret"))
                 && refused.err.contains(QLatin1String("--secret password"))
                 && !refused.err.contains(QLatin1String("on-the-line")),
             qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(fingerprint(), before);

    const Run forced = cli(request
                               + QStringList { QStringLiteral("--param"), QStringLiteral("account=jdoe"),
                                               QStringLiteral("--param"), QStringLiteral("password=on-the-line"),
                                               QStringLiteral("--allow-secret-on-command-line") }
                               + rest,
                           QStringLiteral("alice"));
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QCOMPARE(storedSecret(forced), QStringLiteral("on-the-line"));

    const QString file
        = writeFile(QStringLiteral("params.txt"), "# rotation of jdoe\naccount=jdoe\n\npassword= from a file=ok \n");
    const Run fromFile
        = cli(request + QStringList { QStringLiteral("--param-file"), file } + rest, QStringLiteral("alice"));
    QVERIFY2(fromFile.code == 0 && fromFile.err.isEmpty(), qPrintable(fromFile.err));
    QCOMPARE(storedSecret(fromFile), QStringLiteral(" from a file=ok ")); // spaces and '=' kept as written

    const Run fromStdinFile = cli(request + QStringList { QStringLiteral("--param-file"), QStringLiteral("-") } + rest,
                                  QStringLiteral("alice"), {}, "account=jdoe\npassword=piped file\n");
    QVERIFY2(fromStdinFile.code == 0, qPrintable(fromStdinFile.err));
    QCOMPARE(storedSecret(fromStdinFile), QStringLiteral("piped file"));

    const Run fromStdin = cli(request
                                  + QStringList { QStringLiteral("--param"), QStringLiteral("account=jdoe"),
                                                  QStringLiteral("--secret"), QStringLiteral("password") }
                                  + rest,
                              QStringLiteral("alice"), {}, "piped secret\r\n");
    QVERIFY2(fromStdin.code == 0 && fromStdin.err.isEmpty(), qPrintable(fromStdin.err));
    QCOMPARE(storedSecret(fromStdin), QStringLiteral("piped secret"));
    QVERIFY(!fromStdin.out.contains(QLatin1String("piped secret")));

    const Run noInput = cli(request
                                + QStringList { QStringLiteral("--param"), QStringLiteral("account=jdoe"),
                                                QStringLiteral("--secret"), QStringLiteral("password") }
                                + rest,
                            QStringLiteral("alice"));
    QCOMPARE(noInput.code, 2);
    QVERIFY2(noInput.err.contains(QLatin1String("Standard input ended")), qPrintable(noInput.err));
    const Run twice = cli(request
                              + QStringList { QStringLiteral("--param-file"), file, QStringLiteral("--param"),
                                              QStringLiteral("account=jdoe") }
                              + rest,
                          QStringLiteral("alice"));
    QCOMPARE(twice.code, 2);
    QVERIFY2(twice.err.contains(QLatin1String("\"account\" is given twice")), qPrintable(twice.err));
}

void TestCliEndToEnd::workspaceOpenToOthersIsWarnedAboutAfterSuccess()
{
    if (m_pg)
        QSKIP("SQLite files");
    QCOMPARE(cli({ QStringLiteral("init") }).code, 0);
    QVERIFY(!(QFileInfo(m_db).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    const Run quiet = cli({ QStringLiteral("user"), QStringLiteral("list") });
    QVERIFY2(quiet.code == 0 && quiet.err.isEmpty(), qPrintable(quiet.err));

    QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const Run warned = cli({ QStringLiteral("user"), QStringLiteral("list") });
    QCOMPARE(warned.code, 0);
    QVERIFY2(warned.err.count(QLatin1Char('\n')) == 1
                 && warned.err.startsWith(QLatin1String("countersign-cli: warning: "))
                 && warned.err.contains(QLatin1String("chmod 600")),
             qPrintable(warned.err));
    // A failure's stderr stays its one line.
    const Run failed = cli({ QStringLiteral("show"), QStringLiteral("99") });
    QCOMPARE(failed.code, 3);
    QVERIFY2(failed.err.count(QLatin1Char('\n')) == 1 && !failed.err.contains(QLatin1String("warning")),
             qPrintable(failed.err));
}

qint64 TestCliEndToEnd::requestApproval()
{
    const Run r = cli({ QStringLiteral("request"), QStringLiteral("grant-db-access"), QStringLiteral("--param"),
                        QStringLiteral("account=jdoe"), QStringLiteral("--param"), QStringLiteral("days=3"),
                        QStringLiteral("--target"), QStringLiteral("db01"), QStringLiteral("--comment"),
                        QStringLiteral("Quarter-end reporting"), QStringLiteral("--json") },
                      QStringLiteral("alice"));
    if (r.code != 0)
        qFatal("request failed: %s", qPrintable(r.err));
    return r.json().object().value(QStringLiteral("id")).toInteger();
}

void TestCliEndToEnd::fullTwoPhaseScenario()
{
    setUpDirectory();
    const qint64 id = requestApproval();
    QVERIFY(id > 0);

    const Run incoming
        = cli({ QStringLiteral("list"), QStringLiteral("incoming"), QStringLiteral("--json") }, QStringLiteral("bob"));
    QCOMPARE(incoming.code, 0);
    QCOMPARE(incoming.json().array().size(), 1);
    QCOMPARE(incoming.json().array().first().toObject().value(QStringLiteral("comment")).toString(),
             QStringLiteral("Quarter-end reporting"));
    QCOMPARE(
        cli({ QStringLiteral("list"), QStringLiteral("incoming"), QStringLiteral("--json") }, QStringLiteral("carol"))
            .json()
            .array()
            .size(),
        0);

    const Run first = cli(
        { QStringLiteral("approve"), QString::number(id), QStringLiteral("--comment"), QStringLiteral("looks right") },
        QStringLiteral("bob"));
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QCOMPARE(first.out.trimmed(),
             QStringLiteral("Request #%1 is now pending (phase 2 of 2: Security sign-off).").arg(id));
    const Run second = cli({ QStringLiteral("approve"), QStringLiteral("#%1").arg(id) }, QStringLiteral("Carol"));
    QVERIFY2(second.code == 0, qPrintable(second.err));

    const Run shown
        = cli({ QStringLiteral("show"), QString::number(id), QStringLiteral("--json") }, QStringLiteral("alice"));
    QCOMPARE(shown.code, 0);
    const QJsonObject o = shown.json().object();
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(o.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("days")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("decisions")).toArray().size(), 2);
    QCOMPARE(
        o.value(QStringLiteral("decisions")).toArray().at(1).toObject().value(QStringLiteral("approver")).toString(),
        QStringLiteral("carol"));
    QCOMPARE(o.value(QStringLiteral("digest")).toString().size(), 64);
    QCOMPARE(o.value(QStringLiteral("phases")).toArray().at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("complete"));

    const Run text = cli({ QStringLiteral("show"), QString::number(id) }, QStringLiteral("erin"));
    QVERIFY(text.out.contains(QLatin1String("bob approved in phase 1")));
    QVERIFY(text.out.contains(QLatin1String("member of group security")));

    const Run verify = cli({ QStringLiteral("audit"), QStringLiteral("verify") }, QStringLiteral("erin"));
    QCOMPARE(verify.code, 0);
    QVERIFY(verify.out.startsWith(QLatin1String("Audit chain intact:")));
    const Run log = cli({ QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--request"),
                          QString::number(id), QStringLiteral("--json") },
                        QStringLiteral("alice"));
    QCOMPARE(log.code, 0);
    QCOMPARE(log.json().array().last().toObject().value(QStringLiteral("event")).toString(),
             QStringLiteral("request.approved"));
}

void TestCliEndToEnd::badInputGetsOneClearLineAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("as");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    const QString rq = QStringLiteral("request");
    const QString act = QStringLiteral("grant-db-access");
    const QStringList good { QStringLiteral("--target"), QStringLiteral("db01"), QStringLiteral("--comment"),
                             QStringLiteral("x") };
    QTest::newRow("malformed action file")
        << QStringList { QStringLiteral("action"), QStringLiteral("import"), QStringLiteral("@broken") } << "root" << 1
        << "The action file is not valid: invalid JSON";
    QTest::newRow("unknown action") << (QStringList { rq, QStringLiteral("nope") } + good) << "alice" << 3
                                    << "There is no action \"nope\".";
    QTest::newRow("wrong parameter type")
        << (QStringList { rq, act, QStringLiteral("--param"), QStringLiteral("account=jdoe"), QStringLiteral("--param"),
                          QStringLiteral("days=many") }
            + good)
        << "alice" << 1 << "Parameter \"days\" must be a whole number (got \"many\").";
    QTest::newRow("parameter out of range")
        << (QStringList { rq, act, QStringLiteral("--param"), QStringLiteral("account=jdoe"), QStringLiteral("--param"),
                          QStringLiteral("days=31") }
            + good)
        << "alice" << 1 << "Parameter \"days\" must be at most 30 (got 31).";
    QTest::newRow("unknown parameter") << (QStringList { rq, act, QStringLiteral("--param"),
                                                         QStringLiteral("account=jdoe"), QStringLiteral("--param"),
                                                         QStringLiteral("role=dba") }
                                           + good)
                                       << "alice" << 1 << "Unknown parameter \"role\"";
    QTest::newRow("missing comment") << QStringList { rq,
                                                      act,
                                                      QStringLiteral("--param"),
                                                      QStringLiteral("account=jdoe"),
                                                      QStringLiteral("--target"),
                                                      QStringLiteral("db01") }
                                     << "alice" << 1 << "A comment giving the reason for the request is required.";
    QTest::newRow("run where approval is required")
        << (QStringList { QStringLiteral("run"), act, QStringLiteral("--param"), QStringLiteral("account=jdoe") }
            + good)
        << "alice" << 4 << "needs approval";
    QTest::newRow("approve own request") << QStringList { QStringLiteral("approve"), QStringLiteral("1") } << "alice"
                                         << 4 << "You cannot approve or reject your own request #1.";
    QTest::newRow("approve out of turn")
        << QStringList { QStringLiteral("approve"), QStringLiteral("1") } << "carol" << 4
        << "Phase 1 of 2 (Technical review) of request #1 needs a member of reviewers; you are not among them.";
    QTest::newRow("approve rejected request") << QStringList { QStringLiteral("approve"), QStringLiteral("2") } << "bob"
                                              << 5 << "Request #2 was rejected; there is nothing left to decide.";
    QTest::newRow("reject without comment") << QStringList { QStringLiteral("reject"), QStringLiteral("1") } << "bob"
                                            << 1 << "A comment is required to reject a request.";
    QTest::newRow("no such request") << QStringList { QStringLiteral("show"), QStringLiteral("99") } << "bob" << 3
                                     << "There is no request #99.";
    QTest::newRow("not a request number") << QStringList { QStringLiteral("show"), QStringLiteral("abc") } << "bob" << 2
                                          << "\"abc\" is not a request number.";
    QTest::newRow("cancel someone else's") << QStringList { QStringLiteral("cancel"), QStringLiteral("1") } << "bob"
                                           << 4 << "Only the requester (alice) can cancel request #1.";
    QTest::newRow("non-admin edits directory")
        << QStringList { QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("x") } << "alice" << 4
        << "Only admins can change";
    QTest::newRow("unknown user") << QStringList { QStringLiteral("list"), QStringLiteral("outgoing") } << "mallory"
                                  << 4 << "\"mallory\" is not a Countersign user";
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << "root" << 2
                                     << "Unknown command \"frobnicate\"";
    QTest::newRow("option of another command") << QStringList { QStringLiteral("approve"), QStringLiteral("1"),
                                                                QStringLiteral("--param"), QStringLiteral("a=b") }
                                               << "bob" << 2 << "Option --param does not apply to \"approve\".";
    QTest::newRow("param without value")
        << (QStringList { rq, act, QStringLiteral("--param"), QStringLiteral("account") } + good) << "alice" << 2
        << "--param takes name=value";
    QTest::newRow("unknown status") << QStringList { QStringLiteral("list"), QStringLiteral("outgoing"),
                                                     QStringLiteral("--status"), QStringLiteral("done") }
                                    << "alice" << 2 << "Unknown status \"done\"";
}

void TestCliEndToEnd::badInputGetsOneClearLineAndChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, as);
    QFETCH(int, code);
    QFETCH(QString, error);
    if (m_pg && as == QLatin1String("mallory"))
        QSKIP("on PostgreSQL an unknown person cannot even log in (tst_pg_permissions)");
    setUpDirectory();
    requestApproval(); // #1 pending
    requestApproval(); // #2, rejected next
    QCOMPARE(
        cli({ QStringLiteral("reject"), QStringLiteral("2"), QStringLiteral("--comment"), QStringLiteral("not now") },
            QStringLiteral("bob"))
            .code,
        0);
    for (QString& a : args)
        if (a == QLatin1String("@broken"))
            a = writeFile(QStringLiteral("broken.json"), R"({"name": "x", "script": )");

    const QString before = fingerprint();
    const Run r = cli(args, as);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.startsWith(QLatin1String("countersign-cli: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fingerprint(), before);
}

void TestCliEndToEnd::approvingAnExpiredRequest()
{
    if (m_pg)
        QSKIP("moves the client clock; PostgreSQL judges deadlines by its own");
    setUpDirectory();
    const qint64 id = requestApproval();
    const QByteArray later = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate).toLatin1();
    const Run late = cli({ QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob"), later);
    QCOMPARE(late.code, 5);
    QVERIFY2(late.err.contains(QStringLiteral("Request #%1 expired at").arg(id)), qPrintable(late.err));
    const Run again = cli({ QStringLiteral("approve"), QString::number(id) }, QStringLiteral("bob"));
    QCOMPARE(again.code, 5);
    QVERIFY2(again.err.contains(QLatin1String("has expired; there is nothing left to decide")), qPrintable(again.err));

    const qint64 second = requestApproval();
    const Run sweep = cli({ QStringLiteral("expire"), QStringLiteral("--json") }, QStringLiteral("root"), later);
    QCOMPARE(sweep.code, 0);
    QCOMPARE(sweep.json().object().value(QStringLiteral("expired")).toArray(), QJsonArray { second });
}

void TestCliEndToEnd::auditVerifyNamesTamperedEntries_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("error");
    QTest::newRow("edited row") << "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"
                                << "Audit entry #3 (";
    QTest::newRow("deleted row") << "DELETE FROM audit_log WHERE seq = 5"
                                 << "An audit entry is missing from the global audit chain between #4 and #6.";
    QTest::newRow("truncated tail") << "DELETE FROM audit_log WHERE seq > 10"
                                    << "audit entries of the global audit chain were removed (after #10).";
    // A request row edited by hand: show and approve refuse it, and so must the auditor's check.
    QTest::newRow("edited request") << "UPDATE requests SET parameters = '{\"account\":\"mallory\",\"days\":3}'"
                                    << "Request #1 was altered outside Countersign";
}

void TestCliEndToEnd::auditVerifyNamesTamperedEntries()
{
    QFETCH(QString, sql);
    QFETCH(QString, error);
    setUpDirectory();
    requestApproval();
    QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).code, 0);
    {
        QSqlDatabase db = direct(QStringLiteral("tamper"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(sql));
        QVERIFY(q.numRowsAffected() > 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const Run r = cli({ QStringLiteral("audit"), QStringLiteral("verify") }, QStringLiteral("erin"));
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
    const Run json
        = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") }, QStringLiteral("erin"));
    QCOMPARE(json.code, 7);
    QCOMPARE(json.json().object().value(QStringLiteral("intact")).toBool(true), false);
    QVERIFY(json.json().object().value(QStringLiteral("firstBrokenEntry")).toInt() > 0);
}

void TestCliEndToEnd::demoWorkspace()
{
    if (m_pg)
        QSKIP("the demo is an SQLite workspace");
    const Run init = cli({ QStringLiteral("init"), QStringLiteral("--demo") }, QStringLiteral("dave"));
    QVERIFY2(init.code == 0, qPrintable(init.err));
    const Run again = cli({ QStringLiteral("init"), QStringLiteral("--demo") }, QStringLiteral("dave"));
    QCOMPARE(again.code, 5); // never seeds twice
    QCOMPARE(
        cli({ QStringLiteral("list"), QStringLiteral("incoming"), QStringLiteral("--json") }, QStringLiteral("bob"))
            .json()
            .array()
            .size(),
        1);
    QCOMPARE(
        cli({ QStringLiteral("list"), QStringLiteral("incoming"), QStringLiteral("--json") }, QStringLiteral("frank"))
            .json()
            .array()
            .size(),
        1);
    // Issue 17: #3 is grace's on behalf of erin; carol decides it as erin's manager, and it says so.
    const QJsonArray carols
        = cli({ QStringLiteral("list"), QStringLiteral("incoming"), QStringLiteral("--json") }, QStringLiteral("carol"))
              .json()
              .array();
    QJsonObject mfa;
    for (const QJsonValue& v : carols)
        if (v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("reset-mfa"))
            mfa = v.toObject();
    QCOMPARE(mfa.value(QStringLiteral("id")).toInteger(), 3);
    QCOMPARE(mfa.value(QStringLiteral("requester")).toString(), QStringLiteral("grace"));
    QCOMPARE(mfa.value(QStringLiteral("behalfOf")).toString(), QStringLiteral("erin"));
    const Run shown = cli({ QStringLiteral("show"), QStringLiteral("3") }, QStringLiteral("carol"));
    QVERIFY2(shown.code == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(QLatin1String("grace for erin"))
                 && shown.out.contains(QLatin1String("the manager of the person it is requested for")),
             qPrintable(shown.out));
    const Run report
        = cli({ QStringLiteral("run"), QStringLiteral("generate-report"), QStringLiteral("--param"),
                QStringLiteral("report=stale-accounts"), QStringLiteral("--target"), QStringLiteral("reports01"),
                QStringLiteral("--comment"), QStringLiteral("monthly"), QStringLiteral("--json") },
              QStringLiteral("erin"));
    QVERIFY2(report.code == 0, qPrintable(report.err));
    QCOMPARE(report.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    const Run bypass
        = cli({ QStringLiteral("run"), QStringLiteral("create-directory-user"), QStringLiteral("--param"),
                QStringLiteral("givenName=Zoë"), QStringLiteral("--param"), QStringLiteral("surname=O'Neil"),
                QStringLiteral("--param"), QStringLiteral("email=zoe@example.com"), QStringLiteral("--target"),
                QStringLiteral("dc-lab"), QStringLiteral("--comment"), QStringLiteral("lab account"),
                QStringLiteral("--json") },
              QStringLiteral("dave"));
    QVERIFY2(bypass.code == 0, qPrintable(bypass.err));
    QCOMPARE(
        bypass.json().object().value(QStringLiteral("bypass")).toObject().value(QStringLiteral("group")).toString(),
        QStringLiteral("admins"));
    QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify") }, QStringLiteral("erin")).code, 0);
}

void TestCliEndToEnd::everyReadSpeaksJson()
{
    setUpDirectory();
    requestApproval();
    const QList<QStringList> reads { { QStringLiteral("user"), QStringLiteral("list") },
                                     { QStringLiteral("group"), QStringLiteral("list") },
                                     { QStringLiteral("target"), QStringLiteral("list") },
                                     { QStringLiteral("action"), QStringLiteral("list") },
                                     { QStringLiteral("action"), QStringLiteral("show"),
                                       QStringLiteral("grant-db-access") },
                                     { QStringLiteral("list"), QStringLiteral("all") },
                                     { QStringLiteral("show"), QStringLiteral("1") },
                                     { QStringLiteral("audit"), QStringLiteral("log") },
                                     { QStringLiteral("audit"), QStringLiteral("verify") } };
    for (const QStringList& args : reads) {
        const Run r = cli(args + QStringList { QStringLiteral("--json") }, QStringLiteral("erin"));
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QJsonParseError e;
        QJsonDocument::fromJson(r.out.toUtf8(), &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(args.join(QLatin1Char(' '))));
    }
}

void TestCliEndToEnd::missingWorkspaceIsAClearError()
{
    if (m_pg)
        QSKIP("a missing SQLite file");
    const Run r = cli({ QStringLiteral("list"), QStringLiteral("outgoing") });
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("There is no workspace at")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_db)); // and none was created by accident
}

void TestCliEndToEnd::peopleAndTargetsAreEditedDisabledAndRemoved()
{
    setUpDirectory();
    requestApproval(); // alice asks for access to db01
    const auto expect = [&](const QStringList& args, int code, const QString& text, const QString& as = "root") {
        const Run r = cli(args, as);
        QVERIFY2(r.code == code,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + QString::number(r.code)
                            + QLatin1Char(' ') + r.err + r.out));
        QVERIFY2(QString(r.out + r.err).contains(text),
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err + r.out));
    };
    const QString user = QStringLiteral("user");
    const QString target = QStringLiteral("target");

    expect({ user, QStringLiteral("edit"), QStringLiteral("bob"), QStringLiteral("--name"), QStringLiteral("Robert B"),
             QStringLiteral("--email"), QStringLiteral("bob@example.com"), QStringLiteral("--manager"),
             QStringLiteral("carol") },
           0, QStringLiteral("User bob changed."));
    const Run list = cli({ user, QStringLiteral("list"), QStringLiteral("--json") });
    bool seen = false;
    for (const QJsonValue& u : list.json().array())
        if (u[QStringLiteral("login")].toString() == QLatin1String("bob")) {
            seen = true;
            QCOMPARE(u[QStringLiteral("name")].toString(), QStringLiteral("Robert B"));
            QCOMPARE(u[QStringLiteral("manager")].toString(), QStringLiteral("carol"));
        }
    QVERIFY2(seen, qPrintable(list.out));
    expect({ user, QStringLiteral("edit"), QStringLiteral("bob"), QStringLiteral("--manager"), QString() }, 0,
           QStringLiteral("changed"));
    expect({ user, QStringLiteral("edit"), QStringLiteral("ghost"), QStringLiteral("--name"), QStringLiteral("G") }, 3,
           QStringLiteral("There is no user \"ghost\"."));
    expect({ user, QStringLiteral("edit"), QStringLiteral("bob") }, 2, QStringLiteral("Say what to change"));
    expect({ user, QStringLiteral("edit"), QStringLiteral("bob"), QStringLiteral("--email"), QStringLiteral("nope") },
           1, QStringLiteral("is not an e-mail address"));
    expect({ user, QStringLiteral("disable"), QStringLiteral("bob") }, 4, QStringLiteral("not an admin"),
           QStringLiteral("alice"));

    // Disabled: erin can no longer act (on PostgreSQL not even connect); enabled again, she can.
    expect({ user, QStringLiteral("disable"), QStringLiteral("erin") }, 0, QStringLiteral("User erin disabled"));
    const Run locked = cli({ QStringLiteral("audit"), QStringLiteral("verify") }, QStringLiteral("erin"));
    QVERIFY2(locked.code != 0, qPrintable(locked.out));
    if (!m_pg)
        QVERIFY2(locked.code == 4 && locked.err.contains(QLatin1String("disabled")), qPrintable(locked.err));
    expect({ user, QStringLiteral("disable"), QStringLiteral("erin") }, 5, QStringLiteral("already disabled"));
    expect({ user, QStringLiteral("disable"), QStringLiteral("root") }, 5, QStringLiteral("your own account"));
    expect({ user, QStringLiteral("enable"), QStringLiteral("erin") }, 0, QStringLiteral("User erin enabled."));
    expect({ QStringLiteral("audit"), QStringLiteral("verify") }, 0, QStringLiteral("intact"), QStringLiteral("erin"));

    // Removal: refused with the reason while anything refers to the person; a newcomer goes.
    expect({ user, QStringLiteral("remove"), QStringLiteral("alice") }, 5, QStringLiteral("made 1 request"));
    expect({ user, QStringLiteral("remove"), QStringLiteral("ghost") }, 3, QStringLiteral("There is no user"));
    expect({ user, QStringLiteral("add"), QStringLiteral("temp") }, 0, QStringLiteral("added"));
    expect({ user, QStringLiteral("remove"), QStringLiteral("temp") }, 0, QStringLiteral("User temp removed."));
    QVERIFY(!cli({ user, QStringLiteral("list") }).out.contains(QLatin1String("temp")));

    // Targets.
    expect({ target, QStringLiteral("edit"), QStringLiteral("db01"), QStringLiteral("--attr"),
             QStringLiteral("site=berlin"), QStringLiteral("--unset-attr"), QStringLiteral("environment"),
             QStringLiteral("--owner"), QStringLiteral("carol") },
           0, QStringLiteral("Target db01 changed."));
    const QString targets = cli({ target, QStringLiteral("list") }).out;
    QVERIFY2(targets.contains(QLatin1String("site=berlin")) && !targets.contains(QLatin1String("environment"))
                 && targets.contains(QLatin1String("owner carol")),
             qPrintable(targets));
    expect({ target, QStringLiteral("edit"), QStringLiteral("db01"), QStringLiteral("--agent"),
             QStringLiteral("ftp://x") },
           1, QStringLiteral("must be an http:// or https:// URL"));
    expect({ target, QStringLiteral("edit"), QStringLiteral("nowhere"), QStringLiteral("--kind"), QStringLiteral("x") },
           3, QStringLiteral("There is no target"));
    expect({ target, QStringLiteral("remove"), QStringLiteral("db01") }, 5, QStringLiteral("1 request names it"));
    expect({ target, QStringLiteral("add"), QStringLiteral("spare") }, 0, QStringLiteral("added"));
    expect({ target, QStringLiteral("remove"), QStringLiteral("spare") }, 0, QStringLiteral("Target spare removed."));

    // Every change is in the audit log, and the chain holds.
    const QString events = cli({ QStringLiteral("audit"), QStringLiteral("log") }).out;
    for (const char* e :
         { "user.changed", "user.disabled", "user.enabled", "user.removed", "target.changed", "target.removed" })
        QVERIFY2(events.contains(QLatin1String(e)), e);
    expect({ QStringLiteral("audit"), QStringLiteral("verify") }, 0, QStringLiteral("intact"));
}

// approve/reject ID...: each request on its own, a line each and a summary; --preview decides nothing.
void TestCliEndToEnd::approveAndRejectManyReportEachRequest()
{
    setUpDirectory();
    const qint64 a = requestApproval();
    const qint64 b = requestApproval();
    const qint64 c = requestApproval();
    QCOMPARE(cli({ QStringLiteral("reject"), QString::number(c), QStringLiteral("--comment"), QStringLiteral("no") },
                 QStringLiteral("bob"))
                 .code,
             0);
    const QStringList ids { QString::number(a), QString::number(b), QStringLiteral("#%1").arg(c) };
    const QString before = fingerprint();
    const Run preview
        = cli(QStringList { QStringLiteral("approve") } + ids + QStringList { QStringLiteral("--preview") },
              QStringLiteral("bob"));
    QCOMPARE(preview.code, 0);
    QVERIFY2(
        preview.out.contains(QStringLiteral("#%1 would be decided: Completes phase 1 of 2 (Technical review)").arg(a)),
        qPrintable(preview.out));
    QVERIFY2(preview.out.contains(QStringLiteral("#%1 refused: Request #%1 was rejected").arg(c)),
             qPrintable(preview.out));
    QVERIFY2(preview.out.contains(QLatin1String("Nothing was decided: 2 of 3 would be approved, 1 refused.")),
             qPrintable(preview.out));
    QCOMPARE(fingerprint(), before);

    const Run mistyped
        = cli({ QStringLiteral("approve"), QString::number(a), QStringLiteral("x1") }, QStringLiteral("bob"));
    QCOMPARE(mistyped.code, 2);
    QCOMPARE(fingerprint(), before); // a mistyped list decides nothing

    const Run approved = cli(QStringList { QStringLiteral("approve") } + ids
                                 + QStringList { QStringLiteral("--comment"), QStringLiteral("checked") },
                             QStringLiteral("bob"));
    QCOMPARE(approved.code, 5); // one was refused (conflict): not all decided
    QVERIFY2(approved.out.contains(QStringLiteral("#%1 done: Recorded; request #%1 now waits for").arg(a)),
             qPrintable(approved.out));
    QVERIFY2(approved.out.contains(QStringLiteral("#%1 done: ").arg(b)), qPrintable(approved.out));
    QVERIFY2(approved.out.contains(QStringLiteral("#%1 refused: Request #%1 was rejected").arg(c)),
             qPrintable(approved.out));
    QVERIFY2(approved.out.endsWith(QLatin1String("2 of 3 approved; 1 not.\n")), qPrintable(approved.out));

    const Run rejected
        = cli({ QStringLiteral("reject"), QString::number(a), QString::number(b), QStringLiteral("--comment"),
                QStringLiteral("not this quarter"), QStringLiteral("--json") },
              QStringLiteral("carol"));
    QCOMPARE(rejected.code, 0);
    const QJsonObject report = rejected.json().object();
    QCOMPARE(report.value(QStringLiteral("decided")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("notDecided")).toInt(), 0);
    const QJsonArray results = report.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue& v : results) {
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(v.toObject().value(QStringLiteral("request")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("rejected"));
    }
    // A rejection still needs its comment, for each request.
    const qint64 d = requestApproval();
    const Run bare = cli({ QStringLiteral("reject"), QString::number(d), QString::number(a) }, QStringLiteral("bob"));
    QCOMPARE(bare.code, 1); // invalid input: the first refusal's exit code
    QVERIFY2(bare.out.contains(QStringLiteral("#%1 refused: A comment is required to reject a request.").arg(d)),
             qPrintable(bare.out));
}

void TestCliEndToEnd::feedbackDecidesNothingAndShowsApart()
{
    setUpDirectory();
    const qint64 id = requestApproval();
    const QString n = QString::number(id);
    const QString before = fingerprint();
    const Run up = cli({ QStringLiteral("feedback"), n, QStringLiteral("--vote"), QStringLiteral("up"),
                         QStringLiteral("--comment"), QStringLiteral("Fine for the quarter end") },
                       QStringLiteral("erin"));
    QVERIFY2(up.code == 0, qPrintable(up.err));
    QVERIFY2(up.out.contains(QLatin1String("It decides nothing.")), qPrintable(up.out));
    const Run down = cli({ QStringLiteral("feedback"), n, QStringLiteral("--vote"), QStringLiteral("down") },
                         QStringLiteral("carol"));
    QVERIFY2(down.code == 0, qPrintable(down.err));
    QVERIFY(fingerprint() != before);

    const Run tooLong
        = cli({ QStringLiteral("feedback"), n, QStringLiteral("--comment"), QString(281, QLatin1Char('x')) },
              QStringLiteral("bob"));
    QCOMPARE(tooLong.code, 1);
    QVERIFY2(tooLong.err.contains(QLatin1String("at most 280 characters")), qPrintable(tooLong.err));
    QCOMPARE(
        cli({ QStringLiteral("feedback"), n, QStringLiteral("--vote"), QStringLiteral("maybe") }, QStringLiteral("bob"))
            .code,
        2);

    const Run shown = cli({ QStringLiteral("show"), n, QStringLiteral("--json") }, QStringLiteral("alice"));
    QCOMPARE(shown.code, 0);
    const QJsonObject o = shown.json().object();
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(o.value(QStringLiteral("phase")).toInt(), 1); // still the first phase: feedback never counts toward one
    QCOMPARE(o.value(QStringLiteral("decisions")).toArray().size(), 0);
    const QJsonArray feedback = o.value(QStringLiteral("feedback")).toArray();
    QCOMPARE(feedback.size(), 2);
    QCOMPARE(feedback.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("erin"));
    QCOMPARE(feedback.at(0).toObject().value(QStringLiteral("vote")).toString(), QStringLiteral("up"));
    QCOMPARE(feedback.at(1).toObject().value(QStringLiteral("vote")).toString(), QStringLiteral("down"));
    const Run text = cli({ QStringLiteral("show"), n }, QStringLiteral("alice"));
    QVERIFY2(text.out.contains(QLatin1String("Feedback (decides nothing): 1 up, 1 down")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("erin up: \"Fine for the quarter end\"")), qPrintable(text.out));

    // Taking the vote back is giving "none"; the audit log has each change.
    QCOMPARE(cli({ QStringLiteral("feedback"), n, QStringLiteral("--vote"), QStringLiteral("none") },
                 QStringLiteral("carol"))
                 .code,
             0);
    const Run audit = cli(
        { QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--request"), n, QStringLiteral("--json") });
    QVERIFY2(audit.code == 0, qPrintable(audit.err));
    QCOMPARE(audit.out.count(QLatin1String("request.feedback")), 3);
}

// Approval webhooks (issue 17): admins add, test and re-enable them; auditors list them; a header's
// value (it may be a credential) is never printed; a policy may name one only once it is registered.
void TestCliEndToEnd::approvalWebhookCommands()
{
    setUpDirectory();
    const QStringList add { QStringLiteral("webhook"),
                            QStringLiteral("add"),
                            QStringLiteral("cmdb"),
                            QStringLiteral("--url"),
                            QStringLiteral("https://cmdb.example/approve"),
                            QStringLiteral("--header"),
                            QStringLiteral("Authorization: Bearer cmdb-credential"),
                            QStringLiteral("--field"),
                            QStringLiteral("tenant=acme"),
                            QStringLiteral("--secret-from-env"),
                            QStringLiteral("CMDB_KEY") };
    const QString before = fingerprint();
    Run r = cli(add, QStringLiteral("alice"));
    QCOMPARE(r.code, 4);
    r = cli({ QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("cmdb"), QStringLiteral("--url"),
              QStringLiteral("ftp://cmdb.example/") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("is not an http:// or https:// address")), qPrintable(r.err));
    QCOMPARE(fingerprint(), before);
    r = cli(add);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("CMDB_KEY")), qPrintable(r.out));
    QCOMPARE(cli(add).code, 5); // there is one already

    r = cli({ QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json") }, QStringLiteral("erin"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().array().size(), 1);
    const QJsonObject listed = r.json().array().first().toObject();
    QCOMPARE(listed.value(QStringLiteral("name")).toString(), QStringLiteral("cmdb"));
    QVERIFY(listed.value(QStringLiteral("enabled")).toBool());
    QCOMPARE(listed.value(QStringLiteral("headers")).toArray(), QJsonArray { QStringLiteral("Authorization") });
    QCOMPARE(listed.value(QStringLiteral("fields")).toObject().value(QStringLiteral("tenant")).toString(),
             QStringLiteral("acme"));
    QVERIFY(!r.out.contains(QLatin1String("cmdb-credential")));
    r = cli({ QStringLiteral("webhook"), QStringLiteral("list") });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("cmdb")) && r.out.contains(QLatin1String("enabled")),
             qPrintable(r.out + r.err));
    QVERIFY(!r.out.contains(QLatin1String("cmdb-credential")));
    QCOMPARE(cli({ QStringLiteral("webhook"), QStringLiteral("list") }, QStringLiteral("alice")).code, 4);

    for (const QString& verb : { QStringLiteral("test"), QStringLiteral("enable") }) {
        r = cli({ QStringLiteral("webhook"), verb, QStringLiteral("cmdb") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({ QStringLiteral("webhook"), verb, QStringLiteral("cmdb") }, QStringLiteral("alice")).code, 4);
    }
    // An admin takes one out of service by hand, and it says so in the list.
    QCOMPARE(
        cli({ QStringLiteral("webhook"), QStringLiteral("disable"), QStringLiteral("cmdb") }, QStringLiteral("alice"))
            .code,
        4);
    r = cli({ QStringLiteral("webhook"), QStringLiteral("disable"), QStringLiteral("cmdb") });
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("disabled")), qPrintable(r.out + r.err));
    r = cli({ QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY(!r.json().array().first().toObject().value(QStringLiteral("enabled")).toBool());
    QCOMPARE(cli({ QStringLiteral("webhook"), QStringLiteral("disable"), QStringLiteral("nosuch") }).code, 3);
    QVERIFY(cli({ QStringLiteral("webhook"), QStringLiteral("enable"), QStringLiteral("cmdb") }).code == 0);
    QCOMPARE(cli({ QStringLiteral("webhook"), QStringLiteral("test"), QStringLiteral("nosuch") }).code, 3);
    r = cli({ QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QStringList events;
    for (const QJsonValue& e : r.json().array())
        events << e.toObject().value(QStringLiteral("event")).toString();
    QVERIFY2(events.contains(QStringLiteral("approval_webhook.added"))
                 && events.contains(QStringLiteral("approval_webhook.tested"))
                 && events.contains(QStringLiteral("approval_webhook.enabled"))
                 && events.contains(QStringLiteral("approval_webhook.disabled")),
             qPrintable(events.join(QLatin1Char(' '))));
    QVERIFY(!r.out.contains(QLatin1String("cmdb-credential")));

    // An action's policy may name the registered webhook, and no other.
    const QString action = writeFile(QStringLiteral("hooked.json"), R"({
        "name": "hooked", "script": "echo hi", "requesterGroups": ["helpdesk"], "targetKind": "database",
        "policy": { "rules": [ { "name": "default", "phases": [
            { "name": "CMDB", "approve": { "webhook": "%1" } },
            { "name": "Review", "approve": { "group": "reviewers" } } ] } ] } })");
    QFile file(action);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    file.close();
    const QString unknown = writeFile(QStringLiteral("unknown.json"), QByteArray(text).replace("%1", "nosuch"));
    r = cli({ QStringLiteral("action"), QStringLiteral("import"), unknown });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("\"nosuch\", which is not registered")), qPrintable(r.err));
    const QString known = writeFile(QStringLiteral("known.json"), QByteArray(text).replace("%1", "cmdb"));
    r = cli({ QStringLiteral("action"), QStringLiteral("import"), known });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "tst_cli_e2e.moc"
