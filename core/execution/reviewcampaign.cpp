#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <core/audit/auditlog.h>
#include <core/audit/grantevents.h>
#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directory.h>
#include <core/execution/accessreview.h>
#include <core/execution/grantservice.h>
#include <core/execution/reviewcampaign.h>
#include <core/requests/requeststore.h>

namespace cs {
namespace {

constexpr int kMaxTitleLength = 200;
constexpr int kMaxCommentLength = 4000;

const QString kReviewColumns = QStringLiteral("id, title, filter, due_at, started_by, started_at, closed_by, "
                                              "closed_at");

ReviewCampaign reviewFromRow(const QSqlQuery& q)
{
    ReviewCampaign r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.filter = ReviewFilter::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    r.dueAt = q.value(3).toLongLong();
    r.startedBy = q.value(4).toString();
    r.startedAt = q.value(5).toLongLong();
    r.closedBy = q.value(6).toString();
    r.closedAt = q.value(7).toLongLong();
    return r;
}

QJsonArray ids(const QList<qint64>& list)
{
    QJsonArray out;
    for (qint64 id : list)
        out.append(id);
    return out;
}

} // namespace

QJsonObject ReviewFilter::toJson() const
{
    QJsonObject o;
    if (!action.isEmpty())
        o.insert(QStringLiteral("action"), action);
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    if (!group.isEmpty())
        o.insert(QStringLiteral("group"), group);
    return o;
}

ReviewFilter ReviewFilter::fromJson(const QJsonObject& o)
{
    return { o.value(QStringLiteral("action")).toString(), o.value(QStringLiteral("target")).toString(),
             o.value(QStringLiteral("group")).toString() };
}

ReviewCampaigns::ReviewCampaigns(const Stores& stores)
    : m_stores(stores)
{ }

Result<QList<Request>> ReviewCampaigns::matching(const ReviewFilter& filter)
{
    QList<Request> out;
    qint64 before = 0;
    while (true) {
        auto page = m_stores.requests.find({ {}, { RequestState::Active }, 500, before });
        CS_TRY(page);
        for (const Request& r : std::as_const(page->requests)) {
            if (!filter.action.isEmpty() && r.action != filter.action)
                continue;
            if (!filter.target.isEmpty() && !r.targets.contains(filter.target))
                continue;
            if (!filter.group.isEmpty()) {
                auto groups = m_stores.directory.groupsOf(r.requester);
                CS_TRY(groups);
                if (!groups->contains(filter.group))
                    continue;
            }
            out.append(r);
        }
        if (page->nextBeforeId == 0)
            break;
        before = page->nextBeforeId;
    }
    std::sort(out.begin(), out.end(), [](const Request& a, const Request& b) { return a.id < b.id; });
    return out;
}

Result<ReviewCampaign> ReviewCampaigns::start(const QString& actor, const ReviewStart& input)
{
    const QString login = normalizeLogin(actor);
    const QString title = input.title.trimmed();
    if (title.isEmpty())
        return Error::invalid(CoreText::tr("A review needs a title."));
    if (title.size() > kMaxTitleLength)
        return Error::invalid(CoreText::tr("The title is longer than %1 characters.").arg(kMaxTitleLength));
    const qint64 now = m_stores.clock.nowMs();
    if (input.dueAt <= now)
        return Error::invalid(CoreText::tr("The review's due date must be in the future."));
    ReviewCampaign review { 0, title, input.filter, input.dueAt, login, now, {}, 0, 0, 0 };
    const Status s = m_stores.db.transaction([&]() -> Status {
        auto me = m_stores.directory.activeUser(login);
        CS_TRY(me);
        if (!me->readsEverything())
            return Error::forbidden(CoreText::tr("Only an admin or an auditor can start an access review."));
        QStringList named;
        for (const QString& name : input.reviewers) {
            auto reviewer = m_stores.directory.activeUser(normalizeLogin(name));
            CS_TRY(reviewer);
            if (!named.contains(reviewer->login))
                named << reviewer->login;
        }
        if (!input.filter.group.isEmpty())
            CS_TRY(m_stores.directory.group(input.filter.group));
        if (!input.filter.target.isEmpty())
            CS_TRY(m_stores.directory.target(input.filter.target));
        auto grants = matching(input.filter);
        CS_TRY(grants);
        if (grants->isEmpty())
            return Error::invalid(CoreText::tr("No active grant matches; there is nothing to review."));
        auto inserted = m_stores.db.exec(
            QStringLiteral("INSERT INTO access_reviews (title, filter, due_at, started_by, started_at) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"),
            { title, QString::fromUtf8(QJsonDocument(input.filter.toJson()).toJson(QJsonDocument::Compact)),
              input.dueAt, login, now });
        CS_TRY(inserted);
        if (!inserted->next())
            return Error::storage(CoreText::tr("The review could not be stored."));
        review.id = inserted->value(0).toLongLong();
        for (const Request& r : std::as_const(*grants)) {
            // The people who approved the grant, unless named; never the grant's own requester or
            // beneficiary. A grant nobody else can review (a direct run) goes to the starter.
            QStringList reviewers = named;
            if (named.isEmpty()) {
                auto decisions = m_stores.requests.decisions(r.id);
                CS_TRY(decisions);
                for (const Decision& d : std::as_const(*decisions))
                    if (d.approve && !reviewers.contains(d.approver))
                        reviewers << d.approver;
            }
            reviewers.removeAll(r.requester);
            reviewers.removeAll(r.behalfOf);
            if (reviewers.isEmpty())
                reviewers << login;
            for (const QString& reviewer : std::as_const(reviewers))
                CS_TRY(m_stores.db.exec(QStringLiteral("INSERT INTO access_review_items (review_id, request_id, "
                                                       "reviewer) VALUES (?, ?, ?)"),
                                        { review.id, r.id, reviewer }));
        }
        review.total = int(grants->size());
        return m_stores.audit.append(login, AuditEvent::AccessReviewStarted, 0,
                                     { { QStringLiteral("review"), review.id },
                                       { QStringLiteral("title"), title },
                                       { QStringLiteral("filter"), input.filter.toJson() },
                                       { QStringLiteral("dueAt"), isoTime(input.dueAt) },
                                       { QStringLiteral("reviewers"), QJsonArray::fromStringList(named) },
                                       { QStringLiteral("items"), review.total } });
    });
    CS_TRY(s);
    return review;
}

Result<ReviewCampaign> ReviewCampaigns::load(qint64 reviewId)
{
    auto q = m_stores.db.exec(QStringLiteral("SELECT %1 FROM access_reviews WHERE id = ?").arg(kReviewColumns),
                              { reviewId });
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no access review #%1.").arg(reviewId));
    ReviewCampaign review = reviewFromRow(*q);
    auto counts = m_stores.db.exec(
        QStringLiteral("SELECT count(DISTINCT request_id), count(DISTINCT CASE WHEN decision <> '' THEN request_id "
                       "END) FROM access_review_items WHERE review_id = ?"),
        { reviewId });
    CS_TRY(counts);
    if (counts->next()) {
        review.total = counts->value(0).toInt();
        review.decided = counts->value(1).toInt();
    }
    return review;
}

Result<QList<ReviewCampaignItem>> ReviewCampaigns::items(qint64 reviewId)
{
    auto q = m_stores.db.exec(QStringLiteral("SELECT request_id, reviewer, decision, comment, decided_at FROM "
                                             "access_review_items WHERE review_id = ? ORDER BY request_id, reviewer"),
                              { reviewId });
    CS_TRY(q);
    QList<ReviewCampaignItem> out;
    QList<qint64> requestIds;
    while (q->next()) {
        const qint64 requestId = q->value(0).toLongLong();
        if (out.isEmpty() || out.last().request.id != requestId) {
            out.append(ReviewCampaignItem {});
            out.last().request.id = requestId;
            requestIds << requestId;
        }
        ReviewCampaignItem& item = out.last();
        item.reviewers << q->value(1).toString();
        if (!q->value(2).toString().isEmpty()) {
            item.decidedBy = q->value(1).toString();
            item.decision = q->value(2).toString();
            item.comment = q->value(3).toString();
            item.decidedAt = q->value(4).toLongLong();
        }
    }
    auto requests = m_stores.requests.loadMany(requestIds);
    CS_TRY(requests);
    for (ReviewCampaignItem& item : out)
        for (const Request& r : std::as_const(*requests))
            if (r.id == item.request.id)
                item.request = r;
    return out;
}

Result<bool> ReviewCampaigns::mayRead(const QString& login, const ReviewCampaign& review)
{
    auto me = m_stores.directory.activeUser(login);
    CS_TRY(me);
    if (me->readsEverything() || review.startedBy == login)
        return true;
    auto q = m_stores.db.exec(
        QStringLiteral("SELECT 1 FROM access_review_items WHERE review_id = ? AND reviewer = ? LIMIT 1"),
        { review.id, login });
    CS_TRY(q);
    return q->next();
}

Result<QList<ReviewCampaign>> ReviewCampaigns::list(const QString& actor)
{
    const QString login = normalizeLogin(actor);
    auto me = m_stores.directory.activeUser(login);
    CS_TRY(me);
    auto q = m_stores.db.exec(
        QStringLiteral("SELECT %1 FROM access_reviews r WHERE ? = 1 OR r.started_by = ? OR EXISTS (SELECT 1 FROM "
                       "access_review_items i WHERE i.review_id = r.id AND i.reviewer = ?) ORDER BY r.id DESC")
            .arg(kReviewColumns),
        { me->readsEverything() ? 1 : 0, login, login });
    CS_TRY(q);
    QList<ReviewCampaign> out;
    while (q->next())
        out.append(reviewFromRow(*q));
    for (ReviewCampaign& review : out) {
        auto counted = load(review.id);
        CS_TRY(counted);
        review = *counted;
    }
    return out;
}

Result<ReviewCampaignDetail> ReviewCampaigns::show(const QString& actor, qint64 reviewId)
{
    const QString login = normalizeLogin(actor);
    auto review = load(reviewId);
    CS_TRY(review);
    auto allowed = mayRead(login, *review);
    CS_TRY(allowed);
    if (!*allowed)
        return Error::forbidden(CoreText::tr("Only its starter, an admin, an auditor or an assigned reviewer can see "
                                             "access review #%1.")
                                    .arg(reviewId));
    auto list = items(reviewId);
    CS_TRY(list);
    return ReviewCampaignDetail { *review, *list };
}

Result<ReviewCampaignItem> ReviewCampaigns::decide(const QString& actor, qint64 reviewId, qint64 requestId,
                                                   const QString& decision, const QString& comment)
{
    const QString login = normalizeLogin(actor);
    const QString text = comment.trimmed();
    if (decision != QLatin1String("keep") && decision != QLatin1String("revoke"))
        return Error::invalid(CoreText::tr("A review decision is keep or revoke."));
    if (text.isEmpty())
        return Error::invalid(CoreText::tr("A comment is required for a review decision."));
    if (text.size() > kMaxCommentLength)
        return Error::invalid(CoreText::tr("The comment is longer than %1 characters.").arg(kMaxCommentLength));
    ReviewCampaignItem decided;
    const Status s = m_stores.db.transaction([&]() -> Status {
        CS_TRY(m_stores.directory.activeUser(login));
        // The grant's row first: two reviewers of one grant take turns, and a revoke locks it anyway.
        auto r = m_stores.requests.loadForChange(requestId);
        CS_TRY(r);
        auto review = load(reviewId);
        CS_TRY(review);
        if (!review->isOpen())
            return Error::conflict(CoreText::tr("Access review #%1 is closed.").arg(reviewId));
        // This grant's rows only: a review may hold thousands.
        auto rows = m_stores.db.exec(QStringLiteral("SELECT reviewer, decision FROM access_review_items WHERE "
                                                    "review_id = ? AND request_id = ? ORDER BY reviewer"),
                                     { reviewId, requestId });
        CS_TRY(rows);
        ReviewCampaignItem item;
        while (rows->next()) {
            item.reviewers << rows->value(0).toString();
            if (!rows->value(1).toString().isEmpty())
                item.decidedBy = rows->value(0).toString();
        }
        if (item.reviewers.isEmpty())
            return Error::notFound(
                CoreText::tr("Request #%1 is not in access review #%2.").arg(requestId).arg(reviewId));
        if (!item.reviewers.contains(login))
            return Error::forbidden(CoreText::tr("Only its assigned reviewers (%1) can decide request #%2 in access "
                                                 "review #%3.")
                                        .arg(item.reviewers.join(QStringLiteral(", ")))
                                        .arg(requestId)
                                        .arg(reviewId));
        if (item.isDecided())
            return Error::conflict(
                CoreText::tr("%1 already decided request #%2 in this review.").arg(item.decidedBy).arg(requestId));
        const qint64 now = m_stores.clock.nowMs();
        CS_TRY(checkStillInForce(*r, now));
        if (decision == QLatin1String("revoke"))
            CS_TRY(GrantService(m_stores).endEarly(*r, login, text));
        // Only while undecided and the review open: a close or a second decision that got in first wins.
        auto updated = m_stores.db.exec(
            QStringLiteral("UPDATE access_review_items SET decision = ?, comment = ?, decided_at = ? WHERE review_id = "
                           "? AND request_id = ? AND reviewer = ? AND decision = '' AND EXISTS (SELECT 1 FROM "
                           "access_reviews a WHERE a.id = review_id AND a.closed_at = 0)"),
            { decision, text, now, reviewId, requestId, login });
        CS_TRY(updated);
        if (updated->numRowsAffected() != 1)
            return Error::conflict(CoreText::tr("Access review #%1 is closed.").arg(reviewId));
        decided = item;
        decided.request = *r;
        decided.decidedBy = login;
        decided.decision = decision;
        decided.comment = text;
        decided.decidedAt = now;
        return m_stores.audit.append(login, AuditEvent::AccessReviewDecided, requestId,
                                     { { QStringLiteral("review"), reviewId },
                                       { QStringLiteral("decision"), decision },
                                       { QStringLiteral("comment"), text } });
    });
    CS_TRY(s);
    return decided;
}

Result<ReviewCampaignDetail> ReviewCampaigns::close(const QString& actor, qint64 reviewId)
{
    const QString login = normalizeLogin(actor);
    ReviewCampaignDetail detail;
    const Status s = m_stores.db.transaction([&]() -> Status {
        auto me = m_stores.directory.activeUser(login);
        CS_TRY(me);
        auto review = load(reviewId);
        CS_TRY(review);
        if (review->startedBy != login && !me->roles.contains(Role::Admin))
            return Error::forbidden(CoreText::tr("Only its starter (%1) or an admin can close access review #%2.")
                                        .arg(review->startedBy)
                                        .arg(reviewId));
        const qint64 now = m_stores.clock.nowMs();
        auto closed = m_stores.db.exec(QStringLiteral("UPDATE access_reviews SET closed_by = ?, closed_at = ? WHERE "
                                                      "id = ? AND closed_at = 0"),
                                       { login, now, reviewId });
        CS_TRY(closed);
        if (closed->numRowsAffected() != 1)
            return Error::conflict(CoreText::tr("Access review #%1 is already closed.").arg(reviewId));
        auto list = items(reviewId);
        CS_TRY(list);
        review->closedBy = login;
        review->closedAt = now;
        detail = { *review, *list };
        QList<qint64> kept, revoked, undecided;
        for (const ReviewCampaignItem& item : std::as_const(*list))
            (item.decision == QLatin1String("keep")         ? kept
                 : item.decision == QLatin1String("revoke") ? revoked
                                                            : undecided)
                .append(item.request.id);
        return m_stores.audit.append(login, AuditEvent::AccessReviewClosed, 0,
                                     { { QStringLiteral("review"), reviewId },
                                       { QStringLiteral("title"), review->title },
                                       { QStringLiteral("startedBy"), review->startedBy },
                                       { QStringLiteral("dueAt"), isoTime(review->dueAt) },
                                       { QStringLiteral("total"), review->total },
                                       { QStringLiteral("kept"), ids(kept) },
                                       { QStringLiteral("revoked"), ids(revoked) },
                                       { QStringLiteral("undecided"), ids(undecided) } });
    });
    CS_TRY(s);
    return detail;
}

} // namespace cs
