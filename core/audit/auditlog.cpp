#include <QJsonDocument>
#include <algorithm>
#include <atomic>
#include <core/audit/auditchainverifier.h>
#include <core/audit/auditlog.h>
#include <core/audit/auditrow.h>
#include <core/audit/auditstoredorderscan.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/storage/dialect.h>
#include <core/storage/placeholders.h>
#include <future>
#include <optional>

namespace cs {
namespace {

// Values bound in one IN (...) list: longer lists are read in slices.
constexpr qsizetype kListSize = 500;

// `seqs` a slice at a time, each bound as the first values of the statement `read` makes for it;
// what they read comes back by position.
template<typename T, typename Read> Result<QList<T>> inSlices(const QList<qint64>& seqs, Read read)
{
    QList<T> out;
    for (qsizetype at = 0; at < seqs.size(); at += kListSize) {
        QVariantList values;
        for (qint64 seq : seqs.mid(at, kListSize))
            values << seq;
        auto some = read(values);
        CS_TRY(some);
        out += *some;
    }
    if (seqs.size() > kListSize)
        std::sort(out.begin(), out.end(), [](const T& a, const T& b) { return a.seq < b.seq; });
    return out;
}

Result<QList<AuditPosition>> positionsOf(Result<QSqlQuery> rows)
{
    CS_TRY(rows);
    QList<AuditPosition> out;
    while (rows->next())
        out.append({ rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString() });
    rows->finish();
    return out;
}

} // namespace

QJsonObject AuditEntry::payloadObject() const
{
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

AuditLog::AuditLog(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString AuditLog::entryHash(const AuditEntry& e)
{
    // The canonical text written directly, byte for byte what QJsonDocument makes of the object
    // below (keys sorted), because verify hashes every entry and the object costs 4x the hash.
    QByteArray text;
    text.reserve(160 + 3 * (e.actor.size() + e.event.size() + e.payload.size() + e.prevHash.size()));
    const auto field = [&text](const char* keyWithQuotes, QStringView value) {
        text.append(keyWithQuotes);
        return appendJsonString(text, value);
    };
    bool exact = field("{\"actor\":", e.actor) && field(",\"at\":", QString::number(e.at));
    if (e.chain != 0)
        exact = exact && field(",\"chain\":", QString::number(e.chain))
            && field(",\"chainSeq\":", QString::number(e.chainSeq));
    exact = exact && field(",\"event\":", e.event) && field(",\"payload\":", e.payload)
        && field(",\"prev\":", e.prevHash) && field(",\"request\":", QString::number(e.requestId))
        && field(",\"seq\":", QString::number(e.seq));
    if (exact) {
        text.append('}');
        return sha256Hex(text);
    }
    return sha256Hex(canonicalJson(entryObject(e)));
}

QJsonObject AuditLog::entryObject(const AuditEntry& e)
{
    QJsonObject fields { { QStringLiteral("seq"), QString::number(e.seq) },
                         { QStringLiteral("at"), QString::number(e.at) },
                         { QStringLiteral("actor"), e.actor },
                         { QStringLiteral("event"), e.event },
                         { QStringLiteral("request"), QString::number(e.requestId) },
                         { QStringLiteral("payload"), e.payload },
                         { QStringLiteral("prev"), e.prevHash } };
    // Entries of request chains also commit to their chain and position (the global chain's
    // entries hash as they always did, so logs written before chains existed still verify).
    if (e.chain != 0) {
        fields.insert(QStringLiteral("chain"), QString::number(e.chain));
        fields.insert(QStringLiteral("chainSeq"), QString::number(e.chainSeq));
    }
    return fields;
}

Status AuditLog::append(const QString& actor, const QString& event, qint64 requestId, const QJsonObject& payload)
{
    return appendAll(actor, requestId, { { event, payload } });
}

Status AuditLog::appendAll(const QString& actor, qint64 requestId, const QList<AuditRecord>& records)
{
    if (records.isEmpty())
        return {};
    return m_db.transaction([&]() -> Status {
        const qint64 chain = requestId > 0 ? requestId : 0;
        const bool postgres = m_db.engine() == Database::Engine::Postgres;
        if (m_heldIn != m_db.transactionSerial()) {
            m_heldIn = m_db.transactionSerial();
            m_heldHeads.clear();
            m_notified = false;
        }
        const auto held = m_heldHeads.constFind(chain);
        bool exists = held != m_heldHeads.constEnd();
        QPair<qint64, QString> head = exists ? *held : QPair<qint64, QString>();
        QList<qint64> seqs; // PostgreSQL: the entries' global positions
        if (!exists) {
            // Only this chain's head is locked: appends to other requests' chains run alongside. On
            // PostgreSQL the positions come in the same round trip, drawn after the lock is granted
            // (outside the locking subquery), so a chain's entries are in global order too.
            auto q = postgres
                ? m_db.execKept(QStringLiteral("SELECT h.seq, h.hash, nextval('audit_log_seq') FROM "
                                               "(SELECT seq, hash FROM audit_chains WHERE chain = ? "
                                               "FOR UPDATE) h CROSS JOIN generate_series(1, ?)"),
                                { chain, records.size() })
                : m_db.execKept(QStringLiteral("SELECT seq, hash FROM audit_chains WHERE chain = ?"), { chain });
            CS_TRY(q);
            while (q->next()) {
                exists = true;
                head = { q->value(0).toLongLong(), q->value(1).toString() };
                if (postgres)
                    seqs.append(q->value(2).toLongLong());
            }
            q->finish();
        }
        if (postgres && seqs.isEmpty()) {
            // A new chain (nothing to lock), or a head this transaction already holds.
            auto q = m_db.execKept(QStringLiteral("SELECT nextval('audit_log_seq') FROM generate_series(1, ?)"),
                                   { records.size() });
            CS_TRY(q);
            while (q->next())
                seqs.append(q->value(0).toLongLong());
            q->finish();
        }
        if (postgres && seqs.size() != records.size())
            return Error::storage(CoreText::tr("The database gave %1 audit positions for %2 entries.")
                                      .arg(seqs.size())
                                      .arg(records.size()));
        std::sort(seqs.begin(), seqs.end()); // rows may come in any order; positions go out in increasing order

        const QString insertEntry
            = QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kAuditColumns);
        QVariantList values;
        QStringList rows;
        const qint64 at = m_clock.nowMs();
        QList<Rider> riders;
        for (int i = 0; i < records.size(); ++i) {
            AuditEntry e;
            e.chain = chain;
            e.chainSeq = head.first + 1;
            e.prevHash = head.second;
            if (postgres) {
                e.seq = seqs.at(i);
            } else {
                // SQLite: one writer at a time, so the next number is free; read after the previous entry is in.
                auto seq = m_db.exec(Dialect::nextAuditSeq(m_db.engine()));
                CS_TRY(seq);
                e.seq = seq->next() ? seq->value(0).toLongLong() : 0;
                seq->finish();
            }
            e.at = at;
            e.actor = actor;
            e.event = records.at(i).event;
            e.requestId = requestId;
            e.payload = QString::fromUtf8(canonicalJson(records.at(i).payload));
            e.hash = entryHash(e);
            const QVariantList entryValues {
                e.seq,     e.at,       e.actor, e.event, requestId > 0 ? QVariant(requestId) : QVariant(),
                e.payload, e.prevHash, e.hash,  e.chain, e.chainSeq
            };
            if (postgres) {
                values << entryValues;
                rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            } else {
                // SQLite allows no INSERT or UPDATE inside WITH, and runs in-process: no round trips to save.
                CS_TRY(m_db.execKept(insertEntry, entryValues));
            }
            head = { e.chainSeq, e.hash };
            if (m_observer)
                if (std::optional<Rider> rider = m_observer(e))
                    riders.append(std::move(*rider));
        }
        const QString moveHead = exists
            ? QStringLiteral("UPDATE audit_chains SET seq = ?, hash = ? WHERE chain = ?")
            : QStringLiteral("INSERT INTO audit_chains (seq, hash, chain) VALUES (?, ?, ?)");
        const QVariantList headValues { head.first, head.second, chain };
        if (postgres) {
            // One round trip for the entries, their head and (once per transaction, delivered at
            // commit) the notification that tells every client something changed: round trips are
            // what a decision costs the client at high concurrency, not the server's work.
            QStringList ctes { QStringLiteral("entry AS (INSERT INTO audit_log (%1) VALUES %2)")
                                   .arg(kAuditColumns, rows.join(QStringLiteral(", "))) };
            // The riders, one multi-row INSERT per table, in the order first asked for.
            QStringList riderInserts;
            QHash<QString, QStringList> riderRows;
            for (const Rider& rider : std::as_const(riders)) {
                if (!riderRows.contains(rider.insert))
                    riderInserts.append(rider.insert);
                riderRows[rider.insert].append(QStringLiteral("(%1)").arg(placeholders(rider.values.size())));
            }
            for (const QString& insert : std::as_const(riderInserts)) {
                ctes << QStringLiteral("rider%1 AS (%2 VALUES %3)")
                            .arg(ctes.size())
                            .arg(insert, riderRows.value(insert).join(QStringLiteral(", ")));
                for (const Rider& rider : std::as_const(riders))
                    if (rider.insert == insert)
                        values << rider.values;
            }
            values << headValues;
            const bool notify = !m_notified;
            if (notify) {
                values << QString::number(seqs.last());
                ctes << QStringLiteral("head AS (%1)").arg(moveHead);
            }
            CS_TRY(m_db.execKept(
                QStringLiteral("WITH %1 %2")
                    .arg(ctes.join(QStringLiteral(", ")),
                         notify ? QStringLiteral("SELECT pg_notify('countersign_changes', ?)") : moveHead),
                values));
        } else {
            CS_TRY(m_db.execKept(moveHead, headValues));
            for (const Rider& rider : std::as_const(riders))
                CS_TRY(
                    m_db.execKept(rider.insert + QStringLiteral(" VALUES (%1)").arg(placeholders(rider.values.size())),
                                  rider.values));
        }
        m_notified = true;
        m_heldHeads.insert(chain, head);
        return {};
    });
}

Result<qint64> AuditLog::headSeq()
{
    auto q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log"));
    CS_TRY(q);
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 requestId, int limit, qint64 afterSeq)
{
    auto q = requestId > 0
        ? m_db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE request_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                        .arg(kAuditColumns),
                    { requestId, afterSeq, limit })
        : m_db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?").arg(kAuditColumns),
                    { afterSeq, limit });
    return auditEntriesOf(std::move(q));
}

