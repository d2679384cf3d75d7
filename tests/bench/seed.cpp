// Seeding at scale: a realistic directory through core, a few hundred template requests in every
// state through core, then bulk copies in SQL. A copy of a request is a valid request: the digest
// covers its contents, not its id.
#include <QElapsedTimer>
#include <QJsonArray>
#include <bench/benchmark.h>
#include <core/common/canonicaljson.h>

namespace {

QString two(int i)
{
    return QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
}
QString four(int i)
{
    return QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
}

const QString kRequestColumns
    = QStringLiteral("action, action_version, version_digest, requester, comment, parameters, targets, policy, bypass, "
                     "state, phase, phase_count, created_at, deadline, updated_at, digest");

// Inserts `copies` copies of request `templateId` (and, for pending ones, of its queue index rows).
void copyRequest(cs::Database& db, qint64 templateId, qint64 copies, bool withAudience)
{
    const qint64 batch = 50000;
    for (qint64 done = 0; done < copies; done += batch) {
        const qint64 n = qMin(batch, copies - done);
        auto before = db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM requests"));
        if (!before.ok() || !before->next())
            fail(QStringLiteral("cannot read the highest request id"));
        const qint64 firstNew = before->value(0).toLongLong() + 1;
        before->finish();
        mustExec(db,
                 QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                "INSERT INTO requests (%1) SELECT %1 FROM requests, n WHERE id = ?")
                     .arg(kRequestColumns),
                 { n, templateId }, QStringLiteral("copies of request #%1").arg(templateId));
        if (withAudience)
            mustExec(db,
                     QStringLiteral("INSERT INTO request_audience (request_id, phase, kind, value) "
                                    "SELECT r.id, a.phase, a.kind, a.value FROM requests r, request_audience a "
                                    "WHERE a.request_id = ? AND r.id >= ?"),
                     { templateId, firstNew }, QStringLiteral("queue index copies"));
    }
}

} // namespace

