#pragma once

#include <core/audit/auditlog.h>

namespace cs {

// The auditor's whole check (`audit verify`, the desktop's Verify): every audit chain, then every
// request read back against the digest its `request.submitted` entry recorded. The chains alone
// cannot see a request row edited outside Countersign; the request alone cannot see its digest
// column rewritten to match. `progress` as for AuditLog::verify (returning false cancels);
// `pageSize`: requests read per snapshot (tests take small pages to cross page ends).
Result<AuditVerification> verifyIntegrity(Database& db, const Clock& clock, const AuditLog::Progress& progress = {},
                                          int pageSize = 2000);

// What reading every request back against its submission found: verifyIntegrity's second half,
// run only once the chains hold. `keepGoing` is asked after each page, from two threads.
struct RequestsCheck
{
    qint64 checked = 0;
    qint64 firstBrokenSeq = 0; // the first broken request's submission entry (0: none, or intact)
    QString problem; // empty: every request matches its submission
};
Result<RequestsCheck> checkRequests(Database& db, const std::function<bool()>& keepGoing, int pageSize = 2000);

// The routine check (`audit verify --since-checkpoint`): every signed checkpoint and the heads it
// recorded, then each chain only from its last recorded head on. Entries before a checkpoint are
// covered by the heads it signed; requests are not read back (the full check does that).
Result<AuditVerification> verifySinceCheckpoint(Database& db, const Clock& clock);

} // namespace cs
