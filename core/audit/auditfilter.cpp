#include <core/audit/auditfilter.h>
#include <core/audit/auditlog.h>
#include <core/common/identity.h>

namespace cs {
namespace {

QStringList actorsFor(const QString& actor)
{
    const QString login = normalizeLogin(actor);
    return { login, QStringLiteral("agent:") + login };
}

} // namespace

bool AuditFilter::matches(const AuditEntry& e) const
{
    if (from > 0 && e.at < from)
        return false;
    if (to > 0 && e.at >= to)
        return false;
    if (requestId > 0 && e.requestId != requestId)
        return false;
    return actor.trimmed().isEmpty() || actorsFor(actor).contains(e.actor.toCaseFolded());
}

void AuditFilter::addConditions(QString* sql, QVariantList* values) const
{
    if (from > 0) {
        *sql += QStringLiteral(" AND at >= ?");
        values->append(from);
    }
    if (to > 0) {
        *sql += QStringLiteral(" AND at < ?");
        values->append(to);
    }
    if (requestId > 0) {
        *sql += QStringLiteral(" AND request_id = ?");
        values->append(requestId);
    }
    if (!actor.trimmed().isEmpty()) {
        const QStringList actors = actorsFor(actor);
        *sql += QStringLiteral(" AND actor IN (?, ?)");
        *values << actors.at(0) << actors.at(1);
    }
}

} // namespace cs