Result<QHash<qint64, QList<AuditEntry>>> AuditLog::entriesOfRequests(qint64 firstId, qint64 lastId, int perRequestLimit)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE request_id >= ? AND request_id <= ? "
                                      "ORDER BY request_id, seq")
                           .arg(kAuditColumns),
                       { firstId, lastId });
    CS_TRY(q);
    QHash<qint64, QList<AuditEntry>> out;
    while (q->next()) {
        AuditEntry e = auditEntryFromRow(*q);
        QList<AuditEntry>& trail = out[e.requestId];
        if (trail.size() < perRequestLimit)
            trail.append(std::move(e));
    }
    q->finish();
    return out;
}

Result<int> AuditLog::countActedBy(const QString& actor)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = ?"), { actor });
    CS_TRY(q);
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<AuditEntry>> AuditLog::entriesAt(const QList<qint64>& seqs)
{
    return inSlices<AuditEntry>(seqs, [this](const QVariantList& some) {
        return auditEntriesOf(m_db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE seq IN (%2) ORDER BY seq")
                                            .arg(kAuditColumns, placeholders(some.size())),
                                        some));
    });
}

Result<QList<AuditPosition>> AuditLog::positionsAfter(qint64 afterSeq, int limit)
{
    return positionsOf(
        m_db.exec(QStringLiteral("SELECT seq, event, actor FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"),
                  { afterSeq, limit }));
}

