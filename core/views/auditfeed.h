#pragma once

#include <QList>
#include <QMap>
#include <core/audit/auditfilter.h>
#include <core/audit/auditlog.h>
#include <core/common/result.h>

namespace cs {

class AuditService;

// Where a live view of the log has read up to. On PostgreSQL an entry's position is drawn before its
// transaction commits, so a later position can appear first: a position skipped below readUpTo is
// a hole, asked for again on each catch-up until it appears or has been missing for longer than
// kHoleMs (its transaction rolled back, or the position was never used). SQLite writes one entry at
// a time, in order: a position skipped there never fills, so the cursor makes no holes.
struct AuditFeedCursor
{
    // How long a skipped position is asked for again, and how many of one gap are remembered.
    static constexpr qint64 kHoleMs = 60 * 1000;
    static constexpr int kHolesPerGap = 256;

    qint64 readUpTo = 0;
    QMap<qint64, qint64> holes; // position -> when it was first missed (ms)
    // Whether a skipped position may still fill (AuditLog::entriesMayCommitLate), told where the
    // cursor is made; without it, asking for one again would be wasted work.
    bool holesPossible = true;

    // Starts at the log's head, with no holes yet.
    static AuditFeedCursor atHead(qint64 head, bool holesPossible);
    // Where readBelowHead's positions start (exclusive): kHolesPerGap below the head.
    qint64 belowHeadFrom() const { return qMax<qint64>(0, readUpTo - kHolesPerGap); }
    // Right after atHead: `belowHead` are the positions read after belowHeadFrom(), oldest first; the
    // ones among them that are not there (yet) are holes. Only worth reading where holesPossible.
    void readBelowHead(const QList<AuditPosition>& belowHead, qint64 now);
    // Position `seq`, above readUpTo, was read: the ones skipped since become holes.
    void read(qint64 seq, qint64 now);
    // Gives up the holes missing for longer than kHoleMs (a rolled-back transaction's).
    void forgetOldHoles(qint64 now);
};

// One read of the Audit page's log (made on a worker thread, applied on the page's): newest first,
// narrowed by the filter the page shows.
struct AuditFeedPage
{
    QList<AuditEntry> entries; // newest first, only those the filter lets through
    QList<AuditEntry> late; // newer: entries that appeared in holes, newest first (older than the top)
    AuditFeedCursor cursor; // newest and newer: where live updates go on from
    bool mayHaveOlder = false; // newest and older: a full page, so older entries may follow
    bool startAgain = false; // newer: more was written than a catch-up reads; read the newest instead
};

// The Audit page's reads, one rule for every client that shows a live log.
class AuditFeed
{
public:
    // How many pages a catch-up reads before it starts again from the newest instead: a reader keeps
    // the rows they are on (and older pages they opened) unless a burst of entries arrived.
    static constexpr int kCatchUpPages = 20;
    AuditFeed(AuditService& audit, QString actor, int pageSize, AuditFilter filter);

    // The newest page. cursor.readUpTo is where the whole log ends, whatever the filter shows
    // (admins and auditors): a narrow filter must not make each live update start far back.
    Result<AuditFeedPage> newest(qint64 now);
    // The entries written after the cursor, a page at a time, and those that appeared in its holes.
    Result<AuditFeedPage> newerThan(const AuditFeedCursor& from, qint64 now);
    // The page before `seq`.
    Result<AuditFeedPage> olderThan(qint64 seq);

private:
    AuditService& m_audit;
    QString m_actor;
    int m_pageSize;
    AuditFilter m_filter;
};

} // namespace cs
