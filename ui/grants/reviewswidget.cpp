#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <core/views/reviewreport.h>
#include <ui/emptytablehint.h>
#include <ui/grants/reviewmodels.h>
#include <ui/grants/reviewswidget.h>
#include <ui/grants/startreviewdialog.h>
#include <ui/models/itemroles.h>
#include <ui/prompts.h>
#include <ui/session.h>
#include <ui/tablestyle.h>
#include <ui/workspaceworker.h>

namespace cs::ui {
namespace {

QTableView* table(QWidget* parent, QAbstractItemModel* model, const QString& name, int sortColumn)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(proxy);
    applyTableStyle(view);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    // Few rows: every column as wide as its text, the last (state, comment) takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ReviewsWidget::ReviewsWidget(Session& session, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_reviews(new ReviewListModel(this))
    , m_items(new ReviewItemsModel(this))
    , m_detailTitle(new QLabel(this))
    , m_start(new QPushButton(tr("Start review…"), this))
    , m_close(new QPushButton(tr("Close review…"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_keep(new QPushButton(tr("Keep…"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
    , m_status(new QLabel(this))
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
{
    setObjectName(QStringLiteral("accessReviews"));
    m_reviewView = table(this, m_reviews, QStringLiteral("reviewList"), ReviewListModel::IdColumn);
    m_reviewView->sortByColumn(ReviewListModel::IdColumn, Qt::DescendingOrder);
    m_itemView = table(this, m_items, QStringLiteral("reviewItems"), ReviewItemsModel::RequestColumn);
    new EmptyTableHint(m_reviewView,
                       m_session.readsEverything()
                           ? tr("No access reviews yet. Start one to have the active grants kept or "
                                "revoked by their reviewers.")
                           : tr("No access review is assigned to you. When an admin or auditor starts "
                                "one with you as a reviewer, it appears here."));
    m_start->setObjectName(QStringLiteral("startReview"));
    m_close->setObjectName(QStringLiteral("closeReview"));
    m_export->setObjectName(QStringLiteral("exportReview"));
    m_keep->setObjectName(QStringLiteral("keepReviewItem"));
    m_revoke->setObjectName(QStringLiteral("revokeReviewItem"));
    m_keep->setToolTip(tr("Record that the selected grant is still needed."));
    m_revoke->setToolTip(tr("End the selected grant now; the agent runs its revoke script."));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_detailTitle->setObjectName(QStringLiteral("reviewDetailTitle"));
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    // Only admins and auditors start reviews (core says so too).
    m_start->setVisible(m_session.readsEverything());
    m_admin = m_session.isAdmin();

    auto* intro = new QLabel(tr("Reviews of the access still granted: each reviewer keeps or revokes the grants "
                                "assigned to them, with a comment."),
                             this);
    intro->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_start);
    top->addWidget(m_close);
    top->addWidget(m_export);
    top->addStretch();
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(intro);
    upperLayout->addWidget(m_reviewView, 1);
    upperLayout->addLayout(top);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* decide = new QHBoxLayout;
    decide->addWidget(m_keep);
    decide->addWidget(m_revoke);
    decide->addStretch();
    lowerLayout->addWidget(m_detailTitle);
    lowerLayout->addWidget(m_itemView, 1);
    lowerLayout->addLayout(decide);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_reviewView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_reviewView->selectionModel()->selectedRows();
        const qint64 id = rows.isEmpty() ? 0 : rows.first().data(RequestIdRole).toLongLong();
        if (id != m_current) {
            m_current = id;
            refresh();
        }
    });
    connect(m_itemView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewsWidget::updateButtons);
    connect(m_start, &QPushButton::clicked, this, &ReviewsWidget::startWithDialog);
    connect(m_close, &QPushButton::clicked, this, &ReviewsWidget::closeWithConfirmation);
    connect(m_export, &QPushButton::clicked, this, &ReviewsWidget::exportWithDialog);
    connect(m_keep, &QPushButton::clicked, this, [this] { decideSelected(QStringLiteral("keep")); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { decideSelected(QStringLiteral("revoke")); });
    connect(&session, &Session::changed, this, &ReviewsWidget::refresh);
    updateButtons();
    refresh();
}

bool ReviewsWidget::isLoading() const
{
    return m_worker->isLoading();
}

void ReviewsWidget::refresh()
{
    const QString actor = m_session.actor();
    const qint64 current = m_current;
    m_worker->runLatest<Snapshot>(
        [actor, current](Workspace& ws) -> Result<Snapshot> {
            ReviewCampaigns campaigns = ws.reviewCampaigns();
            Snapshot snapshot;
            snapshot.now = ws.clock().nowMs();
            auto reviews = campaigns.list(actor);
            CS_TRY(reviews);
            snapshot.reviews = *reviews;
            if (current > 0) {
                auto detail = campaigns.show(actor, current);
                CS_TRY(detail);
                snapshot.detail = *detail;
            }
            return snapshot;
        },
        [this](const Result<Snapshot>& snapshot) {
            apply(snapshot);
            Q_EMIT loaded();
        });
}

void ReviewsWidget::apply(const Result<Snapshot>& snapshot)
{
    if (!snapshot.ok()) {
        showResult(snapshot.error().message, false);
        return;
    }
    const qint64 keepItem = selectedItemRow() >= 0 ? m_items->item(selectedItemRow())->request.id : 0;
    {
        const QSignalBlocker block(m_reviewView->selectionModel());
        m_reviews->setReviews(snapshot->reviews, snapshot->now);
        const int row = m_reviews->rowOf(m_current);
        if (row >= 0) {
            const QModelIndex at
                = static_cast<QSortFilterProxyModel*>(m_reviewView->model())->mapFromSource(m_reviews->index(row, 0));
            m_reviewView->selectRow(at.row());
        }
    }
    // The detail belongs to the review selected when the read began; a newer selection reads again.
    m_detail = snapshot->detail && snapshot->detail->review.id == m_current ? snapshot->detail : std::nullopt;
    m_items->setItems(m_detail ? m_detail->items : QList<ReviewCampaignItem> {}, m_session.actor(),
                      m_detail && m_detail->review.isOpen(), snapshot->now);
    if (m_detail) {
        const ReviewCampaign& r = m_detail->review;
        m_detailTitle->setText(tr("#%1 %2: %3 of %4 decided").arg(r.id).arg(r.title).arg(r.decided).arg(r.total));
    } else {
        // With no reviews the list's own sentence says so; the title stays quiet.
        m_detailTitle->setText(snapshot->reviews.isEmpty() ? QString() : tr("Select a review to see its grants."));
    }
    for (int row = 0; row < m_itemView->model()->rowCount(); ++row)
        if (m_itemView->model()->index(row, 0).data(RequestIdRole).toLongLong() == keepItem)
            m_itemView->selectRow(row);
    updateButtons();
}

void ReviewsWidget::selectReview(qint64 id)
{
    m_current = id;
    refresh();
}

int ReviewsWidget::selectedItemRow() const
{
    const QModelIndexList rows = m_itemView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return static_cast<QSortFilterProxyModel*>(m_itemView->model())->mapToSource(rows.first()).row();
}

void ReviewsWidget::updateButtons()
{
    const bool open = m_detail && m_detail->review.isOpen();
    const int row = selectedItemRow();
    const bool mine = m_items->mayDecide(row);
    m_keep->setEnabled(mine);
    m_revoke->setEnabled(mine);
    // Why a selected grant is not offered, where the person looks: on the buttons they cannot press.
    const ReviewCampaignItem* item = m_items->item(row);
    const QString why = !item || mine ? QString()
        : !open                       ? tr("This review is closed.")
        : item->isDecided()           ? tr("%1 already decided this grant.").arg(item->decidedBy)
        : m_items->hasEnded(row)
        ? tr("This grant has ended; there is nothing to keep or revoke.")
        : tr("Only its assigned reviewers (%1) decide this grant.").arg(item->reviewers.join(QStringLiteral(", ")));
    m_keep->setToolTip(why.isEmpty() ? tr("Record that the selected grant is still needed.") : why);
    m_revoke->setToolTip(why.isEmpty() ? tr("End the selected grant now; the agent runs its revoke script.") : why);
    // Its starter or an admin closes it (core checks it again).
    m_close->setEnabled(open && (m_detail->review.startedBy == m_session.actor() || m_admin));
    m_export->setEnabled(m_detail.has_value());
}

Result<ReviewCampaign> ReviewsWidget::start(const ReviewStart& input)
{
    auto started = m_session.workspace().reviewCampaigns().start(m_session.actor(), input);
    if (started.ok()) {
        showResult(tr("Access review #%1 started over %2 grants.").arg(started->id).arg(started->total), true);
        selectReview(started->id);
    } else {
        showResult(started.error().message, false);
    }
    return started;
}

Status ReviewsWidget::decide(qint64 requestId, const QString& decision, const QString& comment)
{
    auto decided
        = m_session.workspace().reviewCampaigns().decide(m_session.actor(), m_current, requestId, decision, comment);
    if (!decided.ok()) {
        showResult(decided.error().message, false);
        return decided.error();
    }
    showResult(decision == QLatin1String("keep")
                   ? tr("Request #%1 is kept.").arg(requestId)
                   : tr("Request #%1 is revoked; the agent runs its revoke at its next tick.").arg(requestId),
               true);
    refresh();
    return {};
}

Status ReviewsWidget::closeCurrent()
{
    auto closed = m_session.workspace().reviewCampaigns().close(m_session.actor(), m_current);
    if (!closed.ok()) {
        showResult(closed.error().message, false);
        return closed.error();
    }
    QStringList undecided;
    for (const ReviewCampaignItem& item : std::as_const(closed->items))
        if (!item.isDecided())
            undecided << QStringLiteral("#%1").arg(item.request.id);
    showResult(undecided.isEmpty() ? tr("Access review #%1 is closed; every grant was decided.").arg(m_current)
                                   : tr("Access review #%1 is closed; undecided: %2.")
                                         .arg(m_current)
                                         .arg(undecided.join(QStringLiteral(", "))),
               true);
    refresh();
    return {};
}

Status ReviewsWidget::exportCsv(const QString& path)
{
    if (!m_detail)
        return Error::invalid(tr("Select a review to export."));
    // The report is of what was loaded: the table the person sees.
    const QByteArray csv = reviewReportCsv(*m_detail);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        const QString message = tr("Cannot write %1: %2.").arg(path, file.errorString());
        showResult(message, false);
        return Error::storage(message);
    }
    showResult(tr("Wrote the report of access review #%1 to %2.").arg(m_detail->review.id).arg(path), true);
    return {};
}

void ReviewsWidget::decideSelected(const QString& decision)
{
    const ReviewCampaignItem* item = m_items->item(selectedItemRow());
    if (!item)
        return;
    const qint64 id = item->request.id;
    const bool keep = decision == QLatin1String("keep");
    // A comment core refuses (empty, too long) is offered again as typed, the reason in the status line.
    QString comment;
    while (const std::optional<QString> answer
           = m_prompts.askText(this, keep ? tr("Keep grant #%1").arg(id) : tr("Revoke grant #%1").arg(id),
                               keep ? tr("Why is this access still needed? (required; audited)")
                                    : tr("Why is this access no longer needed? (required; audited)"),
                               comment)) {
        comment = *answer;
        const Status decided = decide(id, decision, comment); // shown in the status line
        if (decided.ok() || decided.error().code != Error::Code::Invalid)
            return;
    }
}

void ReviewsWidget::startWithDialog()
{
    // A refused start keeps the dialog open with what was typed, the reason shown in it.
    StartReviewDialog dialog(m_session.workspace().clock().nowMs(), this);
    dialog.setSubmit([this](const ReviewStart& input) -> Status {
        auto started = start(input);
        return started.ok() ? Status() : Status(started.error());
    });
    dialog.exec();
}

void ReviewsWidget::closeWithConfirmation()
{
    if (!m_detail)
        return;
    const int open = m_detail->review.total - m_detail->review.decided;
    const QString question = open > 0
        ? tr("Close access review #%1? %n grant(s) are still undecided and will be listed as such.", nullptr, open)
              .arg(m_detail->review.id)
        : tr("Close access review #%1?").arg(m_detail->review.id);
    if (m_prompts.confirm(this, tr("Close review"), question))
        (void)closeCurrent();
}

void ReviewsWidget::exportWithDialog()
{
    if (!m_detail)
        return;
    const QString path = m_prompts.saveFileName(this, tr("Export access review"),
                                                QStringLiteral("access-review-%1.csv").arg(m_detail->review.id),
                                                tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        (void)exportCsv(path);
}

void ReviewsWidget::showResult(const QString& text, bool ok)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #dc322f;"));
}

} // namespace cs::ui
