#pragma once

#include <QObject>
#include <core/directorysync/directorysync.h>
#include <memory>

namespace cs::ui {

class Session;
class WorkspaceWorker;

// Runs one directory sync (or its dry run) off the GUI thread through a WorkspaceWorker: reading
// the whole directory from LDAP and applying it takes seconds. One run at a time.
class DirectorySyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit DirectorySyncRunner(Session& session, QObject* parent = nullptr);

    bool isBusy() const;
    void run(const QString& bindPassword, DirectorySync::Options options);
    // The outcome of the last run (valid once finished() was emitted).
    const Result<SyncReport>& result() const { return *m_result; }
    DirectorySync::Options lastOptions() const { return m_options; }

Q_SIGNALS:
    void finished();

private:
    Session& m_session;
    WorkspaceWorker* m_worker;
    std::shared_ptr<Result<SyncReport>> m_result;
    DirectorySync::Options m_options;
};

} // namespace cs::ui
