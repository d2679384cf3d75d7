#include <QJsonArray>
#include <QJsonDocument>
#include <core/execution/executionstore.h>

namespace cs {
namespace {

Execution executionFromRow(const QSqlQuery& q)
{
    Execution e;
    e.requestId = q.value(0).toLongLong();
    e.agent = q.value(1).toString();
    e.state = q.value(2).toString();
    e.claimedAt = q.value(3).toLongLong();
    e.startedAt = q.value(4).toLongLong();
    e.finishedAt = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        e.exitCode = q.value(6).toInt();
    e.output = q.value(7).toString();
    e.error = q.value(8).toString();
    return e;
}

Result<QList<qint64>> ids(Result<QSqlQuery> q)
{
    CS_TRY(q);
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    q->finish();
    return out;
}

} // namespace

ExecutionStore::ExecutionStore(Database& db)
    : m_db(db)
{ }

Result<std::optional<Execution>> ExecutionStore::load(qint64 requestId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT request_id, agent, state, claimed_at, started_at, finished_at, exit_code, output, error "
                       "FROM executions WHERE request_id = ?"),
        { requestId });
    CS_TRY(q);
    if (!q->next())
        return std::optional<Execution>();
    return std::optional<Execution>(executionFromRow(*q));
}

Result<QHash<qint64, Execution>> ExecutionStore::loadBetween(qint64 firstId, qint64 lastId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT request_id, agent, state, claimed_at, started_at, finished_at, exit_code, output, error "
                       "FROM executions WHERE request_id >= ? AND request_id <= ?"),
        { firstId, lastId });
    CS_TRY(q);
    QHash<qint64, Execution> out;
    while (q->next()) {
        Execution e = executionFromRow(*q);
        out.insert(e.requestId, std::move(e));
    }
    return out;
}

Status ExecutionStore::insertClaim(qint64 requestId, const QString& agent, qint64 claimedAt)
{
    CS_TRY(
        m_db.exec(QStringLiteral("INSERT INTO executions (request_id, agent, state, claimed_at) VALUES (?, ?, ?, ?)"),
                  { requestId, agent, ExecutionState::Running, claimedAt }));
    return {};
}

Status ExecutionStore::insertRefusal(qint64 requestId, const QString& agent, qint64 refusedAt, const QString& reason)
{
    CS_TRY(m_db.exec(QStringLiteral("INSERT INTO executions (request_id, agent, state, claimed_at, finished_at, error) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     { requestId, agent, ExecutionState::Refused, refusedAt, refusedAt, reason }));
    return {};
}

Status ExecutionStore::markStarted(qint64 requestId, const QString& agent, qint64 startedAt)
{
    CS_TRY(m_db.exec(QStringLiteral("UPDATE executions SET started_at = ? WHERE request_id = ? AND agent = ?"),
                     { startedAt, requestId, agent }));
    return {};
}

Status ExecutionStore::appendOutput(qint64 requestId, const QString& chunk)
{
    CS_TRY(m_db.exec(QStringLiteral("UPDATE executions SET output = output || ? WHERE request_id = ? AND state = ?"),
                     { chunk, requestId, ExecutionState::Running }));
    return {};
}

Result<bool> ExecutionStore::finish(qint64 requestId, const QString& agent, const QString& state, qint64 finishedAt,
                                    std::optional<int> exitCode, const QString& error)
{
    auto updated
        = m_db.exec(QStringLiteral("UPDATE executions SET state = ?, finished_at = ?, exit_code = ?, error = ? "
                                   "WHERE request_id = ? AND agent = ? AND state = ?"),
                    { state, finishedAt, exitCode ? QVariant(*exitCode) : QVariant(), error, requestId, agent,
                      ExecutionState::Running });
    CS_TRY(updated);
    return updated->numRowsAffected() == 1;
}

Result<qint64> ExecutionStore::outputLength(qint64 requestId)
{
    auto q = m_db.exec(QStringLiteral("SELECT length(output) FROM executions WHERE request_id = ?"), { requestId });
    CS_TRY(q);
    const qint64 length = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return length;
}

Result<QList<qint64>> ExecutionStore::running(const QString& agent)
{
    return ids(
        m_db.exec(QStringLiteral("SELECT request_id FROM executions WHERE agent = ? AND state = ? ORDER BY request_id"),
                  { agent, ExecutionState::Running }));
}

Result<QList<ExecutionStore::Unclaimed>> ExecutionStore::unclaimedApproved(qint64 now, qint64 afterId, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT r.id, r.targets FROM requests r WHERE r.state = 'approved' "
                                      "AND r.deadline > ? AND r.not_before <= ? AND r.id > ? "
                                      "AND NOT EXISTS (SELECT 1 FROM executions e WHERE e.request_id = r.id) "
                                      "ORDER BY r.id LIMIT ?"),
                       { now, now, afterId, limit });
    CS_TRY(q);
    QList<Unclaimed> out;
    while (q->next()) {
        const QJsonDocument targets = QJsonDocument::fromJson(q->value(1).toString().toUtf8());
        out.append({ q->value(0).toLongLong(), targets.isArray() ? targets.array().at(0).toString() : QString() });
    }
    q->finish();
    return out;
}

Status ExecutionStore::recordDispatch(qint64 requestId, const QString& agentUrl, qint64 attemptedAt,
                                      const QString& error)
{
    return m_db.transaction([&]() -> Status {
        CS_TRY(m_db.exec(QStringLiteral("DELETE FROM dispatch_attempts WHERE request_id = ?"), { requestId }));
        CS_TRY(m_db.exec(QStringLiteral("INSERT INTO dispatch_attempts (request_id, agent_url, attempted_at, error) "
                                        "VALUES (?, ?, ?, ?)"),
                         { requestId, agentUrl, attemptedAt, error }));
        return Status();
    });
}

Result<std::optional<DispatchAttempt>> ExecutionStore::lastDispatch(qint64 requestId)
{
    auto q
        = m_db.exec(QStringLiteral("SELECT agent_url, attempted_at, error FROM dispatch_attempts WHERE request_id = ?"),
                    { requestId });
    CS_TRY(q);
    if (!q->next())
        return std::optional<DispatchAttempt>();
    return std::optional<DispatchAttempt>(
        DispatchAttempt { q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString() });
}

} // namespace cs
