#pragma once

#include <QJsonObject>
#include <core/audit/auditlog.h>
#include <core/common/clock.h>
#include <core/requests/request.h>
#include <functional>

namespace cs {

// Time-bound access in the words of `show`, `list` and the Copy text.

// "active until T", "approved, runs at T", or the state; `time` writes T (ISO UTC for the CLI and
// text views; the desktop passes the person's local time).
QString grantStatus(const Request& request, const std::function<QString(qint64)>& time = isoTime);
// The duration, start and extension lines.
QStringList grantTermLines(const Request& request);
// The revoke's history from the audit entries, so a failing revoke shows every failure.
QStringList revokeHistoryLines(const QList<AuditEntry>& history);
// The same for JSON: durationSeconds, notBefore, previousRequest, activeUntil (only when set).
void insertGrantTerms(const Request& request, QJsonObject& json);

} // namespace cs
