#pragma once

#include <core/actions/action.h>
#include <core/actions/actionstore.h>
#include <core/audit/auditlog.h>
#include <core/directory/directory.h>
#include <core/storage/stores.h>
#include <optional>

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

// A change to a person: only the fields given change (an empty manager means none).
struct UserChanges
{
    QString login;
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QString> manager;
    std::optional<QStringList> roles; // the app roles they should have; grants and revokes the difference
};

// A change to a target: only the fields given change (an empty owner means none).
struct TargetChanges
{
    QString name;
    std::optional<QString> kind;
    std::optional<QString> agentUrl;
    std::optional<QString> owner;
    std::optional<QJsonObject> attributes; // replaces them all
    QJsonObject setAttributes; // then these are set
    QStringList unsetAttributes; // and these removed
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
    Status editUser(const QString& actor, const UserChanges& changes);
    // A disabled person keeps their history but can no longer act (Directory::activeUser).
    Status setUserActive(const QString& actor, const QString& login, bool active);
    // Only someone nothing refers to (no requests, decisions, reports, targets, policies, audit
    // entries of their own); otherwise refused with the reasons.
    Status removeUser(const QString& actor, const QString& login);
    // What removeUser would refuse, without removing anything: asked before the admin confirms.
    Status checkUserRemovable(const QString& actor, const QString& login);
    // Why the person could not be removed, one phrase each; empty when nothing refers to them.
    Result<QStringList> referencesToUser(const QString& login);
    Status addGroup(const QString& actor, const QString& name, const QString& description);
    Status setMembership(const QString& actor, const QString& group, const QString& login, bool member);
    Status addTarget(const QString& actor, Target target);
    Status editTarget(const QString& actor, const TargetChanges& changes);
    // Only a target no action lists and no request names; otherwise refused with the reasons.
    Status removeTarget(const QString& actor, const QString& name);
    Status checkTargetRemovable(const QString& actor, const QString& name);
    Result<QStringList> referencesToTarget(const QString& name);
    Result<ImportOutcome> importAction(const QString& actor, const ActionFile& file);
    // How many open requests importing `file` would strand (0 unless it makes a new version), to
    // ask before saving; importAction reports the same count in its outcome.
    Result<int> requestsStrandedBy(const ActionFile& file);

    // Phases of the action's current policy that nobody could approve (the admin's warning).
    Result<QStringList> policyWarnings(const QString& action);

    Status requireAdmin(const QString& actor);

    // --- Workflows (issue 19) ---
    // What an action file's policy means: embedded as written, or the current revision of the workflow
    // it names (the default one for an empty policy) with its overrides; refused if that workflow is
    // missing or archived, naming the action.
    Result<Policy> resolvedPolicy(const ActionFile& file);
    // Phases of this (resolved) policy that nobody requesting `definition` could get approved.
    Result<QStringList> warningsFor(const ActionDefinition& definition, const Policy& policy);

private:
    Status changeRole(const QString& actor, const QString& login, const QString& role, bool granted);
    Result<int> count(const QString& sql, const QVariantList& values);
    Status checkReferences(const ActionFile& file);

    Stores m_stores;
};

} // namespace cs
