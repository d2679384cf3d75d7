#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <core/audit/auditcheckpoints.h>
#include <core/audit/auditevents.h>
#include <core/audit/auditrow.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/storage/dialect.h>

namespace cs {
namespace {

constexpr int kHeadsPerInsert = 200; // 4 values each: well under either engine's bound-value limit

struct PublicKey
{
    QByteArray key;
    qint64 validFrom = 0;
    std::optional<qint64> validUntil;
};

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString checkpointName(const AuditCheckpoint& c)
{
    return CoreText::tr("checkpoint %1 (audit entry #%2)").arg(c.number).arg(c.seq);
}

AuditCheckpoint checkpointFrom(qint64 seq, qint64 at, const QString& payloadText)
{
    AuditCheckpoint c;
    c.seq = seq;
    c.at = at;
    c.payload = QJsonDocument::fromJson(payloadText.toUtf8()).object();
    c.number = c.payload.value(QStringLiteral("checkpoint")).toInteger();
    c.chains = c.payload.value(QStringLiteral("chains")).toInteger();
    c.changed = c.payload.value(QStringLiteral("changed")).toInteger();
    c.keyId = c.payload.value(QStringLiteral("key")).toString();
    return c;
}

Result<QHash<QString, PublicKey>> publicKeys(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT key_id, public_key, valid_from, valid_until FROM audit_keys"));
    CS_TRY(q);
    QHash<QString, PublicKey> out;
    while (q->next())
        out.insert(q->value(0).toString(),
                   { QByteArray::fromBase64(q->value(1).toString().toLatin1()), q->value(2).toLongLong(),
                     q->value(3).isNull() ? std::nullopt : std::optional<qint64>(q->value(3).toLongLong()) });
    return out;
}

// What is wrong with a checkpoint's signature, or an empty string.
QString signatureProblem(const AuditCheckpoint& c, const QHash<QString, PublicKey>& keys)
{
    const auto key = keys.constFind(c.keyId);
    if (key == keys.constEnd())
        return capitalised(CoreText::tr("%1 is signed with key %2, which this workspace does not list.")
                               .arg(checkpointName(c), c.keyId.isEmpty() ? QStringLiteral("(none)") : c.keyId));
    const QByteArray signature
        = QByteArray::fromBase64(c.payload.value(QStringLiteral("signature")).toString().toLatin1());
    if (!SigningKey::verify(key->key, AuditCheckpoints::signedText(c.payload), signature))
        return capitalised(CoreText::tr("The signature of %1 is not valid: the checkpoint was altered or forged.")
                               .arg(checkpointName(c)));
    const qint64 signedAt = c.payload.value(QStringLiteral("signedAt")).toInteger();
    if (signedAt < key->validFrom || (key->validUntil && signedAt >= *key->validUntil))
        return capitalised(CoreText::tr("%1 was signed with key %2 outside the time the key is valid.")
                               .arg(checkpointName(c), c.keyId));
    return {};
}

// The text a checkpoint's heads digest covers: one line per chain, in chain order.
void appendHeadLine(QByteArray& text, qint64 chain, qint64 seq, const QString& hash)
{
    text += QByteArray::number(chain) + ' ' + QByteArray::number(seq) + ' ' + hash.toLatin1() + '\n';
}

// Walks the entries after each chain's last recorded head (rows as the since-query returns them).
class ForwardWalk
{
public:
    explicit ForwardWalk(CheckpointVerification& v)
        : m_v(v)
    { }

    void add(const AuditEntry& e, qint64 headSeq, const QString& headHash, qint64 recordedSeq)
    {
        if (e.chain != m_chain || !m_open) {
            close();
            m_open = true;
            m_chain = e.chain;
            m_headSeq = headSeq;
            m_headHash = headHash;
            m_expected = recordedSeq > 0 ? recordedSeq : 1;
            m_previousHash.clear();
            m_previousSeq = 0;
            m_broken = false;
        }
        ++m_v.entriesChecked;
        if (m_broken)
            return;
        const bool first = e.chainSeq == m_expected && m_previousSeq == 0;
        if (e.chainSeq != m_expected)
            fail(e.seq,
                 CoreText::tr("An audit entry is missing from %1 before #%2.").arg(auditChainName(e.chain)).arg(e.seq));
        else if (!first && e.prevHash != m_previousHash)
            fail(e.seq,
                 CoreText::tr("Audit entry #%1 does not link to entry #%2: the chain was broken there.")
                     .arg(e.seq)
                     .arg(m_previousSeq));
        else if (first && e.chainSeq == 1 && !e.prevHash.isEmpty())
            fail(e.seq, CoreText::tr("Audit entry #%1 does not start %2.").arg(e.seq).arg(auditChainName(e.chain)));
        else if (AuditLog::entryHash(e) != e.hash)
            fail(e.seq,
                 CoreText::tr("Audit entry #%1 (%2) was altered: its contents no longer match its hash.")
                     .arg(e.seq)
                     .arg(e.event));
        m_previousSeq = e.seq;
        m_previousHash = e.hash;
        ++m_expected;
    }

