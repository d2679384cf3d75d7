// Time-bound access: the request options (--duration, --not-before, --extends), list active, revoke.
#include <QDateTime>
#include <QJsonArray>
#include <cli/commands.h>
#include <core/execution/activegrants.h>
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
    auto grants = ctx.ws().activeGrants().visibleTo(ctx.actor());
    if (!grants.ok())
        return ctx.fail(grants.error());
    // A grant whose row failed its digest is named on stderr, as `list incoming` does, never left out silently.
    for (const QString& problem : std::as_const(grants->integrityProblems))
        ctx.fail(QStringLiteral("warning: ") + problem, Integrity);
    if (ctx.json()) {
        QJsonArray a;
        for (const ReviewItem& g : std::as_const(grants->items))
            a.append(Json::request(g.request));
        ctx.printJson(a);
        return Ok;
    }
    QString text;
    for (const ReviewItem& g : std::as_const(grants->items))
        text += requestSummaryLine(g.request) + QLatin1Char('\n');
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

namespace cs::cli {
namespace {

std::optional<qint64> requestNumber(CliContext& ctx)
{
    QString digits = ctx.line.positionals.at(0).trimmed();
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString reviewLine(const ReviewItem& item)
{
    const Request& r = item.request;
    QString line = QStringLiteral("#%1  %2  %3 on %4  since %5  until %6  approved by %7")
                       .arg(r.id)
                       .arg(r.requester, r.action, r.targets.join(QStringLiteral(", ")),
                            item.activeSince > 0 ? isoTime(item.activeSince) : QStringLiteral("-"),
                            isoTime(r.activeUntil), item.approvedBy.join(QStringLiteral(", ")));
    if (item.revocation && !item.revocation->lastError.isEmpty())
        line += QStringLiteral("\n    (!) revoke failed %1 times: %2")
                    .arg(item.revocation->attempts)
                    .arg(item.revocation->lastError.left(200));
    if (item.lastReview)
        line += QStringLiteral("\n    last review: %1 by %2 at %3: \"%4\"%5")
                    .arg(item.lastReview->decision, item.lastReview->reviewer, isoTime(item.lastReview->createdAt),
                         item.lastReview->comment,
                         item.lastReview->reviewedUntil > 0
                             ? QStringLiteral(" (needed until %1)").arg(isoTime(item.lastReview->reviewedUntil))
                             : QString());
    return line;
}

} // namespace

int reviewList(CliContext& ctx)
{
    auto items = ctx.ws().accessReview().list(ctx.actor(), ctx.line.option(QStringLiteral("action")));
    if (!items.ok())
        return ctx.fail(items.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const ReviewItem& item : std::as_const(*items)) {
            QJsonObject o = Json::request(item.request);
            o.insert(QStringLiteral("activeSince"), item.activeSince > 0 ? isoTime(item.activeSince) : QString());
            o.insert(QStringLiteral("approvedBy"), QJsonArray::fromStringList(item.approvedBy));
            if (item.revocation) {
                o.insert(QStringLiteral("revokeAttempts"), item.revocation->attempts);
                o.insert(QStringLiteral("revokeError"), item.revocation->lastError);
            }
            if (item.lastReview)
                o.insert(QStringLiteral("lastReview"),
                         QJsonObject { { QStringLiteral("decision"), item.lastReview->decision },
                                       { QStringLiteral("reviewer"), item.lastReview->reviewer },
                                       { QStringLiteral("comment"), item.lastReview->comment },
                                       { QStringLiteral("at"), isoTime(item.lastReview->createdAt) } });
            a.append(o);
        }
        ctx.printJson(a);
        return Ok;
    }
    QString text;
    for (const ReviewItem& item : std::as_const(*items))
        text += reviewLine(item) + QLatin1Char('\n');
    ctx.print(text.isEmpty() ? QStringLiteral("No active grants to review.") : text);
    return Ok;
}

int reviewKeep(CliContext& ctx)
{
    const auto id = requestNumber(ctx);
    if (!id)
        return ctx.fail(QStringLiteral("\"%1\" is not a request number.").arg(ctx.line.positionals.at(0).left(40)),
                        Usage);
    qint64 until = 0;
    if (ctx.line.has(QStringLiteral("until"))) {
        const QDateTime at = QDateTime::fromString(ctx.line.option(QStringLiteral("until")), Qt::ISODate);
        if (!at.isValid())
            return ctx.fail(QStringLiteral("--until takes an ISO time such as 2026-12-31T18:00:00Z."), Usage);
        until = at.toMSecsSinceEpoch();
    }
    auto kept = ctx.ws().accessReview().keep(ctx.actor(), *id, ctx.line.option(QStringLiteral("comment")), until);
    if (!kept.ok())
        return ctx.fail(kept.error());
    ctx.print(QStringLiteral("The grant of request #%1 is kept; the review is recorded.").arg(*id));
    return Ok;
}

int reviewRevoke(CliContext& ctx)
{
    const auto id = requestNumber(ctx);
    if (!id)
        return ctx.fail(QStringLiteral("\"%1\" is not a request number.").arg(ctx.line.positionals.at(0).left(40)),
                        Usage);
    auto r = ctx.ws().accessReview().revoke(ctx.actor(), *id, ctx.line.option(QStringLiteral("comment")));
    if (!r.ok())
        return ctx.fail(r.error());
    if (ctx.json())
        ctx.printJson(Json::request(*r));
    else
        ctx.print(
            QStringLiteral("The grant of request #%1 is revoked at the agent's next tick; the review is recorded.")
                .arg(*id));
    return Ok;
}

} // namespace cs::cli
