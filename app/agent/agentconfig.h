#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <agent/httplimits.h>
#include <core/common/result.h>

namespace cs::agent {

// countersign-agent's configuration file (JSON). Tokens are stored only as SHA-256 hashes.
struct AgentConfig
{
    struct Token
    {
        QString name;
        QByteArray sha256; // raw bytes
    };

    QString name; // this agent's identity in the audit log
    QString publicUrl; // the URL targets name for this agent
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765; // 0: any free port (printed at start)
    QString database; // workspace location
    QList<Token> tokens;
    QStringList interpreters; // allowed interpreters; empty: any
    QString workDir;
    int concurrency = 2;
    int pollSeconds = 10;
    QString checkpointKeyFile; // "checkpoint": {"keyFile", "minutes"}: signed audit checkpoints
    int checkpointMinutes = 60;
    QString tlsCertificate;
    QString tlsKey;
    HttpLimits limits; // "limits": what one client may hold of the agent
    bool apiEnabled = false; // "api": {"enabled": true}: the inbound API for service accounts (issue 17)

    static Result<AgentConfig> load(const QString& path);
    // The token's name if it is one of ours (constant-time comparison), else empty.
    QString authenticate(const QByteArray& bearerToken) const;

    // A new random token and the line to put in the configuration file.
    static QPair<QString, QString> generateToken(const QString& name);
};

} // namespace cs::agent
