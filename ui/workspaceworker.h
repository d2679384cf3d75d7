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
// the workspace (a connection belongs to the thread that opened it). done() runs back on the GUI
// thread. run() delivers every result; runLatest() is for a pane's reload: one at a time, and a
// read overtaken by a newer request is dropped (its result never shown), the newest one starting
// when it ends. Threads still running when the worker goes are waited for; their done() never runs.
class WorkspaceWorker : public QObject
{
    Q_OBJECT

public:
    WorkspaceWorker(std::function<Result<std::unique_ptr<Database>>()> open, const Clock& clock,
                    QObject* parent = nullptr);
    ~WorkspaceWorker() override;

    bool isBusy() const { return !m_threads.isEmpty(); }
    // A runLatest() read is under way or waiting.
    bool isLoading() const { return m_latestBusy || m_latestNext; }
    // How many runLatest() results were dropped because a newer request overtook them.
    int overtaken() const { return m_overtaken; }

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

    template<typename T>
    void runLatest(std::function<Result<T>(Workspace&)> work, std::function<void(const Result<T>&)> done)
    {
        m_latestNext = [this, work, done] {
            run<T>(work, [this, done](const Result<T>& result) {
                m_latestBusy = false;
                if (m_latestNext) {
                    ++m_overtaken;
                    startLatest();
                    return;
                }
                done(result);
            });
        };
        if (!m_latestBusy)
            startLatest();
    }

private:
    void startLatest();
    void start(std::function<void()> work, std::function<void()> done);

    std::function<Result<std::unique_ptr<Database>>()> m_open;
    const Clock& m_clock;
    QSet<QThread*> m_threads;
    std::function<void()> m_latestNext; // the newest runLatest() request, waiting for the one under way
    bool m_latestBusy = false;
    int m_overtaken = 0;
};

} // namespace cs::ui
