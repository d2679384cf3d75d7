#pragma once

#include <core/actions/workflowstore.h>
#include <core/storage/stores.h>

namespace cs {

// One workflow as the Workflows page lists it.
struct WorkflowSummary
{
    Workflow workflow;
    QStringList actions; // that use it now (directly, or through the default)
    int pendingRequests = 0; // of those actions
};

struct WorkflowRevisionUsage
{
    WorkflowRevision revision;
    // Pending requests of the actions using the workflow that were submitted while this revision
    // was current: the snapshot they keep.
    int pendingRequests = 0;
};

// Everything the page shows about one workflow: its revisions and where it is used.
struct WorkflowDetails
{
    WorkflowSummary summary;
    QList<WorkflowRevisionUsage> revisions; // oldest first
};

// What the Workflows page reads: every workflow with where it is used, one with its revisions.
class WorkflowOverview
{
public:
    explicit WorkflowOverview(const Stores& stores)
        : m_stores(stores)
    { }

    Result<QList<WorkflowSummary>> summaries();
    Result<WorkflowDetails> details(const QString& name);

private:
    Stores m_stores;
};

} // namespace cs
