#pragma once

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <core/execution/execution.h>
#include <core/execution/outputmask.h>
#include <optional>

namespace cs {

// Runs one claimed execution: the approved version's script, with its interpreter, in a fresh
// working directory. Parameters arrive as environment variables (CS_PARAM_<NAME>) and as JSON on
// standard input, never on a command line and never through a shell. The script gets its own
// process group, so a timeout kills it together with everything it started, and the group dies
// with the agent (even on SIGKILL): no script runs on unsupervised. Output is reported line by
// line with secret values (and their common encodings) masked.
class ScriptRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString workRoot; // a fresh directory is made below it per run
        qint64 maxOutputChars = 1 << 20;
    };

    ScriptRunner(ExecutionPlan plan, Options options, QObject* parent = nullptr);
    ~ScriptRunner() override;

    void start();
    qint64 requestId() const { return m_plan.request.id; }
    const ExecutionPlan& plan() const { return m_plan; }

    static QProcessEnvironment environmentFor(const ExecutionPlan& plan, const QString& workDir);
    static QByteArray standardInputFor(const ExecutionPlan& plan);

Q_SIGNALS:
    void started();
    void output(const QString& chunk);
    void finished(const QString& state, std::optional<int> exitCode, const QString& error);
    // Instead of started() and finished(): the script could not be started for a local reason
    // (no file descriptor, no disk space, fork failing) and nothing of it ran; it may be tried
    // again with a new runner once the agent has the resources.
    void notStarted(const QString& reason);

private:
    void readOutput(bool flushAll);
    void done(const QString& state, std::optional<int> exitCode, const QString& error);
    void notStartedLater(const QString& reason);
    QString masked(QString text) const;
    void killGroup();

    ExecutionPlan m_plan;
    OutputMask m_mask;
    Options m_options;
    QString m_workDir;
    QProcess m_process;
    QTimer m_timeout;
    qint64 m_pid = 0;
    int m_lifeline = -1; // write end of the pipe the script's watchdog waits on
    int m_lifelineRead = -1;
    bool m_timedOut = false;
    bool m_done = false;
    QByteArray m_pending;
    qint64 m_emitted = 0;
};

} // namespace cs
