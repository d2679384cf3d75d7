#include <QJsonDocument>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directory.h>
#include <core/storage/placeholders.h>
#include <optional>

namespace cs {
namespace {

const QString kUserColumns = QStringLiteral("login, display_name, email, manager, active, created_at");
const QString kTargetColumns = QStringLiteral("name, kind, agent_url, owner, attributes, created_at");

User userFromRow(const QSqlQuery& q)
{
    User u;
    u.login = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.email = q.value(2).toString();
    u.manager = q.value(3).toString();
    u.active = q.value(4).toInt() != 0;
    u.createdAt = q.value(5).toLongLong();
    return u;
}

Target targetFromRow(const QSqlQuery& q)
{
    Target t;
    t.name = q.value(0).toString();
    t.kind = q.value(1).toString();
    t.agentUrl = q.value(2).toString();
    t.owner = q.value(3).toString();
    t.attributes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    t.createdAt = q.value(5).toLongLong();
    return t;
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Result<QSet<QString>> stringSet(Result<QSqlQuery> q)
{
    CS_TRY(q);
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    return out;
}

} // namespace

QJsonObject Target::facts() const
{
    QJsonObject f = attributes;
    f.insert(QStringLiteral("name"), name);
    f.insert(QStringLiteral("kind"), kind);
    f.insert(QStringLiteral("owner"), owner);
    return f;
}

Directory::Directory(Database& db)
    : m_db(db)
{ }

Result<User> Directory::user(const QString& login)
{
    return read(login, nullptr);
}

Result<User> Directory::read(const QString& login, QSet<QString>* groups)
{
    // One round trip: a row per role (or one with no role), and with `groups` then a row per group,
    // told apart by which column is set.
    const QString person = QStringLiteral("SELECT u.login, u.display_name, u.email, u.manager, u.active, u.created_at, "
                                          "r.role%1 FROM users u LEFT JOIN user_roles r ON r.login = u.login "
                                          "WHERE u.login = ?");
    auto q = groups ? m_db.execKept(person.arg(QStringLiteral(", NULL"))
                                        + QStringLiteral(" UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, "
                                                         "NULL, group_name FROM group_members WHERE login = ?"),
                                    { login, login })
                    : m_db.execKept(person.arg(QString()), { login });
    CS_TRY(q);
    std::optional<User> u;
    if (groups)
        groups->clear();
    while (q->next()) {
        if (groups && !q->value(7).isNull()) {
            groups->insert(q->value(7).toString());
            continue;
        }
        if (!u)
            u = userFromRow(*q);
        if (!q->value(6).isNull())
            u->roles.append(q->value(6).toString());
    }
    if (!u)
        return Error::notFound(CoreText::tr("There is no user \"%1\".").arg(login));
    u->roles.sort();
    return std::move(*u);
}

Result<User> Directory::activeUser(const QString& actor)
{
    return active(user(normalizeLogin(actor)), actor);
}

Result<User> Directory::active(Result<User> found, const QString& actor)
{
    if (!found.ok() && found.error().code == Error::Code::NotFound)
        return Error::forbidden(CoreText::tr("\"%1\" is not a Countersign user; ask an admin to add you.").arg(actor));
    CS_TRY(found);
    if (!found->active)
        return Error::forbidden(CoreText::tr("The account \"%1\" is disabled.").arg(found->login));
    return found;
}

Result<User> Directory::activeUserWithGroups(const QString& actor, QSet<QString>* groups)
{
    return active(read(normalizeLogin(actor), groups), actor);
}

Result<QList<User>> Directory::users()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(kUserColumns));
    CS_TRY(q);
    QList<User> out;
    while (q->next())
        out.append(userFromRow(*q));
    q->finish();
    auto roles = m_db.exec(QStringLiteral("SELECT login, role FROM user_roles ORDER BY login, role"));
    CS_TRY(roles);
    QHash<QString, QStringList> byLogin;
    while (roles->next())
        byLogin[roles->value(0).toString()].append(roles->value(1).toString());
    for (User& u : out)
        u.roles = byLogin.value(u.login);
    return out;
}

