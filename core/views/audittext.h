#pragma once

#include <core/audit/auditlog.h>
#include <core/requests/request.h>
#include <functional>

namespace cs {

// How people read the audit log: a short label per event and one sentence per entry, instead of
// `request.submitted` and raw JSON. The CLI's --json keeps the codes and payloads. Translatable
// under the context "AuditText" (the client loads German; the CLI speaks English).

// Writes a moment for people; the client passes local time, the default is ISO 8601 UTC.
using TimeText = std::function<QString(qint64 ms)>;

QString auditEventLabel(const QString& event);
QString auditEntrySentence(const AuditEntry& entry, const TimeText& timeText = {});

// "Approval skipped — run directly by dave (member of admins)"; empty unless the request was a bypass.
QString bypassSentence(const Request& request);

} // namespace cs
