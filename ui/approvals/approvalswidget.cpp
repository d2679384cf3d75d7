#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/bulkdecisiondialog.h>
#include <ui/approvals/queuesearch.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/approvals/savedfilterbar.h>
#include <ui/messagebanner.h>
#include <ui/session.h>

namespace cs::ui {

ApprovalsWidget::ApprovalsWidget(Session& session, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_incoming(new RequestQueueView(QStringLiteral("incoming"), QString(), this))
    , m_outgoing(new RequestQueueView(QStringLiteral("outgoing"), QString(), this))
    , m_detail(new RequestDetailWidget(session, prompts, this))
    , m_banner(new MessageBanner(this))
{
    m_tabs->setObjectName(QStringLiteral("approvalTabs"));
    m_incoming->offerMyPartFilters();
    m_incoming->setEmptyText(tr("No request has named you as an approver yet."));
    m_outgoing->setEmptyText(tr("You have not requested anything yet. Requests start in the Catalogue."));
    // Saved filters (issue 20): per person, in the workspace.
    m_incomingFilters = new SavedFilterBar(session, prompts, m_incoming, QStringLiteral("incoming"));
    m_outgoingFilters = new SavedFilterBar(session, prompts, m_outgoing, QStringLiteral("outgoing"));
    for (SavedFilterBar* bar : { m_incomingFilters, m_outgoingFilters })
        connect(bar, &SavedFilterBar::problem, this,
                [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Kind::Error); });
    // Search (issue 20): core looks through the whole queue, beyond the page loaded, off the GUI thread.
    for (const auto& queue : { std::pair { m_incoming, QueueSearch::Queue::Incoming },
                               std::pair { m_outgoing, QueueSearch::Queue::Outgoing } }) {
        RequestQueueView* view = queue.first;
        auto* search = new QueueSearch(session, queue.second, view);
        connect(view, &RequestQueueView::searchRequested, search, [search](const QString& text) {
            if (text.isEmpty())
                search->cancel();
            else
                search->search(text);
        });
        connect(search, &QueueSearch::found, view, &RequestQueueView::setFound);
        connect(search, &QueueSearch::failed, this, [this, view](const QString& message) {
            view->stopSearching();
            m_banner->showMessage(message, MessageBanner::Kind::Error);
        });
    }
    m_tabs->addTab(m_incoming, tr("Incoming"));
    m_tabs->addTab(m_outgoing, tr("Outgoing"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("approvalsSplitter"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter);

    // Bulk decisions: several rows selected in Incoming, then Approve or Reject (here, on the
    // detail pane's buttons, or by their shortcuts) opens the pre-flight summary.
    m_incoming->allowMultiSelection();
    m_bulkBar = new QWidget(this);
    m_bulkBar->setObjectName(QStringLiteral("bulkBar"));
    m_bulkLabel = new QLabel(m_bulkBar);
    auto* approveSelected = new QPushButton(tr("Approve selected…"), m_bulkBar);
    auto* rejectSelected = new QPushButton(tr("Reject selected…"), m_bulkBar);
    approveSelected->setObjectName(QStringLiteral("approveSelectedButton"));
    rejectSelected->setObjectName(QStringLiteral("rejectSelectedButton"));
    auto* bulkLayout = new QHBoxLayout(m_bulkBar);
    bulkLayout->setContentsMargins(0, 0, 0, 0);
    bulkLayout->addWidget(m_bulkLabel, 1);
    bulkLayout->addWidget(approveSelected);
    bulkLayout->addWidget(rejectSelected);
    layout->addWidget(m_bulkBar); // below the list: rows do not move when it appears
    m_bulkBar->hide();
    connect(approveSelected, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(rejectSelected, &QPushButton::clicked, this, [this] { decideSelected(false); });
    const auto showBulkBar = [this] {
        const int n = currentQueue() == m_incoming ? int(m_incoming->selectedIds().size()) : 0;
        m_bulkLabel->setText(tr("%1 requests selected: decide them together, with a summary first.").arg(n));
        m_bulkBar->setVisible(n > 1);
    };
    connect(m_incoming, &RequestQueueView::selectionChanged, this, showBulkBar);
    connect(m_tabs, &QTabWidget::currentChanged, this, showBulkBar);
    m_detail->setMultiDecision([this](bool approve) {
        if (currentQueue() != m_incoming || m_incoming->selectedIds().size() < 2)
            return false;
        decideSelected(approve);
        return true;
    });

    connect(m_tabs, &QTabWidget::currentChanged, this, &ApprovalsWidget::showCurrent);
    // A queue losing its selection because this person just acted on the request (decided,
    // cancelled) keeps the pane on it, to show the outcome; otherwise the pane follows the list.
    for (RequestQueueView* queue : { m_incoming, m_outgoing }) {
        connect(queue, &RequestQueueView::currentChanged, this, [this](qint64 id) {
            if (id > 0 && id != m_detail->requestId())
                m_detail->showRequest(id);
            else if (id == 0)
                dropDetailIfGone();
        });
        connect(queue, &RequestQueueView::visibleRowsChanged, this, &ApprovalsWidget::dropDetailIfGone);
    }
    refresh();
}

RequestQueueView* ApprovalsWidget::currentQueue() const
{
    return m_tabs->currentWidget() == m_outgoing ? m_outgoing : m_incoming;
}

void ApprovalsWidget::dropDetailIfGone()
{
    const qint64 shown = m_detail->requestId();
    if (shown > 0 && shown != m_detail->actedOn() && !currentQueue()->isVisibleRow(shown))
        m_detail->showRequest(0);
}

void ApprovalsWidget::showCurrent()
{
    const qint64 id = currentQueue()->currentId();
    if (id != m_detail->requestId())
        m_detail->showRequest(id);
}

BulkDecisionDialog* ApprovalsWidget::bulkDialog() const
{
    return m_bulkDialog.data();
}

void ApprovalsWidget::decideSelected(bool approve)
{
    decideRequests(m_incoming->selectedIds(), approve);
}

void ApprovalsWidget::decideRequests(const QList<qint64>& ids, bool approve)
{
    if (ids.isEmpty() || m_bulkDialog)
        return;
    m_bulkDialog = new BulkDecisionDialog(m_session, ids, approve, this);
    m_bulkDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_bulkDialog, &BulkDecisionDialog::decided, this, [this] {
        refresh();
        m_session.checkForChanges();
    });
    m_bulkDialog->open();
}

void ApprovalsWidget::showIncoming()
{
    m_tabs->setCurrentWidget(m_incoming);
}

void ApprovalsWidget::showOutgoing()
{
    m_tabs->setCurrentWidget(m_outgoing);
}

bool ApprovalsWidget::selectRequest(qint64 id)
{
    return currentQueue()->selectId(id);
}

void ApprovalsWidget::refresh()
{
    RequestService& service = m_session.workspace().requests();
    auto incoming = service.incoming(m_session.actor(), {});
    auto awaiting = service.incoming(m_session.actor(), { RequestState::Pending });
    auto outgoing = service.outgoing(m_session.actor(), {});
    for (const auto* result : { &incoming, &awaiting, &outgoing }) {
        if (!result->ok()) {
            m_banner->showMessage(result->error().message, MessageBanner::Kind::Error);
            return;
        }
    }
    auto decided = service.pendingDecidedBy(m_session.actor());
    if (!decided.ok()) {
        m_banner->showMessage(decided.error().message, MessageBanner::Kind::Error);
        return;
    }
    QStringList problems = incoming->integrityProblems + outgoing->integrityProblems;
    problems.removeDuplicates();
    if (!problems.isEmpty())
        m_banner->showMessage(problems.join(QLatin1Char('\n')), MessageBanner::Kind::Error);
    else
        m_banner->hide();

    QSet<qint64> nowAwaiting;
    for (const Request& r : std::as_const(awaiting->requests))
        nowAwaiting.insert(r.id);
    m_incoming->setRequests(incoming->requests);
    m_incoming->setMyPart(nowAwaiting, *decided - nowAwaiting);
    m_outgoing->setRequests(outgoing->requests);
    int mine = 0;
    for (const Request& r : std::as_const(outgoing->requests))
        mine += r.state == RequestState::Pending ? 1 : 0;
    // Each count names what it counts: Incoming's is the rows of its default filter, "Needs my
    // decision"; Outgoing's says how many of all its rows are still pending.
    m_tabs->setTabText(0, tr("Incoming (%1 to decide)").arg(nowAwaiting.size()));
    m_tabs->setTabText(1, tr("Outgoing (%1 pending of %2)").arg(mine).arg(outgoing->requests.size()));

    QList<qint64> fresh;
    for (qint64 id : std::as_const(nowAwaiting))
        if (!m_awaiting.contains(id))
            fresh.append(id);
    m_awaiting = nowAwaiting;
    if (m_loaded && !fresh.isEmpty())
        Q_EMIT newIncoming(fresh);
    m_loaded = true;

    // The request on show may have changed underneath (another approver, the requester, expiry).
    m_detail->showRequest(m_detail->requestId());
}

} // namespace cs::ui
