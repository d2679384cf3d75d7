#include <core/audit/auditlog.h>
#include <core/audit/grantevents.h>
#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directory.h>
#include <core/execution/accessreview.h>
#include <core/execution/activegrants.h>

namespace cs {
namespace {

constexpr int kMaxCommentLength = 4000;

} // namespace

AccessReview::AccessReview(const Stores& stores)
    : m_stores(stores)
{ }

Status checkMayReview(const User& me, const Request& r, const QList<Decision>& decisions, qint64 now)
{
    bool allowed = me.roles.contains(Role::Admin);
    for (const Decision& d : decisions)
        allowed = allowed || (d.approve && (d.approver == me.login || d.decidedBy == me.login));
    if (!allowed)
        return Error::forbidden(
            CoreText::tr("Only an admin or an approver of request #%1 can review its grant.").arg(r.id));
    // An admin is no exception: a review is another person's look at the access.
    if (r.requester == me.login || (!r.behalfOf.isEmpty() && r.behalfOf == me.login))
        return Error::forbidden(
            CoreText::tr("Nobody reviews their own access: request #%1 is yours (you may still end it early).")
                .arg(r.id));
    return checkStillInForce(r, now);
}

Result<Request> AccessReview::loadReviewable(const QString& login, qint64 requestId)
{
    auto me = m_stores.directory.activeUser(login);
    CS_TRY(me);
    auto r = m_stores.requests.loadForDecision(requestId); // locked, then its decisions
    CS_TRY(r);
    CS_TRY(checkMayReview(*me, r->first, r->second, m_stores.clock.nowMs()));
    return r->first;
}

Result<QList<ReviewItem>> AccessReview::list(const QString& actor, const QString& action)
{
    auto me = m_stores.directory.activeUser(normalizeLogin(actor));
    CS_TRY(me);
    // Admins review every grant; others those they approved (the set-based read, scope in SQL).
    auto grants = ActiveGrants(m_stores).list(
        actor, me->roles.contains(Role::Admin) ? GrantScope::All : GrantScope::ApprovedByMe, action);
    CS_TRY(grants);
    return grants->items;
}

Status checkStillInForce(const Request& r, qint64 now)
{
    if (r.state != RequestState::Active)
        return Error::conflict(CoreText::tr("Request #%1 %2; only an active grant can be reviewed.")
                                   .arg(r.id)
                                   .arg(stateInSentence(r.state)));
    if (r.activeUntil > 0 && r.activeUntil <= now)
        return Error::conflict(
            CoreText::tr("The grant of request #%1 has ended; its revoke is waiting for the agent, so there is "
                         "nothing left to review.")
                .arg(r.id));
    return {};
}

Result<GrantReview> AccessReview::keep(const QString& actor, qint64 requestId, const QString& comment,
                                       qint64 reviewedUntil)
{
    const QString login = normalizeLogin(actor);
    const QString text = comment.trimmed();
    if (text.isEmpty())
        return Error::invalid(CoreText::tr("A comment is required to keep a grant in a review."));
    if (text.size() > kMaxCommentLength)
        return Error::invalid(CoreText::tr("The comment is longer than %1 characters.").arg(kMaxCommentLength));
    GrantReview review;
    const Status s = m_stores.db.transaction([&]() -> Status {
        CS_TRY(loadReviewable(login, requestId));
        const qint64 now = m_stores.clock.nowMs();
        if (reviewedUntil != 0 && reviewedUntil <= now)
            return Error::invalid(CoreText::tr("The date until which the grant is kept must be in the future."));
        review = { 0, requestId, login, QStringLiteral("keep"), text, reviewedUntil, now };
        CS_TRY(record(review));
        QJsonObject payload { { QStringLiteral("decision"), review.decision }, { QStringLiteral("comment"), text } };
        if (reviewedUntil > 0)
            payload.insert(QStringLiteral("reviewedUntil"), isoTime(reviewedUntil));
        return m_stores.audit.append(login, AuditEvent::GrantReviewed, requestId, payload);
    });
    CS_TRY(s);
    return review;
}

Result<Request> AccessReview::revoke(const QString& actor, qint64 requestId, const QString& comment)
{
    const QString login = normalizeLogin(actor);
    Request revoked;
    // One transaction (revokeEarly's joins it): a grant never ends early without its review on
    // record, whatever happens to the connection between the two.
    const Status s = m_stores.db.transaction([&]() -> Status {
        CS_TRY(loadReviewable(login, requestId));
        // The early-revoke path checks the rest (comment, not already being revoked).
        auto ended = GrantService(m_stores).revokeEarly(login, requestId, comment);
        CS_TRY(ended);
        revoked = *ended;
        const GrantReview review {
            0, requestId, login, QStringLiteral("revoke"), comment.trimmed(), 0, m_stores.clock.nowMs()
        };
        CS_TRY(record(review));
        return m_stores.audit.append(
            login, AuditEvent::GrantReviewed, requestId,
            { { QStringLiteral("decision"), review.decision }, { QStringLiteral("comment"), review.comment } });
    });
    CS_TRY(s);
    return revoked;
}

Result<Request> AccessReview::revokeAsAllowed(const QString& actor, qint64 requestId, const QString& comment)
{
    const QString login = normalizeLogin(actor);
    Request revoked;
    const Status s = m_stores.db.transaction([&]() -> Status {
        auto me = m_stores.directory.activeUser(login);
        CS_TRY(me);
        auto r = m_stores.requests.loadForDecision(requestId); // locked, then its decisions
        CS_TRY(r);
        const Status review = checkMayReview(*me, r->first, r->second, m_stores.clock.nowMs());
        if (!review.ok() && review.error().code != Error::Code::Forbidden)
            return review.error(); // no longer in force: nobody revokes it
        // Both join this transaction and check their own rules again.
        auto done = review.ok() ? revoke(login, requestId, comment)
                                : GrantService(m_stores).revokeEarly(login, requestId, comment);
        CS_TRY(done);
        revoked = *done;
        return {};
    });
    CS_TRY(s);
    return revoked;
}

Status AccessReview::record(const GrantReview& review)
{
    auto q = m_stores.db.exec(
        QStringLiteral("INSERT INTO grant_reviews (request_id, reviewer, decision, comment, "
                       "reviewed_until, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { review.requestId, review.reviewer, review.decision, review.comment, review.reviewedUntil, review.createdAt });
    CS_TRY(q);
    return {};
}

} // namespace cs
