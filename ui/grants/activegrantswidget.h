#pragma once

#include <QWidget>
#include <core/execution/activegrants.h>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace cs::ui {

class EmptyTableHint;

class ActiveGrantsModel;
class Session;
class WorkspaceWorker;

// The Active grants page (issue 15): mine, those I approved, or (admins and
// auditors) all of them, read by core's ActiveGrants on a worker thread, with
// the time left and failing revokes in red; Revoke… and Keep… ask for a comment
// and hand it to core's AccessReview.
class ActiveGrantsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ActiveGrantsWidget(Session& session, QWidget* parent = nullptr);

    // Reads again off the GUI thread; a read under way that this one overtakes is
    // dropped.
    void refresh();
    bool isLoading() const;
    ActiveGrantsModel* model() const { return m_model; }
    GrantScope scope() const;
    void setScope(GrantScope scope);

Q_SIGNALS:
    void loaded();

private:
    QString emptyText() const; // what an empty list means in the chosen scope
    void apply(const Result<ActiveGrantList>& list);
    qint64 selectedId() const;
    const ReviewItem* selectedItem() const;
    void updateButtons();
    void revokeSelected();
    void keepSelected();
    void showResult(const QString& text, bool ok);
    // The comment dialog, `text` filled in; nullopt when cancelled.
    std::optional<QString> askComment(const QString& title, const QString& label, const QString& text);

    Session& m_session;
    ActiveGrantsModel* m_model;
    QComboBox* m_scope;
    QTableView* m_view;
    QPushButton* m_revoke;
    QPushButton* m_keep;
    QLabel* m_status;
    EmptyTableHint* m_emptyHint = nullptr;
    QTimer* m_tick;
    WorkspaceWorker* m_worker;
};

} // namespace cs::ui
