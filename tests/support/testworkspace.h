#pragma once

#include <QTemporaryDir>
#include <core/common/clock.h>
#include <core/workspace.h>
#include <memory>

// A fresh SQLite workspace in a temporary folder, a manual clock, and an admin called "root",
// with short helpers to build a directory. Setup failures abort the test binary: a test must
// never run on a half-built fixture.
class TestWorkspace
{
public:
    // SQLite in a temporary folder, or -- with COUNTERSIGN_TEST_ENGINE=postgresql -- a fresh database
    // in the private cluster that packaging/test.sh starts (dropped again afterwards).
    // bootstrap: make "root" the first admin (off for fixtures that seed their own, like the demo).
    explicit TestWorkspace(bool bootstrap = true);
    ~TestWorkspace();

    static bool onPostgres();
    // One statement as the test cluster's superuser, on the cluster's own database (which stays
    // reachable when a test database refuses connections); aborts the test on failure.
    static void asClusterSuperuser(const QString& sql);
    // Another connection to the same workspace, as a second client or agent would have.
    std::unique_ptr<cs::Workspace> openAnother();
    QString password() const { return m_password; }

    cs::Workspace& ws() { return *m_workspace; }
    cs::Database& db() { return m_workspace->database(); }
    cs::ManualClock clock;
    QString path() const { return m_path; }

    void group(const QString& name);
    void user(const QString& login, const QStringList& groups = {}, const QString& manager = {},
              const QStringList& roles = {});
    // agentUrl: the agent that runs its requests (default: none listens there).
    void target(const QString& name, const QString& kind, const QString& environment, const QString& owner = {},
                const QString& agentUrl = {});
    void leave(const QString& group, const QString& login);
    // Imports an action file (JSON text); returns the outcome or aborts.
    cs::ImportOutcome action(const QByteArray& json);

    // Reopens the same file, as another process would.
    void reopen();

    static void must(const cs::Status& status, const char* what);

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_password;
    QString m_pgDatabase;
    std::unique_ptr<cs::Workspace> m_workspace;
};

// Fixed directory used by the engine tests: requester "req" (manager "mgr"), approvers alice and
// bob, security carol, bypass dave, roles, owners, and targets prod1/test1.
void buildStandardDirectory(TestWorkspace& t);

// An action "act" (param "count", integer; "note", string) on prod1/test1 with the given policy JSON.
QByteArray actionWithPolicy(const QByteArray& policyJson);

// The standard directory and "act" for any one member of approvers: most suites start here.
void buildStandardWorkspace(TestWorkspace& t);

// An active grant: `requester` asks for `in` (a time-bound action), `approver` approves, and agent
// "a1" runs it to success. Aborts the test binary on any failure.
qint64 makeActiveGrant(TestWorkspace& t, const cs::SubmitInput& in, const QString& requester = QStringLiteral("req"),
                       const QString& approver = QStringLiteral("alice"));
