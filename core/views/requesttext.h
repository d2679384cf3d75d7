#pragma once

#include <core/execution/execution.h>
#include <core/requests/requestservice.h>

namespace cs {

// The readable rendering of a request: `show` in the CLI, "Copy to clipboard" and the body of
// a share-by-e-mail in the desktop client. Secrets appear masked.
QString requestAsText(const RequestDetails& details, const std::optional<Execution>& execution = std::nullopt,
                      const std::optional<DispatchAttempt>& dispatch = std::nullopt);

// A run's state (ExecutionState) in the person's words.
QString executionStateLabel(const QString& state);
// A request's stored state code ("approved", as in --json and the evidence JSON) in the person's
// words; a code this version does not know as it is.
QString requestStateForPeople(const QString& code);

// The execution part alone: state, times, exit code, output; or why it has not run yet.
// refusal: standingRefusal(), for an approved request the agent refused and will ask for again.
QString executionAsText(const Request& request, const std::optional<Execution>& execution,
                        const std::optional<DispatchAttempt>& dispatch, const QString& refusal = {});

// Why the agent refused the request, while that refusal stands: the reason it failed for good,
// or -- while it is still approved -- the last refusal in its history. Empty otherwise.
QString standingRefusal(const Request& request, const std::optional<Execution>& execution,
                        const QList<AuditEntry>& history);

// One line per request for queue listings.
QString requestSummaryLine(const Request& request);

} // namespace cs
