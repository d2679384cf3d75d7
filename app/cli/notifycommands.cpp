// notify commands: preferences, workspace defaults, webhooks, the outbox.
#include <QJsonArray>
#include <cli/commands.h>
#include <core/common/clock.h>

namespace cs::cli {
namespace {

QString channelOption(CliContext& ctx)
{
    const QString channel = ctx.line.option(QStringLiteral("channel"));
    return channel.isEmpty() ? NoticeChannel::Email : channel;
}

} // namespace

int notifyPrefs(CliContext& ctx)
{
    auto prefs = ctx.ws().notify().preferences(ctx.actor());
    if (!prefs.ok())
        return ctx.fail(prefs.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const NoticePreference& p : *prefs)
            a.append(QJsonObject { { QStringLiteral("event"), p.event },
                                   { QStringLiteral("channel"), p.channel },
                                   { QStringLiteral("mode"), modeName(p.mode) },
                                   { QStringLiteral("mandatory"), p.mandatory },
                                   { QStringLiteral("source"), p.source } });
        ctx.printJson(a);
        return Ok;
    }
    QString text;
    for (const NoticePreference& p : *prefs)
        text += QStringLiteral("%1 %2 %3 (%4): %5\n")
                    .arg(p.event, -16)
                    .arg(p.channel, -6)
                    .arg(modeName(p.mode), -9)
                    .arg(p.source, Notice::describe(p.event));
    ctx.print(text.chopped(1));
    return Ok;
}

int notifySet(CliContext& ctx)
{
    const QString event = ctx.line.positionals.at(0);
    const QString mode = ctx.line.positionals.at(1);
    const QString channel = channelOption(ctx);
    const bool mandatory = ctx.line.options.contains(QStringLiteral("mandatory"));
    if (ctx.line.options.contains(QStringLiteral("default")) || mandatory)
        return ctx.done(ctx.ws().notify().setDefault(ctx.actor(), event, channel, mode, mandatory),
                        QStringLiteral("Workspace default for %1 by %2: %3%4.")
                            .arg(event, channel, mode, mandatory ? QStringLiteral(" (mandatory)") : QString()));
    return ctx.done(ctx.ws().notify().setPreference(ctx.actor(), event, channel, mode),
                    QStringLiteral("Your notices for %1 by %2: %3.").arg(event, channel, mode));
}

int notifyWebhookAdd(CliContext& ctx)
{
    const QStringList& pos = ctx.line.positionals;
    const QString format = ctx.line.option(QStringLiteral("format"));
    return ctx.done(
        ctx.ws().notify().addWebhook(ctx.actor(), pos.at(0), pos.at(1),
                                     format.isEmpty() ? QStringLiteral("json") : format),
        QStringLiteral("Webhook %1 added; the agent signs its calls with COUNTERSIGN_WEBHOOK_SECRET.").arg(pos.at(0)));
}

int notifyWebhookList(CliContext& ctx)
{
    auto hooks = ctx.ws().notify().webhooks(ctx.actor());
    if (!hooks.ok())
        return ctx.fail(hooks.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const Webhook& w : *hooks)
            a.append(QJsonObject { { QStringLiteral("name"), w.name },
                                   { QStringLiteral("url"), w.url },
                                   { QStringLiteral("format"), w.format },
                                   { QStringLiteral("enabled"), w.enabled },
                                   { QStringLiteral("failures"), w.failures },
                                   { QStringLiteral("lastError"), w.lastError } });
        ctx.printJson(a);
        return Ok;
    }
    if (hooks->isEmpty()) {
        ctx.print(QStringLiteral("No webhooks."));
        return Ok;
    }
    QString text;
    for (const Webhook& w : *hooks)
        text += QStringLiteral("%1 %2 %3 %4\n")
                    .arg(w.name, -16)
                    .arg(w.format, -6)
                    .arg(w.enabled ? QStringLiteral("enabled")
                                   : QStringLiteral("DISABLED after %1 failures (%2)").arg(w.failures).arg(w.lastError),
                         w.url);
    ctx.print(text.chopped(1));
    return Ok;
}

int notifyWebhookEnable(CliContext& ctx)
{
    const QString name = ctx.line.positionals.at(0);
    return ctx.done(ctx.ws().notify().enableWebhook(ctx.actor(), name),
                    QStringLiteral("Webhook %1 is enabled again.").arg(name));
}

int notifyWebhookTest(CliContext& ctx)
{
    const QString name = ctx.line.positionals.at(0);
    return ctx.done(ctx.ws().notify().testWebhook(ctx.actor(), name),
                    QStringLiteral("A test notice for webhook %1 is queued; the agent sends it.").arg(name));
}

int notifyOutbox(CliContext& ctx)
{
    bool ok = true;
    const QString limitText = ctx.line.option(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit <= 0)
        return ctx.fail(QStringLiteral("--limit takes a positive whole number."), Usage);
    auto rows = ctx.ws().notify().outbox(ctx.actor(), limit);
    if (!rows.ok())
        return ctx.fail(rows.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const OutboxRow& r : *rows)
            a.append(QJsonObject { { QStringLiteral("id"), r.id },
                                   { QStringLiteral("event"), r.event },
                                   { QStringLiteral("request"), r.requestId },
                                   { QStringLiteral("channel"), r.channel },
                                   { QStringLiteral("recipient"), r.recipient },
                                   { QStringLiteral("state"), r.state },
                                   { QStringLiteral("attempts"), r.attempts },
                                   { QStringLiteral("digest"), r.digest },
                                   { QStringLiteral("via"), r.via },
                                   { QStringLiteral("lastError"), r.lastError } });
        ctx.printJson(a);
        return Ok;
    }
    QString text;
    for (const OutboxRow& r : *rows)
        text += QStringLiteral("%1 #%2 %3 %4 %5 %6%7\n")
                    .arg(r.id)
                    .arg(r.requestId)
                    .arg(r.event, -16)
                    .arg(r.channel, -7)
                    .arg(r.recipient.isEmpty() ? QStringLiteral("(all webhooks)") : r.recipient, -16)
                    .arg(r.state, r.lastError.isEmpty() ? QString() : QStringLiteral(": ") + r.lastError);
    ctx.print(text.isEmpty() ? QStringLiteral("The outbox is empty.") : text.chopped(1));
    return Ok;
}

} // namespace cs::cli
