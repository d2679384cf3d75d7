#include <core/common/coretext.h>
#include <core/notify/notifystore.h>
#include <core/storage/dialect.h>

namespace cs {
namespace {

const QString kOutboxColumns
    = QStringLiteral("id, created_at, audit_seq, request_id, event, channel, recipient, address, note, digest, "
                     "due_at, state, attempts, claimed_by, sent_at, last_error, via");

Status done(const Result<QSqlQuery>& q)
{
    if (!q.ok())
        return q.error();
    return {};
}

QString key(const QString& event, const QString& channel)
{
    return event + QLatin1Char('|') + channel;
}

} // namespace

NotifyStore::NotifyStore(Database& db)
    : m_db(db)
{ }

OutboxRow NotifyStore::fromRow(const QSqlQuery& q)
{
    OutboxRow r;
    r.id = q.value(0).toLongLong();
    r.createdAt = q.value(1).toLongLong();
    r.auditSeq = q.value(2).toLongLong();
    r.requestId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    r.event = q.value(4).toString();
    r.channel = q.value(5).toString();
    r.recipient = q.value(6).toString();
    r.address = q.value(7).toString();
    r.note = q.value(8).toString();
    r.digest = q.value(9).toInt() != 0;
    r.dueAt = q.value(10).toLongLong();
    r.state = q.value(11).toString();
    r.attempts = q.value(12).toInt();
    r.claimedBy = q.value(13).toString();
    r.sentAt = q.value(14).isNull() ? 0 : q.value(14).toLongLong();
    r.lastError = q.value(15).toString();
    r.via = q.value(16).toString();
    return r;
}

Status NotifyStore::insert(const OutboxRow& r)
{
    return done(m_db.execKept(
        QStringLiteral("INSERT INTO notify_outbox (created_at, audit_seq, request_id, event, channel, "
                       "recipient, address, note, digest, due_at, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { r.createdAt, r.auditSeq, r.requestId > 0 ? QVariant(r.requestId) : QVariant(), r.event, r.channel,
          r.recipient, r.address, r.note, r.digest ? 1 : 0, r.dueAt, r.via }));
}

AuditLog::Rider NotifyStore::eventRow(qint64 auditSeq, qint64 now)
{
    return { QStringLiteral("INSERT INTO notify_events (audit_seq, created_at)"), { auditSeq, now } };
}

Result<QList<qint64>> NotifyStore::openEvents(int limit)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT audit_seq FROM notify_events WHERE expanded_at IS NULL ORDER BY audit_seq LIMIT ?"),
        { limit });
    CS_TRY(q);
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<bool> NotifyStore::claimEvent(qint64 auditSeq, qint64 now)
{
    // The update takes the row lock: a second sender waits, then finds it expanded.
    auto q = m_db.exec(
        QStringLiteral("UPDATE notify_events SET expanded_at = ? WHERE audit_seq = ? AND expanded_at IS NULL"),
        { now, auditSeq });
    CS_TRY(q);
    return q->numRowsAffected() == 1;
}

Result<QList<OutboxRow>> NotifyStore::claim(const QString& claimer, qint64 now, qint64 staleBefore, int limit)
{
    QList<OutboxRow> claimed;
    const Status s = m_db.transaction([&]() -> Status {
        claimed.clear();
        const QString skipLocked
            = m_db.engine() == Database::Engine::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
        auto due = m_db.exec(QStringLiteral("SELECT id FROM notify_outbox WHERE (state = 'pending' AND due_at <= ?) "
                                            "OR (state = 'sending' AND claimed_at < ?) ORDER BY id LIMIT ?")
                                 + skipLocked,
                             { now, staleBefore, limit });
        CS_TRY(due);
        QList<qint64> ids;
        while (due->next())
            ids.append(due->value(0).toLongLong());
        due->finish();
        for (qint64 id : std::as_const(ids)) {
            auto moved = m_db.exec(
                QStringLiteral("UPDATE notify_outbox SET state = 'sending', claimed_by = ?, claimed_at = ?, "
                               "attempts = attempts + 1 WHERE id = ? AND (state = 'pending' OR (state = 'sending' "
                               "AND claimed_at < ?))"),
                { claimer, now, id, staleBefore });
            CS_TRY(moved);
            if (moved->numRowsAffected() != 1)
                continue; // another sender took it between the read and the update
            auto row
                = m_db.exec(QStringLiteral("SELECT %1 FROM notify_outbox WHERE id = ?").arg(kOutboxColumns), { id });
            CS_TRY(row);
            if (row->next())
                claimed.append(fromRow(*row));
        }
        return {};
    });
    if (!s.ok())
        return s.error();
    return claimed;
}

Status NotifyStore::releaseClaims(const QString& claimer)
{
    return done(m_db.exec(
        QStringLiteral("UPDATE notify_outbox SET state = 'pending' WHERE state = 'sending' AND claimed_by = ?"),
        { claimer }));
}

Status NotifyStore::markSent(qint64 id, qint64 now)
{
    return done(
        m_db.exec(QStringLiteral("UPDATE notify_outbox SET state = 'sent', sent_at = ?, last_error = '' WHERE id = ?"),
                  { now, id }));
}