    void close()
    {
        if (!m_open || m_broken)
            return;
        m_open = false;
        if (m_expected - 1 != m_headSeq || m_previousHash != m_headHash)
            fail(m_previousSeq,
                 CoreText::tr("The head of %1 does not match its last audit entry (#%2).")
                     .arg(auditChainName(m_chain))
                     .arg(m_previousSeq));
    }

private:
    void fail(qint64 seq, const QString& problem)
    {
        m_broken = true;
        if (m_v.intact) {
            m_v.intact = false;
            m_v.firstBrokenSeq = seq;
            m_v.problem = problem;
        }
    }

    CheckpointVerification& m_v;
    bool m_open = false;
    bool m_broken = false;
    qint64 m_chain = 0;
    qint64 m_headSeq = 0;
    QString m_headHash;
    qint64 m_expected = 1;
    qint64 m_previousSeq = 0;
    QString m_previousHash;
};

} // namespace

namespace {
const QString kCheckpointEntries = QStringLiteral("FROM audit_log WHERE chain = 0 AND event = 'audit.checkpoint'");
} // namespace

QString CheckpointStatements::inOrder()
{
    return QStringLiteral("SELECT seq, at, payload %1 ORDER BY chain_seq").arg(kCheckpointEntries);
}

QString CheckpointStatements::newest()
{
    return QStringLiteral("SELECT seq, at, payload %1 ORDER BY chain_seq DESC LIMIT 1").arg(kCheckpointEntries);
}

QString CheckpointStatements::count()
{
    return QStringLiteral("SELECT COUNT(*) %1").arg(kCheckpointEntries);
}

AuditCheckpoints::AuditCheckpoints(Database& db, AuditLog& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{ }

QByteArray AuditCheckpoints::signedText(const QJsonObject& payload)
{
    QJsonObject text = payload;
    text.remove(QStringLiteral("signature"));
    return canonicalJson(text);
}

Status AuditCheckpoints::registerKey(const QString& actor, const QByteArray& publicKey, qint64 validFrom,
                                     std::optional<qint64> validUntil)
{
    const QString id = SigningKey::keyIdOf(publicKey);
    return m_db.transaction([&]() -> Status {
        CS_TRY(m_db.exec(QStringLiteral("INSERT INTO audit_keys (key_id, public_key, valid_from, valid_until, "
                                        "registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         { id, QString::fromLatin1(publicKey.toBase64()), validFrom,
                           validUntil ? QVariant(*validUntil) : QVariant(), actor, m_clock.nowMs() }));
        QJsonObject payload { { QStringLiteral("key"), id },
                              { QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64()) },
                              { QStringLiteral("validFrom"), QString::number(validFrom) } };
        if (validUntil)
            payload.insert(QStringLiteral("validUntil"), QString::number(*validUntil));
        return m_audit.append(actor, AuditEvent::KeyRegistered, 0, payload);
    });
}

Result<bool> AuditCheckpoints::isKeyRegistered(const QString& keyId)
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM audit_keys WHERE key_id = ?"), { keyId });
    CS_TRY(q);
    return q->next();
}

