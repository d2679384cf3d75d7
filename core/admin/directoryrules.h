#pragma once

#include <QRegularExpression>
#include <QUrl>
#include <core/common/result.h>
#include <core/directory/directory.h>

// What makes a group or target name, an e-mail address and a target valid: shared by adding and editing.
namespace cs::DirectoryRules {

inline bool validName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

inline bool validEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return re.match(email).hasMatch();
}

inline bool validRole(const QString& role)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    return re.match(role).hasMatch();
}

// The agent address and attributes of a target (its name is checked where it is chosen).
inline Status checkTargetFields(const Target& target)
{
    if (!target.agentUrl.isEmpty()) {
        const QUrl url(target.agentUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return Error::invalid(QStringLiteral("Agent address \"%1\" must be an http:// or https:// URL.")
                                      .arg(target.agentUrl.left(120)));
    }
    for (auto it = target.attributes.begin(); it != target.attributes.end(); ++it)
        if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool())
            return Error::invalid(QStringLiteral("Target attribute \"%1\" must be a single value.").arg(it.key()));
    return {};
}

} // namespace cs::DirectoryRules
