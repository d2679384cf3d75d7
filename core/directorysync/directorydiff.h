#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <core/directory/directory.h>
#include <core/directorysync/directorysnapshot.h>
#include <optional>

namespace cs {

using Membership = QPair<QString, QString>; // group, login

// The directory as Countersign holds it, split by origin: the sync compares the directory's
// entries and changes only those; local ones are left alone.
struct HeldDirectory
{
    QHash<QString, User> syncedPeople; // by login, disabled ones included
    QSet<QString> localPeople; // logins
    QSet<QString> activeLocalPeople;
    QHash<QString, QString> syncedGroups; // name -> description
    QSet<QString> localGroups;
    QSet<Membership> syncedMemberships;
};

struct PersonChange
{
    QString login;
    QJsonObject changes; // {"name"|"email"|"manager": {"from": .., "to": ..}}
    SnapshotPerson after;
};

struct GroupChange
{
    QString name;
    QString description;
    QJsonObject changes;
};

// What a sync changes, worked out without touching anything.
struct SyncPlan
{
    QList<SnapshotPerson> added;
    QList<PersonChange> changed;
    QStringList enabled; // disabled earlier, back in the directory now
    QStringList disabled; // gone from the directory (or out of its filter)
    QList<SnapshotGroup> groupsAdded;
    QList<GroupChange> groupsChanged;
    QStringList groupsRemoved;
    QList<Membership> membershipsAdded;
    QList<Membership> membershipsRemoved;
    QStringList warnings;
    int activeSyncedPeopleBefore = 0;
    int syncedMembershipsBefore = 0;

    int changeCount() const;
    bool isEmpty() const { return changeCount() == 0; }
    // Why this plan removes too much to apply unforced (more than maxPercent of the synced people or
    // memberships): a broken filter must not empty the approver groups. Nothing when within bounds.
    std::optional<QString> removalGuard(int maxPercent) const;
    QString summary() const; // one line: counts of each kind of change
    QJsonObject toJson() const;
};

SyncPlan planSync(const HeldDirectory& held, const DirectorySnapshot& snapshot);

} // namespace cs
