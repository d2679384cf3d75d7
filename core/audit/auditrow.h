#pragma once

#include <QSqlQuery>
#include <core/audit/auditlog.h>

namespace cs {

// How audit entries are stored: the columns read, one entry from a row, and a chain's name in
// the sentences verify writes.
extern const QString kAuditColumns;
AuditEntry auditEntryFromRow(const QSqlQuery& row);
Result<QList<AuditEntry>> auditEntriesOf(Result<QSqlQuery> rows);
QString auditChainName(qint64 chain);

} // namespace cs
