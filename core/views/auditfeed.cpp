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

Result<AuditFeedPage> AuditFeed::newest()
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
    page.readUpTo = qMax(headSeq, page.entries.isEmpty() ? 0 : page.entries.first().seq);
    return page;
}

Result<AuditFeedPage> AuditFeed::newerThan(qint64 seq)
{
    AuditFeedPage page;
    page.readUpTo = seq;
    for (int read = 0; read < kCatchUpPages; ++read) {
        auto newer = m_audit.entries(m_actor, 0, m_pageSize, page.readUpTo); // oldest first
        CS_TRY(newer);
        const bool more = newer->size() == m_pageSize;
        if (!newer->isEmpty()) // read up to here, whether the filter shows them or not
            page.readUpTo = qMax(page.readUpTo, newer->last().seq);
        newer->removeIf([this](const AuditEntry& e) { return !m_filter.matches(e); });
        std::reverse(newer->begin(), newer->end());
        page.entries = *newer + page.entries;
        if (!more)
            return page;
    }
    page.entries.clear();
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
