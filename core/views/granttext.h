#pragma once

#include <QJsonObject>
#include <core/audit/auditlog.h>
#include <core/requests/request.h>

namespace cs {

// Time-bound access in the words of `show`, `list` and the Copy text: "active until T",
// "approved, runs at T"; the duration, start and extension lines; the revoke's history (from
// the audit entries, so a failing revoke is shown with every failure, never hidden).
QString grantStatus(const Request& request);
QStringList grantTermLines(const Request& request);
QStringList revokeHistoryLines(const QList<AuditEntry>& history);
// The same for JSON: durationSeconds, notBefore, previousRequest, activeUntil (only when set).
void insertGrantTerms(const Request& request, QJsonObject& json);

} // namespace cs
