#include <agent/approvalwatcher.h>
#include <agent/logging.h>
#include <utility>

namespace cs::agent {

ApprovalWatcher::ApprovalWatcher(QString agentName, QObject* parent)
    : QObject(parent)
    , m_agentName(std::move(agentName))
{
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ApprovalWatcher::heartbeat);
}

ApprovalWatcher::~ApprovalWatcher() = default;

void ApprovalWatcher::log(const QString& message) const
{
    qCInfo(lcAgent).noquote() << m_agentName + QStringLiteral(": ") + message;
}

void ApprovalWatcher::warn(const QString& message) const
{
    qCWarning(lcAgent).noquote() << m_agentName + QStringLiteral(": ") + message;
}

bool ApprovalWatcher::start(const Database& workspace)
{
    if (workspace.engine() != Database::Engine::Postgres) {
        log(QStringLiteral("SQLite has no notifications: approved requests are found by the periodic sweep"));
        return false;
    }
    m_opener = workspace.opener();
    open();
    m_heartbeat.start();
    return true;
}

void ApprovalWatcher::stop()
{
    m_heartbeat.stop();
    m_db.reset();
}

void ApprovalWatcher::open()
{
    auto db = m_opener();
    const auto failed = [this](const QString& why) {
        if (!std::exchange(m_lost, true))
            warn(QStringLiteral("cannot listen for approvals yet (until then they start at the periodic sweep): %1")
                     .arg(why));
    };
    if (!db.ok())
        return failed(db.error().message);
    auto pid = (*db)->exec(QStringLiteral("SELECT pg_backend_pid()"));
    if (!pid.ok())
        return failed(pid.error().message);
    if (!pid->next() || !(*db)->subscribeToChanges(this, [this] { wake(); }))
        return failed(QStringLiteral("LISTEN was refused."));
    m_backendPid = pid->value(0).toLongLong();
    m_db = std::move(db).value();
    log(QStringLiteral("listening for approvals (PostgreSQL notifications)"));
    if (std::exchange(m_lost, false))
        wake(); // approvals made while nobody listened were never notified
}

void ApprovalWatcher::heartbeat()
{
    if (!m_db) {
        open();
        return;
    }
    // Without a statement nobody would notice a dropped connection: the notifications just stop.
    // A failing one makes Database reconnect (and subscribe again); a new backend tells it did.
    auto pid = m_db->exec(QStringLiteral("SELECT pg_backend_pid()"));
    const qint64 backend = pid.ok() && pid->next() ? pid->value(0).toLongLong() : 0;
    if (backend == 0) {
        if (!std::exchange(m_lost, true))
            warn(QStringLiteral("the connection for approval notifications is down; until it is back, approvals "
                                "start at the periodic sweep: %1")
                     .arg(pid.ok() ? QStringLiteral("no answer.") : pid.error().message));
        return;
    }
    if (backend == m_backendPid && !m_lost)
        return;
    m_backendPid = backend;
    m_lost = false;
    log(QStringLiteral("listening for approvals again; looking for requests approved meanwhile"));
    wake();
}

void ApprovalWatcher::wake()
{
    // Every notification read in one go (a burst of commits) makes one sweep, which sees them all.
    if (m_wakePending)
        return;
    m_wakePending = true;
    // A sweep reads every approved request nobody has claimed yet, also those for other agents, so
    // it can be slow: however often commits arrive, sweeping takes at most half the agent's time.
    // After a cheap sweep (a few milliseconds) the next waits as long at most.
    const qint64 wait = m_sinceSweep.isValid() ? qMax(qint64(0), m_sweepCost - m_sinceSweep.elapsed()) : 0;
    QTimer::singleShot(int(wait), this, [this] {
        m_wakePending = false;
        QElapsedTimer cost;
        cost.start();
        Q_EMIT workMayWait(); // the agent sweeps in this call (a direct connection)
        m_sweepCost = cost.elapsed();
        m_sinceSweep.start();
    });
}

} // namespace cs::agent
