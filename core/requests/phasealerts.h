#pragma once

#include <core/requests/request.h>
#include <core/storage/stores.h>
#include <optional>

namespace cs {

// A reminder or escalation a pending request's open phase owes at a time (issue 16).
struct PhaseAlert
{
    enum class Kind { ReminderBeforeDeadline, ReminderAfter, Escalation };
    Kind kind = Kind::ReminderAfter;
    int phase = 0;
    qint64 dueAt = 0;

    QString key() const; // its name in phase_alerts: reminder_before, reminder_after, escalation
};

// Reminders and escalations of approval phases: when they are due (pure), and doing each exactly
// once (a row in phase_alerts claims it, in the transaction that does it, under the request's lock),
// however many agents run the schedule. The timeout outcome is not here: it is the expiry path's
// (expireRequest), so every caller that notices a passed deadline applies it.
class PhaseAlerts
{
public:
    explicit PhaseAlerts(const Stores& stores);

    // When the open phase opened: the request's submission, or the approval that completed the phase before.
    static qint64 phaseOpenedAt(const Request& request, const QList<Decision>& decisions);
    // Every alert the open phase of a pending request has, due or not, in due order.
    static QList<PhaseAlert> alertsOf(const Request& request, const QList<Decision>& decisions);
    // The next reminder still to come after `now` (for `show`), if any.
    static std::optional<qint64> nextReminder(const Request& request, const QList<Decision>& decisions, qint64 now);

    // Does every alert due now that is not done yet, each in its own transaction: how many it did.
    // actor: the service that does it, as the audit log names it (the agent).
    Result<int> runDue(const QString& actor);

private:
    // true when this call did it; false when it was done already or is no longer owed.
    Result<bool> apply(qint64 requestId, const PhaseAlert& alert, const QString& actor);

    Stores m_stores;
};

} // namespace cs
