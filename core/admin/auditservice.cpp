#include <core/admin/auditservice.h>
#include <core/common/coretext.h>
#include <core/directory/directory.h>
#include <core/requests/requestservice.h>

namespace cs {

AuditService::AuditService(const Stores& stores, RequestService& requests)
    : m_stores(stores)
    , m_requests(requests)
{ }

Result<bool> AuditService::readsEverything(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    return user->readsEverything();
}

Status AuditService::requireWholeLog(const QString& actor)
{
    auto privileged = readsEverything(actor);
    CS_TRY(privileged);
    if (!*privileged)
        return Error::forbidden(CoreText::tr("Only admins and auditors can read the whole audit log."));
    return {};
}

Result<QList<AuditEntry>> AuditService::entries(const QString& actor, qint64 requestId, int limit, qint64 afterSeq)
{
    if (requestId < 0)
        return Error::invalid(CoreText::tr("A request number is positive."));
    auto privileged = readsEverything(actor);
    CS_TRY(privileged);
    if (!*privileged) {
        if (requestId == 0)
            return Error::forbidden(CoreText::tr("Only admins and auditors can read the whole audit log."));
        CS_TRY(m_requests.details(actor, requestId)); // refuses anyone not involved in the request
    }
    return m_stores.audit.entries(requestId, limit, afterSeq);
}

Result<QList<AuditEntry>> AuditService::entriesAt(const QString& actor, const QList<qint64>& seqs)
{
    CS_TRY(requireWholeLog(actor));
    return m_stores.audit.entriesAt(seqs);
}

Result<QList<AuditPosition>> AuditService::positionsAfter(const QString& actor, qint64 afterSeq, int limit)
{
    CS_TRY(requireWholeLog(actor));
    return m_stores.audit.positionsAfter(afterSeq, limit);
}

Result<QList<AuditEntry>> AuditService::newest(const QString& actor, int limit, qint64 beforeSeq,
                                               const AuditFilter& filter)
{
    if (filter.requestId < 0 || (filter.to > 0 && filter.to <= filter.from))
        return Error::invalid(CoreText::tr("Choose a request number above 0 and a time range that ends after it "
                                           "starts."));
    if (filter.requestId > 0) {
        auto privileged = readsEverything(actor);
        CS_TRY(privileged);
        if (!*privileged)
            CS_TRY(m_requests.details(actor, filter.requestId)); // refuses anyone not involved in the request
    } else {
        CS_TRY(requireWholeLog(actor));
    }
    return m_stores.audit.newest(limit, beforeSeq, filter);
}

AuditCheckpoints AuditService::checkpoints()
{
    return AuditCheckpoints(m_stores.db, m_stores.audit, m_stores.clock);
}

Status AuditService::registerCheckpointKey(const QString& actor, const QByteArray& publicKey,
                                           std::optional<qint64> validUntil)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->roles.contains(Role::Admin))
        return Error::forbidden(CoreText::tr("Only admins can list a checkpoint signing key."));
    return checkpoints().registerKey(actor, publicKey, m_stores.clock.nowMs(), validUntil);
}

Result<bool> AuditService::isCheckpointKeyRegistered(const QString& keyId)
{
    return checkpoints().isKeyRegistered(keyId);
}

Result<AuditCheckpoint> AuditService::checkpoint(const QString& actor, const SigningKey& key)
{
    CS_TRY(requireWholeLog(actor));
    return checkpoints().create(actor, key);
}

Result<QJsonObject> AuditService::exportCheckpoint(const QString& actor)
{
    CS_TRY(requireWholeLog(actor));
    return checkpoints().exportLatest();
}

} // namespace cs
