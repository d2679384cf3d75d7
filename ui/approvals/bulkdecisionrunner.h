#pragma once

#include <QObject>
#include <QThread>
#include <core/workspace.h>
#include <functional>

namespace cs::ui {

class Session;

// Runs a bulk preview or decision off the GUI thread: a worker opens its own connection (one
// belongs to the thread that opened it) and asks core. One job at a time.
class BulkDecisionRunner : public QObject
{
    Q_OBJECT

public:
    explicit BulkDecisionRunner(Session& session, QObject* parent = nullptr);
    ~BulkDecisionRunner() override;

    bool isBusy() const { return m_thread != nullptr; }
    void preview(const QList<qint64>& ids, bool approve);
    void decide(const QList<cs::BulkDecisionItem>& items, bool approve);

Q_SIGNALS:
    // error: empty when the preview was read.
    void previewed(const QList<cs::DecisionPreview>& preview, const QString& error);
    void decided(const QList<cs::BulkDecisionResult>& results);

private:
    void run(const std::function<void(Workspace&)>& work, const std::function<void(const QString&)>& done);

    Session& m_session;
    QThread* m_thread = nullptr;
};

} // namespace cs::ui
