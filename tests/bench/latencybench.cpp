// Approve -> execution start: from the commit of the final approval to the agent starting the
// script, with a real agent on loopback and the client's own dispatch call.
#include <QEventLoop>
#include <QJsonArray>
#include <QTcpServer>
#include <QThread>
#include <bench/benchmark.h>
#include <core/execution/agentclient.h>
#include <support/agentprocess.h>

QJsonObject measureExecutionLatency(Bench& b, const QString& agentBinary, int samples)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    AgentProcess agent({ agentBinary, QStringLiteral("bench-agent"), port, b.location, b.password, 3600 });
    cs::AdminService& admin = b.ws->admin();
    b.clock.set(QDateTime::currentDateTimeUtc());
    must(admin.addTarget(QStringLiteral("admin"),
                         { QStringLiteral("bench-host"), QStringLiteral("server"), agent.url(), {}, {}, 0 }),
         QStringLiteral("target"));
    auto file = cs::ActionFile::parse(
        R"({ "name": "latency", "script": "true", "requesterGroups": ["requesters"], "targets": ["bench-host"],
                                          "policy": { "approvalRequired": true, "approverGroups": ["g01"] } })");
    mustOk(file, QStringLiteral("latency action"));
    mustOk(admin.importAction(QStringLiteral("admin"), *file), QStringLiteral("latency action"));

    cs::AgentClient client;
    QList<double> latencies;
    QList<qint64> ids;
    for (int i = 0; i < samples; ++i) {
        b.clock.set(QDateTime::currentDateTimeUtc());
        auto r = b.ws->requests().submit(
            QStringLiteral("u0001"),
            { QStringLiteral("latency"), {}, { QStringLiteral("bench-host") }, QStringLiteral("latency") },
            cs::SubmitMode::RequestApproval);
        mustOk(r, QStringLiteral("submit"));
        b.clock.set(QDateTime::currentDateTimeUtc());
        mustOk(b.ws->requests().decide(b.approver, r->id, true, {}), QStringLiteral("approve")); // committed here
        QEventLoop loop;
        QObject::connect(&client, &cs::AgentClient::replied, &loop, &QEventLoop::quit);
        client.requestExecution(agent.url(), agent.token(), r->id); // as the desktop client does at once
        loop.exec();
        ids << r->id;
    }
    // The agent recorded when each script started; the decision when it was committed.
    for (qint64 id : std::as_const(ids)) {
        for (int wait = 0; wait < 100; ++wait) {
            auto e = b.ws->executions().execution(id);
            if (e.ok() && *e && (*e)->startedAt > 0) {
                const auto decisions = b.ws->requestStore().decisions(id);
                latencies << double((*e)->startedAt - decisions->last().decidedAt);
                break;
            }
            QThread::msleep(20);
        }
    }
    return { { QStringLiteral("samples"), latencies.size() },
             { QStringLiteral("approvalToStartMsP50"), percentile(latencies, 50) },
             { QStringLiteral("approvalToStartMsP99"), percentile(latencies, 99) },
             { QStringLiteral("goal"), QStringLiteral("p50 < 100 ms, p99 < 500 ms") } };
}
