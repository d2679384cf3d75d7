#pragma once

#include <QJsonObject>
#include <core/views/audittext.h>
#include <optional>

namespace cs {

// The audit sentences of time-bound access and access reviews; none for an event of another area
// (auditEntrySentence asks each area in turn).
std::optional<QString> grantEventSentence(const QString& event, const QJsonObject& p, const TimeText& when);

} // namespace cs
