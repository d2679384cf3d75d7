#include <QRegularExpression>
#include <core/audit/auditrow.h>
#include <core/audit/auditrowcheck.h>
#include <core/audit/auditstoredorderscan.h>
#include <core/audit/chainruns.h>
#include <core/storage/parallelparts.h>
#include <core/storage/pgcopy.h>
#include <limits>

namespace cs {
namespace {

using auditcheck::ChainRuns;

// The log's pages [from, to) in the order stored, each entry hashed and given to `scan`. COPY takes
// no bound values: the range is bound into settings of this transaction, which it reads.
Status scanPages(Database& db, qint64 from, qint64 to, const ChainBatchRead& onBatch, int batchRows, ChainRuns* scan)
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
    return auditcheck::readRowsInTurns(*copy, onBatch, batchRows,
                                       [scan](const PgRows& rows) { auditcheck::hashRows(rows, *scan); });
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
        auto heads = auditcheck::chainHeads(db, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        CS_TRY(heads);
        // A chain no request has (below 0), or numbers too high or too sparse: the walk does it.
        if (!heads->empty()
            && (heads->front().chain < 0 || heads->back().chain >= auditcheck::kMostChainPlaces
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
        std::vector<ChainRuns> scans;
        scans.reserve(size_t(parts));
        for (int part = 0; part < parts; ++part)
            scans.emplace_back(places);
        const auto scanned
            = runInParts<Status>(db, parts, [&](Database& on, int part, bool own) -> std::optional<Status> {
                  ChainRuns* runs = &scans[size_t(part)];
                  if (!own) // this transaction's snapshot
                      return scanPages(on, cuts.at(part), cuts.at(part + 1), onBatch, batchRows, runs);
                  bool shared = false;
                  Status read = on.readSnapshot([&]() -> Status {
                      CS_TRY(on.exec(QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(snapshot)));
                      shared = true;
                      return scanPages(on, cuts.at(part), cuts.at(part + 1), onBatch, batchRows, runs);
                  });
                  if (!shared) // another server behind the same address, say: read it on `db` instead
                      return std::nullopt;
                  return read;
              });
        for (const Status& part : scanned)
            CS_TRY(part);
        qint64 entries = 0;
        for (const ChainRuns& scan : scans) {
            if (scan.spoiled())
                return {};
            entries += scan.entries();
        }
        if (auditcheck::chainsLinkUp(*heads, places, scans))
            checked = entries;
        return {};
    });
    if (unshared)
        return std::optional<qint64>();
    CS_TRY(read);
    return checked;
}

} // namespace cs
