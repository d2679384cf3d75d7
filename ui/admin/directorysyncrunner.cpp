#include <core/workspace.h>
#include <ui/admin/directorysyncrunner.h>
#include <ui/session.h>
#include <ui/workspaceworker.h>

namespace cs::ui {

DirectorySyncRunner::DirectorySyncRunner(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
    , m_result(std::make_shared<Result<SyncReport>>(Error::notFound(QString())))
{ }

bool DirectorySyncRunner::isBusy() const
{
    return m_worker->isBusy();
}

void DirectorySyncRunner::run(const QString& bindPassword, DirectorySync::Options options)
{
    if (isBusy())
        return;
    const QString actor = m_session.actor();
    m_options = options;
    m_worker->run<SyncReport>(
        [actor, bindPassword, options](Workspace& ws) { return ws.directorySync().sync(actor, bindPassword, options); },
        [this](const Result<SyncReport>& result) {
            m_result = std::make_shared<Result<SyncReport>>(result);
            Q_EMIT finished();
        });
}

} // namespace cs::ui
