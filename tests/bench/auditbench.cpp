// Audit verification rate: a long, valid log written in bulk (hashes computed as AuditLog does),
// then the auditor's whole check over all of it (verifyIntegrity: the chains, then every request
// against its submission). The entries go into one global chain, or (spread) take turns among the
// requests' chains, interleaved as in a live log.
#include <QElapsedTimer>
#include <bench/benchmark.h>
#include <core/admin/integritycheck.h>
#include <core/audit/auditchainverifier.h>
#include <core/audit/auditlog.h>
#include <core/audit/auditstoredorderscan.h>
#include <core/common/canonicaljson.h>

QJsonObject measureAuditVerify(Bench& b, qint64 entries, bool spread)
{
    cs::Database& db = b.ws->database();
    auto head = db.exec(QStringLiteral("SELECT seq, hash FROM audit_chains WHERE chain = 0"));
    mustOk(head, QStringLiteral("global chain head"));
    qint64 chainSeq = head->next() ? head->value(0).toLongLong() : 0;
    QString previous = head->value(1).toString();
    head->finish();
    auto top = db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log"));
    mustOk(top, QStringLiteral("highest audit position"));
    qint64 seq = top->next() ? top->value(0).toLongLong() : 0;
    top->finish();

    // Bulk copies have no trail: give each the entry its submission would have written (in its own
    // chain), then extend the global chain up to the requested number of entries.
    auto bare = db.exec(QStringLiteral("SELECT r.id, r.digest FROM requests r WHERE NOT EXISTS (SELECT 1 FROM "
                                       "audit_log a WHERE a.request_id = r.id) ORDER BY r.id"));
    mustOk(bare, QStringLiteral("requests without trail"));
    QList<qint64> trailless;
    QHash<qint64, QString> digests; // what each submission recorded, for the check against the requests
    while (bare->next()) {
        trailless << bare->value(0).toLongLong();
        digests.insert(trailless.last(), bare->value(1).toString());
    }
    bare->finish();
    const qint64 globalEntries = qMax<qint64>(0, entries - trailless.size());
    progress(QStringLiteral("writing %1 audit entries").arg(trailless.size() + globalEntries));
    QElapsedTimer writing;
    writing.start();
    const int batch = 200;
    must(db.transaction([&]() -> cs::Status {
        const auto flush = [&](const QList<cs::AuditEntry>& pending) -> cs::Status {
            QStringList rows;
            QVariantList values;
            for (const cs::AuditEntry& e : pending) {
                rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                values << e.seq << e.at << e.actor << e.event << (e.requestId > 0 ? QVariant(e.requestId) : QVariant())
                       << e.payload << e.prevHash << e.hash << e.chain << e.chainSeq;
            }
            CS_TRY(db.exec(QStringLiteral("INSERT INTO audit_log (seq, at, actor, event, request_id, payload, "
                                          "prev_hash, hash, chain, chain_seq) VALUES ")
                               + rows.join(QStringLiteral(", ")),
                           values));
            return cs::Status();
        };
        QList<cs::AuditEntry> pending;
        QHash<qint64, QPair<qint64, QString>> requestHeads; // spread: each chain's position and hash so far
        QStringList heads;
        QVariantList headValues;
        for (qint64 id : std::as_const(trailless)) {
            cs::AuditEntry e;
            e.seq = ++seq;
            e.chain = id;
            e.chainSeq = 1;
            e.requestId = id;
            e.at = 1700000000000 + e.seq;
            e.actor = QStringLiteral("u%1").arg(id % 1000);
            e.event = QStringLiteral("request.submitted");
            e.payload = QString::fromUtf8(cs::canonicalJson(
                QJsonObject { { QStringLiteral("bulk"), true }, { QStringLiteral("digest"), digests.value(id) } }));
            e.hash = cs::AuditLog::entryHash(e);
            pending << e;
            if (spread)
                requestHeads.insert(id, { 1, e.hash });
            heads << QStringLiteral("(?, 1, ?)");
            headValues << id << e.hash;
            if (pending.size() == batch) {
                CS_TRY(flush(pending));
                CS_TRY(db.exec(QStringLiteral("INSERT INTO audit_chains (chain, seq, hash) VALUES ")
                                   + heads.join(QStringLiteral(", ")),
                               headValues));
                pending.clear();
                heads.clear();
                headValues.clear();
            }
        }
        if (!pending.isEmpty()) {
            CS_TRY(flush(pending));
            CS_TRY(db.exec(QStringLiteral("INSERT INTO audit_chains (chain, seq, hash) VALUES ")
                               + heads.join(QStringLiteral(", ")),
                           headValues));
            pending.clear();
        }
        // The entries beyond the submissions: in the global chain, or (spread) taking turns among
        // the requests' chains, interleaved as a live log's are.
        for (qint64 done = 0; done < globalEntries; ++done) {
            cs::AuditEntry e;
            e.seq = ++seq;
            QPair<qint64, QString>* at = nullptr;
            if (spread && !trailless.isEmpty()) {
                e.chain = e.requestId = trailless.at(qsizetype(done % trailless.size()));
                at = &requestHeads[e.chain];
                e.chainSeq = ++at->first;
                e.prevHash = at->second;
            } else {
                e.chainSeq = ++chainSeq;
                e.prevHash = previous;
            }
            e.at = 1700000000000 + e.seq;
            e.actor = QStringLiteral("u%1").arg(e.seq % 1000);
            e.event = QStringLiteral("bench.event");
            e.payload = QStringLiteral("{\"n\":%1}").arg(e.seq);
            e.hash = cs::AuditLog::entryHash(e);
            (at ? at->second : previous) = e.hash;
            pending << e;
            if (pending.size() == batch) {
                CS_TRY(flush(pending));
                pending.clear();
            }
        }
        if (!pending.isEmpty())
            CS_TRY(flush(pending));
        CS_TRY(db.exec(QStringLiteral("UPDATE audit_chains SET seq = ?, hash = ? WHERE chain = 0"),
                       { chainSeq, previous }));
        for (auto it = requestHeads.cbegin(); it != requestHeads.cend(); ++it)
            CS_TRY(db.exec(QStringLiteral("UPDATE audit_chains SET seq = ?, hash = ? WHERE chain = ?"),
                           { it->first, it->second, it.key() }));
        if (db.engine() == cs::Database::Engine::Postgres)
            CS_TRY(db.exec(QStringLiteral("SELECT setval('audit_log_seq', ?)"), { seq }));
        return cs::Status();
    }),
         QStringLiteral("audit entries"));
    const double writeSeconds = writing.nsecsElapsed() / 1e9;
    // A million rows written in one transaction: on a live database autovacuum (PostgreSQL: the
    // visibility hints their first reader would otherwise set) and checkpoints (both engines:
    // SQLite would otherwise read them back through a write-ahead log of a million rows) have long
    // dealt with them. Do that here, outside the timing.
    if (db.engine() == cs::Database::Engine::Postgres) {
        for (const char* table : { "audit_log", "audit_chains", "requests" })
            mustOk(db.exec(QStringLiteral("VACUUM ANALYZE %1").arg(QLatin1String(table))), QStringLiteral("vacuum"));
        if (!db.exec(QStringLiteral("CHECKPOINT")).ok())
            progress(QStringLiteral("CHECKPOINT needs a superuser; verify may share the machine with one"));
    } else {
        mustOk(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QStringLiteral("checkpoint"));
    }

    // Five runs, the median reported (one run on this machine varies by 15-40%), the first beside it.
    QList<double> runs;
    qint64 entriesChecked = 0;
    qint64 requestsChecked = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer verifying;
        verifying.start();
        auto v = cs::verifyIntegrity(db, b.ws->clock());
        runs << verifying.nsecsElapsed() / 1e9;
        mustOk(v, QStringLiteral("verify"));
        if (!v->intact)
            fail(QStringLiteral("the benchmark chain does not verify: ") + v->problem);
        entriesChecked = v->entriesChecked;
        requestsChecked = v->requestsChecked;
    }
    const double seconds = percentile(runs, 50);
    // The chains alone (what the entries' rate is about), beside the whole check above, which
    // also reads every request back and checks the signed checkpoints.
    QList<double> chainRuns;
    qint64 chainEntries = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer verifying;
        verifying.start();
        auto v = b.ws->audit().verify();
        chainRuns << verifying.nsecsElapsed() / 1e9;
        mustOk(v, QStringLiteral("verify chains"));
        if (!v->intact)
            fail(QStringLiteral("the benchmark chains do not verify: ") + v->problem);
        chainEntries = v->entriesChecked;
    }
    const double chainSeconds = percentile(chainRuns, 50);
    // The requests alone: each read back (screened first) against its submission's digest.
    QList<double> requestRuns;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer checking;
        checking.start();
        auto r = cs::checkRequests(db, [] { return true; });
        requestRuns << checking.nsecsElapsed() / 1e9;
        mustOk(r, QStringLiteral("check requests"));
        if (!r->problem.isEmpty())
            fail(QStringLiteral("the benchmark requests do not check: ") + r->problem);
    }
    // The two ways through the chains, taking turns so that both meet the machine in the same mood:
    // in the order stored (what clears an intact log on PostgreSQL) and in chain order (what names
    // a problem, and all SQLite has).
    QList<double> storedRuns;
    QList<double> orderedRuns;
    for (int run = 0; run < 5 && db.engine() == cs::Database::Engine::Postgres; ++run) {
        // Each goes first in turn, so neither always meets a cache the other has just warmed.
        const auto timeStored = [&] {
            QElapsedTimer timer;
            timer.start();
            auto screened = cs::screenChainsInStoredOrder(db, {}, 2);
            storedRuns << timer.nsecsElapsed() / 1e9;
            mustOk(screened, QStringLiteral("scan in stored order"));
            if (!*screened)
                fail(QStringLiteral("the scan in stored order did not clear the benchmark log"));
        };
        const auto timeOrdered = [&] {
            QElapsedTimer timer;
            timer.start();
            auto walked = cs::verifyAllInChainOrder(db, 2);
            orderedRuns << timer.nsecsElapsed() / 1e9;
            mustOk(walked, QStringLiteral("walk in chain order"));
            if (!walked->verification.intact)
                fail(QStringLiteral("the walk in chain order does not verify: ") + walked->verification.problem);
        };
        if (run % 2 == 0) {
            timeStored();
            timeOrdered();
        } else {
            timeOrdered();
            timeStored();
        }
    }
    return { { QStringLiteral("entries"), entriesChecked },
             { QStringLiteral("requests"), requestsChecked },
             { QStringLiteral("verifySecondsP50"), qRound(seconds * 100) / 100.0 },
             { QStringLiteral("verifySecondsFirstRun"), qRound(runs.first() * 100) / 100.0 },
             { QStringLiteral("entriesPerSecond"), qRound64(entriesChecked / seconds) },
             { QStringLiteral("chainsSecondsP50"), qRound(chainSeconds * 100) / 100.0 },
             { QStringLiteral("chainEntriesPerSecond"), qRound64(chainEntries / chainSeconds) },
             { QStringLiteral("requestsSecondsP50"), qRound(percentile(requestRuns, 50) * 1000) / 1000.0 },
             { QStringLiteral("storedOrderSecondsP50"),
               storedRuns.isEmpty() ? QJsonValue() : QJsonValue(qRound(percentile(storedRuns, 50) * 100) / 100.0) },
             { QStringLiteral("chainOrderSecondsP50"),
               orderedRuns.isEmpty() ? QJsonValue() : QJsonValue(qRound(percentile(orderedRuns, 50) * 100) / 100.0) },
             { QStringLiteral("layout"),
               spread ? QStringLiteral("spread over the requests' chains") : QStringLiteral("one global chain") },
             { QStringLiteral("bulkWriteSeconds"), qRound(writeSeconds * 10) / 10.0 },
             { QStringLiteral("goal"), QStringLiteral(">= 1,000,000 entries/s") } };
}
