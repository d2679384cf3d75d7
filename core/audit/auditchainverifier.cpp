#include <core/audit/auditchainverifier.h>
#include <core/audit/auditrow.h>
#include <core/audit/auditrowcheck.h>
#include <core/common/coretext.h>
#include <core/storage/parallelparts.h>
#include <core/storage/pgcopy.h>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace cs {
namespace {

using auditcheck::ChainHead;
using auditcheck::readRowsInTurns;
using auditcheck::StoredHash;
using auditcheck::WalkedEntry;

WalkedEntry walkedEntryOf(const AuditEntry& e)
{
    return { e.seq,
             e.chain,
             e.chainSeq,
             StoredHash::checked(e.prevHash),
             StoredHash::checked(e.hash),
             AuditLog::entryHash(e) == e.hash,
             e.event };
}

// The entry just before a span that starts inside a chain: the walk goes on from it.
struct Predecessor
{
    qint64 chain = 0;
    qint64 seq = 0;
    qint64 chainSeq = 0;
    StoredHash hash;
};

// Walks the entries in (chain, position) order and keeps the first problem, by global position.
// It runs on the hashing thread, a batch at a time and in order: the cheap, necessarily
// sequential part.
class ChainWalk
{
public:
    // `heads` sorted by chain, the order the entries come in: the two are walked side by side.
    explicit ChainWalk(std::vector<ChainHead> heads)
        : m_heads(std::move(heads))
    { }

    // A span that starts inside a chain goes on from the entry before it (the span before checks
    // that one); a span that ends inside a chain leaves that chain open for the next, which holds
    // its head.
    void continueFrom(const Predecessor& before)
    {
        m_chain = before.chain;
        m_expected = before.chainSeq + 1;
        m_previousSeq = before.seq;
        m_previousHash = before.hash;
    }
    void leaveOpen(qint64 chain) { m_openChain = chain; }

    void check(const WalkedEntry& e)
    {
        if (e.chain != m_chain) {
            closeChain();
            skipHeadsBefore(e.chain);
            m_chain = e.chain;
            m_expected = 1;
            m_previousSeq = 0;
            m_previousHash = {};
            m_chainBroken = false;
        }
        ++m_v.entriesChecked;
        if (m_chainBroken)
            return;
        if (e.chainSeq != m_expected) {
            broken(e.seq,
                   m_previousSeq > 0 ? CoreText::tr("An audit entry is missing from %1 between #%2 and #%3.")
                                           .arg(auditChainName(m_chain))
                                           .arg(m_previousSeq)
                                           .arg(e.seq)
                                     : CoreText::tr("The first audit entries of %1 are missing (it starts at #%2).")
                                           .arg(auditChainName(m_chain))
                                           .arg(e.seq));
            m_chainBroken = true;
        } else if (e.prev != m_previousHash) {
            broken(e.seq,
                   CoreText::tr("Audit entry #%1 does not link to entry #%2: the chain was broken there.")
                       .arg(e.seq)
                       .arg(m_previousSeq));
            m_chainBroken = true;
        } else if (!e.hashMatches) {
            broken(e.seq,
                   CoreText::tr("Audit entry #%1 (%2) was altered: its contents no longer match its hash.")
                       .arg(e.seq)
                       .arg(e.event.toString()));
            m_chainBroken = true;
        }
        m_previousSeq = e.seq;
        m_previousHash = e.hash;
        ++m_expected;
    }

    // Called once after the last entry: closes the open chain and names chains that vanished.
    void finish()
    {
        if (m_chain != m_openChain)
            closeChain();
        skipHeadsBefore(std::numeric_limits<qint64>::max());
    }

    // seq 0: a problem with no entry left to name (a whole chain gone); reported after the others.
    void broken(qint64 seq, const QString& problem)
    {
        const qint64 key = seq > 0 ? seq : std::numeric_limits<qint64>::max() - 1;
        if (m_v.intact || key < m_reportedKey) {
            m_v.intact = false;
            m_reportedKey = key;
            m_v.firstBrokenSeq = seq;
            m_v.problem = problem;
        }
    }

