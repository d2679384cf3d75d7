#include <ui/approvals/bulkdecisionrunner.h>
#include <ui/session.h>
#include <ui/workspaceworker.h>

namespace cs::ui {

BulkDecisionRunner::BulkDecisionRunner(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
{ }

BulkDecisionRunner::~BulkDecisionRunner()
{
    delete m_worker; // waits for a job under way; its answer is not applied
}

bool BulkDecisionRunner::isBusy() const
{
    return m_worker->isBusy();
}

void BulkDecisionRunner::preview(const QList<qint64>& ids, bool approve)
{
    if (isBusy())
        return;
    const QString actor = m_session.actor();
    m_worker->run<QList<DecisionPreview>>(
        [=](Workspace& ws) { return ws.requests().previewDecisions(actor, ids, approve); },
        [this](const Result<QList<DecisionPreview>>& preview) {
            if (preview.ok())
                Q_EMIT previewed(*preview, QString());
            else
                Q_EMIT previewed({}, preview.error().message);
        });
}

void BulkDecisionRunner::decide(const QList<BulkDecisionItem>& items, bool approve)
{
    if (isBusy())
        return;
    const QString actor = m_session.actor();
    m_worker->run<QList<BulkDecisionResult>>(
        [=](Workspace& ws) -> Result<QList<BulkDecisionResult>> {
            return ws.requests().decideMany(actor, items, approve);
        },
        [this, items](const Result<QList<BulkDecisionResult>>& results) {
            if (results.ok()) {
                Q_EMIT decided(*results);
                return;
            }
            // No connection: nothing was decided, and each request says so.
            QList<BulkDecisionResult> refused;
            for (const BulkDecisionItem& item : items)
                refused.append({ item.id,
                                 BulkDecisionResult::Status::Refused,
                                 results.error().message,
                                 Error::Code::Storage,
                                 {} });
            Q_EMIT decided(refused);
        });
}

} // namespace cs::ui
