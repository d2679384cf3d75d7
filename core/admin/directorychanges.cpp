// Editing, disabling and removing people and targets (AdminService; adding them is in adminservice.cpp).
#include <core/admin/adminservice.h>
#include <core/admin/directoryrules.h>
#include <core/audit/auditevents.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directorysource.h>
#include <core/requests/requeststore.h>
#include <core/storage/postgressetup.h>

namespace cs {
namespace {

// A person the company directory owns is changed there: by hand here the next sync would undo it.
Status refuseIfSynced(Database& db, const QString& login)
{
    auto reason = syncedUserReason(db, login);
    CS_TRY(reason);
    if (!reason->isEmpty())
        return Error::forbidden(*reason);
    return {};
}

QString counted(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

Result<int> AdminService::count(const QString& sql, const QVariantList& values)
{
    auto q = m_stores.db.exec(sql, values);
    CS_TRY(q);
    return q->next() ? q->value(0).toInt() : 0;
}

Status AdminService::changeRole(const QString& actor, const QString& login, const QString& role, bool granted)
{
    if (!DirectoryRules::validRole(role))
        return Error::invalid(CoreText::tr("Role \"%1\" is invalid.").arg(role.left(40)));
    // An admin who takes away their own admin role could lock everyone out of administration.
    if (!granted && role == Role::Admin && login == normalizeLogin(actor))
        return Error::conflict(CoreText::tr("You cannot take away your own admin role; ask another admin."));
    // A service account is another system: it only ever asks (issue 17), so its one role is fixed,
    // and no person becomes one by a role change.
    if (role == Role::Service)
        return Error::invalid(
            CoreText::tr("The service role comes only with a service account (service-account add)."));
    auto user = m_stores.directory.user(normalizeLogin(login));
    if (user.ok() && user->roles.contains(Role::Service))
        return Error::conflict(
            CoreText::tr("%1 is a service account; its role cannot change.").arg(normalizeLogin(login)));
    CS_TRY(m_stores.directory.setRole(login, role, granted));
    auto enforced = PostgresSetup::isApplied(m_stores.db);
    CS_TRY(enforced);
    if (*enforced)
        CS_TRY(PostgresSetup::setAppRole(m_stores.db, login, role, granted));
    return m_stores.audit.append(normalizeLogin(actor), granted ? AuditEvent::RoleGranted : AuditEvent::RoleRevoked, 0,
                                 AuditPayload::roleChanged(login, role));
}

Status AdminService::editUser(const QString& actor, const UserChanges& changes)
{
    const QString login = normalizeLogin(changes.login);
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto user = m_stores.directory.user(login);
        CS_TRY(user);
        User edited = *user;
        if (changes.displayName)
            edited.displayName = changes.displayName->trimmed().isEmpty() ? login : changes.displayName->trimmed();
        if (changes.email) {
            edited.email = changes.email->trimmed();
            if (!edited.email.isEmpty() && !DirectoryRules::validEmail(edited.email))
                return Error::invalid(CoreText::tr("\"%1\" is not an e-mail address.").arg(edited.email.left(80)));
        }
        if (changes.manager) {
            edited.manager = normalizeLogin(*changes.manager);
            if (edited.manager == login)
                return Error::invalid(CoreText::tr("%1 cannot be their own manager.").arg(login));
            if (!edited.manager.isEmpty()) {
                auto manager = found(m_stores.directory.user(edited.manager));
                CS_TRY(manager);
                if (!*manager)
                    return Error::invalid(CoreText::tr("Manager \"%1\" is not a user.").arg(edited.manager));
            }
        }
        const bool fieldsChanged
            = edited.displayName != user->displayName || edited.email != user->email || edited.manager != user->manager;
        if (fieldsChanged) {
            // What the directory owns changes there; app roles stay Countersign's own.
            CS_TRY(refuseIfSynced(m_stores.db, login));
            CS_TRY(m_stores.directory.updateUser(edited));
            CS_TRY(m_stores.audit.append(
                normalizeLogin(actor), AuditEvent::UserChanged, 0,
                AuditPayload::userAdded(login, edited.displayName, edited.email, edited.manager, user->roles)));
        }
        if (changes.roles) {
            for (const QString& role : *changes.roles)
                if (!user->roles.contains(role))
                    CS_TRY(changeRole(actor, login, role, true));
            for (const QString& role : std::as_const(user->roles))
                if (!changes.roles->contains(role))
                    CS_TRY(changeRole(actor, login, role, false));
        }
        return {};
    });
}

Status AdminService::setUserActive(const QString& actor, const QString& login, bool active)
{
    const QString normalized = normalizeLogin(login);
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto user = m_stores.directory.user(normalized);
        CS_TRY(user);
        CS_TRY(refuseIfSynced(m_stores.db, normalized));
        if (!active && normalized == normalizeLogin(actor))
            return Error::conflict(CoreText::tr("You cannot disable your own account; ask another admin."));
        if (user->active == active)
            return Error::conflict(active ? CoreText::tr("%1 is already enabled.").arg(normalized)
                                          : CoreText::tr("%1 is already disabled.").arg(normalized));
        CS_TRY(m_stores.directory.setActive(normalized, active));
        // On PostgreSQL the database login follows: a disabled person cannot connect at all.
        auto enforced = PostgresSetup::isApplied(m_stores.db);
        CS_TRY(enforced);
        if (*enforced)
            CS_TRY(PostgresSetup::setPersonLogin(m_stores.db, normalized, active));
        return m_stores.audit.append(normalizeLogin(actor), active ? AuditEvent::UserEnabled : AuditEvent::UserDisabled,
                                     0, AuditPayload::userNamed(normalized));
    });
}

