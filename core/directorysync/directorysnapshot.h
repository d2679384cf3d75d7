#pragma once

#include <QList>
#include <QStringList>

namespace cs {

// What the company directory says now, already mapped onto Countersign's terms: normalised
// logins, group names, members as logins (nesting resolved), managers as logins.
struct SnapshotPerson
{
    QString login;
    QString displayName;
    QString email;
    QString manager; // a login; empty when none (or not among the people copied)
};

struct SnapshotGroup
{
    QString name;
    QString description;
    QStringList members; // logins, sorted, unique
};

struct DirectorySnapshot
{
    QList<SnapshotPerson> people;
    QList<SnapshotGroup> groups;
    QStringList warnings; // entries skipped, one sentence each
};

} // namespace cs
