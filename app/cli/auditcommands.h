#pragma once

#include <cli/clicontext.h>
#include <core/audit/auditcheckpoints.h>

namespace cs::cli {

// The checkpoint key of this command: the key file if one is named (made if missing), else this
// person's keychain. A key the workspace does not list yet is listed (admins only).
Result<SigningKey> checkpointKey(CliContext& ctx, const QString& keyFile);
// A signed checkpoint now, as `audit checkpoint` and every export make one.
Result<AuditCheckpoint> makeCheckpoint(CliContext& ctx, const QString& keyFile);

} // namespace cs::cli
