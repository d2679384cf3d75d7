#include <agent/checkpointschedule.h>
#include <agent/logging.h>
#include <core/audit/auditcheckpoints.h>
#include <core/audit/checkpointkeyfile.h>

namespace cs::agent {

CheckpointSchedule::CheckpointSchedule(Workspace& workspace, QString agentName, QString keyFile, int minutes,
                                       QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_agentName(std::move(agentName))
    , m_keyFile(std::move(keyFile))
    , m_minutes(minutes)
{
    connect(&m_timer, &QTimer::timeout, this,
            [this] {
                auto made = checkpointNow();
                if (made.ok())
                    qCInfo(lcAgent).noquote() << QStringLiteral("%1: checkpoint %2 signed (audit entry #%3, %4 chains)")
                                                     .arg(m_agentName)
                                                     .arg(made->number)
                                                     .arg(made->seq)
                                                     .arg(made->chains);
                else
                    qCWarning(lcAgent).noquote()
                        << QStringLiteral("%1: no audit checkpoint: %2").arg(m_agentName, made.error().message);
            });
}

void CheckpointSchedule::start()
{
    if (m_keyFile.isEmpty() || m_minutes <= 0)
        return;
    bool created = false;
    auto key = loadOrCreateKeyFile(m_keyFile, &created);
    if (!key.ok()) {
        qCWarning(lcAgent).noquote()
            << QStringLiteral("%1: no audit checkpoints: %2").arg(m_agentName, key.error().message);
        return;
    }
    if (created)
        qCInfo(lcAgent).noquote()
            << QStringLiteral("%1: made the checkpoint signing key %2; an admin lists it with: countersign-cli audit "
                              "key add %3")
                   .arg(m_agentName, key->keyId(), QString::fromLatin1(key->publicKey().toBase64()));
    m_timer.start(m_minutes * 60 * 1000);
}

Result<AuditCheckpoint> CheckpointSchedule::checkpointNow()
{
    auto key = loadOrCreateKeyFile(m_keyFile);
    CS_TRY(key);
    AuditCheckpoints checkpoints(m_workspace.database(), m_workspace.audit(), m_workspace.clock());
    return checkpoints.create(QStringLiteral("agent:") + m_agentName, *key);
}

} // namespace cs::agent
