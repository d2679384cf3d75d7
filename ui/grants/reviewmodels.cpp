#include <QFont>
#include <QLocale>
#include <core/common/clock.h>
#include <core/execution/accessreview.h>
#include <core/requests/requeststate.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/grants/reviewmodels.h>
#include <ui/localtime.h>
#include <ui/models/itemroles.h>

namespace cs::ui {

ReviewListModel::ReviewListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReviewListModel::setReviews(const QList<ReviewCampaign>& reviews, qint64 now)
{
    beginResetModel();
    m_reviews = reviews;
    m_now = now;
    endResetModel();
}

const ReviewCampaign* ReviewListModel::review(int row) const
{
    return row >= 0 && row < m_reviews.size() ? &m_reviews.at(row) : nullptr;
}

int ReviewListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_reviews.size(); ++row)
        if (m_reviews.at(row).id == id)
            return row;
    return -1;
}

int ReviewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int ReviewListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReviewCampaign& r = m_reviews.at(index.row());
    const bool overdue = r.isOpen() && r.dueAt <= m_now;
    switch (role) {
    case RequestIdRole:
        return r.id;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case DueColumn:
            return r.dueAt;
        case ProgressColumn:
            return r.total > 0 ? double(r.decided) / r.total : 0.0;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QStringLiteral("#%1").arg(r.id);
        case TitleColumn:
            return r.title;
        case ProgressColumn:
            return tr("%1 of %2 decided").arg(r.decided).arg(r.total);
        case DueColumn:
            return overdue ? tr("%1 (overdue)").arg(ui::localTimeText(r.dueAt)) : ui::localTimeText(r.dueAt);
        case StartedByColumn:
            return r.startedBy;
        case StateColumn:
            return r.isOpen() ? tr("open") : tr("closed by %1, %2").arg(r.closedBy, ui::localTimeText(r.closedAt));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == DueColumn && overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Review");
    case TitleColumn:
        return tr("Title");
    case ProgressColumn:
        return tr("Progress");
    case DueColumn:
        return tr("Due");
    case StartedByColumn:
        return tr("Started by");
    case StateColumn:
        return tr("State");
    }
    return {};
}

ReviewItemsModel::ReviewItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReviewItemsModel::setItems(const QList<ReviewCampaignItem>& items, const QString& me, bool open, qint64 now)
{
    beginResetModel();
    m_items = items;
    m_me = me;
    m_open = open;
    m_now = now;
    endResetModel();
}

const ReviewCampaignItem* ReviewItemsModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

bool ReviewItemsModel::mayDecide(int row) const
{
    const ReviewCampaignItem* it = item(row);
    return m_open && it && !it->isDecided() && it->reviewers.contains(m_me) && !hasEnded(row);
}

bool ReviewItemsModel::hasEnded(int row) const
{
    const ReviewCampaignItem* it = item(row);
    return it && !checkStillInForce(it->request, m_now).ok();
}

int ReviewItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReviewCampaignItem& it = m_items.at(index.row());
    const Request& r = it.request;
    switch (role) {
    case RequestIdRole:
        return r.id;
    case SortRole:
        if (index.column() == RequestColumn)
            return r.id;
        if (index.column() == EndsColumn)
            return r.activeUntil;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestColumn:
            return QStringLiteral("#%1").arg(r.id);
        case RequesterColumn:
            return r.subject();
        case ActionColumn:
            return r.action;
        case TargetsColumn:
            return r.targets.join(QStringLiteral(", "));
        case EndsColumn:
            if (r.state == RequestState::Active && hasEnded(index.row()))
                return tr("ended %1").arg(ui::localTimeText(r.activeUntil)); // the agent has not revoked it yet
            return r.state == RequestState::Active ? ui::localTimeText(r.activeUntil)
                                                   : RequestQueueView::stateLabel(r.state);
        case ReviewersColumn:
            return it.reviewers.join(QStringLiteral(", "));
        case DecisionColumn:
            if (!it.isDecided())
                return mayDecide(index.row()) ? tr("yours to decide")
                    : hasEnded(index.row())   ? tr("ended, nothing to decide")
                                              : tr("undecided");
            return it.decision == QLatin1String("keep") ? tr("kept by %1").arg(it.decidedBy)
                                                        : tr("revoked by %1").arg(it.decidedBy);
        case CommentColumn:
            return it.comment;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CommentColumn && !it.comment.isEmpty())
            return it.comment;
        return {};
    case Qt::FontRole:
        if (mayDecide(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QVariant ReviewItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case RequesterColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetsColumn:
        return tr("Targets");
    case EndsColumn:
        return tr("Ends");
    case ReviewersColumn:
        return tr("Reviewers");
    case DecisionColumn:
        return tr("Decision");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

} // namespace cs::ui