Result<QStringList> AdminService::referencesToUser(const QString& login)
{
    const QString who = normalizeLogin(login);
    QStringList reasons;
    auto requests = m_stores.requests.countRequestedBy(who);
    CS_TRY(requests);
    if (*requests > 0)
        reasons << counted(*requests, CoreText::tr("made 1 request"), CoreText::tr("made %1 requests"));
    auto decisions = m_stores.requests.countDecisionsBy(who);
    CS_TRY(decisions);
    if (*decisions > 0)
        reasons << counted(*decisions, CoreText::tr("made 1 decision"), CoreText::tr("made %1 decisions"));
    auto reports = count(QStringLiteral("SELECT COUNT(*) FROM users WHERE manager = ?"), { who });
    CS_TRY(reports);
    if (*reports > 0)
        reasons << counted(*reports, CoreText::tr("is the manager of 1 person"),
                           CoreText::tr("is the manager of %1 people"));
    auto owned = count(QStringLiteral("SELECT COUNT(*) FROM targets WHERE owner = ?"), { who });
    CS_TRY(owned);
    if (*owned > 0)
        reasons << counted(*owned, CoreText::tr("owns 1 target"), CoreText::tr("owns %1 targets"));
    auto actions = m_stores.actions.names();
    CS_TRY(actions);
    QStringList naming;
    for (const QString& action : std::as_const(*actions)) {
        auto policy = m_stores.actions.currentPolicy(action);
        auto hasPolicy = found(policy);
        CS_TRY(hasPolicy);
        if (*hasPolicy && policy->policy.referencedUsers().contains(who))
            naming << action;
    }
    if (!naming.isEmpty())
        reasons << CoreText::tr("is named as an approver by %1").arg(naming.join(QStringLiteral(", ")));
    auto ran = count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE agent = ?"), { who });
    CS_TRY(ran);
    if (*ran > 0)
        reasons << counted(*ran, CoreText::tr("ran 1 execution as an agent"),
                           CoreText::tr("ran %1 executions as an agent"));
    // Whatever else they did is in the audit log, which must keep naming a person who exists.
    if (reasons.isEmpty()) {
        auto acted = m_stores.audit.countActedBy(who);
        CS_TRY(acted);
        if (*acted > 0)
            reasons << counted(*acted, CoreText::tr("acted in 1 audit entry"),
                               CoreText::tr("acted in %1 audit entries"));
    }
    return reasons;
}

Status AdminService::checkUserRemovable(const QString& actor, const QString& login)
{
    const QString normalized = normalizeLogin(login);
    CS_TRY(requireAdmin(actor));
    CS_TRY(m_stores.directory.user(normalized));
    CS_TRY(refuseIfSynced(m_stores.db, normalized));
    if (normalized == normalizeLogin(actor))
        return Error::conflict(CoreText::tr("You cannot remove your own account; ask another admin."));
    auto references = referencesToUser(normalized);
    CS_TRY(references);
    if (!references->isEmpty())
        return Error::conflict(CoreText::tr("%1 cannot be removed: they %2. Disable the account instead; "
                                            "a disabled person keeps their history.")
                                   .arg(normalized, references->join(QStringLiteral(", "))));
    return {};
}

