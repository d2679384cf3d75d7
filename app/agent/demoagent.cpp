#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <agent/agentconfig.h>
#include <agent/demoagent.h>

namespace cs::agent {

QString DemoAgent::configPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("demo-agent.json"));
}

QString DemoAgent::tokenPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("demo-agent.token"));
}

Result<QString> DemoAgent::prepare(const QString& dir, quint16 port)
{
    if (!QDir().mkpath(dir))
        return Error::storage(QStringLiteral("Cannot create the demo folder %1.").arg(dir));
    const auto [token, line] = AgentConfig::generateToken(QStringLiteral("demo"));
    QSaveFile config(configPath(dir));
    if (!config.open(QIODevice::WriteOnly))
        return Error::storage(QStringLiteral("Cannot write %1: %2").arg(config.fileName(), config.errorString()));
    config.write(QStringLiteral(R"({ "name": "demo-agent", "listen": "127.0.0.1:%1", "database": "demo.db",
  "tokens": [ %2 ],
  "interpreters": ["/bin/sh", "python3"], "workDir": "demo-agent-work", "pollSeconds": 5 }
)")
                     .arg(port)
                     .arg(line)
                     .toUtf8());
    if (!config.commit())
        return Error::storage(QStringLiteral("Cannot write %1: %2").arg(config.fileName(), config.errorString()));
    return token;
}

Status DemoAgent::publishToken(const QString& dir, const QString& token)
{
    QSaveFile file(tokenPath(dir));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::storage(QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.write(token.toLatin1() + '\n');
    if (!file.commit())
        return Error::storage(QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

void DemoAgent::withdrawToken(const QString& dir)
{
    QFile::remove(tokenPath(dir));
}

} // namespace cs::agent
