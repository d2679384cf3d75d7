#pragma once

#include <QHash>
#include <core/directory/directory.h>
#include <core/policy/policyengine.h>

namespace cs {

// A read of the directory shaped for the policy engine: who is in which group, who manages
// whom, who owns which target.
class DirectoryFacts
{
public:
    // The whole directory, for questions about everyone (fail-closed checks, queue filtering).
    static Result<DirectoryFacts> load(Directory& directory);
    // Only the people a phase could count (the groups, roles and users it names, the requester's
    // manager, the targets' owners), the requester and the targets: for "who may decide this phase"
    // on a hot path, without reading the whole directory (issue 16).
    static Result<DirectoryFacts> loadCandidates(Directory& directory, const Phase& phase, const QString& requester,
                                                 const QStringList& targets);

    // One person's facts for these phases, read fresh: used at decision time inside the deciding
    // transaction. `approver` is their row as just read (its roles); the requester's manager and
    // the targets' owners are looked up only if one of the phases has such a criterion.
    static Result<ApproverFacts> approverNow(Directory& directory, const User& approver, const QString& requester,
                                             const QStringList& targets, const QList<Phase>& phases);
    // The same with their groups already read (Directory::activeUserWithGroups, in this transaction).
    static Result<ApproverFacts> approverNow(Directory& directory, const User& approver, QSet<QString> groups,
                                             const QString& requester, const QStringList& targets,
                                             const QList<Phase>& phases);

    QStringList activeLogins() const;
    // The active people who could ever decide something: service accounts only ask (issue 17).
    QStringList possibleDeciders() const;
    bool isActiveUser(const QString& login) const;
    QSet<QString> groupsOf(const QString& login) const { return m_groups.value(login); }
    const Target* target(const QString& name) const;
    const User* user(const QString& login) const;

    // With optimistic set, manager and owner criteria hold for anyone who manages someone or owns
    // something: "could this person ever approve?" rather than "for this request?".
    ApproverFacts approver(const QString& login, const QString& requester, const QStringList& targets,
                           bool optimistic = false) const;
    // Those who share the requester's manager, without the requester (teamMember criteria).
    QStringList teamOf(const QString& requester) const;

private:
    QHash<QString, User> m_users;
    QHash<QString, QSet<QString>> m_groups;
    QHash<QString, Target> m_targets;
};

} // namespace cs
