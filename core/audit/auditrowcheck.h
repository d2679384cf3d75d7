#pragma once

#include <QAnyStringView>
#include <QByteArrayView>
#include <QStringView>
#include <array>
#include <core/common/result.h>
#include <core/storage/pgcopy.h>
#include <cstring>
#include <functional>
#include <vector>

namespace cs {

class Database;

// The pieces both audit chain checks share: the ordered walk (auditchainverifier) and the scan in
// stored order (auditstoredorderscan). Internal to core/audit.
namespace auditcheck {

// A hash as stored: its text, 64 lower-case hex digits as sha256Hex writes them, or empty (the
// first entry's "prev"). Compared as text, never decoded. An entry's own hash, read unchecked, is
// trusted only once it matched the hash of the entry's contents (which no other spelling does), and
// an entry's "prev" is compared with such a trusted hash; a hash the walk cannot check itself (a
// chain's head, the entry before a span) is read checked, so that any other spelling equals nothing.
struct StoredHash
{
    static constexpr int kDigits = 64;
    static constexpr int kUnreadable = kDigits + 1;
    std::array<char, kDigits> text {};
    int size = 0;

    // A PostgreSQL row's bytes, as they are (the hot path: two for every entry).
    static StoredHash unchecked(QByteArrayView bytes)
    {
        StoredHash h;
        h.size = bytes.size() > kDigits ? kUnreadable : int(bytes.size());
        if (h.size != kUnreadable && h.size > 0)
            std::memcpy(h.text.data(), bytes.data(), size_t(h.size));
        return h;
    }
    // Empty or a digest as sha256Hex spells it; anything else is unreadable.
    static StoredHash checked(QStringView text)
    {
        StoredHash h;
        h.size = text.isEmpty() ? 0 : kUnreadable;
        if (text.size() != kDigits)
            return h;
        for (qsizetype i = 0; i < kDigits; ++i) {
            const char16_t c = text[i].unicode();
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                return h;
            h.text[size_t(i)] = char(c);
        }
        h.size = kDigits;
        return h;
    }

    bool isDigest() const { return size == kDigits; } // true only of checked text
    bool operator==(const StoredHash& other) const
    {
        return size == other.size && size != kUnreadable
            && std::memcmp(text.data(), other.text.data(), size_t(size)) == 0;
    }
    bool operator!=(const StoredHash& other) const { return !(*this == other); }
};

// A chain's head row.
struct ChainHead
{
    qint64 chain = 0;
    qint64 seq = 0;
    StoredHash hash;
};

// What the walk needs of an entry; the event only names an altered one.
struct WalkedEntry
{
    qint64 seq = 0;
    qint64 chain = 0;
    qint64 chainSeq = 0;
    StoredHash prev;
    StoredHash hash;
    bool hashMatches = false;
    QAnyStringView event;
    // Its chain and position are stored as numbers (not NULL): a row the walk's range never reads
    // otherwise, which the scan in stored order must not count as the global chain's.
    bool placed = true;
};

// An entry of a binary COPY's row in kAuditColumns order, its hash checked against its contents
// without decoding them (a row with a control character takes AuditLog::entryHash's slow path).
WalkedEntry walkedEntryOfRow(const PgRow& row, std::vector<char>& room);

// Every entry of a binary COPY batch hashed and handed to `walk.check(const WalkedEntry&)`, in
// order; nothing is decoded unless the walk names it.
template<class Walk> void hashRows(const PgRows& rows, Walk& walk)
{
    std::vector<char> room(4096);
    for (int r = 0; r < rows.count(); ++r)
        walk.check(walkedEntryOfRow(rows.row(r), room));
}

// The head rows of the chains numbered [from, to), by chain, their hashes read checked.
Result<std::vector<ChainHead>> chainHeads(Database& db, qint64 from, qint64 to);

// Reads a binary COPY's rows a batch at a time (batchRows; 0: the usual thousands) while another
// thread hashes and checks the batch before, so reading and hashing share the cores: two batches
// take turns. `onBatch`, told each batch's size, stops the reading when it returns false.
Status readRowsInTurns(PgCopyOut& copy, const std::function<bool(qint64 entries)>& onBatch, int batchRows,
                       const std::function<void(const PgRows& rows)>& check);

} // namespace auditcheck
} // namespace cs
