#include <QEventLoop>
#include <QTimer>
#include <agent/logging.h>
#include <agent/signalwatcher.h>
#include <agent/startupretry.h>
#include <core/storage/database.h>

namespace cs::agent {

StartupRetry::StartupRetry(SignalWatcher& watcher)
    : m_watcher(watcher)
{ }

bool StartupRetry::mayRetry(const Error& e)
{
    // A wrong password is a setting to fix, not a database that is away: waiting would hide it.
    if (Database::isAuthenticationFailure(e))
        return false;
    return e.code == Error::Code::Storage || e.code == Error::Code::OutcomeUnknown;
}

bool StartupRetry::wait(const QString& what, const QString& reason, int delayMs)
{
    if (!m_stoppedBy.isEmpty())
        return false;
    qCWarning(lcAgent).noquote()
        << QStringLiteral("cannot %1 yet; trying again in %2 s: %3").arg(what).arg(delayMs / 1000.0).arg(reason);
    QEventLoop loop;
    QTimer::singleShot(delayMs, &loop, &QEventLoop::quit);
    const auto connection = QObject::connect(&m_watcher, &SignalWatcher::received, &loop, [this, &loop](int signal) {
        m_stoppedBy = SignalWatcher::name(signal);
        loop.quit();
    });
    loop.exec();
    QObject::disconnect(connection);
    return m_stoppedBy.isEmpty();
}

} // namespace cs::agent
