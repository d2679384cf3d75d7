#pragma once

#include <core/common/result.h>
#include <core/requests/request.h>

namespace cs {

// "Request again" (issue 20): a request that ended one way or another may be asked anew by its
// requester; the new request names it (Request::requestedAgainFrom).
bool canBeRequestedAgain(RequestState state);

// The refusal for a request that is not the asker's own, or does not exist: the same sentence,
// so a request number's existence is not told to someone who may not read it.
QString notYourOwnToAskAgain(qint64 id);

// Whether `requester` may name `old` as the request they ask again for: their own, and ended.
Status checkRequestedAgainFrom(const Request& old, const QString& requester);

} // namespace cs
