#include <QTimer>
#include <agent/logging.h>
#include <agent/phaseschedule.h>
#include <core/workspace.h>
#include <memory>

namespace cs::agent {
namespace {

// How often it looks (COUNTERSIGN_PHASE_CHECK_SECONDS overrides it for tests).
int checkMs()
{
    const int seconds = qEnvironmentVariableIntValue("COUNTERSIGN_PHASE_CHECK_SECONDS");
    return (seconds > 0 ? seconds : 60) * 1000;
}

// Lives in the schedule's thread: its workspace connection belongs there.
class Worker : public QObject
{
public:
    Worker(QString database, const Clock& clock, QString agentName)
        : m_database(std::move(database))
        , m_clock(clock)
        , m_name(std::move(agentName))
    { }

    void check()
    {
        if (!m_workspace) {
            auto opened = Workspace::open(m_database, m_clock);
            if (!opened.ok()) {
                qCWarning(lcAgent).noquote() << "phase schedule: cannot open the workspace:" << opened.error().message;
                return;
            }
            m_workspace = std::move(opened).value();
        }
        auto done = m_workspace->phaseAlerts().runDue(m_name);
        if (!done.ok())
            qCWarning(lcAgent).noquote() << "phase schedule:" << done.error().message;
        else if (*done > 0)
            qCInfo(lcAgent).noquote() << QStringLiteral("phase schedule: %1 reminder(s) or escalation(s)").arg(*done);
        // Deadlines (timeout outcomes included) are the grant schedule's: one owner for expiry.
    }

private:
    QString m_database;
    const Clock& m_clock;
    QString m_name;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace

PhaseSchedule::PhaseSchedule(const QString& database, const Clock& clock, const QString& agentName, QObject* parent)
    : QObject(parent)
{
    auto* worker = new Worker(database, clock, agentName);
    auto* timer = new QTimer(worker);
    timer->setInterval(checkMs());
    QObject::connect(timer, &QTimer::timeout, worker, [worker] { worker->check(); });
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, worker, [worker, timer] {
        worker->check();
        timer->start();
    });
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("phase-schedule"));
    m_thread.start(QThread::LowPriority);
}

PhaseSchedule::~PhaseSchedule()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace cs::agent
