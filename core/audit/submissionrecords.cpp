#include <QJsonDocument>
#include <QJsonObject>
#include <core/audit/auditevents.h>
#include <core/audit/submissionrecords.h>
#include <core/storage/database.h>
#include <core/storage/pgcopy.h>

namespace cs {
namespace {

// Keeps a request's first submission, its digest read from the entry's payload.
void record(QHash<qint64, RecordedSubmission>& out, qint64 requestId, qint64 seq, const QByteArray& payload)
{
    if (out.contains(requestId))
        return;
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    out.insert(requestId, { seq, object.value(QStringLiteral("digest")).toString() });
}

// PostgreSQL: the rows through a binary COPY, each payload parsed from its bytes where they lie.
Result<QHash<qint64, RecordedSubmission>> streamed(Database& db, qint64 afterId, qint64 throughId)
{
    CS_TRY(db.exec(QStringLiteral("SELECT set_config('countersign.submitted_after', ?, true), "
                                  "set_config('countersign.submitted_through', ?, true), "
                                  "set_config('countersign.submitted_event', ?, true)"),
                   { QString::number(afterId), QString::number(throughId), QString(AuditEvent::RequestSubmitted) }));
    auto copy = PgCopyOut::open(
        db,
        QStringLiteral("SELECT request_id, seq, payload FROM audit_log "
                       "WHERE request_id > current_setting('countersign.submitted_after')::bigint "
                       "AND request_id <= current_setting('countersign.submitted_through')::bigint "
                       "AND event = current_setting('countersign.submitted_event') ORDER BY request_id, seq"));
    CS_TRY(copy);
    QHash<qint64, RecordedSubmission> out;
    for (;;) {
        auto rows = copy->fetch(4096);
        CS_TRY(rows);
        if (rows->count() == 0)
            break;
        for (int r = 0; r < rows->count(); ++r) {
            const PgRow row = rows->row(r);
            const QByteArrayView payload = row.value(2);
            record(out, row.integer(0), row.integer(1), QByteArray::fromRawData(payload.data(), payload.size()));
        }
    }
    return out;
}

Result<QHash<qint64, RecordedSubmission>> queried(Database& db, qint64 afterId, qint64 throughId)
{
    auto q = db.exec(QStringLiteral("SELECT request_id, seq, payload FROM audit_log WHERE request_id > ? AND "
                                    "request_id <= ? AND event = ? ORDER BY request_id, seq"),
                     { afterId, throughId, QString(AuditEvent::RequestSubmitted) });
    CS_TRY(q);
    QHash<qint64, RecordedSubmission> out;
    while (q->next())
        record(out, q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString().toUtf8());
    return out;
}

} // namespace

Result<QHash<qint64, RecordedSubmission>> recordedSubmissions(Database& db, qint64 afterId, qint64 throughId)
{
    return db.engine() == Database::Engine::Postgres ? streamed(db, afterId, throughId)
                                                     : queried(db, afterId, throughId);
}

} // namespace cs
