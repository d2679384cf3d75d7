#include <algorithm>
#include <core/directory/directoryfacts.h>

namespace cs {

Result<DirectoryFacts> DirectoryFacts::load(Directory& directory)
{
    DirectoryFacts facts;
    auto users = directory.users();
    CS_TRY(users);
    for (const User& u : *users)
        facts.m_users.insert(u.login, u);
    auto groups = directory.groups();
    CS_TRY(groups);
    for (const Group& g : *groups)
        for (const QString& member : g.members)
            facts.m_groups[member].insert(g.name);
    auto targets = directory.targets();
    CS_TRY(targets);
    for (const Target& t : *targets)
        facts.m_targets.insert(t.name, t);
    return facts;
}

Result<DirectoryFacts> DirectoryFacts::loadCandidates(Directory& directory, const Phase& phase,
                                                      const QString& requester, const QStringList& targets)
{
    // Team members are everyone who shares the requester's manager: no narrower read names them.
    if (PolicyEngine::mentions(phase, CriterionKind::TeamMember))
        return load(directory);
    DirectoryFacts facts;
    QStringList groups, roles, logins { requester };
    for (const Expression* leaf : PolicyEngine::positiveCriteria(phase)) {
        QStringList* list = leaf->kind == CriterionKind::Group ? &groups
            : leaf->kind == CriterionKind::Role                ? &roles
            : leaf->kind == CriterionKind::User                ? &logins
                                                               : nullptr;
        if (list && !list->contains(leaf->value))
            list->append(leaf->value);
    }
    if (PolicyEngine::mentions(phase, CriterionKind::Manager)) {
        auto requesterUser = directory.user(requester);
        if (requesterUser.ok() && !requesterUser->manager.isEmpty())
            logins.append(requesterUser->manager);
    }
    for (const QString& name : targets) {
        auto t = directory.target(name);
        if (!t.ok())
            continue; // a target removed since: nobody owns it now
        facts.m_targets.insert(t->name, *t);
        if (!t->owner.isEmpty())
            logins.append(t->owner);
    }
    auto people = directory.peopleNamed(groups, roles, logins);
    CS_TRY(people);
    for (const User& u : std::as_const(people->users))
        facts.m_users.insert(u.login, u);
    facts.m_groups = people->groupsOf;
    return facts;
}

Result<ApproverFacts> DirectoryFacts::approverNow(Directory& directory, const User& approver, const QString& requester,
                                                  const QStringList& targets, const QList<Phase>& phases)
{
    auto groups = directory.groupsOf(approver.login);
    CS_TRY(groups);
    return approverNow(directory, approver, std::move(*groups), requester, targets, phases);
}

Result<ApproverFacts> DirectoryFacts::approverNow(Directory& directory, const User& approver, QSet<QString> groups,
                                                  const QString& requester, const QStringList& targets,
                                                  const QList<Phase>& phases)
{
    ApproverFacts a;
    a.login = approver.login;
    a.groups = std::move(groups);
    a.roles = QSet<QString>(approver.roles.cbegin(), approver.roles.cend());
    const auto anyPhaseMentions = [&phases](CriterionKind kind) {
        return std::any_of(phases.cbegin(), phases.cend(),
                           [kind](const Phase& p) { return PolicyEngine::mentions(p, kind); });
    };
    if (anyPhaseMentions(CriterionKind::Manager)) {
        auto requesterUser = directory.user(requester);
        a.isRequesterManager
            = requesterUser.ok() && !requesterUser->manager.isEmpty() && requesterUser->manager == approver.login;
    }
    if (anyPhaseMentions(CriterionKind::TeamMember)) {
        auto requesterUser = directory.user(requester);
        a.isRequesterTeamMember = requesterUser.ok() && !requesterUser->manager.isEmpty()
            && approver.manager == requesterUser->manager && approver.login != requesterUser->login;
    }
    if (anyPhaseMentions(CriterionKind::TargetOwner)) {
        for (const QString& name : targets) {
            auto t = directory.target(name);
            if (t.ok() && !t->owner.isEmpty() && t->owner == approver.login)
                a.ownsATarget = true;
        }
    }
    return a;
}

const User* DirectoryFacts::user(const QString& login) const
{
    const auto it = m_users.constFind(login);
    return it == m_users.constEnd() ? nullptr : &*it;
}

QStringList DirectoryFacts::activeLogins() const
{
    QStringList out;
    for (const User& u : m_users)
        if (u.active)
            out.append(u.login);
    out.sort();
    return out;
}

QStringList DirectoryFacts::possibleDeciders() const
{
    QStringList out;
    for (const User& u : m_users)
        if (u.active && !u.roles.contains(Role::Service))
            out.append(u.login);
    out.sort();
    return out;
}

bool DirectoryFacts::isActiveUser(const QString& login) const
{
    const auto it = m_users.constFind(login);
    return it != m_users.constEnd() && it->active;
}

const Target* DirectoryFacts::target(const QString& name) const
{
    const auto it = m_targets.constFind(name);
    return it == m_targets.constEnd() ? nullptr : &*it;
}

ApproverFacts DirectoryFacts::approver(const QString& login, const QString& requester, const QStringList& targets,
                                       bool optimistic) const
{
    ApproverFacts a;
    a.login = login;
    a.groups = m_groups.value(login);
    const User user = m_users.value(login);
    a.roles = QSet<QString>(user.roles.begin(), user.roles.end());
    if (optimistic) {
        for (const User& u : m_users)
            a.isRequesterManager = a.isRequesterManager || u.manager == login;
        for (const Target& t : m_targets)
            a.ownsATarget = a.ownsATarget || t.owner == login;
        // Someone else shares their manager: they could be the team member of that requester.
        for (const User& u : m_users)
            a.isRequesterTeamMember
                = a.isRequesterTeamMember || (!user.manager.isEmpty() && u.login != login && u.manager == user.manager);
        return a;
    }
    const auto requesterIt = m_users.constFind(requester);
    a.isRequesterManager
        = requesterIt != m_users.constEnd() && !requesterIt->manager.isEmpty() && requesterIt->manager == login;
    for (const QString& name : targets)
        if (const Target* t = target(name); t && !t->owner.isEmpty() && t->owner == login)
            a.ownsATarget = true;
    a.isRequesterTeamMember = requesterIt != m_users.constEnd() && !requesterIt->manager.isEmpty()
        && user.manager == requesterIt->manager && login != requesterIt->login;
    return a;
}

QStringList DirectoryFacts::teamOf(const QString& requester) const
{
    QStringList out;
    const auto requesterIt = m_users.constFind(requester);
    if (requesterIt == m_users.constEnd() || requesterIt->manager.isEmpty())
        return out;
    for (const User& u : m_users)
        if (u.login != requester && u.manager == requesterIt->manager)
            out.append(u.login);
    out.sort();
    return out;
}

} // namespace cs
