#include <core/audit/auditevents.h>

namespace cs::AuditPayload {

QJsonObject requestSummary(const QString& action, int version, const QString& digest, const QString& state, int phase)
{
    return { { QStringLiteral("action"), action },
             { QStringLiteral("version"), version },
             { QStringLiteral("digest"), digest },
             { QStringLiteral("state"), state },
             { QStringLiteral("phase"), phase } };
}

QJsonObject submitted(QJsonObject summary, const QJsonObject& parameters, const QStringList& targets,
                      const QString& comment, const QJsonObject& policy, qint64 deadline)
{
    summary.insert(QStringLiteral("parameters"), parameters);
    summary.insert(QStringLiteral("targets"), QJsonArray::fromStringList(targets));
    summary.insert(QStringLiteral("comment"), comment);
    summary.insert(QStringLiteral("policy"), policy);
    summary.insert(QStringLiteral("deadline"), QString::number(deadline));
    return summary;
}

QJsonObject expired(QJsonObject summary, qint64 deadline, const QString& previousState)
{
    summary.insert(QStringLiteral("deadline"), QString::number(deadline));
    summary.insert(QStringLiteral("previousState"), previousState);
    return summary;
}

QJsonObject cancelled(QJsonObject summary, const QString& comment)
{
    summary.insert(QStringLiteral("comment"), comment);
    return summary;
}

QJsonObject decision(int phase, const QString& phaseName, const QString& comment, const QJsonValue& basis,
                     const QString& digest)
{
    return { { QStringLiteral("phase"), phase },
             { QStringLiteral("phaseName"), phaseName },
             { QStringLiteral("comment"), comment },
             { QStringLiteral("basis"), basis },
             { QStringLiteral("digest"), digest } };
}

QJsonObject feedback(const QString& vote, const QString& comment, bool commentChanged)
{
    return { { QStringLiteral("vote"), vote },
             { QStringLiteral("comment"), comment },
             { QStringLiteral("commentChanged"), commentChanged } };
}

QJsonObject phaseCompleted(int phase, const QString& name)
{
    return { { QStringLiteral("phase"), phase }, { QStringLiteral("name"), name } };
}

QJsonObject executionRefused(const QString& reason, const QString& caller, const QString& requestState)
{
    QJsonObject payload { { QStringLiteral("reason"), reason }, { QStringLiteral("caller"), caller } };
    if (!requestState.isEmpty())
        payload.insert(QStringLiteral("requestState"), requestState);
    return payload;
}

QJsonObject executionClaimed(const QString& caller, const QString& digest, const QString& versionDigest)
{
    return { { QStringLiteral("caller"), caller },
             { QStringLiteral("digest"), digest },
             { QStringLiteral("versionDigest"), versionDigest } };
}

QJsonObject executionDeferred(const QString& reason, int retryInSeconds)
{
    return { { QStringLiteral("reason"), reason }, { QStringLiteral("retryInSeconds"), retryInSeconds } };
}

QJsonObject executionEnded(const QString& state, qint64 outputCharacters, std::optional<int> exitCode,
                           const QString& error)
{
    QJsonObject payload { { QStringLiteral("state"), state },
                          { QStringLiteral("outputCharacters"), outputCharacters } };
    if (exitCode)
        payload.insert(QStringLiteral("exitCode"), *exitCode);
    if (!error.isEmpty())
        payload.insert(QStringLiteral("error"), error);
    return payload;
}

QJsonObject workspaceInitialised(const QString& admin)
{
    return { { QStringLiteral("admin"), admin } };
}

QJsonObject userAdded(const QString& login, const QString& name, const QString& email, const QString& manager,
                      const QStringList& roles)
{
    return { { QStringLiteral("login"), login },
             { QStringLiteral("name"), name },
             { QStringLiteral("email"), email },
             { QStringLiteral("manager"), manager },
             { QStringLiteral("roles"), QJsonArray::fromStringList(roles) } };
}

QJsonObject roleChanged(const QString& login, const QString& role)
{
    return { { QStringLiteral("login"), login }, { QStringLiteral("role"), role } };
}

QJsonObject userNamed(const QString& login)
{
    return { { QStringLiteral("login"), login } };
}

QJsonObject groupAdded(const QString& group, const QString& description)
{
    return { { QStringLiteral("group"), group }, { QStringLiteral("description"), description } };
}

QJsonObject membershipChanged(const QString& group, const QString& login)
{
    return { { QStringLiteral("group"), group }, { QStringLiteral("login"), login } };
}

QJsonObject targetAdded(const QString& target, const QString& kind, const QString& agent, const QString& owner,
                        const QJsonObject& attributes)
{
    return { { QStringLiteral("target"), target },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("agent"), agent },
             { QStringLiteral("owner"), owner },
             { QStringLiteral("attributes"), attributes } };
}

QJsonObject targetRemoved(const QString& target)
{
    return { { QStringLiteral("target"), target } };
}

QJsonObject actionVersionCreated(const QString& action, int version, const QString& digest,
                                 const QJsonObject& definition)
{
    return { { QStringLiteral("action"), action },
             { QStringLiteral("version"), version },
             { QStringLiteral("digest"), digest },
             { QStringLiteral("definition"), definition } };
}

QJsonObject policyChanged(const QString& action, int revision, const QJsonObject& policy)
{
    return { { QStringLiteral("action"), action },
             { QStringLiteral("revision"), revision },
             { QStringLiteral("policy"), policy } };
}

QJsonObject directoryConfigured(const QJsonObject& source)
{
    return { { QStringLiteral("source"), source } };
}

QJsonObject userChanged(const QString& login, const QJsonObject& changes)
{
    return { { QStringLiteral("login"), login }, { QStringLiteral("changes"), changes } };
}

QJsonObject userDisabled(const QString& login, const QString& reason)
{
    return { { QStringLiteral("login"), login }, { QStringLiteral("reason"), reason } };
}

QJsonObject userEnabled(const QString& login)
{
    return { { QStringLiteral("login"), login } };
}

QJsonObject groupChanged(const QString& group, const QJsonObject& changes)
{
    return { { QStringLiteral("group"), group }, { QStringLiteral("changes"), changes } };
}

QJsonObject groupRemoved(const QString& group, const QString& reason)
{
    return { { QStringLiteral("group"), group }, { QStringLiteral("reason"), reason } };
}

} // namespace cs::AuditPayload