QJsonObject seedWorkspace(Bench& b)
{
    QElapsedTimer timer;
    timer.start();
    cs::Workspace& ws = *b.ws;
    cs::AdminService& admin = ws.admin();
    const QString root = QStringLiteral("admin");
    must(admin.bootstrap(root, QStringLiteral("Bench Admin")), QStringLiteral("bootstrap"));

    progress(QStringLiteral("directory: 1000 people, 50 groups, 50 actions"));
    must(ws.database().transaction([&]() -> cs::Status {
        CS_TRY(admin.addGroup(root, QStringLiteral("requesters"), {}));
        for (int g = 1; g <= 50; ++g)
            CS_TRY(admin.addGroup(root, QStringLiteral("g") + two(g), {}));
        CS_TRY(admin.addUser(root, { b.approver, QStringLiteral("The Approver"), {}, {}, {}, true, 0 }));
        CS_TRY(admin.setMembership(root, QStringLiteral("g01"), b.approver, true));
        for (int u = 1; u <= 1000; ++u) {
            const QString login = QStringLiteral("u") + four(u);
            CS_TRY(admin.addUser(root, { login, login, {}, {}, {}, true, 0 }));
            CS_TRY(admin.setMembership(root, QStringLiteral("requesters"), login, true));
            CS_TRY(admin.setMembership(root, QStringLiteral("g") + two((u % 50) + 1), login, true));
        }
        CS_TRY(admin.addTarget(
            root, { QStringLiteral("t1"), QStringLiteral("server"), QStringLiteral("http://127.0.0.1:1"), {}, {}, 0 }));
        for (int a = 1; a <= 50; ++a) {
            const QJsonObject action {
                { QStringLiteral("name"), QString(QStringLiteral("act") + two(a)) },
                { QStringLiteral("script"), QStringLiteral("true") },
                { QStringLiteral("requesterGroups"), QJsonArray { QStringLiteral("requesters") } },
                { QStringLiteral("targets"), QJsonArray { QStringLiteral("t1") } },
                { QStringLiteral("parameters"),
                  QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("n") },
                                             { QStringLiteral("type"), QStringLiteral("integer") } } } },
                { QStringLiteral("policy"),
                  QJsonObject {
                      { QStringLiteral("approvalRequired"), true },
                      { QStringLiteral("approverGroups"), QJsonArray { QString(QStringLiteral("g") + two(a)) } },
                      { QStringLiteral("deadlineHours"), 8760 } } }
            };
            auto file = cs::ActionFile::fromJson(action);
            CS_TRY(file);
            CS_TRY(admin.importAction(root, *file));
        }
        return cs::Status();
    }),
         QStringLiteral("directory"));

    // Templates in every state, made by core itself; copies spread the states over N requests.
    progress(QStringLiteral("templates in every state"));
    cs::RequestService& requests = ws.requests();
    const auto submit = [&](int a, int requester) {
        auto r = requests.submit(QStringLiteral("u") + four(requester),
                                 { QStringLiteral("act") + two(a),
                                   { { QStringLiteral("n"), a } },
                                   { QStringLiteral("t1") },
                                   QStringLiteral("benchmark") },
                                 cs::SubmitMode::RequestApproval);
        if (!r.ok())
            fail(r.error().message);
        return r->id;
    };
    QList<qint64> pendingTemplates;
    QList<qint64> settledTemplates;
    for (int a = 1; a <= 50; ++a) {
        pendingTemplates << submit(a, 1000 - a);
        // A member of g<a> (u with u % 50 + 1 == a) decides the others.
        const QString member = QStringLiteral("u") + four(a == 1 ? 50 : a - 1);
        const qint64 approved = submit(a, 1000 - a);
        mustOk(requests.decide(member, approved, true, {}), QStringLiteral("approve"));
        const qint64 rejected = submit(a, 1000 - a);
        mustOk(requests.decide(member, rejected, false, QStringLiteral("no")), QStringLiteral("reject"));
        const qint64 cancelled = submit(a, 1000 - a);
        mustOk(requests.cancel(QStringLiteral("u") + four(1000 - a), cancelled), QStringLiteral("cancel"));
        settledTemplates << approved << rejected << cancelled;
    }

    // The approver's queue: 10,000 pending (or a tenth of N), the rest spread over all states.
    const qint64 base = 50 * 4;
    const qint64 forApprover = qMin<qint64>(10000, b.requests / 10);
    const qint64 rest = qMax<qint64>(0, b.requests - base - forApprover);
    progress(QStringLiteral("bulk copies: %1 requests").arg(b.requests));
    must(ws.database().transaction([&]() -> cs::Status {
        copyRequest(ws.database(), pendingTemplates.first(), forApprover, true); // act01: approvers are g01
        const qint64 perTemplate = rest / (pendingTemplates.size() - 1 + settledTemplates.size());
        for (int i = 1; i < pendingTemplates.size(); ++i)
            copyRequest(ws.database(), pendingTemplates.at(i), perTemplate, true);
        for (qint64 t : std::as_const(settledTemplates))
            copyRequest(ws.database(), t, perTemplate, false);
        // Approved copies stand for requests an agent already carried out; without their execution
        // rows the dispatcher would see a quarter of the database as work waiting for an agent.
        mustExec(
            ws.database(),
            QStringLiteral(
                "INSERT INTO executions (request_id, agent, state, claimed_at, started_at, finished_at, exit_code) "
                "SELECT id, 'bench-history', 'succeeded', updated_at, updated_at, updated_at, 0 FROM requests "
                "WHERE state = 'approved'"),
            {}, QStringLiteral("executions of the approved copies"));
        return cs::Status();
    }),
         QStringLiteral("bulk copies"));
    mustExec(ws.database(), QStringLiteral("ANALYZE"), {}, QStringLiteral("analyze"));

    auto count = ws.database().exec(QStringLiteral("SELECT COUNT(*) FROM requests"));
    const qint64 total = count.ok() && count->next() ? count->value(0).toLongLong() : 0;
    count->finish();
    auto mine = ws.database().exec(
        QStringLiteral("SELECT id FROM requests WHERE action = 'act01' AND state = 'pending' ORDER BY id"));
    while (mine.ok() && mine->next())
        b.pendingForApprover << mine->value(0).toLongLong();
    b.approverPending = b.pendingForApprover.size();
    const double seconds = timer.nsecsElapsed() / 1e9;
    return { { QStringLiteral("requests"), total },
             { QStringLiteral("pendingForApprover"), b.approverPending },
             { QStringLiteral("people"), 1001 },
             { QStringLiteral("actions"), 50 },
             { QStringLiteral("seconds"), qRound(seconds * 10) / 10.0 },
             { QStringLiteral("requestsPerSecond"), qRound64(total / seconds) } };
}
