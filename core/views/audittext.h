#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <core/audit/auditlog.h>
#include <core/requests/request.h>
#include <functional>

// The translation context of these words (lupdate reads AuditText::tr and QT_TRANSLATE_NOOP); declared
// here so the sentence files of each area (adminaudittext, grantaudittext) land in the same context.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

namespace cs {

// How people read the audit log: a short label per event and one sentence per entry, instead of
// `request.submitted` and raw JSON. The CLI's --json keeps the codes and payloads. Translatable
// under the context "AuditText" (the client loads German; the CLI speaks English).

// Writes a moment for people; the client passes local time, the default is ISO 8601 UTC.
using TimeText = std::function<QString(qint64 ms)>;

QString auditEventLabel(const QString& event);
QString auditEntrySentence(const AuditEntry& entry, const TimeText& timeText = {});
// The sentence followed by " Comment: “…”" when there is a comment.
QString withComment(QString sentence, const QString& comment);
// A payload's text value by key, for the sentence files.
inline QString payloadText(const QJsonObject& p, const char* key)
{
    return p.value(QLatin1String(key)).toString();
}

// "Approval skipped — run directly by dave (member of admins)"; empty unless the request was a bypass.
QString bypassSentence(const Request& request);

} // namespace cs
