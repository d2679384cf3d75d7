#include <core/requests/requestservice.h>
#include <ui/approvals/queuesearch.h>
#include <ui/errortext.h>
#include <ui/session.h>
#include <ui/workspaceworker.h>

namespace cs::ui {

QueueSearch::QueueSearch(Session& session, Queue queue, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_queue(queue)
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
{ }

bool QueueSearch::isBusy() const
{
    return m_worker->isBusy();
}

void QueueSearch::cancel()
{
    ++m_generation;
}

void QueueSearch::search(const QString& text)
{
    const int generation = ++m_generation;
    const QString actor = m_session.actor();
    const Queue queue = m_queue;
    m_worker->run<QueueSearchResult>(
        [actor, queue, text](Workspace& ws) -> Result<QueueSearchResult> {
            RequestService& service = ws.requests();
            QueueSearchResult result;
            result.text = text;
            auto page = queue == Queue::Incoming ? service.incoming(actor, {}, 0, kLimit, text)
                                                 : service.outgoing(actor, {}, 0, kLimit, text);
            if (!page.ok())
                return page.error();
            result.requests = page->requests;
            result.integrityProblems = page->integrityProblems;
            if (queue == Queue::Incoming) {
                // Core's eligibility says which of them wait for this person now.
                auto awaiting = service.incoming(actor, { RequestState::Pending }, 0, kLimit, text);
                if (!awaiting.ok())
                    return awaiting.error();
                for (const Request& r : std::as_const(awaiting->requests))
                    result.toDecide.insert(r.id);
            }
            return result;
        },
        [this, generation](const Result<QueueSearchResult>& result) {
            if (generation != m_generation)
                return; // the text changed since
            if (result.ok())
                Q_EMIT found(*result);
            else
                Q_EMIT failed(ErrorText::forRead(result.error()));
        });
}

} // namespace cs::ui
