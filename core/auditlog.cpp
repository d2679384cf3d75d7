#include "auditlog.h"

#include "canonicaljson.h"
#include "dialect.h"

#include <QJsonDocument>
#include <QSet>

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
    e.chain = q.value(8).toLongLong();
    e.chainSeq = q.value(9).toLongLong();
    return e;
}

const QString kColumns
    = QStringLiteral("seq, at, actor, event, request_id, payload, prev_hash, hash, chain, chain_seq");

QString chainName(qint64 chain)
{
    return chain == 0 ? QStringLiteral("the global audit chain")
                      : QStringLiteral("the audit chain of request #%1").arg(chain);
}

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
    // Entries of request chains also commit to their chain and position (the global chain's
    // entries hash as they always did, so logs written before chains existed still verify).
    QJsonObject withChain = fields;
    if (e.chain != 0) {
        withChain.insert(QStringLiteral("chain"), QString::number(e.chain));
        withChain.insert(QStringLiteral("chainSeq"), QString::number(e.chainSeq));
    }
    return sha256Hex(canonicalJson(withChain));
}

Status AuditLog::append(const QString& actor, const QString& event, qint64 requestId, const QJsonObject& payload)
{
    return m_db.transaction([&]() -> Status {
        AuditEntry e;
        e.chain = requestId > 0 ? requestId : 0;
        // Only this chain's head is locked: appends to other requests' chains run alongside.
        auto head = m_db.execKept(QStringLiteral("SELECT seq, hash FROM audit_chains WHERE chain = ?")
                                  + Dialect::lockForUpdate(m_db.engine()),
                              { e.chain });
        CS_TRY(head);
        const bool exists = head->next();
        e.chainSeq = exists ? head->value(0).toLongLong() + 1 : 1;
        e.prevHash = exists ? head->value(1).toString() : QString();
        head->finish();
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
        CS_TRY(
            m_db.execKept(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                      { e.seq, e.at, e.actor, e.event, requestId > 0 ? QVariant(requestId) : QVariant(), e.payload,
                        e.prevHash, e.hash, e.chain, e.chainSeq }));
        if (exists)
            CS_TRY(m_db.execKept(QStringLiteral("UPDATE audit_chains SET seq = ?, hash = ? WHERE chain = ?"),
                             { e.chainSeq, e.hash, e.chain }));
        else
            CS_TRY(m_db.execKept(QStringLiteral("INSERT INTO audit_chains (chain, seq, hash) VALUES (?, ?, ?)"),
                             { e.chain, e.chainSeq, e.hash }));
        // Every change appends here, so one notification (delivered at commit) tells all clients.
        if (m_db.engine() == Database::Engine::Postgres)
            CS_TRY(m_db.execKept(QStringLiteral("SELECT pg_notify('countersign_changes', ?)"), { QString::number(e.seq) }));
        return {};
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
    // Every chain on its own: positions from 1 without gaps, each entry linked to the one before
    // and matching its hash, the head row matching the last entry. The first problem reported is
    // the one at the lowest global position.
    AuditVerification v;
    // seq 0: a problem with no entry left to name (a whole chain gone); reported after the others.
    qint64 reportedKey = std::numeric_limits<qint64>::max();
    const auto broken = [&](qint64 seq, const QString& problem) {
        const qint64 key = seq > 0 ? seq : std::numeric_limits<qint64>::max() - 1;
        if (v.intact || key < reportedKey) {
            v.intact = false;
            reportedKey = key;
            v.firstBrokenSeq = seq;
            v.problem = problem;
        }
    };

    QHash<qint64, QPair<qint64, QString>> heads;
    auto headRows = m_db.exec(QStringLiteral("SELECT chain, seq, hash FROM audit_chains"));
    CS_TRY(headRows);
    while (headRows->next())
        heads.insert(headRows->value(0).toLongLong(),
                     { headRows->value(1).toLongLong(), headRows->value(2).toString() });
    headRows->finish();

    auto rows = m_db.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY chain, chain_seq").arg(kColumns));
    CS_TRY(rows);
    QSet<qint64> seen;
    qint64 chain = -1;
    qint64 expected = 1;
    qint64 previousSeq = 0;
    QString previousHash;
    bool chainBroken = false;
    const auto closeChain = [&]() {
        if (chain < 0)
            return;
        seen.insert(chain);
        const auto head = heads.value(chain, { -1, QString() });
        const qint64 last = expected - 1;
        if (chainBroken)
            return;
        if (head.first < 0)
            broken(previousSeq,
                   QStringLiteral("Audit entries of %1 were added outside Countersign (the chain has no head).")
                       .arg(chainName(chain)));
        else if (head.first > last)
            broken(previousSeq + 1,
                   QStringLiteral("The last %1 audit entries of %2 were removed (after #%3).")
                       .arg(head.first - last)
                       .arg(chainName(chain))
                       .arg(previousSeq));
        else if (head.first < last)
            broken(previousSeq,
                   QStringLiteral("Audit entry #%1 was added to %2 outside Countersign.")
                       .arg(previousSeq)
                       .arg(chainName(chain)));
        else if (head.second != previousHash)
            broken(previousSeq,
                   QStringLiteral("Audit entry #%1 does not match the recorded head of %2.")
                       .arg(previousSeq)
                       .arg(chainName(chain)));
    };
    while (rows->next()) {
        const AuditEntry e = entryFromRow(*rows);
        if (e.chain != chain) {
            closeChain();
            chain = e.chain;
            expected = 1;
            previousSeq = 0;
            previousHash.clear();
            chainBroken = false;
        }
        ++v.entriesChecked;
        if (chainBroken)
            continue;
        if (e.chainSeq != expected) {
            broken(e.seq,
                   previousSeq > 0 ? QStringLiteral("An audit entry is missing from %1 between #%2 and #%3.")
                                         .arg(chainName(chain))
                                         .arg(previousSeq)
                                         .arg(e.seq)
                                   : QStringLiteral("The first audit entries of %1 are missing (it starts at #%2).")
                                         .arg(chainName(chain))
                                         .arg(e.seq));
            chainBroken = true;
        } else if (e.prevHash != previousHash) {
            broken(e.seq,
                   QStringLiteral("Audit entry #%1 does not link to entry #%2: the chain was broken there.")
                       .arg(e.seq)
                       .arg(previousSeq));
            chainBroken = true;
        } else if (entryHash(e) != e.hash) {
            broken(e.seq,
                   QStringLiteral("Audit entry #%1 (%2) was altered: its contents no longer match its hash.")
                       .arg(e.seq)
                       .arg(e.event));
            chainBroken = true;
        }
        previousSeq = e.seq;
        previousHash = e.hash;
        ++expected;
    }
    closeChain();
    rows->finish();
    for (auto it = heads.constBegin(); it != heads.constEnd(); ++it)
        if (!seen.contains(it.key()) && it.value().first > 0)
            broken(0,
                   QStringLiteral("All %1 audit entries of %2 were removed.")
                       .arg(it.value().first)
                       .arg(chainName(it.key())));

    // Every request has a trail; a request whose chain vanished with its head is noticed here.
    auto orphans = m_db.exec(QStringLiteral(
        "SELECT r.id FROM requests r WHERE NOT EXISTS (SELECT 1 FROM audit_chains c WHERE c.chain = r.id) "
        "AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.request_id = r.id) ORDER BY r.id LIMIT 1"));
    CS_TRY(orphans);
    if (orphans->next())
        broken(0, QStringLiteral("The audit trail of request #%1 is missing.").arg(orphans->value(0).toLongLong()));
    return v;
}

} // namespace cs
