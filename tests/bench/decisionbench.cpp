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
#include <thread>

namespace {

// What decide() does in the database for a final approval, statement for statement (checked
// against PostgreSQL's statement log), for a request in [lo, hi]: the approver and their roles,
// the request locked, its decisions, the approver's groups, the decision, then three audit
// entries on the request's chain (decision, phase completed, approved; the head is read and
// locked once; each entry written with its head in one statement, the first also notifying)
// around the state change.
const char* kPgbenchScript = R"SQL(\set id random(:lo, :hi)
BEGIN;
SELECT login, display_name, email, manager, active, created_at FROM users WHERE login = 'approver';
SELECT role FROM user_roles WHERE login = 'approver';
SELECT id, action, action_version, version_digest, requester, comment, parameters, targets, policy, bypass, state, phase, phase_count, created_at, deadline, updated_at, digest FROM requests WHERE id = :id FOR UPDATE;
SELECT id, phase, approver, verdict, comment, basis, request_digest, decided_at FROM decisions WHERE request_id = :id ORDER BY id;
SELECT group_name FROM group_members WHERE login = 'approver';
INSERT INTO decisions (request_id, phase, approver, verdict, comment, basis, request_digest, decided_at) VALUES (:id, 0, 'approver', 'approve', '', '[]', 'x', 0) ON CONFLICT DO NOTHING;
SELECT seq, hash FROM audit_chains WHERE chain = :id FOR UPDATE;
SELECT nextval('audit_log_seq');
WITH entry AS (INSERT INTO audit_log (seq, at, actor, event, request_id, payload, prev_hash, hash, chain, chain_seq) VALUES (nextval('audit_log_seq'), 0, 'approver', 'decision.approved', :id, '{}', '', '', -1, currval('audit_log_seq'))), head AS (UPDATE audit_chains SET seq = seq WHERE chain = :id) SELECT pg_notify('countersign_changes', '1');
SELECT nextval('audit_log_seq');
WITH entry AS (INSERT INTO audit_log (seq, at, actor, event, request_id, payload, prev_hash, hash, chain, chain_seq) VALUES (nextval('audit_log_seq'), 0, 'approver', 'request.phase_completed', :id, '{}', '', '', -1, currval('audit_log_seq'))) UPDATE audit_chains SET seq = seq WHERE chain = :id;
UPDATE requests SET updated_at = updated_at WHERE id = :id;
SELECT nextval('audit_log_seq');
WITH entry AS (INSERT INTO audit_log (seq, at, actor, event, request_id, payload, prev_hash, hash, chain, chain_seq) VALUES (nextval('audit_log_seq'), 0, 'approver', 'request.approved', :id, '{}', '', '', -1, currval('audit_log_seq'))) UPDATE audit_chains SET seq = seq WHERE chain = :id;
COMMIT;
)SQL";

double pgbenchFloor(const Bench& b, int clients, qint64 lo, qint64 hi)
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
                    QString::number(qMin(clients, 2)),
                    QStringLiteral("-T"),
                    QStringLiteral("8"),
                    QStringLiteral("-D"),
                    QStringLiteral("lo=%1").arg(lo),
                    QStringLiteral("-D"),
                    QStringLiteral("hi=%1").arg(hi),
                    QStringLiteral("-f"),
                    script.fileName(),
                    url.path().mid(1) });
    pgbench.waitForFinished(120000);
    const QString out = QString::fromUtf8(pgbench.readAllStandardOutput());
    const auto m
        = QRegularExpression(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)")).match(out);
    if (!m.hasMatch())
        progress(QStringLiteral("pgbench said: ") + out + QString::fromUtf8(pgbench.readAllStandardError()));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

} // namespace

QJsonObject measureDecisions(Bench& b)
{
    QJsonArray levels;
    int used = 0;
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
        go = true;
        for (auto& th : threads)
            th.join();
        const double seconds = wall.nsecsElapsed() / 1e9;
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
                            { QStringLiteral("latencyMsP99"), percentile(all, 99) } };
        levels.append(level);
    }
    // The floors run after every level through core: pgbench's decisions land on requests no level uses.
    if (b.engine == QLatin1String("postgresql")) {
        for (int i = 0; i < levels.size(); ++i) {
            QJsonObject level = levels.at(i).toObject();
            const double floor = pgbenchFloor(b, level.value(QStringLiteral("connections")).toInt(),
                                              b.pendingForApprover.value(used), b.pendingForApprover.last());
            level.insert(QStringLiteral("pgbenchFloorTps"), qRound64(floor));
            level.insert(QStringLiteral("shareOfFloor"),
                         floor > 0 ? qRound(level.value(QStringLiteral("decisionsPerSecond")).toDouble() / floor * 100)
                                 / 100.0
                                   : -1);
            levels[i] = level;
        }
        // pgbench's stand-in audit rows are no chain of Countersign's: remove them before anything verifies the log.
        auto ws = b.connect();
        if (!ws->database().exec(QStringLiteral("DELETE FROM audit_log WHERE chain = -1")).ok())
            progress(QStringLiteral("could not remove pgbench's audit rows; audit figures will fail"));
    }
    return { { QStringLiteral("levels"), levels },
             { QStringLiteral("goal"), QStringLiteral(">= 80% of the pgbench floor at 32 connections") } };
}
