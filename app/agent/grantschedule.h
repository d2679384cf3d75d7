#pragma once

#include <QObject>
#include <QTimer>
#include <agent/agentconfig.h>
#include <core/workspace.h>

namespace cs::agent {

// The agent's clock for time-bound access (SPEC §4), every second: runs due revokes (claimed
// once in core, so of several agents exactly one runs each), asks the server to sweep when an
// approved request's earliest start has come, and every 10 s expires due pending requests
// (RequestService). A revoke that cannot be recorded is kept and recorded at the next tick.
class GrantSchedule : public QObject
{
    Q_OBJECT

public:
    GrantSchedule(Workspace& workspace, const AgentConfig& config, QObject* parent = nullptr);

    // Records the revokes a previous life of this agent left running as failed (tried again).
    Status recover();
    void start();
    // Ends running revoke scripts (their rows are recovered at the next start).
    void stop();

Q_SIGNALS:
    // An approved request's earliest start has come: time to claim it.
    void startsDue();

private:
    void tick();
    void runDue();
    void finished(qint64 requestId, bool succeeded, const QString& error);

    struct Ended
    {
        qint64 requestId = 0;
        bool succeeded = false;
        QString error;
    };
    Workspace& m_workspace;
    const AgentConfig& m_config;
    QTimer m_timer;
    QList<Ended> m_unrecorded;
    int m_running = 0;
    qint64 m_lastTick = 0;
    qint64 m_lastExpiry = 0;
};

} // namespace cs::agent
