// The workflow commands (issue 19) through the real countersign-cli binary on a temporary SQLite file.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

class TestWorkflowsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importListShowArchive();
    void badWorkflowFiles_data();
    void badWorkflowFiles();
    void intakeAndOnBehalf();

private:
    Run cli(const QStringList& args, const QString& as = QStringLiteral("root"));
    QString writeFile(const QString& name, const QByteArray& content);
    void setUp();
    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestWorkflowsCli::cli(const QStringList& args, const QString& as)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COUNTERSIGN_DB"), m_dir->filePath(QStringLiteral("cli.db")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CS_CLI_PATH), QStringList { QStringLiteral("--as"), as } + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        qFatal("countersign-cli did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QString TestWorkflowsCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

void TestWorkflowsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestWorkflowsCli::setUp()
{
    const QList<QStringList> steps {
        { QStringLiteral("init") },
        { QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("helpdesk") },
        { QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("security") },
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice") },
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol") },
        { QStringLiteral("group"), QStringLiteral("add-member"), QStringLiteral("helpdesk"), QStringLiteral("alice") },
        { QStringLiteral("group"), QStringLiteral("add-member"), QStringLiteral("security"), QStringLiteral("carol") },
        { QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("db01"), QStringLiteral("--kind"),
          QStringLiteral("server") },
    };
    for (const QStringList& step : steps) {
        const Run r = cli(step);
        QVERIFY2(r.code == 0, qPrintable(step.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
}

static QByteArray action(const QByteArray& name, const QByteArray& policy)
{
    return R"({"name":")" + name
        + R"(","description":"d","script":"echo hi","requesterGroups":["helpdesk"],)"
          R"("targets":["db01"],"policy":)"
        + policy + "}";
}

void TestWorkflowsCli::importListShowArchive()
{
    setUp();
    const QString wf = writeFile(QStringLiteral("wf.json"),
                                 R"({"name":"change","description":"security signs off",)"
                                 R"("policy":{"approverGroups":["security"]}})");
    Run r = cli({ QStringLiteral("workflow"), QStringLiteral("import"), wf });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Workflow change: created, revision 1")), qPrintable(r.out));
    for (const char* name : { "a1", "a2" }) {
        r = cli({ QStringLiteral("action"), QStringLiteral("import"),
                  writeFile(QStringLiteral("%1.json").arg(QLatin1String(name)),
                            action(name, R"({"workflow":"change"})")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    // Gated through the workflow: the list says so (core resolves the reference), in text and JSON.
    r = cli({ QStringLiteral("action"), QStringLiteral("list") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("a1 +v1  approval required"))), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("no approval")), qPrintable(r.out));
    r = cli({ QStringLiteral("--json"), QStringLiteral("action"), QStringLiteral("list") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const QJsonValue& a : r.json().array())
        QVERIFY2(a.toObject().value(QStringLiteral("approvalRequired")).toBool(), qPrintable(r.out));
    r = cli({ QStringLiteral("action"), QStringLiteral("show"), QStringLiteral("a1") });
    QVERIFY2(r.out.contains(QLatin1String("workflow change (approval required)")), qPrintable(r.out));
    r = cli({ QStringLiteral("request"), QStringLiteral("a1"), QStringLiteral("--target"), QStringLiteral("db01"),
              QStringLiteral("--comment"), QStringLiteral("please") },
            QStringLiteral("alice"));
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // A new revision says whom it affects.
    const QString wf2 = writeFile(QStringLiteral("wf2.json"),
                                  R"({"name":"change","policy":{"approverGroups":["security","helpdesk"]}})");
    r = cli({ QStringLiteral("--json"), QStringLiteral("workflow"), QStringLiteral("import"), wf2 });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(QStringLiteral("revision")).toInt(), 2);
    QCOMPARE(r.json().object().value(QStringLiteral("impact")).toString(),
             QStringLiteral("affects new requests of 2 actions; 1 pending request keeps its snapshot"));

    r = cli({ QStringLiteral("--json"), QStringLiteral("workflow"), QStringLiteral("list") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().array().size(), 1);
    QCOMPARE(r.json().array().at(0).toObject().value(QStringLiteral("actions")).toArray().size(), 2);
    r = cli({ QStringLiteral("workflow"), QStringLiteral("show"), QStringLiteral("change") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Used by: a1, a2")), qPrintable(r.out));

    r = cli({ QStringLiteral("workflow"), QStringLiteral("archive"), QStringLiteral("change") });
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("actions refer to it (a1, a2)")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one clear line
}

void TestWorkflowsCli::badWorkflowFiles_data()
{
    QTest::addColumn<QByteArray>("workflow");
    QTest::addColumn<QByteArray>("action"); // imported after the workflow, when not empty
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown field") << QByteArray(R"({"name":"w","policy":{"approverGroups":["security"]},"x":1})")
                                   << QByteArray() << "Workflow field \"x\" is unknown.";
    QTest::newRow("unknown group") << QByteArray(R"({"name":"w","policy":{"approverGroups":["nosuch"]}})")
                                   << QByteArray() << "refers to group \"nosuch\", which does not exist";
    QTest::newRow("self reference") << QByteArray(R"({"name":"w","policy":{"workflow":"w"}})") << QByteArray()
                                    << "a workflow's policy cannot refer to a workflow";
    QTest::newRow("action names a missing workflow")
        << QByteArray(R"({"name":"w","policy":{"approverGroups":["security"]}})")
        << action("a1", R"({"workflow":"nosuch"})") << "refers to workflow \"nosuch\", which does not exist";
    QTest::newRow("action without policy and no default")
        << QByteArray(R"({"name":"w","policy":{"approverGroups":["security"]}})")
        << QByteArray(R"({"name":"a1","description":"d","script":"echo","requesterGroups":["helpdesk"],)"
                      R"("targets":["db01"]})")
        << "no default workflow";
}

void TestWorkflowsCli::badWorkflowFiles()
{
    QFETCH(QByteArray, workflow);
    QFETCH(QByteArray, action);
    QFETCH(QString, error);
    setUp();
    Run r
        = cli({ QStringLiteral("workflow"), QStringLiteral("import"), writeFile(QStringLiteral("w.json"), workflow) });
    if (!action.isEmpty()) {
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("action"), QStringLiteral("import"), writeFile(QStringLiteral("a.json"), action) });
    }
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

// Issues 19 and 17 through the CLI: --ticket checked against the workflow's intake (bad input gets
// one sentence naming the field), --behalf-of recorded and shown with both names.
void TestWorkflowsCli::intakeAndOnBehalf()
{
    setUp();
    for (const QStringList& step : QList<QStringList> {
             { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("maria"), QStringLiteral("--manager"),
               QStringLiteral("carol") },
             { QStringLiteral("workflow"), QStringLiteral("import"),
               writeFile(QStringLiteral("wf.json"),
                         R"({"name":"change","policy":{"approverGroups":["security"],"intake":{"ticket":)"
                         R"({"label":"Change ticket","pattern":"^(INC|CHG)-[0-9]+$"},"minCommentLength":10}}})") },
             { QStringLiteral("action"), QStringLiteral("import"),
               writeFile(QStringLiteral("a1.json"),
                         action("a1", R"({"workflow":"change"},"onBehalf":{"requesterGroups":["helpdesk"]})")) } }) {
        const Run r = cli(step);
        QVERIFY2(r.code == 0, qPrintable(step.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    const QStringList base { QStringLiteral("request"), QStringLiteral("a1"), QStringLiteral("--target"),
                             QStringLiteral("db01") };
    const QString comment = QStringLiteral("the nightly job failed twice");
    const QList<QPair<QStringList, QString>> refused {
        { { QStringLiteral("--comment"), comment }, QStringLiteral("\"Change ticket\" is required") },
        { { QStringLiteral("--comment"), comment, QStringLiteral("--ticket"), QStringLiteral("TASK-1") },
          QStringLiteral("\"Change ticket\" does not have the expected form") },
        { { QStringLiteral("--comment"), QStringLiteral("short"), QStringLiteral("--ticket"), QStringLiteral("CHG-1") },
          QStringLiteral("at least 10 characters") },
        { { QStringLiteral("--comment"), comment, QStringLiteral("--ticket"), QStringLiteral("CHG-1"),
            QStringLiteral("--behalf-of"), QStringLiteral("nobody") },
          QStringLiteral("no active person \"nobody\"") },
    };
    for (const auto& [extra, error] : refused) {
        const Run r = cli(base + extra, QStringLiteral("alice"));
        QVERIFY2(r.code != 0, qPrintable(extra.join(QLatin1Char(' '))));
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
    Run r = cli(QStringList { QStringLiteral("--json") } + base
                    + QStringList { QStringLiteral("--comment"), comment, QStringLiteral("--ticket"),
                                    QStringLiteral("CHG-123"), QStringLiteral("--behalf-of"), QStringLiteral("maria") },
                QStringLiteral("alice"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject made = r.json().object();
    QCOMPARE(made.value(QStringLiteral("requester")).toString(), QStringLiteral("alice"));
    QCOMPARE(made.value(QStringLiteral("behalfOf")).toString(), QStringLiteral("maria"));
    QCOMPARE(made.value(QStringLiteral("ticket")).toString(), QStringLiteral("CHG-123"));
    const QString id = QString::number(made.value(QStringLiteral("id")).toInteger());
    r = cli({ QStringLiteral("show"), id }, QStringLiteral("carol"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("by alice for maria")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Ticket:     CHG-123")), qPrintable(r.out));
    r = cli({ QStringLiteral("show"), id }, QStringLiteral("maria")); // the beneficiary reads it
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("list"), QStringLiteral("incoming") }, QStringLiteral("carol"));
    QVERIFY2(r.out.contains(QLatin1String("alice for maria")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestWorkflowsCli)
#include "tst_workflows_cli.moc"
