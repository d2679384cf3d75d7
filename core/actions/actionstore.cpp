#include <core/actions/actionstore.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>

namespace cs {

ActionStore::ActionStore(Database& db)
    : m_db(db)
{ }

Result<QStringList> ActionStore::names()
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM actions ORDER BY name"));
    CS_TRY(q);
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Result<bool> ActionStore::exists(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM actions WHERE name = ?"), { name });
    CS_TRY(q);
    return q->next();
}

Result<ActionVersion> ActionStore::readVersion(Result<QSqlQuery> q, const QString& name)
{
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no action \"%1\".").arg(name));
    ActionVersion v;
    v.version = q->value(0).toInt();
    v.digest = q->value(1).toString();
    v.createdBy = q->value(3).toString();
    v.createdAt = q->value(4).toLongLong();
    QJsonObject json;
    QString problem;
    if (!parseJsonObject(q->value(2).toString().toUtf8(), &json, &problem))
        return Error::integrity(
            CoreText::tr("Stored version %1 of action \"%2\" is unreadable: %3.").arg(v.version).arg(name, problem));
    auto definition = actionDefinitionFromJson(json);
    if (!definition.ok())
        return Error::integrity(CoreText::tr("Stored version %1 of action \"%2\" is invalid: %3")
                                    .arg(v.version)
                                    .arg(name, definition.error().message));
    v.definition = *definition;
    if (v.definition.versionDigest() != v.digest)
        return Error::integrity(CoreText::tr("Stored version %1 of action \"%2\" does not match its digest; it was "
                                             "changed outside Countersign.")
                                    .arg(v.version)
                                    .arg(name));
    return v;
}

Result<ActionVersion> ActionStore::currentVersion(const QString& name)
{
    return readVersion(
        m_db.exec(QStringLiteral("SELECT version, digest, definition, created_by, created_at FROM action_versions "
                                 "WHERE action = ? ORDER BY version DESC LIMIT 1"),
                  { name }),
        name);
}

Result<ActionVersion> ActionStore::version(const QString& name, int version)
{
    return readVersion(
        m_db.exec(QStringLiteral("SELECT version, digest, definition, created_by, created_at FROM action_versions "
                                 "WHERE action = ? AND version = ?"),
                  { name, version }),
        name);
}

Result<PolicyRevision> ActionStore::currentPolicy(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT revision, policy, created_by, created_at FROM action_policies "
                                      "WHERE action = ? ORDER BY revision DESC LIMIT 1"),
                       { name });
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("Action \"%1\" has no approval policy.").arg(name));
    PolicyRevision r;
    r.revision = q->value(0).toInt();
    r.createdBy = q->value(2).toString();
    r.createdAt = q->value(3).toLongLong();
    QJsonObject json;
    QString problem;
    if (!parseJsonObject(q->value(1).toString().toUtf8(), &json, &problem))
        return Error::integrity(
            CoreText::tr("The stored policy of action \"%1\" is unreadable: %2.").arg(name, problem));
    auto policy = Policy::fromJson(json);
    if (!policy.ok())
        return Error::integrity(
            CoreText::tr("The stored policy of action \"%1\" is invalid: %2").arg(name, policy.error().message));
    r.policy = *policy;
    return r;
}

Status ActionStore::insertAction(const QString& name, qint64 now)
{
    CS_TRY(m_db.exec(QStringLiteral("INSERT INTO actions (name, created_at) VALUES (?, ?)"), { name, now }));
    return {};
}

Status ActionStore::insertVersion(const ActionVersion& v)
{
    CS_TRY(m_db.exec(
        QStringLiteral("INSERT INTO action_versions (action, version, digest, definition, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { v.definition.name, v.version, v.digest, QString::fromUtf8(canonicalJson(v.definition.toJson())), v.createdBy,
          v.createdAt }));
    return {};
}

Status ActionStore::insertPolicy(const QString& action, const PolicyRevision& r)
{
    CS_TRY(m_db.exec(
        QStringLiteral("INSERT INTO action_policies (action, revision, policy, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { action, r.revision, QString::fromUtf8(canonicalJson(r.policy.toJson())), r.createdBy, r.createdAt }));
    return {};
}

} // namespace cs
