#pragma once

#include <core/audit/auditrowcheck.h>
#include <vector>

namespace cs::auditcheck {

// Entries of one chain that came one after another in the order read: consecutive positions,
// each linked to the one before.
struct ChainRun
{
    qint64 chain = 0;
    qint64 first = 0; // 0: no entry yet
    qint64 last = 0;
    StoredHash firstPrev;
    StoredHash lastHash;

    bool empty() const { return first == 0; }
    // (first - 1: a stored position is any number, and last + 1 could overflow)
    bool continuedBy(const ChainRun& next) const { return next.first - 1 == last && next.firstPrev == lastHash; }
};

// Chains are numbered by their requests (0: the global chain), so each has a place in a vector.
// Up to this many places, about 160 bytes each a part (40 MB); beyond, or when most places would
// stay empty, the ordered walk does the whole check with flat memory.
constexpr qint64 kMostChainPlaces = qint64(1) << 18;
// Runs cut short by the stored order, in a part: a few where sessions wrote side by side; a table
// rewritten in another order (CLUSTER) would have one an entry, so the walk does it.
constexpr size_t kMostEndedRuns = size_t(1) << 16;

// What one range of the log's pages, read in the order stored, holds of each chain numbered
// below `places`: the run being read and, where the stored order strays from a chain's (a
// concurrent writer's page), the runs that ended. Fed on the hashing thread, a batch at a time.
class ChainRuns
{
public:
    explicit ChainRuns(qint64 places);

    // Anything the ordered walk would name (or that this cannot place) spoils the part.
    void check(const WalkedEntry& e);

    qint64 entries() const { return m_entries; }
    bool spoiled() const { return m_spoiled; }
    const ChainRun& run(qint64 chain) const { return m_runs[size_t(chain)]; }
    const std::vector<ChainRun>& ended() const { return m_ended; }

private:
    std::vector<ChainRun> m_runs;
    std::vector<ChainRun> m_ended;
    qint64 m_entries = 0;
    bool m_spoiled = false;
};

// Whether every chain's runs, from all parts, join up from position 1 to its head (`heads` by
// chain, all numbered in [0, places)), and every entry read belongs to a chain with a head.
bool chainsLinkUp(const std::vector<ChainHead>& heads, qint64 places, const std::vector<ChainRuns>& parts);

} // namespace cs::auditcheck