    const AuditVerification& result() const { return m_v; }
    qint64 reportKey() const { return m_reportedKey; }

private:
    // Heads of chains that have no entries left (the entries come sorted by chain, like the heads).
    void skipHeadsBefore(qint64 chain)
    {
        for (; m_nextHead < m_heads.size() && m_heads[m_nextHead].chain < chain; ++m_nextHead) {
            const ChainHead& orphan = m_heads[m_nextHead];
            if (orphan.chain != m_chain && orphan.seq > 0)
                broken(0,
                       CoreText::tr("All %1 audit entries of %2 were removed.")
                           .arg(orphan.seq)
                           .arg(auditChainName(orphan.chain)));
        }
    }

    void closeChain()
    {
        if (m_chain < 0)
            return;
        const bool hasHead = m_nextHead < m_heads.size() && m_heads[m_nextHead].chain == m_chain;
        const ChainHead* head = hasHead ? &m_heads[m_nextHead] : nullptr;
        const qint64 last = m_expected - 1;
        if (m_chainBroken)
            return;
        if (!head)
            broken(m_previousSeq,
                   CoreText::tr("Audit entries of %1 were added outside Countersign (the chain has no head).")
                       .arg(auditChainName(m_chain)));
        else if (head->seq > last)
            broken(m_previousSeq + 1,
                   CoreText::tr("The last %1 audit entries of %2 were removed (after #%3).")
                       .arg(head->seq - last)
                       .arg(auditChainName(m_chain))
                       .arg(m_previousSeq));
        else if (head->seq < last)
            broken(m_previousSeq,
                   CoreText::tr("Audit entry #%1 was added to %2 outside Countersign.")
                       .arg(m_previousSeq)
                       .arg(auditChainName(m_chain)));
        else if (head->hash != m_previousHash || !head->hash.isDigest())
            broken(m_previousSeq,
                   CoreText::tr("Audit entry #%1 does not match the recorded head of %2.")
                       .arg(m_previousSeq)
                       .arg(auditChainName(m_chain)));
    }

    const std::vector<ChainHead> m_heads;
    size_t m_nextHead = 0;
    AuditVerification m_v;
    qint64 m_reportedKey = std::numeric_limits<qint64>::max();
    qint64 m_chain = -1;
    qint64 m_expected = 1;
    qint64 m_previousSeq = 0;
    StoredHash m_previousHash;
    bool m_chainBroken = false;
    qint64 m_openChain = std::numeric_limits<qint64>::min(); // none
};

// Hashes a batch and walks it. Runs on a worker thread while the caller reads the next batch;
// one batch is in flight at a time, so the walk sees the batches in order.
void hashAndWalk(const std::vector<AuditEntry>& batch, ChainWalk* walk)
{
    for (const AuditEntry& e : batch)
        walk->check(walkedEntryOf(e));
}

// The entries of a span, in (chain, position) order: [from, to) compared as pairs.
const QString kSpanEntries
    = QStringLiteral("SELECT %1 FROM audit_log WHERE (chain, chain_seq) >= (%2, %3) AND (chain, chain_seq) < (%4, %5) "
                     "ORDER BY chain, chain_seq");

// The PostgreSQL path of verifyChainSpan's entry loop: rows through a binary COPY, a batch in
// flight. The span's bounds are bound into settings of this transaction, which the COPY reads.
Status walkEntriesFromPostgres(Database& db, ChainPosition from, ChainPosition to, const ChainBatchRead& onBatch,
                               int batchRows, ChainWalk* walk)
{
    // Compiling the scan costs more than it saves on a read this simple.
    CS_TRY(db.exec(QStringLiteral("SET LOCAL jit = off")));
    CS_TRY(db.exec(QStringLiteral("SELECT set_config('countersign.span_from_chain', ?, true), "
                                  "set_config('countersign.span_from_seq', ?, true), "
                                  "set_config('countersign.span_to_chain', ?, true), "
                                  "set_config('countersign.span_to_seq', ?, true)"),
                   { QString::number(from.chain), QString::number(from.chainSeq), QString::number(to.chain),
                     QString::number(to.chainSeq) }));
    const auto setting = [](const char* name) {
        return QStringLiteral("current_setting('countersign.span_%1')::bigint").arg(QLatin1String(name));
    };
    auto copy = PgCopyOut::open(db,
                                kSpanEntries.arg(kAuditColumns, setting("from_chain"), setting("from_seq"),
                                                 setting("to_chain"), setting("to_seq")));
    CS_TRY(copy);
    return readRowsInTurns(*copy, onBatch, batchRows,
                           [walk](const PgRows& rows) { auditcheck::hashRows(rows, *walk); });
}

// The last entry of `at`'s chain before it, if there is one.
Result<std::optional<Predecessor>> predecessorOf(Database& db, ChainPosition at)
{
    auto row = db.exec(QStringLiteral("SELECT seq, chain_seq, hash FROM audit_log WHERE chain = ? AND chain_seq < ? "
                                      "ORDER BY chain_seq DESC LIMIT 1"),
                       { at.chain, at.chainSeq });
    CS_TRY(row);
    std::optional<Predecessor> before;
    if (row->next())
        before = Predecessor { at.chain, row->value(0).toLongLong(), row->value(1).toLongLong(),
                               StoredHash::checked(row->value(2).toString()) };
    row->finish();
    return before;
}

} // namespace

