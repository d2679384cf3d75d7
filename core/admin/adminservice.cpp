#include <algorithm>
#include <core/actions/workflowstore.h>
#include <core/admin/adminservice.h>
#include <core/admin/directoryrules.h>
#include <core/audit/auditevents.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/common/regexrisk.h>
#include <core/directory/directoryfacts.h>
#include <core/directory/directorysource.h>
#include <core/policy/policyengine.h>
#include <core/requests/approvalwebhookstore.h>
#include <core/requests/requeststore.h>
#include <core/storage/postgressetup.h>

namespace cs {
namespace {

using DirectoryRules::validEmail;
using DirectoryRules::validName;

} // namespace

AdminService::AdminService(const Stores& stores)
    : m_stores(stores)
{ }

Status AdminService::requireAdmin(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->roles.contains(Role::Admin))
        return Error::forbidden(
            CoreText::tr("Only admins can change users, groups, targets and actions; \"%1\" is not an admin.")
                .arg(user->login));
    return {};
}

Status AdminService::bootstrap(const QString& login, const QString& displayName)
{
    const QString normalized = normalizeLogin(login);
    return m_stores.db.transaction([&]() -> Status {
        auto any = m_stores.directory.hasUsers();
        CS_TRY(any);
        if (*any)
            return Error::conflict(CoreText::tr("This workspace already has users; ask an admin to add you."));
        User admin { normalized,
                     displayName.isEmpty() ? normalized : displayName,
                     {},
                     {},
                     { Role::Admin },
                     true,
                     m_stores.clock.nowMs() };
        if (!isValidLogin(normalized))
            return Error::invalid(CoreText::tr("\"%1\" cannot be used as a login.").arg(login));
        CS_TRY(m_stores.directory.insertUser(admin));
        return m_stores.audit.append(normalized, AuditEvent::WorkspaceInitialised, 0,
                                     AuditPayload::workspaceInitialised(normalized));
    });
}

Status AdminService::addUser(const QString& actor, User user)
{
    user.login = normalizeLogin(user.login);
    user.manager = normalizeLogin(user.manager);
    user.displayName = user.displayName.trimmed();
    user.email = user.email.trimmed();
    if (!isValidLogin(user.login))
        return Error::invalid(
            CoreText::tr("Login \"%1\" is invalid: use letters, digits, '.', '_', '-' or '@', starting with a letter.")
                .arg(user.login.left(80)));
    if (user.displayName.isEmpty())
        user.displayName = user.login;
    if (!user.email.isEmpty() && !validEmail(user.email))
        return Error::invalid(CoreText::tr("\"%1\" is not an e-mail address.").arg(user.email.left(80)));
    for (const QString& role : std::as_const(user.roles))
        if (!DirectoryRules::validRole(role))
            return Error::invalid(CoreText::tr("Role \"%1\" is invalid.").arg(role.left(40)));
    user.createdAt = m_stores.clock.nowMs();

    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto existing = found(m_stores.directory.user(user.login));
        CS_TRY(existing);
        if (*existing)
            return Error::conflict(CoreText::tr("User \"%1\" already exists.").arg(user.login));
        if (!user.manager.isEmpty()) {
            auto manager = found(m_stores.directory.user(user.manager));
            CS_TRY(manager);
            if (!*manager)
                return Error::invalid(CoreText::tr("Manager \"%1\" is not a user.").arg(user.manager));
        }
        CS_TRY(m_stores.directory.insertUser(user));
        // On PostgreSQL (once set up) a person is also a login role with the right memberships.
        auto enforced = PostgresSetup::isApplied(m_stores.db);
        CS_TRY(enforced);
        if (*enforced) {
            CS_TRY(PostgresSetup::createPerson(m_stores.db, user.login));
            for (const QString& role : std::as_const(user.roles))
                CS_TRY(PostgresSetup::setAppRole(m_stores.db, user.login, role, true));
        }
        return m_stores.audit.append(
            normalizeLogin(actor), AuditEvent::UserAdded, 0,
            AuditPayload::userAdded(user.login, user.displayName, user.email, user.manager, user.roles));
    });
}

Status AdminService::setRole(const QString& actor, const QString& login, const QString& role, bool granted)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto user = m_stores.directory.user(normalizeLogin(login));
        CS_TRY(user);
        return changeRole(actor, user->login, role, granted);
    });
}

