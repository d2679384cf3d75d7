// Time-bound access: 1,000 grants due in the same minute, revoked by the real agent; lateness is
// from each grant's T (active_until) to the start of its revoke script, as the script itself
// records it (milliseconds since the epoch, written first thing).
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QThread>
#include <bench/benchmark.h>
#include <support/agentprocess.h>

QJsonObject measureRevocation(const QString& location, const QString& password, const QString& agentBinary, int grants)
{
    QTemporaryDir dir;
    cs::ManualClock clock;
    const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
    clock.set(QDateTime::fromMSecsSinceEpoch(realNow, Qt::UTC));
    auto opened = cs::Workspace::open(location, clock, password);
    mustOk(opened, QStringLiteral("revocation workspace"));
    cs::Workspace& ws = **opened;
    const QString root = QStringLiteral("root");
    must(ws.admin().bootstrap(root, {}), QStringLiteral("bootstrap"));
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    const QString agentUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QString starts = dir.filePath(QStringLiteral("starts"));
    must(ws.database().transaction([&]() -> cs::Status {
        CS_TRY(ws.admin().addGroup(root, QStringLiteral("requesters"), {}));
        CS_TRY(ws.admin().setMembership(root, QStringLiteral("requesters"), root, true));
        CS_TRY(ws.admin().addTarget(root, { QStringLiteral("t1"), QStringLiteral("server"), agentUrl, {}, {}, 0 }));
        auto file = cs::ActionFile::fromJson(QJsonObject {
            { QStringLiteral("name"), QStringLiteral("temp-admin") },
            { QStringLiteral("script"), QStringLiteral("true") },
            { QStringLiteral("revokeScript"),
              QString(QStringLiteral("echo \"$CS_REQUEST_ID $(date +%s%3N)\" >> ") + starts) },
            { QStringLiteral("durations"), QJsonArray { QStringLiteral("2m") } },
            { QStringLiteral("requesterGroups"), QJsonArray { QStringLiteral("requesters") } },
            { QStringLiteral("targets"), QJsonArray { QStringLiteral("t1") } },
            { QStringLiteral("policy"), QJsonObject { { QStringLiteral("approvalRequired"), false } } } });
        CS_TRY(file);
        CS_TRY(ws.admin().importAction(root, *file));
        return cs::Status();
    }),
         QStringLiteral("revocation fixture"));

    // Grants run "in the past" on the fixture's clock, so that their T fall in one minute starting
    // 20 s from now: grant i at (now - 100 s) + i * 60 s / N, for 2 minutes.
    progress(QStringLiteral("revocation: %1 active grants due in one minute").arg(grants));
    QHash<qint64, qint64> dueAt;
    const qint64 firstGrant = realNow - 100 * 1000;
    for (int i = 0; i < grants; ++i) {
        clock.set(QDateTime::fromMSecsSinceEpoch(firstGrant + qint64(i) * 60000 / grants, Qt::UTC));
        cs::SubmitInput in { QStringLiteral("temp-admin"), {}, { QStringLiteral("t1") }, QStringLiteral("bench") };
        in.duration = QStringLiteral("2m");
        auto r = ws.requests().submit(root, in, cs::SubmitMode::RunDirect);
        mustOk(r, QStringLiteral("submit"));
        mustOk(ws.executions().claim(r->id, QStringLiteral("bench"), QStringLiteral("bench")), QStringLiteral("claim"));
        must(ws.executions().recordStart(r->id, QStringLiteral("bench")), QStringLiteral("start"));
        must(ws.executions().finish(r->id, QStringLiteral("bench"), cs::ExecutionState::Succeeded, 0, {}),
             QStringLiteral("finish"));
        dueAt.insert(r->id, clock.nowMs() + 120 * 1000);
    }
    if (QDateTime::currentMSecsSinceEpoch() >= realNow + 20 * 1000)
        fail(QStringLiteral("making the grants took longer than 20 s; the first were due before the agent ran"));

    AgentProcess::Options options;
    options.binary = agentBinary;
    options.name = QStringLiteral("revoker");
    options.port = port;
    options.database = location;
    options.databasePassword = password;
    options.extraConfig = QStringLiteral(R"(, "publicUrl": "%1", "concurrency": 8)").arg(agentUrl);
    AgentProcess agent(options);
    const qint64 deadline = realNow + 20 * 1000 + 60 * 1000 + 120 * 1000;
    QHash<qint64, qint64> started;
    while (started.size() < grants && QDateTime::currentMSecsSinceEpoch() < deadline) {
        // The event loop runs meanwhile: QProcess reads the agent's log only then, and a full pipe
        // would stop the agent at its next log line.
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        static_cast<void>(agent.log());
        QFile f(starts);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        started.clear();
        for (const QByteArray& line : f.readAll().split('\n'))
            if (const QList<QByteArray> parts = line.split(' '); parts.size() == 2)
                started.insert(parts.at(0).toLongLong(), parts.at(1).toLongLong());
    }
    QList<double> lateness;
    for (auto it = started.cbegin(); it != started.cend(); ++it)
        lateness.append(double(it.value() - dueAt.value(it.key())) / 1000.0);
    qint64 revoked = 0;
    auto page = ws.requestStore().find({ {}, { cs::RequestState::Revoked }, grants + 1, 0 });
    if (page.ok())
        revoked = page->requests.size();
    return { { QStringLiteral("grants"), grants },
             { QStringLiteral("revokeScriptsStarted"), started.size() },
             { QStringLiteral("revoked"), revoked },
             { QStringLiteral("agentConcurrency"), 8 },
             { QStringLiteral("latenessP50Seconds"), percentile(lateness, 50) },
             { QStringLiteral("latenessP99Seconds"), percentile(lateness, 99) },
             { QStringLiteral("latenessMaxSeconds"), percentile(lateness, 100) },
             { QStringLiteral("goal"), QStringLiteral("p99 under 5 s") } };
}
