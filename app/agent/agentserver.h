#pragma once

#include <agent/agentconfig.h>

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <core/execution/scriptrunner.h>
#include <core/workspace.h>
#include <memory>

namespace cs::agent {

// The agent: an HTTP front (health, executions) over core's ExecutionService, and a bounded
// queue of ScriptRunners. It trusts nothing from the caller but a request id and a token.
class AgentServer : public QObject
{
    Q_OBJECT

public:
    AgentServer(AgentConfig config, std::unique_ptr<Workspace> workspace, QObject* parent = nullptr);

    // Marks runs interrupted by a previous crash, starts listening, and sweeps for work.
    Result<quint16> start();

    // A clean stop (on SIGTERM or SIGINT; `why` names it in the log): stops listening and
    // claiming, ends running scripts with their process groups and records those runs, and
    // any claimed but not yet started, as interrupted. The caller then ends the event loop.
    void stop(const QString& why);

private:
    QHttpServerResponse health(const QHttpServerRequest& request);
    QHttpServerResponse executions(const QHttpServerRequest& request);
    QHttpServerResponse executionById(const QString& id, const QHttpServerRequest& request);
    QString caller(const QHttpServerRequest& request) const;

    // Claims with core's checks and queues the run; the refusal otherwise.
    Result<Execution> claimAndQueue(qint64 requestId, const QString& caller);
    void sweep();
    void startQueued();
    void log(const QString& message) const;
    void warn(const QString& message) const;

    AgentConfig m_config;
    std::unique_ptr<Workspace> m_workspace;
    QHttpServer m_http;
    QTimer m_sweep;
    QQueue<ExecutionPlan> m_queue;
    int m_running = 0;
    bool m_backlog = false; // the last sweep may have left approved work behind
    bool m_stopping = false; // stop() was called: nothing new is claimed or started
};

} // namespace cs::agent
