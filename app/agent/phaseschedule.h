#pragma once

#include <QObject>
#include <QThread>
#include <core/common/clock.h>

namespace cs::agent {

// Reminders and escalations of approval phases (issue 16): every minute it asks core for what is
// due (PhaseAlerts::runDue). Each happens once however many agents run this: core claims it under
// the request's lock. Passed deadlines, timeout outcomes included, are expired by one owner only:
// the GrantSchedule (RequestService::expireDueForAgent). Its own thread and connection.
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
