#pragma once

#include <QCoreApplication>
#include <core/common/result.h>

namespace cs::ui {

// What a person reads when core fails: core's own sentences as they are, but never the
// database's raw text (libpq messages, SQL); that goes to the log.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // After a change was attempted: says plainly that nothing was saved (core tells "unknown" apart).
    static QString forWrite(const Error& error);
    // After opening or reading.
    static QString forRead(const Error& error);
    // Opening a PostgreSQL workspace at location failed.
    static QString forConnect(const QString& location, const Error& error);
    // The database's own words (a driver or server message) rather than a sentence of core's.
    static bool isRaw(const Error& error);
};

} // namespace cs::ui
