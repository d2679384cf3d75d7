// delegate commands: hand one's approvals to someone for a period, list and end delegations.
#include <QJsonArray>
#include <cli/commands.h>
#include <core/common/clock.h>

namespace cs::cli {
namespace {

// 2026-12-01 (the start of that day, UTC) or an ISO date and time.
bool parseTime(const QString& text, qint64* ms)
{
    // A bare date only: QDate also accepts "2026-12-01T10:00" and would drop the time.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid()) {
        *ms = date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
        return true;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return false;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    *ms = time.toMSecsSinceEpoch();
    return true;
}

QJsonObject toJson(const Delegation& d)
{
    return { { QStringLiteral("id"), d.id },
             { QStringLiteral("delegator"), d.delegator },
             { QStringLiteral("delegate"), d.delegate },
             { QStringLiteral("from"), isoTime(d.startsAt) },
             { QStringLiteral("until"), isoTime(d.endsAt) },
             { QStringLiteral("createdBy"), d.createdBy } };
}

} // namespace

int delegateAdd(CliContext& ctx)
{
    DelegationInput input;
    input.delegator = ctx.line.option(QStringLiteral("for"));
    input.delegate = ctx.line.option(QStringLiteral("to"));
    const QString from = ctx.line.option(QStringLiteral("from"));
    if (input.delegate.isEmpty() || ctx.line.option(QStringLiteral("until")).isEmpty())
        return ctx.fail(QStringLiteral("delegate add needs --to LOGIN and --until TIME (--from defaults to now)."),
                        Usage);
    if (from.isEmpty())
        input.startsAt = ctx.ws().clock().nowMs();
    if ((!from.isEmpty() && !parseTime(from, &input.startsAt))
        || !parseTime(ctx.line.option(QStringLiteral("until")), &input.endsAt))
        return ctx.fail(QStringLiteral("--from and --until take dates such as 2026-12-01 (UTC), or ISO times."), Usage);
    auto added = ctx.ws().delegations().add(ctx.actor(), input);
    if (!added.ok())
        return ctx.fail(added.error());
    return ctx.done({},
                    QStringLiteral("Delegation #%1: %2 decides for %3 from %4 until %5.")
                        .arg(added->id)
                        .arg(added->delegate, added->delegator, isoTime(added->startsAt), isoTime(added->endsAt)));
}

int delegateList(CliContext& ctx)
{
    auto list = ctx.ws().delegations().list(ctx.actor());
    if (!list.ok())
        return ctx.fail(list.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const Delegation& d : *list)
            a.append(toJson(d));
        ctx.printJson(a);
        return Ok;
    }
    if (list->isEmpty()) {
        ctx.print(QStringLiteral("No current delegations."));
        return Ok;
    }
    QString text;
    for (const Delegation& d : *list)
        text += QStringLiteral("#%1 %2 for %3 from %4 until %5\n")
                    .arg(d.id)
                    .arg(d.delegate, d.delegator, isoTime(d.startsAt), isoTime(d.endsAt));
    ctx.print(text.chopped(1));
    return Ok;
}

int delegateEnd(CliContext& ctx)
{
    bool ok = false;
    const qint64 id = ctx.line.positionals.at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.fail(QStringLiteral("A delegation id is a positive number, as delegate list shows it."), Usage);
    auto ended = ctx.ws().delegations().end(ctx.actor(), id);
    if (!ended.ok())
        return ctx.fail(ended.error());
    return ctx.done(
        {}, QStringLiteral("Delegation #%1 (%2 for %3) has ended.").arg(id).arg(ended->delegate, ended->delegator));
}

} // namespace cs::cli
