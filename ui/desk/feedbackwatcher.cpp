#include <core/views/feedbacknews.h>
#include <core/workspace.h>
#include <ui/desk/feedbackwatcher.h>
#include <ui/session.h>
#include <ui/workspaceworker.h>

namespace cs::ui {

FeedbackWatcher::FeedbackWatcher(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
{
    check(); // only reads where to start: nothing is new yet
}

FeedbackWatcher::~FeedbackWatcher()
{
    delete m_worker; // waits for a look under way; its answer is not applied
}

void FeedbackWatcher::check()
{
    // Not WorkspaceWorker::runLatest: it drops a look that a newer one overtook, so under a steady
    // stream of changes no look would ever be applied. Each look's answer is applied, then one more.
    if (m_looking) {
        m_again = true;
        return;
    }
    m_looking = true;
    m_again = false;
    m_worker->run<FeedbackNews>(
        [from = m_cursor, login = m_session.actor()](Workspace& ws) -> Result<FeedbackNews> {
            const qint64 now = ws.clock().nowMs();
            if (!from) {
                auto start = feedbackNewsStart(ws.audit(), now);
                CS_TRY(start);
                return FeedbackNews { {}, *start };
            }
            return feedbackOnRequestsOf(ws.audit(), login, *from, now);
        },
        [this](const Result<FeedbackNews>& news) {
            m_looking = false;
            // A database away says so elsewhere; the next change looks again from the same place.
            if (news.ok()) {
                m_cursor = news->cursor;
                if (!news->entries.isEmpty())
                    Q_EMIT newFeedback(news->entries);
            }
            if (m_again)
                check();
        });
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
