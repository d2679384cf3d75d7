#include <atomic>
#include <core/admin/integritycheck.h>
#include <core/audit/auditcheckpoints.h>
#include <core/audit/submissionrecords.h>
#include <core/common/coretext.h>
#include <core/requests/requeststore.h>
#include <core/storage/parallelparts.h>
#include <optional>

namespace cs {
namespace {

// What checking a range of requests found: how many were checked, and the first problem in it.
struct RangeCheck
{
    qint64 checked = 0;
    qint64 seq = 0; // the broken request's submission entry (0: none, or intact)
    QString problem; // empty: intact
};

// The problem with one request read back, or an empty string.
QString problemWith(const CheckedRequest& checked, const RecordedSubmission& submitted)
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

// Whether every request of a screened page is cleared and carries the digest its submission recorded.
bool allCleared(const QList<ScreenedRequest>& page, const QHash<qint64, RecordedSubmission>& recorded)
{
    for (const ScreenedRequest& screened : page) {
        const auto submitted = recorded.constFind(screened.id);
        if (!screened.cleared || submitted == recorded.constEnd() || submitted->digest != screened.digest)
            return false;
    }
    return true;
}

// One page of requests as read in one snapshot, with the submissions recorded for them.
struct PageRead
{
    qsizetype count = 0; // 0: no requests were left
    qint64 lastId = 0;
    bool cleared = false; // the screen cleared every request, each with the digest its submission recorded
    QList<CheckedRequest> readBack; // otherwise: the page read back in full
    QHash<qint64, RecordedSubmission> recorded;
};

// The requests after `after` (at most `pageSize`, up to lastId), screened first and read back in
// full only when the screen does not clear every one of them.
Result<PageRead> readPage(Database& db, RequestStore& requests, qint64 after, qint64 lastId, int pageSize)
{
    PageRead page;
    CS_TRY(db.readSnapshot([&]() -> Status {
        auto screened = requests.screenedPage(after, lastId, pageSize);
        CS_TRY(screened);
        page.count = screened->size();
        if (page.count == 0)
            return {};
        page.lastId = screened->last().id;
        auto found = recordedSubmissions(db, after, page.lastId);
        CS_TRY(found);
        page.recorded = std::move(found).value();
        page.cleared = allCleared(*screened, page.recorded);
        if (page.cleared)
            return {};
        auto rows = requests.checkedPage(after, page.lastId, pageSize);
        CS_TRY(rows);
        page.readBack = std::move(rows).value();
        return {};
    }));
    return page;
}

// Checks the requests (afterId, lastId] in id order, stopping at the first problem. Memory stays
// flat however many requests there are.
Result<RangeCheck> checkRange(Database& db, qint64 afterId, qint64 lastId, int pageSize,
                              const std::function<bool()>& keepGoing)
{
    RequestStore requests(db);
    RangeCheck out;
    qint64 after = afterId;
    while (after < lastId) {
        auto page = readPage(db, requests, after, lastId, pageSize);
        CS_TRY(page);
        if (page->count == 0)
            break;
        if (page->cleared)
            out.checked += page->count;
        for (const CheckedRequest& checked : std::as_const(page->readBack)) {
            const RecordedSubmission submitted = page->recorded.value(checked.id);
            out.problem = problemWith(checked, submitted);
            if (!out.problem.isEmpty()) {
                out.seq = submitted.seq;
                return out; // requests come in id order: this is the range's first
            }
            ++out.checked;
        }
        after = page->lastId;
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

    std::atomic<bool> stopped { false };
    auto requests = checkRequests(
        db,
        [&] {
            if (progress && !stopped && !progress(v.entriesChecked))
                stopped = true;
            return !stopped;
        },
        pageSize);
    CS_TRY(requests);
    v.requestsChecked = requests->checked;
    if (!requests->problem.isEmpty()) {
        v.intact = false;
        v.firstBrokenSeq = requests->firstBrokenSeq;
        v.problem = requests->problem;
    }
    return v;
}

Result<RequestsCheck> checkRequests(Database& db, const std::function<bool()>& keepGoing, int pageSize)
{
    auto bounds = RequestStore(db).idRange();
    CS_TRY(bounds);
    RequestsCheck out;
    if (!*bounds)
        return out;
    const qint64 lowest = (*bounds)->first;
    const qint64 highest = (*bounds)->second;
    // Reading requests back costs more than hashing entries: the upper half of the ids is checked
    // on a second connection, as verify does.
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
    out.checked = lower->checked + upper->checked;
    const RangeCheck& first = lower->problem.isEmpty() ? *upper : *lower;
    out.firstBrokenSeq = first.seq;
    out.problem = first.problem;
    return out;
}

} // namespace cs
