// Access reviews as campaigns (issue 15): review start|list|show|decide|close|report. Core decides
// everything; these parse, call ReviewCampaigns and print.
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <cli/commands.h>
#include <core/requests/requeststate.h>
#include <core/views/reviewreport.h>

namespace cs::cli {
namespace {

std::optional<qint64> number(const QString& text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString progress(const ReviewCampaign& r)
{
    return QStringLiteral("%1/%2 decided").arg(r.decided).arg(r.total);
}

QString stateOf(const ReviewCampaign& r)
{
    return r.isOpen() ? QStringLiteral("open")
                      : QStringLiteral("closed by %1 at %2").arg(r.closedBy, isoTime(r.closedAt));
}

QJsonObject reviewJson(const ReviewCampaign& r)
{
    QJsonObject o { { QStringLiteral("id"), r.id },
                    { QStringLiteral("title"), r.title },
                    { QStringLiteral("filter"), r.filter.toJson() },
                    { QStringLiteral("dueAt"), isoTime(r.dueAt) },
                    { QStringLiteral("startedBy"), r.startedBy },
                    { QStringLiteral("startedAt"), isoTime(r.startedAt) },
                    { QStringLiteral("open"), r.isOpen() },
                    { QStringLiteral("total"), r.total },
                    { QStringLiteral("decided"), r.decided } };
    if (!r.isOpen()) {
        o.insert(QStringLiteral("closedBy"), r.closedBy);
        o.insert(QStringLiteral("closedAt"), isoTime(r.closedAt));
    }
    return o;
}

QJsonObject itemJson(const ReviewCampaignItem& item)
{
    const Request& r = item.request;
    QJsonObject o { { QStringLiteral("request"), r.id },
                    { QStringLiteral("requester"), r.requester },
                    { QStringLiteral("action"), r.action },
                    { QStringLiteral("targets"), QJsonArray::fromStringList(r.targets) },
                    { QStringLiteral("state"), stateName(r.state) },
                    { QStringLiteral("reviewers"), QJsonArray::fromStringList(item.reviewers) } };
    if (!r.behalfOf.isEmpty())
        o.insert(QStringLiteral("behalfOf"), r.behalfOf);
    if (r.activeUntil > 0)
        o.insert(QStringLiteral("activeUntil"), isoTime(r.activeUntil));
    if (item.isDecided()) {
        o.insert(QStringLiteral("decision"), item.decision);
        o.insert(QStringLiteral("decidedBy"), item.decidedBy);
        o.insert(QStringLiteral("comment"), item.comment);
        o.insert(QStringLiteral("decidedAt"), isoTime(item.decidedAt));
    }
    return o;
}

QString itemLine(const ReviewCampaignItem& item)
{
    const Request& r = item.request;
    QString line = QStringLiteral("#%1  %2  %3 on %4  until %5  reviewers %6")
                       .arg(r.id)
                       .arg(r.subject(), r.action, r.targets.join(QStringLiteral(", ")),
                            r.activeUntil > 0 ? isoTime(r.activeUntil) : QStringLiteral("-"),
                            item.reviewers.join(QStringLiteral(", ")));
    if (item.isDecided())
        line += QStringLiteral("\n    %1 by %2 at %3: \"%4\"")
                    .arg(item.decision, item.decidedBy, isoTime(item.decidedAt), item.comment);
    else
        line += QStringLiteral("\n    undecided (%1)").arg(stateName(r.state));
    return line;
}

} // namespace

int reviewStart(CliContext& ctx)
{
    const QDateTime due = QDateTime::fromString(ctx.line.option(QStringLiteral("due")), Qt::ISODate);
    if (!due.isValid())
        return ctx.fail(QStringLiteral("--due takes an ISO time such as 2026-12-31T18:00:00Z."), Usage);
    ReviewStart input;
    input.title = ctx.line.option(QStringLiteral("title"));
    input.filter = { ctx.line.option(QStringLiteral("action")), ctx.line.option(QStringLiteral("target")),
                     ctx.line.option(QStringLiteral("group")) };
    input.dueAt = due.toMSecsSinceEpoch();
    input.reviewers = ctx.line.all(QStringLiteral("reviewer"));
    auto started = ctx.ws().reviewCampaigns().start(ctx.actor(), input);
    if (!started.ok())
        return ctx.fail(started.error());
    if (ctx.json())
        ctx.printJson(reviewJson(*started));
    else
        ctx.print(QStringLiteral("Access review #%1 started over %2 active grants, due %3.")
                      .arg(started->id)
                      .arg(started->total)
                      .arg(isoTime(started->dueAt)));
    return Ok;
}

int reviewCampaignList(CliContext& ctx)
{
    auto reviews = ctx.ws().reviewCampaigns().list(ctx.actor());
    if (!reviews.ok())
        return ctx.fail(reviews.error());
    if (ctx.json()) {
        QJsonArray out;
        for (const ReviewCampaign& r : std::as_const(*reviews))
            out.append(reviewJson(r));
        ctx.printJson(out);
        return Ok;
    }
    QString text;
    for (const ReviewCampaign& r : std::as_const(*reviews))
        text += QStringLiteral("#%1  %2  %3  due %4  %5  started by %6\n")
                    .arg(r.id)
                    .arg(r.title, progress(r), isoTime(r.dueAt), stateOf(r), r.startedBy);
    ctx.print(text.isEmpty() ? QStringLiteral("No access reviews.") : text);
    return Ok;
}

int reviewShow(CliContext& ctx)
{
    const auto id = number(ctx.line.positionals.at(0));
    if (!id)
        return ctx.fail(QStringLiteral("\"%1\" is not a review number.").arg(ctx.line.positionals.at(0).left(40)),
                        Usage);
    auto detail = ctx.ws().reviewCampaigns().show(ctx.actor(), *id);
    if (!detail.ok())
        return ctx.fail(detail.error());
    if (ctx.json()) {
        QJsonObject o = reviewJson(detail->review);
        QJsonArray items;
        for (const ReviewCampaignItem& item : std::as_const(detail->items))
            items.append(itemJson(item));
        o.insert(QStringLiteral("items"), items);
        ctx.printJson(o);
        return Ok;
    }
    const ReviewCampaign& r = detail->review;
    QString text = QStringLiteral("Access review #%1: %2\nStarted by %3 at %4, due %5; %6; %7\n")
                       .arg(r.id)
                       .arg(r.title, r.startedBy, isoTime(r.startedAt), isoTime(r.dueAt), progress(r), stateOf(r));
    const QJsonObject filter = r.filter.toJson();
    if (!filter.isEmpty()) {
        QStringList parts;
        for (auto it = filter.begin(); it != filter.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key(), it.value().toString());
        text += QStringLiteral("Grants of: %1\n").arg(parts.join(QStringLiteral(", ")));
    }
    for (const ReviewCampaignItem& item : std::as_const(detail->items))
        text += itemLine(item) + QLatin1Char('\n');
    ctx.print(text);
    return Ok;
}

int reviewDecide(CliContext& ctx)
{
    const auto id = number(ctx.line.positionals.at(0));
    const auto item = number(ctx.line.positionals.at(1));
    if (!id || !item)
        return ctx.fail(QStringLiteral("review decide takes a review number and a request number."), Usage);
    const QString decision = ctx.line.positionals.at(2);
    if (decision != QLatin1String("keep") && decision != QLatin1String("revoke"))
        return ctx.fail(QStringLiteral("The decision is keep or revoke."), Usage);
    auto decided = ctx.ws().reviewCampaigns().decide(ctx.actor(), *id, *item, decision,
                                                     ctx.line.option(QStringLiteral("comment")));
    if (!decided.ok())
        return ctx.fail(decided.error());
    if (ctx.json())
        ctx.printJson(itemJson(*decided));
    else if (decision == QLatin1String("keep"))
        ctx.print(QStringLiteral("Request #%1 is kept in access review #%2.").arg(*item).arg(*id));
    else
        ctx.print(QStringLiteral("Request #%1 is revoked in access review #%2; the agent runs its revoke at its next "
                                 "tick.")
                      .arg(*item)
                      .arg(*id));
    return Ok;
}

int reviewClose(CliContext& ctx)
{
    const auto id = number(ctx.line.positionals.at(0));
    if (!id)
        return ctx.fail(QStringLiteral("\"%1\" is not a review number.").arg(ctx.line.positionals.at(0).left(40)),
                        Usage);
    auto closed = ctx.ws().reviewCampaigns().close(ctx.actor(), *id);
    if (!closed.ok())
        return ctx.fail(closed.error());
    QStringList undecided;
    for (const ReviewCampaignItem& item : std::as_const(closed->items))
        if (!item.isDecided())
            undecided << QStringLiteral("#%1").arg(item.request.id);
    if (ctx.json()) {
        QJsonObject o = reviewJson(closed->review);
        o.insert(QStringLiteral("undecided"), QJsonArray::fromStringList(undecided));
        ctx.printJson(o);
    } else {
        ctx.print(QStringLiteral("Access review #%1 is closed: %2.%3")
                      .arg(*id)
                      .arg(progress(closed->review),
                           undecided.isEmpty()
                               ? QString()
                               : QStringLiteral(" Undecided: %1.").arg(undecided.join(QStringLiteral(", ")))));
    }
    return Ok;
}

int reviewReport(CliContext& ctx)
{
    const auto id = number(ctx.line.positionals.at(0));
    if (!id)
        return ctx.fail(QStringLiteral("\"%1\" is not a review number.").arg(ctx.line.positionals.at(0).left(40)),
                        Usage);
    const QString path = ctx.line.option(QStringLiteral("csv"));
    if (path.isEmpty())
        return ctx.fail(QStringLiteral("review report needs --csv FILE (- for standard output)."), Usage);
    auto detail = ctx.ws().reviewCampaigns().show(ctx.actor(), *id);
    if (!detail.ok())
        return ctx.fail(detail.error());
    const QByteArray csv = reviewReportCsv(*detail);
    if (path == QLatin1String("-")) {
        ctx.print(QString::fromUtf8(csv));
        return Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return ctx.fail(QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString()), Failure);
    ctx.print(QStringLiteral("Wrote the report of access review #%1 (%2 grants) to %3.")
                  .arg(*id)
                  .arg(detail->items.size())
                  .arg(path));
    return Ok;
}

} // namespace cs::cli
