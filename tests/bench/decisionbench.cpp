// Decisions through core with K concurrent approvers' connections, beside the database's floor:
// the same transaction's statements replayed by pgbench (PostgreSQL).
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QUrl>
#include <atomic>
#include <bench/benchmark.h>
#include <sys/resource.h>
#include <thread>

namespace {

// What decide() does in the database for a final approval, statement for statement (checked
// against PostgreSQL's statement log), for a request in [lo, hi]: the approver with their roles and
// groups, the request locked, its decisions (read after the lock), the decision, the state change,
// then the three audit entries on the request's chain (decision, phase completed, approved) in one
// append: the head locked and read with the entries' three global positions, then the entries,
// their three notice event rows, the head and the notification in one statement. The stand-in
// event rows take negative positions (no real entry's) and are removed after the floors.
const char* kPgbenchScript = R"SQL(\set id random(:lo, :hi)
BEGIN;
SELECT u.login, u.display_name, u.email, u.manager, u.active, u.created_at, r.role, NULL FROM users u LEFT JOIN user_roles r ON r.login = u.login WHERE u.login = 'approver' UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, group_name FROM group_members WHERE login = 'approver';
SELECT id, action, action_version, version_digest, requester, comment, parameters, targets, policy, bypass, state, phase, phase_count, created_at, deadline, updated_at, digest, request_key, escalations, deadline_extended, duration_seconds, not_before, previous_request, active_until, behalf_of, ticket, requested_again_from FROM requests WHERE id = :id FOR UPDATE;
SELECT id, phase, approver, verdict, comment, basis, request_digest, decided_at, decided_by FROM decisions WHERE request_id = :id ORDER BY id;
INSERT INTO decisions (request_id, phase, approver, verdict, comment, basis, request_digest, decided_at, decided_by) VALUES (:id, 0, 'approver', 'approve', '', '[]', 'x', 0, '') ON CONFLICT DO NOTHING;
UPDATE requests SET updated_at = updated_at WHERE id = :id;
SELECT h.seq, h.hash, nextval('audit_log_seq') FROM (SELECT seq, hash FROM audit_chains WHERE chain = :id FOR UPDATE) h CROSS JOIN generate_series(1, 3);
WITH entry AS (INSERT INTO audit_log (seq, at, actor, event, request_id, payload, prev_hash, hash, chain, chain_seq) VALUES (nextval('audit_log_seq'), 0, 'approver', 'decision.approved', :id, '{}', '', '', -1, currval('audit_log_seq')), (nextval('audit_log_seq'), 0, 'approver', 'request.phase_completed', :id, '{}', '', '', -1, currval('audit_log_seq')), (nextval('audit_log_seq'), 0, 'approver', 'request.approved', :id, '{}', '', '', -1, currval('audit_log_seq'))), rider1 AS (INSERT INTO notify_events (audit_seq, created_at) VALUES (-nextval('audit_log_seq'), 0), (-nextval('audit_log_seq'), 0), (-nextval('audit_log_seq'), 0)), head AS (UPDATE audit_chains SET seq = seq WHERE chain = :id) SELECT pg_notify('countersign_changes', '1');
COMMIT;
)SQL";

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Floor
{
    double tps = -1;
    double clientCpuMsPerTx = -1; // pgbench's own CPU (user + system) per transaction
};

Floor pgbenchFloor(const Bench& b, int clients, int threads, qint64 lo, qint64 hi)
{
    QTemporaryFile script;
    script.open();
    script.write(kPgbenchScript);
    script.close();
    const QUrl url(b.location);
    QProcess pgbench;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), b.password);
    pgbench.setProcessEnvironment(env);
    pgbench.start(b.pgBin + QStringLiteral("/pgbench"),
                  { QStringLiteral("-n"),
                    QStringLiteral("-h"),
                    url.host(),
                    QStringLiteral("-p"),
                    QString::number(url.port()),
                    QStringLiteral("-U"),
                    url.userName(),
                    QStringLiteral("-c"),
                    QString::number(clients),
                    QStringLiteral("-j"),
                    QString::number(threads),
                    QStringLiteral("-T"),
                    QStringLiteral("8"),
                    QStringLiteral("-D"),
                    QStringLiteral("lo=%1").arg(lo),
                    QStringLiteral("-D"),
                    QStringLiteral("hi=%1").arg(hi),
                    QStringLiteral("-f"),
                    script.fileName(),
                    url.path().mid(1) });
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    pgbench.waitForFinished(120000);
    const double cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore; // pgbench is a child waited for now
    const QString out = QString::fromUtf8(pgbench.readAllStandardOutput());
    const auto m
        = QRegularExpression(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)")).match(out);
    if (!m.hasMatch())
        progress(QStringLiteral("pgbench said: ") + out + QString::fromUtf8(pgbench.readAllStandardError()));
    const auto done
        = QRegularExpression(QStringLiteral("number of transactions actually processed: ([0-9]+)")).match(out);
    Floor floor;
    floor.tps = m.hasMatch() ? m.captured(1).toDouble() : -1;
    if (done.hasMatch() && done.captured(1).toLongLong() > 0)
        floor.clientCpuMsPerTx = qRound(cpu * 1000 / done.captured(1).toDouble() * 1000) / 1000.0;
    return floor;
}

} // namespace

