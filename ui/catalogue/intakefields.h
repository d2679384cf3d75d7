#pragma once

#include <QObject>
#include <core/requests/requestservice.h>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace cs::ui {

// The request form's rows for what a policy or action asks besides parameters: the ticket
// reference a workflow's intake requires (issue 19) and the person a request is made for (issue
// 17). Each row shows only when the plan says it applies; whether the input is acceptable is
// core's answer (SubmitPlan::intakeProblem), never decided here.
class IntakeFields : public QObject
{
    Q_OBJECT

public:
    // Adds the rows to `layout`, before the row at `beforeRow`.
    IntakeFields(QFormLayout* layout, int beforeRow, QWidget* parent);

    // A newly shown action: empty fields.
    void clear();
    // After a request went out: its ticket was for that request, like its comment.
    void clearTicket();
    bool asksTicket() const;
    // The people one may request for, as the planning snapshot knows them (the choice is kept).
    void setPeople(const PlanningSnapshot& snapshot);
    // Shows the rows the plan asks for, with the ticket's label and the hint its pattern gives.
    void showFor(const SubmitPlan& plan);
    void apply(SubmitInput& input) const;
    void fill(const SubmitInput& input);

Q_SIGNALS:
    void edited();

private:
    QLabel* m_ticketLabel;
    QLineEdit* m_ticket;
    QLabel* m_behalfLabel;
    QComboBox* m_behalf;
};

} // namespace cs::ui
