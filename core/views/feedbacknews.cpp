#include <core/audit/auditevents.h>
#include <core/audit/auditrow.h>
#include <core/common/identity.h>
#include <core/storage/placeholders.h>
#include <core/views/feedbacknews.h>

namespace cs {
namespace {

// How many entries one look reads past the cursor, a page at a time; more wait for the next look.
constexpr int kPageSize = 1000;
constexpr int kPagesPerLook = 20;

} // namespace

Result<AuditFeedCursor> feedbackNewsStart(AuditLog& log, qint64 now)
{
    auto head = log.headSeq();
    CS_TRY(head);
    auto below = log.entries(0, AuditFeedCursor::kHolesPerGap, qMax<qint64>(0, *head - AuditFeedCursor::kHolesPerGap));
    CS_TRY(below);
    return AuditFeedCursor::atHead(*head, *below, now);
}

Result<FeedbackNews> feedbackOnRequestsOf(Database& db, AuditLog& log, const QString& login,
                                          const AuditFeedCursor& from, qint64 now)
{
    FeedbackNews news;
    news.cursor = from;
    QList<AuditEntry> arrived;
    if (!from.holes.isEmpty()) {
        auto late = log.entriesAt(from.holes.keys());
        CS_TRY(late);
        for (const AuditEntry& e : std::as_const(*late))
            news.cursor.holes.remove(e.seq);
        arrived = std::move(late).value();
    }
    news.cursor.forgetOldHoles(now);
    for (int page = 0; page < kPagesPerLook; ++page) {
        auto fresh = log.entries(0, kPageSize, news.cursor.readUpTo); // oldest first
        CS_TRY(fresh);
        for (const AuditEntry& e : std::as_const(*fresh))
            news.cursor.read(e.seq, now);
        arrived += *fresh;
        if (fresh->size() < kPageSize)
            break;
    }

    // Feedback by someone else, then only that on this person's requests.
    const QString me = normalizeLogin(login);
    QVariantList candidates;
    for (const AuditEntry& e : std::as_const(arrived))
        if (e.event == AuditEvent::RequestFeedback && e.actor != me)
            candidates << e.seq;
    if (candidates.isEmpty())
        return news;
    auto mine = auditEntriesOf(db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE seq IN (%2) AND EXISTS "
                                                      "(SELECT 1 FROM requests r WHERE r.id = audit_log.request_id "
                                                      "AND r.requester = ?) ORDER BY seq")
                                           .arg(kAuditColumns, placeholders(candidates.size())),
                                       candidates + QVariantList { me }));
    CS_TRY(mine);
    news.entries = std::move(mine).value();
    return news;
}

} // namespace cs
