#include <QRegularExpression>
#include <algorithm>
#include <core/audit/auditrow.h>
#include <core/audit/auditrowcheck.h>
#include <core/audit/auditstoredorderscan.h>
#include <core/storage/pgcopy.h>
#include <future>

namespace cs {
namespace {

using auditcheck::ChainHead;
using auditcheck::StoredHash;
using auditcheck::WalkedEntry;

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
constexpr qint64 kMostPlaces = qint64(1) << 18;
// Runs cut short by the stored order, in a part: a few where sessions wrote side by side; a table
// rewritten in another order (CLUSTER) would have one an entry, so the walk does it.
constexpr size_t kMostEndedRuns = size_t(1) << 16;

// What one range of pages holds of each chain: the run being read and, where the stored order
// strays from a chain's (a concurrent writer's page), the runs that ended. Runs on the hashing
// thread, a batch at a time.
class PartScan
{
public:
    explicit PartScan(qint64 places)
        : m_runs(size_t(places))
    { }

    void check(const WalkedEntry& e)
    {
        ++m_entries;
        if (m_spoiled)
            return;
        // Anything the walk would name spoils the part: the ordered walk then names it.
        if (!e.hashMatches || !e.placed || e.chainSeq < 1 || e.chain < 0 || e.chain >= qint64(m_runs.size())
            || m_ended.size() >= kMostEndedRuns) {
            m_spoiled = true;
            return;
        }
        ChainRun& run = m_runs[size_t(e.chain)];
        if (!run.empty() && e.chainSeq - 1 == run.last && e.prev == run.lastHash) {
            run.last = e.chainSeq;
            run.lastHash = e.hash;
            return;
        }
        if (!run.empty())
            m_ended.push_back(run);
        run = { e.chain, e.chainSeq, e.chainSeq, e.prev, e.hash };
    }

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

// Whether every chain's runs, from all parts, join up from position 1 to its head, and every
// entry read belongs to a chain with a head.
bool chainsLinkUp(const std::vector<ChainHead>& heads, qint64 places, const std::vector<PartScan>& scans)
{
    std::vector<ChainRun> ended;
    for (const PartScan& scan : scans)
        ended.insert(ended.end(), scan.ended().begin(), scan.ended().end());
    const auto byPosition = [](const ChainRun& a, const ChainRun& b) {
        return std::make_pair(a.chain, a.first) < std::make_pair(b.chain, b.first);
    };
    std::sort(ended.begin(), ended.end(), byPosition);
    size_t nextEnded = 0;
    size_t nextHead = 0;
    std::vector<ChainRun> runs;
    for (qint64 chain = 0; chain < places; ++chain) {
        runs.clear();
        for (const PartScan& scan : scans)
            if (!scan.run(chain).empty())
                runs.push_back(scan.run(chain));
        for (; nextEnded < ended.size() && ended[nextEnded].chain == chain; ++nextEnded)
            runs.push_back(ended[nextEnded]);
        std::sort(runs.begin(), runs.end(), byPosition);
        const bool hasHead = nextHead < heads.size() && heads[nextHead].chain == chain;
        const ChainHead* head = hasHead ? &heads[nextHead++] : nullptr;
        if (runs.empty()) {
            if (head && head->seq != 0)
                return false;
            continue;
        }
        if (!head || runs.front().first != 1 || runs.front().firstPrev != StoredHash())
            return false;
        for (size_t i = 1; i < runs.size(); ++i)
            if (!runs[i - 1].continuedBy(runs[i]))
                return false;
        if (head->seq != runs.back().last || !head->hash.isDigest() || head->hash != runs.back().lastHash)
            return false;
    }
    return nextHead == heads.size();
}

Result<std::vector<ChainHead>> allHeads(Database& db)
{
    std::vector<ChainHead> heads;
    auto rows = db.exec(QStringLiteral("SELECT chain, seq, hash FROM audit_chains ORDER BY chain"));
    CS_TRY(rows);
    while (rows->next())
        heads.push_back({ rows->value(0).toLongLong(), rows->value(1).toLongLong(),
                          StoredHash::checked(rows->value(2).toString()) });
    rows->finish();
    return heads;
}

// The log's pages [from, to) in the order stored, each entry hashed and given to `scan`. COPY takes
// no bound values: the range is bound into settings of this transaction, which it reads.
Status scanPages(Database& db, qint64 from, qint64 to, const ChainBatchRead& onBatch, int batchRows, PartScan* scan)
{
    CS_TRY(db.exec(QStringLiteral("SET LOCAL jit = off"))); // compiling costs more than it saves here
    CS_TRY(db.exec(QStringLiteral("SELECT set_config('countersign.scan_from', ?, true), "
                                  "set_config('countersign.scan_to', ?, true)"),
                   { QStringLiteral("(%1,0)").arg(from), QStringLiteral("(%1,0)").arg(to) }));
    auto copy = PgCopyOut::open(
        db,
        QStringLiteral("SELECT %1 FROM audit_log WHERE ctid >= current_setting('countersign.scan_from')::tid "
                       "AND ctid < current_setting('countersign.scan_to')::tid")
            .arg(kAuditColumns));
    CS_TRY(copy);
    return auditcheck::readRowsInTurns(*copy, onBatch, batchRows, [scan](const PgRows& rows) {
        std::vector<char> room(4096);
        for (int r = 0; r < rows.count(); ++r)
            scan->check(auditcheck::walkedEntryOfRow(rows.row(r), room));
    });
}

// Past the last page a table can have: the last range reads pages added while it runs, too.
constexpr qint64 kPastLastPage = 4294967295;

} // namespace

Result<std::optional<qint64>> screenChainsInStoredOrder(Database& db, const ChainBatchRead& onBatch, int parts,
                                                        int batchRows)
{
    std::optional<qint64> checked;
    if (db.engine() != Database::Engine::Postgres || parts < 1)
        return checked;
    bool unshared = false;
    const Status read = db.readSnapshot([&]() -> Status {
        auto heads = allHeads(db);
        CS_TRY(heads);
        // A chain no request has (below 0), or numbers too high or too sparse: the walk does it.
        if (!heads->empty()
            && (heads->front().chain < 0 || heads->back().chain >= kMostPlaces
                || heads->back().chain >= 4 * qint64(heads->size()) + 1024))
            return {};
        const qint64 places = heads->empty() ? 1 : heads->back().chain + 1;
        auto pages
            = db.exec(QStringLiteral("SELECT pg_relation_size('audit_log') / current_setting('block_size')::bigint"));
        CS_TRY(pages);
        const qint64 pageCount = pages->next() ? pages->value(0).toLongLong() : 0;
        pages->finish();
        QList<qint64> cuts;
        for (int part = 0; part < parts; ++part)
            cuts.append(pageCount * part / parts);
        cuts.append(kPastLastPage);

        // The other parts read on connections of their own, in this transaction's snapshot.
        QString snapshot;
        if (parts > 1) {
            auto exported = db.exec(QStringLiteral("SELECT pg_export_snapshot()"));
            if (!exported.ok()) { // a server that cannot share it (a standby, say): the walk does it all
                unshared = true;
                return exported.error();
            }
            snapshot = exported->next() ? exported->value(0).toString() : QString();
            exported->finish();
            // The server's name for it, written into the statement (SET takes no bound values).
            static const QRegularExpression kSnapshotName(QStringLiteral("^[0-9A-Fa-f-]+$"));
            if (!kSnapshotName.match(snapshot).hasMatch())
                return {};
        }
        std::vector<PartScan> scans;
        scans.reserve(size_t(parts));
        for (int part = 0; part < parts; ++part)
            scans.emplace_back(places);
        using Other = std::optional<Status>; // empty: no connection of its own
        std::vector<std::future<Other>> others;
        for (int part = 1; part < parts; ++part)
            others.push_back(std::async(std::launch::async, [&, part, open = db.opener()]() -> Other {
                auto own = open();
                if (!own.ok())
                    return std::nullopt;
                Database& other = **own;
                bool shared = false;
                const Status scanned = other.readSnapshot([&]() -> Status {
                    CS_TRY(other.exec(QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(snapshot)));
                    shared = true;
                    return scanPages(other, cuts.at(part), cuts.at(part + 1), onBatch, batchRows, &scans[size_t(part)]);
                });
                if (!shared) // another server behind the same address, say: read it here instead
                    return std::nullopt;
                return scanned;
            }));
        const Status first = scanPages(db, cuts.at(0), cuts.at(1), onBatch, batchRows, &scans[0]);
        std::vector<Other> results;
        results.reserve(others.size());
        for (auto& other : others)
            results.push_back(other.get());
        CS_TRY(first);
        for (size_t i = 0; i < results.size(); ++i) {
            const int part = int(i) + 1;
            if (!results[i]) // no other connection: read here, in the same snapshot
                results[i] = scanPages(db, cuts.at(part), cuts.at(part + 1), onBatch, batchRows, &scans[size_t(part)]);
            CS_TRY(*results[i]);
        }
        qint64 entries = 0;
        for (const PartScan& scan : scans) {
            if (scan.spoiled())
                return {};
            entries += scan.entries();
        }
        if (chainsLinkUp(*heads, places, scans))
            checked = entries;
        return {};
    });
    if (unshared)
        return std::optional<qint64>();
    CS_TRY(read);
    return checked;
}

} // namespace cs
