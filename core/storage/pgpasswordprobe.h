#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace cs {

// After a failed connection: connects once more through libpq and tells whether the server
// refused the password (SQLSTATE 28P01) or wanted one that was not given
// (PQconnectionNeedsPassword) -- in any language the server speaks. Options are libpq's
// keywords with their values; empty values are left out.
bool postgresRefusesPassword(const QList<QPair<const char*, QString>>& options);

} // namespace cs
