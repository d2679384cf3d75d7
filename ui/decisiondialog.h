#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace cs::ui {

// Asks for the comment that goes with a decision, showing exactly what is being decided.
// When a comment is required (reject), OK stays disabled until there is one.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(const QString& title, const QString& summary, bool commentRequired, QWidget* parent = nullptr);

    QString comment() const;
    QPushButton* okButton() const { return m_ok; }
    QPlainTextEdit* commentEdit() const { return m_comment; }

private:
    QPlainTextEdit* m_comment;
    QPushButton* m_ok;
};

} // namespace cs::ui
