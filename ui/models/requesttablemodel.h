#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <core/requests/request.h>

namespace cs::ui {

// One queue of requests (Incoming or Outgoing). Updates are applied as a diff by request id, so
// a live refresh keeps the selection and scroll position.
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ActionColumn,
        RequesterColumn,
        StatusColumn,
        CommentColumn,
        CreatedColumn,
        DeadlineColumn,
        DurationColumn, // time-bound access: how long the grant lasts (empty for other actions)
        ColumnCount
    };

    explicit RequestTableModel(QObject* parent = nullptr);

    void setRequests(const QList<Request>& requests);
    const Request* request(qint64 id) const;
    const Request& requestAt(int row) const { return m_requests.at(row); }
    QList<qint64> ids() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const Request& request);

    // This person's part in the pending requests shown (Incoming): which wait for their decision,
    // and which they voted on while others still have to.
    void setMyPart(const QSet<qint64>& toDecide, const QSet<qint64>& decided);
    // Filter values of RequestFilterProxy::setStates() for those two groups.
    static QString toDecideFilter() { return QStringLiteral("@decide"); }
    static QString decidedFilter() { return QStringLiteral("@decided"); }

private:
    QString myPart(const Request& request) const;

    QList<Request> m_requests;
    QSet<qint64> m_toDecide;
    QSet<qint64> m_decided;
};

} // namespace cs::ui
