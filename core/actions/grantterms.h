#pragma once

#include <QString>
#include <core/common/result.h>
#include <optional>

namespace cs {

// Durations of time-bound access as people write them: a whole number and a unit, "90s", "30m",
// "8h", "2d". One spelling in and out, so that an action file, the CLI and the form agree.
namespace GrantTerms {

constexpr qint64 kMaxDurationSeconds = 366LL * 24 * 3600;

// Seconds, or an Invalid error with one sentence naming the text.
Result<qint64> parseDuration(const QString& text);
// The shortest exact spelling: 3600 -> "1h", 90 -> "90s".
QString formatDuration(qint64 seconds);

} // namespace GrantTerms
} // namespace cs
