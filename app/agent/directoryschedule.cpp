#include <QTimer>
#include <agent/directoryschedule.h>
#include <agent/logging.h>
#include <core/directory/directorysource.h>
#include <core/workspace.h>
#include <memory>

namespace cs::agent {
namespace {

constexpr int kCheckMs = 60 * 1000;

// Lives in the schedule's thread: its workspace connection belongs there.
class Worker : public QObject
{
public:
    Worker(QString database, const Clock& clock)
        : m_database(std::move(database))
        , m_clock(clock)
    { }

    void check()
    {
        if (!m_workspace) {
            auto opened = Workspace::open(m_database, m_clock);
            if (!opened.ok()) {
                qCWarning(lcAgent).noquote() << "directory sync: cannot open the workspace:" << opened.error().message;
                return;
            }
            m_workspace = std::move(opened).value();
        }
        auto due = m_workspace->directorySync().scheduledSyncDue();
        if (!due.ok()) {
            qCWarning(lcAgent).noquote() << "directory sync:" << due.error().message;
            return;
        }
        if (!*due)
            return;
        auto report = m_workspace->directorySync().syncScheduled();
        if (report.ok())
            qCInfo(lcAgent).noquote() << "directory sync:" << report->summary();
        else
            qCWarning(lcAgent).noquote() << "directory sync:" << report.error().message;
    }

private:
    QString m_database;
    const Clock& m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace

DirectorySchedule::DirectorySchedule(const QString& database, const Clock& clock, QObject* parent)
    : QObject(parent)
{
    auto* worker = new Worker(database, clock);
    auto* timer = new QTimer(worker);
    timer->setInterval(kCheckMs);
    QObject::connect(timer, &QTimer::timeout, worker, [worker] { worker->check(); });
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, worker, [worker, timer] {
        worker->check();
        timer->start();
    });
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("directory-sync"));
    m_thread.start(QThread::LowPriority);
}

DirectorySchedule::~DirectorySchedule()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace cs::agent
