#pragma once

#include <QString>
#include <core/directory/directorysource.h>

// A private copy of tests/data/directory.ldif in the test slapd that packaging/ldap-server.sh
// starts (COUNTERSIGN_TEST_LDAP_URL, _BIND_DN, _PASSWORD): each instance loads the tree under its
// own ou=..., so suites can change it with ldapmodify while others run.
class LdapDirectory
{
public:
    static bool available(); // the test server's address is set
    LdapDirectory();

    QString base() const { return m_base; } // ou=<unique>,dc=example,dc=org
    static QString password();
    // The preset ("active-directory" for the ou=ad tree, "openldap" for ou=ldap) pointed at this copy.
    cs::DirectorySource source(const QString& preset) const;

    // Runs ldapmodify with this LDIF; "{base}" stands for base(). Aborts the test on failure.
    void modify(const QString& ldif) const;
    // Adds generated entries (LDIF, "{base}" as above) in one ldapadd run.
    void add(const QString& ldif) const;

private:
    void run(const QString& tool, const QString& ldif) const;
    QString m_base;
};
