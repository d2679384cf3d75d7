#pragma once

#include <QString>
#include <optional>

namespace cs {

// A time a person types on a command line or in a file: an ISO date and time
// ("2026-12-01T10:00", "…Z", "…+01:00"; without an offset it is UTC) or a bare date
// ("2026-12-01", the start of that UTC day, or with `endOfDay` the start of the next one).
// std::nullopt when it is neither.
std::optional<qint64> parseIsoTimeMs(const QString& text, bool endOfDay = false);

} // namespace cs
