#include <core/audit/auditrow.h>
#include <core/common/coretext.h>

namespace cs {

AuditEntry auditEntryFromRow(const QSqlQuery& row)
{
    AuditEntry e;
    e.seq = row.value(0).toLongLong();
    e.at = row.value(1).toLongLong();
    e.actor = row.value(2).toString();
    e.event = row.value(3).toString();
    e.requestId = row.value(4).isNull() ? 0 : row.value(4).toLongLong();
    e.payload = row.value(5).toString();
    e.prevHash = row.value(6).toString();
    e.hash = row.value(7).toString();
    e.chain = row.value(8).toLongLong();
    e.chainSeq = row.value(9).toLongLong();
    return e;
}

const QString kAuditColumns
    = QStringLiteral("seq, at, actor, event, request_id, payload, prev_hash, hash, chain, chain_seq");

Result<QList<AuditEntry>> auditEntriesOf(Result<QSqlQuery> rows)
{
    CS_TRY(rows);
    QList<AuditEntry> out;
    while (rows->next())
        out.append(auditEntryFromRow(*rows));
    return out;
}

QString auditChainName(qint64 chain)
{
    return chain == 0 ? CoreText::tr("the global audit chain")
                      : CoreText::tr("the audit chain of request #%1").arg(chain);
}

} // namespace cs
