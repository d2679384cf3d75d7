#pragma once

#include <core/audit/auditlog.h>
#include <core/views/auditfeed.h>

namespace cs {

// New feedback others left on this person's requests, oldest first, and where to look next time.
struct FeedbackNews
{
    QList<AuditEntry> entries;
    AuditFeedCursor cursor;
};

// Where a person's feedback news starts: the log's head (what is there already is not news), with
// the positions just below it that are not there yet, whose entries may still commit (only
// positions are read, not entries; only where entries may commit late, on PostgreSQL).
Result<AuditFeedCursor> feedbackNewsStart(AuditLog& log, qint64 now);

// The feedback written since `from` (issue 20: "the requester is told of new feedback" in the
// client; the notify channels send the "feedback" notice). Reads only the entries written since and
// those that appeared in its holes (on PostgreSQL an entry's position is drawn before it commits,
// so feedback can appear below one read already), so a client can ask on every change at any size
// of log.
Result<FeedbackNews> feedbackOnRequestsOf(AuditLog& log, const QString& login, const AuditFeedCursor& from, qint64 now);

} // namespace cs
