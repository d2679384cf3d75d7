// user, group, target, action and audit commands.
#include <QFile>
#include <QJsonArray>
#include <algorithm>
#include <cli/commands.h>
#include <core/admin/integritycheck.h>
#include <core/common/identity.h>
#include <core/common/timetext.h>
#include <core/views/requestjson.h>
#include <tuple>

namespace cs::cli {
namespace {

int setRole(CliContext& ctx, bool grant)
{
    const QStringList& pos = ctx.line.positionals;
    return ctx.done(ctx.ws().admin().setRole(ctx.actor(), pos.at(0), pos.at(1), grant),
                    grant ? QStringLiteral("%1 now has role %2.").arg(normalizeLogin(pos.at(0)), pos.at(1))
                          : QStringLiteral("%1 no longer has role %2.").arg(normalizeLogin(pos.at(0)), pos.at(1)));
}

int setMembership(CliContext& ctx, bool add)
{
    const QStringList& pos = ctx.line.positionals;
    return ctx.done(ctx.ws().admin().setMembership(ctx.actor(), pos.at(0), pos.at(1), add),
                    add ? QStringLiteral("%1 added to %2.").arg(normalizeLogin(pos.at(1)), pos.at(0))
                        : QStringLiteral("%1 removed from %2.").arg(normalizeLogin(pos.at(1)), pos.at(0)));
}

} // namespace

int userAdd(CliContext& ctx)
{
    const QStringList& pos = ctx.line.positionals;
    User u { pos.at(0),
             ctx.line.option(QStringLiteral("name")),
             ctx.line.option(QStringLiteral("email")),
             ctx.line.option(QStringLiteral("manager")),
             ctx.line.all(QStringLiteral("role")),
             true,
             0 };
    return ctx.done(ctx.ws().admin().addUser(ctx.actor(), u),
                    QStringLiteral("User %1 added.").arg(normalizeLogin(pos.at(0))));
}

int userGrant(CliContext& ctx)
{
    return setRole(ctx, true);
}

int userRevoke(CliContext& ctx)
{
    return setRole(ctx, false);
}

int userEdit(CliContext& ctx)
{
    const QString login = ctx.line.positionals.at(0);
    UserChanges changes { login, {}, {}, {}, {} };
    if (ctx.line.has(QStringLiteral("name")))
        changes.displayName = ctx.line.option(QStringLiteral("name"));
    if (ctx.line.has(QStringLiteral("email")))
        changes.email = ctx.line.option(QStringLiteral("email"));
    if (ctx.line.has(QStringLiteral("manager")))
        changes.manager = ctx.line.option(QStringLiteral("manager"));
    if (!changes.displayName && !changes.email && !changes.manager)
        return ctx.fail(QStringLiteral("Say what to change: --name, --email or --manager."), Usage);
    return ctx.done(ctx.ws().admin().editUser(ctx.actor(), changes),
                    QStringLiteral("User %1 changed.").arg(normalizeLogin(login)));
}

int userDisable(CliContext& ctx)
{
    const QString login = normalizeLogin(ctx.line.positionals.at(0));
    return ctx.done(ctx.ws().admin().setUserActive(ctx.actor(), login, false),
                    QStringLiteral("User %1 disabled; their requests and decisions stay in the history.").arg(login));
}

int userEnable(CliContext& ctx)
{
    const QString login = normalizeLogin(ctx.line.positionals.at(0));
    return ctx.done(ctx.ws().admin().setUserActive(ctx.actor(), login, true),
                    QStringLiteral("User %1 enabled.").arg(login));
}

int userRemove(CliContext& ctx)
{
    const QString login = normalizeLogin(ctx.line.positionals.at(0));
    return ctx.done(ctx.ws().admin().removeUser(ctx.actor(), login), QStringLiteral("User %1 removed.").arg(login));
}

int userList(CliContext& ctx)
{
    if (auto me = ctx.ws().directory().activeUser(ctx.actor()); !me.ok())
        return ctx.fail(me.error());
    auto users = ctx.ws().directory().users();
    if (!users.ok())
        return ctx.fail(users.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const User& u : *users)
            a.append(Json::user(u));
        ctx.printJson(a);
        return Ok;
    }
    QString text;
    for (const User& u : *users)
        text += QStringLiteral("%1  %2  %3%4%5\n")
                    .arg(u.login, -12)
                    .arg(u.displayName, -20)
                    .arg(u.email)
                    .arg(u.manager.isEmpty() ? QString() : QStringLiteral("  manager: ") + u.manager)
                    .arg(u.roles.isEmpty() ? QString() : QStringLiteral("  roles: ") + u.roles.join(QLatin1Char(',')));
    ctx.print(text);
    return Ok;
}

