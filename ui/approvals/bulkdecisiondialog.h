#pragma once

#include <QDialog>
#include <core/requests/requestservice.h>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace cs::ui {

class BulkDecisionModel;
class BulkDecisionRunner;
class Session;

// Approve or reject several requests: first the pre-flight summary core computes (per request what
// the decision will do, or why it is refused), one comment for all or one each, a confirmation,
// then the result list (done / refused and why). Core's preview and decisions run off the GUI thread.
class BulkDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    BulkDecisionDialog(Session& session, const QList<qint64>& ids, bool approve, QWidget* parent = nullptr);

    BulkDecisionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QRadioButton* perRequestButton() const { return m_perRequest; }
    QPushButton* confirmButton() const { return m_confirm; }
    bool isBusy() const;

public Q_SLOTS:
    void confirm();

Q_SIGNALS:
    // Some requests were decided: the queues should be read again.
    void decided();

private:
    void showPreview(const QList<cs::DecisionPreview>& preview, const QString& error);
    void showResults(const QList<cs::BulkDecisionResult>& results);
    void updateConfirm();

    bool m_approve;
    bool m_started = false; // confirmed: nothing more to choose
    BulkDecisionModel* m_model;
    BulkDecisionRunner* m_runner;
    QLabel* m_summary;
    QTableView* m_table;
    QRadioButton* m_forAll;
    QRadioButton* m_perRequest;
    QPlainTextEdit* m_comment;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
    QPushButton* m_confirm;
};

} // namespace cs::ui
