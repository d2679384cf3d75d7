#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <core/storage/database.h>

namespace cs {

namespace Role {
inline const QString Admin = QStringLiteral("admin");
inline const QString Auditor = QStringLiteral("auditor");
// A service account (issue 17): another system calling the inbound API; requests, never decides.
inline const QString Service = QStringLiteral("service");
} // namespace Role

struct User
{
    QString login; // normalised
    QString displayName;
    QString email;
    QString manager;
    QStringList roles;
    bool active = true;
    qint64 createdAt = 0;

    // Admins and auditors read everything: the whole audit log and every action, not only their own.
    bool readsEverything() const { return roles.contains(Role::Admin) || roles.contains(Role::Auditor); }
};

struct Group
{
    QString name;
    QString description;
    QStringList members;
};

struct Target
{
    QString name;
    QString kind;
    QString agentUrl;
    QString owner;
    QJsonObject attributes;
    qint64 createdAt = 0;

    // What rule conditions see: the attributes plus name, kind and owner.
    QJsonObject facts() const;
};

// Users, groups, memberships, roles and targets: plain storage, no permission checks
// (AdminService decides who may change them).
class Directory
{
public:
    explicit Directory(Database& db);

    Result<User> user(const QString& login);
    // The acting person: a known, active user, or a Forbidden error saying why not.
    Result<User> activeUser(const QString& actor);
    // The same, with the groups they are in (`groups`), in one statement: what deciding reads first.
    Result<User> activeUserWithGroups(const QString& actor, QSet<QString>* groups);
    Result<QList<User>> users();
    Result<bool> hasUsers();
    Status insertUser(const User& user);
    Status setRole(const QString& login, const QString& role, bool granted);
    Status updateUser(const User& user); // name, e-mail and manager; roles stay
    Status setActive(const QString& login, bool active);
    // The person's row, roles and memberships; the caller has checked nothing else refers to them.
    Status deleteUser(const QString& login);
    Result<QSet<QString>> rolesOf(const QString& login);

    Result<Group> group(const QString& name);
    Result<QList<Group>> groups();
    Status insertGroup(const Group& group, qint64 now);
    Status setMember(const QString& group, const QString& login, bool member);
    Result<QSet<QString>> groupsOf(const QString& login);
    // The people a policy phase names (members of these groups, holders of these roles, these logins)
    // with their roles, and every group each of them is in: three statements, however large the
    // directory. Who-can-approve asks this instead of reading everyone (issue 16).
    struct People
    {
        QList<User> users;
        QHash<QString, QSet<QString>> groupsOf;
    };
    Result<People> peopleNamed(const QStringList& groups, const QStringList& roles, const QStringList& logins);

    Result<Target> target(const QString& name);
    Result<QList<Target>> targets();
    Status insertTarget(const Target& target);
    Status updateTarget(const Target& target); // everything but name and creation time
    Status deleteTarget(const QString& name);

private:
    // The person and their roles; with `groups`, the groups they are in too, in the same statement.
    Result<User> read(const QString& login, QSet<QString>* groups);
    // The row found, or why this person may not act.
    static Result<User> active(Result<User> found, const QString& actor);
    Database& m_db;
};

} // namespace cs
