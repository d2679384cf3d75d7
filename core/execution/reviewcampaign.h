#pragma once

#include <QJsonObject>
#include <core/requests/request.h>
#include <core/storage/stores.h>

namespace cs {

// Which active grants a review covers: all, or those of one action, on one target, or asked for
// by a member of one group (empty: no limit).
struct ReviewFilter
{
    QString action;
    QString target;
    QString group;

    QJsonObject toJson() const;
    static ReviewFilter fromJson(const QJsonObject& o);
};

// One access review as a campaign (tables access_reviews and access_review_items, migration 20).
struct ReviewCampaign
{
    qint64 id = 0;
    QString title;
    ReviewFilter filter;
    qint64 dueAt = 0;
    QString startedBy;
    qint64 startedAt = 0;
    QString closedBy; // empty while open
    qint64 closedAt = 0;
    int total = 0; // grants in the review
    int decided = 0; // of those, decided (keep or revoke)

    bool isOpen() const { return closedAt == 0; }
};

// One grant of a review, with its assigned reviewers; any one of them decides it, once.
struct ReviewCampaignItem
{
    Request request;
    QStringList reviewers;
    QString decidedBy; // empty while undecided
    QString decision; // keep | revoke
    QString comment;
    qint64 decidedAt = 0;

    bool isDecided() const { return !decidedBy.isEmpty(); }
};

struct ReviewCampaignDetail
{
    ReviewCampaign review;
    QList<ReviewCampaignItem> items; // by request number
};

// What starting a review asks for. No reviewers: each grant's approvers review it.
struct ReviewStart
{
    QString title;
    ReviewFilter filter;
    qint64 dueAt = 0;
    QStringList reviewers;
};

// Access reviews as campaigns (SPEC §4, issue 15): an admin or auditor starts a review of the
// active grants with a due date and reviewers; each assigned reviewer keeps or revokes each of
// their grants with a comment (revoke is the early-revoke path, so the revoke script runs); the
// starter or an admin closes it, which records one audit entry with its summary. Read by the
// starter, admins, auditors and the assigned reviewers.
class ReviewCampaigns
{
public:
    explicit ReviewCampaigns(const Stores& stores);

    Result<ReviewCampaign> start(const QString& actor, const ReviewStart& input);
    // The reviews this person may read, newest first.
    Result<QList<ReviewCampaign>> list(const QString& actor);
    Result<ReviewCampaignDetail> show(const QString& actor, qint64 reviewId);
    // decision: "keep" or "revoke"; a comment is required.
    Result<ReviewCampaignItem> decide(const QString& actor, qint64 reviewId, qint64 requestId, const QString& decision,
                                      const QString& comment);
    // Closes the review; returns it as closed, its undecided items listed in it.
    Result<ReviewCampaignDetail> close(const QString& actor, qint64 reviewId);

private:
    Result<ReviewCampaign> load(qint64 reviewId);
    Result<QList<ReviewCampaignItem>> items(qint64 reviewId);
    Result<bool> mayRead(const QString& login, const ReviewCampaign& review);
    Result<QList<Request>> matching(const ReviewFilter& filter);

    Stores m_stores;
};

} // namespace cs
