#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directorysync/ldapclient.h>
#include <functional>
#include <ldap.h>
#include <vector>

namespace cs::LdapClient {
namespace {

// The server's answer in words. Nothing here can carry the password: libldap never echoes credentials.
QString reason(LDAP* ld, int rc)
{
    QString text = QString::fromUtf8(ldap_err2string(rc));
    char* diagnostic = nullptr;
    if (ld && ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic) == LDAP_OPT_SUCCESS && diagnostic) {
        const QString more = QString::fromUtf8(diagnostic).trimmed();
        if (!more.isEmpty() && more != text)
            text += QStringLiteral(": ") + more;
        ldap_memfree(diagnostic);
    }
    return text;
}

bool unreachable(int rc)
{
    return rc == LDAP_SERVER_DOWN || rc == LDAP_CONNECT_ERROR || rc == LDAP_TIMEOUT || rc == LDAP_UNAVAILABLE;
}

Error failure(const DirectorySource& source, LDAP* ld, int rc, const QString& what)
{
    if (unreachable(rc))
        return Error::storage(
            CoreText::tr("The directory server at %1 cannot be reached (%2).").arg(source.url, reason(ld, rc)));
    if (rc == LDAP_INVALID_CREDENTIALS)
        return Error::forbidden(CoreText::tr("The directory server at %1 refused the bind DN \"%2\" or its password.")
                                    .arg(source.url, source.bindDn));
    return Error::storage(
        CoreText::tr("The directory server at %1 failed to %2 (%3).").arg(source.url, what, reason(ld, rc)));
}

// One bound connection, unbound when it goes.
class Session
{
public:
    ~Session()
    {
        if (m_ld)
            ldap_unbind_ext_s(m_ld, nullptr, nullptr);
    }
    LDAP* ld() const { return m_ld; }

