#include <core/views/feedbacknews.h>
#include <ui/desk/feedbackwatcher.h>
#include <ui/session.h>

namespace cs::ui {

FeedbackWatcher::FeedbackWatcher(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    check(); // only sets where to start: nothing is new yet
}

void FeedbackWatcher::check()
{
    Workspace& ws = m_session.workspace();
    if (m_seenSeq < 0) {
        auto head = ws.audit().headSeq();
        if (head.ok())
            m_seenSeq = *head;
        return;
    }
    auto fresh = feedbackOnRequestsOf(ws.database(), m_session.actor(), m_seenSeq);
    if (!fresh.ok() || fresh->isEmpty())
        return; // a database away says so elsewhere; the next change looks again from the same place
    m_seenSeq = fresh->last().seq;
    Q_EMIT newFeedback(*fresh);
}

QString FeedbackWatcher::noticeText(const QList<AuditEntry>& entries)
{
    if (entries.size() != 1)
        return tr("%1 new pieces of feedback on your requests.").arg(entries.size());
    const AuditEntry& e = entries.first();
    const QJsonObject payload = e.payloadObject();
    const QString vote = payload.value(QStringLiteral("vote")).toString();
    const QString comment = payload.value(QStringLiteral("comment")).toString();
    const QString what = vote == QLatin1String("up") ? tr("%1 voted up your request #%2").arg(e.actor).arg(e.requestId)
        : vote == QLatin1String("down") ? tr("%1 voted down your request #%2").arg(e.actor).arg(e.requestId)
                                        : tr("%1 left feedback on your request #%2").arg(e.actor).arg(e.requestId);
    return comment.isEmpty() ? what + QLatin1Char('.') : tr("%1: \"%2\"").arg(what, comment);
}

} // namespace cs::ui
