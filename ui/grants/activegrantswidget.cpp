#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <core/common/result.h>
#include <ui/emptytablehint.h>
#include <ui/grants/activegrantsmodel.h>
#include <ui/grants/activegrantswidget.h>
#include <ui/models/itemroles.h>
#include <ui/session.h>
#include <ui/workspaceworker.h>

namespace cs::ui {

ActiveGrantsWidget::ActiveGrantsWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ActiveGrantsModel(this))
    , m_scope(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
    , m_keep(new QPushButton(tr("Keep…"), this))
    , m_status(new QLabel(this))
    , m_tick(new QTimer(this))
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
{
    setObjectName(QStringLiteral("activeGrants"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("activeGrantsView"));
    m_view->setModel(proxy);
    m_emptyHint = new EmptyTableHint(m_view, QString());
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActiveGrantsModel::EndsColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Each column as wide as its heading and cells (a larger font or German words
    // must not clip); the last one takes the rest.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_revoke->setObjectName(QStringLiteral("revokeGrant"));
    m_keep->setObjectName(QStringLiteral("keepGrant"));
    m_status->setObjectName(QStringLiteral("activeGrantsStatus"));
    m_status->setWordWrap(true);

    // Whose grants: core checks the scope again (only admins and auditors may ask
    // for all).
    m_scope->setObjectName(QStringLiteral("activeGrantsScope"));
    m_scope->addItem(tr("Mine"), int(GrantScope::Mine));
    m_scope->addItem(tr("Approved by me"), int(GrantScope::ApprovedByMe));
    if (session.readsEverything())
        m_scope->addItem(tr("All"), int(GrantScope::All));
    m_scope->setCurrentIndex(m_scope->count() - 1);
    m_emptyHint->setText(emptyText());
    auto* scopeLabel = new QLabel(tr("Show:"), this);
    scopeLabel->setBuddy(m_scope);

    auto* intro = new QLabel(tr("Time-bound access still granted. Its reviewers keep it with a comment or revoke "
                                "it early; your own access you may end early."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope);
    scopeRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(scopeRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActiveGrantsWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActiveGrantsWidget::updateButtons);
    connect(m_revoke, &QPushButton::clicked, this, &ActiveGrantsWidget::revokeSelected);
    connect(m_keep, &QPushButton::clicked, this, &ActiveGrantsWidget::keepSelected);
    connect(&session, &Session::changed, this, &ActiveGrantsWidget::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ActiveGrantsWidget::refresh);
    // The countdown moves on its own; the list itself follows the session's
    // changes.
    connect(m_tick, &QTimer::timeout, this, [this] { m_model->setNow(m_session.workspace().clock().nowMs()); });
    m_tick->start(30 * 1000);
    updateButtons();
    refresh();
}

void ActiveGrantsWidget::updateButtons()
{
    // Core says per grant what this person may do, and why not (the tooltip of a
    // disabled button); the buttons only follow.
    const ReviewItem* it = selectedItem();
    m_keep->setEnabled(it && it->mayKeep);
    m_revoke->setEnabled(it && it->mayRevoke);
    m_keep->setToolTip(it && !it->mayKeep ? it->keepRefusal : tr("Record that the selected grant is still needed."));
    m_revoke->setToolTip(it && !it->mayRevoke ? it->revokeRefusal
                                              : tr("End the selected grant now; the agent runs its revoke script."));
}

const ReviewItem* ActiveGrantsWidget::selectedItem() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_view->model());
    return m_model->item(proxy->mapToSource(rows.first()).row());
}

bool ActiveGrantsWidget::isLoading() const
{
    return m_worker->isLoading();
}

GrantScope ActiveGrantsWidget::scope() const
{
    return GrantScope(m_scope->currentData().toInt());
}

void ActiveGrantsWidget::setScope(GrantScope scope)
{
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(int(scope))));
}

void ActiveGrantsWidget::refresh()
{
    const QString actor = m_session.actor();
    const GrantScope which = scope();
    m_worker->runLatest<ActiveGrantList>([actor, which](Workspace& ws) { return ws.activeGrants().list(actor, which); },
                                         [this](const Result<ActiveGrantList>& list) { apply(list); });
}

void ActiveGrantsWidget::apply(const Result<ActiveGrantList>& list)
{
    if (!list.ok()) {
        showResult(list.error().message, false);
        Q_EMIT loaded();
        return;
    }
    const qint64 keep = selectedId();
    m_emptyHint->setText(emptyText());
    m_model->setNow(m_session.workspace().clock().nowMs());
    m_model->setItems(list->items);
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        if (m_view->model()->index(row, 0).data(RequestIdRole).toLongLong() == keep)
            m_view->selectRow(row);
    if (!list->integrityProblems.isEmpty())
        showResult(list->integrityProblems.join(QLatin1Char('\n')), false);
    Q_EMIT loaded();
}

QString ActiveGrantsWidget::emptyText() const
{
    switch (scope()) {
    case GrantScope::Mine:
    case GrantScope::Involved:
        return tr("You hold no active grants. Time-bound access granted to you appears here until it ends.");
    case GrantScope::ApprovedByMe:
        return tr("No active grants for you to review. Time-bound access that you approved appears here until "
                  "it ends.");
    case GrantScope::All:
        break;
    }
    return tr("No active grants. Time-bound access appears here from its start until it ends.");
}

std::optional<QString> ActiveGrantsWidget::askComment(const QString& title, const QString& label, const QString& text)
{
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(this, title, label, text, &ok);
    return ok ? std::optional<QString>(comment) : std::nullopt;
}

qint64 ActiveGrantsWidget::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RequestIdRole).toLongLong();
}

void ActiveGrantsWidget::revokeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    // A comment core refuses (empty, too long) is offered again as typed, the reason shown.
    QString comment;
    while (const auto answer = askComment(tr("Revoke grant #%1").arg(id),
                                          tr("Why is this access no longer needed? (required; audited)"), comment)) {
        comment = *answer;
        // Core decides how: a reviewer's revoke is recorded as a review, one's own grant ends early.
        auto r = m_session.workspace().accessReview().revokeAsAllowed(m_session.actor(), id, comment);
        showResult(r.ok() ? tr("The grant of request #%1 is revoked at the agent's next tick.").arg(id)
                          : r.error().message,
                   r.ok());
        if (r.ok() || r.error().code != Error::Code::Invalid)
            break;
    }
    refresh();
}

void ActiveGrantsWidget::keepSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    QString comment;
    while (const auto answer = askComment(tr("Keep grant #%1").arg(id),
                                          tr("Why is this access still needed? (required; audited)"), comment)) {
        comment = *answer;
        auto kept = m_session.workspace().accessReview().keep(m_session.actor(), id, comment);
        showResult(kept.ok() ? tr("The grant of request #%1 is kept; the review is recorded.").arg(id)
                             : kept.error().message,
                   kept.ok());
        if (kept.ok() || kept.error().code != Error::Code::Invalid)
            break;
    }
    refresh();
}

void ActiveGrantsWidget::showResult(const QString& text, bool ok)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #dc322f;"));
}

} // namespace cs::ui
