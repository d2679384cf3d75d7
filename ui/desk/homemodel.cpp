#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <ui/desk/homemodel.h>
#include <ui/desk/statusbadge.h>
#include <ui/localtime.h>
#include <ui/messagebanner.h>
#include <ui/models/itemroles.h>
#include <ui/models/requesttablemodel.h>

namespace cs::ui {
namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

HomeModel::HomeModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void HomeModel::setItems(const QList<HomeItem>& items, qint64 now)
{
    // A reset: the view puts its selection back by id (HomeWidget), so a live update keeps it.
    beginResetModel();
    m_items = items;
    m_now = now;
    endResetModel();
}

void HomeModel::setNow(qint64 now)
{
    m_now = now;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, DueColumn), index(rowCount() - 1, DueColumn));
}

qint64 HomeModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).request.id : 0;
}

int HomeModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).request.id == id)
            return row;
    return -1;
}

QString HomeModel::countdown(qint64 deadline, qint64 now)
{
    const qint64 left = deadline - now;
    if (left <= 0)
        return tr("overdue");
    if (left < kHour)
        return tr("in %n min", nullptr, int(qMax<qint64>(1, left / kMinute)));
    if (left < kDay)
        return tr("in %1 h %2 min").arg(left / kHour).arg((left % kHour) / kMinute);
    const qint64 days = left / kDay;
    return days == 1 ? tr("in 1 day") : tr("in %1 days").arg(days);
}

int HomeModel::urgency(qint64 deadline, qint64 now)
{
    const qint64 left = deadline - now;
    return left < kHour ? 2 : left < kDay ? 1 : 0;
}

int HomeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int HomeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HomeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HomeItem& item = m_items.at(index.row());
    const Request& r = item.request;
    const bool ended = !item.outcome.isEmpty();
    // A grant about to end counts down to its end (issue 20); everything else to its deadline.
    const bool grant = r.state == RequestState::Active;
    const qint64 due = grant ? r.activeUntil : r.effectiveDeadline();
    switch (role) {
    case RequestIdRole:
        return r.id;
    case StateRole:
        return index.column() == StatusColumn ? stateName(r.state) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QStringLiteral("#%1").arg(r.id);
        case ActionColumn:
            return r.action;
        case RequesterColumn:
            return r.requesterLabel(); // "grace for erin", as Incoming and Active grants say it
        case StatusColumn:
            return RequestTableModel::statusText(r);
        case DetailColumn:
            if (ended)
                return item.outcome;
            if (!item.approvers.isEmpty())
                return tr("%1 — %2 can approve").arg(item.progress, item.approvers);
            return item.progress;
        case DueColumn:
            return ended ? ui::localTimeText(r.updatedAt) : countdown(due, m_now);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && !ended)
            return (grant ? tr("Ends at %1") : tr("Decide by %1"))
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(due), QLocale::LongFormat));
        if (index.column() == DetailColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::ForegroundRole:
        // Nearer the deadline, warmer: from the palette's readable badge colours (text says it too).
        if (index.column() == DueColumn && !ended && urgency(due, m_now) > 0) {
            const QPalette palette = QApplication::palette();
            return urgency(due, m_now) == 2 ? MessageBanner::errorTextColor(palette)
                                            : badgeColor(RequestState::Pending, palette);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == DueColumn && !ended && urgency(due, m_now) == 2)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (index.column() == DueColumn && !ended && urgency(due, m_now) == 2) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant HomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Request");
    case ActionColumn:
        return tr("Action");
    case RequesterColumn:
        return tr("Requester");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Where it stands");
    case DueColumn:
        return m_ended ? tr("Ended") : m_ending ? tr("Ends") : tr("Deadline");
    }
    return {};
}

} // namespace cs::ui