Status AdminService::addGroup(const QString& actor, const QString& name, const QString& description)
{
    if (!validName(name))
        return Error::invalid(
            CoreText::tr("Group name \"%1\" is invalid: use letters, digits, '.', '_' or '-'.").arg(name.left(80)));
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto existing = found(m_stores.directory.group(name));
        CS_TRY(existing);
        if (*existing)
            return Error::conflict(CoreText::tr("Group \"%1\" already exists.").arg(name));
        CS_TRY(m_stores.directory.insertGroup({ name, description.trimmed(), {} }, m_stores.clock.nowMs()));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::GroupAdded, 0,
                                     AuditPayload::groupAdded(name, description.trimmed()));
    });
}

Status AdminService::setMembership(const QString& actor, const QString& groupName, const QString& login, bool member)
{
    const QString normalized = normalizeLogin(login);
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto group = m_stores.directory.group(groupName);
        CS_TRY(group);
        CS_TRY(m_stores.directory.user(normalized));
        auto synced = syncedGroupReason(m_stores.db, groupName);
        CS_TRY(synced);
        if (!synced->isEmpty())
            return Error::forbidden(*synced);
        if (group->members.contains(normalized) == member)
            return Error::conflict(member ? CoreText::tr("%1 is already a member of %2.").arg(normalized, groupName)
                                          : CoreText::tr("%1 is not a member of %2.").arg(normalized, groupName));
        CS_TRY(m_stores.directory.setMember(groupName, normalized, member));
        return m_stores.audit.append(normalizeLogin(actor),
                                     member ? AuditEvent::GroupMemberAdded : AuditEvent::GroupMemberRemoved, 0,
                                     AuditPayload::membershipChanged(groupName, normalized));
    });
}

Status AdminService::addTarget(const QString& actor, Target target)
{
    target.name = target.name.trimmed();
    target.owner = normalizeLogin(target.owner);
    if (!validName(target.name))
        return Error::invalid(CoreText::tr("Target name \"%1\" is invalid: use letters, digits, '.', '_' or '-'.")
                                  .arg(target.name.left(80)));
    CS_TRY(DirectoryRules::checkTargetFields(target));
    target.createdAt = m_stores.clock.nowMs();
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto existing = found(m_stores.directory.target(target.name));
        CS_TRY(existing);
        if (*existing)
            return Error::conflict(CoreText::tr("Target \"%1\" already exists.").arg(target.name));
        if (!target.owner.isEmpty()) {
            auto owner = found(m_stores.directory.user(target.owner));
            CS_TRY(owner);
            if (!*owner)
                return Error::invalid(CoreText::tr("Target owner \"%1\" is not a user.").arg(target.owner));
        }
        CS_TRY(m_stores.directory.insertTarget(target));
        return m_stores.audit.append(
            normalizeLogin(actor), AuditEvent::TargetAdded, 0,
            AuditPayload::targetAdded(target.name, target.kind, target.agentUrl, target.owner, target.attributes));
    });
}

Status AdminService::checkReferences(const ActionFile& file)
{
    for (const QString& g : file.definition.requesterGroups + file.policy.referencedGroups()) {
        auto exists = found(m_stores.directory.group(g));
        CS_TRY(exists);
        if (!*exists)
            return Error::invalid(CoreText::tr("Action \"%1\" refers to group \"%2\", which does not exist.")
                                      .arg(file.definition.name, g));
    }
    for (const QString& u : file.policy.referencedUsers()) {
        auto exists = found(m_stores.directory.user(u));
        CS_TRY(exists);
        if (!*exists)
            return Error::invalid(
                CoreText::tr("Action \"%1\" names approver \"%2\", who is not a user.").arg(file.definition.name, u));
    }
    CS_TRY(file.policy.checkWebhooksDecideOnce());
    for (const QString& w : file.policy.referencedWebhooks()) { // issue 17
        auto exists = found(ApprovalWebhookStore(m_stores.db).webhook(w));
        CS_TRY(exists);
        if (!*exists)
            return Error::invalid(CoreText::tr("Action \"%1\" names approval webhook \"%2\", which is not registered "
                                               "(countersign-cli webhook add).")
                                      .arg(file.definition.name, w));
    }
    for (const QString& t : file.definition.targets) {
        auto exists = found(m_stores.directory.target(t));
        CS_TRY(exists);
        if (!*exists)
            return Error::invalid(CoreText::tr("Action \"%1\" refers to target \"%2\", which does not exist.")
                                      .arg(file.definition.name, t));
    }
    return {};
}