Result<QList<AuditPosition>> AuditLog::positionsAt(const QList<qint64>& seqs)
{
    return inSlices<AuditPosition>(seqs, [this](const QVariantList& some) {
        return positionsOf(m_db.exec(QStringLiteral("SELECT seq, event, actor FROM audit_log WHERE seq IN (%1) "
                                                    "ORDER BY seq")
                                         .arg(placeholders(some.size())),
                                     some));
    });
}

Result<QList<AuditEntry>> AuditLog::entriesAtOnRequestsOf(const QString& requester, const QList<qint64>& seqs)
{
    return inSlices<AuditEntry>(seqs, [this, &requester](const QVariantList& some) {
        return auditEntriesOf(m_db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE seq IN (%2) AND EXISTS "
                                                       "(SELECT 1 FROM requests r WHERE r.id = audit_log.request_id "
                                                       "AND r.requester = ?) ORDER BY seq")
                                            .arg(kAuditColumns, placeholders(some.size())),
                                        some + QVariantList { requester }));
    });
}

Result<QList<AuditEntry>> AuditLog::newest(int limit, qint64 beforeSeq, const AuditFilter& filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE 1 = 1").arg(kAuditColumns);
    QVariantList values;
    if (beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        values.append(beforeSeq);
    }
    filter.addConditions(&sql, &values);
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values.append(limit);
    return auditEntriesOf(m_db.exec(sql, values));
}

