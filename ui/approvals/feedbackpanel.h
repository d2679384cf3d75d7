#pragma once

#include <QWidget>
#include <core/requests/requestfeedback.h>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cs::ui {

class Session;
class SimpleTableModel;

// Feedback on the request shown, apart from its decisions: everyone's vote and comment (edits
// marked), and this person's own up/down (click again to take it back) and comment. It decides
// nothing, and says so.
class FeedbackPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackPanel(Session& session, QWidget* parent = nullptr);

    void showRequest(qint64 id); // 0 clears
    qint64 requestId() const { return m_id; }
    // "Feedback (2)": for the tab that holds the panel.
    QString title() const;

    QLabel* summary() const { return m_summary; }
    QTableView* view() const { return m_view; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }
    QLineEdit* commentEdit() const { return m_comment; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* message() const { return m_message; }

public Q_SLOTS:
    void voteUp();
    void voteDown();
    void saveComment();

Q_SIGNALS:
    // What is shown changed (the tab's title follows).
    void changed();

private:
    void give(const FeedbackInput& input);
    void fill(const QList<Feedback>& feedback);

    Session& m_session;
    qint64 m_id = 0;
    int m_count = 0;
    int m_myVote = 0;
    SimpleTableModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
    QPushButton* m_up;
    QPushButton* m_down;
    QLineEdit* m_comment;
    QLabel* m_counter;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace cs::ui
