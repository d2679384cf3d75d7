#include <core/audit/auditevents.h>
#include <core/audit/auditrow.h>
#include <core/common/identity.h>
#include <core/views/feedbacknews.h>

namespace cs {

Result<QList<AuditEntry>> feedbackOnRequestsOf(Database& db, const QString& login, qint64 afterSeq, int limit)
{
    const QString me = normalizeLogin(login);
    return auditEntriesOf(
        db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? AND event = ? AND actor <> ? AND EXISTS "
                               "(SELECT 1 FROM requests r WHERE r.id = audit_log.request_id AND r.requester = ?) "
                               "ORDER BY seq LIMIT ?")
                    .arg(kAuditColumns),
                { afterSeq, QString(AuditEvent::RequestFeedback), me, me, limit }));
}

} // namespace cs
