// The Active grants tab at scale: 2,000 active grants on the seeded workspace, listed by core as
// the tab's worker thread reads them, for an admin (every grant) and for one approver (half).
#include <QElapsedTimer>
#include <bench/benchmark.h>
#include <core/execution/accessreview.h>

namespace {

QJsonObject timeList(Bench& b, const QString& actor, int* rows)
{
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        auto items = b.ws->accessReview().list(actor);
        times << t.nsecsElapsed() / 1e6;
        mustOk(items, QStringLiteral("active grants of %1").arg(actor));
        *rows = items->size();
    }
    return { { QStringLiteral("rows"), *rows },
             { QStringLiteral("msP50"), percentile(times, 50) },
             { QStringLiteral("msMax"), percentile(times, 100) } };
}

} // namespace

QJsonObject measureActiveGrants(Bench& b, int grants)
{
    cs::AdminService& admin = b.ws->admin();
    const QString root = QStringLiteral("admin");
    const QStringList approvers { QStringLiteral("grantappr1"), QStringLiteral("grantappr2") };
    must(admin.addGroup(root, QStringLiteral("grant-requesters"), {}), QStringLiteral("grant group"));
    must(admin.addGroup(root, QStringLiteral("grant-approvers"), {}), QStringLiteral("grant group"));
    must(admin.addUser(root, { QStringLiteral("grantreq"), QStringLiteral("Grant Requester"), {}, {}, {}, true, 0 }),
         QStringLiteral("grant requester"));
    must(admin.setMembership(root, QStringLiteral("grant-requesters"), QStringLiteral("grantreq"), true),
         QStringLiteral("membership"));
    for (const QString& login : approvers) {
        must(admin.addUser(root, { login, login, {}, {}, {}, true, 0 }), QStringLiteral("grant approver"));
        must(admin.setMembership(root, QStringLiteral("grant-approvers"), login, true), QStringLiteral("membership"));
    }
    auto file = cs::ActionFile::parse(
        R"({ "name": "grant-bench", "script": "true", "revokeScript": "true", "durations": ["8h"],
             "requesterGroups": ["grant-requesters"], "targets": ["t1"],
             "policy": { "approvalRequired": true, "approverGroups": ["grant-approvers"], "deadlineHours": 8760 } })");
    mustOk(file, QStringLiteral("grant action"));
    mustOk(admin.importAction(root, *file), QStringLiteral("grant action"));

    progress(QStringLiteral("activeGrants: %1 active grants").arg(grants));
    for (int i = 0; i < grants; ++i) {
        cs::SubmitInput in { QStringLiteral("grant-bench"), {}, { QStringLiteral("t1") }, QStringLiteral("bench") };
        in.duration = QStringLiteral("8h");
        auto r = b.ws->requests().submit(QStringLiteral("grantreq"), in, cs::SubmitMode::RequestApproval);
        mustOk(r, QStringLiteral("grant submit"));
        mustOk(b.ws->requests().decide(approvers.at(i % 2), r->id, true, {}), QStringLiteral("grant approve"));
        mustOk(b.ws->executions().claim(r->id, QStringLiteral("bench"), QStringLiteral("bench")),
               QStringLiteral("grant claim"));
        must(b.ws->executions().recordStart(r->id, QStringLiteral("bench")), QStringLiteral("grant start"));
        must(b.ws->executions().finish(r->id, QStringLiteral("bench"), cs::ExecutionState::Succeeded, 0, {}),
             QStringLiteral("grant finish"));
    }
    int adminRows = 0;
    int approverRows = 0;
    const QJsonObject asAdmin = timeList(b, root, &adminRows);
    const QJsonObject asApprover = timeList(b, approvers.first(), &approverRows);
    if (approverRows != grants / 2)
        fail(QStringLiteral("activeGrants: the approver sees %1 of their %2 grants").arg(approverRows).arg(grants / 2));
    return { { QStringLiteral("activeGrants"), grants },
             { QStringLiteral("asAdmin"), asAdmin },
             { QStringLiteral("asApprover"), asApprover },
             { QStringLiteral("note"), QStringLiteral("core's read of the Active grants tab, off the GUI thread") } };
}
