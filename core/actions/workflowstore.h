#pragma once

#include <core/actions/action.h>
#include <core/storage/database.h>

namespace cs {

class ActionStore;

// A named approval policy that many actions refer to ({"workflow": "NAME"}); the default one
// gates every action whose file has no policy of its own.
struct Workflow
{
    QString name;
    QString description;
    bool archived = false;
    bool isDefault = false;
    int revision = 0; // the current revision: what new requests resolve against
    Policy policy; // of that revision
};

struct WorkflowRevision
{
    int revision = 0;
    Policy policy;
    QString createdBy;
    qint64 createdAt = 0;
};

// Workflows and their append-only revisions; resolution of an action's policy at submit.
class WorkflowStore
{
public:
    explicit WorkflowStore(Database& db);

    Result<QStringList> names();
    Result<Workflow> workflow(const QString& name); // NotFound if there is none
    Result<std::optional<QString>> defaultName();
    Result<QList<WorkflowRevision>> revisions(const QString& name);

    Status insert(const Workflow& workflow, qint64 now);
    Status insertRevision(const QString& name, const WorkflowRevision& revision);
    Status setCurrent(const QString& name, int revision, const QString& description, bool isDefault);
    Status setArchived(const QString& name, bool archived);

    // The workflow an action's stored policy refers to ("" for an embedded policy).
    Result<QString> workflowOf(const Policy& policy);
    // The policy a new request of this action snapshots: embedded as stored, or the current
    // revision of its workflow with the action's overrides. Archived workflows are refused unless
    // the caller only reads (refuseArchived false: what the action would need, were it requestable).
    Result<PolicyRevision> effectivePolicy(ActionStore& actions, const QString& action, bool refuseArchived = true);
    // Actions whose current policy refers to this workflow (directly or as the default).
    Result<QStringList> actionsUsing(ActionStore& actions, const QString& name);

private:
    Result<Policy> readPolicy(const QString& name, const QString& text);
    Database& m_db;
};

} // namespace cs
