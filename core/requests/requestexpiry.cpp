#include <core/audit/auditevents.h>
#include <core/audit/auditlog.h>
#include <core/requests/requestexpiry.h>
#include <core/requests/requeststore.h>

namespace cs {

Status expireRequest(const Stores& stores, Request& r, const QString& actor)
{
    CS_TRY(stores.requests.transition(r, RequestState::Expired, r.phase, stores.clock.nowMs()));
    const QString previous = stateName(r.state);
    r.state = RequestState::Expired;
    return stores.audit.append(actor, AuditEvent::RequestExpired, r.id,
                               AuditPayload::expired(r.auditSummary(), r.deadline, previous));
}

} // namespace cs
