#pragma once

#include <core/common/result.h>
#include <core/directory/directorysource.h>
#include <core/directorysync/directorysnapshot.h>

namespace cs {

// Reads people and groups from an LDAP server through OpenLDAP's libldap: simple bind (over
// ldaps:// or StartTLS where configured), paged searches (RFC 2696) and nested groups resolved
// either by the server (LDAP_MATCHING_RULE_IN_CHAIN, Active Directory) or by walking the copied
// groups. Read only; errors are one sentence and never contain the password.
namespace LdapClient {

Result<DirectorySnapshot> read(const DirectorySource& source, const QString& bindPassword);

} // namespace LdapClient
} // namespace cs
