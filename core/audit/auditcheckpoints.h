#pragma once

#include <QJsonObject>
#include <core/audit/auditlog.h>
#include <core/common/signing.h>
#include <optional>

namespace cs {

// One signed checkpoint, as its entry in the global chain records it.
struct AuditCheckpoint
{
    qint64 number = 0; // 1, 2, ... in the order they were made
    qint64 seq = 0; // its audit entry
    qint64 at = 0;
    qint64 chains = 0; // chains in the workspace when it was made
    qint64 changed = 0; // heads recorded with it (those that moved since the one before)
    QString keyId;
    QJsonObject payload; // as signed, plus "signature"
};

struct CheckpointVerification
{
    bool intact = true;
    qint64 checkpoints = 0;
    qint64 headsChecked = 0;
    qint64 entriesChecked = 0; // sinceLast: entries walked after the recorded heads
    qint64 firstBrokenSeq = 0;
    QString problem; // one sentence naming the first problem
    std::optional<AuditCheckpoint> last; // the newest checkpoint checked
};

// Signed audit checkpoints (SPEC §7, issue 18). A checkpoint is an entry in the global chain that
// records the head of every chain (those that moved since the one before, in
// audit_checkpoint_heads, by digest) and how many chains there are, signed with an Ed25519 key the
// workspace lists in audit_keys. A chain's hashes alone let the database's owner delete a whole
// chain with its head, or rewrite it and recompute every hash; a signed head cannot be recomputed.
// The statements that find the few checkpoints among all entries (columns seq, at, payload). Their
// condition is spelled as the partial index audit_log_checkpoints (migration 23) is: SQLite uses
// such an index only for the same words, and PostgreSQL's generic plans only for a constant, not a
// bound value. tst_checkpoints reads their plans on both engines.
struct CheckpointStatements
{
    static QString inOrder();
    static QString newest();
    static QString count();
};

class AuditCheckpoints
{
public:
    AuditCheckpoints(Database& db, AuditLog& audit, const Clock& clock);

    // Lists a public key (the caller decides who may; AdminService-level check in CheckpointService).
    Status registerKey(const QString& actor, const QByteArray& publicKey, qint64 validFrom,
                       std::optional<qint64> validUntil = {});
    Result<bool> isKeyRegistered(const QString& keyId);

    // Records and signs the heads of all chains now. The key must be listed and valid.
    Result<AuditCheckpoint> create(const QString& actor, const SigningKey& key);

    // Every checkpoint's signature and key, that its recorded heads are those it signed, and that
    // every chain it recorded still exists and extends its recorded head. sinceLast: also walks
    // each chain from its last recorded head to its current head (the quick routine check).
    Result<CheckpointVerification> verify(bool sinceLast = false);

    // The newest checkpoint as a small self-contained file (its payload, signature and public
    // key), to keep outside the database owner's reach; and checking a database against one.
    Result<QJsonObject> exportLatest();
    Result<CheckpointVerification> verifyAgainst(const QJsonObject& exported);

    static QByteArray signedText(const QJsonObject& payload); // the payload without its signature

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace cs
