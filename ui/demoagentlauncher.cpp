#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <ui/demoagentlauncher.h>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace cs::ui {

DemoAgentLauncher::DemoAgentLauncher(QObject* parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, &DemoAgentLauncher::takeOutput);
    connect(&m_process, &QProcess::finished, this, [this] {
        takeOutput();
        if (!m_ready)
            Q_EMIT failed(tr("The demo agent did not start; see %1.")
                              .arg(QDir(m_folder).filePath(QStringLiteral("demo-agent.log"))));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The demo agent (countersign-agent) is not installed, so approved requests wait."));
    });
}

DemoAgentLauncher::~DemoAgentLauncher()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate(); // the agent finishes cleanly on SIGTERM and withdraws its token
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString DemoAgentLauncher::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString DemoAgentLauncher::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    // Installed beside the client, or in the build tree (app/desktop and app/agent).
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate : { here.filePath(QStringLiteral("countersign-agent")),
                                      here.filePath(QStringLiteral("../agent/countersign-agent")) })
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    return QStandardPaths::findExecutable(QStringLiteral("countersign-agent"));
}

QString DemoAgentLauncher::tokenFile() const
{
    return QDir(m_folder).filePath(QStringLiteral("demo-agent.token"));
}

bool DemoAgentLauncher::readToken()
{
    QFile file(tokenFile());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString token = QString::fromLatin1(file.readAll()).trimmed();
    if (token.isEmpty())
        return false;
    m_ready = true;
    Q_EMIT ready(url(), token);
    return true;
}

void DemoAgentLauncher::start(const QString& folder)
{
    if (m_ready || m_process.state() != QProcess::NotRunning || !qEnvironmentVariableIsEmpty("COUNTERSIGN_AGENT_TOKEN"))
        return;
    m_folder = folder;
    // One demo agent per workspace: a second client uses the running one's token. (Starting
    // another would first mark the running one's runs as interrupted.) Loopback answers at once.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, m_port);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        if (!readToken())
            Q_EMIT failed(
                tr("Something else listens on the demo agent's port %1, so approved requests wait.").arg(m_port));
        return;
    }
    const QString binary = program();
    if (binary.isEmpty()) {
        Q_EMIT failed(tr("The demo agent (countersign-agent) is not installed, so approved requests wait."));
        return;
    }
#ifdef Q_OS_LINUX
    // A client that dies without quitting (its display gone, killed) takes its demo agent with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(binary, { QStringLiteral("--demo"), m_folder, QStringLiteral("--port"), QString::number(m_port) });
}

void DemoAgentLauncher::takeOutput()
{
    const QByteArray output = m_process.readAll();
    if (output.isEmpty())
        return;
    QFile log(QDir(m_folder).filePath(QStringLiteral("demo-agent.log")));
    if (log.open(QIODevice::Append))
        log.write(output);
    // The agent says so once it listens and its token is in place.
    if (!m_ready && output.contains("demo token: "))
        readToken();
}

} // namespace cs::ui