    Status open(const DirectorySource& source, const QString& password)
    {
        const QByteArray url = source.url.toUtf8();
        int rc = ldap_initialize(&m_ld, url.constData());
        if (rc != LDAP_SUCCESS)
            return failure(source, nullptr, rc, CoreText::tr("accept the address"));
        const int version = LDAP_VERSION3;
        ldap_set_option(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
        // Active Directory answers with referrals to other domains; following them would bind there.
        ldap_set_option(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
        timeval timeout { 15, 0 };
        ldap_set_option(m_ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
        timeval operation { 120, 0 };
        ldap_set_option(m_ld, LDAP_OPT_TIMEOUT, &operation);
        if (!source.tlsCaFile.isEmpty()) {
            const QByteArray ca = source.tlsCaFile.toUtf8();
            ldap_set_option(m_ld, LDAP_OPT_X_TLS_CACERTFILE, ca.constData());
            const int server = 0;
            ldap_set_option(m_ld, LDAP_OPT_X_TLS_NEWCTX, &server);
        }
        if (source.startTls) {
            rc = ldap_start_tls_s(m_ld, nullptr, nullptr);
            if (rc != LDAP_SUCCESS)
                return failure(source, m_ld, rc, CoreText::tr("start TLS"));
        }
        const QByteArray dn = source.bindDn.toUtf8();
        QByteArray secret = password.toUtf8();
        berval credential { static_cast<ber_len_t>(secret.size()), secret.data() };
        rc = ldap_sasl_bind_s(m_ld, dn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE, &credential, nullptr,
                              nullptr, nullptr);
        secret.fill('\0');
        if (rc != LDAP_SUCCESS)
            return failure(source, m_ld, rc, QStringLiteral("bind"));
        return {};
    }

    // A subtree search in pages of the source's page size (RFC 2696); onEntry sees every entry.
    Status search(const DirectorySource& source, const QString& base, const QString& filter,
                  const QStringList& attributes, const std::function<void(LDAPMessage*)>& onEntry)
    {
        QList<QByteArray> names;
        for (const QString& a : attributes)
            if (!a.isEmpty())
                names.append(a.toUtf8());
        std::vector<char*> attrs;
        for (QByteArray& n : names)
            attrs.push_back(n.data());
        attrs.push_back(nullptr);
        const QByteArray baseDn = base.toUtf8();
        const QByteArray filterText = filter.isEmpty() ? QByteArrayLiteral("(objectClass=*)") : filter.toUtf8();

        berval* cookie = nullptr;
        do {
            LDAPControl* page = nullptr;
            int rc = ldap_create_page_control(m_ld, source.pageSize, cookie, 1, &page);
            ber_bvfree(cookie);
            cookie = nullptr;
            if (rc != LDAP_SUCCESS)
                return failure(source, m_ld, rc, CoreText::tr("page a search"));
            LDAPControl* controls[] = { page, nullptr };
            LDAPMessage* result = nullptr;
            rc = ldap_search_ext_s(m_ld, baseDn.constData(), LDAP_SCOPE_SUBTREE, filterText.constData(), attrs.data(),
                                   0, controls, nullptr, nullptr, LDAP_NO_LIMIT, &result);
            ldap_control_free(page);
            if (rc != LDAP_SUCCESS) {
                ldap_msgfree(result);
                return failure(source, m_ld, rc,
                               CoreText::tr("search %1 for %2").arg(base, QString::fromUtf8(filterText)));
            }
            for (LDAPMessage* entry = ldap_first_entry(m_ld, result); entry; entry = ldap_next_entry(m_ld, entry))
                onEntry(entry);
            int code = LDAP_SUCCESS;
            LDAPControl** answered = nullptr;
            rc = ldap_parse_result(m_ld, result, &code, nullptr, nullptr, nullptr, &answered, 1);
            if (rc != LDAP_SUCCESS || code != LDAP_SUCCESS) {
                ldap_controls_free(answered);
                return failure(source, m_ld, rc != LDAP_SUCCESS ? rc : code, CoreText::tr("search %1").arg(base));
            }
            if (LDAPControl* response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, answered, nullptr)) {
                ber_int_t estimate = 0;
                berval next { 0, nullptr };
                if (ldap_parse_pageresponse_control(m_ld, response, &estimate, &next) == LDAP_SUCCESS
                    && next.bv_len > 0)
                    cookie = ber_bvdup(&next);
                ber_memfree(next.bv_val);
            }
            ldap_controls_free(answered);
        } while (cookie);
        return {};
    }

private:
    LDAP* m_ld = nullptr;
};

QStringList values(LDAP* ld, LDAPMessage* entry, const QString& attribute)
{
    QStringList out;
    if (attribute.isEmpty())
        return out;
    berval** vals = ldap_get_values_len(ld, entry, attribute.toUtf8().constData());
    if (!vals)
        return out;
    for (int i = 0; vals[i]; ++i)
        out.append(QString::fromUtf8(vals[i]->bv_val, static_cast<qsizetype>(vals[i]->bv_len)));
    ldap_value_free_len(vals);
    return out;
}

QString first(LDAP* ld, LDAPMessage* entry, const QString& attribute)
{
    const QStringList v = values(ld, entry, attribute);
    return v.isEmpty() ? QString() : v.first().trimmed();
}

// One spelling per DN (libldap's normal form, case-folded), so "CN=Bea Boss, OU=People" finds its entry.
QString normalDn(const QString& dn)
{
    char* normal = nullptr;
    QString out = dn;
    if (ldap_dn_normalize(dn.toUtf8().constData(), LDAP_DN_FORMAT_LDAP, &normal, LDAP_DN_FORMAT_LDAPV3) == LDAP_SUCCESS
        && normal) {
        out = QString::fromUtf8(normal);
        ldap_memfree(normal);
    }
    return out.toLower();
}

QString entryDn(LDAP* ld, LDAPMessage* entry)
{
    char* dn = ldap_get_dn(ld, entry);
    const QString out = dn ? QString::fromUtf8(dn) : QString();
    ldap_memfree(dn);
    return out;
}

QString escapedFilterValue(const QString& value)
{
    QByteArray raw = value.toUtf8();
    berval in { static_cast<ber_len_t>(raw.size()), raw.data() };
    berval out { 0, nullptr };
    if (ldap_bv2escaped_filter_value(&in, &out) != 0)
        return value;
    const QString escaped = QString::fromUtf8(out.bv_val, static_cast<qsizetype>(out.bv_len));
    ber_memfree(out.bv_val);
    return escaped;
}

// Directory group names often hold spaces ("Change Approvers"); Countersign's do not.
QString groupName(const QString& cn)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return cn.trimmed().replace(spaces, QStringLiteral("-"));
}

bool validGroupName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

struct RawGroup
{
    QString dn; // normal form
    SnapshotGroup group;
    QStringList memberDns; // normal form
    QStringList memberLogins;
};

} // namespace

Result<DirectorySnapshot> read(const DirectorySource& source, const QString& bindPassword)
{
    CS_TRY(source.validate());
    Session session;
    CS_TRY(session.open(source, bindPassword));
    LDAP* ld = session.ld();
    DirectorySnapshot snapshot;

    QHash<QString, qsizetype> personByDn;
    QHash<QString, QString> managerDnOf; // login -> manager DN
    QSet<QString> logins;
    CS_TRY(session.search(
        source, source.peopleBase, source.peopleFilter,
        { source.loginAttribute, source.nameAttribute, source.emailAttribute, source.managerAttribute },
        [&](LDAPMessage* entry) {
            const QString dn = entryDn(ld, entry);
            const QString raw = first(ld, entry, source.loginAttribute);
            const QString login = normalizeLogin(raw);
            if (!isValidLogin(login)) {
                snapshot.warnings.append(
                    CoreText::tr("Skipped %1: its login \"%2\" cannot be used in Countersign.").arg(dn, raw.left(80)));
                return;
            }
            if (logins.contains(login)) {
                snapshot.warnings.append(
                    CoreText::tr("Skipped %1: another entry already has the login \"%2\".").arg(dn, login));
                return;
            }
            logins.insert(login);
            SnapshotPerson p {
                login, first(ld, entry, source.nameAttribute), first(ld, entry, source.emailAttribute), {}
            };
            if (p.displayName.isEmpty())
                p.displayName = login;
            const QString manager = first(ld, entry, source.managerAttribute);
            if (!manager.isEmpty())
                managerDnOf.insert(login, normalDn(manager));
            personByDn.insert(normalDn(dn), snapshot.people.size());
            snapshot.people.append(p);
        }));
    for (SnapshotPerson& p : snapshot.people) {
        const qsizetype manager = personByDn.value(managerDnOf.value(p.login), -1);
        if (manager >= 0 && snapshot.people[manager].login != p.login)
            p.manager = snapshot.people[manager].login;
    }

    QStringList groupAttributes { source.groupNameAttribute, source.groupDescriptionAttribute };
    groupAttributes += source.memberAttributes;
    groupAttributes += source.memberLoginAttributes;
    QList<RawGroup> raw;
    QHash<QString, qsizetype> groupByDn;
    QSet<QString> names;
    CS_TRY(session.search(source, source.groupBase, source.groupFilter, groupAttributes, [&](LDAPMessage* entry) {
        const QString dn = entryDn(ld, entry);
        const QString name = groupName(first(ld, entry, source.groupNameAttribute));
        if (!validGroupName(name) || names.contains(name)) {
            snapshot.warnings.append(CoreText::tr("Skipped the group %1: its name \"%2\" is %3.")
                                         .arg(dn, name.left(80),
                                              names.contains(name) ? CoreText::tr("taken by another group")
                                                                   : CoreText::tr("not usable in Countersign")));
            return;
        }
        names.insert(name);
        RawGroup g;
        g.dn = normalDn(dn);
        g.group.name = name;
        g.group.description = first(ld, entry, source.groupDescriptionAttribute);
        for (const QString& attribute : source.memberAttributes)
            for (const QString& member : values(ld, entry, attribute))
                g.memberDns.append(normalDn(member));
        for (const QString& attribute : source.memberLoginAttributes)
            for (const QString& member : values(ld, entry, attribute))
                g.memberLogins.append(normalizeLogin(member));
        groupByDn.insert(g.dn, raw.size());
        raw.append(g);
    }));

    for (RawGroup& g : raw) {
        QSet<QString> members(g.memberLogins.begin(), g.memberLogins.end());
        if (source.nesting == DirectorySource::Nesting::InChain) {
            // The server expands nesting to any depth, including groups outside the group filter.
            const QString filter
                = QStringLiteral("(&%1(memberOf:1.2.840.113556.1.4.1941:=%2))")
                      .arg(source.peopleFilter.isEmpty() ? QStringLiteral("(objectClass=*)") : source.peopleFilter,
                           escapedFilterValue(g.dn));
            CS_TRY(
                session.search(source, source.peopleBase, filter, { source.loginAttribute }, [&](LDAPMessage* entry) {
                    members.insert(normalizeLogin(first(ld, entry, source.loginAttribute)));
                }));
        } else {
            // Walk member DNs: people directly, copied groups (Walk) by their own members, once each.
            QSet<QString> seen { g.dn };
            QStringList pending = g.memberDns;
            while (!pending.isEmpty()) {
                const QString dn = pending.takeLast();
                if (const qsizetype person = personByDn.value(dn, -1); person >= 0) {
                    members.insert(snapshot.people[person].login);
                } else if (const qsizetype nested = groupByDn.value(dn, -1);
                           nested >= 0 && source.nesting == DirectorySource::Nesting::Walk && !seen.contains(dn)) {
                    seen.insert(dn);
                    pending += raw[nested].memberDns;
                    for (const QString& login : std::as_const(raw[nested].memberLogins))
                        members.insert(login);
                }
            }
        }
        members.remove(QString());
        g.group.members = QStringList(members.begin(), members.end());
        g.group.members.sort();
        snapshot.groups.append(g.group);
    }
    return snapshot;
}

} // namespace cs::LdapClient
