#include <QJsonArray>
#include <QJsonDocument>
#include <core/execution/grantstore.h>
#include <core/storage/dialect.h>

namespace cs {
namespace {

const QString kColumns = QStringLiteral("request_id, due_at, state, agent, attempts, next_attempt_at, lease_until, "
                                        "started_at, finished_at, last_error, early_by, early_comment, superseded_by");

Revocation fromRow(const QSqlQuery& q)
{
    Revocation r;
    r.requestId = q.value(0).toLongLong();
    r.dueAt = q.value(1).toLongLong();
    r.state = q.value(2).toString();
    r.agent = q.value(3).toString();
    r.attempts = q.value(4).toInt();
    r.nextAttemptAt = q.value(5).toLongLong();
    r.leaseUntil = q.value(6).toLongLong();
    r.startedAt = q.value(7).toLongLong();
    r.finishedAt = q.value(8).toLongLong();
    r.lastError = q.value(9).toString();
    r.earlyBy = q.value(10).toString();
    r.earlyComment = q.value(11).toString();
    r.supersededBy = q.value(12).toLongLong();
    return r;
}

Status done(const Result<QSqlQuery>& q)
{
    CS_TRY(q);
    return {};
}

} // namespace

GrantStore::GrantStore(Database& db)
    : m_db(db)
{ }

Status GrantStore::insert(qint64 requestId, qint64 dueAt)
{
    return done(
        m_db.exec(QStringLiteral("INSERT INTO revocations (request_id, due_at, next_attempt_at) VALUES (?, ?, ?)"),
                  { requestId, dueAt, dueAt }));
}

Result<std::optional<Revocation>> GrantStore::load(qint64 requestId, bool forUpdate)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM revocations WHERE request_id = ?").arg(kColumns)
                           + (forUpdate ? Dialect::lockForUpdate(m_db.engine()) : QString()),
                       { requestId });
    CS_TRY(q);
    if (!q->next())
        return std::optional<Revocation>();
    return std::optional<Revocation>(fromRow(*q));
}

Result<QHash<qint64, Revocation>> GrantStore::loadIn(const Statement& ids)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM revocations WHERE request_id IN (%2)").arg(kColumns, ids.sql),
                       ids.values);
    CS_TRY(q);
    QHash<qint64, Revocation> out;
    while (q->next()) {
        Revocation r = fromRow(*q);
        out.insert(r.requestId, r);
    }
    return out;
}

Result<QList<GrantStore::Due>> GrantStore::due(qint64 now, int limit, qint64 afterNextAttempt, qint64 afterId)
{
    auto q = m_db.execKept(QStringLiteral("SELECT v.request_id, r.targets, v.next_attempt_at FROM revocations v "
                                          "JOIN requests r ON r.id = v.request_id "
                                          "WHERE ((v.state = 'waiting' AND v.next_attempt_at <= ?) "
                                          "OR (v.state = 'running' AND v.lease_until < ?)) "
                                          "AND (v.next_attempt_at > ? OR (v.next_attempt_at = ? AND v.request_id > ?)) "
                                          "ORDER BY v.next_attempt_at, v.request_id LIMIT ?"),
                           { now, now, afterNextAttempt, afterNextAttempt, afterId, limit });
    CS_TRY(q);
    QList<Due> out;
    while (q->next()) {
        const QJsonDocument targets = QJsonDocument::fromJson(q->value(1).toString().toUtf8());
        out.append({ q->value(0).toLongLong(), targets.isArray() ? targets.array().at(0).toString() : QString(),
                     q->value(2).toLongLong() });
    }
    q->finish();
    return out;
}

Result<bool> GrantStore::claim(qint64 requestId, const QString& agent, qint64 now, qint64 leaseUntil)
{
    auto q = m_db.exec(QStringLiteral("UPDATE revocations SET state = 'running', agent = ?, attempts = attempts + 1, "
                                      "lease_until = ?, started_at = CASE WHEN started_at = 0 THEN ? ELSE started_at "
                                      "END WHERE request_id = ? AND ((state = 'waiting' AND next_attempt_at <= ?) "
                                      "OR (state = 'running' AND lease_until < ?))"),
                       { agent, leaseUntil, now, requestId, now, now });
    CS_TRY(q);
    return q->numRowsAffected() == 1;
}

Status GrantStore::succeed(qint64 requestId, qint64 now)
{
    return done(m_db.exec(QStringLiteral("UPDATE revocations SET state = 'done', finished_at = ?, lease_until = 0 "
                                         "WHERE request_id = ?"),
                          { now, requestId }));
}

Status GrantStore::fail(qint64 requestId, const QString& error, qint64 nextAttemptAt)
{
    return done(
        m_db.exec(QStringLiteral("UPDATE revocations SET state = 'waiting', last_error = ?, next_attempt_at = ?, "
                                 "lease_until = 0 WHERE request_id = ?"),
                  { error, nextAttemptAt, requestId }));
}

Result<bool> GrantStore::bringForward(qint64 requestId, qint64 now, const QString& by, const QString& comment)
{
    auto q = m_db.exec(QStringLiteral("UPDATE revocations SET due_at = ?, next_attempt_at = ?, early_by = ?, "
                                      "early_comment = ? WHERE request_id = ? AND state = 'waiting' AND early_by = ''"),
                       { now, now, by, comment, requestId });
    CS_TRY(q);
    return q->numRowsAffected() == 1;
}

Result<QList<qint64>> GrantStore::runningOn(const QString& agent)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT request_id FROM revocations WHERE state = 'running' AND agent = ? ORDER BY request_id"),
        { agent });
    CS_TRY(q);
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<bool> GrantStore::supersede(qint64 requestId, qint64 by, qint64 now)
{
    auto q = m_db.exec(QStringLiteral("UPDATE revocations SET state = 'done', superseded_by = ?, finished_at = ? "
                                      "WHERE request_id = ? AND state = 'waiting' AND early_by = ''"),
                       { by, now, requestId });
    CS_TRY(q);
    return q->numRowsAffected() == 1;
}

} // namespace cs
