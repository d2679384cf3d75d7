#pragma once

#include <core/audit/auditlog.h>
#include <core/storage/database.h>

namespace cs {

// Feedback others left on this person's requests after audit position afterSeq, oldest first
// (issue 20: "the requester is told of new feedback" in the client; the notify channels send the
// "feedback" notice). Reads only the audit entries written since, so a client can ask on every
// change at any size of log.
Result<QList<AuditEntry>> feedbackOnRequestsOf(Database& db, const QString& login, qint64 afterSeq, int limit = 100);

} // namespace cs
