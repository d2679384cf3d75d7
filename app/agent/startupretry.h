#pragma once

#include <QString>
#include <algorithm>
#include <core/common/result.h>

namespace cs::agent {

class SignalWatcher;

// Start-up steps that need the database, retried while it cannot be reached (a dropped
// connection, a restarting server, a locked file): waits 0.5 s, doubling up to 30 s, with one log
// line per wait saying what failed and why. Other errors (a bad setting) end the wait at once.
// A stop signal during a wait ends it promptly: stopped() then names the signal.
class StartupRetry
{
public:
    explicit StartupRetry(SignalWatcher& watcher);

    // `step` returns a Result<T> or a Status; its last outcome is returned (an error if stopped).
    template<typename Step> auto run(const QString& what, Step step) -> decltype(step())
    {
        int delayMs = kFirstDelayMs;
        for (;;) {
            auto outcome = step();
            if (outcome.ok() || !mayRetry(outcome.error()))
                return outcome;
            if (!wait(what, outcome.error().message, delayMs))
                return Error::conflict(QStringLiteral("Stopped on %1 while waiting to %2.").arg(m_stoppedBy, what));
            delayMs = std::min(delayMs * 2, kLastDelayMs);
        }
    }

    // The signal that ended a wait (empty: none did).
    QString stopped() const { return m_stoppedBy; }

    static constexpr int kFirstDelayMs = 500;
    static constexpr int kLastDelayMs = 30000;

private:
    static bool mayRetry(const Error& e);
    // Logs the reason and waits; false when a stop signal came first.
    bool wait(const QString& what, const QString& reason, int delayMs);

    SignalWatcher& m_watcher;
    QString m_stoppedBy;
};

} // namespace cs::agent
