#pragma once

#include <QHttpServer>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <agent/agentconfig.h>
#include <agent/approvalwatcher.h>
#include <agent/checkpointschedule.h>
#include <agent/connectionguard.h>
#include <agent/grantschedule.h>
#include <agent/inboundapi.h>
#include <agent/outcomejournal.h>
#include <core/execution/scriptrunner.h>
#include <core/workspace.h>
#include <memory>

namespace cs::agent {

// The agent: QHttpServer (health, executions) behind a ConnectionGuard over core's
// ExecutionService, and a bounded queue of ScriptRunners. It trusts nothing from the caller but a request id and a
// token.
class AgentServer : public QObject
{
    Q_OBJECT

public:
    AgentServer(AgentConfig config, std::unique_ptr<Workspace> workspace, QObject* parent = nullptr);

    // Start-up recovery, before start(): records the ends of runs a previous life of the agent
    // kept in its journal (the database was away when they finished), then marks the runs it had
    // started and whose end is unknown as interrupted (never run again). Storage or
    // OutcomeUnknown errors mean the database cannot be reached: call again later, nothing is lost.
    Status recover();

    // Starts listening, and sweeps for work: every pollSeconds, and on PostgreSQL also as soon as
    // anything is committed (an approval from any client).
    Result<quint16> start();

    // A clean stop (on SIGTERM or SIGINT; `why` names it in the log): stops listening and
    // claiming, ends running scripts with their process groups and records those runs, and
    // any claimed but not yet started, as interrupted. The caller then ends the event loop.
    void stop(const QString& why);

private:
    // Method, route and token, from the headers alone: a refusal here never reads the body.
    std::optional<HttpReply> admit(const HttpRequest& head) const;
    HttpReply respond(const HttpRequest& request);
    // QHttpServer's routes: admit() again, then respond().
    void serve(const QHttpServerRequest& request, QHttpServerResponder& responder);
    HttpReply health() const;
    HttpReply executions(const HttpRequest& request);
    HttpReply executionById(qint64 id);
    QString caller(const HttpRequest& request) const;

    // Claims with core's checks and queues the run; the refusal otherwise.
    Result<Execution> claimAndQueue(qint64 requestId, const QString& caller);
    // Records how a script ended; when the database cannot take it now, keeps it (in memory and
    // in the journal) for recordKept().
    void recordEnd(const FinishedRun& run);
    // Records the kept ends, oldest first; the error of the first that still cannot be recorded.
    Status recordKept();
    // Records one kept end unless the execution row shows it no longer running (a COMMIT whose
    // outcome was unknown may well have been recorded).
    Status recordOne(const FinishedRun& run);
    QSet<qint64> keptIds() const;
    void sweep();
    void startQueued();
    // A claimed run whose script could not start for a local reason: tried again with back-off.
    void deferStart(ExecutionPlan plan, const QString& reason);
    void log(const QString& message) const;
    void warn(const QString& message) const;

    AgentConfig m_config;
    std::unique_ptr<Workspace> m_workspace;
    QHttpServer m_http;
    ConnectionGuard* m_guard; // owned by m_http once bound
    QTimer m_sweep;
    QQueue<ExecutionPlan> m_queue;
    OutcomeJournal m_journal;
    QList<FinishedRun> m_unrecorded; // ended, not yet on record: also in m_journal
    bool m_journalLoaded = false;
    int m_running = 0;
    int m_deferred = 0; // claimed runs that could not start, waiting to be tried again
    QHash<qint64, int> m_startAttempts; // by request: failed starts so far (for the back-off)
    bool m_backlog = false; // the last sweep may have left approved work behind
    bool m_stopping = false; // stop() was called: nothing new is claimed or started
    ApprovalWatcher m_approvals { m_config.name }; // sweeps at once when something is approved (PostgreSQL)
    CheckpointSchedule m_checkpoints { *m_workspace, m_config.name, m_config.checkpointKeyFile,
                                       m_config.checkpointMinutes };
    GrantSchedule m_grants { *m_workspace, m_config }; // revokes, earliest starts, expiry
    std::unique_ptr<InboundApi> m_api; // the inbound API for service accounts, when turned on (issue 17)
};

} // namespace cs::agent
