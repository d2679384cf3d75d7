#include <QJsonObject>
#include <QSet>
#include <core/common/coretext.h>
#include <core/policy/policytiming.h>

namespace cs {
namespace {

constexpr int kMaxHours = 8760;

Status onlyKeys(const QJsonObject& o, const QSet<QString>& allowed, const QString& where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return Error::invalid(CoreText::tr("%1: unknown field \"%2\".").arg(where, it.key().left(80)));
    return {};
}

// 0 when absent; an error unless a whole number of hours from 1 to a year.
Result<int> hours(const QJsonObject& o, const QString& key, const QString& where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return 0;
    const int n = v.toInt(-1);
    if (!v.isDouble() || v.toDouble() != n || n < 1 || n > kMaxHours)
        return Error::invalid(
            CoreText::tr("%1: \"%2\" must be a whole number of hours from 1 to %3.").arg(where, key).arg(kMaxHours));
    return n;
}

Result<QString> groupName(const QJsonObject& o, const QString& where)
{
    const QJsonValue v = o.value(QStringLiteral("group"));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return Error::invalid(CoreText::tr("%1 needs a \"group\" to escalate to.").arg(where));
    return v.toString().trimmed();
}

} // namespace

Result<PhaseReminder> PhaseReminder::fromJson(const QJsonValue& json, const QString& where)
{
    const QString here = CoreText::tr("%1, \"reminder\"").arg(where);
    if (!json.isObject())
        return Error::invalid(
            CoreText::tr("%1 must be a JSON object such as {\"beforeDeadlineHours\": 24}.").arg(here));
    const QJsonObject o = json.toObject();
    CS_TRY(onlyKeys(o, { QStringLiteral("beforeDeadlineHours"), QStringLiteral("afterHours") }, here));
    PhaseReminder r;
    auto before = hours(o, QStringLiteral("beforeDeadlineHours"), here);
    CS_TRY(before);
    auto after = hours(o, QStringLiteral("afterHours"), here);
    CS_TRY(after);
    r.beforeDeadlineHours = *before;
    r.afterHours = *after;
    if (!r.isSet())
        return Error::invalid(CoreText::tr("%1 needs \"beforeDeadlineHours\", \"afterHours\" or both.").arg(here));
    return r;
}

QJsonObject PhaseReminder::toJson() const
{
    QJsonObject o;
    if (beforeDeadlineHours > 0)
        o.insert(QStringLiteral("beforeDeadlineHours"), beforeDeadlineHours);
    if (afterHours > 0)
        o.insert(QStringLiteral("afterHours"), afterHours);
    return o;
}

QString PhaseReminder::describe() const
{
    if (beforeDeadlineHours > 0 && afterHours > 0)
        return CoreText::tr("a reminder %1 h before the deadline and after %2 h without a decision")
            .arg(beforeDeadlineHours)
            .arg(afterHours);
    if (beforeDeadlineHours > 0)
        return CoreText::tr("a reminder %1 h before the deadline").arg(beforeDeadlineHours);
    return CoreText::tr("a reminder after %1 h without a decision").arg(afterHours);
}

Result<PhaseEscalation> PhaseEscalation::fromJson(const QJsonValue& json, const QString& where)
{
    const QString here = CoreText::tr("%1, \"escalation\"").arg(where);
    if (!json.isObject())
        return Error::invalid(
            CoreText::tr("%1 must be a JSON object such as {\"afterHours\": 48, \"group\": \"managers\"}.").arg(here));
    const QJsonObject o = json.toObject();
    CS_TRY(onlyKeys(o, { QStringLiteral("afterHours"), QStringLiteral("group") }, here));
    PhaseEscalation e;
    auto after = hours(o, QStringLiteral("afterHours"), here);
    CS_TRY(after);
    if (*after == 0)
        return Error::invalid(CoreText::tr("%1 needs \"afterHours\".").arg(here));
    auto group = groupName(o, here);
    CS_TRY(group);
    e.afterHours = *after;
    e.group = *group;
    return e;
}

QJsonObject PhaseEscalation::toJson() const
{
    return { { QStringLiteral("afterHours"), afterHours }, { QStringLiteral("group"), group } };
}

QString PhaseEscalation::describe() const
{
    return CoreText::tr("escalation to %1 after %2 h").arg(group).arg(afterHours);
}

Result<TimeoutOutcome> TimeoutOutcome::fromJson(const QJsonValue& json)
{
    const QString here = CoreText::tr("Policy, \"timeout\"");
    if (!json.isObject())
        return Error::invalid(CoreText::tr("%1 must be a JSON object such as {\"outcome\": \"reject\"}.").arg(here));
    const QJsonObject o = json.toObject();
    const QString outcome = o.value(QStringLiteral("outcome")).toString();
    TimeoutOutcome t;
    if (outcome == QLatin1String("approve") || outcome == QLatin1String("auto-approve")
        || outcome == QLatin1String("autoApprove")) {
        return Error::invalid(CoreText::tr("%1: approving on timeout is not offered: a request nobody approved never "
                                           "runs. Use \"expire\", \"reject\" or \"escalate\".")
                                  .arg(here));
    }
    if (outcome == QLatin1String("expire") || outcome == QLatin1String("reject")) {
        CS_TRY(onlyKeys(o, { QStringLiteral("outcome") }, here));
        t.kind = outcome == QLatin1String("reject") ? Kind::Reject : Kind::Expire;
        return t;
    }
    if (outcome != QLatin1String("escalate"))
        return Error::invalid(
            CoreText::tr("%1: \"outcome\" must be \"expire\", \"reject\" or \"escalate\".").arg(here));
    CS_TRY(onlyKeys(o, { QStringLiteral("outcome"), QStringLiteral("group"), QStringLiteral("extendHours") }, here));
    auto group = groupName(o, here);
    CS_TRY(group);
    auto extend = hours(o, QStringLiteral("extendHours"), here);
    CS_TRY(extend);
    if (*extend == 0)
        return Error::invalid(
            CoreText::tr("%1: escalating needs \"extendHours\", the time the group gets to decide.").arg(here));
    t.kind = Kind::Escalate;
    t.group = *group;
    t.extendHours = *extend;
    return t;
}

QJsonObject TimeoutOutcome::toJson() const
{
    switch (kind) {
    case Kind::Expire:
        return { { QStringLiteral("outcome"), QStringLiteral("expire") } };
    case Kind::Reject:
        return { { QStringLiteral("outcome"), QStringLiteral("reject") } };
    case Kind::Escalate:
        break;
    }
    return { { QStringLiteral("outcome"), QStringLiteral("escalate") },
             { QStringLiteral("group"), group },
             { QStringLiteral("extendHours"), extendHours } };
}

QString TimeoutOutcome::describe() const
{
    switch (kind) {
    case Kind::Expire:
        return CoreText::tr("on timeout: expired");
    case Kind::Reject:
        return CoreText::tr("on timeout: rejected");
    case Kind::Escalate:
        break;
    }
    return CoreText::tr("on timeout: escalated to %1 with %2 h more").arg(group).arg(extendHours);
}

} // namespace cs
