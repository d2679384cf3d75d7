#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <ui/approvals/queuesearch.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/desk/statusbadge.h>
#include <ui/models/itemroles.h>
#include <ui/models/requestfilterproxy.h>
#include <ui/models/requesttablemodel.h>
#include <ui/tablestyle.h>

namespace cs::ui {

QString RequestQueueView::stateLabel(RequestState state)
{
    // Core owns the states and their names; only the words for people are here, where lupdate
    // finds them. A state core adds shows by its name until it gets a label (and -Wswitch warns).
    switch (state) {
    case RequestState::Pending:
        return tr("Pending");
    case RequestState::Approved:
        return tr("Approved");
    case RequestState::Rejected:
        return tr("Rejected");
    case RequestState::Expired:
        return tr("Expired");
    case RequestState::Cancelled:
        return tr("Cancelled");
    case RequestState::Running:
        return tr("Running");
    case RequestState::Succeeded:
        return tr("Succeeded");
    case RequestState::Failed:
        return tr("Failed");
    case RequestState::Active:
        return tr("Active");
    case RequestState::Revoked:
        return tr("Revoked");
    }
    return stateName(state);
}

RequestQueueView::RequestQueueView(const QString& name, const QString& defaultState, QWidget* parent)
    : QWidget(parent)
    , m_model(new RequestTableModel(this))
    , m_proxy(new RequestFilterProxy(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchPause(new QTimer(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(name);
    m_proxy->setSourceModel(m_model);
    m_status->setObjectName(name + QStringLiteral("Status"));
    m_status->addItem(tr("All statuses"), QString());
    for (RequestState state : allStates())
        m_status->addItem(stateLabel(state), stateName(state));
    m_status->setCurrentIndex(qMax(0, m_status->findData(defaultState)));
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setPlaceholderText(tr("Search by number, action, person, comment, parameter value or target"));
    m_search->setClearButtonEnabled(true);

    // When the selected request leaves the view (decided, filtered), select nothing rather than let
    // the selection slide onto a neighbour the person never chose. Connected before setModel() so it
    // runs before the view moves its current index.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex&, int first, int last) {
        const int current = m_table->currentIndex().row();
        if (current >= first && current <= last)
            m_table->selectionModel()->clear();
    });
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestTableModel::IdColumn, Qt::DescendingOrder);
    applyTableStyle(m_table);
    m_table->setItemDelegateForColumn(RequestTableModel::StatusColumn, new StatusBadgeDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RequestTableModel::CommentColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(RequestTableModel::IdColumn, 60);
    // The action, status ("pending (1/2) — your decision") and dates show whole, whatever the theme's
    // font; the comment takes the rest.
    for (int column : { RequestTableModel::ActionColumn, RequestTableModel::StatusColumn,
                        RequestTableModel::CreatedColumn, RequestTableModel::DeadlineColumn })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    const auto applyStatus = [this] {
        const QString state = m_status->currentData().toString();
        m_proxy->setStates(state.isEmpty() ? QStringList() : QStringList { state });
    };
    applyStatus();
    connect(m_status, &QComboBox::currentIndexChanged, this, applyStatus);
    // The search waits for a pause in typing, so a long queue is filtered once per word, not per
    // key; clearing the box shows everything at once.
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(200);
    connect(m_searchPause, &QTimer::timeout, this, &RequestQueueView::applySearchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applySearchNow();
        else
            m_searchPause->start();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &RequestQueueView::showEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { m_keep = currentId(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_keep && currentId() != m_keep && !selectId(m_keep))
            m_table->selectionModel()->clear();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestQueueView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentChanged(current.isValid() ? current.data(RequestIdRole).toLongLong() : 0);
            });

    m_filters = new QHBoxLayout;
    auto* filters = m_filters;
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    // An empty result says so in a sentence instead of showing a blank table.
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_emptyText = tr("No requests yet.");
    const auto rowsChanged = [this] {
        showEmptyState();
        Q_EMIT visibleRowsChanged();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, rowsChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    showEmptyState();
}

void RequestQueueView::offerMyPartFilters()
{
    m_status->insertSeparator(m_status->count());
    m_status->addItem(tr("Needs my decision"), RequestTableModel::toDecideFilter());
    m_status->addItem(tr("I decided, still pending"), RequestTableModel::decidedFilter());
    m_status->setCurrentIndex(m_status->findData(RequestTableModel::toDecideFilter()));
}

void RequestQueueView::addFilterWidget(QWidget* widget)
{
    m_filters->addWidget(widget);
}

void RequestQueueView::applySearchNow()
{
    m_searchPause->stop();
    const QString text = m_search->text().trimmed();
    m_proxy->setSearchText(text);
    // The page holds only the newest requests: core searches the whole queue. Until it answers, the
    // page's own matches show.
    if (text != m_foundFor && !m_found.isEmpty()) {
        m_found.clear();
        m_foundToDecide.clear();
        showRows();
    }
    m_foundFor.clear();
    m_searchingFor = text;
    Q_EMIT searchRequested(text);
    if (text.isEmpty())
        m_searchingFor.clear();
    showEmptyState();
}

void RequestQueueView::setFound(const QueueSearchResult& result)
{
    if (result.text != m_search->text().trimmed())
        return; // an answer to a text no longer in the box
    m_searchingFor.clear();
    m_foundFor = result.text;
    m_found = result.requests;
    m_foundToDecide = result.toDecide;
    showRows();
    showEmptyState();
}

void RequestQueueView::stopSearching()
{
    m_searchingFor.clear();
    showEmptyState();
}

void RequestQueueView::showRows()
{
    QList<Request> rows = m_page;
    QHash<qint64, int> rowOf;
    for (int row = 0; row < rows.size(); ++row)
        rowOf.insert(rows.at(row).id, row);
    for (const Request& r : std::as_const(m_found)) {
        const auto it = rowOf.constFind(r.id);
        if (it == rowOf.constEnd())
            rows.append(r);
        else if (rows.at(*it).updatedAt < r.updatedAt) // the fresher of the two reads
            rows[*it] = r;
    }
    m_model->setRequests(rows);
    const QSet<qint64> toDecide = m_pageToDecide + m_foundToDecide;
    m_model->setMyPart(toDecide, m_decided - toDecide);
    m_proxy->refilter();
}

void RequestQueueView::setMyPart(const QSet<qint64>& toDecide, const QSet<qint64>& decided)
{
    m_pageToDecide = toDecide;
    m_decided = decided;
    showRows();
}

void RequestQueueView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    showEmptyState();
}

void RequestQueueView::showEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    const QString filter = m_status->currentData().toString();
    // A new text waits for core's answer; a standing search asked again after new data does not.
    const bool newSearch = !m_searchingFor.isEmpty() && m_searchingFor != m_foundFor;
    m_empty->setText(newSearch                      ? tr("Searching all requests…")
                         : m_model->rowCount() == 0 ? m_emptyText
                         : filter == RequestTableModel::toDecideFilter() && m_search->text().isEmpty()
                         ? tr("Nothing waits for your decision right now.")
                         : tr("No request matches this status and search."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

bool RequestQueueView::isVisibleRow(qint64 id) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, 0).data(RequestIdRole).toLongLong() == id)
            return true;
    return false;
}

void RequestQueueView::setRequests(const QList<Request>& requests)
{
    m_page = requests;
    showRows();
    // A standing search is asked again, so what it found beyond the page stays current.
    if (!m_foundFor.isEmpty() && m_foundFor == m_search->text().trimmed() && m_searchingFor.isEmpty()) {
        m_searchingFor = m_foundFor;
        Q_EMIT searchRequested(m_foundFor);
    }
}

qint64 RequestQueueView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RequestIdRole).toLongLong() : 0;
}

bool RequestQueueView::selectId(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(RequestIdRole).toLongLong() == id) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void RequestQueueView::allowMultiSelection()
{
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
}

QList<qint64> RequestQueueView::selectedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_table->selectionModel()->isRowSelected(row, {}))
            ids.append(m_proxy->index(row, 0).data(RequestIdRole).toLongLong());
    return ids;
}

int RequestQueueView::visibleCount() const
{
    return m_proxy->rowCount();
}

} // namespace cs::ui