Result<QStringList> AdminService::warningsFor(const ActionDefinition& definition, const Policy& policy)
{
    auto facts = DirectoryFacts::load(m_stores.directory);
    CS_TRY(facts);
    // Who may request it: a person never approves their own request, so whoever is needed for a
    // phase cannot also be the one asking.
    QStringList requesters;
    for (const QString& login : facts->activeLogins()) {
        const QSet<QString> groups = facts->groupsOf(login);
        if (std::any_of(definition.requesterGroups.begin(), definition.requesterGroups.end(),
                        [&](const QString& g) { return groups.contains(g); }))
            requesters.append(login);
    }
    const QSet<QString> mayRequest(requesters.begin(), requesters.end());
    // Any requester, any targets: the most hopeful case, the same for every phase.
    QList<ApproverFacts> everyone;
    for (const QString& login : facts->possibleDeciders())
        everyone.append(facts->approver(login, {}, {}, /*optimistic=*/true));
    // The approval webhooks it names decide too (issue 17): a phase only a webhook approves is not stranded.
    for (const QString& w : policy.referencedWebhooks())
        everyone.append(PolicyEngine::webhookFacts(w));

    QStringList warnings;
    for (const Rule& rule : policy.rules) {
        for (const Phase& phase : rule.phases) {
            // Each person's possible vote, worked out once per phase (this runs inside the import).
            QList<Vote> votes;
            for (const ApproverFacts& candidate : std::as_const(everyone)) {
                Vote v { candidate.login, {} };
                for (const LeafMatch& m : PolicyEngine::matchingCriteria(phase, candidate))
                    v.leaves.append(m.leafId);
                if (!v.leaves.isEmpty())
                    votes.append(v);
            }
            // If even that fails, nobody can approve.
            if (!PolicyEngine::isSatisfied(phase, votes)) {
                warnings.append(
                    CoreText::tr("Rule \"%1\", phase \"%2\": nobody could approve (%3); requests will be refused.")
                        .arg(rule.name, phase.name, phase.approve.describe()));
                continue;
            }
            // Only a requester whose vote could count can strand their own requests, and people who
            // meet the same criteria are interchangeable: one check per kind of voter, not per requester.
            QHash<QList<int>, bool> strandsWhenAbsent;
            QSet<QString> strandedLogins;
            for (qsizetype i = 0; i < votes.size(); ++i) {
                if (!mayRequest.contains(votes.at(i).approver))
                    continue;
                auto known = strandsWhenAbsent.constFind(votes.at(i).leaves);
                if (known == strandsWhenAbsent.constEnd()) {
                    QList<Vote> others = votes;
                    others.removeAt(i);
                    known = strandsWhenAbsent.insert(votes.at(i).leaves, !PolicyEngine::isSatisfied(phase, others));
                }
                if (*known)
                    strandedLogins.insert(votes.at(i).approver);
            }
            QStringList stranded;
            for (const QString& requester : std::as_const(requesters))
                if (strandedLogins.contains(requester))
                    stranded.append(requester);
            if (!stranded.isEmpty())
                warnings.append(
                    CoreText::tr("Rule \"%1\", phase \"%2\": requests by %3 could never be approved "
                                 "(only the requester could approve: %4); they will be refused.")
                        .arg(rule.name, phase.name, stranded.join(QStringLiteral(", ")), phase.approve.describe()));
        }
    }
    // A pattern PCRE2 gives up on refuses the request (fail closed); say so before anyone meets it.
    for (const Rule& rule : policy.rules)
        for (const Condition& c : rule.when)
            if (c.op == QLatin1String("matches") && mayBacktrackCatastrophically(c.value.toString()))
                warnings.append(CoreText::tr("Rule \"%1\": the regular expression \"%2\" in the condition on \"%3\" "
                                             "repeats a group that itself repeats or has overlapping alternatives "
                                             "(like (a+)+ or (a|a)*); some values can take too long to check, and "
                                             "such requests will be refused.")
                                    .arg(rule.name, c.value.toString().left(80), c.field));
    for (const ParameterDefinition& p : definition.parameters)
        if (mayBacktrackCatastrophically(p.pattern))
            warnings.append(CoreText::tr("Parameter \"%1\": the pattern \"%2\" repeats a group that itself "
                                         "repeats or has overlapping alternatives (like (a+)+ or (a|a)*); some "
                                         "values can take too long to check, and they will be refused.")
                                .arg(p.name, p.pattern.left(80)));
    return warnings;
}

Result<QStringList> AdminService::policyWarnings(const QString& action)
{
    auto version = m_stores.actions.currentVersion(action);
    CS_TRY(version);
    auto policy = WorkflowStore(m_stores.db).effectivePolicy(m_stores.actions, action);
    CS_TRY(policy);
    return warningsFor(version->definition, policy->policy);
}