Result<bool> Directory::hasUsers()
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    CS_TRY(q);
    return q->next() && q->value(0).toLongLong() > 0;
}

Status Directory::insertUser(const User& u)
{
    CS_TRY(m_db.exec(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(kUserColumns),
                     { u.login, u.displayName, u.email, nullIfEmpty(u.manager), u.active ? 1 : 0, u.createdAt }));
    for (const QString& role : u.roles)
        CS_TRY(setRole(u.login, role, true));
    return {};
}

Status Directory::setRole(const QString& login, const QString& role, bool granted)
{
    if (!granted) {
        CS_TRY(m_db.exec(QStringLiteral("DELETE FROM user_roles WHERE login = ? AND role = ?"), { login, role }));
        return {};
    }
    auto existing = m_db.exec(QStringLiteral("SELECT 1 FROM user_roles WHERE login = ? AND role = ?"), { login, role });
    CS_TRY(existing);
    if (existing->next())
        return {};
    existing->finish();
    CS_TRY(m_db.exec(QStringLiteral("INSERT INTO user_roles (login, role) VALUES (?, ?)"), { login, role }));
    return {};
}

Status Directory::updateUser(const User& u)
{
    CS_TRY(m_db.exec(QStringLiteral("UPDATE users SET display_name = ?, email = ?, manager = ? WHERE login = ?"),
                     { u.displayName, u.email, nullIfEmpty(u.manager), u.login }));
    return {};
}

Status Directory::setActive(const QString& login, bool active)
{
    CS_TRY(m_db.exec(QStringLiteral("UPDATE users SET active = ? WHERE login = ?"), { active ? 1 : 0, login }));
    return {};
}

Status Directory::deleteUser(const QString& login)
{
    CS_TRY(m_db.exec(QStringLiteral("DELETE FROM group_members WHERE login = ?"), { login }));
    CS_TRY(m_db.exec(QStringLiteral("DELETE FROM user_roles WHERE login = ?"), { login }));
    CS_TRY(m_db.exec(QStringLiteral("DELETE FROM users WHERE login = ?"), { login }));
    return {};
}

Result<QSet<QString>> Directory::rolesOf(const QString& login)
{
    return stringSet(m_db.execKept(QStringLiteral("SELECT role FROM user_roles WHERE login = ?"), { login }));
}

Result<Group> Directory::group(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT name, description FROM user_groups WHERE name = ?"), { name });
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no group \"%1\".").arg(name));
    Group g { q->value(0).toString(), q->value(1).toString(), {} };
    q->finish();
    auto members
        = m_db.exec(QStringLiteral("SELECT login FROM group_members WHERE group_name = ? ORDER BY login"), { name });
    CS_TRY(members);
    while (members->next())
        g.members.append(members->value(0).toString());
    return g;
}

Result<QList<Group>> Directory::groups()
{
    auto q = m_db.exec(QStringLiteral("SELECT name, description FROM user_groups ORDER BY name"));
    CS_TRY(q);
    QList<Group> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), {} });
    q->finish();
    auto members = m_db.exec(QStringLiteral("SELECT group_name, login FROM group_members ORDER BY group_name, login"));
    CS_TRY(members);
    QHash<QString, QStringList> byGroup;
    while (members->next())
        byGroup[members->value(0).toString()].append(members->value(1).toString());
    for (Group& g : out)
        g.members = byGroup.value(g.name);
    return out;
}

Status Directory::insertGroup(const Group& g, qint64 now)
{
    CS_TRY(m_db.exec(QStringLiteral("INSERT INTO user_groups (name, description, created_at) VALUES (?, ?, ?)"),
                     { g.name, g.description, now }));
    return {};
}

