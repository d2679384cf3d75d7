#pragma once

#include <QTimer>
#include <QWidget>
#include <core/views/homeview.h>

class QLabel;
class QTableView;

namespace cs::ui {

class HomeModel;
class MessageBanner;
class Session;
class WorkspaceWorker;

// "My work": the requests that need this person's decision now (soonest deadline first, with a
// countdown), their own requests waiting on others, their grants about to end, and those that did
// not go through. Read by
// core's homeView() on a worker thread with its own connection; a double click or Enter opens the request.
class HomeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HomeWidget(Session& session, QWidget* parent = nullptr);

    // Reads again off the GUI thread; a read under way that this one overtakes is dropped.
    void refresh();
    bool isLoading() const;
    bool hasLoaded() const { return m_loaded; }

    HomeModel* toDecide() const { return m_toDecide; }
    HomeModel* waiting() const { return m_waiting; }
    HomeModel* troubled() const { return m_troubled; }
    HomeModel* ending() const { return m_ending; } // grants about to end (issue 20)
    QTableView* toDecideView() const { return m_toDecideView; }
    QTableView* waitingView() const { return m_waitingView; }
    QTableView* troubledView() const { return m_troubledView; }
    QTableView* endingView() const { return m_endingView; }
    int decideCount() const;
    int itemCount() const;

Q_SIGNALS:
    void openRequested(qint64 id);
    // After each load: the page tab shows the number to decide.
    void loaded(int toDecide, int total);

private:
    void apply(const Result<HomeView>& view);
    QTableView* makeView(HomeModel* model, const QString& name, const QList<int>& hidden);

    Session& m_session;
    HomeModel* m_toDecide;
    HomeModel* m_waiting;
    HomeModel* m_troubled;
    HomeModel* m_ending;
    QTableView* m_toDecideView;
    QTableView* m_waitingView;
    QTableView* m_troubledView;
    QTableView* m_endingView;
    QLabel* m_toDecideTitle;
    QLabel* m_waitingTitle;
    QLabel* m_troubledTitle;
    QLabel* m_endingTitle;
    QLabel* m_empty;
    MessageBanner* m_banner;
    WorkspaceWorker* m_worker;
    bool m_loaded = false;
    QTimer m_tick; // moves the countdowns on
};

} // namespace cs::ui
