#pragma once

#include <QAbstractTableModel>
#include <core/execution/accessreview.h>

namespace cs::ui {

// The Active grants list (issue 15): who has what, on which targets, since when, how long is left
// ("ends in 3 h", from the clock the view hands in), approved by whom, and a failing revoke shown
// loudly (attempts and last error). Fed core's AccessReview items; nothing here decides anything.
class ActiveGrantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        RequesterColumn,
        ActionColumn,
        TargetsColumn,
        SinceColumn,
        EndsColumn,
        ApprovedByColumn,
        RevokeColumn,
        ReviewColumn,
        ColumnCount
    };
    explicit ActiveGrantsModel(QObject* parent = nullptr);

    void setItems(const QList<ReviewItem>& items);
    // The time the countdown counts from (ms); the view ticks it.
    void setNow(qint64 now);
    const ReviewItem* item(int row) const;

    // "ends in 3 h", "ends in 12 min", "ends now": how long is left, in words.
    static QString timeLeft(qint64 now, qint64 until);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString revokeText(const ReviewItem& item) const;
    static bool failing(const ReviewItem& item);

    QList<ReviewItem> m_items;
    qint64 m_now = 0;
};

} // namespace cs::ui
