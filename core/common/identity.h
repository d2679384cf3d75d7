#pragma once

#include <QString>

namespace cs {

// Logins are compared after trimming and case folding, so "Bob" and " bob " are one person.
QString normalizeLogin(const QString& login);

// The operating-system account running this process (the identity on SQLite).
QString osLogin();

bool isValidLogin(const QString& normalizedLogin);

} // namespace cs
