#pragma once

#include <QObject>
#include <core/workspace.h>

namespace cs::ui {

class Session;
class WorkspaceWorker;

// Runs a bulk preview or decision off the GUI thread on a WorkspaceWorker, which opens its own
// connection and asks core. One job at a time: another asked for meanwhile is not started.
class BulkDecisionRunner : public QObject
{
    Q_OBJECT

public:
    explicit BulkDecisionRunner(Session& session, QObject* parent = nullptr);
    ~BulkDecisionRunner() override;

    bool isBusy() const;
    void preview(const QList<qint64>& ids, bool approve);
    void decide(const QList<cs::BulkDecisionItem>& items, bool approve);

Q_SIGNALS:
    // error: empty when the preview was read.
    void previewed(const QList<cs::DecisionPreview>& preview, const QString& error);
    void decided(const QList<cs::BulkDecisionResult>& results);

private:
    Session& m_session;
    WorkspaceWorker* m_worker;
};

} // namespace cs::ui
