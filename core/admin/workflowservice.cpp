#include <core/actions/actionstore.h>
#include <core/admin/adminservice.h>
#include <core/admin/workflowservice.h>
#include <core/audit/auditevents.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directory.h>
#include <core/requests/approvalwebhookstore.h>
#include <core/requests/requeststore.h>

namespace cs {

Result<WorkflowFile> WorkflowFile::parse(const QByteArray& json)
{
    if (json.size() > ActionFile::kMaxFileBytes)
        return Error::invalid(CoreText::tr("The workflow file is larger than 1 MiB."));
    QJsonObject object;
    QString problem;
    if (!parseJsonObject(json, &object, &problem))
        return Error::invalid(CoreText::tr("The workflow file is not valid: %1.").arg(problem));
    return fromJson(object);
}

Result<WorkflowFile> WorkflowFile::fromJson(const QJsonObject& o)
{
    static const QStringList known { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("default"),
                                     QStringLiteral("policy") };
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return Error::invalid(CoreText::tr("Workflow field \"%1\" is unknown.").arg(it.key()));
    WorkflowFile f;
    f.name = o.value(QStringLiteral("name")).toString().trimmed();
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!namePattern.match(f.name).hasMatch())
        return Error::invalid(CoreText::tr("Workflow name \"%1\" is invalid: use lower-case letters, digits, dot, "
                                           "dash and underscore (up to 64).")
                                  .arg(f.name));
    const QJsonValue description = o.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isString())
        return Error::invalid(CoreText::tr("Workflow field \"description\" must be text."));
    f.description = description.toString().trimmed();
    const QJsonValue isDefault = o.value(QStringLiteral("default"));
    if (!isDefault.isUndefined() && !isDefault.isBool())
        return Error::invalid(CoreText::tr("Workflow field \"default\" must be true or false."));
    f.isDefault = isDefault.toBool(false);
    const QJsonValue policy = o.value(QStringLiteral("policy"));
    if (!policy.isObject())
        return Error::invalid(CoreText::tr("Workflow \"%1\" needs a \"policy\" object.").arg(f.name));
    auto parsed = Policy::fromJson(policy.toObject());
    if (!parsed.ok())
        return Error::invalid(CoreText::tr("Workflow \"%1\": %2").arg(f.name, parsed.error().message));
    // No nesting: a workflow is the end of every reference, so there are no cycles to follow.
    if (parsed->refersToWorkflow)
        return Error::invalid(
            CoreText::tr("Workflow \"%1\": a workflow's policy cannot refer to a workflow.").arg(f.name));
    f.policy = *parsed;
    return f;
}

QJsonObject WorkflowFile::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("policy"), policy.toJson() } };
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (isDefault)
        o.insert(QStringLiteral("default"), true);
    return o;
}

QString workflowImpactSentence(int actions, int pendingRequests)
{
    const QString affects = actions == 1 ? CoreText::tr("affects new requests of 1 action")
                                         : CoreText::tr("affects new requests of %1 actions").arg(actions);
    const QString keep = pendingRequests == 1
        ? CoreText::tr("1 pending request keeps its snapshot")
        : CoreText::tr("%1 pending requests keep their snapshot").arg(pendingRequests);
    return QStringLiteral("%1; %2").arg(affects, keep);
}

WorkflowService::WorkflowService(const Stores& stores)
    : m_stores(stores)
{ }

Status WorkflowService::requireAdmin(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->roles.contains(Role::Admin))
        return Error::forbidden(
            CoreText::tr("Only admins can change workflows; \"%1\" is not an admin.").arg(user->login));
    return {};
}

Result<WorkflowUsage> WorkflowService::usage(const QString& name)
{
    WorkflowStore workflows(m_stores.db);
    auto actions = workflows.actionsUsing(m_stores.actions, name);
    CS_TRY(actions);
    WorkflowUsage out { *actions, 0 };
    for (const QString& action : std::as_const(out.actions)) {
        auto pending = m_stores.requests.pendingCreatedAt(action);
        CS_TRY(pending);
        out.pendingRequests += int(pending->size());
    }
    return out;
}

