#pragma once

#include <QLocale>
#include <QString>
#include <core/common/clock.h>

namespace cs::ui {

// A moment as the person reads it: their time zone and their language's short format (the CLI
// keeps ISO UTC). Empty for 0, a moment that never happened.
inline QString localTimeText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(fromMs(ms).toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace cs::ui
