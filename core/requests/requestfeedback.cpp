// RequestService's feedback: a vote and a comment per person and request, audited, kept apart
// from decisions (nothing that counts toward a phase reads request_feedback).
#include <core/audit/auditevents.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/requests/requestservice.h>

namespace cs {

QString voteName(int vote)
{
    return vote > 0 ? QStringLiteral("up") : vote < 0 ? QStringLiteral("down") : QStringLiteral("none");
}

std::optional<int> voteFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("up"))
        return 1;
    if (n == QLatin1String("down"))
        return -1;
    if (n == QLatin1String("none"))
        return 0;
    return std::nullopt;
}

Result<Feedback> RequestService::giveFeedback(const QString& actor, qint64 id, const FeedbackInput& input)
{
    const QString login = normalizeLogin(actor);
    if (!input.vote && !input.comment)
        return Error::invalid(CoreText::tr("Give a vote (up, down or none) or a comment."));
    if (input.vote && (*input.vote < -1 || *input.vote > 1))
        return Error::invalid(CoreText::tr("A vote is up, down or none."));
    const std::optional<QString> comment
        = input.comment ? std::optional<QString>(input.comment->trimmed()) : std::nullopt;
    if (comment && comment->size() > kFeedbackMaxLength)
        return Error::invalid(CoreText::tr("Feedback is at most %1 characters; this is %2.")
                                  .arg(kFeedbackMaxLength)
                                  .arg(comment->size()));
    // Whoever may read the request may give feedback on it (the same rule as details()).
    auto readable = details(login, id);
    CS_TRY(readable);

    Feedback out;
    const Status status = m_stores.db.transaction([&]() -> Status {
        auto current
            = m_stores.db.exec(QStringLiteral("SELECT vote, comment FROM request_feedback WHERE request_id = ? "
                                              "AND login = ?"),
                               { id, login });
        CS_TRY(current);
        const bool exists = current->next();
        const int oldVote = exists ? current->value(0).toInt() : 0;
        const QString oldComment = exists ? current->value(1).toString() : QString();
        const int vote = input.vote.value_or(oldVote);
        const QString text = comment.value_or(oldComment);
        const bool commentChanged = comment && (!exists || text != oldComment);
        const qint64 now = m_stores.clock.nowMs();
        if (exists && vote == oldVote && !commentChanged)
            return Status(); // nothing new: nothing written
        if (exists)
            CS_TRY(m_stores.db.exec(QStringLiteral("UPDATE request_feedback SET vote = ?, comment = ?, updated_at = ? "
                                                   "WHERE request_id = ? AND login = ?"),
                                    { vote, text, now, id, login }));
        else
            CS_TRY(m_stores.db.exec(QStringLiteral("INSERT INTO request_feedback (request_id, login, vote, comment, "
                                                   "updated_at) VALUES (?, ?, ?, ?, ?)"),
                                    { id, login, vote, text, now }));
        if (commentChanged) {
            CS_TRY(m_stores.db.exec(QStringLiteral("INSERT INTO request_feedback_versions (request_id, login, comment, "
                                                   "written_at) VALUES (?, ?, ?, ?)"),
                                    { id, login, text, now }));
            // Edits are kept, the newest twelve: older wordings go.
            CS_TRY(m_stores.db.exec(
                QStringLiteral("DELETE FROM request_feedback_versions WHERE request_id = ? AND login = ? AND id NOT IN "
                               "(SELECT id FROM request_feedback_versions WHERE request_id = ? AND login = ? "
                               "ORDER BY id DESC LIMIT %1)")
                    .arg(kFeedbackVersionsKept),
                { id, login, id, login }));
        }
        return m_stores.audit.append(login, AuditEvent::RequestFeedback, id,
                                     AuditPayload::feedback(voteName(vote), text, commentChanged));
    });
    if (!status.ok())
        return status.error();
    auto all = readFeedback(id);
    CS_TRY(all);
    for (const Feedback& f : std::as_const(*all))
        if (f.login == login)
            out = f;
    return out;
}

Result<QList<Feedback>> RequestService::feedback(const QString& actor, qint64 id)
{
    CS_TRY(details(actor, id));
    return readFeedback(id);
}

Result<QList<Feedback>> RequestService::readFeedback(qint64 id)
{
    QList<Feedback> out;
    auto rows = m_stores.db.exec(QStringLiteral("SELECT login, vote, comment, updated_at FROM request_feedback "
                                                "WHERE request_id = ? ORDER BY updated_at, login"),
                                 { id });
    CS_TRY(rows);
    while (rows->next())
        out.append({ id,
                     rows->value(0).toString(),
                     rows->value(1).toInt(),
                     rows->value(2).toString(),
                     rows->value(3).toLongLong(),
                     {} });
    auto versions = m_stores.db.exec(QStringLiteral("SELECT login, comment, written_at FROM request_feedback_versions "
                                                    "WHERE request_id = ? ORDER BY id DESC"),
                                     { id });
    CS_TRY(versions);
    while (versions->next())
        for (Feedback& f : out)
            if (f.login == versions->value(0).toString())
                f.versions.append({ versions->value(1).toString(), versions->value(2).toLongLong() });
    return out;
}

} // namespace cs
