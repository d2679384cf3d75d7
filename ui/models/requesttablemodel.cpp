#include <QLocale>
#include <core/actions/grantterms.h>
#include <core/common/clock.h>
#include <core/views/granttext.h>
#include <core/views/progresstext.h>
#include <ui/localtime.h>
#include <ui/models/itemroles.h>
#include <ui/models/requesttablemodel.h>

namespace cs::ui {

RequestTableModel::RequestTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QString RequestTableModel::statusText(const Request& r)
{
    // Time-bound access: "active until T", "approved, runs at T" (core's words, core's translation).
    if ((r.state == RequestState::Active && r.activeUntil > 0)
        || (r.state == RequestState::Approved && r.notBefore > 0))
        return grantStatus(r, [](qint64 ms) { return ui::localTimeText(ms); });
    switch (r.state) {
    case RequestState::Pending:
        return tr("pending (%1/%2)").arg(r.phase + 1).arg(r.phaseCount());
    case RequestState::Approved:
        return r.isBypass() ? tr("approved (bypass)") : tr("approved");
    case RequestState::Rejected:
        return tr("rejected");
    case RequestState::Expired:
        return tr("expired");
    case RequestState::Cancelled:
        return tr("cancelled");
    case RequestState::Running:
        return tr("running");
    case RequestState::Succeeded:
        return tr("succeeded");
    case RequestState::Failed:
        return tr("failed");
    case RequestState::Active:
        return tr("active");
    case RequestState::Revoked:
        return tr("revoked");
    }
    return {};
}

void RequestTableModel::setRequests(const QList<Request>& requests)
{
    QHash<qint64, const Request*> incoming;
    for (const Request& r : requests)
        incoming.insert(r.id, &r);

    for (int row = m_requests.size() - 1; row >= 0; --row) {
        if (incoming.contains(m_requests.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_requests.removeAt(row);
        endRemoveRows();
    }
    QHash<qint64, int> rowOf;
    for (int row = 0; row < m_requests.size(); ++row)
        rowOf.insert(m_requests.at(row).id, row);
    for (const Request& r : requests) {
        const auto it = rowOf.constFind(r.id);
        if (it == rowOf.constEnd()) {
            beginInsertRows({}, m_requests.size(), m_requests.size());
            m_requests.append(r);
            endInsertRows();
        } else if (m_requests.at(*it).updatedAt != r.updatedAt || m_requests.at(*it).state != r.state
                   || m_requests.at(*it).phase != r.phase) { // two changes may share a millisecond
            m_requests[*it] = r;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        }
    }
}

void RequestTableModel::setMyPart(const QSet<qint64>& toDecide, const QSet<qint64>& decided)
{
    if (toDecide == m_toDecide && decided == m_decided)
        return;
    m_toDecide = toDecide;
    m_decided = decided;
    if (!m_requests.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_requests.size() - 1, ColumnCount - 1));
}

QString RequestTableModel::myPart(const Request& r) const
{
    if (r.state != RequestState::Pending)
        return {};
    if (m_toDecide.contains(r.id))
        return toDecideFilter();
    if (m_decided.contains(r.id))
        return decidedFilter();
    return {};
}

const Request* RequestTableModel::request(qint64 id) const
{
    for (const Request& r : m_requests)
        if (r.id == id)
            return &r;
    return nullptr;
}

QList<qint64> RequestTableModel::ids() const
{
    QList<qint64> out;
    for (const Request& r : m_requests)
        out.append(r.id);
    return out;
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_requests.size();
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Request& r = m_requests.at(index.row());
    switch (role) {
    case RequestIdRole:
        return r.id;
    case StateRole:
        return stateName(r.state);
    case ActionNameRole:
        return r.action;
    case MyPartRole:
        return myPart(r);
    case Qt::ToolTipRole:
        if (index.column() == CommentColumn)
            return r.comment;
        if (index.column() == StatusColumn && r.state == RequestState::Pending)
            return phaseProgress(r).isEmpty() ? r.phaseLabel() : phaseProgress(r);
        return {};
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case CreatedColumn:
            return r.createdAt;
        case DeadlineColumn:
            return r.effectiveDeadline();
        case DurationColumn:
            return r.durationSeconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QStringLiteral("#%1").arg(r.id);
        case ActionColumn:
            return r.action;
        case RequesterColumn:
            return r.requesterLabel(); // "alice for maria" when made on someone's behalf (issue 17)
        case StatusColumn: {
            const QString part = myPart(r);
            if (part == toDecideFilter())
                return tr("%1 — your decision").arg(statusText(r));
            if (part == decidedFilter())
                return tr("%1 — you decided").arg(statusText(r));
            return statusText(r);
        }
        case CommentColumn:
            return r.comment.simplified();
        case CreatedColumn:
            return ui::localTimeText(r.createdAt);
        case DeadlineColumn:
            return ui::localTimeText(r.effectiveDeadline());
        case DurationColumn:
            return r.durationSeconds > 0 ? GrantTerms::formatDuration(r.durationSeconds) : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case ActionColumn:
        return tr("Action");
    case RequesterColumn:
        return tr("Requester");
    case StatusColumn:
        return tr("Status");
    case CommentColumn:
        return tr("Comment");
    case CreatedColumn:
        return tr("Created");
    case DeadlineColumn:
        return tr("Deadline");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace cs::ui
