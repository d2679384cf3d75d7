#include <QEventLoop>
#include <QThread>
#include <keychain/keychainstore.h>
#include <qt6keychain/keychain.h>

namespace cs {
namespace {

// Runs a QtKeychain job to completion. Keychain calls take tens of milliseconds; the nested
// loop is confined to this adapter so that core never waits on an event loop.
void runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error::notFound(QStringLiteral("Nothing is stored in the keychain for this key."));
    return Error::storage(
        QStringLiteral("The system keychain is not available (%1), so the secret cannot be remembered; "
                       "nothing was written anywhere else.")
            .arg(job.errorString()));
}

template<typename Job> void configure(Job& job, const QString& key)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
}

// Without a session bus there is no Secret Service to wait for (a headless start, a CI job).
bool sessionBusExists()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !qEnvironmentVariableIsEmpty("DISPLAY");
}

// A Secret Service that is still starting answers "no backend"; one retry covers that (as Nextcloud does).
template<typename MakeJob> auto withRetry(MakeJob make, bool retryOnce)
{
    auto job = make();
    runJob(*job);
    if (retryOnce && sessionBusExists()
        && (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError)) {
        QThread::msleep(300);
        job = make();
        runJob(*job);
    }
    return job;
}

} // namespace

KeychainStore::KeychainStore(QString service, bool retryOnce)
    : m_service(std::move(service))
    , m_retryOnce(retryOnce)
{ }

Result<QString> KeychainStore::read(const QString& key)
{
    auto job = withRetry(
        [&] {
            auto j = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
            configure(*j, key);
            return j;
        },
        m_retryOnce);
    if (job->error() != QKeychain::NoError)
        return keychainError(*job);
    return job->textData();
}

Status KeychainStore::write(const QString& key, const QString& secret)
{
    auto job = withRetry(
        [&] {
            auto j = std::make_unique<QKeychain::WritePasswordJob>(m_service);
            configure(*j, key);
            j->setTextData(secret);
            return j;
        },
        m_retryOnce);
    if (job->error() != QKeychain::NoError)
        return keychainError(*job);
    return {};
}

bool KeychainStore::canRemember()
{
    if (!m_available) {
        auto probe = read(QStringLiteral("countersign-probe"));
        m_available = probe.ok() || probe.error().code == Error::Code::NotFound;
    }
    return *m_available;
}

Status KeychainStore::remove(const QString& key)
{
    auto job = withRetry(
        [&] {
            auto j = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
            configure(*j, key);
            return j;
        },
        m_retryOnce);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return keychainError(*job);
    return {};
}

} // namespace cs
