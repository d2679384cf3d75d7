#pragma once

#include <core/audit/auditchainverifier.h>
#include <optional>

namespace cs {

// The quick way to a clean bill for the whole log on PostgreSQL: every entry read in the order the
// table stores it, in `parts` ranges of its pages, each on its own connection in one shared
// snapshot, so the server scans each page once instead of walking the chain index. Every entry's
// hash is checked against its contents; then every chain must link up from its first entry to
// its head, wherever its entries lie.
//
// Returns the number of entries checked when every chain holds; nothing when anything does not,
// or when this way cannot say (SQLite, chains numbered too sparsely to keep a place for each).
// It never names a problem: the ordered walk (verifyChainSpan) does that, in the order people
// read. `onBatch` as for verifyChainSpan; batchRows 0: the usual thousands.
Result<std::optional<qint64>> screenChainsInStoredOrder(Database& db, const ChainBatchRead& onBatch = {}, int parts = 2,
                                                        int batchRows = 0);

} // namespace cs
