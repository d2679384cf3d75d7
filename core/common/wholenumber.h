#pragma once

#include <QtGlobal>
#include <optional>

namespace cs {

// The largest magnitude a JSON number (a double) holds exactly as a whole number: 2^53.
constexpr qint64 kMaxExactInteger = qint64(1) << 53;

// The whole number a JSON number stands for, or nothing when it has a fraction, is not finite or lies
// beyond ±2^53. The range is checked before converting: casting a double outside qint64's range (1e300,
// 2^63) is undefined behaviour, and beyond 2^53 neighbouring whole numbers share one double.
inline std::optional<qint64> exactInteger(double d)
{
    if (!(d >= -double(kMaxExactInteger) && d <= double(kMaxExactInteger))) // false for NaN too
        return std::nullopt;
    const qint64 n = static_cast<qint64>(d);
    if (static_cast<double>(n) != d)
        return std::nullopt;
    return n;
}

} // namespace cs
