#include <algorithm>
#include <core/admin/auditservice.h>
#include <core/views/auditfeed.h>

namespace cs {

AuditFeed::AuditFeed(AuditService& audit, QString actor, int pageSize, AuditFilter filter)
    : m_audit(audit)
    , m_actor(std::move(actor))
    , m_pageSize(pageSize)
    , m_filter(std::move(filter))
{ }

AuditFeedCursor AuditFeedCursor::atHead(qint64 head, bool holesPossible)
{
    AuditFeedCursor cursor;
    cursor.readUpTo = head;
    cursor.holesPossible = holesPossible;
    return cursor;
}

void AuditFeedCursor::readBelowHead(const QList<AuditPosition>& belowHead, qint64 now)
{
    if (!holesPossible)
        return;
    const qint64 head = readUpTo;
    readUpTo = belowHeadFrom();
    for (const AuditPosition& p : belowHead)
        if (p.seq > readUpTo && p.seq <= head) // one written since the head was read is news
            read(p.seq, now);
    if (head > readUpTo)
        read(head, now);
}

void AuditFeedCursor::read(qint64 seq, qint64 now)
{
    if (holesPossible)
        for (qint64 missing = qMax(readUpTo + 1, seq - kHolesPerGap); missing < seq; ++missing)
            holes.insert(missing, now);
    readUpTo = qMax(readUpTo, seq);
}

void AuditFeedCursor::forgetOldHoles(qint64 now)
{
    holes.removeIf([now](const auto& hole) { return now - hole.value() > kHoleMs; });
}

Result<AuditFeedPage> AuditFeed::newest(qint64 now)
{
    // The head first, then the page up to it: anything written between the two reads is left to
    // the next live update (none of it is read twice).
    auto head = m_audit.newest(m_actor, 1, 0, {});
    const qint64 headSeq = head.ok() && !head->isEmpty() ? head->first().seq : 0;
    auto entries = m_audit.newest(m_actor, m_pageSize, headSeq > 0 ? headSeq + 1 : 0, m_filter);
    CS_TRY(entries);
    AuditFeedPage page;
    page.mayHaveOlder = entries->size() == m_pageSize;
    page.entries = std::move(entries).value();
    page.cursor = AuditFeedCursor::atHead(headSeq, m_audit.entriesMayCommitLate());
    // The positions just below the head that are not there (yet) are holes to ask for again: read
    // only where one can still fill.
    if (headSeq > 0 && page.cursor.holesPossible) {
        auto recent = m_audit.positionsAfter(m_actor, page.cursor.belowHeadFrom(), AuditFeedCursor::kHolesPerGap);
        // Unread is not missing: without that read, no holes (they would bring back entries shown).
        if (recent.ok())
            page.cursor.readBelowHead(*recent, now);
    }
    page.cursor.readUpTo = qMax(page.cursor.readUpTo, page.entries.isEmpty() ? 0 : page.entries.first().seq);
    return page;
}

Result<AuditFeedPage> AuditFeed::newerThan(const AuditFeedCursor& from, qint64 now)
{
    AuditFeedPage page;
    page.cursor = from;
    if (!page.cursor.holes.isEmpty()) {
        auto late = m_audit.entriesAt(m_actor, page.cursor.holes.keys());
        CS_TRY(late);
        for (const AuditEntry& e : std::as_const(*late)) {
            page.cursor.holes.remove(e.seq);
            if (m_filter.matches(e))
                page.late.prepend(e);
        }
        page.cursor.forgetOldHoles(now);
    }
    for (int read = 0; read < kCatchUpPages; ++read) {
        auto newer = m_audit.entries(m_actor, 0, m_pageSize, page.cursor.readUpTo); // oldest first
        CS_TRY(newer);
        const bool more = newer->size() == m_pageSize;
        for (const AuditEntry& e : std::as_const(*newer)) // read up to here, whether shown or not
            page.cursor.read(e.seq, now);
        newer->removeIf([this](const AuditEntry& e) { return !m_filter.matches(e); });
        std::reverse(newer->begin(), newer->end());
        page.entries = *newer + page.entries;
        if (!more)
            return page;
    }
    page.entries.clear();
    page.late.clear();
    page.startAgain = true;
    return page;
}

Result<AuditFeedPage> AuditFeed::olderThan(qint64 seq)
{
    auto entries = m_audit.newest(m_actor, m_pageSize, seq, m_filter);
    CS_TRY(entries);
    AuditFeedPage page;
    page.mayHaveOlder = entries->size() == m_pageSize;
    page.entries = std::move(entries).value();
    return page;
}

} // namespace cs
