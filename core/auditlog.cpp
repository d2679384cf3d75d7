#include "auditlog.h"

#include "canonicaljson.h"

#include <QJsonDocument>

namespace cs {
namespace {

AuditEntry entryFromRow(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.event = q.value(3).toString();
    e.requestId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    e.payload = q.value(5).toString();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

const QString kColumns = QStringLiteral("seq, at, actor, event, request_id, payload, prev_hash, hash");

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
    const QJsonObject fields { { QStringLiteral("seq"), QString::number(e.seq) },
                               { QStringLiteral("at"), QString::number(e.at) },
                               { QStringLiteral("actor"), e.actor },
                               { QStringLiteral("event"), e.event },
                               { QStringLiteral("request"), QString::number(e.requestId) },
                               { QStringLiteral("payload"), e.payload },
                               { QStringLiteral("prev"), e.prevHash } };
    return sha256Hex(canonicalJson(fields));
}

Status AuditLog::append(const QString& actor, const QString& event, qint64 requestId, const QJsonObject& payload)
{
    return m_db.transaction([&]() -> Status {
        // The head is locked until commit: appends from concurrent transactions chain one after another.
        auto head = m_db.exec(m_db.engine() == Database::Engine::Postgres
                                  ? QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                                  : QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
        CS_TRY(head);
        if (!head->next())
            return Error::integrity(QStringLiteral("The audit log head is missing; run \"audit verify\"."));
        AuditEntry e;
        e.seq = head->value(0).toLongLong() + 1;
        e.prevHash = head->value(1).toString();
        head->finish();
        e.at = m_clock.nowMs();
        e.actor = actor;
        e.event = event;
        e.requestId = requestId;
        e.payload = QString::fromUtf8(canonicalJson(payload));
        e.hash = entryHash(e);
        CS_TRY(m_db.exec(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                         { e.seq, e.at, e.actor, e.event, requestId > 0 ? QVariant(requestId) : QVariant(), e.payload,
                           e.prevHash, e.hash }));
        CS_TRY(m_db.exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"), { e.seq, e.hash }));
        // Every change appends here, so one notification (delivered at commit) tells all clients.
        if (m_db.engine() == Database::Engine::Postgres)
            CS_TRY(m_db.exec(QStringLiteral("SELECT pg_notify('countersign_changes', ?)"), { QString::number(e.seq) }));
        return {};
    });
}

Result<qint64> AuditLog::headSeq()
{
    auto q = m_db.exec(QStringLiteral("SELECT seq FROM audit_head WHERE id = 1"));
    CS_TRY(q);
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 requestId, int limit, qint64 afterSeq)
{
    auto q = requestId > 0
        ? m_db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE request_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                        .arg(kColumns),
                    { requestId, afterSeq, limit })
        : m_db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?").arg(kColumns),
                    { afterSeq, limit });
    CS_TRY(q);
    QList<AuditEntry> out;
    while (q->next())
        out.append(entryFromRow(*q));
    return out;
}

Result<AuditVerification> AuditLog::verify()
{
    AuditVerification v;
    const auto broken = [&v](qint64 seq, const QString& problem) {
        v.intact = false;
        v.firstBrokenSeq = seq;
        v.problem = problem;
        return v;
    };

    auto head = m_db.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    CS_TRY(head);
    if (!head->next())
        return broken(1, QStringLiteral("The audit log head record is missing."));
    const qint64 headSeq = head->value(0).toLongLong();
    const QString headHash = head->value(1).toString();
    head->finish();

    auto rows = m_db.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    CS_TRY(rows);
    qint64 expectedSeq = 1;
    QString previousHash;
    while (rows->next()) {
        const AuditEntry e = entryFromRow(*rows);
        if (e.seq != expectedSeq) {
            return e.seq > expectedSeq
                ? broken(expectedSeq,
                         expectedSeq + 1 == e.seq
                             ? QStringLiteral("Audit entry #%1 is missing (the log jumps from #%2 to #%3).")
                                   .arg(expectedSeq)
                                   .arg(expectedSeq - 1)
                                   .arg(e.seq)
                             : QStringLiteral("Audit entries #%1 to #%2 are missing.").arg(expectedSeq).arg(e.seq - 1))
                : broken(e.seq, QStringLiteral("Audit entry #%1 appears twice.").arg(e.seq));
        }
        if (e.prevHash != previousHash)
            return broken(e.seq,
                          QStringLiteral("Audit entry #%1 does not link to entry #%2: the chain was broken there.")
                              .arg(e.seq)
                              .arg(e.seq - 1));
        if (entryHash(e) != e.hash)
            return broken(e.seq,
                          QStringLiteral("Audit entry #%1 (%2) was altered: its contents no longer match its hash.")
                              .arg(e.seq)
                              .arg(e.event));
        previousHash = e.hash;
        ++expectedSeq;
        ++v.entriesChecked;
    }
    const qint64 lastSeq = expectedSeq - 1;
    if (headSeq > lastSeq)
        return broken(lastSeq + 1,
                      QStringLiteral("Audit entries #%1 to #%2 were removed from the end of the log.")
                          .arg(lastSeq + 1)
                          .arg(headSeq));
    if (headSeq < lastSeq)
        return broken(headSeq + 1,
                      QStringLiteral("Audit entry #%1 was added outside Countersign (the log head ends at #%2).")
                          .arg(headSeq + 1)
                          .arg(headSeq));
    if (headHash != previousHash)
        return broken(lastSeq,
                      QStringLiteral("Audit entry #%1 does not match the recorded head of the log.").arg(lastSeq));
    return v;
}

} // namespace cs
