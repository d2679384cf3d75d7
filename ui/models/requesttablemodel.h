#pragma once

#include <QAbstractTableModel>
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
        ColumnCount
    };

    explicit RequestTableModel(QObject* parent = nullptr);

    void setRequests(const QList<Request>& requests);
    const Request* request(qint64 id) const;
    QList<qint64> ids() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const Request& request);

private:
    QList<Request> m_requests;
};

} // namespace cs::ui
