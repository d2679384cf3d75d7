#include <algorithm>
#include <core/audit/auditevents.h>
#include <core/audit/auditrow.h>
#include <core/common/identity.h>
#include <core/storage/placeholders.h>
#include <core/views/feedbacknews.h>

namespace cs {
namespace {

// How many positions one look reads past the cursor, a page at a time; more wait for the next look.
constexpr int kPageSize = 1000;
constexpr int kPagesPerLook = 20;
// Values bound in one IN (...) list.
constexpr qsizetype kListSize = 500;

// An entry's position, and whether it is feedback someone other than `me` left.
struct Position
{
    qint64 seq = 0;
    bool othersFeedback = false;
};

// The positions (seq, event, actor only) of a statement's rows.
Result<QList<Position>> positionsOf(Result<QSqlQuery> rows, const QString& me)
{
    CS_TRY(rows);
    QList<Position> out;
    while (rows->next())
        out.append({ rows->value(0).toLongLong(),
                     rows->value(1).toString() == AuditEvent::RequestFeedback && rows->value(2).toString() != me });
    rows->finish();
    return out;
}

QVariantList slice(const QVariantList& values, qsizetype from)
{
    return values.mid(from, kListSize);
}

} // namespace

Result<AuditFeedCursor> feedbackNewsStart(AuditLog& log, qint64 now)
{
    auto head = log.headSeq();
    CS_TRY(head);
    auto below = log.entries(0, AuditFeedCursor::kHolesPerGap, qMax<qint64>(0, *head - AuditFeedCursor::kHolesPerGap));
    CS_TRY(below);
    return AuditFeedCursor::atHead(*head, *below, now);
}

Result<FeedbackNews> feedbackOnRequestsOf(Database& db, const QString& login, const AuditFeedCursor& from, qint64 now)
{
    const QString me = normalizeLogin(login);
    FeedbackNews news;
    news.cursor = from;
    // Only where each entry is and what it is: the few that are feedback are read whole below.
    QVariantList candidates;
    const QVariantList holes = [&from] {
        QVariantList out;
        for (auto it = from.holes.cbegin(); it != from.holes.cend(); ++it)
            out << it.key();
        return out;
    }();
    for (qsizetype at = 0; at < holes.size(); at += kListSize) {
        const QVariantList some = slice(holes, at);
        auto late = positionsOf(db.exec(QStringLiteral("SELECT seq, event, actor FROM audit_log WHERE seq IN (%1)")
                                            .arg(placeholders(some.size())),
                                        some),
                                me);
        CS_TRY(late);
        for (const Position& p : std::as_const(*late)) {
            news.cursor.holes.remove(p.seq);
            if (p.othersFeedback)
                candidates << p.seq;
        }
    }
    news.cursor.forgetOldHoles(now);
    for (int page = 0; page < kPagesPerLook; ++page) {
        auto fresh = positionsOf(db.exec(QStringLiteral("SELECT seq, event, actor FROM audit_log WHERE seq > ? "
                                                        "ORDER BY seq LIMIT ?"),
                                         { news.cursor.readUpTo, kPageSize }),
                                 me);
        CS_TRY(fresh);
        for (const Position& p : std::as_const(*fresh)) {
            news.cursor.read(p.seq, now);
            if (p.othersFeedback)
                candidates << p.seq;
        }
        if (fresh->size() < kPageSize)
            break;
    }

    // Of the feedback others left, that on this person's requests.
    for (qsizetype at = 0; at < candidates.size(); at += kListSize) {
        const QVariantList some = slice(candidates, at);
        auto mine = auditEntriesOf(db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE seq IN (%2) AND EXISTS "
                                                          "(SELECT 1 FROM requests r WHERE r.id = audit_log.request_id "
                                                          "AND r.requester = ?)")
                                               .arg(kAuditColumns, placeholders(some.size())),
                                           some + QVariantList { me }));
        CS_TRY(mine);
        news.entries += *mine;
    }
    std::sort(news.entries.begin(), news.entries.end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.seq < b.seq; });
    return news;
}

} // namespace cs