QJsonObject measureDecisions(Bench& b)
{
    QJsonArray levels;
    int used = 0;
    if (b.engine == QLatin1String("postgresql")) {
        // The floors run on a settled database: so do the levels, not beside autovacuum and the
        // checkpointer working through what seeding just wrote.
        auto ws = b.connect();
        for (const char* settle : { "VACUUM ANALYZE", "CHECKPOINT" })
            if (!ws->database().exec(QString::fromLatin1(settle)).ok())
                progress(QStringLiteral("%1 failed; the decision levels run beside the server's own work")
                             .arg(QLatin1String(settle)));
    }
    for (int clients : { 1, 8, 32 }) {
        const int perClient = clients == 1 ? 300 : clients == 8 ? 60 : 20;
        if (used + clients * perClient > b.pendingForApprover.size()) {
            progress(QStringLiteral("not enough pending requests for %1 clients; seed more").arg(clients));
            break;
        }
        const QList<qint64> ids = b.pendingForApprover.mid(used, clients * perClient);
        used += ids.size();
        std::vector<std::vector<double>> latencies(clients);
        std::atomic<int> ready { 0 };
        std::atomic<bool> go { false };
        std::atomic<int> failures { 0 };
        std::vector<std::thread> threads;
        b.clock.set(QDateTime::currentDateTimeUtc());
        for (int c = 0; c < clients; ++c) {
            threads.emplace_back([&, c] {
                auto ws = b.connect();
                ++ready;
                while (!go.load())
                    std::this_thread::yield();
                for (int i = 0; i < perClient; ++i) {
                    QElapsedTimer t;
                    t.start();
                    auto r = ws->requests().decide(b.approver, ids.at(c * perClient + i), true, {});
                    latencies[c].push_back(t.nsecsElapsed() / 1e6);
                    if (!r.ok())
                        ++failures;
                }
            });
        }
        while (ready.load() < clients)
            std::this_thread::yield();
        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        go = true;
        for (auto& th : threads)
            th.join();
        const double seconds = wall.nsecsElapsed() / 1e9;
        // The client's CPU (all its threads, user and system) per decision: what competes with the server.
        const double cpuMs = (cpuSeconds(RUSAGE_SELF) - cpuBefore) * 1000 / ids.size();
        QList<double> all;
        for (const auto& l : latencies)
            for (double v : l)
                all << v;
        const double rate = ids.size() / seconds;
        QJsonObject level { { QStringLiteral("connections"), clients },
                            { QStringLiteral("decisions"), ids.size() },
                            { QStringLiteral("failed"), failures.load() },
                            { QStringLiteral("decisionsPerSecond"), qRound64(rate) },
                            { QStringLiteral("latencyMsP50"), percentile(all, 50) },
                            { QStringLiteral("latencyMsP99"), percentile(all, 99) },
                            { QStringLiteral("clientCpuMsPerDecision"), qRound(cpuMs * 1000) / 1000.0 } };
        levels.append(level);
    }
    // The floors run after every level through core: pgbench's decisions land on requests no level uses.
    if (b.engine == QLatin1String("postgresql")) {
        for (int i = 0; i < levels.size(); ++i) {
            QJsonObject level = levels.at(i).toObject();
            const int clients = level.value(QStringLiteral("connections")).toInt();
            const double rate = level.value(QStringLiteral("decisionsPerSecond")).toDouble();
            const auto share = [rate](double floor) { return floor > 0 ? qRound(rate / floor * 100) / 100.0 : -1; };
            // The floor: pgbench as it is usually run, two threads each driving half the connections.
            const Floor floor = pgbenchFloor(b, clients, qMin(clients, 2), b.pendingForApprover.value(used),
                                             b.pendingForApprover.last());
            level.insert(QStringLiteral("pgbenchFloorTps"), qRound64(floor.tps));
            level.insert(QStringLiteral("shareOfFloor"), share(floor.tps));
            level.insert(QStringLiteral("pgbenchCpuMsPerTx"), floor.clientCpuMsPerTx);
            // Also with a thread per connection, as core's clients run (each a process or thread
            // waiting on its own connection): on two cores the client's context switches count.
            const Floor perConnection
                = pgbenchFloor(b, clients, clients, b.pendingForApprover.value(used), b.pendingForApprover.last());
            level.insert(QStringLiteral("pgbenchThreadPerConnectionTps"), qRound64(perConnection.tps));
            level.insert(QStringLiteral("shareOfThreadPerConnectionFloor"), share(perConnection.tps));
            level.insert(QStringLiteral("pgbenchThreadPerConnectionCpuMsPerTx"), perConnection.clientCpuMsPerTx);
            levels[i] = level;
        }
        // pgbench's stand-in audit rows are no chain of Countersign's: remove them before anything verifies the log.
        auto ws = b.connect();
        if (!ws->database().exec(QStringLiteral("DELETE FROM audit_log WHERE chain = -1")).ok())
            progress(QStringLiteral("could not remove pgbench's audit rows; audit figures will fail"));
        if (!ws->database().exec(QStringLiteral("DELETE FROM notify_events WHERE audit_seq < 0")).ok())
            progress(QStringLiteral("could not remove pgbench's notice event rows"));
    }
    return { { QStringLiteral("levels"), levels },
             { QStringLiteral("goal"), QStringLiteral(">= 80% of the pgbench floor at 32 connections") } };
}
