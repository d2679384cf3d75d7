#include <core/audit/auditevents.h>
#include <core/common/coretext.h>
#include <core/views/timeline.h>

namespace cs {
namespace {

// Steps the system takes on its own: their sentence needs no person.
bool nobodysStep(const QString& event)
{
    return event == AuditEvent::PhaseCompleted || event == AuditEvent::RequestApproved
        || event == AuditEvent::RequestRejected || event == AuditEvent::RequestExpired
        || event == AuditEvent::ExecutionStarted || event == AuditEvent::ExecutionFinished
        || event == AuditEvent::ExecutionInterrupted || event == AuditEvent::ExecutionDeferred;
}

QString personText(const QString& login, const QHash<QString, QString>& names)
{
    if (login.startsWith(QLatin1String("webhook:"))) // an approval webhook decided (issue 17)
        return CoreText::tr("webhook %1").arg(login.mid(8));
    const QString name = names.value(login);
    return name.isEmpty() || name == login ? login : QStringLiteral("%1 (%2)").arg(name, login);
}

} // namespace

QList<TimelineEntry> requestTimeline(const QList<AuditEntry>& history, const QHash<QString, QString>& names,
                                     const TimeText& timeText, qint64 requestedAgainFrom)
{
    QList<TimelineEntry> out;
    out.reserve(history.size());
    for (const AuditEntry& e : history) {
        TimelineEntry t;
        t.at = e.at;
        t.event = e.event;
        t.label = auditEventLabel(e.event);
        const QString sentence = auditEntrySentence(e, timeText);
        if (!nobodysStep(e.event) && !e.actor.isEmpty()) {
            t.actor = e.actor;
            t.person = personText(e.actor, names);
        }
        const QString behalfOf = e.event == AuditEvent::RequestSubmitted
            ? e.payloadObject().value(QStringLiteral("behalfOf")).toString()
            : QString();
        if (!behalfOf.isEmpty()) // issue 17: "alice for maria"
            t.text = CoreText::tr("Submitted by %1 for %2: %3").arg(t.person, personText(behalfOf, names), sentence);
        else if (e.event == AuditEvent::RequestSubmitted && requestedAgainFrom > 0)
            t.text = CoreText::tr("Submitted by %1, requested again from #%2: %3")
                         .arg(t.person)
                         .arg(requestedAgainFrom)
                         .arg(sentence);
        else if (e.event == AuditEvent::RequestSubmitted)
            t.text = CoreText::tr("Submitted by %1: %2").arg(t.person, sentence);
        else if (t.person.isEmpty())
            t.text = sentence;
        else
            t.text = QStringLiteral("%1 — %2").arg(t.person, sentence);
        out.append(t);
    }
    return out;
}

} // namespace cs
