#pragma once

#include <QObject>
#include <QTimer>
#include <core/workspace.h>

namespace cs::ui {

// The signed-in person on one open workspace. Changes made by this client, another client or the
// CLI reach every view without a manual refresh: PostgreSQL notifies (LISTEN/NOTIFY), SQLite is
// watched through its audit head. A slow check notices when the database is away and back.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(std::unique_ptr<Workspace> workspace, const QString& actor, QObject* parent = nullptr);
    ~Session() override;

    Workspace& workspace() { return *m_workspace; }
    QString actor() const { return m_actor; }
    Result<User> me() { return m_workspace->directory().activeUser(m_actor); }
    bool isAdmin();
    bool readsEverything(); // core decides: admins and auditors

    void setPollInterval(int milliseconds);

public Q_SLOTS:
    // Emits changed() if anything was written since the last look.
    void checkForChanges();

Q_SIGNALS:
    void changed();
    void problem(const QString& message);
    // The database stopped answering / answers again (a server restart, a network outage).
    void connectionLost(const QString& message);
    void connectionRestored();

private:
    std::unique_ptr<Workspace> m_workspace;
    QString m_actor;
    QTimer m_poll;
    qint64 m_lastSeq = -1;
    bool m_away = false;
};

} // namespace cs::ui
