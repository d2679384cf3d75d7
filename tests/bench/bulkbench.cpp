// Bulk decisions through core: the pre-flight preview of N requests, then decideMany (each in its
// own transaction), for one approver on the seeded workspace (its 1M-request tables included).
#include <QElapsedTimer>
#include <bench/benchmark.h>

QJsonObject measureBulk(Bench& b, int count)
{
    cs::AdminService& admin = b.ws->admin();
    const QString root = QStringLiteral("admin");
    must(admin.addGroup(root, QStringLiteral("bulk-requesters"), {}), QStringLiteral("bulk group"));
    must(admin.addGroup(root, QStringLiteral("bulk-approvers"), {}), QStringLiteral("bulk group"));
    must(admin.addUser(root, { QStringLiteral("bulkreq"), QStringLiteral("Bulk Requester"), {}, {}, {}, true, 0 }),
         QStringLiteral("bulk requester"));
    must(admin.addUser(root, { QStringLiteral("bulkappr"), QStringLiteral("Bulk Approver"), {}, {}, {}, true, 0 }),
         QStringLiteral("bulk approver"));
    must(admin.setMembership(root, QStringLiteral("bulk-requesters"), QStringLiteral("bulkreq"), true),
         QStringLiteral("membership"));
    must(admin.setMembership(root, QStringLiteral("bulk-approvers"), QStringLiteral("bulkappr"), true),
         QStringLiteral("membership"));
    auto file = cs::ActionFile::parse(
        R"({ "name": "bulk-bench", "script": "true", "requesterGroups": ["bulk-requesters"], "targets": ["t1"],
             "policy": { "approvalRequired": true, "approverGroups": ["bulk-approvers"], "deadlineHours": 8760 } })");
    mustOk(file, QStringLiteral("bulk action"));
    mustOk(admin.importAction(root, *file), QStringLiteral("bulk action"));

    progress(QStringLiteral("bulk: %1 requests to decide").arg(count));
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        auto r = b.ws->requests().submit(
            QStringLiteral("bulkreq"),
            { QStringLiteral("bulk-bench"), {}, { QStringLiteral("t1") }, QStringLiteral("bulk bench") },
            cs::SubmitMode::RequestApproval);
        mustOk(r, QStringLiteral("bulk submit"));
        ids.append(r->id);
    }
    QElapsedTimer t;
    t.start();
    auto preview = b.ws->requests().previewDecisions(QStringLiteral("bulkappr"), ids, true);
    const qint64 previewMs = t.elapsed();
    mustOk(preview, QStringLiteral("bulk preview"));
    int willDecide = 0;
    for (const cs::DecisionPreview& p : std::as_const(*preview))
        willDecide += p.willDecide() ? 1 : 0;
    if (willDecide != count)
        fail(QStringLiteral("bulk preview: %1 of %2 would be decided").arg(willDecide).arg(count));

    QList<cs::BulkDecisionItem> items;
    for (qint64 id : std::as_const(ids))
        items.append({ id, QStringLiteral("bulk") });
    t.restart();
    const QList<cs::BulkDecisionResult> results = b.ws->requests().decideMany(QStringLiteral("bulkappr"), items, true);
    const qint64 decideMs = t.elapsed();
    int done = 0;
    for (const cs::BulkDecisionResult& r : results)
        done += r.status == cs::BulkDecisionResult::Status::Done ? 1 : 0;
    if (done != count)
        fail(QStringLiteral("bulk decide: %1 of %2 decided").arg(done).arg(count));
    return { { QStringLiteral("requests"), count },
             { QStringLiteral("previewMs"), previewMs },
             { QStringLiteral("decideMs"), decideMs },
             { QStringLiteral("decideMsPerRequest"), double(decideMs) / count } };
}