// --- Workflows (issue 19) ---
Result<Policy> AdminService::resolvedPolicy(const ActionFile& file)
{
    WorkflowStore workflows(m_stores.db);
    auto name = workflows.workflowOf(file.policy);
    if (!name.ok())
        return Error::invalid(CoreText::tr("Action \"%1\": %2").arg(file.definition.name, name.error().message));
    if (name->isEmpty())
        return file.policy;
    auto w = workflows.workflow(*name);
    auto exists = found(w);
    CS_TRY(exists);
    if (!*exists)
        return Error::invalid(CoreText::tr("Action \"%1\" refers to workflow \"%2\", which does not exist.")
                                  .arg(file.definition.name, *name));
    if (w->archived)
        return Error::invalid(CoreText::tr("Action \"%1\" refers to workflow \"%2\", which is archived.")
                                  .arg(file.definition.name, *name));
    return file.policy.resolvedWith(w->policy);
}
// --- end workflows ---

Result<int> AdminService::requestsStrandedBy(const ActionFile& file)
{
    auto current = m_stores.actions.currentVersion(file.definition.name);
    auto hasVersion = found(current);
    CS_TRY(hasVersion);
    if (!*hasVersion || current->definition.canonicalDigest() == file.definition.canonicalDigest())
        return 0; // a new action, or the same version: nothing open is refused
    return m_stores.requests.countOpen(file.definition.name, current->version);
}

QString strandedWarning(const QString& action, int count)
{
    return count == 1
        ? CoreText::tr("1 open request of action \"%1\" was made for the previous version; the agent will refuse "
                       "it and it must be requested again.")
              .arg(action)
        : CoreText::tr("%1 open requests of action \"%2\" were made for the previous version; the agent will "
                       "refuse them and they must be requested again.")
              .arg(count)
              .arg(action);
}

Result<ImportOutcome> AdminService::importAction(const QString& actor, const ActionFile& file)
{
    ImportOutcome outcome;
    outcome.action = file.definition.name;
    const QString by = normalizeLogin(actor);
    const Status status = m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        CS_TRY(checkReferences(file));
        auto resolved = resolvedPolicy(file); // workflows (issue 19)
        CS_TRY(resolved);
        auto exists = m_stores.actions.exists(file.definition.name);
        CS_TRY(exists);
        const qint64 now = m_stores.clock.nowMs();
        // Stored canonical, compared canonical: a re-ordered list is the same version.
        const ActionDefinition definition = file.definition.canonical();
        const QString digest = definition.versionDigest();
        if (!*exists) {
            outcome.created = true;
            CS_TRY(m_stores.actions.insertAction(file.definition.name, now));
        }

        auto current = m_stores.actions.currentVersion(file.definition.name);
        auto hasVersion = found(current);
        CS_TRY(hasVersion);
        outcome.version = *hasVersion ? current->version : 0;
        if (!*hasVersion || current->definition.canonicalDigest() != digest) {
            if (*hasVersion) {
                auto stranded = m_stores.requests.countOpen(file.definition.name, current->version);
                CS_TRY(stranded);
                outcome.strandedRequests = *stranded;
            }
            outcome.newVersion = true;
            ++outcome.version;
            CS_TRY(m_stores.actions.insertVersion({ definition, outcome.version, digest, now, by }));
            CS_TRY(m_stores.audit.append(
                by, AuditEvent::ActionVersionCreated, 0,
                AuditPayload::actionVersionCreated(definition.name, outcome.version, digest, definition.toJson())));
        }

        auto policy = m_stores.actions.currentPolicy(file.definition.name);
        auto hasPolicy = found(policy);
        CS_TRY(hasPolicy);
        outcome.policyRevision = *hasPolicy ? policy->revision : 0;
        const QByteArray newPolicy = canonicalJson(file.policy.toJson());
        if (!*hasPolicy || canonicalJson(policy->policy.toJson()) != newPolicy) {
            outcome.policyChanged = true;
            ++outcome.policyRevision;
            CS_TRY(
                m_stores.actions.insertPolicy(file.definition.name, { file.policy, outcome.policyRevision, now, by }));
            CS_TRY(m_stores.audit.append(
                by, AuditEvent::PolicyChanged, 0,
                AuditPayload::policyChanged(file.definition.name, outcome.policyRevision, file.policy.toJson())));
        }
        auto warnings = warningsFor(file.definition, *resolved);
        CS_TRY(warnings);
        if (outcome.strandedRequests > 0)
            outcome.warnings.append(strandedWarning(file.definition.name, outcome.strandedRequests));
        outcome.warnings += *warnings;
        return {};
    });
    if (!status.ok())
        return status.error();
    return outcome;
}

} // namespace cs