Result<AuditCheckpoint> AuditCheckpoints::create(const QString& actor, const SigningKey& key)
{
    AuditCheckpoint made;
    CS_TRY(m_db.transaction([&]() -> Status {
        // Checkpoints take turns on the global chain's head, so their numbers and deltas never overlap.
        auto lock = m_db.exec(QStringLiteral("SELECT seq FROM audit_chains WHERE chain = 0")
                              + Dialect::lockForUpdate(m_db.engine()));
        CS_TRY(lock);
        lock->finish();
        const qint64 now = m_clock.nowMs();
        auto keys = publicKeys(m_db);
        CS_TRY(keys);
        const auto listed = keys->constFind(key.keyId());
        if (listed == keys->constEnd())
            return Error::forbidden(CoreText::tr("The signing key %1 is not listed in this workspace; an admin "
                                                 "registers it first.")
                                        .arg(key.keyId()));
        if (now < listed->validFrom || (listed->validUntil && now >= *listed->validUntil))
            return Error::forbidden(CoreText::tr("The signing key %1 is not valid now.").arg(key.keyId()));
        auto count = m_db.exec(CheckpointStatements::count());
        CS_TRY(count);
        made.number = (count->next() ? count->value(0).toLongLong() : 0) + 1;
        count->finish();

        // The heads recorded so far (the newest per chain: heads only move forward) against now.
        auto recordedRows = m_db.exec(
            QStringLiteral("SELECT chain, MAX(seq) FROM audit_checkpoint_heads GROUP BY chain ORDER BY chain"));
        CS_TRY(recordedRows);
        QHash<qint64, qint64> recorded;
        while (recordedRows->next())
            recorded.insert(recordedRows->value(0).toLongLong(), recordedRows->value(1).toLongLong());
        recordedRows->finish();
        auto heads = m_db.exec(QStringLiteral("SELECT chain, seq, hash FROM audit_chains ORDER BY chain"));
        CS_TRY(heads);
        QByteArray digestText;
        QVariantList batch;
        const QString insertOne = QStringLiteral("(?, ?, ?, ?)");
        const auto flush = [&]() -> Status {
            if (batch.isEmpty())
                return {};
            QStringList rows;
            for (int i = 0; i < batch.size() / 4; ++i)
                rows << insertOne;
            CS_TRY(m_db.exec(QStringLiteral("INSERT INTO audit_checkpoint_heads (checkpoint, chain, seq, hash) VALUES ")
                                 + rows.join(QLatin1Char(',')),
                             batch));
            batch.clear();
            return {};
        };
        QList<std::tuple<qint64, qint64, QString>> changed;
        while (heads->next()) {
            ++made.chains;
            const qint64 chain = heads->value(0).toLongLong();
            const qint64 seq = heads->value(1).toLongLong();
            if (recorded.value(chain, -1) == seq)
                continue;
            changed.append({ chain, seq, heads->value(2).toString() });
        }
        heads->finish();
        for (const auto& [chain, seq, hash] : changed) {
            appendHeadLine(digestText, chain, seq, hash);
            batch << made.number << chain << seq << hash;
            if (batch.size() >= 4 * kHeadsPerInsert)
                CS_TRY(flush());
        }
        CS_TRY(flush());
        made.changed = changed.size();
        made.keyId = key.keyId();
        made.payload = QJsonObject {
            { QStringLiteral("checkpoint"), made.number }, { QStringLiteral("chains"), made.chains },
            { QStringLiteral("changed"), made.changed },   { QStringLiteral("headsDigest"), sha256Hex(digestText) },
            { QStringLiteral("key"), made.keyId },         { QStringLiteral("signedAt"), now }
        };
        auto signature = key.sign(signedText(made.payload));
        CS_TRY(signature);
        made.payload.insert(QStringLiteral("signature"), QString::fromLatin1(signature->toBase64()));
        CS_TRY(m_audit.append(actor, AuditEvent::Checkpoint, 0, made.payload));
        auto seq
            = m_db.exec(QStringLiteral("SELECT a.seq, a.at FROM audit_chains c JOIN audit_log a ON a.chain = c.chain "
                                       "AND a.chain_seq = c.seq WHERE c.chain = 0"));
        CS_TRY(seq);
        if (seq->next()) {
            made.seq = seq->value(0).toLongLong();
            made.at = seq->value(1).toLongLong();
        }
        return {};
    }));
    return made;
}

