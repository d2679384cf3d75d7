// README's "Deploying on PostgreSQL", followed literally with exactly its roles: a DBA makes
// countersign_owner (LOGIN CREATEROLE, not a superuser) own the database, the owner runs
// setup-postgres naming the first admin, and from then on people work as their own login roles
// through the real CLI. Login roles are cluster-wide, so this suite holds the postgresql_roles lock.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

class TestPgDeployment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readmeDeploymentStepsWork();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    // Runs countersign-cli connected as LOGIN, its password from PGPASSWORD (libpq's own source).
    Run cli(const QString& login, const QStringList& args);
    // A statement as the cluster's superuser: the DBA's part of the README.
    QVariant dba(const QString& sql);

    QUrl m_server;
    QTemporaryDir m_dir;
};

static const QString kDatabase = QStringLiteral("countersign_deploy");
static const QString kPassword = QStringLiteral("deploy-password-1");
static const QStringList kPeople { QStringLiteral("dep_alice"), QStringLiteral("dep_bob"),
                                   QStringLiteral("dep_carol") };

QVariant TestPgDeployment::dba(const QString& sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("dba"));
        db.setHostName(m_server.host());
        db.setPort(m_server.port(5432));
        db.setUserName(m_server.userName());
        db.setPassword(qEnvironmentVariable("COUNTERSIGN_TEST_PG_PASSWORD"));
        db.setDatabaseName(m_server.path().mid(1));
        if (!db.open())
            qFatal("cannot reach the test cluster: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        if (q.next())
            result = q.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dba"));
    return result;
}

TestPgDeployment::Run TestPgDeployment::cli(const QString& login, const QStringList& args)
{
    QUrl url = m_server;
    url.setUserName(login);
    url.setPath(QLatin1Char('/') + kDatabase);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), kPassword);
    env.remove(QStringLiteral("COUNTERSIGN_DB"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CS_CLI_PATH), QStringList { QStringLiteral("--db"), url.toString() } + args);
    if (!p.waitForFinished(60000))
        qFatal("countersign-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

void TestPgDeployment::initTestCase()
{
    if (qEnvironmentVariable("COUNTERSIGN_TEST_ENGINE") != QLatin1String("postgresql"))
        QSKIP("PostgreSQL only");
    if (qEnvironmentVariableIsEmpty("COUNTERSIGN_TEST_PG_URL"))
        qFatal("needs the test cluster: run packaging/test.sh");
    QVERIFY(m_dir.isValid());
    m_server = QUrl(qEnvironmentVariable("COUNTERSIGN_TEST_PG_URL"));
    cleanupTestCase(); // what an interrupted earlier run left behind
}

void TestPgDeployment::cleanupTestCase()
{
    if (m_server.isEmpty())
        return;
    dba(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kDatabase));
    dba(QStringLiteral("DROP ROLE IF EXISTS %1, countersign_owner").arg(kPeople.join(QStringLiteral(", "))));
}

void TestPgDeployment::readmeDeploymentStepsWork()
{
    // 1. The DBA creates the owner role and the database it owns.
    dba(QStringLiteral("CREATE ROLE countersign_owner LOGIN CREATEROLE PASSWORD '%1'").arg(kPassword));
    dba(QStringLiteral("CREATE DATABASE %1 OWNER countersign_owner").arg(kDatabase));
    QCOMPARE(dba(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = 'countersign_owner'")).toBool(), false);

    // 2. The owner installs schema, roles, grants and row-level security and names the first admin.
    const QStringList setup { QStringLiteral("admin"), QStringLiteral("setup-postgres"), QStringLiteral("--admin"),
                              QStringLiteral("dep_alice") };
    Run r = cli(QStringLiteral("countersign_owner"), setup);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("PostgreSQL now enforces")), qPrintable(r.out));
    r = cli(QStringLiteral("countersign_owner"), setup); // "run it again after each upgrade"
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // 3. The DBA gives the first admin a password.
    dba(QStringLiteral("ALTER ROLE dep_alice PASSWORD '%1'").arg(kPassword));

    // 4. The admin works as herself: adding people creates their login roles.
    const QList<QStringList> steps {
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dep_bob") },
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dep_carol") },
        { QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("helpdesk") },
        { QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("approvers") },
        { QStringLiteral("group"), QStringLiteral("add-member"), QStringLiteral("helpdesk"),
          QStringLiteral("dep_bob") },
        { QStringLiteral("group"), QStringLiteral("add-member"), QStringLiteral("approvers"),
          QStringLiteral("dep_carol") },
        { QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("web1"), QStringLiteral("--kind"),
          QStringLiteral("server"), QStringLiteral("--agent"), QStringLiteral("http://127.0.0.1:1") },
    };
    for (const QStringList& step : steps) {
        r = cli(QStringLiteral("dep_alice"), step);
        QVERIFY2(r.code == 0, qPrintable(step.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    const QString actionFile = m_dir.filePath(QStringLiteral("restart.json"));
    QFile f(actionFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({ "name": "restart-web", "script": "echo restart", "requesterGroups": ["helpdesk"],
                 "targets": ["web1"], "parameters": [ { "name": "reason", "type": "string" } ],
                 "policy": { "approvalRequired": true, "approverGroups": ["approvers"] } })");
    f.close();
    r = cli(QStringLiteral("dep_alice"), { QStringLiteral("action"), QStringLiteral("import"), actionFile });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const QString& person : { QStringLiteral("dep_bob"), QStringLiteral("dep_carol") }) {
        QVERIFY(dba(QStringLiteral("SELECT pg_has_role('%1', 'countersign_people', 'member')").arg(person)).toBool());
        dba(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(person, kPassword));
    }
    QVERIFY(dba(QStringLiteral("SELECT pg_has_role('dep_alice', 'countersign_admins', 'member')")).toBool());

    // A person who is not an admin cannot add people, whatever client they use.
    r = cli(QStringLiteral("dep_bob"),
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dep_mallory") });
    QVERIFY(r.code != 0);
    QCOMPARE(dba(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'dep_mallory'")).toInt(), 0);

    // A request completed by two people over their own logins.
    r = cli(QStringLiteral("dep_bob"),
            { QStringLiteral("request"), QStringLiteral("restart-web"), QStringLiteral("--param"),
              QStringLiteral("reason=stuck workers"), QStringLiteral("--target"), QStringLiteral("web1"),
              QStringLiteral("--comment"), QStringLiteral("ticket 4711"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 id = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    r = cli(QStringLiteral("dep_bob"), { QStringLiteral("approve"), QString::number(id) });
    QVERIFY2(r.code != 0, "a requester approved their own request");
    r = cli(QStringLiteral("dep_carol"), { QStringLiteral("approve"), QString::number(id) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(QStringLiteral("dep_bob"), { QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(shown.value(QStringLiteral("requester")).toString(), QStringLiteral("dep_bob"));
    r = cli(QStringLiteral("dep_alice"), { QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(r.code == 0 && r.out.startsWith(QLatin1String("Audit chain intact:")), qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestPgDeployment)
#include "tst_pg_deployment.moc"
