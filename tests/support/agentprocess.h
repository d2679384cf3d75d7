#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// The real countersign-agent binary for a test: a token of its own, a config for the given
// workspace, started and waited for; killed when this object goes.
class AgentProcess
{
public:
    struct Options
    {
        QString binary;
        QString name = QStringLiteral("test-agent");
        quint16 port = 0;
        QString database; // workspace location
        QString databasePassword; // PostgreSQL (libpq reads it from the environment)
        int pollSeconds = 3600;
        QString extraConfig; // more members for the configuration object, each with a leading comma
        int maxOpenFiles = 0; // the agent's RLIMIT_NOFILE (soft and hard); 0: inherited
    };

    explicit AgentProcess(const Options& options);
    ~AgentProcess();

    QString token() const { return m_token; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString log();
    qint64 pid() const { return m_process.processId(); }
    QString workDir() const { return m_dir.filePath(QStringLiteral("work")); }
    // The agent's resident memory in KiB (VmRSS), 0 when it cannot be read.
    qint64 residentKiB() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_token;
    quint16 m_port;
    QString m_log;
};
