// webhook commands: approval webhooks (issue 17), external systems that decide a phase.
#include <QJsonArray>
#include <QJsonDocument>
#include <cli/clicontext.h>
#include <cli/commands.h>

namespace cs::cli {

int webhookAdd(CliContext& ctx)
{
    ApprovalWebhookInput in;
    in.name = ctx.line.positionals.at(0);
    in.url = ctx.line.option(QStringLiteral("url"));
    if (in.url.isEmpty())
        return ctx.fail(Error::invalid(QStringLiteral("Give the webhook's address with --url.")));
    auto headers = parseWebhookPairs(ctx.line.all(QStringLiteral("header")), QLatin1Char(':'));
    if (!headers.ok())
        return ctx.fail(headers.error());
    auto fields = parseWebhookPairs(ctx.line.all(QStringLiteral("field")), QLatin1Char('='));
    if (!fields.ok())
        return ctx.fail(fields.error());
    in.headers = *headers;
    in.fields = *fields;
    in.secretEnv = ctx.line.option(QStringLiteral("secret-from-env"));
    if (!in.secretEnv.isEmpty() && qEnvironmentVariableIsEmpty(in.secretEnv.toLocal8Bit().constData()))
        ctx.print(
            QStringLiteral("Note: %1 is not set here; the agent must have it in its environment.").arg(in.secretEnv));
    return ctx.done(
        ctx.ws().approvalWebhooks().add(ctx.actor(), in),
        QStringLiteral("Approval webhook %1 added; the agent signs its calls with the key in %2.")
            .arg(in.name, in.secretEnv.isEmpty() ? QStringLiteral("COUNTERSIGN_WEBHOOK_SECRET") : in.secretEnv));
}

int webhookList(CliContext& ctx)
{
    auto hooks = ctx.ws().approvalWebhooks().webhooks(ctx.actor());
    if (!hooks.ok())
        return ctx.fail(hooks.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const ApprovalWebhook& w : *hooks)
            a.append(QJsonObject { { QStringLiteral("name"), w.name },
                                   { QStringLiteral("url"), w.url },
                                   { QStringLiteral("headers"), QJsonArray::fromStringList(w.headers.keys()) },
                                   { QStringLiteral("fields"), w.fields },
                                   { QStringLiteral("secretFromEnv"), w.secretEnv },
                                   { QStringLiteral("enabled"), w.enabled },
                                   { QStringLiteral("failures"), w.failures },
                                   { QStringLiteral("lastError"), w.lastError },
                                   { QStringLiteral("disabledBy"), w.disabledBy } });
        ctx.printJson(a);
        return Ok;
    }
    if (hooks->isEmpty()) {
        ctx.print(QStringLiteral("No approval webhooks."));
        return Ok;
    }
    QString text;
    for (const ApprovalWebhook& w : *hooks)
        text += QStringLiteral("%1 %2 %3\n")
                    .arg(w.name, -16)
                    .arg(w.enabled ? QStringLiteral("enabled")
                             : w.disabledAfterFailures()
                             ? QStringLiteral("DISABLED after %1 failures (%2)").arg(w.failures).arg(w.lastError)
                             : w.disabledBy.isEmpty() ? QStringLiteral("DISABLED by an admin")
                                                      : QStringLiteral("DISABLED by %1").arg(w.disabledBy),
                         w.url);
    ctx.print(text.chopped(1));
    return Ok;
}

int webhookEnable(CliContext& ctx)
{
    const QString name = ctx.line.positionals.at(0);
    return ctx.done(ctx.ws().approvalWebhooks().enable(ctx.actor(), name),
                    QStringLiteral("Approval webhook %1 is enabled.").arg(name));
}

int webhookDisable(CliContext& ctx)
{
    const QString name = ctx.line.positionals.at(0);
    return ctx.done(ctx.ws().approvalWebhooks().disable(ctx.actor(), name),
                    QStringLiteral("Approval webhook %1 is disabled; its phases wait for the admins.").arg(name));
}

int webhookTest(CliContext& ctx)
{
    const QString name = ctx.line.positionals.at(0);
    return ctx.done(ctx.ws().approvalWebhooks().test(ctx.actor(), name),
                    QStringLiteral("A test call to approval webhook %1 is queued; the agent sends it.").arg(name));
}

} // namespace cs::cli
