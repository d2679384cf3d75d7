// Commit -> e-mail accepted: from the commit of a submit to the local SMTP server accepting the
// notice to each of the phase's approvers, delivered by a real agent's sender.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QThread>
#include <bench/benchmark.h>
#include <support/agentprocess.h>
#include <support/smtpsink.h>

QJsonObject measureNotify(Bench& b, const QString& agentBinary, int requests, int approvers, int paceMs)
{
    SmtpSink sink;
    if (!sink.ok())
        fail(QStringLiteral("no SMTP server (packaging/install-deps.sh installs python3-aiosmtpd)"));
    cs::AdminService& admin = b.ws->admin();
    must(admin.addGroup(QStringLiteral("admin"), QStringLiteral("notify-approvers"), {}), QStringLiteral("group"));
    must(admin.addGroup(QStringLiteral("admin"), QStringLiteral("notify-requesters"), {}), QStringLiteral("group"));
    for (int i = 0; i <= approvers; ++i) {
        const QString login = i == 0 ? QStringLiteral("nreq") : QStringLiteral("nap%1").arg(i, 2, 10, QLatin1Char('0'));
        must(admin.addUser(QStringLiteral("admin"),
                           { login, login, login + QStringLiteral("@bench.example"), {}, {}, true, 0 }),
             QStringLiteral("user"));
        must(admin.setMembership(QStringLiteral("admin"),
                                 i == 0 ? QStringLiteral("notify-requesters") : QStringLiteral("notify-approvers"),
                                 login, true),
             QStringLiteral("membership"));
    }
    must(admin.addTarget(QStringLiteral("admin"),
                         { QStringLiteral("notify-host"), QStringLiteral("server"), {}, {}, {}, 0 }),
         QStringLiteral("target"));
    auto file = cs::ActionFile::parse(
        R"({ "name": "notify-bench", "script": "true", "requesterGroups": ["notify-requesters"],
             "targets": ["notify-host"],
             "policy": { "approvalRequired": true, "approverGroups": ["notify-approvers"] } })");
    mustOk(file, QStringLiteral("notify action"));
    mustOk(admin.importAction(QStringLiteral("admin"), *file), QStringLiteral("notify action"));

    const QString from = QStringLiteral("bench-%1@countersign.test").arg(QCoreApplication::applicationPid());
    qputenv("COUNTERSIGN_SMTP_URL", sink.url().toUtf8());
    qputenv("COUNTERSIGN_SMTP_FROM", from.toUtf8());
    qputenv("COUNTERSIGN_NOTIFY_POLL_MS", "100");
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    AgentProcess agent({ agentBinary, QStringLiteral("bench-notify"), port, b.location, b.password, 3600 });

    // Rows written before this run (the seed's) are not measured.
    qint64 firstId = 0;
    {
        auto q = b.ws->database().exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM notify_outbox"));
        mustOk(q, QStringLiteral("outbox head"));
        firstId = q->next() ? q->value(0).toLongLong() : 0;
    }
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < requests; ++i) {
        b.clock.set(QDateTime::currentDateTimeUtc()); // the rows' created_at: this commit, to the millisecond
        mustOk(b.ws->requests().submit(QStringLiteral("nreq"),
                                       { QStringLiteral("notify-bench"),
                                         {},
                                         { QStringLiteral("notify-host") },
                                         QStringLiteral("notify bench") },
                                       cs::SubmitMode::RequestApproval),
               QStringLiteral("submit"));
        if (paceMs > 0)
            QThread::msleep(paceMs);
    }
    const qint64 submitMs = wall.elapsed();
    // Until every mail is accepted (sent_at is written right after the server's 250 to DATA).
    const qint64 expected = qint64(requests) * approvers;
    QList<double> latencies;
    for (int wait = 0; wait < 6000; ++wait) {
        auto q = b.ws->database().exec(QStringLiteral("SELECT sent_at - created_at FROM notify_outbox WHERE id > ? AND "
                                                      "channel = 'email' AND state = 'sent'"),
                                       { firstId });
        mustOk(q, QStringLiteral("outbox"));
        latencies.clear();
        while (q->next())
            latencies << q->value(0).toDouble();
        if (latencies.size() >= expected)
            break;
        QThread::msleep(100);
    }
    if (latencies.size() < expected)
        fail(QStringLiteral("only %1 of %2 notices were sent").arg(latencies.size()).arg(expected));
    return { { QStringLiteral("requests"), requests },
             { QStringLiteral("approversPerRequest"), approvers },
             { QStringLiteral("mails"), latencies.size() },
             { QStringLiteral("submitPaceMs"), paceMs },
             { QStringLiteral("submitSeconds"), double(submitMs) / 1000.0 },
             { QStringLiteral("mailsReceived"), sink.mails(from).size() },
             { QStringLiteral("commitToAcceptedMsP50"), percentile(latencies, 50) },
             { QStringLiteral("commitToAcceptedMsP99"), percentile(latencies, 99) },
             { QStringLiteral("goal"), QStringLiteral("p99 < 2 s") } };
}
