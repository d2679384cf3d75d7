#pragma once

#include <QObject>
#include <QTimer>
#include <core/workspace.h>

namespace cs::agent {

// The agent service's signed audit checkpoints: one every `minutes`, signed with the key in
// `keyFile` (made, mode 0600, on first start; an admin lists its public key with
// `countersign-cli audit key add`). A failure is logged and tried again at the next tick.
class CheckpointSchedule : public QObject
{
    Q_OBJECT

public:
    CheckpointSchedule(Workspace& workspace, QString agentName, QString keyFile, int minutes,
                       QObject* parent = nullptr);

    // Loads (or makes) the key and starts the timer; nothing happens without a key file.
    void start();
    // One checkpoint now; the sentence the log gets.
    Result<AuditCheckpoint> checkpointNow();

private:
    Workspace& m_workspace;
    QString m_agentName;
    QString m_keyFile;
    int m_minutes;
    QTimer m_timer;
};

} // namespace cs::agent
