// Time-bound access: the request options (--duration, --not-before, --extends), list active, revoke.
#include <QDateTime>
#include <QJsonArray>
#include <cli/commands.h>
#include <core/views/granttext.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>

namespace cs::cli {

Status readGrantOptions(const CommandLine& line, SubmitInput& input)
{
    input.duration = line.option(QStringLiteral("duration"));
    if (line.has(QStringLiteral("not-before"))) {
        const QDateTime at = QDateTime::fromString(line.option(QStringLiteral("not-before")), Qt::ISODate);
        if (!at.isValid())
            return Error::invalid(QStringLiteral("--not-before takes an ISO time such as 2026-12-01T10:30:00Z."));
        input.notBefore = at.toMSecsSinceEpoch();
    }
    if (line.has(QStringLiteral("extends"))) {
        QString digits = line.option(QStringLiteral("extends")).trimmed();
        if (digits.startsWith(QLatin1Char('#')))
            digits.remove(0, 1);
        bool ok = false;
        input.previousRequest = digits.toLongLong(&ok);
        if (!ok || input.previousRequest <= 0)
            return Error::invalid(QStringLiteral("--extends takes the number of your active request."));
    }
    return {};
}

int listActive(CliContext& ctx)
{
    auto grants = ctx.ws().grants().activeGrants(ctx.actor());
    if (!grants.ok())
        return ctx.fail(grants.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const Request& r : std::as_const(*grants))
            a.append(Json::request(r));
        ctx.printJson(a);
        return Ok;
    }
    QString text;
    for (const Request& r : std::as_const(*grants))
        text += requestSummaryLine(r) + QLatin1Char('\n');
    ctx.print(text.isEmpty() ? QStringLiteral("No active grants.") : text);
    return Ok;
}

int revokeGrant(CliContext& ctx)
{
    QString digits = ctx.line.positionals.at(0).trimmed();
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.fail(QStringLiteral("\"%1\" is not a request number.").arg(digits.left(40)), Usage);
    auto r = ctx.ws().grants().revokeEarly(ctx.actor(), id, ctx.line.option(QStringLiteral("comment")));
    if (!r.ok())
        return ctx.fail(r.error());
    if (ctx.json())
        ctx.printJson(Json::request(*r));
    else
        ctx.print(QStringLiteral("The grant of request #%1 is revoked at the agent's next tick; "
                                 "\"countersign-cli show %1\" follows it.")
                      .arg(id));
    return Ok;
}

} // namespace cs::cli
