#pragma once

#include <QList>
#include <core/audit/auditfilter.h>
#include <core/audit/auditlog.h>
#include <core/common/result.h>

namespace cs {

class AuditService;

// One read of the Audit page's log (made on a worker thread, applied on the page's): newest first,
// narrowed by the filter the page shows.
struct AuditFeedPage
{
    QList<AuditEntry> entries; // newest first, only those the filter lets through
    qint64 readUpTo = 0; // newest and newer: where the whole log ended when read (live updates go on from here)
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

    // The newest page. readUpTo is where the whole log ends, whatever the filter shows (admins and
    // auditors): a narrow filter must not make each live update start far back.
    Result<AuditFeedPage> newest();
    // The entries written after `seq`, a page at a time.
    Result<AuditFeedPage> newerThan(qint64 seq);
    // The page before `seq`.
    Result<AuditFeedPage> olderThan(qint64 seq);

private:
    AuditService& m_audit;
    QString m_actor;
    int m_pageSize;
    AuditFilter m_filter;
};

} // namespace cs
