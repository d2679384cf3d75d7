#pragma once

#include <core/requests/request.h>
#include <core/storage/stores.h>

namespace cs {

// The one way a request expires, whoever notices the passed deadline (the expiry sweep, a late
// decision, an agent about to run it): the transition and its audit entry, inside the caller's
// transaction. `request.state` becomes Expired.
Status expireRequest(const Stores& stores, Request& request, const QString& actor);

} // namespace cs
