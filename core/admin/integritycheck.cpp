#include <QJsonDocument>
#include <atomic>
#include <core/admin/integritycheck.h>
#include <core/audit/auditcheckpoints.h>
#include <core/audit/auditevents.h>
#include <core/common/coretext.h>
#include <core/requests/requeststore.h>
#include <core/storage/parallelparts.h>
#include <optional>

namespace cs {
namespace {

struct Submission
{
    qint64 seq = 0;
    QString digest;
};

// The digests recorded when the requests (afterId, lastId] were submitted, by request.
Result<QHash<qint64, Submission>> submissions(Database& db, qint64 afterId, qint64 lastId)
{
    auto q = db.exec(QStringLiteral("SELECT request_id, seq, payload FROM audit_log WHERE request_id > ? AND "
                                    "request_id <= ? AND event = ? ORDER BY request_id, seq"),
                     { afterId, lastId, QString(AuditEvent::RequestSubmitted) });
    CS_TRY(q);
    QHash<qint64, Submission> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (out.contains(id))
            continue; // the first one counts; a second would already break the chain
        const QJsonObject payload = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        out.insert(id, { q->value(1).toLongLong(), payload.value(QStringLiteral("digest")).toString() });
    }
    return out;
}

// What checking a range of requests found: how many were checked, and the first problem in it.
struct RangeCheck
{
    qint64 checked = 0;
    qint64 seq = 0; // the broken request's submission entry (0: none, or intact)
    QString problem; // empty: intact
};

// The problem with one request read back, or an empty string.
QString problemWith(const CheckedRequest& checked, const Submission& submitted)
{
    if (!checked.request)
        return checked.problem;
    if (submitted.seq == 0)
        return CoreText::tr("Request #%1 has no submission in its audit trail.").arg(checked.id);
    if (submitted.digest != checked.request->digest)
        return CoreText::tr("Request #%1 was altered outside Countersign: its digest no longer matches the one "
                            "recorded when it was submitted (audit entry #%2).")
            .arg(checked.id)
            .arg(submitted.seq);
    return {};
}

// Checks the requests (afterId, lastId] in id order, stopping at the first problem.
// A page and its submissions are read in one snapshot, and memory stays flat however many requests there are.
Result<RangeCheck> checkRange(Database& db, qint64 afterId, qint64 lastId, int pageSize,
                              const std::function<bool()>& keepGoing)
{
    RequestStore requests(db);
    RangeCheck out;
    qint64 after = afterId;
    while (after < lastId) {
        QList<CheckedRequest> page;
        QHash<qint64, Submission> recorded;
        CS_TRY(db.readSnapshot([&]() -> Status {
            auto rows = requests.checkedPage(after, lastId, pageSize);
            CS_TRY(rows);
            page = std::move(rows).value();
            if (page.isEmpty())
                return {};
            auto found = submissions(db, after, page.last().id);
            CS_TRY(found);
            recorded = std::move(found).value();
            return {};
        }));
        if (page.isEmpty())
            break;
        for (const CheckedRequest& checked : std::as_const(page)) {
            const Submission submitted = recorded.value(checked.id);
            out.problem = problemWith(checked, submitted);
            if (!out.problem.isEmpty()) {
                out.seq = submitted.seq;
                return out; // requests come in id order: this is the range's first
            }
            ++out.checked;
        }
        after = page.last().id;
        if (!keepGoing())
            return Error::conflict(CoreText::tr("The audit chain verification was cancelled."));
    }
    return out;
}

} // namespace

namespace {

// Adds what the signed checkpoints say to a verification (its problem, if it had none).
Status applyCheckpoints(Database& db, const Clock& clock, AuditLog& log, bool sinceLast, AuditVerification& v)
{
    AuditCheckpoints checkpoints(db, log, clock);
    auto c = checkpoints.verify(sinceLast);
    CS_TRY(c);
    v.checkpointsChecked = c->checkpoints;
    v.lastCheckpoint = c->last ? c->last->number : 0;
    v.lastCheckpointSeq = c->last ? c->last->seq : 0;
    v.entriesChecked += c->entriesChecked;
    if (v.intact && !c->intact) {
        v.intact = false;
        v.firstBrokenSeq = c->firstBrokenSeq;
        v.problem = c->problem;
    }
    return {};
}

} // namespace

Result<AuditVerification> verifySinceCheckpoint(Database& db, const Clock& clock)
{
    AuditLog log(db, clock);
    AuditVerification v;
    CS_TRY(applyCheckpoints(db, clock, log, true, v));
    return v;
}

Result<AuditVerification> verifyIntegrity(Database& db, const Clock& clock, const AuditLog::Progress& progress,
                                          int pageSize)
{
    AuditLog log(db, clock);
    auto chains = log.verify(progress);
    CS_TRY(chains);
    AuditVerification v = *chains;
    if (!v.intact)
        return v; // the recorded digests are evidence only once the chains hold
    CS_TRY(applyCheckpoints(db, clock, log, false, v));
    if (!v.intact)
        return v;

    auto bounds = db.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM requests"));
    CS_TRY(bounds);
    const bool any = bounds->next() && !bounds->value(0).isNull();
    const qint64 lowest = any ? bounds->value(0).toLongLong() : 0;
    const qint64 highest = any ? bounds->value(1).toLongLong() : 0;
    bounds->finish();
    if (!any)
        return v;

    // Reading a request back (its JSON parsed, its digest recomputed) costs far more than hashing
    // an entry: the upper half of the ids is checked on a second connection, as verify does.
    std::atomic<bool> stopped { false };
    const std::function<bool()> keepGoing = [&] {
        if (progress && !stopped && !progress(v.entriesChecked))
            stopped = true;
        return !stopped;
    };
    const qint64 split = lowest + (highest - lowest) / 2;
    const auto halves
        = runInParts<Result<RangeCheck>>(db, 2, [&](Database& on, int half, bool) -> std::optional<Result<RangeCheck>> {
              return half == 0 ? checkRange(on, lowest - 1, split, pageSize, keepGoing)
                               : checkRange(on, split, highest, pageSize, keepGoing);
          });
    const auto& lower = halves[0];
    const auto& upper = halves[1];
    CS_TRY(lower);
    CS_TRY(upper);
    v.requestsChecked = lower->checked + upper->checked;
    const RangeCheck& first = lower->problem.isEmpty() ? *upper : *lower;
    if (!first.problem.isEmpty()) {
        v.intact = false;
        v.firstBrokenSeq = first.seq;
        v.problem = first.problem;
    }
    return v;
}

} // namespace cs
