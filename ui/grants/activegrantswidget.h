#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace cs::ui {

class ActiveGrantsModel;
class Session;

// The Active grants page (issue 15): the grants this person may review, with the time left and
// failing revokes in red; Revoke… and Keep… ask for a comment and hand it to core's AccessReview.
class ActiveGrantsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ActiveGrantsWidget(Session& session, QWidget* parent = nullptr);

    void refresh();
    ActiveGrantsModel* model() const { return m_model; }

private:
    qint64 selectedId() const;
    void revokeSelected();
    void keepSelected();
    void showResult(const QString& text, bool ok);
    // The comment dialog, `text` filled in; nullopt when cancelled.
    std::optional<QString> askComment(const QString& title, const QString& label, const QString& text);

    Session& m_session;
    ActiveGrantsModel* m_model;
    QTableView* m_view;
    QPushButton* m_revoke;
    QPushButton* m_keep;
    QLabel* m_status;
    QTimer* m_tick;
};

} // namespace cs::ui
