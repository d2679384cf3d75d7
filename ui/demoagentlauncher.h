#pragma once

#include <QObject>
#include <QProcess>

namespace cs::ui {

// The demo's local agent, started (or found) for the desktop demo as packaging/demo.sh does:
// `countersign-agent --demo FOLDER`, which makes a token for this run. An agent started here
// stops when this object goes (the client quits); one found running is left alone.
class DemoAgentLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoAgentLauncher(QObject* parent = nullptr);
    ~DemoAgentLauncher() override;

    // For tests: another agent binary and port than the installed one on 8765.
    void setProgram(const QString& path) { m_program = path; }
    void setPort(quint16 port) { m_port = port; }
    QString url() const;
    bool startedHere() const { return m_process.state() != QProcess::NotRunning; }

    // For the demo workspace in folder: emits ready() with the agent's token, or failed().
    // Nothing is started when $COUNTERSIGN_AGENT_TOKEN already names a token (packaging/demo.sh).
    void start(const QString& folder);

Q_SIGNALS:
    void ready(const QString& url, const QString& token);
    void failed(const QString& message);

private:
    QString program() const;
    QString tokenFile() const;
    bool readToken();
    void takeOutput();

    QProcess m_process;
    QString m_program;
    QString m_folder;
    quint16 m_port = 8765;
    bool m_ready = false;
};

} // namespace cs::ui
