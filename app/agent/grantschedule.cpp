#include <agent/grantschedule.h>
#include <agent/logging.h>
#include <core/execution/scriptrunner.h>

namespace cs::agent {
namespace {

constexpr int kTickMs = 1000;
constexpr qint64 kExpiryEveryMs = 10 * 1000;
constexpr int kMaxErrorChars = 2000;

} // namespace

GrantSchedule::GrantSchedule(Workspace& workspace, const AgentConfig& config, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_config(config)
{
    connect(&m_timer, &QTimer::timeout, this, &GrantSchedule::tick);
}

Status GrantSchedule::recover()
{
    auto interrupted = m_workspace.grants().recoverInterrupted(m_config.name);
    CS_TRY(interrupted);
    for (qint64 id : *interrupted)
        qCWarning(lcAgent).noquote()
            << QStringLiteral("%1: the revoke of request #%2 was interrupted by the last stop; it runs again")
                   .arg(m_config.name)
                   .arg(id);
    return {};
}

void GrantSchedule::start()
{
    m_lastTick = m_workspace.clock().nowMs();
    m_timer.start(kTickMs);
    QMetaObject::invokeMethod(this, &GrantSchedule::tick, Qt::QueuedConnection);
}

void GrantSchedule::stop()
{
    m_timer.stop();
    for (ScriptRunner* runner : findChildren<ScriptRunner*>(Qt::FindDirectChildrenOnly)) {
        runner->disconnect(this);
        delete runner;
    }
    m_running = 0;
}

void GrantSchedule::tick()
{
    const qint64 now = m_workspace.clock().nowMs();
    // Ends first: while they cannot be recorded, nothing new is claimed.
    while (!m_unrecorded.isEmpty()) {
        const Ended e = m_unrecorded.first();
        const Status s = m_workspace.grants().finishRevoke(e.requestId, m_config.name, e.succeeded, e.error);
        if (!s.ok() && (s.error().code == Error::Code::Storage || s.error().code == Error::Code::OutcomeUnknown)) {
            qCWarning(lcAgent).noquote() << QStringLiteral("%1: cannot record the revoke of request #%2 yet: %3")
                                                .arg(m_config.name)
                                                .arg(e.requestId)
                                                .arg(s.error().message);
            return;
        }
        if (!s.ok())
            qCWarning(lcAgent).noquote() << s.error().message;
        m_unrecorded.removeFirst();
    }
    runDue();
    auto starts = m_workspace.grants().startsBetween(m_lastTick, now);
    if (starts.ok() && *starts)
        Q_EMIT startsDue();
    m_lastTick = now;
    if (now - m_lastExpiry >= kExpiryEveryMs) {
        m_lastExpiry = now;
        auto expired = m_workspace.requests().expireDueForAgent(m_config.name);
        if (!expired.ok())
            qCWarning(lcAgent).noquote()
                << QStringLiteral("%1: cannot expire due requests: %2").arg(m_config.name, expired.error().message);
        else if (!expired->isEmpty())
            qCInfo(lcAgent).noquote()
                << QStringLiteral("%1: %2 requests expired at their deadline").arg(m_config.name).arg(expired->size());
    }
}

void GrantSchedule::runDue()
{
    const int free = m_config.concurrency - m_running;
    if (free <= 0)
        return;
    auto plans = m_workspace.grants().claimDue(m_config.name, m_config.publicUrl, free);
    if (!plans.ok()) {
        qCWarning(lcAgent).noquote()
            << QStringLiteral("%1: cannot look for due revokes: %2").arg(m_config.name, plans.error().message);
        return;
    }
    for (ExecutionPlan& plan : *plans) {
        const qint64 id = plan.request.id;
        qCInfo(lcAgent).noquote() << QStringLiteral("%1: revoking request #%2").arg(m_config.name).arg(id);
        auto* runner = new ScriptRunner(std::move(plan), { m_config.workDir }, this);
        auto output = std::make_shared<QString>();
        ++m_running;
        connect(runner, &ScriptRunner::output, this, [output](const QString& chunk) {
            output->append(chunk);
            if (output->size() > kMaxErrorChars)
                *output = output->right(kMaxErrorChars);
        });
        connect(runner, &ScriptRunner::finished, this,
                [this, id, runner, output](const QString& state, std::optional<int> exitCode, const QString& error) {
                    const bool ok = state == ExecutionState::Succeeded;
                    QString why = error;
                    if (!ok && why.isEmpty())
                        why = exitCode ? QStringLiteral("The revoke script exited with code %1.").arg(*exitCode)
                                       : QStringLiteral("The revoke script ended: %1.").arg(state);
                    if (!ok && !output->trimmed().isEmpty())
                        why += QStringLiteral(" Output: ") + output->trimmed();
                    runner->deleteLater();
                    --m_running;
                    finished(id, ok, why);
                });
        connect(runner, &ScriptRunner::notStarted, this, [this, id, runner](const QString& reason) {
            runner->deleteLater();
            --m_running;
            finished(id, false, reason);
        });
        runner->start();
    }
}

void GrantSchedule::finished(qint64 requestId, bool succeeded, const QString& error)
{
    qCInfo(lcAgent).noquote() << QStringLiteral("%1: revoke of request #%2 %3")
                                     .arg(m_config.name)
                                     .arg(requestId)
                                     .arg(succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed: ") + error);
    m_unrecorded.append({ requestId, succeeded, succeeded ? QString() : error });
    QMetaObject::invokeMethod(this, &GrantSchedule::tick, Qt::QueuedConnection);
}

} // namespace cs::agent
