#pragma once

#include <QDialog>
#include <core/execution/reviewcampaign.h>
#include <functional>

class QDateTimeEdit;
class QLabel;
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
    // Called on "Start review": the dialog closes only when it succeeds; a refusal is shown in the
    // dialog and everything typed stays. Without it the dialog simply accepts.
    void setSubmit(std::function<Status(const ReviewStart&)> submit) { m_submit = std::move(submit); }
    QLabel* errorLabel() const { return m_error; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* reviewersEdit() const { return m_reviewers; }
    QDateTimeEdit* dueEdit() const { return m_due; }

private:
    void submit();

    std::function<Status(const ReviewStart&)> m_submit;
    QLabel* m_error;
    QLineEdit* m_title;
    QDateTimeEdit* m_due;
    QLineEdit* m_action;
    QLineEdit* m_target;
    QLineEdit* m_group;
    QLineEdit* m_reviewers;
};

} // namespace cs::ui
