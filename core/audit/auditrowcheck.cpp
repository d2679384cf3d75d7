#include <core/audit/auditlog.h>
#include <core/audit/auditrowcheck.h>
#include <core/common/canonicaljson.h>
#include <core/common/canonicalwriter.h>
#include <core/common/coretext.h>
#include <core/storage/database.h>
#include <core/storage/pgcopy.h>
#include <future>
#include <openssl/sha.h>

namespace cs::auditcheck {
namespace {

// PostgreSQL rows, in kAuditColumns order, as the server's UTF-8 text.
enum Column { Seq, At, Actor, Event, RequestId, Payload, PrevHash, Hash, Chain, ChainSeq };

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
    CanonicalWriter text(room, size_t(160 + 2 * (actor.size() + event.size() + payload.size() + prev.size()) + 6 * 22));
    text.key("{\"actor\":");
    text.string(actor);
    text.key(",\"at\":");
    text.number(at);
    if (e.chain != 0) {
        text.key(",\"chain\":");
        text.number(e.chain);
        text.key(",\"chainSeq\":");
        text.number(e.chainSeq);
    }
    text.key(",\"event\":");
    text.string(event);
    text.key(",\"payload\":");
    text.string(payload);
    text.key(",\"prev\":");
    text.string(prev);
    text.key(",\"request\":");
    text.number(request);
    text.key(",\"seq\":");
    text.number(e.seq);
    text.key("}");
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
