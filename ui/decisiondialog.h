#pragma once

#include <QDialog>
#include <core/requests/requestservice.h>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cs::ui {

// Asks for the comment that goes with a decision, showing exactly what is being decided as a
// form: labels beside values, local times, parameter labels, the whole digest (selectable).
// When a comment is required (reject), OK stays disabled until there is one, and says why.
// Ctrl+Enter submits.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(const QString& title, const RequestDetails& details, bool commentRequired,
                   QWidget* parent = nullptr);

    QString comment() const;
    QPushButton* okButton() const { return m_ok; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QLabel* requirementHint() const { return m_hint; }
    QLineEdit* digestField() const { return m_digest; }
    // The value shown beside a label ("Given name:"), for tests; empty when there is no such row.
    QString valueOf(const QString& label) const;

private:
    QPlainTextEdit* m_comment;
    QPushButton* m_ok;
    QLabel* m_hint;
    QLineEdit* m_digest;
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace cs::ui
