#include <core/workspace.h>

namespace cs {

Workspace::Workspace(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(*m_db, clock)
    , m_directory(*m_db)
    , m_actions(*m_db)
    , m_requestStore(*m_db)
    , m_admin(stores())
    , m_requests(stores())
    , m_executionStore(*m_db)
    , m_executions(stores(), m_executionStore)
    , m_auditService(stores(), m_requests)
    , m_directorySync(stores(), m_admin)
    , m_notifyStore(*m_db)
    , m_notifier(stores(), m_notifyStore)
    , m_notify(stores(), m_notifyStore, m_notifier)
    , m_delegations(stores())
    , m_phaseAlerts(stores())
    , m_grants(stores())
{
    // Every audited event may owe someone a notice: its event row is written in the event's own
    // transaction, its recipients chosen later by the sender.
    m_audit.setObserver([this](const AuditEntry& entry) { return m_notifier.onAudit(entry); });
}

Stores Workspace::stores()
{
    return { *m_db, m_clock, m_audit, m_directory, m_actions, m_requestStore };
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& location, const Clock& clock, const QString& password)
{
    auto db = Database::isPostgresUrl(location) ? Database::openPostgres(location, password)
                                                : Database::openSqlite(location);
    CS_TRY(db);
    auto workspace = std::make_unique<Workspace>(std::move(db).value(), clock);
    // Migration 4 added the queue index; requests pending from before get theirs once.
    if (workspace->database().schemaVersionFound() > 0 && workspace->database().schemaVersionFound() < 4)
        CS_TRY(workspace->requests().rebuildAudience());
    return workspace;
}

} // namespace cs
