#pragma once

#include <QObject>
#include <QThread>
#include <core/common/clock.h>

namespace cs::agent {

// Reminders, escalations and timeouts of approval phases (issue 16): every minute it asks core for
// what is due (PhaseAlerts::runDue) and sweeps the passed deadlines of requests whose policy chose a
// timeout outcome (RequestService::sweepExpired, core's expiry path, which applies it). Each happens once however many
// agents run this: core claims it under the request's lock. Its own thread and connection, like the directory schedule.
class PhaseSchedule : public QObject
{
    Q_OBJECT

public:
    PhaseSchedule(const QString& database, const Clock& clock, const QString& agentName, QObject* parent = nullptr);
    ~PhaseSchedule() override;

private:
    QThread m_thread;
};

} // namespace cs::agent
