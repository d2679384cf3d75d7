#pragma once

#include <QDialog>
#include <core/execution/reviewcampaign.h>

class QDateTimeEdit;
class QLineEdit;

namespace cs::ui {

// "Start review…": a title, a due date, which grants (action, target, requester's group; empty:
// all) and the reviewers (logins; empty: each grant's approvers). Core checks everything.
class StartReviewDialog : public QDialog
{
    Q_OBJECT

public:
    StartReviewDialog(qint64 now, QWidget* parent = nullptr);

    ReviewStart input() const;
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* reviewersEdit() const { return m_reviewers; }
    QDateTimeEdit* dueEdit() const { return m_due; }

private:
    QLineEdit* m_title;
    QDateTimeEdit* m_due;
    QLineEdit* m_action;
    QLineEdit* m_target;
    QLineEdit* m_group;
    QLineEdit* m_reviewers;
};

} // namespace cs::ui
