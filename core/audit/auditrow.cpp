#include <core/audit/auditrow.h>

namespace cs {

AuditEntry auditEntryFromRow(const QSqlQuery& q)
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
    e.chain = q.value(8).toLongLong();
    e.chainSeq = q.value(9).toLongLong();
    return e;
}

const QString kAuditColumns
    = QStringLiteral("seq, at, actor, event, request_id, payload, prev_hash, hash, chain, chain_seq");

Result<QList<AuditEntry>> auditEntriesOf(Result<QSqlQuery> q)
{
    CS_TRY(q);
    QList<AuditEntry> out;
    while (q->next())
        out.append(auditEntryFromRow(*q));
    return out;
}

QString auditChainName(qint64 chain)
{
    return chain == 0 ? QStringLiteral("the global audit chain")
                      : QStringLiteral("the audit chain of request #%1").arg(chain);
}

} // namespace cs
