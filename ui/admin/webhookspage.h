#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace cs::ui {

class MessageBanner;
class Session;
class SimpleTableModel;

// Administration → Webhooks: every notice webhook with its state, consecutive failures and last
// error; a webhook the agent disabled after failures is re-enabled here (core's enableWebhook).
class WebhooksPage : public QWidget
{
    Q_OBJECT

public:
    explicit WebhooksPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    void select(const QString& name);
    bool reenableSelected();
    QTableView* table() const { return m_table; }
    QPushButton* reenableButton() const { return m_reenable; }
    MessageBanner* banner() const { return m_banner; }

private:
    QString selectedName() const;
    void updateButtons();

    Session& m_session;
    SimpleTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_reenable;
    MessageBanner* m_banner;
};

} // namespace cs::ui
