#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <core/common/result.h>

namespace cs {

// When to remind a phase's approvers: N hours before the request's deadline and/or N hours after the
// phase opened without a decision (0: not set).
struct PhaseReminder
{
    int beforeDeadlineHours = 0;
    int afterHours = 0;

    bool isSet() const { return beforeDeadlineHours > 0 || afterHours > 0; }
    static Result<PhaseReminder> fromJson(const QJsonValue& json, const QString& where);
    QJsonObject toJson() const;
    QString describe() const; // "a reminder 24 h before the deadline and after 8 h"
};

// After N hours without the phase completing, a fallback group also counts as approvers of the phase.
struct PhaseEscalation
{
    int afterHours = 0; // 0: not set
    QString group;

    bool isSet() const { return afterHours > 0; }
    static Result<PhaseEscalation> fromJson(const QJsonValue& json, const QString& where);
    QJsonObject toJson() const;
    QString describe() const; // "escalation to it-managers after 48 h"
};

// What happens to a pending request when its deadline passes. Approving is never an outcome: a
// request nobody approved must not run.
struct TimeoutOutcome
{
    enum class Kind { Expire, Reject, Escalate };
    Kind kind = Kind::Expire;
    QString group; // escalate: the group that then also counts as approvers of the open phase
    int extendHours = 0; // escalate: the new deadline, this long after the old one

    bool isSet() const { return kind != Kind::Expire; }
    static Result<TimeoutOutcome> fromJson(const QJsonValue& json);
    QJsonObject toJson() const;
    QString describe() const; // "on timeout: rejected"
};

} // namespace cs
