#pragma once

#include <QObject>
#include <QSet>
#include <core/requests/request.h>

namespace cs::ui {

class Session;
class WorkspaceWorker;

// What core found for one search text in one queue.
struct QueueSearchResult
{
    QString text;
    QList<Request> requests;
    QSet<qint64> toDecide; // Incoming: those among them that wait for this person's decision
    QStringList integrityProblems;
};

// Asks core for the requests of one queue that match a search text (core/requests/requestsearch.h:
// parameter values, target names, …), off the GUI thread, so a search finds requests beyond the
// page the queue holds. Only the answer to the latest text is reported.
class QueueSearch : public QObject
{
    Q_OBJECT

public:
    enum class Queue { Incoming, Outgoing };

    QueueSearch(Session& session, Queue queue, QObject* parent = nullptr);

    void search(const QString& text);
    // Forgets the search under way (the box was cleared): its answer is not reported.
    void cancel();
    bool isBusy() const;

    // At most this many matches are shown (the newest): the same size as a queue's page.
    static constexpr int kLimit = 500;

Q_SIGNALS:
    void found(const QueueSearchResult& result);
    void failed(const QString& message);

private:
    Session& m_session;
    Queue m_queue;
    WorkspaceWorker* m_worker;
    int m_generation = 0;
};

} // namespace cs::ui
