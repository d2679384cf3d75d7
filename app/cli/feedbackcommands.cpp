// feedback ID [--vote up|down|none] [--comment TEXT]: a vote or comment that decides nothing.
#include <cli/commands.h>
#include <core/views/feedbackview.h>

namespace cs::cli {

int requestFeedback(CliContext& ctx)
{
    QString digits = ctx.line.positionals.at(0).trimmed();
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.fail(QStringLiteral("\"%1\" is not a request number.").arg(ctx.line.positionals.at(0).left(40)),
                        Usage);
    FeedbackInput input;
    if (ctx.line.has(QStringLiteral("vote"))) {
        input.vote = voteFromName(ctx.line.option(QStringLiteral("vote")));
        if (!input.vote)
            return ctx.fail(QStringLiteral("--vote takes up, down or none."), Usage);
    }
    if (ctx.line.has(QStringLiteral("comment")))
        input.comment = ctx.line.option(QStringLiteral("comment"));
    if (!input.vote && !input.comment)
        return ctx.fail(QStringLiteral("Give --vote up|down|none, --comment TEXT, or both."), Usage);
    auto given = ctx.ws().requests().giveFeedback(ctx.actor(), id, input);
    if (!given.ok())
        return ctx.fail(given.error());
    if (ctx.json()) {
        ctx.printJson(Json::feedback({ *given }).at(0));
        return Ok;
    }
    ctx.print(QStringLiteral("Your feedback on request #%1 is recorded (vote: %2%3). It decides nothing.")
                  .arg(id)
                  .arg(voteName(given->vote),
                       given->comment.isEmpty() ? QString() : QStringLiteral(", comment: \"%1\"").arg(given->comment)));
    return Ok;
}

} // namespace cs::cli
