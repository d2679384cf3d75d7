#include <QJsonDocument>
#include <atomic>
#include <core/audit/auditchainverifier.h>
#include <core/audit/auditlog.h>
#include <core/audit/auditrow.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/storage/dialect.h>
#include <future>
#include <optional>

namespace cs {
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
    return m_db.transaction([&]() -> Status {
        AuditEntry e;
        e.chain = requestId > 0 ? requestId : 0;
        if (m_heldIn != m_db.transactionSerial()) {
            m_heldIn = m_db.transactionSerial();
            m_heldHeads.clear();
            m_notified = false;
        }
        const auto held = m_heldHeads.constFind(e.chain);
        bool exists = held != m_heldHeads.constEnd();
        if (exists) {
            e.chainSeq = held->first + 1;
            e.prevHash = held->second;
        } else {
            // Only this chain's head is locked: appends to other requests' chains run alongside.
            auto head = m_db.execKept(QStringLiteral("SELECT seq, hash FROM audit_chains WHERE chain = ?")
                                          + Dialect::lockForUpdate(m_db.engine()),
                                      { e.chain });
            CS_TRY(head);
            exists = head->next();
            e.chainSeq = exists ? head->value(0).toLongLong() + 1 : 1;
            e.prevHash = exists ? head->value(1).toString() : QString();
            head->finish();
        }
        auto seq = m_db.exec(Dialect::nextAuditSeq(m_db.engine()));
        CS_TRY(seq);
        e.seq = seq->next() ? seq->value(0).toLongLong() : 0;
        seq->finish();
        e.at = m_clock.nowMs();
        e.actor = actor;
        e.event = event;
        e.requestId = requestId;
        e.payload = QString::fromUtf8(canonicalJson(payload));
        e.hash = entryHash(e);
        const QString insertEntry
            = QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kAuditColumns);
        const QString moveHead = exists
            ? QStringLiteral("UPDATE audit_chains SET seq = ?, hash = ? WHERE chain = ?")
            : QStringLiteral("INSERT INTO audit_chains (seq, hash, chain) VALUES (?, ?, ?)");
        QVariantList values { e.seq,     e.at,       e.actor, e.event, requestId > 0 ? QVariant(requestId) : QVariant(),
                              e.payload, e.prevHash, e.hash,  e.chain, e.chainSeq };
        values << e.chainSeq << e.hash << e.chain;
        if (m_db.engine() == Database::Engine::Postgres) {
            // One round trip for the entry, its head and (once per transaction, delivered at commit)
            // the notification that tells every client something changed: round trips are what a
            // decision costs the client at high concurrency, not the server's work.
            const bool notify = !m_notified;
            if (notify)
                values << QString::number(e.seq);
            CS_TRY(m_db.execKept(
                notify ? QStringLiteral("WITH entry AS (%1), head AS (%2) SELECT pg_notify('countersign_changes', ?)")
                             .arg(insertEntry, moveHead)
                       : QStringLiteral("WITH entry AS (%1) %2").arg(insertEntry, moveHead),
                values));
        } else {
            // SQLite allows no INSERT or UPDATE inside WITH, and runs in-process: no round trips to save.
            CS_TRY(m_db.execKept(insertEntry, values.mid(0, 10)));
            CS_TRY(m_db.execKept(moveHead, values.mid(10)));
        }
        m_notified = true;
        m_heldHeads.insert(e.chain, { e.chainSeq, e.hash });
        return m_observer ? m_observer(e) : Status();
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

Result<QList<AuditEntry>> AuditLog::newest(int limit, qint64 beforeSeq)
{
    auto q = beforeSeq > 0
        ? m_db.exec(
            QStringLiteral("SELECT %1 FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?").arg(kAuditColumns),
            { beforeSeq, limit })
        : m_db.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT ?").arg(kAuditColumns), { limit });
    return auditEntriesOf(std::move(q));
}

Result<AuditVerification> AuditLog::verify(const Progress& progress)
{
    // Both ranges report to one count; once the caller says stop, both stop at their next batch.
    std::atomic<qint64> read { 0 };
    std::atomic<bool> stopped { false };
    const ChainBatchRead onBatch = [&](qint64 entries) {
        const qint64 total = read.fetch_add(entries) + entries;
        if (progress && !stopped && !progress(total))
            stopped = true;
        return !stopped;
    };

    // Chains are verified on their own (verifyChainRange); the first problem reported is the one
    // at the lowest global position. The upper half of the chains is verified on a second
    // connection in parallel (both cores read and hash); without one, here after the lower half.
    auto bounds = m_db.exec(QStringLiteral("SELECT MIN(chain), MAX(chain) FROM audit_chains"));
    CS_TRY(bounds);
    const bool any = bounds->next() && !bounds->value(0).isNull();
    const qint64 lowest = any ? bounds->value(0).toLongLong() : 0;
    const qint64 highest = any ? bounds->value(1).toLongLong() : 0;
    bounds->finish();
    const qint64 split = lowest + (highest - lowest) / 2 + 1;
    constexpr qint64 kBottom = std::numeric_limits<qint64>::min();
    constexpr qint64 kTop = std::numeric_limits<qint64>::max();

    using Upper = std::optional<Result<ChainRangeVerification>>; // empty: no second connection
    std::future<Upper> upper = std::async(std::launch::async, [open = m_db.opener(), split, &onBatch]() -> Upper {
        auto db = open();
        if (!db.ok())
            return std::nullopt;
        return verifyChainRange(**db, split, kTop, onBatch);
    });
    auto lower = verifyChainRange(m_db, kBottom, split, onBatch);
    Upper upperResult = upper.get();
    CS_TRY(lower);
    ChainRangeVerification result = *lower;
    if (!upperResult)
        upperResult = verifyChainRange(m_db, split, kTop, onBatch);
    CS_TRY(*upperResult);
    result.merge(**upperResult);

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
        missing.reportKey = kTop - 1;
        result.merge(missing);
    }
    return result.verification;
}

} // namespace cs
