#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <core/storage/database.h>
#include <memory>

namespace cs::agent {

// Wakes the agent as soon as anything is committed to a PostgreSQL workspace, so that a request
// approved from any client (the CLI, a script) starts at once instead of at the next periodic
// sweep. It listens, on a connection of its own, to the channel every audit append notifies; the
// payload names no request, so a wake-up means "look for approved work" (the sweep, whose claims
// are exactly-once in core). Notifications that arrive together make one wake-up, and sweeps are
// spaced by what they cost.
//
// A heartbeat notices a dropped connection: once the database answers again (Database reconnects
// and subscribes again), one wake-up covers whatever was committed while nobody listened.
// SQLite has no notifications: start() says so, and the periodic sweep stays the only one.
class ApprovalWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kHeartbeatMs = 2000;

    // agentName prefixes the log lines, as the agent's own.
    explicit ApprovalWatcher(QString agentName, QObject* parent = nullptr);
    ~ApprovalWatcher() override;

    // Listens on a new connection to the database `workspace` is connected to (if the database is
    // away now, the heartbeat keeps trying). False on SQLite.
    bool start(const Database& workspace);
    void stop();
    bool isListening() const { return m_db != nullptr && !m_lost; }

Q_SIGNALS:
    // Something was committed, or may have been while the connection was down: look for work.
    void workMayWait();

private:
    void open();
    void heartbeat();
    void wake();
    void log(const QString& message) const;
    void warn(const QString& message) const;

    QString m_agentName;
    std::function<Result<std::unique_ptr<Database>>()> m_opener;
    std::unique_ptr<Database> m_db;
    QTimer m_heartbeat;
    qint64 m_backendPid = 0; // changes when Database has reconnected
    bool m_lost = false; // told once per outage
    bool m_wakePending = false;
    qint64 m_sweepCost = 0; // ms the last sweep took
    QElapsedTimer m_sinceSweep; // since the last sweep ended
};

} // namespace cs::agent