Result<ChainRangeVerification> verifyChainRange(Database& db, qint64 from, qint64 to, const ChainBatchRead& onBatch)
{
    return verifyChainSpan(db, { from, 1 }, { to, 1 }, onBatch);
}

Result<ChainRangeVerification> verifyChainSpan(Database& db, ChainPosition from, ChainPosition to,
                                               const ChainBatchRead& onBatch, int batchRows)
{
    ChainRangeVerification out;
    CS_TRY(db.readSnapshot([&]() -> Status {
        // The span holds the heads of the chains that end in it: not that of a chain it leaves open.
        auto heads = auditcheck::chainHeads(db, from.chain, to.chain);
        CS_TRY(heads);
        ChainWalk walk(std::move(heads).value());
        if (from.chainSeq > 1) {
            auto before = predecessorOf(db, from);
            CS_TRY(before);
            if (*before)
                walk.continueFrom(**before);
        }
        if (to.chainSeq > 1)
            walk.leaveOpen(to.chain);
        if (db.engine() == Database::Engine::Postgres) {
            CS_TRY(walkEntriesFromPostgres(db, from, to, onBatch, batchRows, &walk));
            walk.finish();
            out = { walk.result(), walk.reportKey() };
            return {};
        }

        // Reading the rows and hashing them take about as long as each other, so another thread
        // hashes and walks one batch while this one reads the next.
        auto rows = db.exec(kSpanEntries.arg(kAuditColumns, QStringLiteral("?"), QStringLiteral("?"),
                                             QStringLiteral("?"), QStringLiteral("?")),
                            { from.chain, from.chainSeq, to.chain, to.chainSeq });
        CS_TRY(rows);
        const size_t batch = batchRows > 0 ? size_t(batchRows) : 4096;
        std::future<void> walking;
        std::vector<AuditEntry> reading;
        reading.reserve(batch);
        bool more = true;
        while (more) {
            more = rows->next();
            if (more)
                reading.push_back(auditEntryFromRow(*rows));
            if (reading.size() == batch || (!more && !reading.empty())) {
                if (walking.valid())
                    walking.get();
                if (onBatch && !onBatch(static_cast<qint64>(reading.size()))) {
                    rows->finish();
                    return Error::conflict(CoreText::tr("The audit chain verification was cancelled."));
                }
                walking = std::async(std::launch::async, hashAndWalk, std::move(reading), &walk);
                reading = {};
                reading.reserve(batch);
            }
        }
        if (walking.valid())
            walking.get();
        rows->finish();
        walk.finish();
        out = { walk.result(), walk.reportKey() };
        return {};
    }));
    return out;
}

