#pragma once

#include <QDialog>
#include <core/views/periodreport.h>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cs::ui {

// The Audit page's "Export report…": the period (whole days, UTC, both included), the optional
// filters and the format. filter() is what core gets; the dialog holds no other logic.
class PeriodReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeriodReportDialog(QWidget* parent = nullptr);

    PeriodFilter filter() const;
    QString format() const; // pdf or csv
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

private:
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_action;
    QLineEdit* m_target;
    QLineEdit* m_requester;
    QComboBox* m_state;
    QComboBox* m_format;
};

} // namespace cs::ui
