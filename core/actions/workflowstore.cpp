#include <core/actions/actionstore.h>
#include <core/actions/workflowstore.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>

namespace cs {

WorkflowStore::WorkflowStore(Database& db)
    : m_db(db)
{ }

Result<QStringList> WorkflowStore::names()
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM workflows ORDER BY name"));
    CS_TRY(q);
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Result<Policy> WorkflowStore::readPolicy(const QString& name, const QString& text)
{
    QJsonObject json;
    QString problem;
    if (!parseJsonObject(text.toUtf8(), &json, &problem))
        return Error::integrity(
            CoreText::tr("The stored policy of workflow \"%1\" is unreadable: %2.").arg(name, problem));
    auto policy = Policy::fromJson(json);
    if (!policy.ok() || policy->refersToWorkflow)
        return Error::integrity(CoreText::tr("The stored policy of workflow \"%1\" is invalid.").arg(name));
    return policy;
}

Result<Workflow> WorkflowStore::workflow(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT w.name, w.description, w.archived, w.is_default, w.current_revision, "
                                      "r.policy FROM workflows w JOIN workflow_revisions r "
                                      "ON r.workflow = w.name AND r.revision = w.current_revision WHERE w.name = ?"),
                       { name.trimmed() });
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no workflow \"%1\".").arg(name.trimmed()));
    Workflow w;
    w.name = q->value(0).toString();
    w.description = q->value(1).toString();
    w.archived = q->value(2).toInt() != 0;
    w.isDefault = q->value(3).toInt() != 0;
    w.revision = q->value(4).toInt();
    auto policy = readPolicy(w.name, q->value(5).toString());
    CS_TRY(policy);
    w.policy = *policy;
    return w;
}

Result<std::optional<QString>> WorkflowStore::defaultName()
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM workflows WHERE is_default = 1"));
    CS_TRY(q);
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<QList<WorkflowRevision>> WorkflowStore::revisions(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT revision, policy, created_by, created_at FROM workflow_revisions "
                                      "WHERE workflow = ? ORDER BY revision"),
                       { name });
    CS_TRY(q);
    QList<WorkflowRevision> out;
    while (q->next()) {
        auto policy = readPolicy(name, q->value(1).toString());
        CS_TRY(policy);
        out.append({ q->value(0).toInt(), *policy, q->value(2).toString(), q->value(3).toLongLong() });
    }
    return out;
}

Status WorkflowStore::insert(const Workflow& w, qint64 now)
{
    CS_TRY(m_db.exec(QStringLiteral("INSERT INTO workflows (name, description, archived, is_default, current_revision, "
                                    "created_at) VALUES (?, ?, 0, 0, ?, ?)"),
                     { w.name, w.description, w.revision, now }));
    return {};
}

Status WorkflowStore::insertRevision(const QString& name, const WorkflowRevision& r)
{
    CS_TRY(
        m_db.exec(QStringLiteral("INSERT INTO workflow_revisions (workflow, revision, policy, created_by, "
                                 "created_at) VALUES (?, ?, ?, ?, ?)"),
                  { name, r.revision, QString::fromUtf8(canonicalJson(r.policy.toJson())), r.createdBy, r.createdAt }));
    return {};
}

Status WorkflowStore::setCurrent(const QString& name, int revision, const QString& description, bool isDefault)
{
    // One default at a time: the old one gives it up in the same transaction.
    if (isDefault)
        CS_TRY(m_db.exec(QStringLiteral("UPDATE workflows SET is_default = 0 WHERE is_default = 1 AND name <> ?"),
                         { name }));
    CS_TRY(m_db.exec(
        QStringLiteral("UPDATE workflows SET current_revision = ?, description = ?, is_default = ? WHERE name = ?"),
        { revision, description, isDefault ? 1 : 0, name }));
    return {};
}

Status WorkflowStore::setArchived(const QString& name, bool archived)
{
    CS_TRY(m_db.exec(QStringLiteral("UPDATE workflows SET archived = ? WHERE name = ?"), { archived ? 1 : 0, name }));
    return {};
}

Result<QString> WorkflowStore::workflowOf(const Policy& policy)
{
    if (!policy.refersToWorkflow)
        return QString();
    if (!policy.workflow.isEmpty())
        return policy.workflow;
    auto name = defaultName();
    CS_TRY(name);
    if (!*name)
        return Error::invalid(CoreText::tr("The action has no policy of its own and the workspace has no default "
                                           "workflow, so nobody could approve it."));
    return **name;
}

Result<PolicyRevision> WorkflowStore::effectivePolicy(ActionStore& actions, const QString& action, bool refuseArchived)
{
    auto stored = actions.currentPolicy(action);
    CS_TRY(stored);
    auto name = workflowOf(stored->policy);
    if (!name.ok())
        return Error::invalid(CoreText::tr("Action \"%1\": %2").arg(action, name.error().message));
    if (name->isEmpty())
        return stored;
    auto w = workflow(*name);
    CS_TRY(w);
    if (w->archived && refuseArchived)
        return Error::invalid(
            CoreText::tr("Action \"%1\" refers to workflow \"%2\", which is archived.").arg(action, w->name));
    PolicyRevision out = *stored;
    out.policy = stored->policy.resolvedWith(w->policy);
    return out;
}

Result<QStringList> WorkflowStore::actionsUsing(ActionStore& actions, const QString& name)
{
    auto all = actions.names();
    CS_TRY(all);
    QStringList out;
    for (const QString& action : std::as_const(*all)) {
        auto policy = actions.currentPolicy(action);
        auto has = found(policy);
        CS_TRY(has);
        if (!*has)
            continue;
        auto uses = workflowOf(policy->policy);
        if (uses.ok() && *uses == name)
            out.append(action);
    }
    return out;
}

} // namespace cs