int groupAdd(CliContext& ctx)
{
    const QString name = ctx.line.positionals.at(0);
    return ctx.done(ctx.ws().admin().addGroup(ctx.actor(), name, ctx.line.option(QStringLiteral("description"))),
                    QStringLiteral("Group %1 added.").arg(name));
}

int groupAddMember(CliContext& ctx)
{
    return setMembership(ctx, true);
}

int groupRemoveMember(CliContext& ctx)
{
    return setMembership(ctx, false);
}

int groupList(CliContext& ctx)
{
    if (auto me = ctx.ws().directory().activeUser(ctx.actor()); !me.ok())
        return ctx.fail(me.error());
    auto groups = ctx.ws().directory().groups();
    if (!groups.ok())
        return ctx.fail(groups.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const Group& g : *groups)
            a.append(Json::group(g));
        ctx.printJson(a);
        return Ok;
    }
    QString text;
    for (const Group& g : *groups)
        text += QStringLiteral("%1  %2\n    members: %3\n")
                    .arg(g.name, -12)
                    .arg(g.description, g.members.join(QStringLiteral(", ")));
    ctx.print(text);
    return Ok;
}

int targetAdd(CliContext& ctx)
{
    Target t { ctx.line.positionals.at(0),
               ctx.line.option(QStringLiteral("kind")),
               ctx.line.option(QStringLiteral("agent")),
               ctx.line.option(QStringLiteral("owner")),
               {},
               0 };
    for (const QString& attr : ctx.line.all(QStringLiteral("attr"))) {
        const int eq = attr.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.fail(QStringLiteral("--attr takes key=value, not \"%1\".").arg(attr), Usage);
        t.attributes.insert(attr.left(eq).trimmed(), attr.mid(eq + 1));
    }
    return ctx.done(ctx.ws().admin().addTarget(ctx.actor(), t), QStringLiteral("Target %1 added.").arg(t.name));
}

int targetList(CliContext& ctx)
{
    if (auto me = ctx.ws().directory().activeUser(ctx.actor()); !me.ok())
        return ctx.fail(me.error());
    auto targets = ctx.ws().directory().targets();
    if (!targets.ok())
        return ctx.fail(targets.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const Target& t : *targets)
            a.append(Json::target(t));
        ctx.printJson(a);
        return Ok;
    }
    QString text;
    for (const Target& t : *targets) {
        QStringList attrs;
        for (auto it = t.attributes.begin(); it != t.attributes.end(); ++it)
            attrs << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
        text += QStringLiteral("%1  kind %2  owner %3  agent %4  %5\n")
                    .arg(t.name, -12)
                    .arg(t.kind.isEmpty() ? QStringLiteral("-") : t.kind, -10)
                    .arg(t.owner.isEmpty() ? QStringLiteral("-") : t.owner, -8)
                    .arg(t.agentUrl.isEmpty() ? QStringLiteral("-") : t.agentUrl, attrs.join(QLatin1Char(' ')));
    }
    ctx.print(text);
    return Ok;
}

int targetEdit(CliContext& ctx)
{
    TargetChanges changes;
    changes.name = ctx.line.positionals.at(0);
    if (ctx.line.has(QStringLiteral("kind")))
        changes.kind = ctx.line.option(QStringLiteral("kind"));
    if (ctx.line.has(QStringLiteral("agent")))
        changes.agentUrl = ctx.line.option(QStringLiteral("agent"));
    if (ctx.line.has(QStringLiteral("owner")))
        changes.owner = ctx.line.option(QStringLiteral("owner"));
    for (const QString& attr : ctx.line.all(QStringLiteral("attr"))) {
        const int eq = attr.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.fail(QStringLiteral("--attr takes key=value, not \"%1\".").arg(attr), Usage);
        changes.setAttributes.insert(attr.left(eq).trimmed(), attr.mid(eq + 1));
    }
    changes.unsetAttributes = ctx.line.all(QStringLiteral("unset-attr"));
    if (!changes.kind && !changes.agentUrl && !changes.owner && changes.setAttributes.isEmpty()
        && changes.unsetAttributes.isEmpty())
        return ctx.fail(QStringLiteral("Say what to change: --kind, --agent, --owner, --attr or --unset-attr."), Usage);
    return ctx.done(ctx.ws().admin().editTarget(ctx.actor(), changes),
                    QStringLiteral("Target %1 changed.").arg(changes.name.trimmed()));
}

int targetRemove(CliContext& ctx)
{
    const QString name = ctx.line.positionals.at(0).trimmed();
    return ctx.done(ctx.ws().admin().removeTarget(ctx.actor(), name), QStringLiteral("Target %1 removed.").arg(name));
}

