// Access reviews as campaigns (issue 15) through the real countersign-cli binary: start, list,
// show --json, decide (an unassigned person refused), close with the undecided listed, report --csv.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>
#include <support/testworkspace.h>

using namespace cs;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

class TestReviewsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startDecideCloseReport();

private:
    Run cli(const QStringList& args, const QString& as);
    qint64 activeGrant(const QString& target);
    std::unique_ptr<TestWorkspace> t;
};

void TestReviewsCli::init()
{
    if (TestWorkspace::onPostgres())
        QSKIP("the CLI end to end runs on the SQLite file (core's rules run on both in tst_reviewcampaign)");
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    for (const char* name : { "g1", "g2", "g3" })
        t->target(QString::fromLatin1(name), QStringLiteral("server"), QStringLiteral("test"), {},
                  QStringLiteral("http://review-cli.test"));
    t->action(R"({"name": "grant", "interpreter": "/bin/sh", "script": "echo grant", "revokeScript": "echo revoke",
        "durations": ["8h"], "requesterGroups": ["requesters"], "targets": ["g1", "g2", "g3"],
        "policy": {"approvalRequired":true,"approverGroups":["approvers"]}})");
}

void TestReviewsCli::cleanup()
{
    t.reset();
}

Run TestReviewsCli::cli(const QStringList& args, const QString& as)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COUNTERSIGN_DB"), t->path());
    env.insert(QStringLiteral("COUNTERSIGN_TEST_NOW"), isoTime(t->clock.nowMs()));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CS_CLI_PATH), QStringList { QStringLiteral("--as"), as } + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        qFatal("countersign-cli did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

qint64 TestReviewsCli::activeGrant(const QString& target)
{
    SubmitInput in { QStringLiteral("grant"), {}, { target }, QStringLiteral("need") };
    in.duration = QStringLiteral("8h");
    return makeActiveGrant(*t, in);
}

void TestReviewsCli::startDecideCloseReport()
{
    const qint64 a = activeGrant(QStringLiteral("g1"));
    const qint64 b = activeGrant(QStringLiteral("g2"));
    const qint64 c = activeGrant(QStringLiteral("g3"));
    const QString due = isoTime(t->clock.nowMs() + 7LL * 24 * 3600 * 1000);

    // Only admins and auditors start one; a due date is required.
    Run r = cli({ QStringLiteral("review"), QStringLiteral("start"), QStringLiteral("--title"), QStringLiteral("Q4"),
                  QStringLiteral("--due"), due },
                QStringLiteral("alice"));
    QCOMPARE(r.code, 4);
    r = cli({ QStringLiteral("review"), QStringLiteral("start"), QStringLiteral("--title"), QStringLiteral("Q4") },
            QStringLiteral("audit"));
    QCOMPARE(r.code, 2);
    r = cli({ QStringLiteral("review"), QStringLiteral("start"), QStringLiteral("--title"), QStringLiteral("Q4"),
              QStringLiteral("--due"), due },
            QStringLiteral("audit"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Access review #1 started over 3 active grants")), qPrintable(r.out));

    r = cli({ QStringLiteral("review"), QStringLiteral("list") }, QStringLiteral("alice"));
    QVERIFY2(r.out.contains(QLatin1String("#1  Q4  0/3 decided")), qPrintable(r.out));
    r = cli({ QStringLiteral("review"), QStringLiteral("list") }, QStringLiteral("carol"));
    QVERIFY2(r.out.contains(QLatin1String("No access reviews.")), qPrintable(r.out));

    // bob approves too, but not these grants: refused, naming who may.
    r = cli({ QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("1"), QString::number(a),
              QStringLiteral("revoke"), QStringLiteral("--comment"), QStringLiteral("mine") },
            QStringLiteral("bob"));
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("alice")), qPrintable(r.err));
    r = cli({ QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("1"), QString::number(a),
              QStringLiteral("keep"), QStringLiteral("--comment"), QStringLiteral("on call") },
            QStringLiteral("alice"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("#%1").arg(b),
              QStringLiteral("revoke"), QStringLiteral("--comment"), QStringLiteral("vendor finished") },
            QStringLiteral("alice"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("revoked in access review #1")), qPrintable(r.out));
    // The revoke is due now: the request says so.
    r = cli({ QStringLiteral("--json"), QStringLiteral("show"), QString::number(b) }, QStringLiteral("alice"));
    QCOMPARE(r.json().object().value(QStringLiteral("activeUntil")).toString(), isoTime(t->clock.nowMs()));

    r = cli({ QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("1") },
            QStringLiteral("alice"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject shown = r.json().object();
    QCOMPARE(shown.value(QStringLiteral("decided")).toInt(), 2);
    QCOMPARE(shown.value(QStringLiteral("total")).toInt(), 3);
    const QJsonArray items = shown.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("keep"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("revoke"));
    QVERIFY(!items.at(2).toObject().contains(QStringLiteral("decision")));

    r = cli({ QStringLiteral("review"), QStringLiteral("close"), QStringLiteral("1") }, QStringLiteral("alice"));
    QCOMPARE(r.code, 4);
    r = cli({ QStringLiteral("review"), QStringLiteral("close"), QStringLiteral("1") }, QStringLiteral("audit"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("2/3 decided. Undecided: #%1.").arg(c)), qPrintable(r.out));

    const QString csvPath = QFileInfo(t->path()).dir().filePath(QStringLiteral("review.csv"));
    r = cli(
        { QStringLiteral("review"), QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--csv"), csvPath },
        QStringLiteral("audit"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).contains(QStringLiteral(",%1,req,grant,g1,").arg(a)), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QLatin1String(",alice,revoke,vendor finished,")), qPrintable(lines.at(2)));

    // The per-grant listing is still there, as "review grants".
    r = cli({ QStringLiteral("review"), QStringLiteral("grants") }, QStringLiteral("alice"));
    QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("#%1").arg(c)), qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestReviewsCli)
#include "tst_reviews_cli.moc"
