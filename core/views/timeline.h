#pragma once

#include <QHash>
#include <core/views/audittext.h>

namespace cs {

// One step in a request's life as people read it in the detail pane.
struct TimelineEntry
{
    qint64 at = 0;
    QString actor; // login; empty for steps nobody took (a phase completing, expiry)
    QString person; // "Alice Smith (alice)", or empty with actor
    QString event; // the audit event code, for icons and tests
    QString label; // auditEventLabel()
    QString text; // one sentence naming who did it, with auditEntrySentence() for the rest
};

// The request's audit entries (RequestDetails::history) as a timeline, oldest first: submitted by
// whom, each decision with person, criterion and comment, phase completions, dispatch, the run's
// start and end with its exit code, cancellation, expiry and any later event (revocation,
// escalation, delegation) in its audit sentence. names: display names by login (missing: the login).
// requestedAgainFrom: the request this one was asked again from (Request::requestedAgainFrom; 0: none),
// named where it was submitted.
QList<TimelineEntry> requestTimeline(const QList<AuditEntry>& history, const QHash<QString, QString>& names,
                                     const TimeText& timeText = {}, qint64 requestedAgainFrom = 0);

} // namespace cs
