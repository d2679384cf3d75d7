#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace cs::ui {

class SavedFilterBar;

class BulkDecisionDialog;
class MessageBanner;
class Prompts;
class RequestDetailWidget;
class RequestQueueView;
class Session;

// Approvals: the Incoming and Outgoing queues with counts on their tabs, and the detail pane of
// the selected request.
class ApprovalsWidget : public QWidget
{
    Q_OBJECT

public:
    ApprovalsWidget(Session& session, Prompts& prompts, QWidget* parent = nullptr);

    void refresh();
    void showIncoming();
    void showOutgoing();
    bool selectRequest(qint64 id);

    RequestQueueView* incoming() const { return m_incoming; }
    RequestQueueView* outgoing() const { return m_outgoing; }
    RequestDetailWidget* detail() const { return m_detail; }
    QTabWidget* tabs() const { return m_tabs; }
    RequestQueueView* currentQueue() const;

    // Approve or reject every request selected in Incoming: the pre-flight dialog (bulkDialog()).
    void decideSelected(bool approve);
    // The same dialog for these requests, whatever is selected.
    void decideRequests(const QList<qint64>& ids, bool approve);
    BulkDecisionDialog* bulkDialog() const;
    QWidget* bulkBar() const { return m_bulkBar; }
    // Saved filters (issue 20) beside each queue's status and search.
    SavedFilterBar* incomingFilters() const { return m_incomingFilters; }
    SavedFilterBar* outgoingFilters() const { return m_outgoingFilters; }

Q_SIGNALS:
    // Requests that newly wait for this person's decision (not reported on the first load).
    void newIncoming(const QList<qint64>& ids);

private:
    void showCurrent();
    void dropDetailIfGone();

    Session& m_session;
    QTabWidget* m_tabs;
    RequestQueueView* m_incoming;
    RequestQueueView* m_outgoing;
    RequestDetailWidget* m_detail;
    MessageBanner* m_banner;
    QSet<qint64> m_awaiting;
    bool m_loaded = false;
    // Shown while two or more requests are selected in Incoming.
    QWidget* m_bulkBar = nullptr;
    QLabel* m_bulkLabel = nullptr;
    QPointer<BulkDecisionDialog> m_bulkDialog;
    SavedFilterBar* m_incomingFilters = nullptr;
    SavedFilterBar* m_outgoingFilters = nullptr;
};

} // namespace cs::ui