Result<CheckpointVerification> AuditCheckpoints::verify(bool sinceLast)
{
    CheckpointVerification v;
    const auto fail = [&v](qint64 seq, const QString& problem) {
        if (v.intact) {
            v.intact = false;
            v.firstBrokenSeq = seq;
            v.problem = problem;
        }
    };
    CS_TRY(m_db.readSnapshot([&]() -> Status {
        auto keys = publicKeys(m_db);
        CS_TRY(keys);
        auto entries = m_db.exec(CheckpointStatements::inOrder());
        CS_TRY(entries);
        QList<AuditCheckpoint> checkpoints;
        while (entries->next())
            checkpoints.append(checkpointFrom(entries->value(0).toLongLong(), entries->value(1).toLongLong(),
                                              entries->value(2).toString()));
        entries->finish();
        v.checkpoints = checkpoints.size();
        if (!checkpoints.isEmpty())
            v.last = checkpoints.last();
        QHash<qint64, int> byNumber;
        for (int i = 0; i < checkpoints.size(); ++i) {
            const AuditCheckpoint& c = checkpoints.at(i);
            if (const QString p = signatureProblem(c, *keys); !p.isEmpty())
                fail(c.seq, p);
            else if (c.number != i + 1)
                fail(c.seq,
                     capitalised(CoreText::tr("%1 is numbered out of order: checkpoints before it are "
                                              "missing from the global audit chain.")
                                     .arg(checkpointName(c))));
            byNumber.insert(c.number, i);
        }

        // Every recorded head, with what the chain holds at that position now.
        auto rows = m_db.exec(
            QStringLiteral("SELECT h.checkpoint, h.chain, h.seq, h.hash, a.hash, c.seq FROM audit_checkpoint_heads h "
                           "LEFT JOIN audit_log a ON a.chain = h.chain AND a.chain_seq = h.seq "
                           "LEFT JOIN audit_chains c ON c.chain = h.chain ORDER BY h.checkpoint, h.chain"));
        CS_TRY(rows);
        QSet<qint64> chainsSeen;
        qint64 current = 0;
        QByteArray digestText;
        qint64 rowsOfCurrent = 0;
        const auto closeCheckpoint = [&](qint64 number) {
            const auto at = byNumber.constFind(number);
            if (at == byNumber.constEnd()) {
                fail(0,
                     CoreText::tr("Chain heads are recorded for checkpoint %1, which is missing from the global "
                                  "audit chain.")
                         .arg(number));
                return;
            }
            const AuditCheckpoint& c = checkpoints.at(*at);
            if (sha256Hex(digestText) != c.payload.value(QStringLiteral("headsDigest")).toString()
                || rowsOfCurrent != c.changed)
                fail(c.seq,
                     CoreText::tr("The chain heads recorded with %1 are not the ones it signed: they were "
                                  "altered or removed.")
                         .arg(checkpointName(c)));
        };
        // Checkpoints that recorded no heads still need their digest checked (of no lines).
        qint64 nextExpected = 1;
        const auto reachCheckpoint = [&](qint64 number) {
            for (; nextExpected < number; ++nextExpected) {
                if (nextExpected != current && byNumber.contains(nextExpected)) {
                    digestText.clear();
                    rowsOfCurrent = 0;
                    closeCheckpoint(nextExpected);
                }
                const auto at = byNumber.constFind(nextExpected);
                if (at != byNumber.constEnd() && checkpoints.at(*at).chains != chainsSeen.size())
                    fail(checkpoints.at(*at).seq,
                         CoreText::tr("%1 counted %2 audit chains, but the heads recorded up to it name %3.")
                             .arg(capitalised(checkpointName(checkpoints.at(*at))))
                             .arg(checkpoints.at(*at).chains)
                             .arg(chainsSeen.size()));
            }
        };
        while (rows->next()) {
            const qint64 number = rows->value(0).toLongLong();
            if (number != current) {
                if (current > 0)
                    closeCheckpoint(current);
                reachCheckpoint(number);
                current = number;
                digestText.clear();
                rowsOfCurrent = 0;
            }
            const qint64 chain = rows->value(1).toLongLong();
            const qint64 seq = rows->value(2).toLongLong();
            const QString hash = rows->value(3).toString();
            appendHeadLine(digestText, chain, seq, hash);
            ++rowsOfCurrent;
            ++v.headsChecked;
            chainsSeen.insert(chain);
            const auto at = byNumber.constFind(number);
            const QString by = at == byNumber.constEnd() ? CoreText::tr("checkpoint %1").arg(number)
                                                         : checkpointName(checkpoints.at(*at));
            if (rows->value(5).isNull())
                fail(0,
                     CoreText::tr("%1 is missing: %2 recorded it with %3 entries.")
                         .arg(capitalised(auditChainName(chain)), by)
                         .arg(seq));
            else if (rows->value(4).isNull())
                fail(0,
                     CoreText::tr("Audit entries of %1 were removed: %2 recorded it with %3 entries.")
                         .arg(auditChainName(chain), by)
                         .arg(seq));
            else if (rows->value(4).toString() != hash)
                fail(0,
                     CoreText::tr("%1 was rewritten: its entry %2 is no longer the one %3 recorded.")
                         .arg(capitalised(auditChainName(chain)))
                         .arg(seq)
                         .arg(by));
        }
        rows->finish();
        if (current > 0)
            closeCheckpoint(current);
        reachCheckpoint(checkpoints.size() + 1);

        if (sinceLast) {
            ForwardWalk walk(v);
            auto after = m_db.exec(
                QStringLiteral("SELECT %1, c.seq, c.hash, COALESCE(r.seq, 0) FROM audit_chains c "
                               "LEFT JOIN (SELECT chain, MAX(seq) AS seq FROM audit_checkpoint_heads GROUP BY chain) r "
                               "ON r.chain = c.chain "
                               "JOIN audit_log a ON a.chain = c.chain AND a.chain_seq >= COALESCE(r.seq, 1) "
                               "WHERE c.seq <> COALESCE(r.seq, 0) ORDER BY a.chain, a.chain_seq")
                    .arg(QStringList { QStringLiteral("a.seq"), QStringLiteral("a.at"), QStringLiteral("a.actor"),
                                       QStringLiteral("a.event"), QStringLiteral("a.request_id"),
                                       QStringLiteral("a.payload"), QStringLiteral("a.prev_hash"),
                                       QStringLiteral("a.hash"), QStringLiteral("a.chain"),
                                       QStringLiteral("a.chain_seq") }
                             .join(QStringLiteral(", "))));
            CS_TRY(after);
            while (after->next())
                walk.add(auditEntryFromRow(*after), after->value(10).toLongLong(), after->value(11).toString(),
                         after->value(12).toLongLong());
            walk.close();
        }
        return {};
    }));
    return v;
}

