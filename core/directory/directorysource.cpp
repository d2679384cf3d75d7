#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/directory/directorysource.h>

namespace cs {
namespace {

const QString kActiveDirectory = QStringLiteral("active-directory");
const QString kOpenLdap = QStringLiteral("openldap");

QString nestingName(DirectorySource::Nesting n)
{
    switch (n) {
    case DirectorySource::Nesting::None:
        return QStringLiteral("none");
    case DirectorySource::Nesting::InChain:
        return QStringLiteral("in-chain");
    case DirectorySource::Nesting::Walk:
        break;
    }
    return QStringLiteral("walk");
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

QStringList DirectorySource::presetNames()
{
    return { kActiveDirectory, kOpenLdap };
}

Result<DirectorySource> DirectorySource::fromPreset(const QString& name)
{
    DirectorySource s;
    s.preset = name;
    s.nameAttribute = QStringLiteral("displayName");
    s.emailAttribute = QStringLiteral("mail");
    s.managerAttribute = QStringLiteral("manager");
    s.groupNameAttribute = QStringLiteral("cn");
    s.groupDescriptionAttribute = QStringLiteral("description");
    if (name == kActiveDirectory) {
        s.loginAttribute = QStringLiteral("sAMAccountName");
        // Enabled accounts only: bit 2 of userAccountControl marks a disabled one.
        s.peopleFilter = QStringLiteral("(&(objectClass=user)(!(objectClass=computer))"
                                        "(!(userAccountControl:1.2.840.113556.1.4.803:=2)))");
        s.groupFilter = QStringLiteral("(objectClass=group)");
        s.memberAttributes = { QStringLiteral("member") };
        s.nesting = Nesting::InChain;
        return s;
    }
    if (name == kOpenLdap) {
        s.loginAttribute = QStringLiteral("uid");
        s.nameAttribute = QStringLiteral("cn");
        s.peopleFilter = QStringLiteral("(objectClass=inetOrgPerson)");
        s.groupFilter
            = QStringLiteral("(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup))");
        s.memberAttributes = { QStringLiteral("member"), QStringLiteral("uniqueMember") };
        s.memberLoginAttributes = { QStringLiteral("memberUid") };
        s.nesting = Nesting::Walk;
        return s;
    }
    return Error::invalid(CoreText::tr("There is no directory preset \"%1\"; choose %2.")
                              .arg(name.left(40), presetNames().join(QStringLiteral(" or "))));
}

QJsonObject DirectorySource::toJson() const
{
    return { { QStringLiteral("preset"), preset },
             { QStringLiteral("url"), url },
             { QStringLiteral("startTls"), startTls },
             { QStringLiteral("tlsCaFile"), tlsCaFile },
             { QStringLiteral("bindDn"), bindDn },
             { QStringLiteral("peopleBase"), peopleBase },
             { QStringLiteral("peopleFilter"), peopleFilter },
             { QStringLiteral("groupBase"), groupBase },
             { QStringLiteral("groupFilter"), groupFilter },
             { QStringLiteral("loginAttribute"), loginAttribute },
             { QStringLiteral("nameAttribute"), nameAttribute },
             { QStringLiteral("emailAttribute"), emailAttribute },
             { QStringLiteral("managerAttribute"), managerAttribute },
             { QStringLiteral("groupNameAttribute"), groupNameAttribute },
             { QStringLiteral("groupDescriptionAttribute"), groupDescriptionAttribute },
             { QStringLiteral("memberAttributes"), QJsonArray::fromStringList(memberAttributes) },
             { QStringLiteral("memberLoginAttributes"), QJsonArray::fromStringList(memberLoginAttributes) },
             { QStringLiteral("nesting"), nestingName(nesting) },
             { QStringLiteral("pageSize"), pageSize },
             { QStringLiteral("maxRemovalPercent"), maxRemovalPercent },
             { QStringLiteral("intervalMinutes"), intervalMinutes } };
}

Result<DirectorySource> DirectorySource::fromJson(const QJsonObject& j)
{
    DirectorySource s;
    s.preset = j.value(QStringLiteral("preset")).toString();
    s.url = j.value(QStringLiteral("url")).toString();
    s.startTls = j.value(QStringLiteral("startTls")).toBool();
    s.tlsCaFile = j.value(QStringLiteral("tlsCaFile")).toString();
    s.bindDn = j.value(QStringLiteral("bindDn")).toString();
    s.peopleBase = j.value(QStringLiteral("peopleBase")).toString();
    s.peopleFilter = j.value(QStringLiteral("peopleFilter")).toString();
    s.groupBase = j.value(QStringLiteral("groupBase")).toString();
    s.groupFilter = j.value(QStringLiteral("groupFilter")).toString();
    s.loginAttribute = j.value(QStringLiteral("loginAttribute")).toString();
    s.nameAttribute = j.value(QStringLiteral("nameAttribute")).toString();
    s.emailAttribute = j.value(QStringLiteral("emailAttribute")).toString();
    s.managerAttribute = j.value(QStringLiteral("managerAttribute")).toString();
    s.groupNameAttribute = j.value(QStringLiteral("groupNameAttribute")).toString();
    s.groupDescriptionAttribute = j.value(QStringLiteral("groupDescriptionAttribute")).toString();
    s.memberAttributes = stringList(j.value(QStringLiteral("memberAttributes")));
    s.memberLoginAttributes = stringList(j.value(QStringLiteral("memberLoginAttributes")));
    const QString nesting = j.value(QStringLiteral("nesting")).toString(QStringLiteral("walk"));
    if (nesting == QLatin1String("none"))
        s.nesting = Nesting::None;
    else if (nesting == QLatin1String("in-chain"))
        s.nesting = Nesting::InChain;
    else if (nesting == QLatin1String("walk"))
        s.nesting = Nesting::Walk;
    else
        return Error::invalid(CoreText::tr("Nested groups must be \"walk\", \"in-chain\" or \"none\", not \"%1\".")
                                  .arg(nesting.left(40)));
    s.pageSize = j.value(QStringLiteral("pageSize")).toInt(500);
    s.maxRemovalPercent = j.value(QStringLiteral("maxRemovalPercent")).toInt(20);
    s.intervalMinutes = j.value(QStringLiteral("intervalMinutes")).toInt(0);
    return s;
}

Status DirectorySource::validate() const
{
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme();
    if (!u.isValid() || u.host().isEmpty() || (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps")))
        return Error::invalid(
            CoreText::tr("The directory address \"%1\" must be an ldap:// or ldaps:// URL with a host.")
                .arg(url.left(120)));
    // A simple bind over plain ldap:// sends the service account's password in the clear: only to
    // this machine itself (a test server, a local proxy).
    const QString host = u.host().toLower();
    const bool loopback = host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
        || host == QLatin1String("::1") || host == QLatin1String("[::1]");
    if (scheme == QLatin1String("ldap") && !startTls && !loopback)
        return Error::invalid(CoreText::tr("The directory at %1 would get the bind password unencrypted: use "
                                           "ldaps:// or StartTLS.")
                                  .arg(url.left(120)));
    if (startTls && scheme == QLatin1String("ldaps"))
        return Error::invalid(CoreText::tr("StartTLS upgrades an ldap:// connection; an ldaps:// one is already "
                                           "encrypted, so choose one of them."));
    if (peopleBase.isEmpty() || groupBase.isEmpty())
        return Error::invalid(CoreText::tr("The directory source needs a base DN for people and one for groups."));
    if (loginAttribute.isEmpty() || groupNameAttribute.isEmpty())
        return Error::invalid(CoreText::tr("The directory source needs a login attribute and a group name attribute."));
    if (memberAttributes.isEmpty() && memberLoginAttributes.isEmpty())
        return Error::invalid(CoreText::tr("The directory source needs at least one member attribute."));
    if (pageSize < 1 || pageSize > 100000)
        return Error::invalid(CoreText::tr("The page size must be between 1 and 100000."));
    if (maxRemovalPercent < 0 || maxRemovalPercent > 100)
        return Error::invalid(CoreText::tr("The removal limit must be a share between 0 and 100 percent."));
    if (intervalMinutes < 0)
        return Error::invalid(CoreText::tr("The sync interval cannot be negative."));
    return {};
}

QString DirectorySource::credentialKey() const
{
    return QStringLiteral("ldap-bind:%1 %2").arg(url, bindDn);
}

DirectorySourceStore::DirectorySourceStore(Database& db)
    : m_db(db)
{ }

Result<DirectorySource> DirectorySourceStore::load()
{
    auto q = m_db.exec(QStringLiteral("SELECT config FROM directory_source WHERE id = 1"));
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("No directory source is configured; an admin sets one up with "
                                            "\"countersign-cli directory configure\"."));
    return DirectorySource::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
}

Status DirectorySourceStore::save(const DirectorySource& source, const QString& by, qint64 now)
{
    const QString config = QString::fromUtf8(canonicalJson(source.toJson()));
    auto existing = m_db.exec(QStringLiteral("SELECT 1 FROM directory_source WHERE id = 1"));
    CS_TRY(existing);
    const bool update = existing->next();
    existing->finish();
    if (update)
        CS_TRY(m_db.exec(
            QStringLiteral("UPDATE directory_source SET config = ?, updated_by = ?, updated_at = ? WHERE id = 1"),
            { config, by, now }));
    else
        CS_TRY(m_db.exec(QStringLiteral("INSERT INTO directory_source (id, config, updated_by, updated_at) "
                                        "VALUES (1, ?, ?, ?)"),
                         { config, by, now }));
    return {};
}

Status DirectorySourceStore::recordSync(qint64 at, const QString& summary)
{
    CS_TRY(m_db.exec(QStringLiteral("UPDATE directory_source SET last_sync_at = ?, last_sync_summary = ? WHERE id = 1"),
                     { at, summary }));
    return {};
}

Result<DirectorySourceStore::LastSync> DirectorySourceStore::lastSync()
{
    auto q = m_db.exec(QStringLiteral("SELECT last_sync_at, last_sync_summary FROM directory_source WHERE id = 1"));
    CS_TRY(q);
    LastSync out;
    if (q->next()) {
        out.at = q->value(0).toLongLong();
        out.summary = q->value(1).toString();
    }
    return out;
}

Result<QString> syncedUserReason(Database& db, const QString& login)
{
    auto q = db.exec(QStringLiteral("SELECT origin FROM users WHERE login = ?"), { login });
    CS_TRY(q);
    if (q->next() && q->value(0).toString() == Origin::Directory)
        return CoreText::tr("\"%1\" comes from the company directory; change them there, and the next sync "
                            "brings the change here.")
            .arg(login);
    return QString();
}

Result<QString> syncedGroupReason(Database& db, const QString& group)
{
    auto q = db.exec(QStringLiteral("SELECT origin FROM user_groups WHERE name = ?"), { group });
    CS_TRY(q);
    if (q->next() && q->value(0).toString() == Origin::Directory)
        return CoreText::tr("The group \"%1\" comes from the company directory; change its members there, and the "
                            "next sync brings the change here.")
            .arg(group);
    return QString();
}

namespace {

Result<QSet<QString>> syncedNames(Database& db, const QString& sql)
{
    auto q = db.exec(sql, { Origin::Directory });
    CS_TRY(q);
    QSet<QString> names;
    while (q->next())
        names.insert(q->value(0).toString());
    return names;
}

} // namespace

Result<QSet<QString>> syncedLogins(Database& db)
{
    return syncedNames(db, QStringLiteral("SELECT login FROM users WHERE origin = ?"));
}

Result<QSet<QString>> syncedGroupNames(Database& db)
{
    return syncedNames(db, QStringLiteral("SELECT name FROM user_groups WHERE origin = ?"));
}

namespace {

// ldap://Host:389 and ldap://host are one server; a path or query does not make another.
QString serverOf(const QString& url)
{
    const QUrl u(url.trimmed());
    const int port = u.port(u.scheme().compare(QLatin1String("ldaps"), Qt::CaseInsensitive) == 0 ? 636 : 389);
    return QStringLiteral("%1://%2:%3").arg(u.scheme().toLower(), u.host().toLower()).arg(port);
}

} // namespace

Result<std::optional<QString>> DirectorySource::environmentPassword() const
{
    if (!qEnvironmentVariableIsSet(PasswordVariable))
        return std::optional<QString>();
    const QString boundTo = qEnvironmentVariable(PasswordUrlVariable);
    if (boundTo.trimmed().isEmpty())
        return Error::forbidden(CoreText::tr("%1 is set without %2 naming the directory server it belongs to, so it "
                                             "was not sent; set %2 to %3 if the password is for that server.")
                                    .arg(QLatin1String(PasswordVariable), QLatin1String(PasswordUrlVariable), url));
    if (serverOf(boundTo) != serverOf(url))
        return Error::forbidden(CoreText::tr("%1 belongs to %2, but the directory source names %3, so it was not "
                                             "sent.")
                                    .arg(QLatin1String(PasswordVariable), boundTo, url));
    return std::optional<QString>(qEnvironmentVariable(PasswordVariable));
}

} // namespace cs