Result<AuditVerification> AuditLog::verify(const Progress& progress)
{
    // All parts report to one count; once the caller says stop, all stop at their next batch.
    std::atomic<qint64> read { 0 };
    std::atomic<bool> stopped { false };
    const ChainBatchRead onBatch = [&](qint64 entries) {
        const qint64 total = read.fetch_add(entries) + entries;
        if (progress && !stopped && !progress(total))
            stopped = true;
        return !stopped;
    };

    constexpr int kParts = 2;
    ChainRangeVerification result;
    // A log that holds, the usual case, is cleared fastest read in the order it is stored; one
    // that does not is walked again in chain order, which names its first problem.
    auto screened = screenChainsInStoredOrder(m_db, onBatch, kParts);
    CS_TRY(screened);
    if (*screened) {
        result.verification.entriesChecked = **screened;
    } else {
        read = 0; // the progress counts the walk from its start
        auto walked = verifyAllInChainOrder(m_db, kParts, onBatch);
        CS_TRY(walked);
        result = *walked;
    }

    // Every request has a trail; a request whose chain vanished with its head is noticed here.
    qint64 trailless = 0;
    CS_TRY(m_db.readSnapshot([&]() -> Status {
        // Two sorted primary keys merge faster than PostgreSQL's parallel hash plan, whose
        // workers only compete for the cores verify has just used (163 ms vs 388 at 1M).
        if (m_db.engine() == Database::Engine::Postgres)
            CS_TRY(m_db.exec(QStringLiteral("SET LOCAL max_parallel_workers_per_gather = 0")));
        auto orphans = m_db.exec(QStringLiteral(
            "SELECT r.id FROM requests r WHERE NOT EXISTS (SELECT 1 FROM audit_chains c WHERE c.chain = r.id) "
            "AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.request_id = r.id) ORDER BY r.id LIMIT 1"));
        CS_TRY(orphans);
        trailless = orphans->next() ? orphans->value(0).toLongLong() : 0;
        return {};
    }));
    if (trailless > 0) {
        ChainRangeVerification missing;
        missing.verification.intact = false;
        missing.verification.problem = CoreText::tr("The audit trail of request #%1 is missing.").arg(trailless);
        missing.reportKey = std::numeric_limits<qint64>::max() - 1;
        result.merge(missing);
    }
    return result.verification;
}

} // namespace cs
