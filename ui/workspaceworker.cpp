#include <ui/workspaceworker.h>
#include <utility>

namespace cs::ui {

WorkspaceWorker::WorkspaceWorker(std::function<Result<std::unique_ptr<Database>>()> open, const Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_open(std::move(open))
    , m_clock(clock)
{ }

WorkspaceWorker::~WorkspaceWorker()
{
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void WorkspaceWorker::startLatest()
{
    auto next = std::exchange(m_latestNext, {});
    m_latestBusy = true;
    next();
}

void WorkspaceWorker::start(std::function<void()> work, std::function<void()> done)
{
    QThread* thread = QThread::create(std::move(work));
    m_threads.insert(thread);
    connect(thread, &QThread::finished, this, [this, thread, done] {
        m_threads.remove(thread);
        thread->deleteLater();
        done();
    });
    thread->start(QThread::LowPriority);
}

} // namespace cs::ui
