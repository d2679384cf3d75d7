#pragma once

#include <core/directory/directory.h>
#include <core/execution/grantservice.h>
#include <core/storage/stores.h>
#include <optional>

namespace cs {

// One reviewer's decision on an active grant (table `grant_reviews`, migration 18).
struct GrantReview
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString reviewer;
    QString decision; // keep | revoke
    QString comment;
    qint64 reviewedUntil = 0; // keep: found needed until then (0: not said)
    qint64 createdAt = 0;
};

// What a reviewer sees of one active grant: who has what, on which targets, since and until when,
// approved by whom, its revoke's trouble, and the last review.
struct ReviewItem
{
    Request request;
    qint64 activeSince = 0;
    QStringList approvedBy;
    std::optional<Revocation> revocation;
    std::optional<GrantReview> lastReview;
    // What the person who read the list may do with it now (ActiveGrants fills these by core's
    // rules, checkMayReview and checkMayEndEarly), and why not, in a sentence.
    bool mayKeep = false;
    bool mayRevoke = false;
    QString keepRefusal;
    QString revokeRefusal;
};

// Access reviews (SPEC §4): an admin, or an approver of the grant, looks at what is still granted
// and keeps it (a comment, optionally until when it is needed) or revokes it early (the existing
// early-revoke path, so the revoke script runs at the agent's next tick). Both are recorded and audited.
// Whether a grant can still be kept or revoked in a review: active and not yet past its end (a
// grant whose time ran out waits only for the agent's revoke). Conflict, in a sentence, when not.
Status checkStillInForce(const Request& r, qint64 now);
// Whether this person may keep or revoke the grant in a review now: admins every grant, an approver
// (or the delegate who approved for them) what they approved, while it is still in force. The
// requester does not review their own access (they may still end it early). Forbidden or
// conflict, in a sentence, when not; `decisions` are the request's.
Status checkMayReview(const User& me, const Request& r, const QList<Decision>& decisions, qint64 now);

class AccessReview
{
public:
    explicit AccessReview(const Stores& stores);

    // The active grants this person may review, optionally of one action, soonest ending first.
    Result<QList<ReviewItem>> list(const QString& actor, const QString& action = {});
    Result<GrantReview> keep(const QString& actor, qint64 requestId, const QString& comment, qint64 reviewedUntil = 0);
    Result<Request> revoke(const QString& actor, qint64 requestId, const QString& comment);
    // Revokes the grant as this person may: as its reviewer (revoke(), recorded as a review), or,
    // when they may not review it, by ending it early if that is theirs to do (their own grant:
    // GrantService::revokeEarly). What the desktop's Revoke… button does, whoever clicks it.
    Result<Request> revokeAsAllowed(const QString& actor, qint64 requestId, const QString& comment);

private:
    // Inside the caller's transaction: the grant, locked, when this person may review it now.
    Result<Request> loadReviewable(const QString& login, qint64 requestId);
    Status record(const GrantReview& review);

    Stores m_stores;
};

} // namespace cs
