#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <core/actions/action.h>
#include <support/testworkspace.h>

void TestWorkspace::asClusterSuperuser(const QString& sql)
{
    const QUrl url(qEnvironmentVariable("COUNTERSIGN_TEST_PG_URL"));
    static int connection = 0;
    const QString name = QStringLiteral("test-admin-%1").arg(++connection);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(qEnvironmentVariable("COUNTERSIGN_TEST_PG_PASSWORD"));
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL cluster: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

bool TestWorkspace::onPostgres()
{
    return qEnvironmentVariable("COUNTERSIGN_TEST_ENGINE") == QLatin1String("postgresql");
}

TestWorkspace::TestWorkspace(bool bootstrap)
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    if (onPostgres()) {
        if (qEnvironmentVariableIsEmpty("COUNTERSIGN_TEST_PG_URL"))
            qFatal("COUNTERSIGN_TEST_ENGINE=postgresql needs the test cluster: run packaging/test.sh");
        static int counter = 0;
        m_pgDatabase = QStringLiteral("cs_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        TestWorkspace::asClusterSuperuser(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase));
        QUrl url(qEnvironmentVariable("COUNTERSIGN_TEST_PG_URL"));
        url.setPath(QLatin1Char('/') + m_pgDatabase);
        m_path = url.toString();
        m_password = qEnvironmentVariable("COUNTERSIGN_TEST_PG_PASSWORD");
    } else {
        m_path = m_dir.filePath(QStringLiteral("workspace.db"));
    }
    reopen();
    if (bootstrap)
        must(ws().admin().bootstrap(QStringLiteral("root"), QStringLiteral("Root Admin")), "bootstrap");
}

TestWorkspace::~TestWorkspace()
{
    m_workspace.reset();
    if (!m_pgDatabase.isEmpty())
        TestWorkspace::asClusterSuperuser(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
}

std::unique_ptr<cs::Workspace> TestWorkspace::openAnother()
{
    auto ws = cs::Workspace::open(m_path, clock, m_password);
    if (!ws.ok())
        qFatal("cannot open workspace: %s", qPrintable(ws.error().message));
    return std::move(ws).value();
}

void TestWorkspace::reopen()
{
    m_workspace.reset();
    auto ws = cs::Workspace::open(m_path, clock, m_password);
    if (!ws.ok())
        qFatal("cannot open workspace: %s", qPrintable(ws.error().message));
    m_workspace = std::move(ws).value();
}

void TestWorkspace::must(const cs::Status& status, const char* what)
{
    if (!status.ok())
        qFatal("fixture step '%s' failed: %s", what, qPrintable(status.error().message));
}

void TestWorkspace::group(const QString& name)
{
    must(ws().admin().addGroup(QStringLiteral("root"), name, QString()), "group");
}

void TestWorkspace::user(const QString& login, const QStringList& groups, const QString& manager,
                         const QStringList& roles)
{
    must(ws().admin().addUser(
             QStringLiteral("root"),
             { login, login.toUpper(), login + QStringLiteral("@example.com"), manager, roles, true, 0 }),
         "user");
    for (const QString& g : groups)
        must(ws().admin().setMembership(QStringLiteral("root"), g, login, true), "membership");
}

void TestWorkspace::leave(const QString& group, const QString& login)
{
    must(ws().admin().setMembership(QStringLiteral("root"), group, login, false), "leave");
}

void TestWorkspace::target(const QString& name, const QString& kind, const QString& environment, const QString& owner,
                           const QString& agentUrl)
{
    must(ws().admin().addTarget(QStringLiteral("root"),
                                { name,
                                  kind,
                                  agentUrl.isEmpty() ? QStringLiteral("http://127.0.0.1:1") : agentUrl,
                                  owner,
                                  { { QStringLiteral("environment"), environment } },
                                  0 }),
         "target");
}

cs::ImportOutcome TestWorkspace::action(const QByteArray& json)
{
    auto file = cs::ActionFile::parse(json);
    if (!file.ok())
        qFatal("action fixture does not parse: %s", qPrintable(file.error().message));
    auto outcome = ws().admin().importAction(QStringLiteral("root"), *file);
    if (!outcome.ok())
        qFatal("action fixture does not import: %s", qPrintable(outcome.error().message));
    return *outcome;
}

void buildStandardDirectory(TestWorkspace& t)
{
    for (const char* g : { "requesters", "approvers", "security", "mixed", "bypass", "empty" })
        t.group(QString::fromLatin1(g));
    t.user(QStringLiteral("mgr"), { QStringLiteral("requesters") });
    t.user(QStringLiteral("req"), { QStringLiteral("requesters"), QStringLiteral("mixed") }, QStringLiteral("mgr"));
    t.user(QStringLiteral("alice"), { QStringLiteral("requesters"), QStringLiteral("approvers") });
    t.user(QStringLiteral("bob"), { QStringLiteral("approvers"), QStringLiteral("mixed") });
    t.user(QStringLiteral("carol"), { QStringLiteral("security") });
    t.user(QStringLiteral("dave"), { QStringLiteral("requesters"), QStringLiteral("bypass") });
    t.user(QStringLiteral("owner1"));
    t.user(QStringLiteral("adminx"), {}, {}, { QStringLiteral("admin") });
    t.user(QStringLiteral("audit"), {}, {}, { QStringLiteral("auditor") });
    t.target(QStringLiteral("prod1"), QStringLiteral("server"), QStringLiteral("production"), QStringLiteral("owner1"));
    t.target(QStringLiteral("test1"), QStringLiteral("server"), QStringLiteral("test"));
}

QByteArray actionWithPolicy(const QByteArray& policyJson)
{
    return QByteArrayLiteral(R"({
        "name": "act", "description": "test action", "interpreter": "/bin/sh", "script": "echo hi",
        "requesterGroups": ["requesters"], "targets": ["prod1", "test1"],
        "parameters": [ { "name": "count", "type": "integer", "default": 1 },
                        { "name": "note", "type": "string" },
                        { "name": "pin", "type": "secret" } ],
        "policy": )")
        + policyJson + QByteArrayLiteral("}");
}

void buildStandardWorkspace(TestWorkspace& t)
{
    buildStandardDirectory(t);
    t.action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
}

qint64 makeActiveGrant(TestWorkspace& t, const cs::SubmitInput& in, const QString& requester, const QString& approver)
{
    auto r = t.ws().requests().submit(requester, in, cs::SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit failed: %s", qPrintable(r.error().message));
    auto decided = t.ws().requests().decide(approver, r->id, true, {});
    if (!decided.ok())
        qFatal("approve failed: %s", qPrintable(decided.error().message));
    auto plan = t.ws().executions().claim(r->id, QStringLiteral("a1"), QStringLiteral("test"));
    if (!plan.ok())
        qFatal("claim failed: %s", qPrintable(plan.error().message));
    TestWorkspace::must(t.ws().executions().recordStart(r->id, QStringLiteral("a1")), "start");
    TestWorkspace::must(t.ws().executions().finish(r->id, QStringLiteral("a1"), cs::ExecutionState::Succeeded, 0, {}),
                        "finish");
    return r->id;
}
