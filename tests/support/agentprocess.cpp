#include <QFile>
#include <support/agentprocess.h>
#include <sys/resource.h>

AgentProcess::AgentProcess(const Options& o)
    : m_port(o.port)
{
    QProcess generate;
    generate.start(o.binary, { QStringLiteral("--new-token"), o.name });
    if (!generate.waitForFinished(30000))
        qFatal("countersign-agent --new-token did not finish");
    const QString printed = QString::fromUtf8(generate.readAllStandardOutput());
    m_token = printed.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral("token:  "), 1);
    const QString tokenLine = printed.section(QLatin1Char('\n'), 1, 1).section(QStringLiteral("config: "), 1);

    QFile config(m_dir.filePath(QStringLiteral("agent.json")));
    if (!config.open(QIODevice::WriteOnly))
        qFatal("cannot write the agent configuration");
    config.write(
        QStringLiteral(
            R"({ "name": "%1", "listen": "127.0.0.1:%2", "database": "%3", "tokens": [ %4 ], "workDir": "%5", "pollSeconds": %6 %7 })")
            .arg(o.name)
            .arg(o.port)
            .arg(o.database, tokenLine, m_dir.filePath(QStringLiteral("work")))
            .arg(o.pollSeconds)
            .arg(o.extraConfig)
            .toUtf8());
    config.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!o.databasePassword.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), o.databasePassword);
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    if (o.maxOpenFiles > 0) {
        const rlim_t files = rlim_t(o.maxOpenFiles);
        m_process.setChildProcessModifier([files] {
            const rlimit limit { files, files };
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
    m_process.start(o.binary, { QStringLiteral("--config"), config.fileName() });
    while (!m_log.contains(QLatin1String("listening on"))) {
        if (!m_process.waitForReadyRead(10000))
            qFatal("the agent did not start: %s", qPrintable(m_log));
        m_log += QString::fromUtf8(m_process.readAll());
    }
}

AgentProcess::~AgentProcess()
{
    m_process.kill();
    m_process.waitForFinished();
}

qint64 AgentProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

QString AgentProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}
