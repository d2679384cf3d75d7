// Workflows (issue 19): submission and decision rates when the action refers to a workflow, beside
// the same policy embedded in the action (each on a fresh workspace of its own, same engine as the run).
#include <QElapsedTimer>
#include <QJsonDocument>
#include <bench/benchmark.h>
#include <core/admin/workflowservice.h>
#include <support/testworkspace.h>

namespace {

QJsonObject measureOne(bool viaWorkflow, int requests)
{
    const QByteArray policy = R"({"rules":[{"name":"prod","when":[{"field":"target.environment","op":"eq",)"
                              R"("value":"production"}],"phases":[{"name":"Review","approve":{"group":"approvers"}},)"
                              R"({"name":"Security","approve":{"group":"security"}}]},)"
                              R"({"name":"default","phases":[{"name":"Approval","approve":{"group":"approvers"}}]}]})";
    TestWorkspace t;
    buildStandardDirectory(t);
    if (viaWorkflow) {
        auto file
            = cs::WorkflowFile::fromJson({ { QStringLiteral("name"), QStringLiteral("wf") },
                                           { QStringLiteral("policy"), QJsonDocument::fromJson(policy).object() } });
        mustOk(file, QStringLiteral("workflow file"));
        mustOk(t.ws().workflows().save(QStringLiteral("root"), *file), QStringLiteral("workflow"));
        t.action(actionWithPolicy(R"({"workflow":"wf"})"));
    } else {
        t.action(actionWithPolicy(policy));
    }
    QList<qint64> ids;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < requests; ++i) {
        auto r = t.ws().requests().submit(
            QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("bench") },
            cs::SubmitMode::RequestApproval);
        mustOk(r, QStringLiteral("submit"));
        ids.append(r->id);
    }
    const double submitSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    for (qint64 id : std::as_const(ids))
        mustOk(t.ws().requests().decide(QStringLiteral("alice"), id, true, {}), QStringLiteral("decide"));
    const double decideSeconds = timer.nsecsElapsed() / 1e9;
    return { { QStringLiteral("requests"), requests },
             { QStringLiteral("submissionsPerSecond"), qRound64(requests / submitSeconds) },
             { QStringLiteral("decisionsPerSecond"), qRound64(requests / decideSeconds) } };
}

} // namespace

QJsonObject measureWorkflowReferences(int requests)
{
    // Alternated twice, so a machine that slows down in between does not favour one side.
    QJsonObject embedded = measureOne(false, requests);
    QJsonObject workflow = measureOne(true, requests);
    return { { QStringLiteral("embedded"), embedded },
             { QStringLiteral("viaWorkflow"), workflow },
             { QStringLiteral("embeddedAgain"), measureOne(false, requests) },
             { QStringLiteral("viaWorkflowAgain"), measureOne(true, requests) },
             { QStringLiteral("goal"), QStringLiteral("the same within noise") } };
}
