#pragma once

#include <core/actions/action.h>
#include <core/actions/actionstore.h>
#include <core/audit/auditlog.h>
#include <core/directory/directory.h>
#include <core/storage/stores.h>

namespace cs {

struct ImportOutcome
{
    QString action;
    bool created = false;
    int version = 0;
    bool newVersion = false;
    int policyRevision = 0;
    bool policyChanged = false;
    // Open requests (pending, or approved and not yet run) of the version this import replaced:
    // the agent refuses them, as the action changed after they were made.
    int strandedRequests = 0;
    QStringList warnings; // e.g. a phase nobody could approve (requests will be refused)
};

// The warning an import gives when it strands open requests (one sentence, for CLI and desktop).
QString strandedWarning(const QString& action, int count);

// Everything admins change: people, groups, targets, actions and their policies. Each change
// is checked, permission-checked and audited in one transaction.
class AdminService
{
public:
    explicit AdminService(const Stores& stores);

    // Makes the first user an admin; only possible while the workspace has no users.
    Status bootstrap(const QString& login, const QString& displayName);

    Status addUser(const QString& actor, User user);
    Status setRole(const QString& actor, const QString& login, const QString& role, bool granted);
    Status addGroup(const QString& actor, const QString& name, const QString& description);
    Status setMembership(const QString& actor, const QString& group, const QString& login, bool member);
    Status addTarget(const QString& actor, Target target);
    Result<ImportOutcome> importAction(const QString& actor, const ActionFile& file);
    // How many open requests importing `file` would strand (0 unless it makes a new version), to
    // ask before saving; importAction reports the same count in its outcome.
    Result<int> requestsStrandedBy(const ActionFile& file);

    // Phases of the action's current policy that nobody could approve (the admin's warning).
    Result<QStringList> policyWarnings(const QString& action);

    Status requireAdmin(const QString& actor);

private:
    Status checkReferences(const ActionFile& file);
    Result<QStringList> warningsFor(const ActionDefinition& definition, const Policy& policy);

    Stores m_stores;
};

} // namespace cs
