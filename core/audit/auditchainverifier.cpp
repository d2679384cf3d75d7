#include <array>
#include <charconv>
#include <core/audit/auditchainverifier.h>
#include <core/audit/auditrow.h>
#include <core/common/coretext.h>
#include <core/storage/pgcursor.h>
#include <future>
#include <memory>
#include <openssl/sha.h>
#include <vector>

namespace cs {
namespace {

// A chain's head row with its hash as the 32 bytes it stands for: a million heads stay in memory
// while the entries stream past, and the hex text would take five times the space.
struct ChainHead
{
    qint64 chain = 0;
    qint64 seq = 0;
    std::array<char, 32> hash {};
    bool hashReadable = false; // 64 hex digits; anything else matches no entry

    // Lower-case hex only, as sha256Hex writes it: any other spelling is not the same text.
    // Table-driven and branch-free: it runs twice per chain, a million times on a large log.
    static std::array<char, 32> digest(QStringView hex, bool* readable)
    {
        static constexpr std::array<signed char, 128> kNibble = [] {
            std::array<signed char, 128> t {};
            for (auto& v : t)
                v = -1;
            for (size_t c = 0; c < 10; ++c)
                t['0' + c] = static_cast<signed char>(c);
            for (size_t c = 0; c < 6; ++c)
                t['a' + c] = static_cast<signed char>(10 + c);
            return t;
        }();
        std::array<char, 32> bytes {};
        if (hex.size() != 64) {
            *readable = false;
            return bytes;
        }
        const char16_t* p = hex.utf16();
        int bad = 0;
        for (size_t i = 0; i < 32; ++i) {
            const char16_t high = p[2 * i];
            const char16_t low = p[2 * i + 1];
            const int h = high < 128 ? kNibble[high] : -1;
            const int l = low < 128 ? kNibble[low] : -1;
            bad |= h | l; // negative if either was not a hex digit
            bytes[i] = char(((h & 0xf) << 4) | (l & 0xf));
        }
        *readable = bad >= 0;
        return bytes;
    }

    bool matches(const QString& entryHash) const
    {
        bool readable = false;
        return hashReadable && digest(entryHash, &readable) == hash && readable;
    }
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

    void check(const AuditEntry& e, bool hashMatches)
    {
        if (e.chain != m_chain) {
            closeChain();
            skipHeadsBefore(e.chain);
            m_chain = e.chain;
            m_expected = 1;
            m_previousSeq = 0;
            m_previousHash.clear();
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
        } else if (e.prevHash != m_previousHash) {
            broken(e.seq,
                   CoreText::tr("Audit entry #%1 does not link to entry #%2: the chain was broken there.")
                       .arg(e.seq)
                       .arg(m_previousSeq));
            m_chainBroken = true;
        } else if (!hashMatches) {
            broken(e.seq,
                   CoreText::tr("Audit entry #%1 (%2) was altered: its contents no longer match its hash.")
                       .arg(e.seq)
                       .arg(e.event));
            m_chainBroken = true;
        }
        m_previousSeq = e.seq;
        m_previousHash = e.hash;
        ++m_expected;
    }

