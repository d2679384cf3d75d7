#include <ui/approvals/bulkdecisionrunner.h>
#include <ui/session.h>

namespace cs::ui {

BulkDecisionRunner::BulkDecisionRunner(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

BulkDecisionRunner::~BulkDecisionRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BulkDecisionRunner::run(const std::function<void(Workspace&)>& work,
                             const std::function<void(const QString&)>& done)
{
    if (m_thread)
        return;
    auto open = m_session.workspace().database().opener();
    const Clock& clock = m_session.workspace().clock();
    auto failure = std::make_shared<QString>();
    m_thread = QThread::create([open, &clock, work, failure] {
        auto db = open();
        if (!db.ok()) {
            *failure = db.error().message;
            return;
        }
        Workspace ws(std::move(db).value(), clock);
        work(ws);
    });
    connect(m_thread, &QThread::finished, this, [this, failure, done] {
        m_thread->deleteLater();
        m_thread = nullptr;
        done(*failure);
    });
    m_thread->start();
}

void BulkDecisionRunner::preview(const QList<qint64>& ids, bool approve)
{
    const QString actor = m_session.actor();
    auto out = std::make_shared<Result<QList<DecisionPreview>>>(QList<DecisionPreview> {});
    run([=](Workspace& ws) { *out = ws.requests().previewDecisions(actor, ids, approve); },
        [this, out](const QString& failure) {
            if (!failure.isEmpty())
                Q_EMIT previewed({}, failure);
            else if (!out->ok())
                Q_EMIT previewed({}, out->error().message);
            else
                Q_EMIT previewed(**out, QString());
        });
}

void BulkDecisionRunner::decide(const QList<BulkDecisionItem>& items, bool approve)
{
    const QString actor = m_session.actor();
    auto out = std::make_shared<QList<BulkDecisionResult>>();
    run([=](Workspace& ws) { *out = ws.requests().decideMany(actor, items, approve); },
        [this, out, items](const QString& failure) {
            if (failure.isEmpty()) {
                Q_EMIT decided(*out);
                return;
            }
            // No connection: nothing was decided, and each request says so.
            QList<BulkDecisionResult> refused;
            for (const BulkDecisionItem& item : items)
                refused.append({ item.id, BulkDecisionResult::Status::Refused, failure, Error::Code::Storage, {} });
            Q_EMIT decided(refused);
        });
}

} // namespace cs::ui
