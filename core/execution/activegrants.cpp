#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/execution/activegrants.h>
#include <core/execution/grantservice.h>
#include <core/execution/grantstore.h>

namespace cs {
namespace {

// The ids of the active grants in scope, as a bound sub-select each read below repeats.
Statement scopedIds(const QString& login, GrantScope scope, const QString& action)
{
    Statement ids { QStringLiteral("SELECT r.id FROM requests r WHERE r.state = ?"),
                    { stateName(RequestState::Active) } };
    if (!action.isEmpty()) {
        ids.sql += QStringLiteral(" AND r.action = ?");
        ids.values << action;
    }
    switch (scope) {
    case GrantScope::Mine:
        ids.sql += QStringLiteral(" AND (r.requester = ? OR r.behalf_of = ?)");
        ids.values << login << login;
        break;
    case GrantScope::ApprovedByMe:
        // Approved by them, or by someone deciding for them as their delegate (as mayReview counts it).
        ids.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM decisions d WHERE d.request_id = r.id AND d.verdict = "
                                  "'approve' AND (d.approver = ? OR d.decided_by = ?))");
        ids.values << login << login;
        break;
    case GrantScope::Involved:
        ids.sql += QStringLiteral(" AND (r.requester = ? OR r.behalf_of = ? OR EXISTS (SELECT 1 FROM decisions d WHERE "
                                  "d.request_id = r.id AND d.verdict = 'approve' AND (d.approver = ? OR "
                                  "d.decided_by = ?)))");
        ids.values << login << login << login << login;
        break;
    case GrantScope::All:
        break;
    }
    return ids;
}

// What this person may do with the grant, by the rules AccessReview::keep/revoke and
// GrantService::revokeEarly check again when it is done: keep as its reviewer; revoke as its
// reviewer or, when it is theirs, end it early.
void mayDo(const User& me, const Request& r, const QList<Decision>& decisions, qint64 now, ReviewItem& item)
{
    const Status review = checkMayReview(me, r, decisions, now);
    Status revoke = review;
    if (!review.ok() && review.error().code == Error::Code::Forbidden) {
        revoke = checkMayEndEarly(me, r, decisions);
        if (revoke.ok())
            revoke = checkStillInForce(r, now);
    }
    item.mayKeep = review.ok();
    item.keepRefusal = review.ok() ? QString() : review.error().message;
    item.mayRevoke = revoke.ok();
    item.revokeRefusal = revoke.ok() ? QString() : revoke.error().message;
}

} // namespace

ActiveGrants::ActiveGrants(const Stores& stores)
    : m_stores(stores)
{ }

Result<ActiveGrantList> ActiveGrants::visibleTo(const QString& actor)
{
    auto me = m_stores.directory.activeUser(normalizeLogin(actor));
    CS_TRY(me);
    return list(actor, me->readsEverything() ? GrantScope::All : GrantScope::Involved);
}

Result<ActiveGrantList> ActiveGrants::list(const QString& actor, GrantScope scope, const QString& action)
{
    const QString login = normalizeLogin(actor);
    auto me = m_stores.directory.activeUser(login);
    CS_TRY(me);
    if (scope == GrantScope::All && !me->readsEverything())
        return Error::forbidden(CoreText::tr("Only admins and auditors can list every active grant."));
    ActiveGrantList out;
    // One snapshot for the four reads: a grant revoked or made meanwhile never shows without its
    // revocation or its decisions.
    CS_TRY(m_stores.db.readSnapshot([&]() -> Status {
        const Statement ids = scopedIds(login, scope, action);
        auto page = m_stores.requests.selectIn(ids);
        CS_TRY(page);
        auto decisions = m_stores.requests.decisionsIn(ids);
        CS_TRY(decisions);
        auto revocations = GrantStore(m_stores.db).loadIn(ids);
        CS_TRY(revocations);
        // A keep or revoke in an access review campaign is a review of the grant too: the latest of
        // either is the grant's last review, so a kept grant never reads "not reviewed". A campaign's
        // decisions count only for those who may read that campaign (its starter, its reviewers, admins
        // and auditors), the rule PostgreSQL's countersign_may_read_review enforces too. Oldest first,
        // so the last row read per grant is its latest.
        auto reviews = m_stores.db.exec(
            QStringLiteral(
                "SELECT id, request_id, reviewer, decision, comment, reviewed_until, created_at FROM ("
                "SELECT id, request_id, reviewer, decision, comment, reviewed_until, created_at FROM "
                "grant_reviews WHERE request_id IN (%1) UNION ALL SELECT 0, i.request_id, i.reviewer, "
                "i.decision, i.comment, 0, i.decided_at FROM access_review_items i WHERE i.request_id IN (%1) "
                "AND i.decision <> '' AND (? = 1 OR EXISTS (SELECT 1 FROM access_reviews a WHERE a.id = "
                "i.review_id AND a.started_by = ?) OR EXISTS (SELECT 1 FROM access_review_items m WHERE "
                "m.review_id = i.review_id AND m.reviewer = ?))) reviews ORDER BY request_id, created_at, id")
                .arg(ids.sql),
            ids.values + ids.values + QVariantList { me->readsEverything() ? 1 : 0, login, login });
        CS_TRY(reviews);
        QHash<qint64, GrantReview> lastReviews;
        while (reviews->next()) {
            GrantReview g { reviews->value(0).toLongLong(), reviews->value(1).toLongLong(),
                            reviews->value(2).toString(),   reviews->value(3).toString(),
                            reviews->value(4).toString(),   reviews->value(5).toLongLong(),
                            reviews->value(6).toLongLong() };
            lastReviews.insert(g.requestId, g);
        }
        out.integrityProblems = page->integrityProblems;
        const qint64 now = m_stores.clock.nowMs();
        for (Request& r : page->requests) {
            ReviewItem item;
            const QList<Decision> decided = decisions->value(r.id);
            for (const Decision& d : decided)
                if (d.approve)
                    item.approvedBy << d.approver;
            mayDo(*me, r, decided, now, item);
            // Becoming active is an active request's last change of state (ending it early moves
            // only its end), so this is when the grant began, ended early or not.
            item.activeSince = r.updatedAt;
            if (auto v = revocations->constFind(r.id); v != revocations->cend())
                item.revocation = *v;
            if (auto g = lastReviews.constFind(r.id); g != lastReviews.cend())
                item.lastReview = *g;
            item.request = std::move(r);
            out.items.append(std::move(item));
        }
        return {};
    }));
    return out;
}

} // namespace cs
