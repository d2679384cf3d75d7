#include <algorithm>
#include <core/audit/auditevents.h>
#include <core/audit/auditlog.h>
#include <core/common/identity.h>
#include <core/directory/directory.h>
#include <core/requests/phasealerts.h>
#include <core/requests/requestexpiry.h>
#include <core/requests/requeststore.h>
#include <core/storage/database.h>

namespace cs {
namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr int kPage = 500;

} // namespace

QString PhaseAlert::key() const
{
    switch (kind) {
    case Kind::ReminderBeforeDeadline:
        return QStringLiteral("reminder_before");
    case Kind::ReminderAfter:
        return QStringLiteral("reminder_after");
    case Kind::Escalation:
        break;
    }
    return QStringLiteral("escalation");
}

PhaseAlerts::PhaseAlerts(const Stores& stores)
    : m_stores(stores)
{ }

qint64 PhaseAlerts::phaseOpenedAt(const Request& r, const QList<Decision>& decisions)
{
    qint64 opened = r.createdAt;
    for (const Decision& d : decisions)
        if (d.approve && d.phase < r.phase)
            opened = qMax(opened, d.decidedAt);
    return opened;
}

QList<PhaseAlert> PhaseAlerts::alertsOf(const Request& r, const QList<Decision>& decisions)
{
    QList<PhaseAlert> out;
    if (r.state != RequestState::Pending || r.phase >= r.phaseCount())
        return out;
    const Phase& phase = r.flow.phases.at(r.phase);
    const qint64 opened = phaseOpenedAt(r, decisions);
    if (phase.reminder.beforeDeadlineHours > 0)
        out.append({ PhaseAlert::Kind::ReminderBeforeDeadline, r.phase,
                     r.deadline - qint64(phase.reminder.beforeDeadlineHours) * kHourMs });
    if (phase.reminder.afterHours > 0)
        out.append({ PhaseAlert::Kind::ReminderAfter, r.phase, opened + qint64(phase.reminder.afterHours) * kHourMs });
    if (phase.escalation.isSet())
        out.append({ PhaseAlert::Kind::Escalation, r.phase, opened + qint64(phase.escalation.afterHours) * kHourMs });
    std::sort(out.begin(), out.end(), [](const PhaseAlert& a, const PhaseAlert& b) { return a.dueAt < b.dueAt; });
    return out;
}

std::optional<qint64> PhaseAlerts::nextReminder(const Request& r, const QList<Decision>& decisions, qint64 now)
{
    for (const PhaseAlert& a : alertsOf(r, decisions))
        if (a.kind != PhaseAlert::Kind::Escalation && a.dueAt > now && a.dueAt < r.effectiveDeadline())
            return a.dueAt;
    return std::nullopt;
}

Result<int> PhaseAlerts::runDue(const QString& actor)
{
    // A duty of the agent's schedule (or a test): the actor is who the audit log names, not a person.
    const QString login = actor;
    const qint64 now = m_stores.clock.nowMs();
    // Read without locks; each alert is then done under the request's lock, checked again there.
    QList<QPair<qint64, PhaseAlert>> due;
    qint64 before = 0;
    while (true) {
        auto page = m_stores.requests.find({ {}, { RequestState::Pending }, kPage, before });
        CS_TRY(page);
        for (const Request& r : std::as_const(page->requests)) {
            const Phase& phase = r.flow.phases.at(r.phase);
            if (!phase.reminder.isSet() && !phase.escalation.isSet())
                continue;
            auto decisions = m_stores.requests.decisions(r.id);
            CS_TRY(decisions);
            for (const PhaseAlert& a : alertsOf(r, *decisions))
                if (a.dueAt <= now && now < r.effectiveDeadline())
                    due.append({ r.id, a });
        }
        if (page->nextBeforeId == 0)
            break;
        before = page->nextBeforeId;
    }
    int done = 0;
    for (const auto& [id, alert] : std::as_const(due)) {
        auto applied = apply(id, alert, login);
        if (!applied.ok() && applied.error().code == Error::Code::Integrity)
            continue; // a damaged request must not hold back the others
        CS_TRY(applied);
        done += *applied ? 1 : 0;
    }
    return done;
}

Result<bool> PhaseAlerts::apply(qint64 id, const PhaseAlert& alert, const QString& actor)
{
    bool did = false;
    const Status s = m_stores.db.transaction([&]() -> Status {
        did = false;
        auto r = m_stores.requests.loadForChange(id);
        CS_TRY(r);
        const qint64 now = m_stores.clock.nowMs();
        if (r->state != RequestState::Pending || r->phase != alert.phase || now >= r->effectiveDeadline())
            return {};
        // The claim: a second agent (or a second pass) finds the row and does nothing.
        auto claimed = m_stores.db.exec(QStringLiteral("INSERT INTO phase_alerts (request_id, phase, kind, done_at, "
                                                       "done_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                                        { id, alert.phase, alert.key(), now, actor });
        CS_TRY(claimed);
        if (claimed->numRowsAffected() != 1)
            return {};
        did = true;
        const Phase& phase = r->flow.phases.at(r->phase);
        if (alert.kind == PhaseAlert::Kind::Escalation)
            return escalateRequest(m_stores, *r, phase.escalation.group, QStringLiteral("escalation"), actor);
        QJsonObject payload = r->auditSummary();
        payload.insert(QStringLiteral("phase"), r->phase);
        payload.insert(QStringLiteral("phaseName"), phase.name);
        payload.insert(QStringLiteral("kind"), alert.key());
        return m_stores.audit.append(actor, AuditEvent::RequestReminded, id, payload);
    });
    if (!s.ok())
        return s.error();
    return did;
}

} // namespace cs
