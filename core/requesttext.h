#pragma once

#include "requestservice.h"

namespace cs {

// The readable rendering of a request: `show` in the CLI, "Copy to clipboard" and the body of
// a share-by-e-mail in the desktop client. Secrets appear masked.
QString requestAsText(const RequestDetails& details);

// One line per request for queue listings.
QString requestSummaryLine(const Request& request);

} // namespace cs
