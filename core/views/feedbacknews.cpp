#include <core/audit/auditevents.h>
#include <core/common/identity.h>
#include <core/views/feedbacknews.h>

namespace cs {
namespace {

// How many positions one look reads past the cursor, a page at a time; more wait for the next look.
constexpr int kPageSize = 1000;
constexpr int kPagesPerLook = 20;

// Feedback someone other than `me` left.
bool othersFeedback(const AuditPosition& p, const QString& me)
{
    return p.event == AuditEvent::RequestFeedback && p.actor != me;
}

} // namespace

Result<AuditFeedCursor> feedbackNewsStart(AuditLog& log, qint64 now)
{
    auto head = log.headSeq();
    CS_TRY(head);
    AuditFeedCursor cursor = AuditFeedCursor::atHead(*head, log.entriesMayCommitLate());
    if (cursor.holesPossible) { // below the head only where a position can still fill
        auto below = log.positionsAfter(cursor.belowHeadFrom(), AuditFeedCursor::kHolesPerGap);
        CS_TRY(below);
        cursor.readBelowHead(*below, now);
    }
    return cursor;
}

Result<FeedbackNews> feedbackOnRequestsOf(AuditLog& log, const QString& login, const AuditFeedCursor& from, qint64 now)
{
    const QString me = normalizeLogin(login);
    FeedbackNews news;
    news.cursor = from;
    // Only where each entry is and what it is: the few that are feedback are read whole below.
    QList<qint64> candidates;
    auto late = log.positionsAt(from.holes.keys());
    CS_TRY(late);
    for (const AuditPosition& p : std::as_const(*late)) {
        news.cursor.holes.remove(p.seq);
        if (othersFeedback(p, me))
            candidates << p.seq;
    }
    news.cursor.forgetOldHoles(now);
    for (int page = 0; page < kPagesPerLook; ++page) {
        auto fresh = log.positionsAfter(news.cursor.readUpTo, kPageSize);
        CS_TRY(fresh);
        for (const AuditPosition& p : std::as_const(*fresh)) {
            news.cursor.read(p.seq, now);
            if (othersFeedback(p, me))
                candidates << p.seq;
        }
        if (fresh->size() < kPageSize)
            break;
    }

    // Of the feedback others left, that on this person's requests.
    auto mine = log.entriesAtOnRequestsOf(me, candidates);
    CS_TRY(mine);
    news.entries = std::move(mine).value(); // in position order
    return news;
}

} // namespace cs
