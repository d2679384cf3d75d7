#include <algorithm>
#include <core/audit/auditlog.h>
#include <core/audit/grantevents.h>
#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directory.h>
#include <core/execution/accessreview.h>

namespace cs {
namespace {

constexpr int kMaxCommentLength = 4000;

GrantReview reviewFromRow(const QSqlQuery& q)
{
    GrantReview g;
    g.id = q.value(0).toLongLong();
    g.requestId = q.value(1).toLongLong();
    g.reviewer = q.value(2).toString();
    g.decision = q.value(3).toString();
    g.comment = q.value(4).toString();
    g.reviewedUntil = q.value(5).toLongLong();
    g.createdAt = q.value(6).toLongLong();
    return g;
}

} // namespace

AccessReview::AccessReview(const Stores& stores)
    : m_stores(stores)
{ }

Result<bool> AccessReview::mayReview(const User& me, const Request& r)
{
    // Admins review every grant; an approver reviews what they approved. The requester does not
    // review their own access (they may still end it early).
    if (me.roles.contains(Role::Admin))
        return true;
    auto decisions = m_stores.requests.decisions(r.id);
    CS_TRY(decisions);
    for (const Decision& d : std::as_const(*decisions))
        if (d.approve && (d.approver == me.login || d.decidedBy == me.login))
            return true;
    return false;
}

Result<QList<ReviewItem>> AccessReview::list(const QString& actor, const QString& action)
{
    const QString login = normalizeLogin(actor);
    auto me = m_stores.directory.activeUser(login);
    CS_TRY(me);
    GrantStore grants(m_stores.db);
    QList<ReviewItem> out;
    qint64 before = 0;
    while (true) {
        auto page = m_stores.requests.find({ {}, { RequestState::Active }, 500, before });
        CS_TRY(page);
        for (const Request& r : std::as_const(page->requests)) {
            if (!action.isEmpty() && r.action != action)
                continue;
            auto decisions = m_stores.requests.decisions(r.id);
            CS_TRY(decisions);
            ReviewItem item;
            bool approver = false;
            for (const Decision& d : std::as_const(*decisions))
                if (d.approve) {
                    item.approvedBy << d.approver;
                    approver = approver || d.approver == login || d.decidedBy == login;
                }
            if (!me->roles.contains(Role::Admin) && !approver)
                continue;
            item.request = r;
            auto revocation = grants.load(r.id);
            CS_TRY(revocation);
            item.revocation = *revocation;
            if (item.revocation && item.revocation->earlyBy.isEmpty())
                item.activeSince = item.revocation->dueAt - r.durationSeconds * 1000;
            auto last = lastReview(r.id);
            CS_TRY(last);
            item.lastReview = *last;
            out.append(std::move(item));
        }
        if (page->nextBeforeId == 0)
            break;
        before = page->nextBeforeId;
    }
    std::stable_sort(out.begin(), out.end(), [](const ReviewItem& a, const ReviewItem& b) {
        return a.request.activeUntil < b.request.activeUntil;
    });
    return out;
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
        auto me = m_stores.directory.activeUser(login);
        CS_TRY(me);
        auto r = m_stores.requests.loadForChange(requestId);
        CS_TRY(r);
        auto allowed = mayReview(*me, *r);
        CS_TRY(allowed);
        if (!*allowed)
            return Error::forbidden(
                CoreText::tr("Only an admin or an approver of request #%1 can review its grant.").arg(requestId));
        if (r->state != RequestState::Active)
            return Error::conflict(CoreText::tr("Request #%1 %2; only an active grant can be reviewed.")
                                       .arg(requestId)
                                       .arg(stateInSentence(r->state)));
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
        auto me = m_stores.directory.activeUser(login);
        CS_TRY(me);
        auto r = m_stores.requests.load(requestId);
        CS_TRY(r);
        auto allowed = mayReview(*me, *r);
        CS_TRY(allowed);
        if (!*allowed)
            return Error::forbidden(
                CoreText::tr("Only an admin or an approver of request #%1 can review its grant.").arg(requestId));
        // The early-revoke path checks the rest (comment, still active, not already being revoked).
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

Status AccessReview::record(const GrantReview& g)
{
    auto q = m_stores.db.exec(QStringLiteral("INSERT INTO grant_reviews (request_id, reviewer, decision, comment, "
                                             "reviewed_until, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                              { g.requestId, g.reviewer, g.decision, g.comment, g.reviewedUntil, g.createdAt });
    CS_TRY(q);
    return {};
}

Result<std::optional<GrantReview>> AccessReview::lastReview(qint64 requestId)
{
    // A keep or revoke in an access review campaign (issue 15) is a review of the grant too: the
    // latest of either is the grant's last review, so a kept grant never reads "not reviewed".
    auto q = m_stores.db.exec(
        QStringLiteral("SELECT id, request_id, reviewer, decision, comment, reviewed_until, created_at FROM ("
                       "SELECT id, request_id, reviewer, decision, comment, reviewed_until, created_at FROM "
                       "grant_reviews WHERE request_id = ? UNION ALL SELECT 0, request_id, reviewer, decision, "
                       "comment, 0, decided_at FROM access_review_items WHERE request_id = ? AND decision <> '') "
                       "reviews ORDER BY created_at DESC, id DESC LIMIT 1"),
        { requestId, requestId });
    CS_TRY(q);
    if (!q->next())
        return std::optional<GrantReview>();
    return std::optional<GrantReview>(reviewFromRow(*q));
}

} // namespace cs
