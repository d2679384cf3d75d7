#pragma once

#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <core/storage/database.h>
#include <optional>

namespace cs {

// Where the directory comes from: an LDAP server (Active Directory, OpenLDAP, FreeIPA) and how its
// entries map onto people and groups. Stored in the database (admins only); the bind password never
// is: it lives in the system keychain or in the agent service's environment.
struct DirectorySource
{
    enum class Nesting {
        None, // only direct members
        Walk, // group members that are copied groups are expanded here (any server)
        InChain, // Active Directory resolves nesting itself (LDAP_MATCHING_RULE_IN_CHAIN)
    };

    QString preset; // "active-directory" or "openldap": what the mapping started from
    QString url; // ldap://host[:port], ldaps://host[:port]
    bool startTls = false; // upgrade an ldap:// connection before binding
    QString tlsCaFile; // a CA certificate file for ldaps:// and StartTLS; empty: the system's
    QString bindDn; // empty: anonymous
    QString peopleBase;
    QString peopleFilter;
    QString groupBase;
    QString groupFilter; // only the groups that matter are copied
    QString loginAttribute;
    QString nameAttribute;
    QString emailAttribute;
    QString managerAttribute; // a DN-valued attribute
    QString groupNameAttribute;
    QString groupDescriptionAttribute;
    QStringList memberAttributes; // DN-valued (member, uniqueMember) ...
    QStringList memberLoginAttributes; // ... or login-valued (posixGroup memberUid)
    Nesting nesting = Nesting::Walk;
    int pageSize = 500; // RFC 2696 paged results
    int maxRemovalPercent = 20; // a sync that would remove more stops unless forced
    int intervalMinutes = 0; // the agent service's periodic sync; 0: none

    // Where a service (the agent) or a script finds the bind password, instead of the keychain,
    // with the server it belongs to: an admin who re-points the source cannot have it sent elsewhere.
    static constexpr const char* PasswordVariable = "COUNTERSIGN_LDAP_BIND_PASSWORD";
    static constexpr const char* PasswordUrlVariable = "COUNTERSIGN_LDAP_BIND_URL";

    static QStringList presetNames();
    // The mapping of a preset, with no server, bind DN or bases yet.
    static Result<DirectorySource> fromPreset(const QString& name);

    QJsonObject toJson() const;
    static Result<DirectorySource> fromJson(const QJsonObject& json);
    // Checks it is complete and sensible; one sentence naming the first problem.
    Status validate() const;
    // The keychain entry of the bind password: one per server and bind DN.
    QString credentialKey() const;
    // The environment's bind password for this source: none when PasswordVariable is unset; an
    // error (the password unsent) when PasswordUrlVariable is unset or names another server.
    Result<std::optional<QString>> environmentPassword() const;
};

// The stored source (one per workspace) and the outcome of its last sync. Plain storage; the
// directory sync service checks who may change it.
class DirectorySourceStore
{
public:
    explicit DirectorySourceStore(Database& db);

    // NotFound when no source is configured.
    Result<DirectorySource> load();
    Status save(const DirectorySource& source, const QString& by, qint64 now);
    Status recordSync(qint64 at, const QString& summary);
    struct LastSync
    {
        qint64 at = 0; // 0: never
        QString summary;
    };
    Result<LastSync> lastSync();

private:
    Database& m_db;
};

// Whether entries came from the directory: synced ones are changed only by the sync.
namespace Origin {
inline const QString Local = QStringLiteral("local");
inline const QString Directory = QStringLiteral("directory");
} // namespace Origin

// Why an admin may not change this person or group (or a synced group's members) by hand: the
// directory owns it and the next sync would undo the change. Empty when it is local or unknown.
Result<QString> syncedUserReason(Database& db, const QString& login);
Result<QString> syncedGroupReason(Database& db, const QString& group);
// The logins and group names the directory owns, for listings that mark them (one query each).
Result<QSet<QString>> syncedLogins(Database& db);
Result<QSet<QString>> syncedGroupNames(Database& db);

} // namespace cs
