// Approval made outside the desktop client -> script start. The approval is committed through
// core's RequestService::decide in this process (the very call `countersign-cli approve` makes) and
// nobody calls the agent: a real agent process, whose periodic sweep is an hour apart, must notice
// the approval by itself (PostgreSQL LISTEN/NOTIFY). One approval at a time, each waited for.
#include <QDateTime>
#include <QEventLoop>
#include <QTcpServer>
#include <QTimer>
#include <bench/benchmark.h>
#include <support/agentprocess.h>

QJsonObject measureApprovalStart(Bench& b, const QString& agentBinary, int samples)
{
    if (b.engine != QLatin1String("postgresql"))
        return { { QStringLiteral("skipped"),
                   QStringLiteral("SQLite has no notifications: such approvals start at the agent's next sweep "
                                  "(pollSeconds)") } };
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    AgentProcess agent({ agentBinary, QStringLiteral("start-agent"), port, b.location, b.password, 3600 });
    cs::AdminService& admin = b.ws->admin();
    b.clock.set(QDateTime::currentDateTimeUtc());
    must(admin.addTarget(QStringLiteral("admin"),
                         { QStringLiteral("start-host"), QStringLiteral("server"), agent.url(), {}, {}, 0 }),
         QStringLiteral("target"));
    auto file = cs::ActionFile::parse(
        R"({ "name": "approval-start", "script": "true", "requesterGroups": ["requesters"], "targets": ["start-host"],
             "policy": { "approvalRequired": true, "approverGroups": ["g01"] } })");
    mustOk(file, QStringLiteral("approval-start action"));
    mustOk(admin.importAction(QStringLiteral("admin"), *file), QStringLiteral("approval-start action"));

    // Waiting for the start by notification too (the agent's start is an audited change), so the
    // bench does not load the database with polling while the agent works.
    QObject listener;
    QEventLoop changed;
    const bool notified = b.ws->database().subscribeToChanges(&listener, [&changed] { changed.quit(); });
    if (!notified)
        fail(QStringLiteral("cannot listen for changes"));

    QList<double> latencies;
    QList<double> approvals;
    int late = 0;
    for (int i = 0; i < samples; ++i) {
        b.clock.set(QDateTime::currentDateTimeUtc());
        auto r = b.ws->requests().submit(
            QStringLiteral("u0001"),
            { QStringLiteral("approval-start"), {}, { QStringLiteral("start-host") }, QStringLiteral("start") },
            cs::SubmitMode::RequestApproval);
        mustOk(r, QStringLiteral("submit"));
        const qint64 asked = QDateTime::currentMSecsSinceEpoch();
        b.clock.set(QDateTime::fromMSecsSinceEpoch(asked, Qt::UTC));
        mustOk(b.ws->requests().decide(b.approver, r->id, true, {}), QStringLiteral("approve"));
        const qint64 committed = QDateTime::currentMSecsSinceEpoch(); // decide returns once COMMIT has
        approvals << double(committed - asked);
        qint64 startedAt = 0;
        for (int wait = 0; wait < 200 && startedAt == 0; ++wait) {
            auto e = b.ws->executions().execution(r->id);
            mustOk(e, QStringLiteral("execution"));
            if (*e && (*e)->startedAt > 0) {
                startedAt = (*e)->startedAt;
                break;
            }
            QTimer::singleShot(50, &changed, &QEventLoop::quit); // in case a notification came before the wait
            changed.exec();
        }
        if (startedAt == 0) {
            ++late; // not started within about 10 s
            continue;
        }
        latencies << double(startedAt - committed);
    }
    const double p99 = percentile(latencies, 99);
    return { { QStringLiteral("samples"), latencies.size() },
             { QStringLiteral("notStartedWithin10s"), late },
             { QStringLiteral("approvedThrough"),
               QStringLiteral("RequestService::decide, as countersign-cli approve; the agent is not called") },
             { QStringLiteral("approvalCommitMsP50"), percentile(approvals, 50) },
             { QStringLiteral("commitToStartMsP50"), percentile(latencies, 50) },
             { QStringLiteral("commitToStartMsP95"), percentile(latencies, 95) },
             { QStringLiteral("commitToStartMsP99"), p99 },
             { QStringLiteral("commitToStartMsMax"), percentile(latencies, 100) },
             { QStringLiteral("goal"), QStringLiteral("p99 < 100 ms") },
             { QStringLiteral("goalMet"), late == 0 && p99 >= 0 && p99 < 100 } };
}