Status Directory::setMember(const QString& group, const QString& login, bool member)
{
    if (member)
        CS_TRY(
            m_db.exec(QStringLiteral("INSERT INTO group_members (group_name, login) VALUES (?, ?)"), { group, login }));
    else
        CS_TRY(m_db.exec(QStringLiteral("DELETE FROM group_members WHERE group_name = ? AND login = ?"),
                         { group, login }));
    return {};
}

Result<QSet<QString>> Directory::groupsOf(const QString& login)
{
    return stringSet(m_db.execKept(QStringLiteral("SELECT group_name FROM group_members WHERE login = ?"), { login }));
}

Result<Directory::People> Directory::peopleNamed(const QStringList& groups, const QStringList& roles,
                                                 const QStringList& logins)
{
    People out;
    // One predicate for all three statements: who is named, by group, role or login.
    QStringList branches;
    QVariantList values;
    if (!groups.isEmpty()) {
        branches << QStringLiteral("SELECT login FROM group_members WHERE group_name IN (%1)")
                        .arg(placeholders(groups.size()));
        for (const QString& g : groups)
            values << g;
    }
    if (!roles.isEmpty()) {
        branches << QStringLiteral("SELECT login FROM user_roles WHERE role IN (%1)").arg(placeholders(roles.size()));
        for (const QString& r : roles)
            values << r;
    }
    if (!logins.isEmpty()) {
        branches << QStringLiteral("SELECT login FROM users WHERE login IN (%1)").arg(placeholders(logins.size()));
        for (const QString& l : logins)
            values << l;
    }
    if (branches.isEmpty())
        return out;
    const QString named = branches.join(QStringLiteral(" UNION "));
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM users WHERE login IN (%2) ORDER BY login").arg(kUserColumns, named), values);
    CS_TRY(q);
    QHash<QString, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toString(), out.users.size());
        out.users.append(userFromRow(*q));
    }
    q->finish();
    auto roleRows = m_db.exec(
        QStringLiteral("SELECT login, role FROM user_roles WHERE login IN (%1) ORDER BY login, role").arg(named),
        values);
    CS_TRY(roleRows);
    while (roleRows->next())
        if (const auto it = index.constFind(roleRows->value(0).toString()); it != index.constEnd())
            out.users[*it].roles.append(roleRows->value(1).toString());
    roleRows->finish();
    auto memberships = m_db.exec(
        QStringLiteral("SELECT login, group_name FROM group_members WHERE login IN (%1)").arg(named), values);
    CS_TRY(memberships);
    while (memberships->next())
        out.groupsOf[memberships->value(0).toString()].insert(memberships->value(1).toString());
    return out;
}

Result<Target> Directory::target(const QString& name)
{
    auto q = m_db.execKept(QStringLiteral("SELECT %1 FROM targets WHERE name = ?").arg(kTargetColumns), { name });
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no target \"%1\".").arg(name));
    return targetFromRow(*q);
}

Result<QList<Target>> Directory::targets()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM targets ORDER BY name").arg(kTargetColumns));
    CS_TRY(q);
    QList<Target> out;
    while (q->next())
        out.append(targetFromRow(*q));
    return out;
}

Status Directory::insertTarget(const Target& t)
{
    CS_TRY(m_db.exec(QStringLiteral("INSERT INTO targets (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(kTargetColumns),
                     { t.name, t.kind, t.agentUrl, nullIfEmpty(t.owner), QString::fromUtf8(canonicalJson(t.attributes)),
                       t.createdAt }));
    return {};
}

Status Directory::updateTarget(const Target& t)
{
    CS_TRY(m_db.exec(
        QStringLiteral("UPDATE targets SET kind = ?, agent_url = ?, owner = ?, attributes = ? WHERE name = ?"),
        { t.kind, t.agentUrl, nullIfEmpty(t.owner), QString::fromUtf8(canonicalJson(t.attributes)), t.name }));
    return {};
}

Status Directory::deleteTarget(const QString& name)
{
    CS_TRY(m_db.exec(QStringLiteral("DELETE FROM targets WHERE name = ?"), { name }));
    return {};
}

} // namespace cs
