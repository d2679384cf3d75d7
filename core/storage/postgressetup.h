#pragma once

#include <core/storage/database.h>

namespace cs {

// Makes PostgreSQL itself enforce who may do what (SPEC §6). Run once, and after upgrades, by the
// role that owns the schema (`countersign-cli admin setup-postgres`). Afterwards every person
// connects as their own login role:
//  - countersign_people: read the workspace (never request secrets); insert only their own
//    requests, decisions and audit entries (row-level security); move a request only as the state
//    machine allows for them (a guard trigger: a vote of their own must exist to advance it, only
//    the requester cancels, only agents run); no UPDATE or DELETE on audit entries at all.
//  - countersign_admins: also write users, groups, targets, actions and policies; create people's
//    login roles through countersign_create_person().
//  - countersign_auditors: read. countersign_agents: also read secrets, claim and record executions.
// The schema owner is trusted (it is the maintenance role) and passes the guards.
namespace PostgresSetup {

Status apply(Database& db);

// Whether apply() ran on this database (then adding a person also creates their login role).
Result<bool> isApplied(Database& db);

// Login roles and app-role memberships, through the security-definer functions apply() installs.
Status createPerson(Database& db, const QString& login);
Status setAppRole(Database& db, const QString& login, const QString& role, bool granted);
// A disabled or removed person's login role keeps its grants but can no longer connect.
Status setPersonLogin(Database& db, const QString& login, bool canLogin);
// A service account's role: NOLOGIN, a person's grants, taken by the agents' role (issue 17).
Status makeServiceAccount(Database& db, const QString& login);
// Inside an open transaction: the rest of it runs as `login`'s role (SET LOCAL ROLE).
Status actAs(Database& db, const QString& login);

} // namespace PostgresSetup
} // namespace cs
