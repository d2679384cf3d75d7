#pragma once

#include <QObject>
#include <QSet>
#include <QThread>
#include <core/workspace.h>
#include <functional>
#include <memory>
#include <optional>

namespace cs::ui {

// Runs reads and writes of one pane off the GUI thread, each on a thread with its own connection to
// the workspace (a connection belongs to the thread that opened it), the way the home view loads.
// done() runs back on the GUI thread; the caller drops a result that a newer request superseded
// (its own generation counter). Threads still running when the worker goes are waited for.
class WorkspaceWorker : public QObject
{
    Q_OBJECT

public:
    WorkspaceWorker(std::function<Result<std::unique_ptr<Database>>()> open, const Clock& clock,
                    QObject* parent = nullptr);
    ~WorkspaceWorker() override;

    bool isBusy() const { return !m_threads.isEmpty(); }

    template<typename T> void run(std::function<Result<T>(Workspace&)> work, std::function<void(const Result<T>&)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        auto open = m_open;
        const Clock& clock = m_clock;
        start(
            [open, &clock, work, result] {
                auto db = open();
                if (!db.ok()) {
                    result->emplace(db.error());
                    return;
                }
                Workspace ws(std::move(db).value(), clock);
                result->emplace(work(ws));
            },
            [result, done] { done(**result); });
    }

private:
    void start(std::function<void()> work, std::function<void()> done);

    std::function<Result<std::unique_ptr<Database>>()> m_open;
    const Clock& m_clock;
    QSet<QThread*> m_threads;
};

} // namespace cs::ui
