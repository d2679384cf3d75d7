#pragma once

#include <QObject>
#include <QThread>
#include <core/directorysync/directorysync.h>

namespace cs::ui {

class Session;

// Runs one directory sync (or its dry run) off the GUI thread: reading the whole directory from
// LDAP and applying it takes seconds. The worker opens its own connection (a connection belongs to
// the thread that opened it). One run at a time.
class DirectorySyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit DirectorySyncRunner(Session& session, QObject* parent = nullptr);
    ~DirectorySyncRunner() override;

    bool isBusy() const { return m_thread != nullptr; }
    void run(const QString& bindPassword, DirectorySync::Options options);
    // The outcome of the last run (valid once finished() was emitted).
    const Result<SyncReport>& result() const { return *m_result; }
    DirectorySync::Options lastOptions() const { return m_options; }

Q_SIGNALS:
    void finished();

private:
    Session& m_session;
    QThread* m_thread = nullptr;
    std::shared_ptr<Result<SyncReport>> m_result;
    DirectorySync::Options m_options;
};

} // namespace cs::ui
