#include <core/actions/actionstore.h>
#include <core/admin/workflowoverview.h>
#include <core/requests/requeststore.h>

namespace cs {
namespace {

Result<WorkflowSummary> summarize(const Stores& stores, const QString& name)
{
    WorkflowStore workflows(stores.db);
    auto w = workflows.workflow(name);
    CS_TRY(w);
    auto actions = workflows.actionsUsing(stores.actions, name);
    CS_TRY(actions);
    return WorkflowSummary { std::move(*w), std::move(*actions), 0 };
}

// The creation times of the pending requests of these actions.
Result<QList<qint64>> pendingSubmissions(const Stores& stores, const QStringList& actions)
{
    QList<qint64> out;
    for (const QString& action : actions) {
        auto created = stores.requests.pendingCreatedAt(action);
        CS_TRY(created);
        out += *created;
    }
    return out;
}

} // namespace

Result<QList<WorkflowSummary>> WorkflowOverview::summaries()
{
    const Stores& stores = m_stores;
    auto names = WorkflowStore(stores.db).names();
    CS_TRY(names);
    QList<WorkflowSummary> out;
    for (const QString& name : std::as_const(*names)) {
        auto summary = summarize(stores, name);
        CS_TRY(summary);
        auto pending = pendingSubmissions(stores, summary->actions);
        CS_TRY(pending);
        summary->pendingRequests = int(pending->size());
        out.append(std::move(*summary));
    }
    return out;
}

Result<WorkflowDetails> WorkflowOverview::details(const QString& name)
{
    const Stores& stores = m_stores;
    auto summary = summarize(stores, name);
    CS_TRY(summary);
    auto revisions = WorkflowStore(stores.db).revisions(summary->workflow.name);
    CS_TRY(revisions);
    auto pending = pendingSubmissions(stores, summary->actions);
    CS_TRY(pending);
    summary->pendingRequests = int(pending->size());
    WorkflowDetails out { std::move(*summary), {} };
    for (const WorkflowRevision& r : std::as_const(*revisions))
        out.revisions.append({ r, 0 });
    // A request snapshots the revision current when it was submitted: the newest one saved before it.
    // One submitted before the action used the workflow belongs to no revision (its own policy).
    for (qint64 submitted : std::as_const(*pending))
        for (qsizetype i = out.revisions.size() - 1; i >= 0; --i)
            if (out.revisions.at(i).revision.createdAt <= submitted) {
                ++out.revisions[i].pendingRequests;
                break;
            }
    return out;
}

} // namespace cs
