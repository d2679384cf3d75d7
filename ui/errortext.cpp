#include <QUrl>
#include <core/storage/database.h>
#include <ui/errortext.h>
#include <ui/logging.h>

namespace cs::ui {

bool ErrorText::isRaw(const Error& error)
{
    // Core marks it: its sentences are translated, so their words cannot tell.
    return error.fromDatabase;
}

QString ErrorText::forWrite(const Error& error)
{
    if (error.code == Error::Code::OutcomeUnknown)
        return error.message; // core's sentence: it is not known whether the change was saved
    if (!isRaw(error))
        return error.message;
    qCWarning(lcUi).noquote() << "write failed:" << error.message;
    return tr("The database could not be reached, so nothing was saved. Try again once it is back.");
}

QString ErrorText::forRead(const Error& error)
{
    if (!isRaw(error))
        return error.message;
    qCWarning(lcUi).noquote() << "read failed:" << error.message;
    return tr("The database could not be reached; what is shown may be out of date.");
}

QString ErrorText::forConnect(const QString& location, const Error& error)
{
    if (!isRaw(error))
        return error.message;
    qCWarning(lcUi).noquote() << "cannot open" << location << ':' << error.message;
    const QUrl url(location);
    const QString server = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(5432));
    if (Database::isAuthenticationFailure(error)) // libpq's verdict and the server's SQLSTATE, not its words
        return tr("The database server %1 did not accept the password for %2.").arg(server, url.userName());
    if (error.message.contains(QLatin1String("does not exist")))
        return tr("The database server %1 has no workspace database \"%2\" for %3.")
            .arg(server, url.path().mid(1), url.userName());
    return tr("The database server %1 cannot be reached; check the address and that the server runs.").arg(server);
}

} // namespace cs::ui
