#pragma once

#include <core/actions/workflowstore.h>
#include <core/storage/stores.h>

namespace cs {

// A workflow file as admins write it: {"name", "description", "default", "policy"}.
struct WorkflowFile
{
    QString name;
    QString description;
    bool isDefault = false;
    Policy policy; // embedded (simple or advanced); never a reference to another workflow

    static Result<WorkflowFile> parse(const QByteArray& json);
    static Result<WorkflowFile> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

struct WorkflowSaveOutcome
{
    QString workflow;
    int revision = 0;
    bool created = false;
    bool changed = false;
    QStringList actions; // that use it: their new requests follow this revision
    int pendingRequests = 0; // of those actions: they keep the snapshot they were submitted under
    QString impact; // the sentence for people
    QStringList warnings; // per action using it: a phase nobody could approve
};

// Where a workflow is used: the actions that refer to it and their pending requests.
struct WorkflowUsage
{
    QStringList actions;
    int pendingRequests = 0;
};

// "affects new requests of 17 actions; 4 pending requests keep their snapshot"
QString workflowImpactSentence(int actions, int pendingRequests);

// Admins' changes to workflows: each save a new revision, audited; archive only when unused.
class WorkflowService
{
public:
    explicit WorkflowService(const Stores& stores);

    Result<WorkflowSaveOutcome> save(const QString& actor, const WorkflowFile& file);
    Status archive(const QString& actor, const QString& name);
    Result<WorkflowUsage> usage(const QString& name);
    // What saving `file` would tell: the same impact and warnings, nothing written.
    Result<WorkflowSaveOutcome> preview(const WorkflowFile& file);

private:
    Status requireAdmin(const QString& actor);
    Result<WorkflowSaveOutcome> assess(const WorkflowFile& file);
    Stores m_stores;
};

} // namespace cs
