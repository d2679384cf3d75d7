#pragma once

#include <QHash>
#include <QList>
#include <core/audit/auditlog.h>
#include <functional>
#include <limits>

namespace cs {

// What verifying some of the chains found, with the global position of its first problem (the
// key that decides which of several ranges' problems is reported).
struct ChainRangeVerification
{
    AuditVerification verification;
    qint64 reportKey = std::numeric_limits<qint64>::max();

    // Adds another range's result: counts add up, the problem at the lower position is kept.
    void merge(const ChainRangeVerification& other);
};

// Told the size of each batch of entries read; returns false to stop the verification.
using ChainBatchRead = std::function<bool(qint64 entries)>;

// A place in the order verify walks the entries in: by chain, then position in it (from 1).
struct ChainPosition
{
    qint64 chain = 0;
    qint64 chainSeq = 1;
};

// Verifies the entries from `from` up to (not including) `to` on one connection, in one snapshot
// of it, as verifyChainRange does for whole chains. A span that starts inside a chain goes on from
// the entry before it (read, not checked: the span before checks it); one that ends inside a
// chain leaves that chain's end and head to the next span. Consecutive spans together verify
// exactly what one span over all of them would. Entries are read and hashed a batch at a time
// (batchRows; 0: the usual thousands, tests walk many small batches).
Result<ChainRangeVerification> verifyChainSpan(Database& db, ChainPosition from, ChainPosition to,
                                               const ChainBatchRead& onBatch = {}, int batchRows = 0);

// Every chain walked in (chain, position) order, which names the first problem: the entries are
// cut into `parts` spans of about equal size (a long chain is cut too), each verified on its own
// connection in parallel so that both cores read and hash; the problem reported is the one at the
// lowest global position. Without another connection, a span is verified here after the first.
Result<ChainRangeVerification> verifyAllInChainOrder(Database& db, int parts, const ChainBatchRead& onBatch = {});

// Where to cut all entries into `parts` spans of about equal size, in order (fewer cuts when
// there are fewer entries): one long chain is cut too, so every part has work.
Result<QList<ChainPosition>> chainSplits(Database& db, int parts);

// Verifies the chains numbered [from, to) on one connection, in one snapshot of it: a chain needs
// only its own head and entries to agree, so ranges read on different connections may be read
// at different moments. Each chain: positions from 1 without gaps, each entry linked to the one
// before and matching its hash, the head row matching the last entry.
Result<ChainRangeVerification> verifyChainRange(Database& db, qint64 from, qint64 to,
                                                const ChainBatchRead& onBatch = {});

// Each of the chains in [from, to) verified on its own, exactly as verifyChainRange(db, chain,
// chain + 1) would, from one read of the range (the period report's requests): by chain; a chain
// with neither head nor entries is absent (intact, nothing checked).
Result<QHash<qint64, AuditVerification>> verifyEachChain(Database& db, qint64 from, qint64 to);

} // namespace cs
