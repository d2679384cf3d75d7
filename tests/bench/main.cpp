// countersign-bench: the product's speed and scale, measured on SQLite or PostgreSQL, printed as
// one JSON document. Not a test: nothing here passes or fails on a number.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <bench/benchmark.h>
#include <cstdlib>

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const int index = qBound(0, int(std::ceil(p / 100.0 * values.size())) - 1, int(values.size()) - 1);
    return qRound(values.at(index) * 100) / 100.0;
}

void fail(const QString& message)
{
    QTextStream(stderr) << "countersign-bench: " << message << Qt::endl;
    std::exit(1);
}

void progress(const QString& message)
{
    QTextStream(stderr) << "countersign-bench: " << message << Qt::endl;
}

void must(const cs::Status& s, const QString& what)
{
    if (!s.ok())
        fail(what + QStringLiteral(": ") + s.error().message);
}

void mustExec(cs::Database& db, const QString& sql, const QVariantList& values, const QString& what)
{
    auto q = db.exec(sql, values);
    if (!q.ok())
        fail(what + QStringLiteral(": ") + q.error().message);
}

std::unique_ptr<cs::Workspace> Bench::connect() const
{
    auto ws = cs::Workspace::open(location, clock, password);
    if (!ws.ok())
        fail(ws.error().message);
    return std::move(ws).value();
}

namespace {

// A private PostgreSQL cluster for the run (the same script the tests use), stopped at exit.
struct PrivateCluster
{
    QString dir;
    QString url;
    QString password;

    void start()
    {
        QProcess script;
        script.start(QStringLiteral("bash"),
                     { QStringLiteral(CS_SOURCE_DIR "/packaging/pg-cluster.sh"), QStringLiteral("start") });
        script.waitForFinished(120000);
        const QString out = QString::fromUtf8(script.readAllStandardOutput());
        const auto value = [&out](const char* name) {
            return QRegularExpression(QStringLiteral("%1='([^']*)'").arg(QLatin1String(name))).match(out).captured(1);
        };
        dir = value("COUNTERSIGN_TEST_PG_DIR");
        url = value("COUNTERSIGN_TEST_PG_URL");
        password = value("COUNTERSIGN_TEST_PG_PASSWORD");
        if (url.isEmpty())
            fail(QStringLiteral("cannot start a private PostgreSQL cluster: ")
                 + QString::fromUtf8(script.readAllStandardError()));
    }
    ~PrivateCluster()
    {
        if (!dir.isEmpty())
            QProcess::execute(
                QStringLiteral("bash"),
                { QStringLiteral(CS_SOURCE_DIR "/packaging/pg-cluster.sh"), QStringLiteral("stop"), dir });
    }
};

void createDatabase(const QString& url, const QString& password, const QString& name)
{
    const QUrl u(url);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setPassword(password);
        db.setDatabaseName(u.path().mid(1));
        if (!db.open())
            fail(db.lastError().text());
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            fail(q.lastError().text());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
}

} // namespace

