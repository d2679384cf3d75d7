#include <QRegularExpression>
#include <core/common/identity.h>
#include <pwd.h>
#include <unistd.h>

namespace cs {

QString normalizeLogin(const QString& login)
{
    return login.trimmed().toCaseFolded();
}

QString osLogin()
{
    // getpwuid first: $USER is whatever the caller exported.
    if (const passwd* pw = ::getpwuid(::getuid()))
        return normalizeLogin(QString::fromLocal8Bit(pw->pw_name));
    return normalizeLogin(qEnvironmentVariable("USER"));
}

bool isValidLogin(const QString& normalizedLogin)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_.@-]{0,62}$"));
    return re.match(normalizedLogin).hasMatch();
}

} // namespace cs