Result<QJsonObject> AuditCheckpoints::exportLatest()
{
    auto q = m_db.exec(CheckpointStatements::newest());
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("This workspace has no audit checkpoint yet."));
    const AuditCheckpoint c
        = checkpointFrom(q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString());
    q->finish();
    auto key = m_db.exec(QStringLiteral("SELECT public_key FROM audit_keys WHERE key_id = ?"), { c.keyId });
    CS_TRY(key);
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("countersign-checkpoint/1") },
                         { QStringLiteral("entry"), QString::number(c.seq) },
                         { QStringLiteral("checkpoint"), c.payload },
                         { QStringLiteral("publicKey"), key->next() ? key->value(0).toString() : QString() } };
}

Result<CheckpointVerification> AuditCheckpoints::verifyAgainst(const QJsonObject& exported)
{
    if (exported.value(QStringLiteral("format")).toString() != QLatin1String("countersign-checkpoint/1"))
        return Error::invalid(CoreText::tr("The file is not a Countersign checkpoint."));
    AuditCheckpoint kept = checkpointFrom(
        exported.value(QStringLiteral("entry")).toString().toLongLong(), 0,
        QString::fromUtf8(
            QJsonDocument(exported.value(QStringLiteral("checkpoint")).toObject()).toJson(QJsonDocument::Compact)));
    // The file carries its own public key: a key the database's owner added later proves nothing.
    const QByteArray publicKey
        = QByteArray::fromBase64(exported.value(QStringLiteral("publicKey")).toString().toLatin1());
    const QByteArray signature
        = QByteArray::fromBase64(kept.payload.value(QStringLiteral("signature")).toString().toLatin1());
    if (SigningKey::keyIdOf(publicKey) != kept.keyId
        || !SigningKey::verify(publicKey, signedText(kept.payload), signature))
        return Error::integrity(CoreText::tr("The checkpoint file's signature is not valid: the file was altered."));
    auto v = verify();
    CS_TRY(v);
    auto q = m_db.exec(QStringLiteral("SELECT payload FROM audit_log WHERE seq = ? AND chain = 0 AND event = ?"),
                       { kept.seq, QString(AuditEvent::Checkpoint) });
    CS_TRY(q);
    const bool present = q->next()
        && canonicalJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object())
            == canonicalJson(kept.payload);
    if (!present) {
        // What the workspace holds now must not be read as proof: the file's checkpoint is gone.
        v->intact = false;
        v->firstBrokenSeq = kept.seq;
        v->problem = CoreText::tr("Checkpoint %1 (audit entry #%2) from the file is not in this workspace: its "
                                  "audit log was replaced or rewritten since.")
                         .arg(kept.number)
                         .arg(kept.seq);
    }
    return v;
}

} // namespace cs