Status NotifyStore::markRetry(qint64 id, qint64 dueAt, const QString& error)
{
    return done(
        m_db.exec(QStringLiteral("UPDATE notify_outbox SET state = 'pending', due_at = ?, last_error = ? WHERE id = ?"),
                  { dueAt, error, id }));
}

Status NotifyStore::markFailed(qint64 id, const QString& error)
{
    return done(m_db.exec(QStringLiteral("UPDATE notify_outbox SET state = 'failed', last_error = ? WHERE id = ?"),
                          { error, id }));
}

Result<QList<OutboxRow>> NotifyStore::rows(int limit, qint64 afterId)
{
    auto q
        = m_db.exec(QStringLiteral("SELECT %1 FROM notify_outbox WHERE id > ? ORDER BY id LIMIT ?").arg(kOutboxColumns),
                    { afterId, limit });
    CS_TRY(q);
    QList<OutboxRow> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<QHash<QString, NotifyStore::Choice>> NotifyStore::choices(const QString& event, const QString& channel)
{
    auto q = m_db.execKept(
        QStringLiteral("SELECT login, mode, mandatory FROM notify_preferences WHERE event = ? AND channel = ?"),
        { event, channel });
    CS_TRY(q);
    QHash<QString, Choice> out;
    while (q->next()) {
        Choice c;
        parseMode(q->value(1).toString(), &c.mode);
        c.mandatory = q->value(2).toInt() != 0;
        out.insert(q->value(0).toString(), c);
    }
    q->finish();
    return out;
}

Result<QHash<QString, QHash<QString, NotifyStore::Choice>>> NotifyStore::choicesOf(const QString& login)
{
    auto q = m_db.exec(QStringLiteral("SELECT login, event, channel, mode, mandatory FROM notify_preferences "
                                      "WHERE login = ? OR login = ''"),
                       { login });
    CS_TRY(q);
    QHash<QString, QHash<QString, Choice>> out;
    while (q->next()) {
        Choice c;
        parseMode(q->value(3).toString(), &c.mode);
        c.mandatory = q->value(4).toInt() != 0;
        out[key(q->value(1).toString(), q->value(2).toString())].insert(q->value(0).toString(), c);
    }
    return out;
}

Status NotifyStore::setChoice(const QString& login, const QString& event, const QString& channel, const Choice& choice)
{
    return done(m_db.exec(QStringLiteral("INSERT INTO notify_preferences (login, event, channel, mode, mandatory) "
                                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT (login, event, channel) "
                                         "DO UPDATE SET mode = excluded.mode, mandatory = excluded.mandatory"),
                          { login, event, channel, modeName(choice.mode), choice.mandatory ? 1 : 0 }));
}

Status NotifyStore::clearChoice(const QString& login, const QString& event, const QString& channel)
{
    return done(
        m_db.exec(QStringLiteral("DELETE FROM notify_preferences WHERE login = ? AND event = ? AND channel = ?"),
                  { login, event, channel }));
}

Result<QList<Webhook>> NotifyStore::webhooks()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT name, url, format, enabled, failures, last_error, created_at FROM notify_webhooks ORDER BY name"));
    CS_TRY(q);
    QList<Webhook> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt() != 0,
                     q->value(4).toInt(), q->value(5).toString(), q->value(6).toLongLong() });
    return out;
}

Result<bool> NotifyStore::anyWebhook()
{
    auto q = m_db.execKept(QStringLiteral("SELECT name FROM notify_webhooks LIMIT 1"), {});
    CS_TRY(q);
    const bool any = q->next();
    q->finish();
    return any;
}

Result<Webhook> NotifyStore::webhook(const QString& name)
{
    auto all = webhooks();
    CS_TRY(all);
    for (const Webhook& w : std::as_const(*all))
        if (w.name == name)
            return w;
    return Error::notFound(CoreText::tr("There is no webhook \"%1\".").arg(name));
}

Status NotifyStore::insertWebhook(const Webhook& w)
{
    return done(
        m_db.exec(QStringLiteral("INSERT INTO notify_webhooks (name, url, format, enabled, failures, created_at) "
                                 "VALUES (?, ?, ?, 1, 0, ?)"),
                  { w.name, w.url, w.format, w.createdAt }));
}

Status NotifyStore::setWebhookEnabled(const QString& name, bool enabled)
{
    auto q = m_db.exec(enabled ? QStringLiteral("UPDATE notify_webhooks SET enabled = 1, failures = 0 WHERE name = ?")
                               : QStringLiteral("UPDATE notify_webhooks SET enabled = 0 WHERE name = ?"),
                       { name });
    CS_TRY(q);
    if (q->numRowsAffected() != 1)
        return Error::notFound(CoreText::tr("There is no webhook \"%1\".").arg(name));
    return {};
}

Result<int> NotifyStore::recordWebhookResult(const QString& name, bool ok, const QString& error)
{
    CS_TRY(m_db.exec(ok ? QStringLiteral("UPDATE notify_webhooks SET failures = 0, last_error = '' WHERE name = ?")
                        : QStringLiteral("UPDATE notify_webhooks SET failures = failures + 1, last_error = ? "
                                         "WHERE name = ?"),
                     ok ? QVariantList { name } : QVariantList { error, name }));
    auto q = m_db.exec(QStringLiteral("SELECT failures FROM notify_webhooks WHERE name = ?"), { name });
    CS_TRY(q);
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace cs
