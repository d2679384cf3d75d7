#pragma once

#include <QObject>
#include <initializer_list>

class QSocketNotifier;

namespace cs::agent {

// Turns SIGTERM/SIGINT into a Qt signal on the event loop. The handler itself only writes the
// signal number to a socketpair (write() is async-signal-safe; no Qt call is); a QSocketNotifier
// on the other end emits received() from the loop, where stopping cleanly is allowed.
// One watcher per process: the handler reaches the socket through a global.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(std::initializer_list<int> signalNumbers, QObject* parent = nullptr);
    ~SignalWatcher() override;

    // Whether the socketpair and the handlers are in place.
    bool isActive() const { return m_notifier != nullptr; }

    static QString name(int signalNumber);

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drain();

    QList<int> m_signals;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace cs::agent
