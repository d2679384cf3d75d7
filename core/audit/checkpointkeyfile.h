#pragma once

#include <core/common/signing.h>

namespace cs {

// The checkpoint signing key of a service (the agent) kept in a file only its user may read: made
// (mode 0600) when the file does not exist yet, refused when other accounts can read it.
Result<SigningKey> loadOrCreateKeyFile(const QString& path, bool* created = nullptr);

} // namespace cs
