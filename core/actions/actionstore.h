#pragma once

#include <core/actions/action.h>
#include <core/storage/database.h>

namespace cs {

// Action versions and policy revisions: append-only, so every request can point at exactly
// what it was made against.
class ActionStore
{
public:
    explicit ActionStore(Database& db);

    Result<QStringList> names();
    Result<bool> exists(const QString& name);
    Result<ActionVersion> currentVersion(const QString& name);
    Result<ActionVersion> version(const QString& name, int version);
    Result<PolicyRevision> currentPolicy(const QString& name);

    Status insertAction(const QString& name, qint64 now);
    Status insertVersion(const ActionVersion& version);
    Status insertPolicy(const QString& action, const PolicyRevision& revision);

private:
    Result<ActionVersion> readVersion(Result<QSqlQuery> query, const QString& name);
    Database& m_db;
};

} // namespace cs
