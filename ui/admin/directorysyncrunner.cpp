#include <core/workspace.h>
#include <ui/admin/directorysyncrunner.h>
#include <ui/session.h>

namespace cs::ui {

DirectorySyncRunner::DirectorySyncRunner(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_result(std::make_shared<Result<SyncReport>>(Error::notFound(QString())))
{ }

DirectorySyncRunner::~DirectorySyncRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DirectorySyncRunner::run(const QString& bindPassword, DirectorySync::Options options)
{
    if (m_thread)
        return;
    auto open = m_session.workspace().database().opener();
    const Clock& clock = m_session.workspace().clock();
    const QString actor = m_session.actor();
    auto result = std::make_shared<Result<SyncReport>>(Error::notFound(QString()));
    m_options = options;
    m_thread = QThread::create([open, &clock, actor, bindPassword, options, result] {
        auto db = open();
        if (!db.ok()) {
            *result = db.error();
            return;
        }
        Workspace ws(std::move(db).value(), clock);
        *result = ws.directorySync().sync(actor, bindPassword, options);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_result = result;
        Q_EMIT finished();
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace cs::ui