Result<WorkflowSaveOutcome> WorkflowService::assess(const WorkflowFile& file)
{
    WorkflowSaveOutcome out;
    out.workflow = file.name;
    for (const QString& g : file.policy.referencedGroups()) {
        auto exists = found(m_stores.directory.group(g));
        CS_TRY(exists);
        if (!*exists)
            return Error::invalid(
                CoreText::tr("Workflow \"%1\" refers to group \"%2\", which does not exist.").arg(file.name, g));
    }
    for (const QString& u : file.policy.referencedUsers()) {
        auto exists = found(m_stores.directory.user(u));
        CS_TRY(exists);
        if (!*exists)
            return Error::invalid(
                CoreText::tr("Workflow \"%1\" names approver \"%2\", who is not a user.").arg(file.name, u));
    }
    CS_TRY(file.policy.checkWebhooksDecideOnce());
    for (const QString& w : file.policy.referencedWebhooks()) { // issue 17
        auto exists = found(ApprovalWebhookStore(m_stores.db).webhook(w));
        CS_TRY(exists);
        if (!*exists)
            return Error::invalid(CoreText::tr("Workflow \"%1\" names approval webhook \"%2\", which is not "
                                               "registered (countersign-cli webhook add).")
                                      .arg(file.name, w));
    }
    auto used = usage(file.name);
    CS_TRY(used);
    QStringList actions = used->actions;
    int pending = used->pendingRequests;
    // Becoming the default also gates the actions without a policy of their own.
    WorkflowStore workflows(m_stores.db);
    auto currentDefault = workflows.defaultName();
    CS_TRY(currentDefault);
    if (file.isDefault && *currentDefault && **currentDefault != file.name) {
        auto more = usage(**currentDefault);
        CS_TRY(more);
        QStringList direct;
        for (const QString& a : std::as_const(more->actions)) {
            auto p = m_stores.actions.currentPolicy(a);
            CS_TRY(p);
            if (p->policy.workflow.isEmpty())
                direct.append(a);
        }
        actions += direct;
        for (const QString& a : std::as_const(direct)) {
            auto waiting = m_stores.requests.pendingCreatedAt(a);
            CS_TRY(waiting);
            pending += int(waiting->size());
        }
    }
    out.actions = actions;
    out.pendingRequests = pending;
    out.impact = workflowImpactSentence(actions.size(), pending);
    AdminService admin(m_stores);
    for (const QString& action : std::as_const(actions)) {
        auto version = m_stores.actions.currentVersion(action);
        CS_TRY(version);
        auto policy = m_stores.actions.currentPolicy(action);
        CS_TRY(policy);
        auto warnings = admin.warningsFor(version->definition, policy->policy.resolvedWith(file.policy));
        CS_TRY(warnings);
        for (const QString& w : std::as_const(*warnings))
            out.warnings.append(CoreText::tr("Action \"%1\": %2").arg(action, w));
    }
    return out;
}

Result<WorkflowSaveOutcome> WorkflowService::preview(const WorkflowFile& file)
{
    return assess(file);
}

Result<WorkflowSaveOutcome> WorkflowService::save(const QString& actor, const WorkflowFile& file)
{
    WorkflowSaveOutcome outcome;
    const QString by = normalizeLogin(actor);
    const Status status = m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto assessed = assess(file);
        CS_TRY(assessed);
        outcome = *assessed;
        WorkflowStore workflows(m_stores.db);
        auto current = workflows.workflow(file.name);
        auto exists = found(current);
        CS_TRY(exists);
        const qint64 now = m_stores.clock.nowMs();
        const QByteArray policy = canonicalJson(file.policy.toJson());
        if (*exists && current->archived)
            return Error::invalid(CoreText::tr("Workflow \"%1\" is archived.").arg(file.name));
        outcome.created = !*exists;
        outcome.revision = *exists ? current->revision : 0;
        outcome.changed = !*exists || canonicalJson(current->policy.toJson()) != policy
            || current->description != file.description || current->isDefault != file.isDefault;
        if (!outcome.changed)
            return {};
        if (!*exists || canonicalJson(current->policy.toJson()) != policy) {
            ++outcome.revision;
            if (!*exists)
                CS_TRY(workflows.insert({ file.name, file.description, false, false, outcome.revision, {} }, now));
            CS_TRY(workflows.insertRevision(file.name, { outcome.revision, file.policy, by, now }));
        }
        CS_TRY(workflows.setCurrent(file.name, outcome.revision, file.description, file.isDefault));
        QJsonObject payload = file.toJson();
        payload.insert(QStringLiteral("revision"), outcome.revision);
        CS_TRY(m_stores.audit.append(by, AuditEvent::WorkflowSaved, 0, payload));
        return {};
    });
    if (!status.ok())
        return status.error();
    return outcome;
}

Status WorkflowService::archive(const QString& actor, const QString& name)
{
    const QString by = normalizeLogin(actor);
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        WorkflowStore workflows(m_stores.db);
        auto w = workflows.workflow(name);
        CS_TRY(w);
        if (w->archived)
            return {};
        if (w->isDefault)
            return Error::conflict(CoreText::tr("Workflow \"%1\" is the default workflow; make another one the "
                                                "default before archiving it.")
                                       .arg(w->name));
        auto used = workflows.actionsUsing(m_stores.actions, w->name);
        CS_TRY(used);
        if (!used->isEmpty())
            return Error::conflict(CoreText::tr("Workflow \"%1\" cannot be archived: actions refer to it (%2).")
                                       .arg(w->name, used->join(QStringLiteral(", "))));
        CS_TRY(workflows.setArchived(w->name, true));
        CS_TRY(m_stores.audit.append(
            by, AuditEvent::WorkflowArchived, 0,
            { { QStringLiteral("workflow"), w->name }, { QStringLiteral("revision"), w->revision } }));
        return {};
    });
}

} // namespace cs