Status AdminService::removeUser(const QString& actor, const QString& login)
{
    const QString normalized = normalizeLogin(login);
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(checkUserRemovable(actor, normalized));
        auto user = m_stores.directory.user(normalized);
        CS_TRY(user);
        auto enforced = PostgresSetup::isApplied(m_stores.db);
        CS_TRY(enforced);
        if (*enforced) {
            for (const QString& role : std::as_const(user->roles))
                CS_TRY(PostgresSetup::setAppRole(m_stores.db, normalized, role, false));
            CS_TRY(PostgresSetup::setPersonLogin(m_stores.db, normalized, false));
        }
        // Their memberships go with them, each audited as a membership removed by hand would be.
        auto groups = m_stores.directory.groupsOf(normalized);
        CS_TRY(groups);
        QStringList left(groups->cbegin(), groups->cend());
        left.sort();
        for (const QString& group : std::as_const(left))
            CS_TRY(m_stores.audit.append(normalizeLogin(actor), AuditEvent::GroupMemberRemoved, 0,
                                         AuditPayload::membershipChanged(group, normalized)));
        CS_TRY(m_stores.directory.deleteUser(normalized));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::UserRemoved, 0,
                                     AuditPayload::userNamed(normalized));
    });
}

Status AdminService::editTarget(const QString& actor, const TargetChanges& changes)
{
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(requireAdmin(actor));
        auto target = m_stores.directory.target(changes.name.trimmed());
        CS_TRY(target);
        Target edited = *target;
        if (changes.kind)
            edited.kind = changes.kind->trimmed();
        if (changes.agentUrl)
            edited.agentUrl = changes.agentUrl->trimmed();
        if (changes.owner) {
            edited.owner = normalizeLogin(*changes.owner);
            if (!edited.owner.isEmpty()) {
                auto owner = found(m_stores.directory.user(edited.owner));
                CS_TRY(owner);
                if (!*owner)
                    return Error::invalid(CoreText::tr("Target owner \"%1\" is not a user.").arg(edited.owner));
            }
        }
        if (changes.attributes)
            edited.attributes = *changes.attributes;
        for (auto it = changes.setAttributes.begin(); it != changes.setAttributes.end(); ++it)
            edited.attributes.insert(it.key(), it.value());
        for (const QString& key : changes.unsetAttributes) {
            if (!edited.attributes.contains(key))
                return Error::invalid(
                    CoreText::tr("Target %1 has no attribute \"%2\".").arg(edited.name, key.left(80)));
            edited.attributes.remove(key);
        }
        for (auto it = edited.attributes.begin(); it != edited.attributes.end(); ++it)
            if (it.key().trimmed().isEmpty())
                return Error::invalid(CoreText::tr("A target attribute needs a name."));
        CS_TRY(DirectoryRules::checkTargetFields(edited));
        if (edited.kind == target->kind && edited.agentUrl == target->agentUrl && edited.owner == target->owner
            && edited.attributes == target->attributes)
            return {};
        CS_TRY(m_stores.directory.updateTarget(edited));
        return m_stores.audit.append(
            normalizeLogin(actor), AuditEvent::TargetChanged, 0,
            AuditPayload::targetAdded(edited.name, edited.kind, edited.agentUrl, edited.owner, edited.attributes));
    });
}

Result<QStringList> AdminService::referencesToTarget(const QString& name)
{
    QStringList reasons;
    auto actions = m_stores.actions.names();
    CS_TRY(actions);
    QStringList listing;
    for (const QString& action : std::as_const(*actions)) {
        auto version = m_stores.actions.currentVersion(action);
        auto hasVersion = found(version);
        CS_TRY(hasVersion);
        if (*hasVersion && version->definition.targets.contains(name))
            listing << action;
    }
    if (!listing.isEmpty())
        reasons << CoreText::tr("action %1 lists it").arg(listing.join(QStringLiteral(", ")));
    auto requests = m_stores.requests.countNamingTarget(name);
    CS_TRY(requests);
    if (*requests > 0)
        reasons << counted(*requests, CoreText::tr("1 request names it"), CoreText::tr("%1 requests name it"));
    return reasons;
}

Status AdminService::checkTargetRemovable(const QString& actor, const QString& name)
{
    const QString trimmed = name.trimmed();
    CS_TRY(requireAdmin(actor));
    CS_TRY(m_stores.directory.target(trimmed));
    auto references = referencesToTarget(trimmed);
    CS_TRY(references);
    if (!references->isEmpty())
        return Error::conflict(
            CoreText::tr("Target %1 cannot be removed: %2.").arg(trimmed, references->join(QStringLiteral("; "))));
    return {};
}

Status AdminService::removeTarget(const QString& actor, const QString& name)
{
    const QString trimmed = name.trimmed();
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(checkTargetRemovable(actor, trimmed));
        CS_TRY(m_stores.directory.deleteTarget(trimmed));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::TargetRemoved, 0,
                                     AuditPayload::targetRemoved(trimmed));
    });
}

} // namespace cs
