#include <QJsonDocument>
#include <core/admin/integritycheck.h>
#include <core/audit/auditevents.h>
#include <core/requests/requeststore.h>

namespace cs {
namespace {

// Requests read per snapshot: a page and its submissions are read together, and memory stays flat
// however many requests there are.
constexpr int kPage = 2000;

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

} // namespace

Result<AuditVerification> verifyIntegrity(Database& db, const Clock& clock, const AuditLog::Progress& progress)
{
    AuditLog log(db, clock);
    auto chains = log.verify(progress);
    CS_TRY(chains);
    AuditVerification v = *chains;
    if (!v.intact)
        return v; // the recorded digests are evidence only once the chains hold

    RequestStore requests(db);
    qint64 after = 0;
    while (true) {
        QList<CheckedRequest> page;
        QHash<qint64, Submission> recorded;
        CS_TRY(db.readSnapshot([&]() -> Status {
            auto rows = requests.checkedPage(after, kPage);
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
            QString problem;
            if (!checked.request)
                problem = checked.problem;
            else if (submitted.seq == 0)
                problem = QStringLiteral("Request #%1 has no submission in its audit trail.").arg(checked.id);
            else if (submitted.digest != checked.request->digest)
                problem = QStringLiteral("Request #%1 was altered outside Countersign: its digest no longer matches "
                                         "the one recorded when it was submitted (audit entry #%2).")
                              .arg(checked.id)
                              .arg(submitted.seq);
            if (!problem.isEmpty()) {
                v.intact = false;
                v.firstBrokenSeq = submitted.seq;
                v.problem = problem;
                return v; // requests come in id order: this is the first
            }
        }
        v.requestsChecked += page.size();
        after = page.last().id;
        if (progress && !progress(v.entriesChecked))
            return Error::conflict(QStringLiteral("The audit chain verification was cancelled."));
    }
    return v;
}

} // namespace cs
