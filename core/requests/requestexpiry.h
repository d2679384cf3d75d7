#pragma once

#include <core/requests/request.h>
#include <core/storage/stores.h>

namespace cs {

// The one way a request times out, whoever notices the passed deadline (the expiry sweep, a late
// decision, an agent about to run it): inside the caller's transaction. A pending request gets its
// policy's timeout outcome: expired, rejected, or escalated to a group with a new deadline (then it
// stays pending, once; when that deadline passes too it expires). An approved request that never ran
// expires. `request` is updated to what was written.
Status expireRequest(const Stores& stores, Request& request, const QString& actor);

// Adds `group` as a fallback approver of the request's open phase, inside the caller's transaction:
// recorded in the request (and, for the incoming queues, its audience) and in the audit log.
// newDeadline: the timeout escalation's later deadline (0: unchanged).
Status escalateRequest(const Stores& stores, Request& request, const QString& group, const QString& reason,
                       const QString& actor, qint64 newDeadline = 0);

} // namespace cs
