#include <QBrush>
#include <QColor>
#include <QLocale>
#include <core/common/clock.h>
#include <ui/grants/activegrantsmodel.h>
#include <ui/localtime.h>
#include <ui/models/itemroles.h>

namespace cs::ui {

ActiveGrantsModel::ActiveGrantsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ActiveGrantsModel::setItems(const QList<ReviewItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ActiveGrantsModel::setNow(qint64 now)
{
    m_now = now;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, EndsColumn), index(m_items.size() - 1, EndsColumn));
}

const ReviewItem* ActiveGrantsModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QString ActiveGrantsModel::timeLeft(qint64 now, qint64 until)
{
    const qint64 minutes = (until - now + 59999) / 60000; // rounded up: "1 min" until it is due
    if (until <= now)
        return tr("ends now");
    if (minutes < 60)
        return tr("ends in %1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("ends in %1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("ends in %1 days").arg(hours / 24);
}

bool ActiveGrantsModel::failing(const ReviewItem& item)
{
    return item.revocation && !item.revocation->lastError.isEmpty() && item.revocation->state != QLatin1String("done");
}

QString ActiveGrantsModel::revokeText(const ReviewItem& item) const
{
    if (failing(item))
        return tr("REVOKE FAILING: %n attempt(s); last error: %1", nullptr, item.revocation->attempts)
            .arg(item.revocation->lastError.simplified().left(160));
    if (item.revocation && item.revocation->state == QLatin1String("running"))
        return tr("revoking now");
    if (item.revocation && !item.revocation->earlyBy.isEmpty())
        return tr("revoke asked by %1").arg(item.revocation->earlyBy);
    return tr("scheduled");
}

int ActiveGrantsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_items.size();
}

int ActiveGrantsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActiveGrantsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReviewItem& it = m_items.at(index.row());
    const Request& r = it.request;
    switch (role) {
    case RequestIdRole:
        return r.id;
    case ActionNameRole:
        return r.action;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case SinceColumn:
            return it.activeSince;
        case EndsColumn:
            return r.activeUntil;
        case RevokeColumn:
            return it.revocation ? it.revocation->attempts : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        // A failing revoke is shown loudly: the row in red (visible on light and dark palettes).
        return failing(it) ? QVariant(QBrush(QColor(220, 50, 47))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == RevokeColumn && it.revocation && !it.revocation->lastError.isEmpty())
            return it.revocation->lastError;
        if (index.column() == EndsColumn)
            return ui::localTimeText(r.activeUntil);
        if (index.column() == ReviewColumn && it.lastReview)
            return it.lastReview->comment;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QStringLiteral("#%1").arg(r.id);
        case RequesterColumn:
            return r.requesterLabel(); // "grace for erin" when granted to someone else

        case ActionColumn:
            return r.action;
        case TargetsColumn:
            return r.targets.join(QStringLiteral(", "));
        case SinceColumn:
            return ui::localTimeText(it.activeSince);
        case EndsColumn:
            return timeLeft(m_now, r.activeUntil);
        case ApprovedByColumn:
            return it.approvedBy.join(QStringLiteral(", "));
        case RevokeColumn:
            return revokeText(it);
        case ReviewColumn:
            if (!it.lastReview)
                return tr("not reviewed");
            return it.lastReview->decision == QLatin1String("keep")
                ? tr("kept by %1, %2").arg(it.lastReview->reviewer, ui::localTimeText(it.lastReview->createdAt))
                : tr("revoked by %1, %2").arg(it.lastReview->reviewer, ui::localTimeText(it.lastReview->createdAt));
        }
        return {};
    default:
        return {};
    }
}

QVariant ActiveGrantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case RequesterColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case TargetsColumn:
        return tr("Targets");
    case SinceColumn:
        return tr("Since");
    case EndsColumn:
        return tr("Time left");
    case ApprovedByColumn:
        return tr("Approved by");
    case RevokeColumn:
        return tr("Revoke");
    case ReviewColumn:
        return tr("Last review");
    }
    return {};
}

} // namespace cs::ui
