#include <core/actions/grantterms.h>
#include <core/audit/grantevents.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/views/granttext.h>

namespace cs {

QString grantStatus(const Request& r, const std::function<QString(qint64)>& time)
{
    if (r.state == RequestState::Active && r.activeUntil > 0)
        return CoreText::tr("active until %1").arg(time(r.activeUntil));
    if (r.state == RequestState::Approved && r.notBefore > 0)
        return CoreText::tr("approved, runs at %1").arg(time(r.notBefore));
    return stateLabel(r.state);
}

QStringList grantTermLines(const Request& r)
{
    QStringList out;
    if (r.durationSeconds > 0)
        out << CoreText::tr("Duration:   %1").arg(GrantTerms::formatDuration(r.durationSeconds));
    if (r.notBefore > 0)
        out << CoreText::tr("Runs at:    %1 (not before; never after the deadline)").arg(isoTime(r.notBefore));
    if (r.previousRequest > 0)
        out << CoreText::tr("Extends:    request #%1").arg(r.previousRequest);
    if (r.activeUntil > 0)
        out << CoreText::tr("Active until: %1").arg(isoTime(r.activeUntil));
    return out;
}

QStringList revokeHistoryLines(const QList<AuditEntry>& history)
{
    QStringList out;
    for (const AuditEntry& e : history) {
        const QJsonObject p = e.payloadObject();
        if (e.event == AuditEvent::GrantRevokeRequested)
            out << CoreText::tr("  %1 early revoke asked by %2: \"%3\"")
                       .arg(isoTime(e.at), e.actor, p.value(QStringLiteral("comment")).toString());
        else if (e.event == AuditEvent::GrantRevokeStarted)
            out << CoreText::tr("  %1 revoke attempt %2 started (due %3, %4 s late)")
                       .arg(isoTime(e.at))
                       .arg(p.value(QStringLiteral("attempt")).toInt())
                       .arg(p.value(QStringLiteral("dueAt")).toString())
                       .arg(p.value(QStringLiteral("lateMs")).toDouble() / 1000.0, 0, 'f', 1);
        else if (e.event == AuditEvent::GrantRevokeFailed)
            out << CoreText::tr("  %1 (!) revoke attempt %2 FAILED: %3 -- tried again at %4")
                       .arg(isoTime(e.at))
                       .arg(p.value(QStringLiteral("attempt")).toInt())
                       .arg(p.value(QStringLiteral("error")).toString(),
                            p.value(QStringLiteral("nextAttemptAt")).toString());
        else if (e.event == AuditEvent::GrantRevoked)
            out << CoreText::tr("  %1 revoked (due %2, started %3 s late, %4 attempts)")
                       .arg(isoTime(e.at), p.value(QStringLiteral("dueAt")).toString())
                       .arg(p.value(QStringLiteral("lateMs")).toDouble() / 1000.0, 0, 'f', 1)
                       .arg(p.value(QStringLiteral("attempts")).toInt());
        else if (e.event == AuditEvent::GrantSuperseded)
            out << CoreText::tr("  %1 superseded by #%2 (its extension); this grant's revoke does not run")
                       .arg(isoTime(e.at))
                       .arg(p.value(QStringLiteral("supersededBy")).toInteger());
        else if (e.event == AuditEvent::GrantCleanupScheduled)
            out << CoreText::tr("  %1 (!) the grant script failed; the revoke script runs to clean up")
                       .arg(isoTime(e.at));
    }
    if (!out.isEmpty())
        out.prepend(CoreText::tr("Revoke:"));
    return out;
}

void insertGrantTerms(const Request& r, QJsonObject& o)
{
    if (r.durationSeconds > 0)
        o.insert(QStringLiteral("durationSeconds"), r.durationSeconds);
    if (r.notBefore > 0)
        o.insert(QStringLiteral("notBefore"), isoTime(r.notBefore));
    if (r.previousRequest > 0)
        o.insert(QStringLiteral("previousRequest"), r.previousRequest);
    if (r.activeUntil > 0)
        o.insert(QStringLiteral("activeUntil"), isoTime(r.activeUntil));
}

} // namespace cs
