#pragma once

#include <QLatin1String>

namespace cs::AuditEvent {

// Time-bound access (SPEC §4): a grant's life after its script ran.
constexpr QLatin1String GrantActivated("grant.activated"); // {activeUntil, durationSeconds}
constexpr QLatin1String GrantRevokeRequested("grant.revoke_requested"); // early, by a person: {comment}
constexpr QLatin1String GrantRevokeStarted("grant.revoke_started"); // {attempt, dueAt, lateMs}
constexpr QLatin1String GrantRevokeFailed("grant.revoke_failed"); // {attempt, error, nextAttemptAt}
constexpr QLatin1String GrantSuperseded("grant.superseded"); // its extension took over: {supersededBy}
constexpr QLatin1String GrantCleanupScheduled("grant.cleanup_scheduled"); // the grant script failed: revoke now
constexpr QLatin1String GrantReviewed("grant.reviewed"); // access review: {decision, comment, reviewedUntil}
constexpr QLatin1String GrantRevoked("grant.revoked"); // {dueAt, startedAt, lateMs, attempts, earlyBy}
// Access reviews as campaigns (issue 15): started {review, title, filter, dueAt, reviewers, items};
// decided, on the grant's request {review, decision, comment}; closed {review, title, startedBy, dueAt,
// total, kept, revoked, undecided} (request numbers).
constexpr QLatin1String AccessReviewStarted("access_review.started");
constexpr QLatin1String AccessReviewDecided("access_review.decided");
constexpr QLatin1String AccessReviewClosed("access_review.closed");

} // namespace cs::AuditEvent
