#include <charconv>
#include <core/audit/auditlog.h>
#include <core/audit/auditrowcheck.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/storage/database.h>
#include <core/storage/pgcopy.h>
#include <future>
#include <openssl/sha.h>

namespace cs::auditcheck {
namespace {

// PostgreSQL rows, in kAuditColumns order, as the server's UTF-8 text.
enum Column { Seq, At, Actor, Event, RequestId, Payload, PrevHash, Hash, Chain, ChainSeq };

// Writes AuditLog::entryHash's canonical text from a row's UTF-8 bytes into room sized for the
// worst case, without decoding them. `exact` turns false at a control character, which the
// general writer escapes: such a row takes the slow path.
class CanonicalRow
{
public:
    explicit CanonicalRow(std::vector<char>& room, size_t need)
    {
        if (room.size() < need)
            room.resize(need);
        m_start = m_at = room.data();
    }

    void key(const char* text, size_t size)
    {
        std::memcpy(m_at, text, size);
        m_at += size;
    }
    // An integer as QString::number writes it, quoted (the hashed text holds numbers as strings).
    void number(qint64 value)
    {
        *m_at++ = '"';
        m_at = std::to_chars(m_at, m_at + 20, value).ptr;
        *m_at++ = '"';
    }
    void string(QByteArrayView s)
    {
        *m_at++ = '"';
        const char* p = s.data();
        const char* const end = p + s.size();
        // Eight bytes at a time while none of them needs a look: most text has few quotes.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (needsLook(word)) {
                for (const char* const stop = p + 8; p != stop; ++p)
                    put(*p);
            } else {
                std::memcpy(m_at, p, 8);
                m_at += 8;
                p += 8;
            }
        }
        for (; p != end; ++p)
            put(*p);
        *m_at++ = '"';
    }

    bool exact() const { return m_exact; }
    const char* data() const { return m_start; }
    size_t size() const { return size_t(m_at - m_start); }

private:
    // Whether any of the word's eight bytes is a quote, a backslash or a control character (the
    // classic zero-byte tests: exact about "any", which is all that is asked).
    static bool needsLook(quint64 word)
    {
        constexpr quint64 kOnes = 0x0101010101010101ULL;
        constexpr quint64 kHighs = 0x8080808080808080ULL;
        const auto hasZeroByte = [](quint64 x) { return (x - kOnes) & ~x & kHighs; };
        const quint64 controls = (word - kOnes * 0x20) & ~word & kHighs;
        return (hasZeroByte(word ^ (kOnes * '"')) | hasZeroByte(word ^ (kOnes * '\\')) | controls) != 0;
    }
    void put(char c)
    {
        if (static_cast<unsigned char>(c) < 0x20)
            m_exact = false;
        if (c == '"' || c == '\\')
            *m_at++ = '\\';
        *m_at++ = c;
    }

    char* m_start = nullptr;
    char* m_at = nullptr;
    bool m_exact = true;
};

template<size_t N> void key(CanonicalRow& text, const char (&literal)[N])
{
    text.key(literal, N - 1);
}

// Whether the row's stored hash (already read into `e`) is the hash of its contents; `e` holds
// the row's integers, read already.
bool rowHashMatches(const PgRow& row, const WalkedEntry& e, std::vector<char>& room)
{
    const qint64 request = row.isNull(RequestId) ? 0 : row.integer(RequestId);
    const qint64 at = row.integer(At);
    const QByteArrayView actor = row.value(Actor);
    const QByteArrayView event = row.value(Event);
    const QByteArrayView payload = row.value(Payload);
    const QByteArrayView prev = row.value(PrevHash);
    CanonicalRow text(room, size_t(160 + 2 * (actor.size() + event.size() + payload.size() + prev.size()) + 6 * 22));
    key(text, "{\"actor\":");
    text.string(actor);
    key(text, ",\"at\":");
    text.number(at);
    if (e.chain != 0) {
        key(text, ",\"chain\":");
        text.number(e.chain);
        key(text, ",\"chainSeq\":");
        text.number(e.chainSeq);
    }
    key(text, ",\"event\":");
    text.string(event);
    key(text, ",\"payload\":");
    text.string(payload);
    key(text, ",\"prev\":");
    text.string(prev);
    key(text, ",\"request\":");
    text.number(request);
    key(text, ",\"seq\":");
    text.number(e.seq);
    key(text, "}");
    unsigned char digest[SHA256_DIGEST_LENGTH];
    if (text.exact() && sha256Raw(text.data(), text.size(), digest)) {
        char hex[StoredHash::kDigits];
        writeHex(digest, sizeof digest, hex);
        return e.hash.isDigest() && std::memcmp(hex, e.hash.text.data(), sizeof hex) == 0;
    }
    // A control character (escaped by the general writer) or libcrypto unusable: the slow path.
    AuditEntry entry;
    entry.seq = e.seq;
    entry.at = at;
    entry.actor = QString::fromUtf8(actor);
    entry.event = QString::fromUtf8(event);
    entry.requestId = request;
    entry.payload = QString::fromUtf8(payload);
    entry.prevHash = QString::fromUtf8(prev);
    entry.chain = e.chain;
    entry.chainSeq = e.chainSeq;
    return AuditLog::entryHash(entry) == QString::fromUtf8(row.value(Hash));
}

} // namespace

WalkedEntry walkedEntryOfRow(const PgRow& row, std::vector<char>& room)
{
    WalkedEntry e;
    e.seq = row.integer(Seq);
    e.chain = row.integer(Chain);
    e.chainSeq = row.integer(ChainSeq);
    e.prev = StoredHash::unchecked(row.value(PrevHash));
    e.hash = StoredHash::unchecked(row.value(Hash));
    e.event = QUtf8StringView(row.value(Event));
    e.hashMatches = rowHashMatches(row, e, room);
    e.placed = !row.isNull(Chain) && !row.isNull(ChainSeq);
    return e;
}

Result<std::vector<ChainHead>> chainHeads(Database& db, qint64 from, qint64 to)
{
    std::vector<ChainHead> heads;
    auto rows = db.exec(
        QStringLiteral("SELECT chain, seq, hash FROM audit_chains WHERE chain >= ? AND chain < ? ORDER BY chain"),
        { from, to });
    CS_TRY(rows);
    while (rows->next())
        heads.push_back({ rows->value(0).toLongLong(), rows->value(1).toLongLong(),
                          StoredHash::checked(rows->value(2).toString()) });
    rows->finish();
    return heads;
}

Status readRowsInTurns(PgCopyOut& copy, const std::function<bool(qint64 entries)>& onBatch, int batchRows,
                       const std::function<void(const PgRows& rows)>& check)
{
    const int batch = batchRows > 0 ? batchRows : 8192;
    PgRows checking;
    PgRows spare;
    std::future<void> checked;
    for (;;) {
        auto read = copy.fetch(batch, std::move(spare));
        if (checked.valid())
            checked.get();
        spare = std::move(checking);
        CS_TRY(read);
        if (read->count() == 0)
            break;
        if (onBatch && !onBatch(read->count()))
            return Error::conflict(CoreText::tr("The audit chain verification was cancelled."));
        checking = std::move(*read);
        checked = std::async(std::launch::async, [&checking, &check] { check(checking); });
    }
    return {};
}

} // namespace cs::auditcheck