int main(int argc, char* argv[])
{
    // The evidence section lays out PDFs, which needs Qt Gui's fonts: offscreen, no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures Countersign's speed and scale; prints one JSON document."));
    parser.addHelpOption();
    const QCommandLineOption engine(QStringLiteral("engine"), QStringLiteral("sqlite or postgresql"),
                                    QStringLiteral("engine"), QStringLiteral("sqlite"));
    const QCommandLineOption requests(QStringLiteral("requests"), QStringLiteral("requests to seed (up to 1,000,000)"),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption auditEntries(QStringLiteral("audit-entries"),
                                          QStringLiteral("audit entries to verify (default: as many as requests)"),
                                          QStringLiteral("N"));
    const QCommandLineOption auditSpread(
        QStringLiteral("audit-spread"),
        QStringLiteral("audit entries take turns among the requests' chains instead of filling the global one"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("an existing empty PostgreSQL database to use (password in PGPASSWORD)"), QStringLiteral("url"));
    const QCommandLineOption skip(
        QStringLiteral("skip"),
        QStringLiteral(
            "sections to leave out: queue,home,decisions,latency,approvalStart,agenthttp,api,audit,evidence,footprint,"
            "policy,directory,notify,bulk,whoCanApprove,revocation,workflows,activeGrants"),
        QStringLiteral("list"));
    const QCommandLineOption exportRequests(QStringLiteral("export-requests"),
                                            QStringLiteral("requests in the CSV period report (evidence section)"),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption pdfRequests(QStringLiteral("pdf-requests"),
                                         QStringLiteral("requests in the PDF period report (evidence section)"),
                                         QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption notifyRequests(QStringLiteral("notify-requests"),
                                            QStringLiteral("requests of the notify section (20 approvers each)"),
                                            QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption notifyPace(QStringLiteral("notify-pace-ms"),
                                        QStringLiteral("pause between the notify section's submits"),
                                        QStringLiteral("ms"), QStringLiteral("100"));
    parser.addOptions({ engine, requests, auditEntries, auditSpread, database, skip, exportRequests, pdfRequests,
                        notifyRequests, notifyPace });
    parser.process(app);

    Bench b;
    b.engine = parser.value(engine);
    b.requests = qBound(qint64(1000), parser.value(requests).toLongLong(), qint64(1000000));
    const QStringList skipped = parser.value(skip).split(QLatin1Char(','), Qt::SkipEmptyParts);
    b.clock.set(QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    PrivateCluster cluster;
    if (b.engine == QLatin1String("postgresql")) {
        if (parser.isSet(database)) {
            b.location = parser.value(database);
            b.password = qEnvironmentVariable("PGPASSWORD");
        } else {
            progress(QStringLiteral("starting a private PostgreSQL cluster"));
            cluster.start();
            createDatabase(cluster.url, cluster.password, QStringLiteral("bench"));
            QUrl url(cluster.url);
            url.setPath(QStringLiteral("/bench"));
            b.location = url.toString();
            b.password = cluster.password;
        }
    } else if (b.engine == QLatin1String("sqlite")) {
        b.location = dir.filePath(QStringLiteral("bench.db"));
    } else {
        fail(QStringLiteral("--engine is sqlite or postgresql"));
    }
    b.ws = b.connect();

    QJsonObject report { { QStringLiteral("engine"), b.engine },
                         { QStringLiteral("machine"), QStringLiteral("%1 cores").arg(QThread::idealThreadCount()) },
                         { QStringLiteral("version"), QStringLiteral(COUNTERSIGN_VERSION) } };
    report.insert(QStringLiteral("seed"), seedWorkspace(b));
    if (b.engine == QLatin1String("postgresql")) {
        // The client on PostgreSQL is the connecting role: make it the approver's twin for the footprint run.
        auto role = b.ws->database().currentUser();
        mustOk(role, QStringLiteral("current user"));
        must(b.ws->admin().addUser(QStringLiteral("admin"), { *role, *role, {}, {}, {}, true, 0 }),
             QStringLiteral("role as person"));
        must(b.ws->admin().setMembership(QStringLiteral("admin"), QStringLiteral("g01"), *role, true),
             QStringLiteral("role in g01"));
    }
    const auto run = [&](const char* name, const std::function<QJsonObject()>& section) {
        if (skipped.contains(QLatin1String(name)))
            return;
        progress(QStringLiteral("measuring %1").arg(QLatin1String(name)));
        report.insert(QLatin1String(name), section());
    };
    run("policy", [] { return measurePolicyEvaluation(); });
    run("workflows", [] { return measureWorkflowReferences(300); }); // issue 19
    run("queue", [&] { return measureQueue(b); });
    run("home", [&] { return measureHome(b); });
    run("whoCanApprove", [&] { return measureWhoCanApprove(b); });
    run("footprint", [&] { return measureFootprint(b, QStringLiteral(CS_DESKTOP_PATH)); });
    run("decisions", [&] { return measureDecisions(b); });
    run("bulk", [&] { return measureBulk(b, 200); });
    run("activeGrants", [&] { return measureActiveGrants(b, 2000); });
    run("latency", [&] { return measureExecutionLatency(b, QStringLiteral(CS_AGENT_PATH), 200); });
    run("approvalStart", [&] { return measureApprovalStart(b, QStringLiteral(CS_AGENT_PATH), 200); });
    run("agenthttp", [&] { return measureAgentHttp(b, QStringLiteral(CS_AGENT_PATH)); });
    run("api", [&] { return measureApi(b, QStringLiteral(CS_AGENT_PATH), 8, 100); }); // issue 17
    run("directory", [&] {
        // A workspace of its own: the sync must start from an empty directory.
        if (b.engine == QLatin1String("sqlite"))
            return measureDirectory(dir.filePath(QStringLiteral("directory.db")), {});
        if (cluster.url.isEmpty())
            return QJsonObject { { QStringLiteral("skipped"),
                                   QStringLiteral("needs the private cluster (no --database)") } };
        createDatabase(cluster.url, cluster.password, QStringLiteral("benchdirectory"));
        QUrl url(cluster.url);
        url.setPath(QStringLiteral("/benchdirectory"));
        return measureDirectory(url.toString(), cluster.password);
    });
    run("notify", [&] {
        return measureNotify(b, QStringLiteral(CS_AGENT_PATH), parser.value(notifyRequests).toInt(), 20,
                             parser.value(notifyPace).toInt());
    });
    run("revocation", [&] {
        // A workspace of its own, like directory: 1,000 grants due in the same minute.
        if (b.engine == QLatin1String("sqlite"))
            return measureRevocation(dir.filePath(QStringLiteral("revocation.db")), {}, QStringLiteral(CS_AGENT_PATH),
                                     1000);
        if (cluster.url.isEmpty())
            return QJsonObject { { QStringLiteral("skipped"),
                                   QStringLiteral("needs the private cluster (no --database)") } };
        createDatabase(cluster.url, cluster.password, QStringLiteral("benchrevocation"));
        QUrl url(cluster.url);
        url.setPath(QStringLiteral("/benchrevocation"));
        return measureRevocation(url.toString(), cluster.password, QStringLiteral(CS_AGENT_PATH), 1000);
    });
    run("audit", [&] {
        return measureAuditVerify(b, parser.isSet(auditEntries) ? parser.value(auditEntries).toLongLong() : b.requests,
                                  parser.isSet(auditSpread));
    });
    run("evidence", [&] {
        return measureEvidence(b, parser.value(exportRequests).toLongLong(), parser.value(pdfRequests).toLongLong());
    });

    b.ws.reset();
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return 0;
}
