// The workflow commands (issue 19) through the real countersign-cli binary on a temporary SQLite file.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

QTEST_GUILESS_MAIN(TestWorkflowsCli)
#include "tst_workflows_cli.moc"