int actionImport(CliContext& ctx)
{
    QFile file(ctx.line.positionals.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("Cannot read %1: %2.").arg(file.fileName(), file.errorString()), NotFound);
    if (file.size() > ActionFile::kMaxFileBytes)
        return ctx.fail(QStringLiteral("%1 is larger than 1 MiB.").arg(file.fileName()), Failure);
    auto parsed = ActionFile::parse(file.readAll());
    if (!parsed.ok())
        return ctx.fail(QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().message), Failure);
    auto outcome = ctx.ws().admin().importAction(ctx.actor(), *parsed);
    if (!outcome.ok())
        return ctx.fail(outcome.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("action"), outcome->action },
                                    { QStringLiteral("created"), outcome->created },
                                    { QStringLiteral("version"), outcome->version },
                                    { QStringLiteral("newVersion"), outcome->newVersion },
                                    { QStringLiteral("policyRevision"), outcome->policyRevision },
                                    { QStringLiteral("policyChanged"), outcome->policyChanged },
                                    { QStringLiteral("strandedRequests"), outcome->strandedRequests },
                                    { QStringLiteral("warnings"), QJsonArray::fromStringList(outcome->warnings) } });
        return Ok;
    }
    QString text = QStringLiteral("Action %1: %2, version %3%4; policy revision %5%6.\n")
                       .arg(outcome->action, outcome->created ? QStringLiteral("created") : QStringLiteral("updated"))
                       .arg(outcome->version)
                       .arg(outcome->newVersion ? QStringLiteral(" (new)") : QStringLiteral(" (unchanged)"))
                       .arg(outcome->policyRevision)
                       .arg(outcome->policyChanged ? QStringLiteral(" (new)") : QStringLiteral(" (unchanged)"));
    for (const QString& w : outcome->warnings)
        text += QStringLiteral("Warning: %1\n").arg(w);
    ctx.print(text);
    return Ok;
}

namespace {

int actionListOrShow(CliContext& ctx, bool show)
{
    auto actor = ctx.ws().directory().activeUser(ctx.actor());
    if (!actor.ok())
        return ctx.fail(actor.error());
    QList<ActionVersion> versions;
    if (show) {
        auto v = ctx.ws().actions().currentVersion(ctx.line.positionals.at(0));
        if (!v.ok())
            return ctx.fail(v.error());
        versions.append(*v);
    } else {
        auto visible = ctx.ws().requests().visibleActions(ctx.actor());
        if (!visible.ok())
            return ctx.fail(visible.error());
        versions = *visible;
    }

    QJsonArray json;
    QString text;
    for (const ActionVersion& v : std::as_const(versions)) {
        auto policy = ctx.ws().actions().currentPolicy(v.definition.name);
        if (!policy.ok())
            return ctx.fail(policy.error());
        auto warnings = ctx.ws().admin().policyWarnings(v.definition.name);
        if (!warnings.ok())
            return ctx.fail(warnings.error());
        auto required = ctx.ws().requests().approvalRequired(v.definition.name);
        if (!required.ok())
            return ctx.fail(required.error());
        QJsonObject o = Json::action(v, *policy, *required);
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(*warnings));
        json.append(o);
        if (!show) {
            text += QStringLiteral("%1  v%2  %3  %4\n")
                        .arg(v.definition.name, -24)
                        .arg(v.version)
                        .arg(*required ? QStringLiteral("approval required") : QStringLiteral("no approval      "))
                        .arg(v.definition.description);
            continue;
        }
        const ActionDefinition& d = v.definition;
        text += QStringLiteral("%1 (version %2, digest %3)\n%4\n")
                    .arg(d.name)
                    .arg(v.version)
                    .arg(v.digest.left(16), d.description);
        text += QStringLiteral("Interpreter: %1, timeout %2 s\n").arg(d.interpreter).arg(d.timeoutSeconds);
        text += QStringLiteral("Requested by: %1\n").arg(d.requesterGroups.join(QStringLiteral(", ")));
        if (!d.onBehalfGroups.isEmpty()) // issue 17: a manager or team criterion is then the beneficiary's
            text += QStringLiteral("On behalf of someone: by %1 (manager and team approvers are then that person's)\n")
                        .arg(d.onBehalfGroups.join(QStringLiteral(", ")));
        text += QStringLiteral("Targets: %1\n")
                    .arg((d.targets
                          + (d.targetKind.isEmpty() ? QStringList()
                                                    : QStringList { QStringLiteral("any of kind ") + d.targetKind }))
                             .join(QStringLiteral(", ")));
        text += QStringLiteral("Parameters:\n");
        for (const ParameterDefinition& p : d.parameters)
            text += QStringLiteral("  %1 (%2%3)%4\n")
                        .arg(p.name, parameterTypeName(p.type), p.required ? QStringLiteral(", required") : QString(),
                             p.help.isEmpty() ? QString() : QStringLiteral(": ") + p.help);
        text += QStringLiteral("Policy (revision %1):\n").arg(policy->revision);
        if (policy->policy.refersToWorkflow)
            text += QStringLiteral("  workflow %1 (%2)\n")
                        .arg(policy->policy.workflow.isEmpty() ? QStringLiteral("default") : policy->policy.workflow,
                             *required ? QStringLiteral("approval required") : QStringLiteral("no approval"));
        if (!policy->policy.bypassGroups.isEmpty())
            text += QStringLiteral("  no approval needed for: %1\n")
                        .arg(policy->policy.bypassGroups.join(QStringLiteral(", ")));
        for (const Rule& rule : policy->policy.rules) {
            text += QStringLiteral("  rule %1%2:\n")
                        .arg(rule.name, rule.when.isEmpty() ? QString() : QStringLiteral(" (conditional)"));
            if (rule.phases.isEmpty())
                text += QStringLiteral("    no approval required\n");
            for (const Phase& p : rule.phases) {
                text += QStringLiteral("    %1: %2\n").arg(p.name, p.approve.describe());
                if (p.reminder.isSet())
                    text += QStringLiteral("      %1\n").arg(p.reminder.describe());
                if (p.escalation.isSet())
                    text += QStringLiteral("      %1\n").arg(p.escalation.describe());
            }
        }
        if (policy->policy.timeout.isSet())
            text += QStringLiteral("  %1\n").arg(policy->policy.timeout.describe());
        for (const QString& w : *warnings)
            text += QStringLiteral("Warning: %1\n").arg(w);
    }
    if (ctx.json())
        ctx.printJson(show ? QJsonValue(json.first()) : QJsonValue(json));
    else
        ctx.print(text.isEmpty() ? QStringLiteral("No actions.") : text);
    return Ok;
}

} // namespace

