#pragma once

#include <QAbstractTableModel>
#include <core/execution/reviewcampaign.h>

namespace cs::ui {

// The access reviews (campaigns) a person may see: title, progress, due date, who started it,
// open or closed. Fed core's ReviewCampaigns::list(); nothing here decides anything.
class ReviewListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TitleColumn, ProgressColumn, DueColumn, StartedByColumn, StateColumn, ColumnCount };
    explicit ReviewListModel(QObject* parent = nullptr);

    void setReviews(const QList<ReviewCampaign>& reviews, qint64 now);
    const ReviewCampaign* review(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewCampaign> m_reviews;
    qint64 m_now = 0;
};

// The grants of one review: who has what until when, the assigned reviewers and the decision.
// Rows assigned to `me` and still undecided are marked (bold) and mayDecide() says so.
class ReviewItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RequestColumn,
        RequesterColumn,
        ActionColumn,
        TargetsColumn,
        EndsColumn,
        ReviewersColumn,
        DecisionColumn,
        CommentColumn,
        ColumnCount
    };
    explicit ReviewItemsModel(QObject* parent = nullptr);

    // now: when it was read, so a grant past its end is not offered for a decision.
    void setItems(const QList<ReviewCampaignItem>& items, const QString& me, bool open, qint64 now);
    const ReviewCampaignItem* item(int row) const;
    // Mine, undecided, the review open, and the grant still running: an ended grant has nothing to keep.
    bool mayDecide(int row) const;
    bool hasEnded(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewCampaignItem> m_items;
    QString m_me;
    bool m_open = false;
    qint64 m_now = 0;
};

} // namespace cs::ui
