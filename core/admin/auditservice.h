#pragma once

#include <core/audit/auditcheckpoints.h>
#include <core/audit/auditlog.h>
#include <core/storage/stores.h>

namespace cs {

class RequestService;

// Who may read which part of the audit log, decided here for every front end: admins and
// auditors read all of it; anyone else only the trail of a request they are involved in.
class AuditService
{
public:
    AuditService(const Stores& stores, RequestService& requests);

    Result<bool> readsEverything(const QString& actor);
    // requestId 0: the whole log (admins and auditors only).
    // afterSeq: only entries newer than it (the live view's catch-up).
    Result<QList<AuditEntry>> entries(const QString& actor, qint64 requestId, int limit, qint64 afterSeq = 0);
    // The entries at these positions that exist now (admins and auditors only).
    Result<QList<AuditEntry>> entriesAt(const QString& actor, const QList<qint64>& seqs);
    // The positions after `afterSeq`, oldest first, at most `limit` (admins and auditors only): where
    // a live view needs to know only which positions hold an entry (AuditLog::positionsAfter).
    Result<QList<AuditPosition>> positionsAfter(const QString& actor, qint64 afterSeq, int limit);
    // Whether an entry can appear below positions already read (AuditLog::entriesMayCommitLate).
    bool entriesMayCommitLate() const { return m_stores.audit.entriesMayCommitLate(); }
    // The newest entries of the whole log, keyset-paged (admins and auditors only), narrowed by filter;
    // a filter naming a request is also open to those involved in it.
    Result<QList<AuditEntry>> newest(const QString& actor, int limit, qint64 beforeSeq = 0,
                                     const AuditFilter& filter = {});

    // Lists a checkpoint signing key (admins only), valid from now, until validUntil if given.
    Status registerCheckpointKey(const QString& actor, const QByteArray& publicKey,
                                 std::optional<qint64> validUntil = {});
    Result<bool> isCheckpointKeyRegistered(const QString& keyId);
    // Records a signed checkpoint (admins and auditors; the agent service signs through AuditCheckpoints).
    Result<AuditCheckpoint> checkpoint(const QString& actor, const SigningKey& key);
    // The newest checkpoint as a file's content (admins and auditors).
    Result<QJsonObject> exportCheckpoint(const QString& actor);

private:
    Status requireWholeLog(const QString& actor);
    AuditCheckpoints checkpoints();

    Stores m_stores;
    RequestService& m_requests;
};

} // namespace cs