int actionList(CliContext& ctx)
{
    return actionListOrShow(ctx, false);
}

int actionShow(CliContext& ctx)
{
    return actionListOrShow(ctx, true);
}

int auditLog(CliContext& ctx)
{
    const qint64 requestId = ctx.line.option(QStringLiteral("request")).toLongLong();
    if (ctx.line.has(QStringLiteral("request")) && requestId <= 0)
        return ctx.fail(QStringLiteral("--request takes a request number."), Usage);
    const int limit = ctx.line.has(QStringLiteral("limit")) ? ctx.line.option(QStringLiteral("limit")).toInt() : 1000;
    // Issue 20: a time range and a person narrow the log; the newest matches, shown oldest first.
    AuditFilter filter;
    filter.requestId = requestId;
    filter.actor = ctx.line.option(QStringLiteral("actor"));
    for (const auto& [option, end, into] : { std::tuple { QStringLiteral("from"), false, &filter.from },
                                             std::tuple { QStringLiteral("to"), true, &filter.to } }) {
        if (!ctx.line.has(option))
            continue;
        const std::optional<qint64> at = parseIsoTimeMs(ctx.line.option(option), end);
        if (!at)
            return ctx.fail(
                QStringLiteral("--%1 takes a date (2026-12-01) or an ISO time (2026-12-01T10:30:00Z).").arg(option),
                Usage);
        *into = *at;
    }
    const bool narrowed = filter.from > 0 || filter.to > 0 || !filter.actor.trimmed().isEmpty();
    auto entries = narrowed ? ctx.ws().auditService().newest(ctx.actor(), limit > 0 ? limit : 1000, 0, filter)
                            : ctx.ws().auditService().entries(ctx.actor(), requestId, limit > 0 ? limit : 1000);
    if (entries.ok() && narrowed)
        std::reverse(entries->begin(), entries->end());
    if (!entries.ok())
        return ctx.fail(entries.error());
    QJsonArray json;
    QString text;
    for (const AuditEntry& e : *entries) {
        json.append(Json::auditEntry(e));
        text += QStringLiteral("#%1  %2  %3  %4%5\n")
                    .arg(e.seq)
                    .arg(isoTime(e.at))
                    .arg(e.actor, -8)
                    .arg(e.event, -24)
                    .arg(e.requestId > 0 ? QStringLiteral("request #%1").arg(e.requestId) : QString());
    }
    if (ctx.json())
        ctx.printJson(json);
    else
        ctx.print(text.isEmpty() ? QStringLiteral("No audit events.") : text);
    return Ok;
}

} // namespace cs::cli
