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

} // namespace cs