    // Called once after the last entry: closes the open chain and names chains that vanished.
    void finish()
    {
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
        else if (!head->matches(m_previousHash))
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
    QString m_previousHash;
    bool m_chainBroken = false;
};

// Hashes a batch and walks it. Runs on a worker thread while the caller reads the next batch;
// one batch is in flight at a time, so the walk sees the batches in order.
void hashAndWalk(const std::vector<AuditEntry>& batch, ChainWalk* walk)
{
    for (const AuditEntry& e : batch)
        walk->check(e, AuditLog::entryHash(e) == e.hash);
}

// PostgreSQL rows, in kAuditColumns order, as the server's UTF-8 text.
enum Column { Seq, At, Actor, Event, RequestId, Payload, PrevHash, Hash, Chain, ChainSeq };

qint64 integer(QByteArrayView text)
{
    qint64 value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// A JSON string from UTF-8 the server sent (always valid UTF-8): the same bytes appendJsonString
// writes from the decoded text. False for a control character, which the general path handles.
bool appendJsonUtf8(QByteArray& out, QByteArrayView s)
{
    qsizetype at = out.size();
    out.resize(at + 2 + 2 * s.size());
    char* d = out.data() + at;
    *d++ = '"';
    for (const char c : s) {
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
        if (c == '"' || c == '\\')
            *d++ = '\\';
        *d++ = c;
    }
    *d++ = '"';
    out.resize(d - out.data());
    return true;
}

// Whether row r's stored hash is the hash of its contents: the canonical text of
// AuditLog::entryHash written from the row's bytes, without decoding them.
bool rowHashMatches(const PgRows& rows, int r, QByteArray& text)
{
    const QByteArrayView stored = rows.value(r, Hash);
    const QByteArrayView chain = rows.value(r, Chain);
    const QByteArrayView request = rows.isNull(r, RequestId) ? QByteArrayView("0") : rows.value(r, RequestId);
    text.resize(0); // keeps its room for the next row
    text.append("{\"actor\":");
    bool exact = appendJsonUtf8(text, rows.value(r, Actor));
    text.append(",\"at\":");
    exact = exact && appendJsonUtf8(text, rows.value(r, At));
    if (chain != "0") {
        text.append(",\"chain\":");
        exact = exact && appendJsonUtf8(text, chain);
        text.append(",\"chainSeq\":");
        exact = exact && appendJsonUtf8(text, rows.value(r, ChainSeq));
    }
    text.append(",\"event\":");
    exact = exact && appendJsonUtf8(text, rows.value(r, Event));
    text.append(",\"payload\":");
    exact = exact && appendJsonUtf8(text, rows.value(r, Payload));
    text.append(",\"prev\":");
    exact = exact && appendJsonUtf8(text, rows.value(r, PrevHash));
    text.append(",\"request\":");
    exact = exact && appendJsonUtf8(text, request);
    text.append(",\"seq\":");
    exact = exact && appendJsonUtf8(text, rows.value(r, Seq));
    text.append('}');
    unsigned char digest[SHA256_DIGEST_LENGTH];
    if (!exact || !SHA256(reinterpret_cast<const unsigned char*>(text.constData()), size_t(text.size()), digest)) {
        // A control character (escaped by the general writer) or libcrypto unusable: the slow path.
        AuditEntry e;
        e.seq = integer(rows.value(r, Seq));
        e.at = integer(rows.value(r, At));
        e.actor = QString::fromUtf8(rows.value(r, Actor));
        e.event = QString::fromUtf8(rows.value(r, Event));
        e.requestId = integer(request);
        e.payload = QString::fromUtf8(rows.value(r, Payload));
        e.prevHash = QString::fromUtf8(rows.value(r, PrevHash));
        e.chain = integer(chain);
        e.chainSeq = integer(rows.value(r, ChainSeq));
        return AuditLog::entryHash(e) == QString::fromUtf8(stored);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    if (stored.size() != 2 * SHA256_DIGEST_LENGTH)
        return false;
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i)
        if (stored[2 * i] != kHex[digest[i] >> 4] || stored[2 * i + 1] != kHex[digest[i] & 0xf])
            return false;
    return true;
}

// Hashes and walks a batch of PostgreSQL rows; only what the walk names is decoded.
void hashAndWalkRows(const PgRows& rows, ChainWalk* walk)
{
    QByteArray text;
    text.reserve(4096);
    AuditEntry e;
    for (int r = 0; r < rows.count(); ++r) {
        e.seq = integer(rows.value(r, Seq));
        e.chain = integer(rows.value(r, Chain));
        e.chainSeq = integer(rows.value(r, ChainSeq));
        e.event = QString::fromUtf8(rows.value(r, Event));
        e.prevHash = QString::fromUtf8(rows.value(r, PrevHash));
        e.hash = QString::fromUtf8(rows.value(r, Hash));
        walk->check(e, rowHashMatches(rows, r, text));
    }
}

// The PostgreSQL path of verifyChainRange's entry loop: rows through libpq, a batch in flight.
Status walkEntriesFromPostgres(Database& db, qint64 from, qint64 to, const ChainBatchRead& onBatch, ChainWalk* walk)
{
    auto cursor = PgCursor::open(
        db,
        QStringLiteral("SELECT %1 FROM audit_log WHERE chain >= $1 AND chain < $2 ORDER BY chain, chain_seq")
            .arg(kAuditColumns),
        { from, to });
    CS_TRY(cursor);
    constexpr int kBatch = 8192;
    std::future<void> walking;
    for (;;) {
        auto batch = cursor->fetch(kBatch);
        if (walking.valid())
            walking.get();
        CS_TRY(batch);
        if (batch->count() == 0)
            break;
        if (onBatch && !onBatch(batch->count()))
            return Error::conflict(CoreText::tr("The audit chain verification was cancelled."));
        walking = std::async(std::launch::async, [rows = std::move(*batch), walk] { hashAndWalkRows(rows, walk); });
    }
    return cursor->close();
}

} // namespace

Result<ChainRangeVerification> verifyChainRange(Database& db, qint64 from, qint64 to, const ChainBatchRead& onBatch)
{
    ChainRangeVerification out;
    CS_TRY(db.readSnapshot([&]() -> Status {
        std::vector<ChainHead> heads;
        auto headRows = db.exec(
            QStringLiteral("SELECT chain, seq, hash FROM audit_chains WHERE chain >= ? AND chain < ? ORDER BY chain"),
            { from, to });
        CS_TRY(headRows);
        while (headRows->next()) {
            ChainHead& head = heads.emplace_back();
            head.chain = headRows->value(0).toLongLong();
            head.seq = headRows->value(1).toLongLong();
            head.hash = ChainHead::digest(headRows->value(2).toString(), &head.hashReadable);
        }
        headRows->finish();
        ChainWalk walk(std::move(heads));
        if (db.engine() == Database::Engine::Postgres) {
            CS_TRY(walkEntriesFromPostgres(db, from, to, onBatch, &walk));
            walk.finish();
            out = { walk.result(), walk.reportKey() };
            return {};
        }

        // Reading the rows and hashing them take about as long as each other, so another thread
        // hashes and walks one batch while this one reads the next.
        auto rows = db.exec(
            QStringLiteral("SELECT %1 FROM audit_log WHERE chain >= ? AND chain < ? ORDER BY chain, chain_seq")
                .arg(kAuditColumns),
            { from, to });
        CS_TRY(rows);
        constexpr size_t kBatch = 4096;
        std::future<void> walking;
        std::vector<AuditEntry> reading;
        reading.reserve(kBatch);
        bool more = true;
        while (more) {
            more = rows->next();
            if (more)
                reading.push_back(auditEntryFromRow(*rows));
            if (reading.size() == kBatch || (!more && !reading.empty())) {
                if (walking.valid())
                    walking.get();
                if (onBatch && !onBatch(static_cast<qint64>(reading.size()))) {
                    rows->finish();
                    return Error::conflict(CoreText::tr("The audit chain verification was cancelled."));
                }
                walking = std::async(std::launch::async, hashAndWalk, std::move(reading), &walk);
                reading = {};
                reading.reserve(kBatch);
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

Result<QHash<qint64, AuditVerification>> verifyEachChain(Database& db, qint64 from, qint64 to)
{
    QHash<qint64, AuditVerification> out;
    CS_TRY(db.readSnapshot([&]() -> Status {
        QHash<qint64, ChainHead> heads;
        auto headRows = db.exec(
            QStringLiteral("SELECT chain, seq, hash FROM audit_chains WHERE chain >= ? AND chain < ? ORDER BY chain"),
            { from, to });
        CS_TRY(headRows);
        while (headRows->next()) {
            ChainHead head;
            head.chain = headRows->value(0).toLongLong();
            head.seq = headRows->value(1).toLongLong();
            head.hash = ChainHead::digest(headRows->value(2).toString(), &head.hashReadable);
            heads.insert(head.chain, head);
        }
        headRows->finish();
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
            walk->check(e, AuditLog::entryHash(e) == e.hash);
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