Result<ChainRangeVerification> verifyAllInChainOrder(Database& db, int parts, const ChainBatchRead& onBatch)
{
    // The cuts come from the heads' counts, which a tampered head can make absurd (SQLite's sum
    // overflows): then one span, and the walk names that head.
    auto splits = chainSplits(db, parts);
    QList<ChainPosition> bounds { { std::numeric_limits<qint64>::min(), 1 } };
    if (splits.ok())
        bounds += *splits;
    bounds.append({ std::numeric_limits<qint64>::max(), 1 });

    const auto spans = runInParts<Result<ChainRangeVerification>>(
        db, int(bounds.size()) - 1, [&](Database& on, int span, bool) -> std::optional<Result<ChainRangeVerification>> {
            return verifyChainSpan(on, bounds.at(span), bounds.at(span + 1), onBatch);
        });
    ChainRangeVerification result;
    for (const auto& span : spans) {
        CS_TRY(span);
        result.merge(*span);
    }
    return result;
}

Result<QList<ChainPosition>> chainSplits(Database& db, int parts)
{
    auto total = db.exec(QStringLiteral("SELECT COALESCE(SUM(seq), 0) FROM audit_chains"));
    CS_TRY(total);
    const qint64 entries = total->next() ? total->value(0).toLongLong() : 0;
    total->finish();
    QList<ChainPosition> splits;
    // The heads' counts only place the cuts: every cut is checked across, so a head that lies
    // (which verify reports) makes the parts uneven, never the verification wrong.
    for (int part = 1; part < parts && entries > 0; ++part) {
        const qint64 before = entries * part / parts; // entries in the parts before this cut
        auto cut = db.exec(QStringLiteral("SELECT chain, seq, upto FROM (SELECT chain, seq, SUM(seq) OVER (ORDER BY "
                                          "chain) AS upto FROM audit_chains) c WHERE upto > ? ORDER BY chain LIMIT 1"),
                           { before });
        CS_TRY(cut);
        if (cut->next()) {
            const qint64 chainSeq = before - (cut->value(2).toLongLong() - cut->value(1).toLongLong()) + 1;
            const ChainPosition at { cut->value(0).toLongLong(), qMax<qint64>(1, chainSeq) };
            if (splits.isEmpty() || splits.last().chain != at.chain || splits.last().chainSeq < at.chainSeq)
                splits.append(at);
        }
        cut->finish();
    }
    return splits;
}

Result<QHash<qint64, AuditVerification>> verifyEachChain(Database& db, qint64 from, qint64 to)
{
    QHash<qint64, AuditVerification> out;
    CS_TRY(db.readSnapshot([&]() -> Status {
        QHash<qint64, ChainHead> heads;
        auto headRows = auditcheck::chainHeads(db, from, to);
        CS_TRY(headRows);
        for (const ChainHead& head : *headRows)
            heads.insert(head.chain, head);
        const auto walkOf = [&heads](qint64 chain) {
            const auto head = heads.constFind(chain);
            return std::make_unique<ChainWalk>(head == heads.constEnd() ? std::vector<ChainHead> {}
                                                                        : std::vector<ChainHead> { *head });
        };
        auto rows = db.exec(
            QStringLiteral("SELECT %1 FROM audit_log WHERE chain >= ? AND chain < ? ORDER BY chain, chain_seq")
                .arg(kAuditColumns),
            { from, to });
        CS_TRY(rows);
        std::unique_ptr<ChainWalk> walk;
        qint64 chain = 0;
        const auto close = [&] {
            if (!walk)
                return;
            walk->finish();
            out.insert(chain, walk->result());
            heads.remove(chain);
        };
        while (rows->next()) {
            const AuditEntry e = auditEntryFromRow(*rows);
            if (!walk || e.chain != chain) {
                close();
                chain = e.chain;
                walk = walkOf(chain);
            }
            walk->check(walkedEntryOf(e));
        }
        close();
        rows->finish();
        // Heads whose chains have no entries left.
        for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
            ChainWalk alone({ it.value() });
            alone.finish();
            out.insert(it.key(), alone.result());
        }
        return {};
    }));
    return out;
}

void ChainRangeVerification::merge(const ChainRangeVerification& other)
{
    verification.entriesChecked += other.verification.entriesChecked;
    if (!other.verification.intact && (verification.intact || other.reportKey < reportKey)) {
        const qint64 checked = verification.entriesChecked;
        verification = other.verification;
        verification.entriesChecked = checked;
        reportKey = other.reportKey;
    }
}

} // namespace cs
