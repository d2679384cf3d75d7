#pragma once

#include <QAbstractTableModel>
#include <core/views/homeview.h>

namespace cs::ui {

// One list of the home view (to decide, waiting on others, did not go through). The countdown is
// counted from setNow(), so a timer can move it on without reading the database.
class HomeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, ActionColumn, RequesterColumn, StatusColumn, DetailColumn, DueColumn, ColumnCount };

    explicit HomeModel(QObject* parent = nullptr);

    void setItems(const QList<HomeItem>& items, qint64 now);
    void setNow(qint64 now);
    // The list of ended requests: its last column says when they ended.
    void setEnded(bool ended) { m_ended = ended; }
    // The list of grants about to end: its last column counts down to their end.
    void setEnding(bool ending) { m_ending = ending; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // "in 3 h 20 min", "in 2 days", "overdue"; how near: 0 far, 1 within a day, 2 within the hour or past.
    static QString countdown(qint64 deadline, qint64 now);
    static int urgency(qint64 deadline, qint64 now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HomeItem> m_items;
    qint64 m_now = 0;
    bool m_ended = false;
    bool m_ending = false;
};

} // namespace cs::ui
