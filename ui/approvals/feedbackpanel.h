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
class WorkspaceWorker;

// Feedback on the request shown, apart from its decisions: everyone's vote and comment (edits
// marked), and this person's own up/down (click again to take it back) and comment. It decides
// nothing, and says so. Reads and saves run off the GUI thread; a live update never replaces a
// comment the person is typing.
class FeedbackPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackPanel(Session& session, QWidget* parent = nullptr);

    // Reads the feedback of this request off the GUI thread (again, for a live update); 0 clears.
    void showRequest(qint64 id);
    qint64 requestId() const { return m_id; }
    // The feedback of requestId() is on show and no read or save is under way.
    bool isIdle() const;
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
    void updateEnabled();

    Session& m_session;
    WorkspaceWorker* m_worker;
    qint64 m_id = 0;
    qint64 m_shownId = 0; // whose feedback the table holds
    int m_generation = 0; // the latest read or save; older results are dropped
    bool m_saving = false;
    bool m_edited = false; // the person typed in the comment since it was last set from the store
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
