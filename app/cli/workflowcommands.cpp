// workflow commands (issue 19): named approval policies that actions refer to.
#include <QFile>
#include <QJsonArray>
#include <cli/commands.h>
#include <core/admin/workflowservice.h>

namespace cs::cli {
namespace {

QJsonObject workflowJson(const Workflow& w, const WorkflowUsage& usage)
{
    return { { QStringLiteral("name"), w.name },
             { QStringLiteral("description"), w.description },
             { QStringLiteral("default"), w.isDefault },
             { QStringLiteral("archived"), w.archived },
             { QStringLiteral("revision"), w.revision },
             { QStringLiteral("policy"), w.policy.toJson() },
             { QStringLiteral("actions"), QJsonArray::fromStringList(usage.actions) },
             { QStringLiteral("pendingRequests"), usage.pendingRequests } };
}

} // namespace

int workflowImport(CliContext& ctx)
{
    QFile file(ctx.line.positionals.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("Cannot read %1: %2.").arg(file.fileName(), file.errorString()), NotFound);
    auto parsed = WorkflowFile::parse(file.read(ActionFile::kMaxFileBytes + 1));
    if (!parsed.ok())
        return ctx.fail(QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().message), Failure);
    auto outcome = ctx.ws().workflows().save(ctx.actor(), *parsed);
    if (!outcome.ok())
        return ctx.fail(outcome.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("workflow"), outcome->workflow },
                                    { QStringLiteral("created"), outcome->created },
                                    { QStringLiteral("revision"), outcome->revision },
                                    { QStringLiteral("changed"), outcome->changed },
                                    { QStringLiteral("actions"), QJsonArray::fromStringList(outcome->actions) },
                                    { QStringLiteral("pendingRequests"), outcome->pendingRequests },
                                    { QStringLiteral("impact"), outcome->impact },
                                    { QStringLiteral("warnings"), QJsonArray::fromStringList(outcome->warnings) } });
        return Ok;
    }
    QString text = QStringLiteral("Workflow %1: %2, revision %3%4; %5.\n")
                       .arg(outcome->workflow, outcome->created ? QStringLiteral("created") : QStringLiteral("updated"))
                       .arg(outcome->revision)
                       .arg(outcome->changed ? QString() : QStringLiteral(" (unchanged)"), outcome->impact);
    for (const QString& w : std::as_const(outcome->warnings))
        text += QStringLiteral("Warning: %1\n").arg(w);
    ctx.print(text);
    return Ok;
}

int workflowList(CliContext& ctx)
{
    WorkflowStore store(ctx.ws().database());
    auto names = store.names();
    if (!names.ok())
        return ctx.fail(names.error());
    QJsonArray json;
    QString text;
    for (const QString& name : std::as_const(*names)) {
        auto w = store.workflow(name);
        if (!w.ok())
            return ctx.fail(w.error());
        auto usage = ctx.ws().workflows().usage(name);
        if (!usage.ok())
            return ctx.fail(usage.error());
        json.append(workflowJson(*w, *usage));
        text += QStringLiteral("%1  revision %2%3%4  %5 actions\n")
                    .arg(w->name)
                    .arg(w->revision)
                    .arg(w->isDefault ? QStringLiteral("  default") : QString(),
                         w->archived ? QStringLiteral("  archived") : QString())
                    .arg(usage->actions.size());
    }
    if (ctx.json())
        ctx.printJson(json);
    else
        ctx.print(text.isEmpty() ? QStringLiteral("No workflows.\n") : text);
    return Ok;
}

int workflowShow(CliContext& ctx)
{
    WorkflowStore store(ctx.ws().database());
    auto w = store.workflow(ctx.line.positionals.at(0));
    if (!w.ok())
        return ctx.fail(w.error());
    auto usage = ctx.ws().workflows().usage(w->name);
    if (!usage.ok())
        return ctx.fail(usage.error());
    if (ctx.json()) {
        ctx.printJson(workflowJson(*w, *usage));
        return Ok;
    }
    QString text = QStringLiteral("Workflow %1 (revision %2%3%4)\n")
                       .arg(w->name)
                       .arg(w->revision)
                       .arg(w->isDefault ? QStringLiteral(", default") : QString(),
                            w->archived ? QStringLiteral(", archived") : QString());
    if (!w->description.isEmpty())
        text += w->description + QLatin1Char('\n');
    for (const Rule& rule : std::as_const(w->policy.rules)) {
        text += QStringLiteral("Rule %1\n").arg(rule.name);
        for (const Phase& phase : rule.phases)
            text += QStringLiteral("  %1: %2\n").arg(phase.name, phase.approve.describe());
    }
    text
        += QStringLiteral("Used by: %1\n")
               .arg(usage->actions.isEmpty() ? QStringLiteral("no action") : usage->actions.join(QStringLiteral(", ")));
    text += QStringLiteral("Pending requests of those actions: %1\n").arg(usage->pendingRequests);
    ctx.print(text);
    return Ok;
}

int workflowArchive(CliContext& ctx)
{
    const QString name = ctx.line.positionals.at(0);
    return ctx.done(ctx.ws().workflows().archive(ctx.actor(), name),
                    QStringLiteral("Workflow %1 archived.").arg(name.trimmed()));
}

} // namespace cs::cli
