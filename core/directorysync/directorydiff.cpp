#include <QJsonArray>
#include <algorithm>
#include <core/common/coretext.h>
#include <core/directorysync/directorydiff.h>

namespace cs {
namespace {

void compare(QJsonObject& changes, const QString& field, const QString& from, const QString& to)
{
    if (from != to)
        changes.insert(field, QJsonObject { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } });
}

QJsonArray memberships(const QList<Membership>& list)
{
    QJsonArray out;
    for (const Membership& m : list)
        out.append(QJsonObject { { QStringLiteral("group"), m.first }, { QStringLiteral("login"), m.second } });
    return out;
}

// "more than max% of before": integers only, so 20% of 5 is exactly 1.
bool tooMany(qsizetype removed, qsizetype before, int maxPercent)
{
    return before > 0 && removed * 100 > qsizetype(maxPercent) * before;
}

} // namespace

SyncPlan planSync(const HeldDirectory& held, const DirectorySnapshot& snapshot)
{
    SyncPlan plan;
    plan.warnings = snapshot.warnings;
    plan.syncedMembershipsBefore = int(held.syncedMemberships.size());
    for (const User& u : held.syncedPeople)
        plan.activeSyncedPeopleBefore += u.active ? 1 : 0;

    // People: the directory's, minus logins a local entry already has (those stay as they are).
    QSet<QString> present;
    for (const SnapshotPerson& p : snapshot.people) {
        if (held.localPeople.contains(p.login)) {
            plan.warnings.append(
                CoreText::tr("\"%1\" exists here as a local person and is left as it is.").arg(p.login));
            continue;
        }
        present.insert(p.login);
    }
    for (SnapshotPerson p : snapshot.people) {
        if (!present.contains(p.login))
            continue;
        // A manager must be someone Countersign will know.
        if (!p.manager.isEmpty() && !present.contains(p.manager) && !held.localPeople.contains(p.manager))
            p.manager.clear();
        const auto held_ = held.syncedPeople.constFind(p.login);
        if (held_ == held.syncedPeople.constEnd()) {
            plan.added.append(p);
            continue;
        }
        if (!held_->active)
            plan.enabled.append(p.login);
        QJsonObject changes;
        compare(changes, QStringLiteral("name"), held_->displayName, p.displayName);
        compare(changes, QStringLiteral("email"), held_->email, p.email);
        compare(changes, QStringLiteral("manager"), held_->manager, p.manager);
        if (!changes.isEmpty())
            plan.changed.append({ p.login, changes, p });
    }
    for (const User& u : held.syncedPeople)
        if (u.active && !present.contains(u.login))
            plan.disabled.append(u.login);

    // Groups, the same way; a group gone from the directory loses its members, then goes.
    QSet<QString> groups;
    QSet<Membership> wanted;
    for (const SnapshotGroup& g : snapshot.groups) {
        if (held.localGroups.contains(g.name)) {
            plan.warnings.append(
                CoreText::tr("The group \"%1\" exists here as a local group and is left as it is.").arg(g.name));
            continue;
        }
        groups.insert(g.name);
        const auto held_ = held.syncedGroups.constFind(g.name);
        if (held_ == held.syncedGroups.constEnd()) {
            plan.groupsAdded.append(g);
        } else if (*held_ != g.description) {
            QJsonObject changes;
            compare(changes, QStringLiteral("description"), *held_, g.description);
            plan.groupsChanged.append({ g.name, g.description, changes });
        }
        // Members are the directory's people and local people with the same login.
        for (const QString& login : g.members)
            if (present.contains(login) || held.activeLocalPeople.contains(login))
                wanted.insert({ g.name, login });
    }
    for (auto it = held.syncedGroups.constBegin(); it != held.syncedGroups.constEnd(); ++it)
        if (!groups.contains(it.key()))
            plan.groupsRemoved.append(it.key());

    for (const Membership& m : std::as_const(wanted))
        if (!held.syncedMemberships.contains(m))
            plan.membershipsAdded.append(m);
    for (const Membership& m : held.syncedMemberships)
        if (!wanted.contains(m))
            plan.membershipsRemoved.append(m);

    // A stable order: the audit log and previews read the same on every run.
    const auto byLogin = [](const auto& a, const auto& b) { return a.login < b.login; };
    std::sort(plan.added.begin(), plan.added.end(), byLogin);
    std::sort(plan.changed.begin(), plan.changed.end(), byLogin);
    std::sort(plan.groupsAdded.begin(), plan.groupsAdded.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    std::sort(plan.groupsChanged.begin(), plan.groupsChanged.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    plan.enabled.sort();
    plan.disabled.sort();
    plan.groupsRemoved.sort();
    std::sort(plan.membershipsAdded.begin(), plan.membershipsAdded.end());
    std::sort(plan.membershipsRemoved.begin(), plan.membershipsRemoved.end());
    return plan;
}

int SyncPlan::changeCount() const
{
    return int(added.size() + changed.size() + enabled.size() + disabled.size() + groupsAdded.size()
               + groupsChanged.size() + groupsRemoved.size() + membershipsAdded.size() + membershipsRemoved.size());
}

std::optional<QString> SyncPlan::removalGuard(int maxPercent) const
{
    if (tooMany(disabled.size(), activeSyncedPeopleBefore, maxPercent))
        return CoreText::tr("This sync would disable %1 of %2 people from the directory, more than the %3% allowed; "
                            "check the directory source, or sync with --force if this is intended.")
            .arg(disabled.size())
            .arg(activeSyncedPeopleBefore)
            .arg(maxPercent);
    if (tooMany(membershipsRemoved.size(), syncedMembershipsBefore, maxPercent))
        return CoreText::tr("This sync would remove %1 of %2 group memberships from the directory, more than the %3% "
                            "allowed; check the directory source, or sync with --force if this is intended.")
            .arg(membershipsRemoved.size())
            .arg(syncedMembershipsBefore)
            .arg(maxPercent);
    return std::nullopt;
}

QString SyncPlan::summary() const
{
    if (isEmpty())
        return QStringLiteral("No changes: Countersign matches the directory.");
    return QStringLiteral("People: %1 added, %2 changed, %3 enabled, %4 disabled. Groups: %5 added, %6 changed, %7 "
                          "removed. Memberships: %8 added, %9 removed.")
        .arg(added.size())
        .arg(changed.size())
        .arg(enabled.size())
        .arg(disabled.size())
        .arg(groupsAdded.size())
        .arg(groupsChanged.size())
        .arg(groupsRemoved.size())
        .arg(membershipsAdded.size())
        .arg(membershipsRemoved.size());
}

QJsonObject SyncPlan::toJson() const
{
    QJsonArray addedJson, changedJson, groupsAddedJson, groupsChangedJson;
    for (const SnapshotPerson& p : added)
        addedJson.append(QJsonObject { { QStringLiteral("login"), p.login },
                                       { QStringLiteral("name"), p.displayName },
                                       { QStringLiteral("email"), p.email },
                                       { QStringLiteral("manager"), p.manager } });
    for (const PersonChange& c : changed)
        changedJson.append(
            QJsonObject { { QStringLiteral("login"), c.login }, { QStringLiteral("changes"), c.changes } });
    for (const SnapshotGroup& g : groupsAdded)
        groupsAddedJson.append(
            QJsonObject { { QStringLiteral("group"), g.name }, { QStringLiteral("description"), g.description } });
    for (const GroupChange& g : groupsChanged)
        groupsChangedJson.append(
            QJsonObject { { QStringLiteral("group"), g.name }, { QStringLiteral("changes"), g.changes } });
    return { { QStringLiteral("peopleAdded"), addedJson },
             { QStringLiteral("peopleChanged"), changedJson },
             { QStringLiteral("peopleEnabled"), QJsonArray::fromStringList(enabled) },
             { QStringLiteral("peopleDisabled"), QJsonArray::fromStringList(disabled) },
             { QStringLiteral("groupsAdded"), groupsAddedJson },
             { QStringLiteral("groupsChanged"), groupsChangedJson },
             { QStringLiteral("groupsRemoved"), QJsonArray::fromStringList(groupsRemoved) },
             { QStringLiteral("membershipsAdded"), memberships(membershipsAdded) },
             { QStringLiteral("membershipsRemoved"), memberships(membershipsRemoved) },
             { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
             { QStringLiteral("summary"), summary() } };
}

} // namespace cs
