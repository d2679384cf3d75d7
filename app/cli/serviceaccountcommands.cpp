// service-account commands (issue 17): service accounts for the agent's inbound API and their tokens.
#include <QJsonArray>
#include <cli/commands.h>
#include <core/common/clock.h>

namespace cs::cli {
namespace {

QJsonObject toJson(const ServiceAccount& a)
{
    QJsonArray tokens;
    for (const ApiToken& t : a.tokens)
        tokens.append(QJsonObject { { QStringLiteral("name"), t.name },
                                    { QStringLiteral("created"), isoTime(t.createdAt) },
                                    { QStringLiteral("lastUsed"), t.lastUsedAt ? isoTime(t.lastUsedAt) : QString() },
                                    { QStringLiteral("revoked"), t.revokedAt ? isoTime(t.revokedAt) : QString() } });
    return { { QStringLiteral("login"), a.login },
             { QStringLiteral("name"), a.displayName },
             { QStringLiteral("description"), a.description },
             { QStringLiteral("createdBy"), a.createdBy },
             { QStringLiteral("disabled"), a.disabled },
             { QStringLiteral("tokens"), tokens } };
}

} // namespace

int serviceAccountAdd(CliContext& ctx)
{
    const QString login = ctx.line.positionals.value(0);
    const Status added = ctx.ws().serviceAccounts().add(ctx.actor(), login, ctx.line.option(QStringLiteral("name")),
                                                        ctx.line.option(QStringLiteral("description")));
    return ctx.done(added,
                    QStringLiteral("Service account %1 added; give it a token with "
                                   "\"countersign-cli service-account token %1\".")
                        .arg(login));
}

int serviceAccountList(CliContext& ctx)
{
    auto accounts = ctx.ws().serviceAccounts().list(ctx.actor());
    if (!accounts.ok())
        return ctx.fail(accounts.error());
    QJsonArray json;
    QString text;
    for (const ServiceAccount& a : std::as_const(*accounts)) {
        json.append(toJson(a));
        QStringList tokens;
        for (const ApiToken& t : a.tokens)
            tokens.append(t.revokedAt ? t.name + QStringLiteral(" (revoked)") : t.name);
        text += QStringLiteral("%1  %2%3  tokens: %4\n")
                    .arg(a.login, a.displayName, a.disabled ? QStringLiteral("  disabled") : QString(),
                         tokens.isEmpty() ? QStringLiteral("none") : tokens.join(QStringLiteral(", ")));
    }
    if (ctx.json())
        ctx.printJson(json);
    else
        ctx.print(text.isEmpty() ? QStringLiteral("No service accounts.\n") : text);
    return Ok;
}

int serviceAccountToken(CliContext& ctx)
{
    const QString login = ctx.line.positionals.value(0);
    auto token = ctx.ws().serviceAccounts().issueToken(ctx.actor(), login, ctx.line.option(QStringLiteral("name")));
    if (!token.ok())
        return ctx.fail(token.error());
    // Printed once: only its hash is stored.
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("login"), login }, { QStringLiteral("token"), *token } });
    else
        ctx.print(*token + QLatin1Char('\n'));
    return Ok;
}

int serviceAccountRevokeToken(CliContext& ctx)
{
    const QString login = ctx.line.positionals.value(0);
    const QString name = ctx.line.positionals.value(1);
    return ctx.done(ctx.ws().serviceAccounts().revokeToken(ctx.actor(), login, name),
                    QStringLiteral("Token \"%1\" of %2 revoked.").arg(name, login));
}

int serviceAccountDisable(CliContext& ctx)
{
    const QString login = ctx.line.positionals.value(0);
    return ctx.done(ctx.ws().serviceAccounts().disable(ctx.actor(), login),
                    QStringLiteral("Service account %1 disabled; its tokens no longer work.").arg(login));
}

} // namespace cs::cli
