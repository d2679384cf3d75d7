#pragma once

#include <QObject>
#include <QThread>
#include <core/common/clock.h>

namespace cs::agent {

// The periodic directory sync of the agent service: where an admin configured a directory source
// with an interval, it syncs people and groups from it that often, with the bind password from the
// service's environment (COUNTERSIGN_LDAP_BIND_PASSWORD, for the server COUNTERSIGN_LDAP_BIND_URL names). It works in a
// thread of its own, on a connection of its own, so a sync never holds up the agent's requests; whether one is due is
// core's decision (DirectorySync::scheduledSyncDue), asked every minute.
class DirectorySchedule : public QObject
{
    Q_OBJECT

public:
    DirectorySchedule(const QString& database, const Clock& clock, QObject* parent = nullptr);
    ~DirectorySchedule() override;

private:
    QThread m_thread;
};

} // namespace cs::agent
