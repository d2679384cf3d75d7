#pragma once

#include <QString>
#include <atomic>
#include <thread>

class TestWorkspace;

// Fault injection on PostgreSQL (issue 11): a gate in the test database makes one statement, or
// the COMMIT that ends its transaction, wait on an advisory lock, and a Terminator cuts off the
// backend that waits -- whichever process it serves (the test, the CLI or the real agent).
namespace pggate {

enum class Step { Statement, Commit };

// Makes the next `event` (INSERT or UPDATE) on `table` wait for the gate: while the statement
// runs (Statement) or during the COMMIT that ends its transaction (Commit, a deferred trigger).
void install(TestWorkspace& t, Step step, const QString& table = QStringLiteral("audit_log"),
             const QString& event = QStringLiteral("INSERT"));
// Removes it again (on a connection of its own: the workspace's may just have been cut off).
void remove(TestWorkspace& t, const QString& table = QStringLiteral("audit_log"));
// The test database's name, as the Terminator needs it.
QString databaseName(const TestWorkspace& t);

// A session of the cluster's superuser on another thread that holds the gate's advisory lock,
// waits for a backend to block on it, terminates that backend -- as a DBA's
// pg_terminate_backend, an idle-session timeout or a failover would -- and lets go.
class Terminator
{
public:
    explicit Terminator(const QString& database);
    ~Terminator() { finish(); }
    // Waits for the terminating thread: the operation can see its connection cut before
    // pg_terminate_backend has returned to that thread.
    bool terminated()
    {
        finish();
        return m_terminated;
    }
    bool failed() const { return m_failed; }

private:
    void finish()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void run(const QString& database);

    std::thread m_thread;
    std::atomic<bool> m_locked { false };
    std::atomic<bool> m_failed { false };
    std::atomic<bool> m_terminated { false };
};

} // namespace pggate
